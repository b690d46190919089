"""Probe 17, resolution: overseas territories and their sovereign hold each other's places;
a place of a country its sentence names by another town is no stray; "Xyz's Abc district"
far from the town Xyz is in the province Xyz; "Abc island, off Xyz" is bounded by Xyz; a
province's only entry written "the X region" stands; a town bearing the written name beats
a small neighbour reached by an alternate name. Short news sentences written for these
tests (names the gazetteer holds).
"""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.gazetteer import default_gazetteer
from claimmap.model import Candidate
from claimmap.places_islands import holds_country
from claimmap.places_lexicon import Toponym
from claimmap.places_name_fit import extended_namesake
from claimmap.places_scoring import Group
from claimmap.resolve import resolve


def _toponyms(text: str, marks: list[tuple[str, str, tuple[str, ...]]]) -> list[Toponym]:
    """Toponyms over the first occurrence of each name, with an NER label and evidence."""
    out = []
    for name, label, evidence in marks:
        start = text.index(name)
        out.append(Toponym(start, start + len(name), name, name, label=label, evidence=evidence))
    return out


def _city(name: str, source: str, code: str, pop: int, own: str | None = None) -> Candidate:
    return Candidate(
        source_id=source,
        name=own or name,
        kind="city",
        country_code=code,
        admin1=f"{code}.23",
        lat=10.0,
        lon=7.0,
        population=pop,
        score=0.4,
        matched_name=name,
    )


def test_dependency_and_sovereign_hold_each_other() -> None:
    assert holds_country("FR", "RE") and holds_country("RE", "FR")
    assert holds_country("US", "PR") and holds_country("DK", "GL")
    assert not holds_country("RE", "YT")  # two territories of one state
    assert not holds_country("FR", "ES") and not holds_country(None, "FR")


def test_french_island_is_the_territory_and_holds_its_port() -> None:
    text = (
        "Doctors were flown in from the nearby French island of Reunion. A cargo ship "
        "would leave from Le Port in Reunion on Tuesday, the French army said."
    )
    places, unresolved = geoparse(text)
    island = place_at(places, text, "Reunion")
    assert (island.kind, island.country_code) == ("admin1", "RE")
    port = place_at(places, text, "Le Port")
    assert port.country_code == "RE"
    assert not [u for u in unresolved if u.mention.text == "Le Port"]


def test_bare_island_name_is_the_territory_not_the_countryless_region() -> None:
    text = "Rescue teams flew to Mayotte from Reunion on Tuesday."
    places, _ = geoparse(text)
    island = place_at(places, text, "Reunion")
    assert (island.kind, island.country_code) == ("admin1", "RE")


def test_town_with_a_compatriot_in_its_sentence_is_no_stray() -> None:
    text = "The colonel said the pills went from Nong Khai to Bangkok and on to Malaysia."
    tops = _toponyms(
        text,
        [
            ("Nong Khai", "PERSON", ("NER PERSON but known place", "after 'from'", "known city")),
            ("Bangkok", "GPE", ("NER GPE",)),
            ("Malaysia", "GPE", ("NER GPE",)),
        ],
    )
    places, unresolved = resolve(tops, default_gazetteer(), "d", text)
    assert {p.name for p in places} >= {"Nong Khai", "Bangkok"}
    assert not unresolved


def test_stray_without_a_compatriot_is_still_dropped() -> None:
    text = "The colonel said the pills went from Nong Khai to Manila in the Philippines."
    tops = _toponyms(
        text,
        [
            ("Nong Khai", "PERSON", ("NER PERSON but known place", "after 'from'", "known city")),
            ("Manila", "GPE", ("NER GPE",)),
            ("Philippines", "GPE", ("NER GPE",)),
        ],
    )
    places, unresolved = resolve(tops, default_gazetteer(), "d", text)
    assert "Nong Khai" not in {p.name for p in places}
    assert [u.mention.text for u in unresolved] == ["Nong Khai"]


def test_possessor_of_a_far_district_is_the_province() -> None:
    text = "Soldiers said they detained two couriers in Chiang Mai's Fang district."
    tops = _toponyms(
        text,
        [
            ("Chiang Mai", "GPE", ("NER GPE",)),
            ("Fang", "GPE", ("NER GPE",)),
        ],
    )
    places, unresolved = resolve(tops, default_gazetteer(), "d", text)
    owner = place_at(places, text, "Chiang Mai")
    assert (owner.kind, owner.country_code) == ("admin1", "TH")
    assert place_at(places, text, "Fang").country_code == "TH"
    assert not unresolved


def test_island_off_a_province_is_bounded_by_it() -> None:
    text = "The boat sank some 50 km north of Sado island, off Hokkaido, the coast guard said."
    places, unresolved = geoparse(text)
    assert "Sado" not in {p.name for p in places}  # both entries lie far from Hokkaido
    assert any(u.mention.text == "Sado" and "off it" in u.reason for u in unresolved)


def test_island_off_a_city_keeps_the_namesake_near_it() -> None:
    text = "The boat sank some 30 km west of Sado island, off Niigata, the coast guard said."
    places, _ = geoparse(text)
    island = place_at(places, text, "Sado")
    assert island.country_code == "JP" and abs(island.lat - 38.0) < 0.3


def test_sole_province_written_as_a_region_stands() -> None:
    text = "Clashes spread across the Afar region on Friday, residents said."
    places, unresolved = geoparse(text)
    afar = place_at(places, text, "Afar")
    assert (afar.kind, afar.country_code) == ("admin1", "ET")
    assert not unresolved


def test_town_bearing_the_name_beats_a_neighbour_reached_by_an_alias() -> None:
    text = "Gunmen fled from Kaduna toward the Birnin Gwari hills, police said."
    places, _ = geoparse(text)
    town = place_at(places, text, "Birnin Gwari")
    assert town.name == "Birnin Gwari" and town.country_code == "NG"


def test_extended_namesake_needs_a_town_bearing_the_name() -> None:
    alias = _city("Abc Xyz", "gn:1", "NG", 20_000, own="Old-Abc-Xyz")
    own = _city("Abc Xyz", "gn:2", "NG", 0)
    group = Group(key="name:abc xyz", name="Abc Xyz")
    group.toponyms = _toponyms("to Abc Xyz", [("Abc Xyz", "GPE", ())])
    group.candidates = [alias, own]
    assert extended_namesake(alias, group)
    assert not extended_namesake(own, group)
    group.candidates, group.exact = [alias], None
    assert not extended_namesake(alias, group)  # no town of the written name itself
