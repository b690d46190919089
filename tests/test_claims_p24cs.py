"""Claims and claim sources in invented wire-style sentences written after the 23rd
probe's re-grade: a negative statement that answers another source's allegation, a
reporter's caveat kept apart from the speaker's modality, a region the model took for a
person owning a police force, a cue the parser lost after a name ending in a common word,
a cue whose content it hung on the listener, a group named after its town; and the one
rank list and the one time-stamp pattern the claims and routes stages share.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import claims_of as claims_in
from helpers import text_of

import claimmap
from claimmap.actors import seat_of
from claimmap.claims_rank_words import is_rank_word
from claimmap.export import claim_json
from claimmap.model import Claim
from claimmap.timestamps import STAMP_BETWEEN, timestamp_ends

PUBLISHED = datetime(2026, 4, 9, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="p24cs")


def _analysed(text: str) -> list[Claim]:
    return claimmap.analyze(claimmap.from_text(text, doc_id="p24cs")).claims


def _by(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if c.claimant is not None and words in c.claimant.text]
    assert len(found) == 1, [(text_of(c.claimant), c.content.text) for c in claims]
    return found[0]


# --- a negative statement that answers an allegation ---------------------------------------


def test_no_x_had_been_exported_answers_the_shipping_charge() -> None:
    found = claims_of(
        "Kavrian officials say stolen timber was shipped from the occupied port of Dorsk to "
        "Velm. Trade minister Oleg Fedorov told reporters that the timber was legally cut in "
        "Velmian forests and that no Kavrian timber had been exported."
    )
    assert [c.modality for c in found] == ["asserted", "denied"]
    assert text_of(found[1].claimant) == "Trade minister Oleg Fedorov"


def test_no_one_was_killed_answers_the_killings() -> None:
    found = claims_of(
        "Activists said five protesters were killed in Marsa on Friday. The interior ministry "
        "said no one was killed."
    )
    assert [(c.modality, c.content.text) for c in found] == [
        ("asserted", "five protesters were killed in Marsa on Friday"),
        ("denied", "no one was killed"),
    ]


def test_there_were_no_x_answers_the_presence_others_report() -> None:
    found = claims_of(
        "Villagers said soldiers entered Bakri at dawn. The army said there were no "
        "soldiers in the village."
    )
    assert [c.modality for c in found] == ["asserted", "denied"]


def test_a_negative_detail_nobody_alleged_stays_asserted() -> None:
    found = claims_of(
        "Officials in Tarvo said the Sella Star sailed to Pellin. A port official told "
        "reporters that inspectors were checking the papers of the Sella Star but that no "
        "ship had been detained."
    )
    assert [c.modality for c in found] == ["asserted", "asserted"]


# --- a reporter's caveat --------------------------------------------------------------------


def test_caveat_is_recorded_and_the_speaker_keeps_his_modality() -> None:
    found = _analysed(
        "A spokesman for the Tamar Front, Aren Vosk, said on Telegram that his group did not "
        "allow lorries to leave areas it controls, a claim that aid groups could not verify."
    )
    c = _by(found, "Aren Vosk")
    assert c.modality == "asserted"
    assert c.content.text == "that his group did not allow lorries to leave areas it controls"
    assert [k.text for k in c.caveats] == ["a claim that aid groups could not verify"]
    row = claim_json(c)
    assert [k["text"] for k in row["caveats"]] == ["a claim that aid groups could not verify"]
    assert row["modality"] == "asserted"


def test_claims_frame_lists_the_caveats() -> None:
    doc = claimmap.from_text(
        "Rebels said they had seized the bridge at Orlo. Reuters could not independently "
        "verify the account.",
        doc_id="p24cs-frame",
    )
    frame = claimmap.claims(doc)
    assert list(frame["caveats"]) == [["Reuters could not independently verify the account"]]
    assert list(frame["modality"]) == ["asserted"]


# --- a region the model took for a person, and "Its commander" -------------------------------


def test_region_owning_a_police_force_is_no_person_and_its_commander_is_its_own() -> None:
    found = _analysed(
        "The U.S. military said on Monday it had seized a dhow carrying rifles off the coast. "
        "Galmudug's police said the boat had left from Hobyo. Its commander, Ahmed Nur, told "
        "reporters the crew were Yemeni."
    )
    police = _by(found, "Galmudug")
    assert police.actor is not None
    assert (police.actor.name, police.actor.kind) == ("Galmudug police", "organisation")
    assert police.actor.country_code is None  # not the U.S. military's country
    commander = _by(found, "Its commander")
    assert commander.actor is not None
    assert (commander.actor.name, commander.actor.organisation) == ("Ahmed Nur", "Galmudug police")


def test_unnamed_commander_after_its_is_of_that_body() -> None:
    found = claims_of(
        "The coast guard said it had detained six men. Its spokesman told reporters that the "
        "men had sailed from Mukalla."
    )
    c = _by(found, "Its spokesman")
    assert c.actor is not None and c.actor.organisation == "coast guard"


def test_that_clause_the_parser_hung_on_the_listener_is_what_was_told() -> None:
    found = claims_of(
        "The police said it had detained six men. Its commander, Ali Omar, told the Garowe "
        "Online news site that the men had sailed from Mukalla."
    )
    c = _by(found, "Ali Omar")
    assert c.content.text == "that the men had sailed from Mukalla"
    assert text_of(c.cue) == "told"


# --- evidence examined by a named source ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant", "content"),
    [
        (
            "Satellite photos analyzed by The Associated Press show damage at the base.",
            "The Associated Press",
            "damage at the base",
        ),
        (
            "Satellite images reviewed by the Kyiv Independent show craters near the depot.",
            "the Kyiv Independent",
            "craters near the depot",
        ),
        (
            "Satellite images analysed by Human Rights Watch show burned villages near Sittwe.",
            "Human Rights Watch",
            "burned villages near Sittwe",
        ),
    ],
)
def test_evidence_examined_by_a_name_ending_in_a_noun_is_a_claim(
    sentence: str, claimant: str, content: str
) -> None:
    found = claims_of(sentence)
    assert [(text_of(c.claimant), c.content.text) for c in found] == [(claimant, content)]


# --- a group named after its town ------------------------------------------------------------


def test_group_named_after_its_town_is_seated_there() -> None:
    found = _analysed(
        "Drones flew over Deir al-Zour city on Monday. Deir ez-Zor activist network Eye of "
        "Euphrates said on its Telegram channel that trucks entered Mayadin."
    )
    c = _by(found, "Eye of Euphrates")
    assert c.actor is not None
    assert (c.actor.name, c.actor.located, c.actor.country_code) == (
        "Eye of Euphrates",
        "Deir ez-Zor",
        "SY",
    )
    seat = seat_of(c.actor)
    assert seat is not None and seat.place_name == "Deir ez-Zor"
    assert seat.lat == pytest.approx(35.34, abs=0.05)


# --- shared word lists and patterns ---------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "rank"),
    [("Lt.", True), ("Rear", True), ("colonel", True), ("Supt", False), ("First", False)],
)
def test_one_rank_list(word: str, rank: bool) -> None:
    assert is_rank_word(word) is rank


def test_paragraph_stamps_and_stamps_between_sentences_share_one_pattern() -> None:
    body = "Intro.\n09:20 GMT — Ships moved.\n  8.30am - More.\n14:05 UTC: no\nUPDATE 2 - Late."
    assert [body[s:e] for s, e in timestamp_ends(body)] == [
        "09:20 GMT — ",
        "8.30am - ",
        "UPDATE 2 - ",
    ]
    assert STAMP_BETWEEN.sub(" ", "sailed. 14:05 GMT — It") == "sailed. It"
    assert STAMP_BETWEEN.sub(" ", "sailed. UPDATE 2 - It") == "sailed. It"
    assert STAMP_BETWEEN.sub(" ", "sailed. 11:40 AST – It") == "sailed. It"


def test_a_caveat_paragraph_is_recorded_without_its_line_break() -> None:
    found = claims_of(
        "Militia leaders said 40 fighters had crossed into Orlo.\n\n"
        "The claim could not be independently verified.\n\n"
        "The governor said the border was calm."
    )
    assert [[k.text for k in c.caveats] for c in found] == [
        ["The claim could not be independently verified"],
        [],
    ]
