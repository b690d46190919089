"""The CLI contracts other tools rely on: exact JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimmap.routes import geodesic_km as km

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_970ebeb8bf9b266c.txt"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimmap.cli", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture(scope="module")
def seed_json() -> dict:
    out = run("analyze", str(SEED))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_analyze_shape(seed_json: dict) -> None:
    assert set(seed_json) >= {"document", "places", "claims", "routes"}
    assert seed_json["document"]["id"] == "000_970ebeb8bf9b266c"
    text = SEED.read_text(encoding="utf-8")
    for place in seed_json["places"]:
        assert set(place) >= {
            "id",
            "name",
            "kind",
            "country_code",
            "geonameid",
            "lat",
            "lon",
            "role",
            "confidence",
            "mentions",
        }
        assert place["role"] in ("location", "actor")
        for m in place["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    ids = {p["id"] for p in seed_json["places"]}
    for claim in seed_json["claims"]:
        assert set(claim) >= {
            "id",
            "claimant",
            "cue",
            "content",
            "outlet",
            "date",
            "date_precision",
            "places",
            "seat",
        }
        assert text[claim["content"]["start"] : claim["content"]["end"]] == claim["content"]["text"]
        if claim["seat"] is not None:
            assert claim["seat"]["precision"] in ("exact", "city", "country", "unplaced")
        assert set(claim["places"]) <= ids
    for route in seed_json["routes"]:
        assert set(route) >= {"id", "mover", "legs"}
        for leg in route["legs"]:
            assert set(leg) >= {"from", "to", "status", "claims"}
            assert leg["from"] in ids and leg["to"] in ids
            assert leg["status"] in ("stated", "inferred")


def _nearest(places: list[dict], name: str) -> dict:
    hits = [p for p in places if any(name.lower() in m["text"].lower() for m in p["mentions"])]
    assert hits, f"{name} not found among {[p['name'] for p in places]}"
    return hits[0]


@pytest.mark.parametrize(
    ("name", "lat", "lon", "limit_km"),
    [
        ("Aleppo", 36.2021, 37.1343, 25.0),
        ("Gaziantep", 37.0594, 37.3825, 25.0),
        ("Baku", 40.4093, 49.8671, 25.0),
    ],
)
def test_seed_places_are_where_they_are(
    seed_json: dict, name: str, lat: float, lon: float, limit_km: float
) -> None:
    place = _nearest(seed_json["places"], name)
    assert km(place["lat"], place["lon"], lat, lon) <= limit_km, place


def test_seed_nagorno_karabakh_is_the_disputed_region(seed_json: dict) -> None:
    place = _nearest(seed_json["places"], "Nagorno-Karabakh")
    assert place["kind"] == "disputed" or km(place["lat"], place["lon"], 39.8, 46.7) <= 40.0
    assert km(place["lat"], place["lon"], 39.8, 46.7) <= 60.0


def test_analyze_geojson(tmp_path: Path) -> None:
    out = run("analyze", str(SEED), "--format", "geojson")
    assert out.returncode == 0, out.stderr
    fc = json.loads(out.stdout)
    assert fc["type"] == "FeatureCollection"
    kinds = {f["properties"]["feature"] for f in fc["features"]}
    assert "place" in kinds
    for f in fc["features"]:
        assert f["geometry"]["type"] in ("Point", "LineString")


def test_analyze_geojson_shapes() -> None:
    out = run("analyze", str(SEED), "--format", "geojson", "--shapes")
    assert out.returncode == 0, out.stderr
    features = json.loads(out.stdout)["features"]
    places = {
        f["properties"]["name"]: f["geometry"]["type"]
        for f in features
        if f["properties"]["feature"] == "place"
    }
    assert places["Nagorno-Karabakh"] in ("Polygon", "MultiPolygon")
    assert places["Azerbaijan"] in ("Polygon", "MultiPolygon")
    assert places["Gaziantep"] == "Point"
    legs = [f for f in features if f["properties"]["feature"] == "leg"]
    assert legs and any(len(f["geometry"]["coordinates"]) > 2 for f in legs)  # great circles


def test_analyze_directory_gives_a_list(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Rebels moved from Idlib to Afrin, the ministry said.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Floods hit Dhaka on Monday.", encoding="utf-8")
    out = run("analyze", str(tmp_path))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [d["document"]["id"] for d in data] == ["a", "b"]


def test_analyze_directory_skips_what_is_no_article_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Rebels moved from Idlib to Afrin, the ministry said.", encoding="utf-8"
    )
    (tmp_path / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Les rebelles ont quitté la ville de Idlib pour rejoindre Afrin, selon le ministère, "
        "qui a confirmé la nouvelle lundi soir dans un communiqué officiel.",
        encoding="utf-8",
    )
    out = run("analyze", str(tmp_path))
    assert out.returncode == 1
    assert json.loads(out.stdout)["document"]["id"] == "a"  # the article is not lost
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("claimmap: skipped ") for line in lines)
    assert "settings.json" in lines[0] + lines[1] and "English" in lines[0] + lines[1]


def test_analyze_directory_with_no_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    out = run("analyze", str(tmp_path))
    assert out.returncode == 2 and out.stderr.count("\n") == 1


def _jsonl(path: Path, rows: list[object]) -> None:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )


def test_geoparse_jsonl_one_row_per_input_row_and_errors_inline(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _jsonl(
        src,
        [
            {"id": "ok", "text": "Protesters marched in Cairo and Alexandria on Friday."},
            {"id": "empty", "text": ""},
            "{broken json",
            {"id": "notext"},
            {"id": "ok2", "text": "No place at all is named in this sentence about budgets."},
        ],
    )
    out = run("geoparse", "--jsonl", str(src), str(dst))
    assert out.returncode == 1, out.stderr  # rows failed: said on stderr, the rest written
    assert "3 of 5 rows failed" in out.stderr
    rows = [json.loads(line) for line in dst.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["ok", "empty", None, "notext", "ok2"]
    assert "error" in rows[1] and "error" in rows[2] and "error" in rows[3]
    names = {t["text"] for t in rows[0]["toponyms"]}
    assert {"Cairo", "Alexandria"} <= names
    for t in rows[0]["toponyms"]:
        assert set(t) >= {"start", "end", "name", "lat", "lon", "geonameid", "kind", "country_code"}
    assert rows[4]["toponyms"] == []


def test_claims_and_routes_jsonl_shapes(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    text = "The ministry said that 200 soldiers were sent from Kyiv to Kharkiv through Poltava."
    _jsonl(src, [{"id": "x", "text": text}])
    out = run("claims", "--jsonl", str(src), str(tmp_path / "claims.jsonl"))
    assert out.returncode == 0, out.stderr
    row = json.loads((tmp_path / "claims.jsonl").read_text())
    assert row["id"] == "x"
    for claim in row["claims"]:
        assert len(claim["content"]) == 2
        assert claim["claimant"] is None or len(claim["claimant"]) == 2
    out = run("routes", "--jsonl", str(src), str(tmp_path / "routes.jsonl"))
    assert out.returncode == 0, out.stderr
    row = json.loads((tmp_path / "routes.jsonl").read_text())
    assert row["id"] == "x"
    for mv in row["movements"]:
        assert set(mv) == {
            "trigger", "mover", "origin", "transit", "destination",
            "date", "date_precision", "date_span",
        }  # fmt: skip
        assert isinstance(mv["transit"], list)


def test_geocode_cli_ranks_and_prints_json() -> None:
    out = run("geocode", "Paris", "--country", "US", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["Paris"][0]["country_code"] == "US"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("analyze", "does/not/exist.txt"), "no such file"),
        (("geoparse", "--jsonl", "does/not/exist.jsonl", "out.jsonl"), "no such file"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    tmp_path: Path, args: tuple[str, ...], needle: str
) -> None:
    out = run(*args, cwd=tmp_path)
    assert out.returncode == 2
    assert needle in out.stderr.lower()
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"\xff\xfeb\x00a", "utf-16"),
        (b"caf\xe9 society", "utf-8"),
        (b"\x00\x01\x02\x03" * 10, "binary"),
    ],
)
def test_bad_articles_exit_2(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = run("analyze", str(path))
    assert out.returncode == 2, out.stdout
    assert needle in out.stderr.lower()
    assert "Traceback" not in out.stderr


def test_non_english_article_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le gouvernement a déclaré mardi que les combats dans la région se poursuivent et que "
        "les troupes ont été envoyées vers la frontière malgré les appels de la communauté "
        "internationale.",
        encoding="utf-8",
    )
    out = run("analyze", str(path))
    assert out.returncode == 2
    assert "english" in out.stderr.lower()


def test_bad_jsonl_input_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\x00\x00binary\x00")
    out = run("claims", "--jsonl", str(path), str(tmp_path / "out.jsonl"))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
