"""The shared frame of the table builders (scripts/seed_tables.py): a bad row stops the
build and names its line; a good seed is written with the columns asked for."""

from __future__ import annotations

import csv
import logging
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from seed_tables import build_table


def _seed(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _upper(row: dict[str, str]) -> dict[str, str] | str:
    if not row["city"]:
        return "no city"
    return {"name": row["name"], "city": row["city"].upper()}


def test_a_good_seed_is_written_with_its_columns(tmp_path: Path) -> None:
    seed = _seed(tmp_path / "seed.csv", [{"name": "Agency A", "city": "Lyon"}])
    out = tmp_path / "out.csv"
    code = build_table(
        ["-o", str(out)],
        description="t",
        seed=seed,
        output=out,
        columns=["name", "city"],
        build_row=_upper,
    )
    assert code == 0
    assert out.read_text(encoding="utf-8") == "name,city\nAgency A,LYON\n"


def test_a_bad_row_stops_the_build_and_names_its_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [{"name": "Agency A", "city": "Lyon"}, {"name": "Agency B", "city": ""}]
    seed = _seed(tmp_path / "seed.csv", rows)
    out = tmp_path / "out.csv"
    with caplog.at_level(logging.ERROR):
        code = build_table(
            ["-o", str(out)],
            description="t",
            seed=seed,
            output=out,
            columns=["name", "city"],
            build_row=_upper,
            check_table=lambda rows: [f"{len(rows)} good rows only"],
        )
    assert code == 1
    assert not out.exists()
    assert "seed.csv:3 Agency B: no city" in caplog.text
    assert "1 good rows only" in caplog.text


def test_check_writes_nothing(tmp_path: Path) -> None:
    seed = _seed(tmp_path / "seed.csv", [{"name": "Agency A", "city": "Lyon"}])
    out = tmp_path / "out.csv"
    code = build_table(
        ["--check", "-o", str(out)],
        description="t",
        seed=seed,
        output=out,
        columns=["name", "city"],
        build_row=_upper,
    )
    assert code == 0 and not out.exists()
