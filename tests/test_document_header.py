"""The header lines of pasted wire copy: headline, outlet and date line (document_header)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import claimmap
from claimmap.document_header import parse_date, read_header

WIRE = (
    "Rebels tighten grip around Goma as Kinshasa accuses Rwanda of sending troops from Gisenyi\n"
    "Reuters, 2025-03-12\n"
    "GOMA, Democratic Republic of Congo (Reuters) - Rebels pushed to within 15 km of Goma on "
    "Tuesday, local officials said.\n"
)


@pytest.mark.parametrize(
    ("text", "title", "outlet", "published"),
    [
        (WIRE, WIRE.split("\n")[0], "Reuters", datetime(2025, 3, 12)),
        (
            "Drones hit Odesa port\nKyiv Independent, 2025-08-21\nODESA, Ukraine — Drones struck.",
            "Drones hit Odesa port",
            "Kyiv Independent",
            datetime(2025, 8, 21),
        ),
        (
            "Floods in Sindh\nBy Jane Doe | AP | March 12, 2025 10:30 GMT\n\nThe river rose.",
            "Floods in Sindh",
            "AP",
            datetime(2025, 3, 12, 10, 30),
        ),
        (
            "Aid convoy reaches Tawila\nAl Jazeera | Mon, Jan 6, 2025 at 2:30 p.m.\nThe convoy ...",
            "Aid convoy reaches Tawila",
            "Al Jazeera",
            datetime(2025, 1, 6, 14, 30),
        ),
        (  # an agency's dotted initialism is part of its name, not a sentence end
            "Two charged over chip exports\nU.S. Department of Commerce, 2025-06-03\nWASHINGTON —",
            "Two charged over chip exports",
            "U.S. Department of Commerce",
            datetime(2025, 6, 3),
        ),
        (
            "Strike in the Bekaa\n\nPublished: 5 March 2024\nThe army said.",
            "Strike in the Bekaa",
            None,
            datetime(2024, 3, 5),
        ),
    ],
)
def test_header_lines_give_title_outlet_and_date(
    text: str, title: str, outlet: str | None, published: datetime
) -> None:
    header = read_header(text)
    assert (header.title, header.outlet, header.published) == (title, outlet, published)


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended on March 12, 2025, officials said.\nThe next round is in May.",
        "Ministers met in Brussels, 2025-03-12 was the deadline they set for a deal\nMore text.",
        "A headline with no date line\nThe body starts here and runs on.",
        "Talks stall\nThe U.S. balked. Then, 2025-03-12\nMore text.",
        "",
    ],
)
def test_prose_with_a_date_is_no_header(text: str) -> None:
    assert read_header(text).published is None


def test_impossible_dates_are_refused() -> None:
    assert parse_date("2025-02-30") is None
    assert parse_date("31 April 2024") is None
    assert parse_date("April 30, 2024") == datetime(2024, 4, 30)


def test_a_text_file_takes_its_dates_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "goma.txt"
    text = WIRE.replace(
        "Rebels pushed to within 15 km of Goma on",
        "Hundreds of rebel fighters were driven from Bukavu to Goma on",
    )
    path.write_text(text, encoding="utf-8")
    doc = claimmap.load(path)
    assert (doc.outlet, doc.published) == ("Reuters", datetime(2025, 3, 12))
    assert doc.title is not None and doc.title.startswith("Rebels tighten grip")
    assert doc.text == text  # the header stays in the text: offsets are the file's
    analysis = claimmap.analyze(doc)
    claim = next(c for c in analysis.claims if "driven" in c.content.text)
    # "local officials said" carries no date: the saying is dated by the header's date
    assert (claim.date.isoformat(), claim.date_precision) == ("2025-03-12", "published")
    moved = next(m for m in analysis.movements if m.trigger.text == "driven")
    # "on Tuesday" dates the driving, the day before Wednesday 12 March
    assert (moved.date.isoformat(), moved.date_precision) == ("2025-03-11", "day")


def test_sidecar_metadata_wins_over_the_header(tmp_path: Path) -> None:
    path = tmp_path / "goma.txt"
    path.write_text(WIRE, encoding="utf-8")
    path.with_name("goma.meta.json").write_text(
        '{"outlet": "Wire desk", "published": "2025-03-13T08:00:00"}', encoding="utf-8"
    )
    doc = claimmap.load(path)
    assert (doc.outlet, doc.published) == ("Wire desk", datetime(2025, 3, 13, 8))


def test_header_lines_end_their_sentences() -> None:
    doc = claimmap.from_text(WIRE)
    places = claimmap.analyze(doc).places
    gisenyi = next(p for p in places if p.name == "Gisenyi")
    # the headline's last word is a place of its own, not glued to the outlet line below
    assert [m.text for m in gisenyi.mentions] == ["Gisenyi"]
    movements = claimmap.analyze(doc).movements
    origins = [m.origin.span.text for m in movements if m.origin]
    assert origins == ["Gisenyi"]  # not "Gisenyi\nReuters"
