"""The geoparser's table view and its behaviour on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimmap.documents import from_text, load
from claimmap.errors import DocumentError
from claimmap.model import Document
from claimmap.nlp import load_nlp, parse
from claimmap.places import COLUMNS, extract_places, places

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_970ebeb8bf9b266c.txt"


@pytest.fixture(scope="module")
def seed_frame():  # type: ignore[no-untyped-def]
    return places(load(SEED))


def test_places_frame_has_one_row_per_mention(seed_frame) -> None:  # type: ignore[no-untyped-def]
    assert list(seed_frame.columns) == [*COLUMNS, "geometry"]
    assert seed_frame.crs.to_epsg() == 4326
    doc = load(SEED)
    found, _ = extract_places(doc, parse(doc))
    assert len(seed_frame) == sum(len(p.mentions) for p in found)
    assert list(seed_frame["start"]) == sorted(seed_frame["start"])
    for row in seed_frame.itertuples():
        assert doc.text[row.start : row.end] == row.text


def test_places_frame_geometry_is_polygon_when_the_gazetteer_has_one(seed_frame) -> None:  # type: ignore[no-untyped-def]
    by_name = {r.name: r for r in seed_frame.itertuples()}
    assert by_name["Baku"].geometry.geom_type == "Point"
    assert by_name["Baku"].geometry.x == pytest.approx(by_name["Baku"].lon)
    assert by_name["Turkey"].geometry.geom_type in {"Polygon", "MultiPolygon"}
    karabakh = by_name["Nagorno-Karabakh"].geometry
    assert karabakh.geom_type in {"Polygon", "MultiPolygon"}
    assert karabakh.bounds[0] < 46.7 < karabakh.bounds[2]
    assert by_name["Baku"].geonameid == 587084
    assert by_name["Damascus"].role == "actor"
    assert "demonym" in set(seed_frame["form"])


def test_empty_and_whitespace_text_is_refused_clearly() -> None:
    with pytest.raises(DocumentError, match="empty"):
        from_text("   \n ")


def test_a_document_without_text_gives_an_empty_result() -> None:
    doc = Document(id="blank", text="  ")
    assert extract_places(doc, load_nlp()(doc.text)) == ([], [])
    frame = places(Document(id="no-places", text="It was a quiet day and nothing happened at all."))
    assert len(frame) == 0 and list(frame.columns) == [*COLUMNS, "geometry"]


def test_non_english_text_is_refused_clearly() -> None:
    doc = from_text(
        "Le gouvernement a annoncé mardi que les négociations reprendraient à Genève la semaine "
        "prochaine, selon un communiqué du ministère des affaires étrangères.",
        doc_id="fr",
    )
    with pytest.raises(DocumentError, match="English"):
        places(doc)


def test_five_megabytes_are_refused_clearly() -> None:
    with pytest.raises(DocumentError, match="split it"):
        from_text("Troops moved from Aleppo to Baku. " * 160_000)


def test_binary_files_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(DocumentError):
        load(path)
