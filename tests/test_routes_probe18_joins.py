"""Joins from the eighteenth probe (round 2): a voyage told over sentences is one route of
one mover: "where it passed through X" and "From there it crossed Y" go on about the ship
(a craft that sails is no place, and the agency telling the voyage is not the "it" that
crossed); a start told as "there" goes on from where the telling had got to; a state's
waters the ship kept "close to" are no waypoint.

Passages written for these tests; places are built by hand (as in test_routes.py).
"""

from __future__ import annotations

from helpers import Read, read_routes

from claimmap.model import Leg, Movement, Place, PlaceRef, Span
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_join_ways import threaded_legs
from claimmap.routes_nearby import passed_near

GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Gdansk": ("gn:3099434", "city", "PL", 54.35, 18.65),
    "Copenhagen": ("gn:2618425", "city", "DK", 55.68, 12.57),
    "Oresund": ("water:oresund", "water", "DK", 55.9, 12.7),
    "Kattegat": ("water:kattegat", "water", "DK", 56.9, 11.5),
    "North Sea": ("water:north_sea", "water", "", 56.0, 3.0),
    "Sweden": ("country:SE", "country", "SE", 62.0, 15.0),
    "Germany": ("country:DE", "country", "DE", 51.5, 10.5),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def names(r: Read) -> dict[str, str]:
    return {p.id: p.name for p in r.places}


def route_legs(r: Read) -> list[list[tuple[str, str]]]:
    n = names(r)
    return [[(n[leg.from_place], n[leg.to_place]) for leg in rt.legs] for rt in r.routes]


def legs(r: Read) -> dict[tuple[str, str], Leg]:
    n = names(r)
    return {(n[leg.from_place], n[leg.to_place]): leg for rt in r.routes for leg in rt.legs}


def at(r: Read, word: str) -> Movement:
    return next(m for m in r.movements if r.doc.text[m.trigger.start : m.trigger.end] == word)


VOYAGE = (
    "The freighter Baltic Dawn left Gdansk on Monday with 30,000 tonnes of coal, the port "
    "authority said. The ship sailed along the coast before reaching Copenhagen, where it "
    "passed through the Oresund on Wednesday, Danish shipping agency Nordlys said. From "
    "there it crossed the Kattegat into the North Sea."
)


def test_it_in_a_where_clause_is_the_ship_not_the_teller_before() -> None:
    r = read(VOYAGE)
    passed, crossed = at(r, "passed"), at(r, "crossed")
    assert passed.mover is not None and passed.mover.text == "ship"
    assert crossed.mover is not None and crossed.mover.text == "ship"


def test_a_voyage_told_over_sentences_is_one_route_from_there_on() -> None:
    r = read(VOYAGE)
    ship = [rt for rt in r.routes if rt.mover == "ship"]
    assert len(ship) == 1
    n = names(r)
    hops = [(n[leg.from_place], n[leg.to_place]) for leg in ship[0].legs]
    assert ("Copenhagen", "Oresund") in hops
    assert ("Oresund", "Kattegat") in hops
    assert ("Kattegat", "North Sea") in hops
    assert all(rt.mover != "Nordlys" for rt in r.routes)


def test_waters_kept_close_to_are_no_waypoint() -> None:
    text = (
        "The tanker sailed south, close to Swedish and German waters, before reaching "
        "Copenhagen on Friday, the coast guard said."
    )
    r = read(text)
    assert "Sweden" not in {n for hop in legs(r) for n in hop}
    assert "Germany" not in {n for hop in legs(r) for n in hop}


def test_only_waters_kept_near_are_dropped() -> None:
    for text, near in [
        ("The ferry kept close to Greek waters.", True),
        ("The ferry stayed near the Turkish waters.", True),
        ("The ferry sailed into Greek waters.", False),
        ("The ferry sailed close to Piraeus.", False),
    ]:
        words = "Greek waters" if "Greek" in text else "Turkish waters"
        words = words if "waters" in text else "Piraeus"
        start = text.index(words)
        ref = PlaceRef(Span("t", start, start + len(words), words), "country:GR")
        assert passed_near(ref, text) is near, text


# --- a start told apart joins the first step of a journey told in one sentence ----------


STEPS_GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Pakistan": ("country:PK", "country", "PK", 30.0, 70.0),
    "Sudan": ("country:SD", "country", "SD", 16.0, 30.0),
    "Port Sudan": ("gn:377039", "city", "SD", 19.62, 37.22),
    "Khartoum": ("gn:379252", "city", "SD", 15.55, 32.53),
    "Karachi": ("gn:1174872", "city", "PK", 24.86, 67.01),
}


def test_a_start_told_later_leads_to_the_first_step_not_past_it() -> None:
    text = (
        "Pakistan has sent about 500 engineers to Sudan since March, flying them to Port "
        "Sudan before moving them by road to Khartoum, officials said on Monday.\n\n"
        "A lawmaker said the engineers had left the port of Karachi aboard chartered planes."
    )
    r = read_routes(text, STEPS_GAZ, None)
    found = legs(r)
    assert ("Karachi", "Port Sudan") in found
    assert found[("Karachi", "Port Sudan")].status == "inferred"
    assert ("Karachi", "Khartoum") not in found  # not past Port Sudan
    assert ("Port Sudan", "Khartoum") in found


# --- a way told only as possible leaves the hops through it possible --------------------


def _place(pid: str, name: str, lat: float, lon: float) -> Place:
    return Place(pid, "t", name, "city", "LY", pid, lat, lon, ())


def test_a_possible_way_threads_a_made_hop_as_possible() -> None:
    text = "A. B. C."
    by_id = {
        "a": _place("a", "Tobruk", 32.08, 23.96),
        "b": _place("b", "Benghazi", 32.12, 20.07),
        "w": _place("w", "Derna", 32.76, 22.64),
    }
    canon = {k: k for k in by_id}

    def span(i: int) -> Span:
        return Span("t", i, i + 1, text[i])

    left = Movement("t:m0", "t", span(0), origin=PlaceRef(span(0), "a"), sentence=span(0))
    came = Movement("t:m1", "t", span(3), destination=PlaceRef(span(3), "b"), sentence=span(3))
    way = Movement(
        "t:m2", "t", span(6), transit=(PlaceRef(span(6), "w"),), sentence=span(6), mood="possible"
    )
    hop = merge_leg(None, "a", "b", "inferred", [left, came], by_id)
    assert hop.mood == "made"
    split = threaded_legs(LegContext([left, came, way], canon, by_id), [hop])
    assert [(leg.from_place, leg.to_place) for leg in split] == [("a", "w"), ("w", "b")]
    assert {leg.mood for leg in split} == {"possible"}


# --- a sentence going on with an "according to" account takes its claim -----------------


ACCOUNT_GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Tobruk": ("gn:80509", "city", "LY", 32.08, 23.96),
    "Benghazi": ("gn:88319", "city", "LY", 32.12, 20.07),
    "Malta": ("country:MT", "country", "MT", 35.92, 14.41),
}
ACCOUNT = (
    "According to two port officials in Tobruk, three trucks left Tobruk on Monday night. "
    "The trucks reached Benghazi on Tuesday, where the crates were reportedly loaded onto "
    "a ship bound for Malta."
)
ACCOUNT_CLAIM = ("c1", "three trucks left Tobruk on Monday night", "two port officials in Tobruk")
ACCORDING = Span("t", 0, 12, "According to")


def test_the_sentence_after_an_according_to_account_goes_on_with_it() -> None:
    r = read_routes(ACCOUNT, ACCOUNT_GAZ, [ACCOUNT_CLAIM], cue=ACCORDING)
    reached = at(r, "reached")
    assert reached.claim_id == "c1"
    leg = legs(r)[("Tobruk", "Benghazi")]
    assert leg.claim_ids == ("c1",)


def test_a_sentence_after_a_said_claim_takes_no_account() -> None:
    text = ACCOUNT.replace("According to two port officials in Tobruk, three", "Three")
    text = text.replace("Monday night.", "Monday night, two port officials in Tobruk said.")
    claim = ("c1", "Three trucks left Tobruk on Monday night", "two port officials in Tobruk")
    r = read_routes(text, ACCOUNT_GAZ, [claim])
    assert at(r, "reached").claim_id is None


def test_a_sentence_after_an_account_with_a_teller_of_its_own_keeps_none() -> None:
    text = ACCOUNT.replace("The trucks reached", "Separately, other trucks reached")
    r = read_routes(text, ACCOUNT_GAZ, [ACCOUNT_CLAIM], cue=ACCORDING)
    assert at(r, "reached").claim_id is None


# --- a denial with no start answers the alleged hop into the land denied ----------------


DENIAL_GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
    "Somalia": ("country:SO", "country", "SO", 6.0, 48.0),
    "Mandera": ("gn:187585", "city", "KE", 3.94, 41.86),
    "Beledweyne": ("gn:64435", "city", "SO", 4.74, 45.20),
}
DENIAL = (
    "Somalia accused Kenya of sending troops from Mandera to Beledweyne on Sunday. Kenya "
    "denied the accusation, saying no Kenyan soldier had entered Somalia."
)


def test_a_denial_with_no_start_is_listed_on_the_alleged_leg() -> None:
    claims = [
        ("c1", "of sending troops from Mandera to Beledweyne on Sunday", "Somalia"),
        ("c2", "no Kenyan soldier had entered Somalia", "Kenya"),
    ]
    r = read_routes(DENIAL, DENIAL_GAZ, claims)
    found = legs(r)
    assert set(found) == {("Mandera", "Beledweyne")}
    assert found[("Mandera", "Beledweyne")].claim_ids == ("c1", "c2")


def test_a_denial_of_other_movers_is_not_listed() -> None:
    text = DENIAL.replace("no Kenyan soldier had entered", "no Kenyan cargo had been flown to")
    claims = [
        ("c1", "of sending troops from Mandera to Beledweyne on Sunday", "Somalia"),
        ("c2", "no Kenyan cargo had been flown to Somalia", "Kenya"),
    ]
    r = read_routes(text, DENIAL_GAZ, claims)
    assert legs(r)[("Mandera", "Beledweyne")].claim_ids == ("c1",)


# --- speakers placed by their claimant phrase start their own plan there ----------------


PLAN_GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Tapachula": ("gn:3516266", "city", "MX", 14.90, -92.26),
    "Mexico City": ("gn:3530597", "city", "MX", 19.43, -99.13),
}


def test_a_plan_told_by_migrants_interviewed_at_x_starts_at_x() -> None:
    text = (
        "Migrants interviewed at Tapachula said they planned to continue to Mexico City next month."
    )
    claims = [
        (
            "c1",
            "they planned to continue to Mexico City next month",
            "Migrants interviewed at Tapachula",
        )
    ]
    r = read_routes(text, PLAN_GAZ, claims)
    leg = legs(r)[("Tapachula", "Mexico City")]
    assert (leg.mood, leg.claim_ids) == ("intended", ("c1",))


def test_a_journey_made_before_is_not_started_where_they_are_now() -> None:
    text = "Migrants interviewed in Tapachula said they had walked to Mexico City last year."
    claims = [
        ("c1", "they had walked to Mexico City last year", "Migrants interviewed in Tapachula")
    ]
    r = read_routes(text, PLAN_GAZ, claims)
    assert ("Tapachula", "Mexico City") not in legs(r)
