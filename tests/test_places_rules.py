"""The geoparser's small rules, one by one, on real parses of short sentences."""

from __future__ import annotations

import pytest

from claimmap.gazetteer import default_gazetteer
from claimmap.nlp import load_nlp
from claimmap.places_context import is_agent, is_dateline, type_cue
from claimmap.recognise import recognise, text_casing
from claimmap.resolve import _is_code


def span_of(text: str, words: str):  # type: ignore[no-untyped-def]
    doc = load_nlp()(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("text", "casing"),
    [
        ("Troops moved from Aleppo to Baku through Gaziantep, France said.", "mixed"),
        ("TROOPS MOVED FROM ALEPPO TO BAKU THROUGH GAZIANTEP, FRANCE SAID.", "upper"),
        ("troops moved from aleppo to baku through gaziantep, france said.", "lower"),
        ("Short", "mixed"),
    ],
)
def test_text_casing(text: str, casing: str) -> None:
    assert text_casing(text) == casing


@pytest.mark.parametrize(
    ("text", "words", "kind", "country"),
    [
        (
            "Rebels hold the strategic northwestern Syrian province of Aleppo.",
            "Aleppo",
            "admin1",
            "SY",
        ),
        ("They crossed through the Turkish city of Gaziantep.", "Gaziantep", "city", "TR"),
        ("Fighting spread to Idlib province overnight.", "Idlib", "admin1", None),
        ("Mexico City officials closed schools.", "Mexico", None, None),
        ("They flew to the Azerbaijani capital of Baku.", "Baku", "city", "AZ"),
    ],
)
def test_type_cues(text: str, words: str, kind: str | None, country: str | None) -> None:
    got_kind, got_country, _ = type_cue(span_of(text, words), default_gazetteer())
    assert (got_kind, got_country) == (kind, country)


@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("Damascus said it could confirm the transfers.", "Damascus", True),
        ("Ankara was transferring militants to the region.", "Ankara", True),
        ("Paris hosted the summit on Monday.", "Paris", False),
        ("Protesters gathered in Moscow on Saturday.", "Moscow", False),
    ],
)
def test_agents(text: str, words: str, agent: bool) -> None:
    assert is_agent(span_of(text, words)) is agent


def test_datelines() -> None:
    assert is_dateline(span_of("BEIRUT (Reuters) - Clashes erupted on Monday.", "BEIRUT"))
    assert is_dateline(span_of("Intro line.\nKABUL, Oct 6 — Talks resumed.", "KABUL"))
    assert not is_dateline(span_of("Officials in Beirut said talks resumed.", "Beirut"))


@pytest.mark.parametrize(
    ("word", "code"),
    [("E.U.", True), ("BAI", True), ("Va.", True), ("Calif.", True), ("UK", True),
     ("Paris", False), ("USSR.", True), ("Bonn", False), ("A", False)],
)  # fmt: skip
def test_codes_and_abbreviations(word: str, code: bool) -> None:
    assert _is_code(word) is code


def test_recognised_forms_on_one_sentence() -> None:
    doc = load_nlp()(
        "Syrian President Bashar al-Assad said Ankara was moving fighters from northern Syria "
        "to the disputed Nagorno-Karabakh region, and Turkish officials in the Azerbaijani "
        "capital denied it, as the disputed region saw more clashes."
    )
    found = {(t.text, t.form) for t in recognise(doc, default_gazetteer())}
    assert found == {
        ("Syrian", "demonym"),
        ("Ankara", "name"),
        ("Syria", "name"),
        ("Nagorno-Karabakh", "name"),
        ("Turkish", "demonym"),
        ("the Azerbaijani capital", "descriptor"),
        ("the disputed region", "coref"),
    }
    syria = next(t for t in recognise(doc, default_gazetteer()) if t.text == "Syria")
    assert syria.direction == "northern"
