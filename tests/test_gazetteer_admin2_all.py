"""Second-level units of every country (scripts/geo_build/admin2_towns.py): GeoNames'
admin-2 table placed by the cities1000 towns that lie in each unit, so US counties,
Moroccan provinces and Indian districts resolve as units, not as namesake towns abroad."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimmap.gazetteer import geocode

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def towns(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build import admin2_towns

    return admin2_towns


def test_central_town_is_the_member_nearest_the_mean(towns) -> None:  # type: ignore[no-untyped-def]
    """A unit sits at its middle town, not at its largest one on an edge."""
    members = [(0.0, 0.0, "Edgeton"), (1.0, 1.0, "Middleburg"), (2.0, 2.1, "Farside")]
    assert towns.central_town(members)[2] == "Middleburg"
    assert towns.central_town([(5.0, 5.0, "Lone")])[2] == "Lone"


def test_member_town_matches_a_nearby_namesake_only(towns) -> None:  # type: ignore[no-untyped-def]
    from geo_build.common import Entry

    near = Entry("gn:1", "Oakville", "city", "ZZ", "ZZ.01", 10.0, 10.0, 5000, 1)
    far = Entry("gn:2", "Oakville", "city", "ZZ", "ZZ.02", 30.0, 30.0, 90000, 2)
    places = {("ZZ", "oakville"): [near, far]}
    assert towns.same_place("ZZ", (10.05, 10.02, "Oakville"), places) is near
    assert towns.same_place("ZZ", (20.0, 20.0, "Oakville"), places) is None
    assert towns.same_place("ZZ", (10.0, 10.0, "Elmwood"), places) is None


def test_unit_takes_the_spellings_of_its_namesake_seat(towns) -> None:  # type: ignore[no-untyped-def]
    from geo_build.common import Entry

    seat = Entry("gn:1", "Bārpur", "city", "ZZ", "ZZ.01", 10.0, 10.0, 5000, 1)
    seat.add_names(["Bārpur", "Barpoor", "BRP"])
    other = Entry("gn:2", "Elmwood", "city", "ZZ", "ZZ.01", 10.2, 10.0, 900, 2)
    assert towns.seat_names({"barpur"}, [other, seat]) == ["Barpoor", "Bārpur"]
    assert towns.seat_names({"kelton"}, [other, seat]) == []


@pytest.mark.parametrize(
    ("name", "country", "admin1", "lat", "lon"),
    [
        ("Levy County", "US", "US.FL", 29.3, -82.7),  # county seat Bronson, 29.45 -82.64
        ("Pasco County", "US", "US.FL", 28.3, -82.4),  # not Peru's Pasco region
        ("Al Haouz province", "MA", "MA.07", 31.3, -7.9),
        ("Pulwama district", "IN", "IN.12", 33.9, 75.0),
        ("Poonch district", "IN", "IN.12", 33.8, 74.1),  # GeoNames "Punch", after its seat
    ],
)
def test_units_of_every_country_resolve(
    name: str, country: str, admin1: str | None, lat: float | None, lon: float | None
) -> None:
    top = geocode(name, limit=1)[0]
    assert (top.kind, top.country_code) == ("admin2", country)
    if admin1 is not None:
        assert top.admin1 == admin1
    if lat is not None and lon is not None:
        assert abs(top.lat - lat) < 0.5 and abs(top.lon - lon) < 0.5
    assert top.source_id.startswith(f"admin2:{country}.")


def test_a_county_name_many_states_share_needs_its_country() -> None:
    """ "Lake County" alone is none of the dozen: asked bare, no county answers (a caller
    that knows the country, and so can weigh the article's states, gets them all)."""
    assert all(c.kind != "admin2" for c in geocode("Lake County", limit=10))
    found = geocode("Lake County", country="US", limit=20)
    assert len(found) > 5 and all((c.kind, c.country_code) == ("admin2", "US") for c in found)
    assert len({c.admin1 for c in found}) == len(found)


def test_a_municipality_named_after_its_town_pushes_no_namesake_out() -> None:
    """Portugal's Cuba municipality must not cost the US town its place in the list."""
    found = geocode("Cuba", limit=10)
    assert any((c.kind, c.country_code) == ("city", "US") for c in found)


def _cand(source_id: str, kind: str, country: str, score: float):  # type: ignore[no-untyped-def]
    from claimmap.model import Candidate

    return Candidate(source_id, source_id, source_id, kind, country, None, 0.0, 0.0, score=score)


def test_a_unit_named_like_a_town_of_its_country_takes_only_a_spare_place() -> None:
    from claimmap.gazetteer_rank import top

    cands = [
        _cand("town:ZZ", "city", "ZZ", 0.9),
        _cand("unit:ZZ", "admin2", "ZZ", 0.8),
        _cand("town:YY", "city", "YY", 0.5),
        _cand("unit:XX", "admin2", "XX", 0.4),
    ]
    assert [c.source_id for c in top(cands, 3)] == ["town:ZZ", "town:YY", "unit:XX"]
    assert [c.source_id for c in top(cands, 4)] == [c.source_id for c in cands]
    # alone in the list, the unit keeps its place: its country has no other entry there
    assert [c.source_id for c in top(cands[1:], 1)] == ["unit:ZZ"]


def test_names_units_of_several_states_share_are_flagged(towns) -> None:  # type: ignore[no-untyped-def]
    from geo_build.common import PLAIN, SHARED_NAME, Entry

    units = [
        Entry("admin2:ZZ.01.1", "Oak County", "admin2", "ZZ", "ZZ.01", 1.0, 1.0),
        Entry("admin2:ZZ.02.1", "Oak County", "admin2", "ZZ", "ZZ.02", 2.0, 2.0),
        Entry("admin2:ZZ.02.2", "Elm County", "admin2", "ZZ", "ZZ.02", 2.0, 3.0),
        Entry("admin2:YY.01.1", "Elm County", "admin2", "YY", "YY.01", 9.0, 9.0),
    ]
    for u in units:
        u.add_names([u.name])
    towns.mark_shared_names(units)
    assert [u.names[u.name] for u in units] == [SHARED_NAME, SHARED_NAME, PLAIN, PLAIN]


def test_county_in_a_given_state() -> None:
    """ "Lake County, Ohio": the county of that state, placed within it."""
    found = [c for c in geocode("Lake County", country="US", limit=20) if c.admin1 == "US.OH"]
    assert found and found[0].kind == "admin2"
    assert abs(found[0].lat - 41.7) < 0.4 and abs(found[0].lon + 81.3) < 0.4


def test_bare_town_name_still_a_town() -> None:
    """Units named after their seat do not take the seat's name from it."""
    top = geocode("Jammu", limit=1)[0]
    assert (top.kind, top.country_code) == ("city", "IN")
