"""Route legs still open after the probe-23 re-grade (passages written for these tests, real
geoparser): an "it" told by an agency is the craft of the sentence before, not the agency;
a denial about a country's firms contests the legs out of that country, not the trucking
inside the country supplied; "a fishing boat" is one of "the boats" that set off before;
trucks loaded "there" carry on the goods flown there; "onward through the desert near X"
reaches X.
"""

from __future__ import annotations

from claimmap.documents import from_text
from claimmap.model import Analysis
from claimmap.pipeline import analyze


def run(text: str) -> Analysis:
    return analyze(from_text(text, doc_id="t"))


def legs(a: Analysis) -> list[tuple[str, str]]:
    return [
        (a.place(leg.from_place).name, a.place(leg.to_place).name)
        for r in a.routes
        for leg in r.legs
    ]


def test_it_told_by_an_agency_is_the_ship_gone_dark() -> None:
    a = run(
        "According to Kenya's coast guard, the cargo was carried on the tanker Amara, which "
        "sailed from Mombasa and passed through the Strait of Hormuz on Friday. The ship then "
        "reportedly switched off its transponder in the Arabian Sea. The coast guard says it "
        "reappeared off Karachi on Sunday.\n"
    )
    found = legs(a)
    # the voyage goes on from the strait through where the transponder went off (R0, s20:
    # an AIS gap is a stop on the way, no longer a hop Strait of Hormuz -> Karachi)
    assert ("Strait of Hormuz", "Arabian Sea") in found
    assert ("Arabian Sea", "Karachi") in found
    movers = [m.mover.text for m in a.movements if m.mover]
    assert "coast guard" not in movers


def test_denial_of_a_countrys_firms_contests_the_legs_out_of_it() -> None:
    a = run(
        "Investigators say optics bought in Istanbul were flown to Tbilisi, the report said. "
        "There they were relabelled and loaded onto trucks. The trucks later drove from "
        "Vladikavkaz to Rostov-on-Don, it said.\n\n"
        "The Turkish trade ministry rejected any suggestion that Turkish firms were knowingly "
        "supplying Russia.\n"
    )
    denial = next(c for c in a.claims if c.modality == "denied")
    contested = [
        (a.place(leg.from_place).name, a.place(leg.to_place).name)
        for r in a.routes
        for leg in r.legs
        if denial.id in leg.claim_ids
    ]
    assert contested == [("Istanbul", "Tbilisi")]


def test_a_fishing_boat_is_one_of_the_boats_that_set_off() -> None:
    a = run(
        "Most of the boats set off from beaches near Sfax, the coast guard said. A fishing "
        "boat carrying 96 people was found on Tuesday off Linosa and escorted to the port of "
        "Lampedusa.\n"
    )
    assert ("Sfax", "Lampedusa") in legs(a)


def test_trucks_loaded_there_carry_on_the_goods_flown_there() -> None:
    a = run(
        "Drone engines were bought in Shenzhen and flown to Almaty, the report said. There "
        "they were repacked and loaded onto trucks.\n\n"
        "The trucks crossed into Russia at a checkpoint and drove on to Samara, according to "
        "customs data.\n"
    )
    assert ("Almaty", "Samara") in legs(a)


def test_onward_through_the_desert_near_a_town_reaches_it() -> None:
    a = run(
        "The men were held in Mopti for ten days, a witness said. They were then driven in "
        "pickup trucks to Gao and onward through the desert near Kidal.\n"
    )
    assert ("Gao", "Kidal") in legs(a)
