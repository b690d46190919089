"""Route legs a twelfth probe left without a claim, an end or a stop: a narrator's sentence
retelling a report's findings after the report's claim; "spread towards" from "there";
"crossed into a country near a town" (the town is where they arrived); "flew over X".

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Chad": ("country:TD", "country", "TD", 15.0, 19.0),
    "Sudan": ("country:SD", "country", "SD", 15.0, 30.0),
    "Geneina": ("gn:379303", "city", "SD", 13.45, 22.44),
    "Adre": ("gn:245669", "city", "TD", 13.47, 22.2),
    "Jordan": ("country:JO", "country", "JO", 31.0, 36.0),
    "Baghdad": ("gn:98182", "city", "IQ", 33.34, 44.4),
    "Cairo": ("gn:360630", "city", "EG", 30.06, 31.25),
    "Kisumu": ("gn:191245", "city", "KE", -0.1, 34.75),
    "Eldoret": ("gn:198629", "city", "KE", 0.52, 35.27),
    "Nakuru": ("gn:184622", "city", "KE", -0.28, 36.07),
    "Abeche": ("gn:245785", "city", "TD", 13.83, 20.83),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def _claims_by_leg(r: Read) -> dict[tuple[str | None, str | None], tuple[str, ...]]:
    return {
        (r.name(leg.from_place), r.name(leg.to_place)): leg.claim_ids
        for route in r.routes
        for leg in route.legs
    }


# --- a report's findings retold by the narrator ---------------------------------------------


def test_those_interviewed_in_a_report_travel_on_its_claim() -> None:
    text = (
        "The agency said in a report on Monday that arrivals had doubled. "
        "Most of those interviewed had travelled from Kisumu through Eldoret to Nakuru."
    )
    r = read(text, [("c1", "arrivals had doubled", "The agency")])
    by_leg = _claims_by_leg(r)
    assert by_leg[("Kisumu", "Eldoret")] == ("c1",)
    assert by_leg[("Eldoret", "Nakuru")] == ("c1",)


def test_the_narrators_own_sentence_after_a_report_has_no_claim() -> None:
    text = (
        "The agency said in a report on Monday that arrivals had doubled. "
        "Buses travelled from Kisumu through Eldoret to Nakuru."
    )
    r = read(text, [("c1", "arrivals had doubled", "The agency")])
    assert set(_claims_by_leg(r).values()) == {()}


def test_respondents_after_a_speech_not_a_report_have_no_claim() -> None:
    text = (
        "The minister said arrivals had doubled. "
        "Most of those interviewed had travelled from Kisumu through Eldoret to Nakuru."
    )
    r = read(text, [("c1", "arrivals had doubled", "The minister")])
    assert set(_claims_by_leg(r).values()) == {()}


# --- "spread towards" -----------------------------------------------------------------------


def test_they_spread_towards_places_from_there() -> None:
    text = (
        "Armed columns left Geneina and crossed into Chad, a source said. "
        "From there they spread towards Adre and Abeche."
    )
    r = read(text)
    assert ("Chad", "Adre", "stated") in r.legs()
    assert ("Chad", "Abeche", "stated") in r.legs()


def test_a_disease_that_spreads_is_no_movement() -> None:
    r = read("The outbreak spread from Kisumu to Nakuru within a week.")
    assert r.movements == []


# --- where a crossing arrived; what a flight passed over -------------------------------------


def test_crossing_into_a_country_near_its_town_arrives_at_the_town() -> None:
    r = read("Families fled Geneina at night, crossing into Chad near Adre.")
    assert r.legs() == {("Geneina", "Adre", "stated")}


def test_near_a_town_of_another_country_keeps_the_country() -> None:
    r = read("Families fled Adre at night, crossing into Sudan near Abeche.")
    m = r.movement("crossing")
    assert m.destination is not None and r.name(m.destination.place_id) == "Sudan"


def test_a_country_flown_over_is_a_stop() -> None:
    r = read("The aircraft took off from Baghdad and flew over Jordan to Cairo.")
    assert r.legs() == {("Baghdad", "Jordan", "stated"), ("Jordan", "Cairo", "stated")}


def test_control_over_a_country_is_no_stop() -> None:
    r = read("The rebels took control over Jordan after the army fled to Cairo.")
    assert all(not m.transit for m in r.movements)
