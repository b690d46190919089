"""Places in text whose case tells nothing (pasted posts, ALL-CAPS wire cables): short
forms ("u.s.", "nsw", "the us"), long names joined by "of" or hyphens, provinces whose
own name starts with a compass word, and towns listed after a matched one. Paragraphs
written for these tests."""

from __future__ import annotations

import pytest
from helpers import geoparse

from claimmap.model import Place


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


LOWER = (
    "aid flights from the u.s. and the uk landed in the uae on tuesday, while relief teams "
    "crossed from the drc into rwanda. health officials in nsw said they would send nurses. "
    '"it is too early for us to say," a spokesman told us. the us navy sent a ship, and a '
    "donor pledged us$4 million."
)


@pytest.mark.parametrize("text", [LOWER, LOWER.upper()], ids=["lower", "upper"])
def test_short_forms_without_capitals_are_their_places(text: str) -> None:
    places, _ = geoparse(text)
    got = {k.lower(): (p.kind, p.country_code) for k, p in by_text(places).items()}
    assert got["u.s."] == ("country", "US")
    assert got["uk"] == ("country", "GB")
    assert got["uae"] == ("country", "AE")
    assert got["drc"] == ("country", "CD")
    assert got["nsw"] == ("admin1", "AU")
    assert got["rwanda"] == ("country", "RW")
    # "the us navy" is the country; "for us", "told us" and "us$4" are not
    us_starts = sorted(m.start for p in places for m in p.mentions if m.text.lower() == "us")
    assert us_starts == [text.lower().index("the us navy") + 4]


def test_an_english_word_acronym_stays_a_word() -> None:
    """ "act" (the Australian Capital Territory's short form) and "nt" (from "dont")."""
    places, _ = geoparse(
        "the act was passed in canberra after lawmakers in australia said they dont want delays."
    )
    got = by_text(places)
    assert "act" not in got and "nt" not in got
    assert got["australia"].country_code == "AU"


@pytest.mark.parametrize(
    ("words", "name", "code"),
    [
        ("democratic republic of the congo", "Democratic Republic of the Congo", "CD"),
        ("people's republic of china", "China", "CN"),
        ("port-au-prince", "Port-au-Prince", "HT"),
        ("northern ireland", "Northern Ireland", "GB"),
    ],
)
def test_long_and_compass_names_stay_whole(words: str, name: str, code: str) -> None:
    text = f"officials in {words} said on monday that the outbreak had been contained."
    places, _ = geoparse(text)
    start = text.index(words)
    hits = [
        p for p in places for m in p.mentions if (m.start, m.end) == (start, start + len(words))
    ]
    assert len(hits) == 1, [(m.text, p.name) for p in places for m in p.mentions]
    assert hits[0].name == name and hits[0].country_code == code


def test_a_compass_word_before_a_country_is_not_a_province() -> None:
    """ "northern kenya" is the north of Kenya (no province of that name), as when cased."""
    places, _ = geoparse("herders in northern kenya said the rains had failed again.")
    got = [(m.text, p.kind, p.id) for p in places for m in p.mentions]
    assert got == [("northern kenya", "area", "area:north:KE")]


LISTED = "romanian vets culled birds in sibiu, cisnadie and agnita after swans died."


@pytest.mark.parametrize("text", [LISTED, LISTED.upper()], ids=["lower", "upper"])
def test_a_town_listed_after_a_matched_town_takes_its_context(text: str) -> None:
    """ "in sibiu, cisnadie and agnita": the small towns after the first are listed, not
    after "in"; both are placed in the Romania the text names."""
    places, _ = geoparse(text)
    got = {k.lower(): p for k, p in by_text(places).items()}
    for town in ("cisnadie", "agnita"):
        assert got[town].country_code == "RO" and got[town].kind == "city"


def test_a_country_name_the_demonym_table_lists_is_a_name() -> None:
    """ "laos" and "singapore" are in the demonym table ("Singapore officials"), but written
    alone they are the countries' names, as with capitals."""
    places, _ = geoparse("exports from laos to singapore fell sharply this year, traders said.")
    forms = {
        m.text: (p.country_code, (p.mention_forms or ("name",) * len(p.mentions))[k])
        for p in places
        for k, m in enumerate(p.mentions)
    }
    assert forms == {"laos": ("LA", "name"), "singapore": ("SG", "name")}


def test_regions_after_the_and_of_compass_words() -> None:
    """ "the americas", "the middle east" are regions; "the far north-west" and "marched
    north" stay no place; "a us soldier" is the country."""
    text = (
        "the outbreak spread across the americas and the middle east, while the far "
        "north-west was spared. a us soldier marched north."
    )
    places, _ = geoparse(text)
    got = {m.text: p.name for p in places for m in p.mentions}
    assert got == {"americas": "Americas", "middle east": "Middle East", "us": "United States"}
