"""Loading articles: every accepted format, metadata, and clear errors for bad input."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from claimmap.document_text import looks_english
from claimmap.documents import from_text, load, load_many
from claimmap.errors import DocumentError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_970ebeb8bf9b266c.txt"


def test_seed_loads_with_its_sidecar() -> None:
    doc = load(SEED)
    assert doc.id == "000_970ebeb8bf9b266c"
    assert doc.outlet == "Press TV"
    assert doc.published == datetime(2020, 10, 6, 15, 57)
    assert doc.title is not None and doc.title.startswith("Russia says Nagorno-Karabakh")
    assert doc.lang == "en"
    assert doc.text.startswith("A high-ranking Russian official has warned")
    assert doc.text == SEED.read_text(encoding="utf-8")


def test_seeds_directory_gives_one_document_per_text(tmp_path: Path) -> None:
    docs = load_many(ROOT / "seeds")
    assert [d.id for d in docs] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def test_jsonl_rows_and_default_ids(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Troops moved to Kyiv.", "outlet": "AP"})
        + "\n\n"
        + json.dumps({"text": "Rain fell in Lima."})
        + "\n",
        encoding="utf-8",
    )
    docs = load_many(path)
    assert [(d.id, d.outlet) for d in docs] == [("a", "AP"), ("batch-3", None)]
    with pytest.raises(DocumentError, match="holds 2 articles"):
        load(path)


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Talks in Doha.", "published": "2021-03-01"}))
    assert load(one).published == datetime(2021, 3, 1)
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "A in Oslo."}, {"text": "B in Rome."}]))
    assert [d.id for d in load_many(many)] == ["many-1", "many-2"]


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    body = " ".join(
        ["The ministry said aid convoys reached Mosul on Monday after a long delay."] * 6
    )
    page.write_text(
        "<html><head><title>Aid reaches Mosul</title><script>alert('x')</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Aid reaches Mosul</h1><p>{body}</p>"
        "<p>Officials said more convoys would follow from Erbil within days.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    doc = load(page)
    assert "reached Mosul" in doc.text
    assert "alert" not in doc.text
    assert doc.title == "Aid reaches Mosul"


def test_html_publication_time_in_the_pages_own_zone(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    body = " ".join(["Refugees crossed into Sudan near Hamdayet, aid workers said on Tuesday."] * 6)
    page.write_text(
        '<html><head><meta property="article:published_time" content="2021-03-23T22:45:00-05:00">'
        f"<title>Refugees cross</title></head><body><article><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert load(page).published == datetime(2021, 3, 23, 22, 45)  # its own evening, not UTC


def test_windows_line_ends_become_newlines(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(b"Convoy reaches Goris\r\n\r\nThe convoy reached Goris, officials said.")
    doc = load(story)
    assert "\r" not in doc.text
    assert doc.text.index("Goris,") == 41  # the offset Python's own open() gives


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Caf\xe9 in Beirut was shelled", "not UTF-8"),
    ],
)
def test_bad_text_files_raise_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as info:
        load(path)
    assert str(path) in str(info.value)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Shelling near Donetsk.".encode("utf-16"))
    assert load(path).text == "Shelling near Donetsk."


def test_missing_path_and_bad_suffix(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load(tmp_path / "nope.txt")
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF-1.4")
    with pytest.raises(DocumentError, match="unsupported file type"):
        load(odd)


def test_bad_sidecar_and_bad_date(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Clashes in Idlib.")
    (tmp_path / "a.meta.json").write_text('{"published": "last week"}')
    with pytest.raises(DocumentError, match="ISO 8601"):
        load(text)


def test_huge_text_is_refused_not_truncated() -> None:
    with pytest.raises(DocumentError, match="split it"):
        from_text("Aleppo is a city. " * 200_000)


def test_jsonl_bad_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{not json\n')
    with pytest.raises(DocumentError, match=r"bad.jsonl:2"):
        load_many(path)


def test_language_check() -> None:
    assert looks_english(SEED.read_text(encoding="utf-8"))
    german = (
        "Die Regierung hat am Dienstag erklärt, dass die Kämpfe in der Region weitergehen "
        "und dass keine Einigung mit den Nachbarn in Sicht ist, obwohl viele Länder dazu aufrufen."
    )
    assert not looks_english(german)
    assert looks_english("Fighting in Tripoli")  # too short to judge: accepted


def test_sidecar_keys_under_other_tools_names(tmp_path: Path) -> None:
    """news-please / newspaper3k / GDELT-style exports name the outlet "source" or
    "publisher" and the date "date"."""
    article = tmp_path / "wire.txt"
    article.write_text("Officials said on Monday that the convoy reached the border town.")
    meta = {"source": "Anadolu Agency", "date": "2024-03-05", "language": "en"}
    (tmp_path / "wire.meta.json").write_text(json.dumps(meta))
    doc = load(article)
    assert doc.outlet == "Anadolu Agency"
    assert doc.published is not None and doc.published.date().isoformat() == "2024-03-05"
    both = {"outlet": "Reuters", "source": "ignored", "text": "The minister said so.", "id": "x"}
    (tmp_path / "rows.jsonl").write_text(json.dumps(both) + "\n")
    assert load(tmp_path / "rows.jsonl").outlet == "Reuters"
