"""Claim sources the twenty-first round left open: speakers the parser hid in a reduced
relative ("drivers interviewed in X, who ..., said") and the bare "One" that follows them,
an attribution set between commas after a fronted adverbial ("From there, they said, ..."),
the channel named in a subject phrase shared by every cue of that subject, a region's
minister employed by the region, and a double-named diocese seated across a border."""

from __future__ import annotations

from helpers import actor_by, placed_claims, text_of

from claimmap.actors import seat_of
from claimmap.model import Claim


def _claims_of(claims: list[Claim], claimant: str) -> list[Claim]:
    found = [c for c in claims if text_of(c.claimant) == claimant]
    assert found, [(text_of(c.claimant), c.cue.text) for c in claims]
    return found


# --- "Two drivers interviewed in X, who ..., said"; "One said" ---------------------------


def test_speakers_of_a_reduced_relative_are_the_claimant() -> None:
    claims = placed_claims(
        "MWANZA (AP) - Bus traffic to the border has slowed.\n\n"
        "Three bus drivers interviewed in Mwanza, who spoke on condition of anonymity because "
        "they feared reprisals, said the buses had been stopped twice at the border. One said "
        "each passenger had paid $40 in bribes."
    )
    (drivers,) = _claims_of(claims, "Three bus drivers")
    assert drivers.content.text == "the buses had been stopped twice at the border"
    assert drivers.actor is not None and drivers.actor.name == "bus drivers"
    (one,) = _claims_of(claims, "One")
    assert one.actor == drivers.actor  # one of the drivers, not an unknown "One"


def test_a_clause_with_an_object_before_a_subjectless_cue_gives_no_speaker() -> None:
    claims = placed_claims("Three bus drivers interviewed the minister, said the radio.")
    assert all(text_of(c.claimant) != "Three bus drivers" for c in claims)


def test_a_bare_one_after_a_single_speaker_stays_unknown() -> None:
    claims = placed_claims(
        "The minister said the talks would resume in March. One said the budget was too small."
    )
    (one,) = _claims_of(claims, "One")
    assert one.actor is None or one.actor.name != "minister"


# --- "From there, they said, ..." ----------------------------------------------------------


def test_an_aside_after_a_fronted_adverbial_is_a_claim() -> None:
    claims = placed_claims(
        "A group was driven to the border last week, two police officers said. From there, "
        "they said, most of the migrants planned to travel on to Oruro."
    )
    (aside,) = [c for c in claims if c.content.text.startswith("From there")]
    assert aside.claimant is not None and aside.claimant.text == "they"
    assert aside.cue.text == "said"
    assert aside.content.text.endswith("planned to travel on to Oruro")
    assert aside.actor is not None and aside.actor.name == "police officers"


def test_a_fronted_adverbial_before_a_non_speech_clause_is_no_claim() -> None:
    claims = placed_claims(
        "Smugglers drove the group to the lake. From there, they walked for three days to "
        "the border."
    )
    assert [c for c in claims if c.sentence and c.sentence.text.startswith("From there")] == []


# --- the channel of a shared subject -------------------------------------------------------


def test_a_channel_in_the_subject_phrase_is_every_cue_s_outlet() -> None:
    claims = placed_claims(
        "ANKARA (Reuters) - Turkey's foreign ministry rejected the report. A ministry official, "
        'quoted by the Anadolu Agency, said the navy "acts in line with international law" '
        "and denied that shots had been fired at the fishing boats."
    )
    said = [c for c in claims if c.cue.text in ("said", "denied") and c.sentence]
    said = [c for c in said if "ministry official" in (text_of(c.claimant) or "")]
    assert [c.cue.text for c in said] == ["said", "denied"]
    assert [text_of(c.outlet) for c in said] == ["the Anadolu Agency"] * 2


def test_a_statement_posted_on_a_platform_keeps_its_short_claimant_for_a_participle() -> None:
    claims = placed_claims(
        "A Hamas statement posted on Telegram rejected the accusations, saying the group had "
        "no weapons in Rafah."
    )
    by_cue = {c.cue.text: c for c in claims}
    assert text_of(by_cue["rejected"].claimant) == "A Hamas statement"
    assert text_of(by_cue["saying"].claimant) == "A Hamas statement"
    assert text_of(by_cue["saying"].outlet) == "Telegram"
    assert by_cue["saying"].content.text == "the group had no weapons in Rafah"


def test_a_statement_circulated_on_a_platform_on_a_day_keeps_the_day() -> None:
    claims = placed_claims(
        "A Hamas statement circulated on Telegram on Friday rejected the accusations, saying "
        "the group had no weapons in Rafah."
    )
    by_cue = {c.cue.text: c for c in claims}
    assert text_of(by_cue["rejected"].claimant) == "A Hamas statement"
    assert [text_of(c.outlet) for c in claims] == ["Telegram", "Telegram"]
    assert by_cue["saying"].date_span is not None and by_cue["saying"].date_span.text == "Friday"


def test_a_channel_of_one_verb_stays_that_verb_s() -> None:
    claims = placed_claims(
        "The mayor told AFP that the bridge was safe and said on Friday that it would reopen."
    )
    by_cue = {c.cue.text: c for c in claims}
    assert text_of(by_cue["told"].outlet) == "AFP"
    assert by_cue["said"].outlet is None


# --- a region's minister; a diocese across a border --------------------------------------


def test_a_region_s_minister_works_for_the_region() -> None:
    claims = placed_claims(
        "Sindh's health minister, Azra Pechuho, said in Karachi on Monday that the hospitals "
        "were full."
    )
    actor = actor_by(claims, "Sindh's health minister, Azra Pechuho")
    assert (actor.name, actor.organisation, actor.country_code) == ("Azra Pechuho", "Sindh", "PK")


def test_a_person_in_a_region_is_not_its_employee() -> None:
    claims = placed_claims("A doctor in Sindh, Ali Khan, said the hospitals were full.")
    actor = actor_by(claims, "A doctor in Sindh, Ali Khan")
    assert actor.organisation is None and actor.country_code == "PK"


def test_a_double_named_diocese_sits_in_its_later_town_across_a_border() -> None:
    claims = placed_claims(
        "The Serbian Orthodox Diocese of Budimlje-Nikšić said the monastery was closed.\n\n"
        "The Greek Orthodox Diocese of Drama-Kavala said the church had no role in the sale."
    )
    serbian = seat_of(actor_by(claims, "The Serbian Orthodox Diocese of Budimlje-Nikšić"))
    assert serbian.place_name == "Nikšić" and serbian.precision == "city"  # in Montenegro
    assert serbian.lat is not None and abs(serbian.lat - 42.77) < 0.1
    greek = seat_of(actor_by(claims, "The Greek Orthodox Diocese of Drama-Kavala"))
    assert greek.place_name == "Kavála" and greek.precision == "city"


def test_a_province_s_minister_of_a_state_named_before_works_for_the_province() -> None:
    claims = placed_claims(
        "BUENOS AIRES (Reuters) - Argentina's wine exports fell sharply last year, the "
        "government said.\n\n"
        "Chubut's energy minister, Jorge Ferreyra, said in Rawson on Monday that two wells "
        "had been closed."
    )
    actor = actor_by(claims, "Chubut's energy minister, Jorge Ferreyra")
    assert (actor.organisation, actor.country_code) == ("Chubut", "AR")
    assert actor.name == "Jorge Ferreyra"
