"""Movements and route graphs over short news-style passages written for these tests.

Places and claims are built by hand here (real coordinates, spans found in the text),
so each test measures the routes stage alone over the real spaCy parse.
"""

from __future__ import annotations

import math

import pytest
from helpers import Read, claim, read_routes, spans_of

from claimmap.model import Document, Place
from claimmap.nlp import load_nlp
from claimmap.routes import build_routes, extract_movements, great_circle, legs_frame

# name: (id, kind, lat, lon) — GeoNames / Natural Earth coordinates, rounded
GAZ: dict[str, tuple[str, str, float, float]] = {
    "Libya": ("gn:2215636", "country", 28.0, 17.0),
    "Turkey": ("gn:298795", "country", 39.0, 35.0),
    "Greece": ("gn:390903", "country", 39.0, 22.0),
    "Syria": ("gn:163843", "country", 35.0, 38.0),
    "Sudan": ("gn:366755", "country", 16.0, 30.0),
    "Poland": ("gn:798544", "country", 52.0, 20.0),
    "Germany": ("gn:2921044", "country", 51.5, 10.5),
    "Jordan": ("gn:248816", "country", 31.0, 36.0),
    "Oman": ("gn:286963", "country", 21.0, 57.0),
    "Idlib": ("gn:169388", "city", 35.93, 36.63),
    "Aleppo": ("gn:170063", "city", 36.20, 37.16),
    "Gaziantep": ("gn:314830", "city", 37.06, 37.38),
    "Baku": ("gn:587084", "city", 40.38, 49.89),
    "Istanbul": ("gn:745044", "city", 41.01, 28.95),
    "Kabul": ("gn:1138958", "city", 34.53, 69.17),
    "Herat": ("gn:1139715", "city", 34.35, 62.20),
    "Raqqa": ("gn:172955", "city", 35.95, 39.01),
    "Deir ez-Zor": ("gn:170794", "city", 35.34, 40.14),
    "Lampedusa": ("gn:2524245", "city", 35.51, 12.60),
    "Warsaw": ("gn:756135", "city", 52.23, 21.01),
    "Madrid": ("gn:3117735", "city", 40.42, -3.70),
    "Guantanamo": ("gn:3557689", "city", 20.14, -75.21),
    "Bosphorus": ("gn:746947", "area", 41.12, 29.07),
    "Damascus": ("gn:170654", "city", 33.51, 36.29),
    "Tripoli": ("gn:2210247", "city", 32.89, 13.19),
    "Benghazi": ("gn:88319", "city", 32.12, 20.07),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None, **kw: str) -> Read:
    """Parse ``text``, make a Place of every GAZ name in it, and run both stages."""
    gaz = {name: (pid, kind, None, lat, lon) for name, (pid, kind, lat, lon) in GAZ.items()}
    return read_routes(text, gaz, claims, **kw)


# --- slots over single passages -------------------------------------------------------------

PASSAGES = [
    pytest.param(
        "Hundreds of Syrian mercenaries were flown by Turkey to Libya last month, a monitor said.",
        [("flown", "Syrian mercenaries", None, [], "Libya")],
        id="passive-with-agent",
    ),
    pytest.param(
        "According to the UN, more than 5,000 refugees crossed from Turkey into Greece last week.",
        [("crossed", "refugees", "Turkey", [], "Greece")],
        id="preposed-according-to",
    ),
    pytest.param(
        "The weapons were smuggled via Sudan into Libya, the report said.",
        [("smuggled", "weapons", None, ["Sudan"], "Libya")],
        id="via-transit",
    ),
    pytest.param(
        "Washington will deploy 3,000 troops to Poland from Germany, officials said.",
        [("deploy", "troops", "Germany", [], "Poland")],
        id="deploy-from-to",
    ),
    pytest.param(
        "The transfer of 50 detainees from Guantanamo to Oman was completed on Monday.",
        [("transfer", "detainees", "Guantanamo", [], "Oman")],
        id="noun-trigger",
    ),
    pytest.param(
        "The president left Warsaw for Madrid on Saturday.",
        [("left", "president", "Warsaw", [], "Madrid")],
        id="leave-x-for-y",
    ),
    pytest.param(
        "Thousands of civilians fled into Jordan as the shelling went on.",
        [("fled", "civilians", None, [], "Jordan")],
        id="flee-into",
    ),
    pytest.param(
        "A group of 40 migrants arrived in Lampedusa on Friday after leaving Libya by boat.",
        [
            ("arrived", "migrants", None, [], "Lampedusa"),
            ("leaving", "migrants", "Libya", [], None),
        ],
        id="arrive-in-and-leave-x",
    ),
    pytest.param(
        "Dozens of fighters travelled from Raqqa to Deir ez-Zor on Sunday.",
        [("travelled", "fighters", "Raqqa", [], "Deir ez-Zor")],
        id="no-attribution",
    ),
    pytest.param(
        "Russia shipped air-defence missiles to Syria through the Bosphorus.",
        [("shipped", "air-defence missiles", None, ["Bosphorus"], "Syria")],
        id="transit-through",
    ),
    pytest.param(
        "Militants operating in Idlib were later transferred to Baku, the group said.",
        [("transferred", "Militants", "Idlib", [], "Baku")],
        id="origin-in-mover-description",
    ),
    pytest.param(
        "The envoy flew from Madrid to Istanbul to Baku on Friday.",
        [("flew", "envoy", "Madrid", ["Istanbul"], "Baku")],
        id="chained-destinations",
    ),
    pytest.param(
        "A ship bound for Libya with 40 tonnes of weapons was stopped off Crete.",
        [("bound", "ship", None, [], "Libya")],
        id="bound-for",
    ),
    pytest.param(
        "I have been to Baku twice, the minister said.",
        [("been", "I", None, [], "Baku")],
        id="have-been-to",
    ),
    pytest.param(
        "Families who fled their homes in Aleppo reached Gaziantep on foot.",
        [
            ("fled", "Families", "homes in Aleppo", [], None),
            ("reached", "Families", "homes in Aleppo", [], "Gaziantep"),
        ],
        id="relative-clause-origin",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_movement_slots(text: str, expected: list[tuple]) -> None:
    assert read(text).slots() == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Geneva ended without agreement on Tuesday, and both delegations said they "
        "would meet again next month.",
        "The warring sides will return to the negotiating table, the minister said.",
        "Prices rose from 5 dollars to 7 dollars between January and March.",
        "Luis Rubio, who heads the Center for Research in Mexico City, said the plan would fail.",
        "Democrats took over the committee from the Republicans in January.",
        "The new cases bring the total to 40 in Texas, officials said.",
    ],
    ids=[
        "no-motion",
        "figurative-return",
        "numbers-not-places",
        "heads-an-office",
        "took-over",
        "bring-the-total",
    ],
)
def test_no_movement(text: str) -> None:
    r = read(text)
    assert r.movements == []
    assert r.routes == []


def test_spans_point_into_the_text() -> None:
    r = read("Washington will deploy 3,000 troops to Poland from Germany, officials said.")
    (m,) = r.movements
    for s in (m.trigger, m.mover, m.origin.span, m.destination.span, m.sentence):  # type: ignore[union-attr]
        assert s is not None and r.doc.text[s.start : s.end] == s.text
    assert m.quantity is not None
    assert (m.quantity.value, m.quantity.bound, m.quantity.span.text) == (3000, "exact", "3,000")
    assert m.origin is not None and m.origin.place_id == "gn:2921044"
    assert m.destination is not None and m.destination.place_id == "gn:798544"


def test_quantity_bounds() -> None:
    (m,) = read(
        "According to the UN, more than 5,000 refugees crossed from Turkey into Greece."
    ).movements
    assert m.quantity is not None and (m.quantity.value, m.quantity.bound) == (5000, "at_least")
    (m,) = read("Thousands of civilians fled into Jordan.").movements
    assert m.quantity is not None and (m.quantity.value, m.quantity.bound) == (1000, "at_least")


# --- negation and denial ----------------------------------------------------------------------


def test_denied_movement_is_kept_but_makes_no_leg() -> None:
    r = read("The ministry denied sending troops from Turkey to Libya.")
    (m,) = r.movements
    assert (m.trigger.text, m.negated) == ("sending", True)
    assert m.origin is not None and m.origin.span.text == "Turkey"
    assert r.routes == []


def test_negated_movement() -> None:
    r = read("The army did not send soldiers from Kabul to Herat, a spokesman said.")
    (m,) = r.movements
    assert m.negated
    assert r.routes == []


def test_claim_denied_by_modality_is_a_leg_only_its_denier_tells() -> None:
    text = "Officials said that 200 fighters had been moved from Idlib to Istanbul."
    claims = [("c1", "200 fighters had been moved from Idlib to Istanbul", "Officials")]
    assert read(text, claims).legs() == {("Idlib", "Istanbul", "stated")}
    denied = read(text, claims, modality="denied")  # shown as contested, never as support
    assert denied.legs() == {("Idlib", "Istanbul", "stated")}
    assert [leg.claim_ids for route in denied.routes for leg in route.legs] == [("c1",)]


# --- claims, quotes across sentences ------------------------------------------------------------


def test_quotes_across_sentences_link_each_movement_to_its_claim() -> None:
    text = (
        '"The fighters came from Idlib," the commander said. '
        '"They were then taken through Gaziantep to Baku."'
    )
    claims = [
        ("c1", "The fighters came from Idlib", "the commander"),
        ("c2", "They were then taken through Gaziantep to Baku", "the commander"),
    ]
    r = read(text, claims)
    assert r.slots() == [
        ("came", "fighters", "Idlib", [], None),
        ("taken", "fighters", None, ["Gaziantep"], "Baku"),  # "They"
    ]
    assert [m.claim_id for m in r.movements] == ["c1", "c2"]
    assert r.legs() == {("Gaziantep", "Baku", "stated")}  # "They" joins the fighters' route
    (route,) = r.routes
    assert route.mover == "fighters"
    assert route.legs[0].claim_ids == ("c2",)


def test_movement_without_claim_has_no_claim_id() -> None:
    r = read("Dozens of fighters travelled from Raqqa to Deir ez-Zor on Sunday.")
    (m,) = r.movements
    assert m.claim_id is None
    (route,) = r.routes
    assert [(leg.claim_ids, leg.status) for leg in route.legs] == [((), "stated")]


# --- route graphs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hundreds of militants were airlifted from Damascus to Tripoli via Benghazi.",
            {("Damascus", "Benghazi", "stated"), ("Benghazi", "Tripoli", "stated")},
            id="origin-transit-destination",
        ),
        pytest.param(
            "Thousands of migrants made their way to Greece through Turkey.",
            {("Turkey", "Greece", "stated")},
            id="made-their-way",
        ),
        pytest.param(
            "The flow of fighters from Syria into Libya continued.",
            {("Syria", "Libya", "stated")},
            id="noun-flow",
        ),
        pytest.param(
            "Weapons were routed through Sudan and flowed into Libya.",
            {("Sudan", "Libya", "stated")},
            id="two-verbs-one-journey",
        ),
        pytest.param(
            "Some 2,000 mercenaries have been recruited in Syria and sent to Libya.",
            {("Syria", "Libya", "stated")},
            id="recruited-in-x-and-sent-to-y",
        ),
        pytest.param(
            "Hundreds of migrants crossed the border from Turkey into Greece overnight.",
            {("Turkey", "Greece", "stated")},
            id="crossed-the-border-into",
        ),
        pytest.param(
            "Civilians fleeing the fighting in Idlib crossed into Turkey on Sunday.",
            {("Idlib", "Turkey", "stated")},
            id="fled-fighting-in-x",
        ),
        pytest.param(
            "Thousands of families were forced to leave their homes in Aleppo and fled to "
            "Gaziantep.",
            {("Aleppo", "Gaziantep", "stated")},
            id="left-homes-in-x-and-fled-to-y",
        ),
    ],
)
def test_stated_legs(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert read(text).legs() == expected


def test_several_movers_make_several_routes() -> None:
    text = (
        "Russia shipped air-defence missiles to Syria through the Bosphorus. "
        "Meanwhile, thousands of refugees fled from Aleppo to Gaziantep."
    )
    r = read(text)
    by_mover = {
        route.mover: {(leg.from_place, leg.to_place) for leg in route.legs} for route in r.routes
    }
    assert by_mover == {
        "missiles": {("gn:746947", "gn:163843")},
        "refugees": {("gn:170063", "gn:314830")},
    }


INFERENCE_TEXT = (
    "Officials in Paris said 200 fighters were moved from Idlib to Istanbul. "
    "Moscow said militants were being sent from Syria to Libya. "
    "Cairo also said fighters were transferred from Aleppo to Libya."
)
INFERENCE_CLAIMS: list[tuple[str, str, str | None]] = [
    ("paris", "200 fighters were moved from Idlib to Istanbul", "Officials in Paris"),
    ("moscow", "militants were being sent from Syria to Libya", "Moscow"),
    ("cairo", "fighters were transferred from Aleppo to Libya", "Cairo"),
]


def test_onward_leg_is_inferred_from_other_claims() -> None:
    r = read(INFERENCE_TEXT, INFERENCE_CLAIMS)
    assert r.legs() == {
        ("Idlib", "Istanbul", "stated"),
        ("Istanbul", "Libya", "inferred"),
        ("Syria", "Libya", "stated"),
        ("Aleppo", "Libya", "stated"),
    }
    (route,) = r.routes
    inferred = next(leg for leg in route.legs if leg.status == "inferred")
    assert set(inferred.claim_ids) == {"paris", "moscow", "cairo"}
    assert inferred.evidence[0].text.startswith("Officials in Paris")
    # legs come in text order, the inferred hop right after the stated chain it extends
    assert [(leg.from_place, leg.to_place) for leg in route.legs][:2] == [
        ("gn:169388", "gn:745044"),
        ("gn:745044", "gn:2215636"),
    ]


def test_no_inference_when_claims_do_not_agree() -> None:
    text = (
        "Officials in Paris said 200 fighters were moved from Idlib to Istanbul. "
        "Moscow said militants were being sent from Syria to Libya."
    )
    assert "inferred" not in {status for _, _, status in read(text).legs()}


def test_no_inference_when_the_onward_hop_leads_away() -> None:
    text = INFERENCE_TEXT.replace("Istanbul", "Madrid")  # Madrid is farther from Libya
    claims = [
        (c, content.replace("Istanbul", "Madrid"), who) for c, content, who in INFERENCE_CLAIMS
    ]
    r = read(text, claims)
    assert ("Idlib", "Madrid", "stated") in r.legs()
    assert "inferred" not in {status for _, _, status in r.legs()}


def test_same_place_in_two_movements_merges_into_one_leg() -> None:
    text = (
        "Moscow said militants were being sent from Syria to Libya. "
        "Cairo also said that fighters had been transferred from Syria to Libya."
    )
    claims = [
        ("moscow", "militants were being sent from Syria to Libya", "Moscow"),
        ("cairo", "fighters had been transferred from Syria to Libya", "Cairo"),
    ]
    (route,) = read(text, claims).routes
    (leg,) = route.legs
    assert leg.claim_ids == ("moscow", "cairo")
    assert len(leg.movement_ids) == 2 and len(leg.evidence) == 2


def test_equivalent_places_are_merged() -> None:
    """Two Place records for one gazetteer entry (a name and a description) are one stop."""
    text = (
        "Fighters were moved from Idlib to Baku in May. "
        "More fighters were sent from Aleppo to the Azerbaijani capital in June."
    )
    doc = Document(id="t", text=text)
    parsed = load_nlp()(text)

    def place(pid: str, name: str, lat: float, lon: float, words: str) -> Place:
        return Place(pid, "t", name, "city", None, pid, lat, lon, spans_of(doc, words), 587084)

    places = [
        place("gn:587084", "Baku", 40.38, 49.89, "Baku"),
        place("desc:az-capital", "Baku", 40.38, 49.89, "the Azerbaijani capital"),
        Place("gn:169388", "t", "Idlib", "city", None, "gn:169388", 35.93, 36.63,
              spans_of(doc, "Idlib"), 169388),
        Place("gn:170063", "t", "Aleppo", "city", None, "gn:170063", 36.20, 37.16,
              spans_of(doc, "Aleppo"), 170063),
    ]  # fmt: skip
    movements = extract_movements(doc, parsed, places, [])
    dests = [m.destination.place_id for m in movements if m.destination]
    assert dests == ["gn:587084", "desc:az-capital"]
    (route,) = build_routes(doc, movements, places, [])
    assert {(leg.from_place, leg.to_place) for leg in route.legs} == {
        ("gn:169388", "gn:587084"),
        ("gn:170063", "gn:587084"),
    }


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_leg_lengths_and_great_circle_lines() -> None:
    r = read(INFERENCE_TEXT, INFERENCE_CLAIMS)
    by = {p.name: p for p in r.places}
    for route in r.routes:
        for leg in route.legs:
            a = next(p for p in r.places if p.id == leg.from_place)
            b = next(p for p in r.places if p.id == leg.to_place)
            assert leg.distance_km == pytest.approx(
                haversine_km((a.lat, a.lon), (b.lat, b.lon)), rel=0.006
            )
    line = great_circle(by["Istanbul"], by["Libya"])
    assert line[0] == (28.95, 41.01) and line[-1] == (17.0, 28.0)
    assert len(line) > 20  # ~1,900 km at one vertex per 50 km

    frame = legs_frame(r.routes, r.places, [claim(r.doc, *c) for c in INFERENCE_CLAIMS])
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == 4
    row = frame[frame.status == "inferred"].iloc[0]
    assert (row.from_name, row.to_name) == ("Istanbul", "Libya")
    assert row.claimants == ["Officials in Paris", "Moscow", "Cairo"]
    assert row.geometry.coords[0] == (28.95, 41.01)
    assert row.distance_km == pytest.approx(haversine_km((41.01, 28.95), (28.0, 17.0)), rel=0.006)
