"""Places after probe 24's open list: a province placed at the town that bears its name in
another spelling is that town for a bare mention ("a trader from Tamanrasset"); a name that
is the subject of a sentence locating it against another place is a place ("Ukmerge is
close to Vilnius"); and subdivisions named by two compass words, in English or French
("Sud-Ouest", "North-West"), are also written the other ways ("Southwest", "South-West").

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import geoparse

from claimmap.gazetteer import default_gazetteer
from claimmap.model import Place
from claimmap.nlp import parse
from claimmap.places_located_subject import located_subject

REPO = Path(__file__).resolve().parents[1]


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


# --- a province placed at the town bearing its name in another spelling -----------------------


def test_a_person_from_a_province_name_is_from_the_town_it_is_placed_at() -> None:
    found = by_text(geoparse("A trader from Tamanrasset said the desert road was closed.")[0])
    town = found["Tamanrasset"]
    assert (town.kind, town.source_id, town.country_code) == ("city", "gn:2478216", "DZ")
    assert round(town.lat, 2) == 22.79 and round(town.lon, 2) == 5.52


def test_the_same_name_with_a_province_cue_stays_the_province() -> None:
    text = "Sandstorms closed roads across the Tamanrasset province of Algeria on Monday."
    found = by_text(geoparse(text)[0])
    assert (found["Tamanrasset"].kind, found["Tamanrasset"].source_id) == (
        "admin1",
        "admin1:DZ.53",
    )


def test_the_town_by_its_provinces_name_is_no_foreign_alias_stray() -> None:
    # the alias is the province's own name: kept beside a town 150 km away, not dropped
    places, unresolved = geoparse("A farmer from Khowst travelled to Kabul on Monday.")
    found = by_text(places)
    assert (found["Khowst"].kind, found["Khowst"].source_id) == ("city", "gn:1136469")
    assert found["Kabul"].country_code == "AF"
    assert not [u for u in unresolved if u.mention.text == "Khowst"]


# --- a sentence's subject located against another place ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "source_id"),
    [
        ("Ukmerge is close to Vilnius.", "Ukmerge", "gn:593733"),
        ("Rokiskis lies 20 km north of Panevezys.", "Rokiskis", "gn:595213"),
        ("Alytus is about 60 km south of Kaunas, officials said.", "Alytus", "gn:601084"),
    ],
)
def test_a_subject_located_near_a_place_is_a_place(text: str, name: str, source_id: str) -> None:
    found = by_text(geoparse(text)[0])
    assert found[name].source_id == source_id
    assert found[name].country_code == "LT"


def test_only_a_positional_present_tense_predicate_locates_its_subject() -> None:
    def located(text: str) -> str:
        doc = parse_text(text)
        return located_subject(doc[0:1])

    assert located("Alytus is near Kaunas.") == "Alytus is near ..."
    assert located("Alytus lies in the Dzukija region.") == "Alytus lies in the ..."
    assert located("Alytus lies in the south of Lithuania.") == ""  # no name: left alone
    assert located("Smith is from Kaunas.") == ""  # a person's home, not a position
    assert located("Smith was near Kaunas.") == ""  # where someone stood
    assert located("Smith is in Kaunas.") == ""  # a visitor may be "in" a town
    assert located("Alytus is 40 km from Kaunas.") == "Alytus is 40 km from ..."


def parse_text(text: str):  # type: ignore[no-untyped-def]
    from claimmap import from_text

    return parse(from_text(text))


# --- subdivisions named by two compass words ---------------------------------------------------


@pytest.fixture()
def pair_rule(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The build's pure rule (scripts/geo_build is not an installed package)."""
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build import variants

    return SimpleNamespace(variants=variants.compass_pair_variants)


def test_compass_pair_names_in_english_and_french(pair_rule: SimpleNamespace) -> None:
    assert pair_rule.variants("Sud-Ouest") == ("South-West", ["South-West", "Southwest"])
    assert pair_rule.variants("North West") == ("North-West", ["Northwest", "Nord-Ouest"])
    assert pair_rule.variants("Northeast") == ("North-East", ["North-East", "Nord-Est"])
    assert pair_rule.variants("Nord") == ("", [])  # one compass word: any country's north
    assert pair_rule.variants("Centre-Ouest") == ("", [])
    assert pair_rule.variants("West Darfur") == ("", [])


@pytest.mark.parametrize(
    ("name", "source_ids"),
    [
        ("Southwest", {"admin1:CM.09", "admin1:BF.13"}),
        ("South-West", {"admin1:CM.09", "admin1:BF.13"}),
        ("Southeast", {"admin1:HT.13", "admin1:BW.09"}),
        ("Northwest", {"admin1:CM.07", "admin1:HT.03"}),
    ],
)
def test_the_gazetteer_holds_the_other_spellings(name: str, source_ids: set[str]) -> None:
    found = {c.source_id for c in default_gazetteer().lookup(name, limit=20, fuzzy=False)}
    assert source_ids <= found


@pytest.mark.parametrize(
    ("text", "written", "source_id"),
    [
        ("Limbe, in Cameroon's Southwest region, was calm on Sunday.", "Southwest", "admin1:CM.09"),
        ("Banfora, in Burkina Faso's South-West region, was calm.", "South-West", "admin1:BF.13"),
        ("Floods hit Haiti's Southeast department overnight.", "Southeast", "admin1:HT.13"),
    ],
)
def test_a_compass_region_of_a_named_country(text: str, written: str, source_id: str) -> None:
    found = by_text(geoparse(text)[0])
    assert found[written].source_id == source_id
