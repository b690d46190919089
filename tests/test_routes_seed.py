"""The seed article end to end: what a careful reader finds about its alleged routes.

Expectations from seeds/README (shared): Aleppo (province) → Gaziantep → Baku stated by
France, on to Nagorno-Karabakh inferred from the other claims; northern Syria →
Nagorno-Karabakh (Assad); West Asia → Nagorno-Karabakh (Naryshkin). Places are found
by the real geoparser and claims by the real claims stage; nothing here is fed in.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from claimmap.cli import main
from claimmap.documents import from_text, load
from claimmap.model import Analysis, Place
from claimmap.pipeline import analyze
from claimmap.routes import routes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_970ebeb8bf9b266c.txt"


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyze(load(SEED))


def named(a: Analysis, written: str) -> Place:
    """The place one of whose mentions is written exactly so."""
    hits = [p for p in a.places if any(m.text == written for m in p.mentions)]
    assert len(hits) == 1, (written, [p.name for p in a.places])
    return hits[0]


def legs(a: Analysis) -> dict[tuple[str, str], tuple[str, set[str]]]:
    """(from id, to id) → (status, claimant names)."""
    out = {}
    for route in a.routes:
        for leg in route.legs:
            names = {a.claim(c).actor.name for c in leg.claim_ids if a.claim(c).actor}  # type: ignore[union-attr]
            out[(leg.from_place, leg.to_place)] = (leg.status, names)
    return out


def test_seed_route_graph(seed: Analysis) -> None:
    aleppo, gaziantep, baku = named(seed, "Aleppo"), named(seed, "Gaziantep"), named(seed, "Baku")
    karabakh, north_syria = named(seed, "Nagorno-Karabakh"), named(seed, "northern Syria")
    west_asia = named(seed, "West Asia")
    assert aleppo.kind == "admin1"  # the province, not only the city
    got = legs(seed)
    assert set(got) == {
        (aleppo.id, gaziantep.id),
        (gaziantep.id, baku.id),
        (baku.id, karabakh.id),
        (north_syria.id, karabakh.id),
        (west_asia.id, karabakh.id),
    }
    assert got[(aleppo.id, gaziantep.id)] == ("stated", {"France"})
    assert got[(gaziantep.id, baku.id)] == ("stated", {"France"})
    status, backers = got[(baku.id, karabakh.id)]
    assert status == "inferred"
    assert "France" in backers and len(backers) == 3
    assert got[(north_syria.id, karabakh.id)][0] == "stated"
    assert any("Assad" in n for n in got[(north_syria.id, karabakh.id)][1])
    assert got[(west_asia.id, karabakh.id)][0] == "stated"
    assert any("Naryshkin" in n for n in got[(west_asia.id, karabakh.id)][1])
    (route,) = seed.routes
    assert route.mover in ("terrorists", "militants")


def test_seed_movement_spans(seed: Analysis) -> None:
    text = seed.document.text
    france = next(m for m in seed.movements if m.transit)
    assert france.trigger.start == text.index("transferred to the Azerbaijani")
    assert france.origin is not None and france.origin.span.text.endswith("province of Aleppo")
    assert [t.span.text for t in france.transit] == ["Turkish city of Gaziantep"]
    assert france.destination is not None
    assert france.destination.span.text == "Azerbaijani capital of Baku"
    assert france.mover is not None and france.mover.text == "terrorists"
    assert france.quantity is not None and france.quantity.value == 300
    assad = next(m for m in seed.movements if m.trigger.text == "transferring")
    assert assad.origin is not None and assad.origin.span.text == "northern Syria"
    assert assad.mover is not None and assad.mover.text == "Takfiri militants"
    # figurative motion is not a movement
    assert not any(m.trigger.text == "return" for m in seed.movements)
    for m in seed.movements:
        for s in (m.trigger, m.mover, m.sentence):
            assert s is None or text[s.start : s.end] == s.text


def haversine_km(a: Place, b: Place) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_seed_routes_frame(seed: Analysis) -> None:
    frame = routes(seed.document)
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == 5
    assert list(frame.status).count("inferred") == 1
    row = frame[(frame.from_name == "Gaziantep")].iloc[0]
    a, b = named(seed, "Gaziantep"), named(seed, "Baku")
    assert row.to_name == b.name
    assert row.distance_km == pytest.approx(haversine_km(a, b), rel=0.006)
    assert 1000 < row.distance_km < 1300
    assert row.geometry.coords[0] == (a.lon, a.lat) and row.geometry.coords[-1] == (b.lon, b.lat)
    assert row.claimants == ["France"]


def test_routes_jsonl_contract(tmp_path: Path) -> None:
    quiet = "The talks in Geneva ended without agreement on Tuesday."
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [
        {"id": "seed", "text": SEED.read_text(encoding="utf-8")},
        {"id": "quiet", "text": quiet},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["routes", "--jsonl", str(src), str(dst)]) == 0
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ["seed", "quiet"]
    assert out[1]["movements"] == []
    text = rows[0]["text"]
    by_trigger = {text[m["trigger"][0] : m["trigger"][1]]: m for m in out[0]["movements"]}
    m = by_trigger["transferring"]
    assert text[m["origin"][0] : m["origin"][1]] == "northern Syria"
    assert text[m["destination"][0] : m["destination"][1]] == "Nagorno-Karabakh region"
    assert m["transit"] == []


def test_article_without_movement_has_no_routes() -> None:
    doc = from_text(
        "Heavy clashes went on for a second week. Hundreds have been killed, officials said.",
        doc_id="quiet",
    )
    a = analyze(doc)
    assert a.movements == () and a.routes == ()
    assert routes(doc).empty
