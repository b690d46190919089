"""Claim sources after the twenty-third session: titles written short ("Brig. Gen.",
"Supt.") end no sentence before a name; a bare "army"/"Army spokesman" is the force the
text named for that country ("known as X", an appositive acronym); "a ministry official"
paragraphs after the ministry was quoted works there; an acronym before a job title is
the employer; a spokesman for a body "in" a city, or one "speaking at" a named place, is
seated there; a lawmaker relaying a national body's briefing to lawmakers is of its
country."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap import analyze, from_text
from claimmap.actors import seat_of
from claimmap.model import Claim
from claimmap.nlp import load_nlp

PUBLISHED = datetime(2026, 11, 27, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe23")


def analysed(text: str) -> list[Claim]:
    return analyze(from_text(text, doc_id="probe23-full", published=PUBLISHED)).claims


# --- sentence splitting at short titles ------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Brig. Gen.", "Lt. Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Gov.", "Sen.", "Insp."],
)
def test_a_short_title_before_a_name_ends_no_sentence(title: str) -> None:
    doc = load_nlp()(
        f"The ministry rejected the account. Its spokesman, {title} Omar Haddad, told the "
        "agency that the roads were open."
    )
    sents = [s.text for s in doc.sents]
    assert len(sents) == 2, sents
    assert sents[1].startswith("Its spokesman")


def test_a_superintendent_and_an_inspector_in_one_sentence() -> None:
    doc = load_nlp()("Insp. Ravi Menon and Supt. Grace Ochieng said the road was closed.")
    assert len(list(doc.sents)) == 1


def test_a_short_rank_before_a_pronoun_still_ends_its_sentence() -> None:
    doc = load_nlp()("The patrol was led by a Maj. It returned at dawn.")
    assert [s.text for s in doc.sents][-1] == "It returned at dawn."


def test_a_brigadier_general_speaks_for_the_army_named_before() -> None:
    c = claims_of(
        "Chad's army, known as the ANT, rejected that account. Its spokesman, Brig. Gen. "
        "Idriss Mahamat, told the state news agency that rebels had mined the roads."
    )[-1]
    assert text_of(c.claimant) == "Its spokesman, Brig. Gen. Idriss Mahamat"
    assert c.actor is not None and c.actor.name == "Idriss Mahamat"
    assert (c.actor.organisation, c.actor.country_code) == ("ANT", "TD")


# --- the force a bare "army" stands for -------------------------------------------------------


def test_an_army_known_by_a_name_the_tagger_took_for_a_noun() -> None:
    found = claims_of(
        "Niger's army, known as FAN, said in a statement on Tuesday that it had repelled an "
        "attack near Ayorou. Army spokesman Colonel Issa Maiga said only that operations were "
        "proceeding."
    )
    body, person = found[0], found[-1]
    assert body.actor is not None
    assert (body.actor.name, body.actor.country_code) == ("FAN", "NE")
    assert person.actor is not None and person.actor.name == "Issa Maiga"
    assert (person.actor.organisation, person.actor.country_code) == ("FAN", "NE")


def test_a_military_spokesman_after_an_appositive_acronym() -> None:
    c = claims_of(
        "Israel's military, the IDF, said it had struck targets near Khan Younis. A military "
        "spokesman, Lt. Col. Avi Dor, said the strikes were precise."
    )[-1]
    assert c.actor is not None and c.actor.name == "Avi Dor"
    assert (c.actor.organisation, c.actor.country_code) == ("IDF", "IL")


def test_an_army_spokesman_without_a_named_force_takes_the_countrys_army() -> None:
    c = claims_of(
        "The Sudanese army said it had repelled an attack near Babanusa. Army spokesman Ali "
        "Omer said the roads were open."
    )[-1]
    assert c.actor is not None and c.actor.name == "Ali Omer"
    assert (c.actor.organisation, c.actor.country_code) == ("Sudanese army", "SD")


def test_a_ministry_official_paragraphs_later_works_at_the_ministry_quoted() -> None:
    c = claims_of(
        "Iran's interior ministry has said the deportations target undocumented migrants. "
        "Buses carried families to the border. Many had lived in Iran for decades.\n\n"
        "Aid groups said they could not cope. The World Food Programme said it had run out of "
        "funds. Families slept in the open.\n\n"
        "A ministry official said 5,000 more people would be sent back this week."
    )[-1]
    assert text_of(c.claimant) == "A ministry official"
    assert c.actor is not None
    assert (c.actor.organisation, c.actor.country_code) == ("interior ministry", "IR")


# --- acronyms before a title ------------------------------------------------------------------


def test_an_acronym_before_a_title_is_the_employer() -> None:
    c = only(claims_of("An OCHA spokesperson told reporters that mines had been laid near Sake."))
    assert c.actor is not None and c.actor.kind == "person"
    assert c.actor.organisation == "OCHA"


def test_a_countrys_letters_before_a_title_are_no_employer() -> None:
    c = only(claims_of("A US official said the talks would resume in Doha."))
    assert c.actor is not None
    assert c.actor.organisation != "US"


# --- seats -----------------------------------------------------------------------------------


def test_a_spokesman_for_a_ministry_in_a_city_is_seated_there() -> None:
    c = analysed(
        "KABUL, July 8 (Reuters) - Thousands of Afghans deported from Iran crossed this week, "
        "officials said.\n\n"
        '"Families arrive with nothing," said Mohammad Karimi, a spokesman for the Taliban\'s '
        'refugees ministry in Kandahar. "Many were beaten."'
    )[-1]
    assert c.actor is not None and c.actor.name == "Mohammad Karimi"
    seat = seat_of(c.actor)
    assert seat is not None and seat.place_name == "Kandahār"


def test_speaking_at_a_named_checkpoint_seats_the_speaker_there() -> None:
    found = analysed(
        "MEDYKA, Poland, Nov 4 (Reuters) - Polish farmers blocked trucks at the Medyka "
        "crossing on Monday, officials in Przemysl said.\n\n"
        '"We will not let a single truck through," said Jan Wolski, a farmers\' leader, '
        "speaking at the Medyka checkpoint on Monday. Border guards said traffic was slow.\n\n"
        "Ewa Nowak, a driver, told reporters at Hrubieszow that she had waited three days."
    )
    wolski = next(c for c in found if c.actor is not None and c.actor.name == "Jan Wolski")
    seat = seat_of(wolski.actor)
    assert seat is not None and seat.place_name == "Medyka"
    nowak = next(c for c in found if c.actor is not None and c.actor.name == "Ewa Nowak")
    seat = seat_of(nowak.actor)
    assert seat is not None and seat.place_name == "Hrubieszów"


def test_a_lawmaker_relaying_a_briefing_is_of_the_briefing_bodys_country() -> None:
    found = analysed(
        "SEOUL, Sept 3 (Reuters) - Hundreds of North Korean workers have been sent to Russia "
        "this year, South Korea's spy agency said.\n\n"
        "The workers crossed at Khasan and were taken to Vladivostok, the National "
        "Intelligence Service told lawmakers in a closed-door briefing, according to "
        "Representative Park Ji-won, who attended the session.\n\n"
        '"Several hundred were flown on to Novosibirsk," Park told reporters. He said the '
        "workers were paid in rubles."
    )
    park = [c for c in found if c.actor is not None and c.actor.name == "Park Ji-won"]
    assert len(park) == 2
    for c in park:
        assert c.actor is not None and c.actor.country_code == "KR"
        seat = seat_of(c.actor)
        assert seat is not None and seat.place_name == "Seoul"


def test_a_lawmaker_with_no_briefing_stays_without_a_country() -> None:
    c = claims_of(
        "Representative Park Ji-won told reporters that the workers were paid in rubles."
    )[-1]
    assert c.actor is not None and c.actor.name == "Park Ji-won"
    assert c.actor.country_code is None


def test_a_short_title_is_no_place() -> None:
    doc = load_nlp()("Its spokesman, Brig. Gen. Nabil Haddad, told the agency that roads were cut.")
    assert not [e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    assert any(e.text == "Nabil Haddad" and e.label_ == "PERSON" for e in doc.ents)


def test_a_nearer_speaker_of_another_ministry_blocks_the_earlier_one() -> None:
    c = claims_of(
        "Russia's defence ministry said its forces had hit military targets. Moscow denies "
        "targeting civilians.\n\n"
        "A ministry official in Kyiv said two grain silos were destroyed. Separately, a "
        "ministry spokesman told reporters that exports would continue."
    )[-1]
    assert text_of(c.claimant) == "a ministry spokesman"
    assert c.actor is not None and c.actor.organisation != "defence ministry"
