"""Claims and claim sources in invented wire-style passages written after probe 24a: a
closing speaker the parser hung on the content's last place, a source asking not to be
named, a "co-" verb in a speaker's phrase, a migrant known by the name he gave, a year of
the first conjunct, an account beside a denial, a content conjunct hung above its cue, a
medium named after its description, and officials introduced by their role alone.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claim_by_cue, text_of

import claimmap
from claimmap.actors import seat_of
from claimmap.model import Claim
from claimmap.nlp import parse

PUBLISHED = datetime(2026, 3, 3, 9, 0)  # a Tuesday
HEAD = "Ivory trade under scrutiny\nThe Standard, 2026-03-03\n"


def _analysed(body: str) -> list[Claim]:
    doc = claimmap.from_text(HEAD + body, doc_id="p24ca", published=PUBLISHED)
    return claimmap.analyze(doc).claims


def _by(claims: list[Claim], words: str, exact: bool = False) -> Claim:
    found = [
        c
        for c in claims
        if c.claimant is not None
        and (c.claimant.text == words if exact else words in c.claimant.text)
    ]
    assert len(found) == 1, [(text_of(c.claimant), c.content.text) for c in claims]
    return found[0]


def _seat(claim: Claim) -> str | None:
    assert claim.actor is not None
    return seat_of(claim.actor).place_name


# --- a closing speaker hung on the content's last place (D2) --------------------------


def test_place_read_as_subject_is_content_and_its_apposition_speaks() -> None:
    found = _analysed(
        "SEOUL (AFP) — Myanmar shipped thousands of tonnes of jade to China this year "
        "through transfers in the Andaman Sea and off Ningbo-Zhoushan, a London-based "
        "research group said on Friday, citing customs records.\n"
    )
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "a London-based research group"
    assert said.content.text.endswith("in the Andaman Sea and off Ningbo-Zhoushan")
    assert said.actor is not None and said.actor.country_code == "GB"
    assert _seat(said) == "London"


def test_apposition_of_a_preposition_object_speaks_for_a_subjectless_cue() -> None:
    found = _analysed(
        "HARARE (AFP) — Zimbabwe exported more than 40 tonnes of ivory to Vietnam last "
        "year through transfers at Beira and off Mombasa, a London-based conservation "
        "group said on Monday, citing customs records.\n"
    )
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "a London-based conservation group"
    assert said.content.text.endswith("through transfers at Beira and off Mombasa")
    assert _seat(said) == "London"


# --- a source who asked not to be named (D10) -----------------------------------------


def test_closing_source_with_a_relative_clause_of_anonymity() -> None:
    found = _analysed(
        "HARARE (AFP) — Police seized two lorries of ivory near Beira on Sunday.\n\n"
        "The smugglers then hid the tusks in a barn in Mutare for several days, a "
        "Zimbabwean police source who asked not to be named told Reuters.\n"
    )
    told = claim_by_cue(found, "told")
    assert text_of(told.claimant) == "a Zimbabwean police source who asked not to be named"
    assert (
        told.content.text == "The smugglers then hid the tusks in a barn in Mutare for several days"
    )
    assert text_of(told.outlet) == "Reuters"
    assert told.actor is not None and told.actor.country_code == "ZW"


# --- "co-wrote" is one verb (D6) --------------------------------------------------------


def test_co_prefixed_verb_is_one_token() -> None:
    doc = parse(claimmap.from_text("A fellow who co-wrote the study and co-founded the group."))
    assert [t.text for t in doc][2:5] == ["who", "co-wrote", "the"]
    assert "co-founded" in [t.text for t in doc]


def test_two_sentence_quote_with_the_cue_in_the_first_and_a_co_verb() -> None:
    found = _analysed(
        "HARARE (AFP) — Police seized ivory near Beira on Sunday.\n\n"
        '"What we found is an organised trafficking ring," said Martin Okafor, a senior '
        'researcher at EIA who co-wrote the report. "The tusks are cut in Harare, driven '
        'to Beira, and shipped to Asia under false labels."\n'
    )
    said = _by(found, "Martin Okafor")
    assert text_of(said.claimant) == (
        "Martin Okafor, a senior researcher at EIA who co-wrote the report"
    )
    assert said.content.text.endswith('shipped to Asia under false labels."')
    parts = [p.text for p in said.content_parts]
    assert not any("said Martin" in p for p in parts), parts


# --- a migrant known by the name he gave (D5) --------------------------------------------


def test_speaker_who_gave_his_name_is_that_person_from_his_town() -> None:
    found = _analysed(
        "WARSAW (AFP) — Hundreds of migrants were camped near the border on Sunday, "
        "Polish officials said.\n\n"
        "Migrants reached by phone told Reuters they had paid agencies in Erbil for the "
        "trip. One Syrian man from Aleppo, who gave his name only as Rami, said he had "
        "flown via Beirut with his brother. They hoped to reach Sweden, he said.\n"
    )
    rami = _by(found, "One Syrian man")
    assert rami.actor is not None
    assert (rami.actor.name, rami.actor.kind, rami.actor.country_code) == ("Rami", "person", "SY")
    assert _seat(rami) == "Aleppo"
    he = _by(found, "he", exact=True)
    assert he.actor is not None and he.actor.name == "Rami"


# --- dates and modality -----------------------------------------------------------------


def test_year_of_the_first_conjunct_does_not_date_the_second_cue() -> None:
    found = _analysed(
        "NAIROBI (AFP) — Kenya's government said it had tightened visa rules for Somali "
        "visitors in 2023 and denied that Nairobi remained a transit hub for smugglers.\n"
    )
    denied = claim_by_cue(found, "denied")
    assert denied.content.text == "that Nairobi remained a transit hub for smugglers"
    assert (denied.date, denied.date_precision) == (date(2026, 3, 3), "published")


def test_account_beside_a_negated_clause_after_a_denial_is_asserted() -> None:
    found = _analysed(
        "MOMBASA (AFP) — Kenya Ports Authority spokesman Peter Otieno denied that the "
        "crates had cleared inspection in Mombasa. He said the permits had been faked and "
        "that no Kenyan inspector had stamped them.\n"
    )
    assert claim_by_cue(found, "denied").modality == "denied"
    said = claim_by_cue(found, "said")
    assert said.content.text.startswith("the permits had been faked")
    assert said.modality == "asserted"


# --- conjuncts and media ----------------------------------------------------------------


def test_that_clause_hung_on_the_quoting_verb_continues_the_content() -> None:
    found = _analysed(
        "WARSAW (AFP) — Belarus denied the accusations. The state news agency BelTA quoted "
        'the State Border Committee as saying the migrants had gathered "spontaneously" '
        "and that Polish guards had used tear gas against women and children.\n"
    )
    saying = claim_by_cue(found, "saying")
    assert text_of(saying.outlet) == "BelTA"  # the medium's name (C0)
    assert saying.content.text.endswith(
        "Polish guards had used tear gas against women and children"
    )
    assert saying.actor is not None and saying.actor.country_code == "BY"


# --- officials introduced by role (D15) --------------------------------------------------


def test_officials_by_role_take_the_state_or_body_named_before() -> None:
    found = _analysed(
        "ACCRA (AFP) — Ghanaian officers seized 2 tonnes of ivory at Tema port on Sunday.\n\n"
        "The crates were loaded in Mombasa, according to Major Kwame Mensah, who heads the "
        'customs investigations unit. "We believe the buyers were in Asia," Mensah told '
        "reporters.\n\n"
        "Most of the tusks came through Lomé, according to Kenya's Wildlife Service. "
        '"Our rangers are overwhelmed," wildlife director Samuel Kiprop told AFP.\n\n'
        "The UN panel of experts on Somalia was disbanded in 2023. Before that, the panel "
        "had reported that ivory from Kismayo was moved to Dubai.\n"
    )
    mensah = _by(found, "Major Kwame Mensah")
    assert mensah.actor is not None and mensah.actor.country_code == "GH"
    again = _by(found, "Mensah", exact=True)
    assert again.actor is not None and again.actor.country_code == "GH"
    kiprop = _by(found, "Samuel Kiprop")
    assert kiprop.actor is not None
    assert (kiprop.actor.organisation, kiprop.actor.country_code) == ("Wildlife Service", "KE")
    assert _seat(kiprop) == "Nairobi"
    panel = _by(found, "the panel")
    assert panel.actor is not None and panel.actor.name == "United Nations"


def test_lede_body_described_is_the_body_of_its_country_named_next() -> None:
    found = _analysed(
        "SEOUL (AFP) — Myanmar shipped thousands of tonnes of jade to China this year "
        "through transfers in the Andaman Sea, a London-based research group said on "
        "Friday.\n\n"
        "The International Institute for Strategic Studies (IISS) said it had identified "
        "12 vessels loading jade at the port of Yangon between January and June.\n"
    )
    lede = _by(found, "a London-based research group")
    assert lede.actor is not None
    assert lede.actor.name == "International Institute for Strategic Studies"
    assert _seat(lede) == "London"


def test_a_co_role_kept_whole_is_still_a_role() -> None:
    found = _analysed(
        "LONDON (AFP) — Tankers loaded oil off Johor last month, analysts said.\n\n"
        '"The ships switched off their transponders," said Lena Ortiz, co-founder of '
        "ShipWatch.org.\n"
    )
    said = _by(found, "Lena Ortiz")
    assert said.actor is not None and said.actor.role == "co-founder"
