"""Movements and routes on wire-style patterns found by a third probe of unseen articles:
stops told by a vehicle phrase ("by train through X"), a country sending its troops
abroad, goods unloaded somewhere before moving on, loading places, crossing points,
distances that are not origins, "the country" standing for a place, next sentences that
go on (or tell the backstory), parts and others of a group, and words that never move.

Passages written for these tests; places and claims are built by hand (as in
test_routes.py), so only the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

import pytest
from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames / Natural Earth coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Rostov": ("gn:501175", "city", "RU", 47.23, 39.72),
    "Samara": ("gn:499099", "city", "RU", 53.2, 50.15),
    "Saratov": ("gn:498677", "city", "RU", 51.54, 46.01),
    "Belarus": ("gn:630336", "country", "BY", 53.0, 28.0),
    "Syria": ("gn:163843", "country", "SY", 35.0, 38.0),
    "Karachi": ("gn:1174872", "city", "PK", 24.86, 67.01),
    "Italy": ("gn:3175395", "country", "IT", 42.83, 12.83),
    "Greece": ("gn:390903", "country", "GR", 39.0, 22.0),
    "Austria": ("gn:2782113", "country", "AT", 47.33, 13.33),
    "Hungary": ("gn:719819", "country", "HU", 47.0, 20.0),
    "Turkey": ("gn:298795", "country", "TR", 39.0, 35.0),
    "Bab al-Hawa": ("gn:174028", "city", "SY", 36.23, 36.69),
    "Idlib": ("gn:169389", "city", "SY", 35.93, 36.63),
    "Kessab": ("gn:172374", "city", "SY", 35.93, 35.99),
    "Latakia": ("gn:173576", "city", "SY", 35.53, 35.79),
    "Geneva": ("gn:2660646", "city", "CH", 46.2, 6.14),
    "Argentina": ("gn:3865483", "country", "AR", -34.0, -64.0),
    "La Quiaca": ("gn:3849066", "city", "AR", -22.1, -65.59),
    "Bolivia": ("gn:3923057", "country", "BO", -17.0, -65.0),
    "Peru": ("gn:3932488", "country", "PE", -10.0, -76.0),
    "Haiti": ("gn:3723988", "country", "HT", 19.0, -72.42),
    "Dajabón": ("gn:3508952", "city", "DO", 19.55, -71.71),
    "Santiago": ("gn:3492914", "city", "DO", 19.45, -70.7),
    "Santo Domingo": ("gn:3492908", "city", "DO", 18.47, -69.89),
    "Abkhazia": ("disputed:abkhazia", "disputed", "GE", 43.0, 41.0),
    "Georgia": ("gn:614540", "country", "GE", 42.0, 43.5),
    "Enguri corridor": ("gn:615920", "facility", "GE", 42.39, 41.78),
    "Zugdidi": ("gn:610864", "city", "GE", 42.51, 41.87),
    "Tbilisi": ("gn:611717", "city", "GE", 41.69, 44.83),
    "Gedaref": ("gn:378231", "admin1", "SD", 14.0, 35.0),
    "Kassala": ("gn:371170", "admin1", "SD", 15.45, 36.4),
    "Mexicali": ("gn:3996069", "city", "MX", 32.63, -115.45),
    "Baja California": ("gn:4017700", "admin1", "MX", 30.0, -115.0),
    "Fresno": ("gn:5350937", "city", "US", 36.75, -119.77),
    "Reno": ("gn:5511077", "city", "US", 39.53, -119.81),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.57),
    "Crimea": ("gn:703883", "admin1", "UA", 45.0, 34.0),
    "Kherson": ("gn:706448", "city", "UA", 46.64, 32.61),
    "Afghanistan": ("gn:1149361", "country", "AF", 33.0, 66.0),
}
# demonyms written as the places stage marks them: (mention, place name)
DEMONYMS = {"Syrians": "Syria", "Haitians": "Haiti", "Georgians": "Georgia"}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims, DEMONYMS)


def legs(r: Read) -> set[tuple[str | None, str | None]]:
    return {(r.name(leg.from_place), r.name(leg.to_place)) for x in r.routes for leg in x.legs}


# --- slots ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials said 900 soldiers had reached Rostov by train through Samara and Saratov.",
            [("reached", "soldiers", None, ["Samara", "Saratov"], "Rostov")],
            id="by-train-through",
        ),
        pytest.param(
            "Belarus has sent some 2,000 troops to Syria, officials said.",
            [("sent", "troops", "Belarus", [], "Syria")],
            id="country-sent-troops-abroad",
        ),
        pytest.param(
            "Officials said Belarus will send 2,000 troops to Syria next year.",
            [("send", "troops", None, [], "Syria")],
            id="only-planned-sending-no-origin",
        ),
        pytest.param(
            "Belarus has sent 2,000 troops to its southern border.",
            [("sent", "troops", None, [], "border")],
            id="own-border-no-origin",
        ),
        pytest.param(
            "Most refugees crossed at Gallabat in Gedaref state and were then taken to a camp in "
            "Kassala state, about 80 km from the border.",
            [
                ("crossed", "refugees", None, ["Gallabat in Gedaref state"], None),
                ("taken", "refugees", None, [], "camp in Kassala state"),
            ],
            id="crossing-point-and-distance",
        ),
        pytest.param(
            "Thousands had crossed into Georgia through the Enguri corridor, the only road "
            "linking the enclave to Georgia.",
            [("crossed", "Thousands", None, ["Enguri corridor"], "Georgia")],
            id="aside-after-comma-is-no-object",
        ),
        pytest.param(
            "The pills had been loaded at a warehouse in Mexicali, Baja California, and were to "
            "be delivered to a safe house in Fresno.",
            [("delivered", "pills", "warehouse in Mexicali", [], "house in Fresno")],
            id="loaded-at-then-to-be-delivered",
        ),
    ],
)
def test_slots(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read(text).slots() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said life is returning to normal in the regional capital, Kherson.",
        "Some of the soldiers were carrying identity papers issued in Crimea.",
    ],
    ids=["life-is-no-mover", "made-in-x-is-no-start"],
)
def test_no_movement(text: str) -> None:
    assert read(text).movements == []


def test_passive_gerund_after_a_speech_verb_moves_the_soldiers() -> None:
    r = read(
        "The agency told lawmakers that the soldiers had been flown from Minsk to Rostov, "
        "before being transferred by rail to camps in Crimea."
    )
    assert r.slots()[-1] == ("transferred", "soldiers", None, [], "camps in Crimea")


def test_misread_clause_keeps_its_own_subject() -> None:
    r = read(
        "The minister told reporters that the country had become a hub because heroin grown "
        "in Afghanistan crosses its borders."
    )
    assert r.movement("crosses").mover is not None
    assert r.movement("crosses").mover.text == "heroin"  # type: ignore[union-attr]


# --- routes --------------------------------------------------------------------------------------


def test_unloaded_in_x_before_being_moved_is_a_stop_between() -> None:
    r = read(
        "The heroin had been shipped from Karachi and was unloaded in Italy and Greece before "
        "being moved by truck to Austria and Hungary, the agency said."
    )
    assert r.movement("moved").origin is not None
    got = legs(r)
    assert {("Karachi", "Italy"), ("Karachi", "Greece"), ("Italy", "Austria")} <= got
    assert ("Karachi", "Austria") not in got and ("Karachi", "Hungary") not in got


def test_deported_then_most_crossed_goes_on_and_others_are_apart() -> None:
    text = (
        "More than 5,000 Syrians have been deported from Turkey or fled the country this "
        "month, the agency said. Most of them crossed back into Syria through the Bab al-Hawa "
        "border post and were taken by bus to a camp in Idlib, a spokesman told reporters in "
        "Geneva. Others returned via the Kessab crossing to Latakia."
    )
    r = read(text)
    fled = r.movement("fled")
    assert fled.origin is not None and r.name(fled.origin.place_id) == "Turkey"  # the country
    crossed = r.movement("crossed")
    assert [t.span.text for t in crossed.transit] == ["Bab al-Hawa border post"]
    assert crossed.destination is not None and crossed.destination.span.text == "Syria"
    others = r.movement("returned")
    assert others.mover is not None and others.mover.text == "Syrians"  # not "reporters"
    got = legs(r)
    assert {("Turkey", "Bab al-Hawa"), ("Bab al-Hawa", "Idlib"), ("Kessab", "Latakia")} <= got
    assert ("Idlib", "Kessab") not in got  # the others went another way


def test_backstory_in_the_next_sentence_comes_first() -> None:
    r = read(
        "Argentina said it had expelled 90 migrants who had entered through La Quiaca, a "
        "crossing on the border with Bolivia. Argentine officials said the migrants had "
        "travelled from Peru through Bolivia."
    )
    assert legs(r) == {("Peru", "Bolivia"), ("Bolivia", "La Quiaca")}


def test_continue_goes_on_from_the_crossing_and_nationals_are_people() -> None:
    r = read(
        "Every day hundreds of Haitians cross the river into Dajabón. Many do not stay. About "
        "300 people a day continue by bus through Santiago to Santo Domingo."
    )
    assert legs(r) == {("Dajabón", "Santiago"), ("Santiago", "Santo Domingo")}


def test_region_left_then_crossing_through_a_corridor_and_part_arriving() -> None:
    text = (
        "Nearly all of Abkhazia's ethnic Georgians have now left the region, officials said. "
        "A spokeswoman said 20,000 displaced persons had crossed into Georgia through the "
        "Enguri corridor, the only road linking the enclave to Georgia. Most arrived in the "
        "border town of Zugdidi, where they were registered before being transferred to hotels "
        "in Tbilisi."
    )
    r = read(text)
    left = r.movement("left")
    assert left.origin is not None and r.name(left.origin.place_id) == "Abkhazia"
    assert [t.span.text for t in r.movement("crossed").transit] == ["Enguri corridor"]
    got = legs(r)
    want = {("Abkhazia", "Enguri corridor"), ("Enguri corridor", "Zugdidi"), ("Zugdidi", "Tbilisi")}
    assert want <= got
    assert ("Enguri corridor", "Georgia") in got  # the rest of the 20,000 ended in Georgia


def test_loaded_at_a_warehouse_starts_the_route() -> None:
    r = read(
        "The pills had been loaded at a warehouse in Mexicali, Baja California, and were to be "
        "delivered to a safe house in Fresno, from where they would be moved to Reno."
    )
    assert legs(r) == {("Mexicali", "Fresno"), ("Fresno", "Reno")}
