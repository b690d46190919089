"""Bad input gets a clear one-line error and loses nothing: real CLI runs on small temp files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimmap
from claimmap.documents import load_many

GOOD = (
    "Officials in Amman said on Tuesday that 120 families had travelled from Daraa to Irbid "
    "through the Ramtha crossing, the interior ministry reported.\n"
)
OTHER = "The navy said on Sunday that two patrol boats sailed from Tartus to Limassol.\n"
FRENCH = (
    "Le gouvernement régional annonce lundi que plusieurs centaines de familles sont arrivées "
    "dans la ville depuis la frontière. Les autorités locales ouvrent trois centres "
    "d'accueil et demandent une aide supplémentaire de l'État.\n"
)


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimmap.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _row(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text})


def _no_traceback(out: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in out.stderr, out.stderr


# --- 1, 3: report skips bad and non-English files named on the command line ---------------


def test_report_skips_bad_and_french_files_and_builds_the_rest(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "french.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out_dir = tmp_path / "out"
    out = run(
        "report", "empty.txt", "french.txt", "good.txt", "-o", out_dir, "--no-progress",
        cwd=tmp_path,
    )  # fmt: skip
    _no_traceback(out)
    assert out.returncode == 1, out.stderr
    lines = out.stderr.splitlines()
    assert any(ln.startswith("claimmap: skipped empty.txt") for ln in lines), out.stderr
    french = [ln for ln in lines if ln.startswith("claimmap: skipped french.txt")]
    assert french and "English" in french[0], out.stderr
    assert (out_dir / "good.html").is_file()
    assert not (out_dir / "french.html").exists()
    index = (out_dir / "index.html").read_text(encoding="utf-8")
    assert "good" in index and "french" not in index


def test_report_with_only_bad_files_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    out = run("report", tmp_path / "empty.txt", "-o", tmp_path / "out")
    _no_traceback(out)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines()[-1].startswith("claimmap: error:")
    assert not (tmp_path / "out").exists()


# --- 2, 7, 8: analyze keeps the good rows, makes -o's directory, names stray files ----------


def test_analyze_jsonl_keeps_good_rows_and_names_the_bad_one(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "in.jsonl",
        _row("first", GOOD),
        '{"id": "cut", "text": "Troops left Hama',
        _row("second", OTHER),
    )
    target = tmp_path / "new" / "deeper" / "x.json"
    out = run("analyze", src, "-o", target)
    _no_traceback(out)
    assert out.returncode == 1, out.stderr
    assert out.stderr.splitlines() == [
        f"claimmap: skipped {src}:2: not valid JSON (Unterminated string starting at)"
    ]
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert [a["document"]["id"] for a in payload] == ["first", "second"]
    said = {m["text"] for p in payload[0]["places"] for m in p["mentions"]}
    assert {"Daraa", "Irbid"} <= said


def test_analyze_directory_names_a_stray_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    out = run("analyze", tmp_path)
    _no_traceback(out)
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines() == [
        f"claimmap: ignored {tmp_path / 'photo.png'}: not an article file (.png); "
        "claimmap reads .txt, .json, .jsonl, .html, .htm"
    ]
    assert json.loads(out.stdout)["document"]["id"] == "good"


@pytest.mark.parametrize("fmt", ["json", "geojson"])
def test_analyze_a_directory_into_a_directory_writes_one_file_per_article(
    tmp_path: Path, fmt: str
) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "good.txt").write_text(GOOD, encoding="utf-8")
    (articles / "navy.txt").write_text(OTHER, encoding="utf-8")
    out = run("analyze", articles, "--format", fmt, "-o", f"{tmp_path / 'out'}/")
    _no_traceback(out)
    assert out.returncode == 0, out.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [f"good.{fmt}", f"navy.{fmt}"]
    navy = json.loads((tmp_path / "out" / f"navy.{fmt}").read_text(encoding="utf-8"))
    if fmt == "json":
        assert navy["document"]["id"] == "navy"
    else:
        assert any(f["properties"].get("name") == "Limassol" for f in navy["features"])
    again = run("analyze", articles / "navy.txt", "-o", tmp_path / "out")  # it exists now
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir())[-1] == "navy.json"


# --- 4, 5: batch JSONL commands -----------------------------------------------------------


def test_claims_jsonl_reports_failed_rows_and_passes_over_blank_lines(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "in.jsonl",
        _row("ok", OTHER),
        "",
        "[1, 2]",
        _row("blank", ""),
        _row("fr", FRENCH),
    )
    dst = tmp_path / "sub" / "out.jsonl"
    out = run("claims", "--jsonl", src, dst)
    _no_traceback(out)
    assert out.returncode == 1, out.stderr
    assert f"claimmap: {src}: blank line(s) 2 hold no row; no output row" in out.stderr
    assert f"claimmap: 3 of 4 rows failed; see the error rows in {dst}" in out.stderr
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["ok", None, "blank", "fr"]
    assert rows[0]["claims"] and "error" not in rows[0]
    assert all("error" in r for r in rows[1:])


def test_geoparse_jsonl_all_good_exits_zero(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _row("one", GOOD))
    dst = tmp_path / "out.jsonl"
    out = run("geoparse", "--jsonl", src, dst, "--forms", "name")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    (row,) = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert {t["text"] for t in row["toponyms"]} >= {"Daraa", "Irbid"}
    assert {t["form"] for t in row["toponyms"]} == {"name"}


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        (("--forms", "bogus"), "argument --forms: unknown form(s) bogus"),
        (("--forms", "name,"), None),  # a trailing comma is harmless
        (("--processes", "0"), "argument --processes: must be 1 or more, got 0"),
        (("--batch-size", "-3"), "argument --batch-size: must be 1 or more, got -3"),
    ],
)
def test_geoparse_option_values(tmp_path: Path, options: tuple[str, ...], needle: str) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _row("one", OTHER))
    dst = tmp_path / "out.jsonl"
    out = run("geoparse", "--jsonl", src, dst, *options)
    _no_traceback(out)
    if needle is None:
        assert out.returncode == 0, out.stderr
        return
    assert out.returncode == 2
    assert needle in out.stderr.splitlines()[-1]
    assert not dst.exists()


# --- 6: geocode option values --------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        (("--kind", "nonsense"), "argument --kind: invalid choice: 'nonsense'"),
        (("--country", "ZZZ"), "argument --country: 'ZZZ' is not an ISO 3166-1 alpha-2"),
        (("--limit", "0"), "argument --limit: must be 1 or more, got 0"),
        (("--limit", "two"), "argument --limit: 'two' is not a whole number"),
    ],
)
def test_geocode_bad_options_are_one_line_errors(options: tuple[str, ...], needle: str) -> None:
    out = run("geocode", "Lyon", *options)
    _no_traceback(out)
    assert out.returncode == 2
    assert needle in out.stderr.splitlines()[-1]


def test_geocode_accepts_every_kind_the_gazetteer_knows() -> None:
    out = run("geocode", "Lyon", "--kind", "facility", "--country", "fr", "--limit", "1")
    assert out.returncode == 0, out.stderr
    assert "Lyon" in out.stdout
    help_text = run("geocode", "--help").stdout
    assert "water" in help_text and "facility" in help_text


# --- 9: library use from a string ----------------------------------------------------------


def test_analyze_of_a_string_says_to_use_from_text() -> None:
    with pytest.raises(TypeError, match=r"claimmap\.from_text"):
        claimmap.analyze(OTHER)  # type: ignore[arg-type]
    doc = claimmap.from_text(OTHER, doc_id="navy")
    analysis = claimmap.analyze(doc)
    assert analysis.document.id == "navy"
    assert {"Tartus", "Limassol"} <= {m.text for p in analysis.places for m in p.mentions}


@pytest.mark.parametrize("verb", ["places", "claims", "routes"])
def test_every_verb_names_the_call_that_makes_a_document(verb: str) -> None:
    with pytest.raises(TypeError, match=rf"^{verb}\(\) needs .*claimmap\.from_text"):
        getattr(claimmap, verb)(OTHER)


def test_load_many_skips_bad_rows_only_when_asked(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _row("a", OTHER), "not json", _row("b", ""))
    with pytest.raises(claimmap.DocumentError, match=r"in\.jsonl:2"):
        load_many(src)
    skipped: list[claimmap.DocumentError] = []
    assert [d.id for d in load_many(src, skipped)] == ["a"]
    assert str(skipped[0]).startswith(f"{src}:2: not valid JSON")
    assert "the text is empty" in str(skipped[1])
