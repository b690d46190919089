"""Route nodes a seventh probe of unseen articles drew at the wrong place: a country that
only modifies a facility ("the French base at X"), a border two countries share, a whole
country crossed ("across X") and a place inside a time phrase ("before the war in X").

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "France": ("country:FR", "country", "FR", 46.0, 2.0),
    "Niamey": ("gn:2440485", "city", "NE", 13.51, 2.11),
    "Agadez": ("gn:2448085", "city", "NE", 16.97, 7.99),
    "Kazakhstan": ("country:KZ", "country", "KZ", 48.0, 68.0),
    "Aktobe": ("gn:610611", "city", "KZ", 50.28, 57.21),
    "Almaty": ("gn:1526384", "city", "KZ", 43.25, 76.92),
    "Ghana": ("country:GH", "country", "GH", 8.0, -1.0),
    "Togo": ("country:TG", "country", "TG", 8.0, 1.17),
    "Kumasi": ("gn:2298890", "city", "GH", 6.69, -1.62),
    "Benin": ("country:BJ", "country", "BJ", 9.5, 2.25),
    "Chile": ("country:CL", "country", "CL", -30.0, -71.0),
    "Peru": ("country:PE", "country", "PE", -10.0, -76.0),
}
DEMONYMS = {"French": "France", "Ghanaian": "Ghana", "Togolese": "Togo"}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms=DEMONYMS)


def test_a_base_at_a_place_is_not_in_the_country_that_runs_it() -> None:
    r = read("The convoy was driven to the French base at Ouallam and then flown to Agadez.")
    assert r.movement("driven").destination is not None
    assert r.movement("driven").destination.place_id is None
    assert all("France" not in leg[:2] for leg in r.legs())


def test_a_base_at_a_known_place_is_that_place() -> None:
    r = read("The troops were flown to the French base at Niamey, officials said.")
    assert r.name(r.movement("flown").destination.place_id) == "Niamey"  # type: ignore[union-attr]


def test_a_shared_border_is_no_country_of_its_own() -> None:
    r = read(
        "The smugglers drove through Kumasi to the Ghanaian-Togolese border and crossed into Benin."
    )
    assert r.movement("drove").destination.place_id is None  # type: ignore[union-attr]
    assert ("Kumasi", "Togo", "stated") not in r.legs()
    assert ("Kumasi", "Ghana", "stated") not in r.legs()


def test_across_a_whole_country_makes_no_stop() -> None:
    r = read("The grain is carried from Aktobe by rail across Kazakhstan to Almaty.")
    assert r.legs() == {("Aktobe", "Almaty", "stated")}
    assert [t.span.text for t in r.movement("carried").transit] == ["Kazakhstan"]


def test_through_a_country_is_still_a_stop() -> None:
    r = read("The grain is carried from Niamey through Benin to Kumasi.")
    assert ("Niamey", "Benin", "stated") in r.legs()


def test_a_place_in_a_time_phrase_is_no_origin() -> None:
    r = read("The minister said Chile had sold rifles to Peru years before the crisis in Benin.")
    assert all(leg[0] != "Benin" for leg in r.legs())
    assert (
        r.movement("sold").origin is None or r.name(r.movement("sold").origin.place_id) != "Benin"
    )  # type: ignore[union-attr]


GAZ.update(
    {
        "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
        "Gao": ("gn:2457163", "city", "ML", 16.27, -0.04),
        "Arlit": ("gn:2447513", "city", "NE", 18.74, 7.39),
        "Zinder": ("gn:2437798", "city", "NE", 13.8, 8.99),
        "Tahoua": ("gn:2439376", "city", "NE", 14.89, 5.27),
    }
)


def test_a_fronted_origin_and_a_crossing_keep_the_leg() -> None:
    r = read(
        "Officials said that from Mali the gunmen are to be moved across the border into Benin."
    )
    assert r.legs() == {("Mali", "Benin", "stated")}


def test_from_there_joins_the_route_it_goes_on_from() -> None:
    r = read_routes(
        "A police report said the crates are loaded at Gao and carried by truck to Arlit. "
        "From there, the ammunition travels by road to Tahoua.",
        GAZ,
        claims=[("c1", "the crates are loaded at Gao and carried by truck to Arlit", "report")],
    )
    there = r.movement("travels")
    assert there.claim_id is not None and there.claim_id == r.movement("carried").claim_id
    assert any(
        ("Gao", "Arlit", "stated") in legs and ("Arlit", "Tahoua", "stated") in legs
        for legs in r.route_legs()
    )


def test_a_threatened_movement_draws_an_intended_leg_and_any_attempt_none() -> None:
    r = read("Ghana would stop any attempt to smuggle rifles from Togo to Benin.")
    assert r.legs() == set()
    r = read("The rebels threatened to send fighters from Mali to Benin.")
    assert r.moods() == {("Mali", "Benin"): "intended"}  # drawn as a threat, not a journey


def test_a_made_movement_still_draws_its_leg() -> None:
    r = read("The rebels sent fighters from Mali to Benin.")
    assert r.legs() == {("Mali", "Benin", "stated")}


def test_the_object_of_a_motion_verb_is_the_mover() -> None:
    r = read("Officials said Ghana had been moving Togolese rifles through Kumasi to Benin.")
    assert r.movement("moving").mover is not None
    assert r.movement("moving").mover.text.endswith("rifles")  # type: ignore[union-attr]
