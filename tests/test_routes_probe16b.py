"""Route legs from the sixteenth probe: journeys told over two sentences or two clauses are
joined. Starts told in one sentence go on to the first stop of the way told in the next
("launched from A and B." "They flew over X and Y before reaching Z"); a clause with no
mover of its own is the next step of the one before it ("he flew from A to B, then went on
to C"), or of the movers named again in its sentence ("the vessels were sailing along a
corridor, which passes through X"); people with different names are other travellers, even
when their names share a last word. Joins never chain two kinds of movers.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

from claimmap.model import Movement, Span
from claimmap.movement_join_groups import UNNAMED, mend_groups
from claimmap.routes_groups import Group

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Kerman": ("admin1:IR.kerman", "admin1", "IR", 29.5, 57.0),
    "Yazd": ("admin1:IR.yazd", "admin1", "IR", 31.9, 54.4),
    "Iran": ("country:IR", "country", "IR", 32.0, 53.0),
    "Iraq": ("country:IQ", "country", "IQ", 33.0, 44.0),
    "Syria": ("country:SY", "country", "SY", 35.0, 38.0),
    "Cyprus": ("country:CY", "country", "CY", 35.0, 33.0),
    "Delhi": ("gn:1273294", "city", "IN", 28.65, 77.23),
    "Cairo": ("gn:360630", "city", "EG", 30.06, 31.25),
    "Madrid": ("gn:3117735", "city", "ES", 40.42, -3.70),
    "Spain": ("country:ES", "country", "ES", 40.0, -4.0),
    "Cuba": ("country:CU", "country", "CU", 22.0, -79.5),
    "Nicaragua": ("country:NI", "country", "NI", 13.0, -85.0),
    "Amritsar": ("gn:1278710", "city", "IN", 31.62, 74.88),
    "Gdansk": ("gn:3099434", "city", "PL", 54.35, 18.65),
    "Kiel": ("gn:2891122", "city", "DE", 54.32, 10.13),
    "Denmark": ("country:DK", "country", "DK", 56.0, 10.0),
    "Oslo": ("gn:3143244", "city", "NO", 59.91, 10.75),
    "Minsk": ("gn:625144", "city", "BY", 53.90, 27.57),
}

Claims = list[tuple[str, str, str | None]]


def read(text: str, claims: Claims | None = None) -> Read:
    return read_routes(text, GAZ, claims)


# --- starts told apart from the way --------------------------------------------------------------


def test_starts_in_one_sentence_go_on_to_the_way_told_in_the_next() -> None:
    one = "the drones were launched from Kerman and Yazd provinces in central Iran"
    two = "the drones flew over Iraq and Syria before reaching Cyprus"
    r = read(
        f"The Guards said {one}. According to the army, {two}.",
        [("c1", one, "The Guards"), ("c2", two, "the army")],
    )
    assert r.route_legs() == [
        {
            ("Kerman", "Iraq", "inferred"),
            ("Yazd", "Iraq", "inferred"),
            ("Iraq", "Syria", "stated"),
            ("Syria", "Cyprus", "stated"),
        }
    ]
    start = next(leg for leg in r.routes[0].legs if r.name(leg.from_place) == "Kerman")
    assert set(start.claim_ids) == {"c1", "c2"}  # both tellings back the joined leg


def test_a_start_of_other_movers_is_not_joined_to_the_way() -> None:
    one = "the rockets were launched from Kerman province"
    two = "the refugees walked through Iraq and Syria before reaching Cyprus"
    r = read(
        f"The Guards said {one}. According to the army, {two}.",
        [("c1", one, "The Guards"), ("c2", two, "the army")],
    )
    assert r.legs() == {("Iraq", "Syria", "stated"), ("Syria", "Cyprus", "stated")}


# --- a clause with no mover of its own -----------------------------------------------------------

_ITINERARY = (
    "he flew from Delhi to Cairo in May, then went on to Madrid in Spain and from there to "
    "Cuba before walking through the forests of Nicaragua"
)
_SMUGGLED = "smugglers had driven him through Cuba and Nicaragua"


def test_a_gapped_next_step_goes_on_with_its_traveller_among_other_movers() -> None:
    r = read(
        "A military aircraft carrying 90 deportees landed in Amritsar on Wednesday. "
        f"Ravi Mehta, 29, said {_ITINERARY}. Amar Mehta said {_SMUGGLED}.",
        [("c1", _ITINERARY, "Ravi Mehta"), ("c2", _SMUGGLED, "Amar Mehta")],
    )
    ravi = next(legs for legs in r.route_legs() if ("Delhi", "Cairo", "stated") in legs)
    assert {("Cairo", "Madrid", "stated"), ("Madrid", "Cuba", "stated")} <= ravi


def test_travellers_sharing_a_last_name_are_not_one_route() -> None:
    r = read(
        "A military aircraft carrying 90 deportees landed in Amritsar on Wednesday. "
        f"Ravi Mehta, 29, said {_ITINERARY}. Amar Mehta said {_SMUGGLED}.",
        [("c1", _ITINERARY, "Ravi Mehta"), ("c2", _SMUGGLED, "Amar Mehta")],
    )
    ravi = next(r for r in r.routes if r.mover == "Ravi Mehta")
    amar = next(r for r in r.routes if r.mover == "Amar Mehta")
    assert {c for leg in ravi.legs for c in leg.claim_ids} == {"c1"}
    assert {c for leg in amar.legs for c in leg.claim_ids} == {"c2"}


_LEFT = "Five grain ships left the ports of Gdansk and Kiel on Monday"
_DRONES = "the drones had been launched from Minsk"


def test_a_way_told_of_the_movers_named_again_goes_on_from_their_start() -> None:
    way = (
        "the vessels were sailing along the new corridor, which passes through the waters "
        "of Denmark before turning north towards Oslo"
    )
    r = read(
        f"{_LEFT}, the navy said, despite a drone attack overnight. A navy spokesman told "
        f"reporters that {way}. Officials said {_DRONES}.",
        [("c1", _LEFT, "the navy"), ("c2", way, "A navy spokesman"), ("c3", _DRONES, "Officials")],
    )
    assert r.route_legs() == [
        {
            ("Gdansk", "Denmark", "stated"),
            ("Kiel", "Denmark", "stated"),
            ("Denmark", "Oslo", "stated"),
        }
    ]


def test_a_way_told_after_other_movers_does_not_join_the_ships() -> None:
    way = (
        "the drones were spotted near the new corridor, which passes through the waters of "
        "Denmark before turning north towards Oslo"
    )
    r = read(
        f"{_LEFT}, the navy said. A navy spokesman told reporters that {way}. "
        f"Officials said {_DRONES}.",
        [("c1", _LEFT, "the navy"), ("c2", way, "A navy spokesman"), ("c3", _DRONES, "Officials")],
    )
    assert not any(a in ("Gdansk", "Kiel") for a, _, _ in r.legs())


def test_a_way_whose_journey_has_its_own_start_takes_no_other() -> None:
    r = read(
        "A bulk carrier left the port of Gdansk on Friday and was expected to pass through "
        "Denmark to Oslo next week, the ministry said. The carrier was the tenth carrier to "
        "leave Kiel this month, officials said."
    )
    assert r.legs() == {("Gdansk", "Denmark", "stated"), ("Denmark", "Oslo", "stated")}


def test_a_start_told_of_another_craft_of_the_same_kind_is_no_start_of_the_way() -> None:
    one = "the missile flew over Iraq and Syria"
    two = "the drone had been launched from Kerman province"
    r = read(
        f"According to the army, {one}. Officials said there was no damage. The Guards said {two}.",
        [("c1", one, "the army"), ("c2", two, "The Guards")],
    )
    assert r.legs() == {("Iraq", "Syria", "stated")}


# --- groups mended: unit cases over hand-made movements ------------------------------------------


def _movement(text: str, n: int, trigger: str, mover: str | None, at: int = 0) -> Movement:
    start = text.index(trigger, at)
    sentence = Span("t", 0, len(text), text)
    said = Span("t", text.index(mover), text.index(mover) + len(mover), mover) if mover else None
    return Movement(
        id=f"t:m{n}",
        doc_id="t",
        trigger=Span("t", start, start + len(trigger), trigger),
        mover=said,
        sentence=sentence,
        claim_id="c1",
    )


def test_a_verb_sharing_the_subject_after_a_comma_goes_with_its_movers() -> None:
    text = "Four patrol boats left Gdansk early Monday, entered the waters off Kiel and stayed."
    boats = _movement(text, 0, "left", "patrol boats")
    entered = _movement(text, 1, "entered", None)
    drones = Group("materiel", movements=[])
    found = mend_groups(
        [Group("vessels", movements=[boats]), drones, Group(UNNAMED, movements=[entered])], text
    )
    assert [g.key for g in found] == ["vessels", "materiel"]
    assert found[0].movements == [boats, entered]


def test_a_noun_after_and_stays_unnamed() -> None:
    text = "Four patrol boats left Gdansk early Monday, and flights to Kiel were cancelled."
    boats = _movement(text, 0, "left", "patrol boats")
    flights = _movement(text, 1, "flights", None)
    loose = Group(UNNAMED, movements=[flights])
    found = mend_groups([Group("vessels", movements=[boats]), Group("materiel"), loose], text)
    assert found[-1].key == UNNAMED and found[-1].movements == [flights]
