"""Route defects of the twenty-sixth probe (b), each with passages written for these tests
(names, places and wording invented): dated shipment lines with no verb ("3 May: 1,800
tonnes of maize, Odesa to Alexandria aboard the X") are movements of their cargo; "through
X or directly out of Y" are two starts of one voyage, not a hop Y → X; "flown on to X,
from where it was trucked to Y" sets off from X; a convoy told as "the convoy", "the
vehicles", "the trucks" across entries is one mover; "left X and is following the same
route through Y" goes from X through Y; a town passed on the way into its own country
is no stop before that country.
"""

from __future__ import annotations

from datetime import datetime

import claimmap

Legs = set[tuple[str, str]]


def _analysis(text: str, published: datetime | None = None) -> claimmap.Analysis:
    return claimmap.analyze(claimmap.from_text(text, published=published))


def _legs(a: claimmap.Analysis) -> Legs:
    name = {p.id: p.name for p in a.places}
    return {(name[leg.from_place], name[leg.to_place]) for r in a.routes for leg in r.legs}


# --- dated shipment lines -------------------------------------------------------------------

_LIST = (
    "Maize from occupied farmland shipped to Egypt, papers show\n"
    "ISTANBUL — Bulk carriers moved maize from occupied farmland to Egypt this year, "
    "according to port records seen by the Kyiv Independent.\n\n"
    "The records list the following shipments:\n\n"
    "3 May: 1,800 tonnes of maize, Odesa to Alexandria aboard the Sea Wren.\n"
    "14 June: 900 tonnes of sunflower seed, Constanta via Varna to Damietta aboard the Orlan.\n"
    "\nThe ships' owners did not respond to requests for comment.\n"
)


def test_dated_shipment_lines_are_movements_of_their_cargo() -> None:
    a = _analysis(_LIST, datetime(2026, 9, 1))
    lines = [m for m in a.movements if m.trigger.text == "to" and m.date is not None]
    assert [(m.origin.span.text, m.destination.span.text) for m in lines] == [  # type: ignore[union-attr]
        ("Odesa", "Alexandria"),
        ("Constanta", "Damietta"),
    ]
    assert [m.transit[0].span.text for m in lines if m.transit] == ["Varna"]
    assert [str(m.date) for m in lines] == ["2026-05-03", "2026-06-14"]
    assert lines[0].mover is not None and lines[0].mover.text == "maize"
    assert lines[0].quantity is not None and lines[0].quantity.value == 1800
    claim = next(c for c in a.claims if c.id == lines[0].claim_id)
    assert "port records" in (claim.claimant.text if claim.claimant else "")
    assert {("Odesa", "Alexandria"), ("Varna", "Damietta")} <= _legs(a)


def test_a_dated_line_with_no_place_pair_is_no_movement() -> None:
    text = (
        "The minutes list the meetings:\n\n"
        "3 May: the finance committee to report on the budget.\n"
        "9 May: Mayor Ellis to Council, on the road plan.\n"
    )
    a = _analysis(text, datetime(2026, 9, 1))
    assert [m for m in a.movements if m.trigger.text == "to"] == []


# --- two ways out told as alternatives ------------------------------------------------------


def test_a_strait_or_a_port_are_two_starts_not_a_hop() -> None:
    text = (
        "According to the manifests seen by the agency, the fuel was trucked to Bari and to "
        "ports in Apulia, where it was loaded onto tankers. They then sailed through the Strait "
        "of Otranto or directly out of Bari, crossed the Ionian Sea and unloaded in Benghazi."
    )
    a = _analysis(text)
    assert _legs(a) == {
        ("Bari", "Ionian Sea"),
        ("Strait of Otranto", "Ionian Sea"),
        ("Ionian Sea", "Benghazi"),
    }
    crossed = [m for m in a.movements if m.trigger.text == "crossed"]
    assert len(crossed) == 2 and all(m.claim_id == "doc:claim1" for m in crossed)


# --- "from where" after a verb's end --------------------------------------------------------


def test_from_where_after_a_flight_sets_off_from_its_end() -> None:
    text = (
        "According to the report, the rifles were flown to Bucharest, where the cargo was moved "
        "to other planes and then flown on to Iasi in Romania, from where it was reportedly "
        "driven across the border to Chisinau."
    )
    a = _analysis(text)
    driven = next(m for m in a.movements if m.trigger.text == "driven")
    assert driven.origin is not None and driven.origin.span.text == "Iasi in Romania"
    assert ("Iaşi", "Chisinau") in _legs(a)


# --- one convoy, many names -----------------------------------------------------------------

_CONVOY = (
    "LIVE: Convoy reported heading east across Libya\n"
    "TUNIS, Tunisia — A convoy of trucks belonging to a private militia is moving east along "
    "the coast, residents say.\n\n"
    "09:10 GMT — According to a police source quoted by Alwihda, the convoy left Tripoli on "
    "Saturday with about 30 vehicles.\n\n"
    "10:25 GMT — Residents of Misrata told us they saw the trucks drive through the city "
    "before dawn.\n\n"
    "11:40 GMT — Two diplomats said the vehicles are expected to head for Sirte.\n"
)


def test_a_convoy_named_again_as_its_vehicles_is_one_route() -> None:
    a = _analysis(_CONVOY, datetime(2026, 10, 6))
    assert _legs(a) == {("Tripoli", "Misratah"), ("Misratah", "Sirte")}


def test_left_and_following_the_same_route_goes_on_from_the_start() -> None:
    text = (
        "A second column of about 20 lorries left Tripoli on Sunday and is following the same "
        "route through Tunisia, a police source told Alwihda."
    )
    a = _analysis(text, datetime(2026, 10, 6))
    left, route = a.movements
    assert route.trigger.text == "route" and route.mover == left.mover
    assert route.origin is not None and route.origin.span.text == "Tripoli"
    assert str(route.date) == "2026-10-04"
    assert _legs(a) == {("Tripoli", "Tunisia")}


def test_a_dated_line_of_a_person_going_somewhere_is_no_shipment() -> None:
    text = "The mayor's diary lists her trips:\n\n9 May: Mayor Ellis to Visit Leeds.\n"
    a = _analysis(text, datetime(2026, 9, 1))
    assert [m for m in a.movements if m.trigger.text == "to"] == []
