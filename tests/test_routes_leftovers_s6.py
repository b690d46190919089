"""Route leftovers of a twelfth probe: an inferred leg ends at the most specific place the
same movers are told to reach (the shoals in a country's waters, not the country), and a
sea or river crossed is the way, not an end.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str | None, float, float]] = {
    "Malaysia": ("country:MY", "country", "MY", 2.5, 112.5),
    "Luconia Shoals": ("gn:1733017", "island", "MY", 5.0, 112.5),
    "Khanh Hoa Province": ("admin1:VN.54", "admin1", "VN", 12.25, 109.0),
    "Libya": ("country:LY", "country", "LY", 28.0, 17.0),
    "Ionian Sea": ("water:ionian-sea", "water", None, 38.0, 18.0),
    "Sicily": ("admin1:IT.15", "admin1", "IT", 37.5, 14.0),
    "Drina": ("water:drina", "water", None, 44.0, 19.3),
    "Zvornik": ("gn:3186980", "city", "BA", 44.39, 19.1),
}
DEMONYMS = {"Malaysian": "Malaysia"}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims, DEMONYMS)  # type: ignore[arg-type]


def _legs(r: Read) -> set[tuple[str | None, str | None]]:
    return {(r.name(leg.from_place), r.name(leg.to_place)) for rt in r.routes for leg in rt.legs}


# --- an inferred leg ends at the most specific end told -------------------------------------

_SHOALS = (
    "Three Vietnamese coast guard ships entered Malaysian territorial waters around the "
    "Luconia Shoals on Monday, the maritime agency said. The ships tried to approach a "
    "Malaysian fishing trawler in the area, according to the navy. A navy officer said the "
    "three ships had departed from a port in Khanh Hoa Province last week."
)
_SHOAL_CLAIMS: list[tuple[str, str, str | None]] = [
    ("c1", "Three Vietnamese coast guard ships entered Malaysian", "the maritime agency"),
    ("c2", "The ships tried to approach a Malaysian fishing trawler", "the navy"),
    ("c3", "the three ships had departed from a port in Khanh Hoa", "A navy officer"),
]


def test_waters_around_a_place_end_at_that_place() -> None:
    r = read(_SHOALS, _SHOAL_CLAIMS)
    entered = r.movement("entered")
    assert entered.destination is not None
    assert r.name(entered.destination.place_id) == "Luconia Shoals"


def test_inferred_leg_prefers_the_place_inside_the_country() -> None:
    r = read(_SHOALS, _SHOAL_CLAIMS)
    legs = _legs(r)
    assert ("Khanh Hoa Province", "Luconia Shoals") in legs
    assert ("Khanh Hoa Province", "Malaysia") not in legs


def test_inferred_leg_keeps_the_country_with_no_finer_end_told() -> None:
    text = (
        "The ships tried to approach a Malaysian fishing trawler, according to the navy. "
        "A navy officer said the three ships had departed from a port in Khanh Hoa Province."
    )
    r = read(text, _SHOAL_CLAIMS[1:])
    assert ("Khanh Hoa Province", "Luconia Shoals") not in _legs(r)


# --- a sea or river crossed is the way -------------------------------------------------------


def test_a_sea_crossed_with_no_end_is_no_destination() -> None:
    r = read("Some 60 migrants from Libya crossed the Ionian Sea in a fishing boat overnight.")
    crossed = r.movement("crossed")
    assert crossed.destination is None
    assert [r.name(t.place_id) for t in crossed.transit] == ["Ionian Sea"]
    assert ("Libya", "Ionian Sea") not in _legs(r)


def test_a_river_crossed_by_its_common_noun_is_a_transit() -> None:
    r = read("Smugglers crossed the river near Zvornik at night, police said.")
    crossed = r.movement("crossed")
    assert crossed.destination is None or crossed.destination.span.text != "river"


def test_a_river_crossed_unnamed_kind_is_no_end() -> None:
    r = read("Dozens of families crossed the Drina overnight, officials said.")
    crossed = r.movement("crossed") if r.movements else None
    assert crossed is None or crossed.destination is None


def test_a_sea_crossed_on_the_way_to_an_end_stays_a_stop() -> None:
    r = read("Some 60 migrants crossed the Ionian Sea from Libya to Sicily.")
    crossed = r.movement("crossed")
    assert crossed.destination is not None
    assert r.name(crossed.destination.place_id) == "Sicily"
    assert ("Libya", "Ionian Sea") in _legs(r)
    assert ("Ionian Sea", "Sicily") in _legs(r)


# --- a craft named by its flag is no place ---------------------------------------------------


def test_approaching_a_flagged_boat_is_no_destination() -> None:
    r = read("The ships tried to approach a Malaysian fishing trawler, the navy said.")
    assert all(m.destination is None or m.destination.place_id != "country:MY" for m in r.movements)


def test_the_same_kind_of_movers_between_halves_keeps_the_pair() -> None:
    text = (
        "Three coast guard vessels entered Malaysian waters around the Luconia Shoals, "
        "the agency said. The ships then sailed into the contiguous zone for hours. "
        "An officer said the three vessels had departed from a port in Khanh Hoa Province."
    )
    r = read(
        text,
        [
            ("c1", "Three coast guard vessels entered Malaysian waters", "the agency"),
            ("c2", "the three vessels had departed from a port", "An officer"),
        ],
    )
    assert ("Khanh Hoa Province", "Luconia Shoals") in _legs(r)
