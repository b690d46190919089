"""Wire datelines, read once (claimmap.datelines) for the parser, the geoparser and the
claims, on short invented openings."""

from __future__ import annotations

import re

import pytest
from helpers import claims_of, geoparse

from claimmap.datelines import Dateline, find_datelines
from claimmap.gazetteer import default_gazetteer
from claimmap.nlp import load_nlp
from claimmap.places_dateline import dateline_names


def read(text: str) -> list[Dateline]:
    starts = [0, *(m.end() for m in re.finditer(r"\n+", text))]
    return find_datelines(text, starts)


def parts(text: str) -> tuple[list[str], str | None, str | None, str, bool]:
    (line,) = read(text)
    outlet = text[line.outlet[0] : line.outlet[1]] if line.outlet else None
    day = text[line.date[0] : line.date[1]] if line.date else None
    names = [text[a:b] for a, b in line.names]
    return names, outlet, day, text[line.story :], line.colon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRIPOLI —  Talks resumed.", (["TRIPOLI"], None, None, "Talks resumed.", False)),
        (
            "HERAT, Afghanistan (AP) — Talks resumed.",
            (["HERAT"], "AP", None, "Talks resumed.", False),
        ),
        (
            "MINSK, Nov 3 (Reuters) - Talks resumed.",
            (["MINSK"], "Reuters", "Nov 3", "Talks resumed.", False),
        ),
        (
            "BUKAVU, Democratic Republic of Congo, Feb 14 (AP) - Talks resumed.",
            (["BUKAVU"], "AP", "Feb 14", "Talks resumed.", False),
        ),
        (
            "DAKAR/BAMAKO, Sept 2, 2021 (AFP) -- Talks resumed.",
            (["DAKAR", "BAMAKO"], "AFP", "Sept 2, 2021", "Talks resumed.", False),
        ),
        (
            "SUKKUR / MULTAN: Talks resumed.",
            (["SUKKUR", "MULTAN"], None, None, "Talks resumed.", True),
        ),
        ("Pokhara, Mar 8 -- Talks resumed.", (["Pokhara"], None, "Mar 8", "Talks resumed.", False)),
        (
            "SAN JOSÉ, Costa Rica — Talks resumed.",
            (["SAN JOSÉ"], None, None, "Talks resumed.", False),
        ),
        ("ODESA - Talks resumed.", (["ODESA"], None, None, "Talks resumed.", False)),
        (
            "SPRINGDALE, Ark. - Talks resumed.",
            (["SPRINGDALE"], None, None, "Talks resumed.", False),
        ),
        (
            "FREMONT, Calif.--(BUSINESS WIRE)--Acme said.",
            (["FREMONT"], "BUSINESS WIRE", None, "Acme said.", False),
        ),
    ],
)
def test_the_forms_read(text: str, expected: tuple[object, ...]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "However: the talks resumed.",
        "Note: the talks resumed.",
        "However, Ruiz said -- the talks resumed.",
        "EU - China talks stall again",
        "NATO, Russia and the EU met - a first in years",
        "OSLO\nTalks resumed.",
        "Talks resumed in OSLO — on Monday.",
    ],
)
def test_ordinary_openings_are_no_datelines(text: str) -> None:
    assert read(text) == []


def test_a_transcripts_labels_are_no_datelines() -> None:
    assert read("RUIZ: We will win.\nOKAFOR: We will not.") == []


def test_a_colon_label_deep_in_the_story_is_no_dateline() -> None:
    text = "Talks resumed.\nThey stalled.\nThey resumed.\nMULTAN: Police arrived."
    assert read(text) == []


def test_the_dash_dateline_is_a_sentence_of_its_own() -> None:
    doc = load_nlp()("Pokhara, Mar 8 -- Brokers charged farmers to reach Portugal.")
    assert next(s.text for s in doc.sents) == "Pokhara, Mar 8 --"


def test_the_geoparser_places_a_colon_dateline() -> None:
    places, _ = geoparse("SUKKUR: More than 200 labourers were sent home from Oman, police said.")
    sukkur = next(p for p in places if any(m.text == "SUKKUR" for m in p.mentions))
    assert (sukkur.country_code, sukkur.kind) == ("PK", "city")


def test_the_geoparser_takes_a_dated_dateline_for_a_city() -> None:
    doc = load_nlp()("Pokhara, Mar 8 -- Brokers charged farmers to reach Portugal.")
    assert dateline_names(doc) == ((0, 1),)


def test_a_speaker_label_in_capitals_is_no_dateline_place() -> None:
    text = "RUIZ: We will win Ohio.\n\nSenator Ana Ruiz spoke in Toledo on Monday."
    assert dateline_names(load_nlp()(text)) == ()
    assert next(c.claimant.text for c in claims_of(text) if c.claimant) == "RUIZ"


def test_an_update_label_is_neither_place_nor_dateline_for_the_claims() -> None:
    assert not default_gazetteer().knows("UPDATE")
    found = claims_of("UPDATE: The minister said the talks in Geneva would resume.")
    said = next(c for c in found if c.cue is not None and c.cue.text == "said")
    assert said.claimant is not None and said.claimant.text == "The minister"


def test_the_claims_take_nothing_from_a_colon_dateline() -> None:
    found = claims_of("MULTAN: Over 90 workers were sent home from Doha, officials said.")
    said = next(c for c in found if c.cue is not None and c.cue.text == "said")
    assert said.claimant is not None and said.claimant.text == "officials"
    assert said.content.text == "Over 90 workers were sent home from Doha"


def test_a_kicker_in_capitals_is_a_sentence_but_no_dateline() -> None:
    text = "EVEN HIS OWN PUBLISHER THINKS HE IS WRONG — The editor said so in a memo."
    (line,) = read(text)
    assert line.kicker and line.names == () and text[line.story :].startswith("The editor")
    doc = load_nlp()(text)
    assert next(s.text for s in doc.sents) == "EVEN HIS OWN PUBLISHER THINKS HE IS WRONG —"
    assert dateline_names(doc) == ()


def test_an_unspaced_dash_after_a_city_ends_a_dateline() -> None:
    assert parts("DENVER—The council voted.") == (
        ["DENVER"],
        None,
        None,
        "The council voted.",
        False,
    )
