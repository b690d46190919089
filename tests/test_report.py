"""Static HTML reports: self-contained pages under 8 MB, an index with real counts, inert text."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

import claimmap
from claimmap import documents
from claimmap.assets import plotly_js
from claimmap.model import Document
from claimmap.report import (
    MAX_REPORT_BYTES,
    document_record,
    index_html,
    notebook_html,
    place_counts,
    safe_name,
)

EXTERNAL = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//", re.I
)
ROW = re.compile(
    r'<tr><td><a href="(?P<href>[^"]+)">(?P<title>.*?)</a><br><small>(?P<id>[^<]*)</small></td>'
    r"<td>(?P<outlet>[^<]*)</td><td>(?P<date>[^<]*)</td><td>(?P<places>\d+)</td>"
    r"<td>(?P<claims>\d+)</td><td>(?P<legs>\d+)</td>"
)


def index_rows(index: Path) -> list[dict[str, str]]:
    return [m.groupdict() for m in ROW.finditer(index.read_text(encoding="utf-8"))]


def assert_self_contained(page: str) -> None:
    assert not EXTERNAL.search(page), EXTERNAL.search(page)
    assert "require.min.js" not in page and "MathJax.js" not in page
    assert "<script src=" not in page and '<link href="http' not in page


def test_fixture_reports_index_lists_counts_and_links(fixture_reports: Path) -> None:
    rows = index_rows(fixture_reports)
    assert [(r["id"], r["places"], r["claims"], r["legs"]) for r in rows] == [
        ("fixture-route", "6", "2", "3"),
        ("fixture-xss", "6", "2", "3"),
    ]
    assert rows[0]["href"] == "fixture-route.html" and rows[0]["outlet"] == "Example Wire"
    assert rows[0]["date"] == "2020-10-06"
    for row in rows:
        assert (fixture_reports.parent / row["href"]).is_file()


def test_fixture_report_is_self_contained_small_and_hides_code(fixture_reports: Path) -> None:
    page = (fixture_reports.parent / "fixture-route.html").read_text(encoding="utf-8")
    assert len(page.encode()) <= MAX_REPORT_BYTES
    assert_self_contained(page)
    assert "claimmap.analyze" not in page and "build_route_analysis" not in page  # code hidden
    assert "<title>Fighters moved to Baku, officials say</title>" in page
    assert page.count('class="cm-map-frame"') == 1  # the route map, in its iframe
    # flow, timeline (the legs table is HTML, linked): each an empty div and its JSON, drawn
    # by plotly.js packed once at the end, not inlined in the middle of the page
    assert page.count('class="cm-figure plotly-graph-div"') == 2
    assert page.count('id="cm-plotly-gz"') == 1
    assert page.rfind("cm-plotly-gz") > page.rfind("cm-text")  # after the article's text
    assert plotly_js()[:2000] not in page and len(page.encode()) < 4_000_000
    # annotated text: a place inside a claim carries both, with offsets
    assert 'title="Aleppo (admin1) [54, 69); French government, asserted [36, 130)"' in page
    assert "Qwertyville</td><td>no gazetteer entry" in page  # set aside with its reason


def test_hostile_article_renders_escaped(fixture_reports: Path) -> None:
    page = (fixture_reports.parent / "fixture-xss.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "<h1>Route &lt;script&gt;alert(1)&lt;/script&gt;" in page
    index = fixture_reports.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in index and "Route &lt;script&gt;" in index


def test_seed_report_matches_the_pipeline(seed_reports: Path) -> None:
    seed = claimmap.load(Path(__file__).parent.parent / "seeds" / "000_970ebeb8bf9b266c.txt")
    analysis = claimmap.analyze(seed)
    (row,) = index_rows(seed_reports)
    assert row["title"] == "Russia says Nagorno-Karabakh could turn into launch pad for terrorists"
    assert (row["outlet"], row["date"]) == ("Press TV", "2020-10-06")
    assert int(row["places"]) == len(analysis.places) >= 10
    assert int(row["claims"]) == len(analysis.claims) >= 4
    assert int(row["legs"]) == sum(len(r.legs) for r in analysis.routes) >= 3
    page = (seed_reports.parent / row["href"]).read_text(encoding="utf-8")
    assert len(page.encode()) <= MAX_REPORT_BYTES
    assert_self_contained(page)
    for name in ("Gaziantep", "Baku", "Nagorno-Karabakh"):
        assert name in page


def test_failing_article_is_listed_with_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmap.report import build_reports

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        nbformat.v4.new_code_cell('article_path = ""', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise RuntimeError('no luck with ' + article_path[-9:])"),
    ]
    (tmp_path / "nb").mkdir()
    nbformat.write(nb, tmp_path / "nb" / "report.ipynb")
    monkeypatch.setenv("CLAIMMAP_NOTEBOOKS", str(tmp_path / "nb"))
    doc = Document(id="bad/one", text="Some text about Baku.", title="Bad")
    index = build_reports([doc], tmp_path / "out", progress=False)
    html = index.read_text(encoding="utf-8")
    assert "RuntimeError: no luck with _one.json" in html
    assert not (tmp_path / "out" / "bad_one.html").exists()


def test_notebook_html_drops_cdn_scripts_and_code() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title\n\n$x^2$"), nbformat.v4.new_code_cell("1+1")]
    nb.cells[1].outputs = [
        nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)
    ]
    html = notebook_html(nb)
    assert_self_contained(html)
    assert "1+1" not in html and "<pre>2</pre>" in html


def test_index_html_escapes_and_links() -> None:
    from claimmap.report import ReportEntry

    doc = Document(id="a&b", text="x", title="<b>T</b>", outlet="O<")
    html = index_html([ReportEntry(doc, "a_b.html", 3, 2, 1, size=1_500_000)])
    assert '<a href="a_b.html">&lt;b&gt;T&lt;/b&gt;</a><br><small>a&amp;b</small>' in html
    assert "<td>O&lt;</td>" in html and "<td>3</td><td>2</td><td>1</td><td>1.5 MB</td>" in html


@pytest.mark.parametrize(
    ("doc_id", "name"),
    [("000_970ebeb8bf9b266c", "000_970ebeb8bf9b266c"), ("a/b c", "a_b_c"), ("..", "article")],
)
def test_safe_name(doc_id: str, name: str) -> None:
    assert safe_name(doc_id) == name


def test_document_record_round_trips(tmp_path: Path, route_doc: Document) -> None:
    import json

    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document_record(route_doc)), encoding="utf-8")
    back = claimmap.load(path)
    assert back.text == route_doc.text and back.title == route_doc.title
    assert back.published == route_doc.published and back.id == route_doc.id


def test_place_counts(route_analysis: claimmap.Analysis) -> None:
    rows = place_counts([route_analysis, route_analysis])
    assert rows[0][2] == 1  # same document twice counts once
    assert ("Baku", "city", 1, 2) in rows


def test_routes_summary_says_when_no_movement_was_found() -> None:
    from claimmap.report_views import routes_summary

    quiet = claimmap.analyze(
        documents.from_text("The minister said on Monday that talks in Oslo went well.")
    )
    assert "No alleged movement between places was found" in routes_summary(quiet).data
    moved = claimmap.analyze(
        documents.from_text(
            "Officials said 300 fighters were flown from Tripoli to Bamako last week."
        )
    )
    assert "1 leg(s): 1 stated" in routes_summary(moved).data
