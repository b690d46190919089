"""What a fact-checker reads in a report: the data credit, plain notes instead of empty
tables, and a timeline that does not invent a year-2000 axis when nothing is dated."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import claimmap
from claimmap import figures, maps, report
from claimmap.config import notebooks_dir
from claimmap.model import Analysis, Document

CREDIT = (
    "Place data: GeoNames (geonames.org, CC BY 4.0); "
    "boundaries and basemap: Natural Earth (public domain)"
)


def html_of(view: object) -> str:
    data = view._repr_html_()  # type: ignore[attr-defined]
    assert isinstance(data, str)
    return data


@pytest.fixture(scope="module")
def undated_analysis() -> Analysis:
    """An invented article with one attributed claim, no date in it and none published."""
    doc = Document(
        id="undated",
        text=(
            "The harbour master of Valletta said the ferry to Catania would not sail, "
            "because of the storm.\n"
        ),
        title="Ferry held in port",
    )
    return claimmap.analyze(doc)


def test_index_and_report_views_credit_geonames(route_analysis: Analysis) -> None:
    entry = report.ReportEntry(route_analysis.document, "fixture-route.html", places=1)
    assert CREDIT in report.index_html([entry])
    assert CREDIT in html_of(report.data_credit())


def test_report_notebook_ends_with_the_credit_and_reads_for_a_fact_checker() -> None:
    source = (Path(notebooks_dir()) / "report.py").read_text(encoding="utf-8")
    assert source.rstrip().endswith("report.data_credit()")
    intro = source.split("# %%\n", 1)[0]
    assert "claimmap report` runs" not in intro
    assert "sentence" in intro and "check" in intro


def test_route_map_attribution_credits_geonames(route_analysis: Analysis) -> None:
    page = maps.route_map(route_analysis).get_root().render()
    assert "Place data: GeoNames (geonames.org, CC BY 4.0)" in page
    assert "Made with Natural Earth" in page


def test_no_unplaced_mention_gives_one_line_not_an_empty_table(route_analysis: Analysis) -> None:
    assert "Qwertyville" in html_of(report.unresolved_table(route_analysis))
    clean = dataclasses.replace(route_analysis, unresolved=())
    html = html_of(report.unresolved_table(clean))
    assert "Every place mention was placed." in html
    assert "<table" not in html and "why not placed" not in html


def test_no_claim_gives_one_line_not_an_empty_table(route_analysis: Analysis) -> None:
    assert "<table" in html_of(report.claims_table(route_analysis))
    html = html_of(report.claims_table(dataclasses.replace(route_analysis, claims=())))
    assert "No attributed claims were found." in html
    assert "<table" not in html and "modality" not in html


def test_timeline_without_any_date_hides_the_axis(undated_analysis: Analysis) -> None:
    assert undated_analysis.claims and all(c.date is None for c in undated_analysis.claims)
    layout = figures.claims_timeline(undated_analysis).layout
    assert layout.xaxis.visible is False and layout.yaxis.visible is False
    assert [a.text for a in layout.annotations] == ["No claim in this article carries a date"]
    no_claims = dataclasses.replace(undated_analysis, claims=())
    layout = figures.claims_timeline(no_claims).layout
    assert layout.xaxis.visible is False
    assert "No attributed claims" in layout.annotations[0].text


def test_timeline_without_claim_dates_centres_on_publication(route_analysis: Analysis) -> None:
    undated = tuple(
        dataclasses.replace(c, date=None, date_precision="unknown") for c in route_analysis.claims
    )
    fig = figures.claims_timeline(dataclasses.replace(route_analysis, claims=undated))
    published = route_analysis.document.published
    assert isinstance(published, datetime)
    lo, hi = fig.layout.xaxis.range
    assert lo < published < hi and published - lo == hi - published <= timedelta(days=7)
    assert fig.layout.xaxis.visible is not False
    assert "No claim in this article carries a date" in fig.layout.annotations[0].text
    assert all(x == published for t in fig.data if t.hoverinfo == "text" for x in t.x)


def test_timeline_with_dated_claims_keeps_its_own_axis(route_analysis: Analysis) -> None:
    layout = figures.claims_timeline(route_analysis).layout
    assert not layout.annotations and layout.xaxis.range is None


def test_movements_table_lists_each_event_with_its_slots(route_analysis: Analysis) -> None:
    html = html_of(report.movements_table(route_analysis))
    row = "<td>fighters</td><td>moved</td><td>Aleppo province</td><td>Gaziantep</td><td>Baku</td>"
    assert row in html
    assert "<td>militants</td><td>sending</td><td>northern Syria</td><td></td>" in html
    empty = html_of(report.movements_table(dataclasses.replace(route_analysis, movements=())))
    assert "No movement was found." in empty and "<table" not in empty


def test_corpus_table_counts_what_each_article_holds(
    route_analysis: Analysis, undated_analysis: Analysis
) -> None:
    html = html_of(report.corpus_table([route_analysis, undated_analysis]))
    legs = sum(len(r.legs) for r in route_analysis.routes)
    counts = f"<td>{len(route_analysis.places)}</td><td>{len(route_analysis.claims)}</td>"
    assert counts + f"<td>{legs}</td>" in html
    assert "<td>Ferry held in port</td>" in html
    assert "No article was read." in html_of(report.corpus_table([]))
