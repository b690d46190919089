"""Movements and routes on wire-style patterns found by a second probe of unseen articles:
misread place names after "to", recipients before the place, "to X and to Y", movers
seized somewhere, "then" across sentences, stops near a border, strikes that are not
movements, and routes that do not touch.

Passages written for these tests; places and claims are built by hand (as in
test_routes.py), so only the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

import pytest
from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames / Natural Earth coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Qatar": ("gn:289688", "country", "QA", 25.5, 51.25),
    "United Arab Emirates": ("gn:290557", "country", "AE", 24.0, 54.0),
    "Zouar": ("gn:2425228", "city", "TD", 20.45, 16.53),
    "Chad": ("gn:2434508", "country", "TD", 15.0, 19.0),
    "Sudan": ("gn:366755", "country", "SD", 16.0, 30.0),
    "Darfur": ("gn:408664", "admin1", "SD", 13.5, 24.5),
    "Abeche": ("gn:245785", "city", "TD", 13.83, 20.83),
    "Tine": ("gn:2425198", "city", "TD", 15.05, 22.83),
    "Geneina": ("gn:378530", "city", "SD", 13.45, 22.45),
    "Zalingei": ("gn:364706", "city", "SD", 12.91, 23.47),
    "Kutum": ("gn:371760", "city", "SD", 14.2, 24.67),
    "Tirana": ("gn:3183875", "city", "AL", 41.33, 19.82),
    "Podgorica": ("gn:3193044", "city", "ME", 42.44, 19.26),
    "Serbia": ("gn:6290252", "country", "RS", 44.0, 21.0),
    "Hungary": ("gn:719819", "country", "HU", 47.0, 20.0),
    "Austria": ("gn:2782113", "country", "AT", 47.33, 13.33),
    "Hamburg": ("gn:2911298", "city", "DE", 53.55, 10.0),
    "Lyon": ("gn:2996944", "city", "FR", 45.75, 4.85),
    "Santo Domingo": ("gn:3492908", "city", "DO", 18.47, -69.89),
    "San Salvador": ("gn:3583361", "city", "SV", 13.69, -89.19),
    "Honduras": ("gn:3608932", "country", "HN", 15.0, -86.5),
    "Colombia": ("gn:3686110", "country", "CO", 4.0, -72.0),
    "Panama": ("gn:3703430", "country", "PA", 9.0, -80.0),
    "Metetí": ("gn:3704961", "city", "PA", 8.5, -77.98),
    "Cap-Haïtien": ("gn:3728474", "city", "HT", 19.76, -72.2),
    "Haiti": ("gn:3723988", "country", "HT", 19.0, -72.42),
    "Tunisia": ("gn:2464461", "country", "TN", 34.0, 9.0),
    "Malta": ("gn:2562770", "country", "MT", 35.92, 14.42),
    "Sicily": ("gn:2523119", "admin1", "IT", 37.5, 14.0),
    "Iraq": ("gn:99237", "country", "IQ", 33.0, 44.0),
    "Aleppo": ("gn:170063", "city", "SY", 36.2, 37.16),
    "Syria": ("gn:163843", "country", "SY", 35.0, 38.0),
    "Israel": ("gn:294640", "country", "IL", 31.5, 34.75),
    "Lebanon": ("gn:272103", "country", "LB", 33.83, 35.83),
    "Kawkareik": ("gn:1319533", "city", "MM", 16.55, 98.24),
    "Mae Sot": ("gn:1152188", "city", "TH", 16.71, 98.57),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def legs(r: Read) -> set[tuple[str | None, str | None, str]]:
    return set().union(*r.route_legs()) if r.routes else set()


# --- slots ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Arms were flown from the United Arab Emirates to Zouar in northern Chad and then "
            "trucked across the border.",
            [
                ("flown", "Arms", "United Arab Emirates", [], "Zouar in northern Chad"),
                ("trucked", "Arms", None, ["border"], None),
            ],
            id="place-after-to-read-as-a-verb",
        ),
        pytest.param(
            "The rifles were trucked across the border to the Popular Defence Forces (PDF) "
            "in Zalingei.",
            [("trucked", "rifles", None, ["border"], "Zalingei")],
            id="recipient-then-place",
        ),
        pytest.param(
            "The shells were later moved by road to Geneina, the main town of the area, "
            "and to Kutum.",
            [("moved", "shells", None, [], "Geneina, the main town of the area, and to Kutum")],
            id="to-x-and-to-y",
        ),
        pytest.param(
            "Smugglers charged hundreds of Haitians $3,000 each to fly them from Santo Domingo "
            "to San Salvador, from where they were driven toward Honduras.",
            [
                ("fly", "Haitians", "Santo Domingo", [], "San Salvador"),
                ("driven", "Haitians", "San Salvador", [], "Honduras"),
            ],
            id="moved-pronoun-continues-the-moved",
        ),
        pytest.param(
            "Dozens of Haitians waded across the river into Haiti on Tuesday.",
            [("waded", "Haitians", None, ["river"], "Haiti")],
            id="wade",
        ),
        pytest.param(
            "The migrants are then bused from Metetí to a camp near the Panama border.",
            [("bused", "migrants", "Metetí", [], "camp")],
            id="near-a-border-is-not-the-country",
        ),
        pytest.param(
            "They travel through Honduras on their way to Colombia.",
            [("travel", None, None, ["Honduras"], "Colombia")],
            id="on-their-way-to",
        ),
        pytest.param(
            "Two frigates sailed through the Mona Channel into the Caribbean on Monday.",
            [("sailed", "frigates", None, ["Mona Channel"], "Caribbean")],
            id="channel-is-a-place-word",
        ),
    ],
)
def test_slots(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read(text).slots() == expected


def test_coordinated_destinations_are_one_slot() -> None:
    r = read(
        "The shells were later moved by road to Geneina, the main town of the area, and to Kutum."
    )
    (m,) = r.movements
    assert m.destination is not None
    assert (r.name(m.destination.place_id), [r.name(i) for i in m.destination.other_place_ids]) == (
        "Geneina",
        ["Kutum"],
    )


def test_seized_place_is_not_the_origin_and_before_entering_continues() -> None:
    r = read(
        "Police said 30 rifles seized in Hamburg and Lyon had been smuggled from Tirana "
        "through Serbia and Hungary before entering Austria."
    )
    assert r.slots() == [
        ("smuggled", "rifles", "Tirana", ["Serbia", "Hungary"], None),
        ("entering", "rifles", None, [], "Austria"),
    ]
    assert r.route_legs() == [
        {
            ("Tirana", "Serbia", "stated"),
            ("Serbia", "Hungary", "stated"),
            ("Hungary", "Austria", "stated"),
        }
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israel carried out dozens of air strikes across southern Lebanon overnight.",
        "The army launched strikes into Syria, and the attacks went on to Aleppo.",
    ],
    ids=["carried-out", "strikes-are-not-movers"],
)
def test_strikes_are_not_movements(text: str) -> None:
    assert read(text).movements == []


def test_entity_over_two_places_is_cut_at_the_preposition() -> None:
    r = read("Refugees fled from Kawkareik to Mae Sot on Thursday, Thai officials said.")
    assert r.slots() == [("fled", "Refugees", "Kawkareik", [], "Mae Sot")]
    assert legs(r) == {("Kawkareik", "Mae Sot", "stated")}


def test_goods_a_country_supplies_set_off_from_it() -> None:
    r = read(
        "Officials say Iraq continues to supply the militia with rockets that are flown to "
        "Aleppo and then driven across the border into Lebanon."
    )
    assert r.slots() == [
        ("flown", "rockets", "Iraq", [], "Aleppo"),
        ("driven", "rockets", None, ["border"], "Lebanon"),
    ]
    assert legs(r) == {("Iraq", "Aleppo", "stated"), ("Aleppo", "Lebanon", "stated")}


def test_some_stands_for_the_group_before_without_its_count() -> None:
    r = read(
        "About 2,000 migrants crossed into Panama on Friday, an official said. The official "
        "said some had been moved from Metetí to shelters in Colombia."
    )
    moved = r.movements[-1]
    assert moved.mover is not None and moved.mover.text == "migrants"
    assert moved.quantity is None  # some of the 2,000, not all of them


def test_direction_named_by_a_place_is_a_slot() -> None:
    r = read("The army moved 2,000 troops from the Aleppo direction to Iraq last month.")
    assert r.slots() == [("moved", "troops", "Aleppo direction", [], "Iraq")]


# --- routes --------------------------------------------------------------------------------------


def test_then_trucked_goes_on_from_where_the_flight_ended() -> None:
    r = read(
        "A report found that drones were flown from Qatar to Abeche in eastern Chad and then "
        "trucked across the border to the Popular Defence Forces (PDF) in Darfur."
    )
    assert legs(r) == {("Qatar", "Abeche", "stated"), ("Abeche", "Darfur", "stated")}


def test_then_in_the_next_sentence_goes_on_under_another_claim() -> None:
    text = (
        "The panel said drones were flown from Qatar to Tine, in Chad, and then trucked into "
        "Sudan. According to the report, the drones were then moved by road to Geneina and to "
        "Zalingei."
    )
    claims = [
        (
            "c1",
            "drones were flown from Qatar to Tine, in Chad, and then trucked into Sudan",
            "The panel",
        ),
        ("c2", "the drones were then moved by road to Geneina and to Zalingei", "the report"),
    ]
    r = read(text, claims)
    # Geneina and Zalingei lie in Sudan: they say where in Sudan the drones went
    assert r.route_legs() == [
        {
            ("Qatar", "Tine", "stated"),
            ("Tine", "Geneina", "stated"),
            ("Tine", "Zalingei", "stated"),
        }
    ]
    (route,) = r.routes
    assert {c for leg in route.legs for c in leg.claim_ids} == {"c1", "c2"}


def test_reached_after_crossing_from_chains() -> None:
    r = read(
        "About 300 migrants reached Sicily after crossing the Mediterranean from Tunisia, "
        "the coast guard said."
    )
    assert legs(r) == {("Tunisia", "Sicily", "stated")}


def test_routes_that_do_not_touch_are_apart() -> None:
    r = read(
        "Officials said they had deported 9,000 people from Santo Domingo to Cap-Haïtien last "
        "year. Farther south, migrants are bused from Colombia to Metetí in Panama."
    )
    assert sorted(r.route_legs(), key=len) == [
        {("Santo Domingo", "Cap-Haïtien", "stated")},
        {("Colombia", "Metetí", "stated")},
    ]
    assert [route.mover for route in r.routes] == ["people", "migrants"]


def test_no_inferred_hop_into_what_holds_the_last_stop() -> None:
    def told(start: str, end: str, goal: str) -> Read:
        text = (
            f"Police said the rifles had been smuggled from {start} to {end}. Officials said "
            f"the rifles reached {goal}. A prosecutor said the rifles reached {goal} too."
        )
        claims = [
            ("c1", f"the rifles had been smuggled from {start} to {end}", "Police"),
            ("c2", f"the rifles reached {goal}", "Officials"),
            ("c3", f"the rifles reached {goal} too", "A prosecutor"),
        ]
        return read(text, claims)

    assert ("Serbia", "Austria", "inferred") in legs(told("Tirana", "Serbia", "Austria"))
    # Geneina is in Sudan: "reached Sudan" is no further hop
    assert not any(s == "inferred" for _, _, s in legs(told("Abeche", "Geneina", "Sudan")))
