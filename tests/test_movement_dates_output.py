"""Movement and leg dates where movements and legs are shown: the ``analyze`` JSON and
GeoJSON, the ``routes --jsonl`` rows, the routes GeoDataFrame, the legs table, the leg
popup and the report's movements table."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from claimmap import figures
from claimmap.export import analysis_geojson, analysis_json, movement_pairs
from claimmap.maps_html import leg_popup
from claimmap.model import Analysis, Span
from claimmap.report_views import movements_table
from claimmap.routes_frame import COLUMNS, legs_frame


@pytest.fixture(scope="module")
def dated(route_analysis: Analysis) -> Analysis:
    """The route fixture with its first movement told "on Monday" (5 October 2020) and its
    first leg spanning that day; the second movement and the other legs undated."""
    text = route_analysis.document.text
    at = text.index("on Monday") + 3
    first = dataclasses.replace(
        route_analysis.movements[0],
        date=date(2020, 10, 5),
        date_precision="day",
        date_span=Span(route_analysis.document.id, at, at + 6, "Monday"),
    )
    route = route_analysis.routes[0]
    leg = dataclasses.replace(
        route.legs[0],
        date_start=date(2020, 9, 28),
        date_end=date(2020, 10, 4),
        date_precision="week",
    )
    routes = (dataclasses.replace(route, legs=(leg, *route.legs[1:])), *route_analysis.routes[1:])
    movements = (first, *route_analysis.movements[1:])
    return dataclasses.replace(route_analysis, movements=movements, routes=routes)


def test_analyze_json_dates_movements_and_legs(dated: Analysis) -> None:
    data = analysis_json(dated)
    first, second = data["movements"][:2]
    assert (first["date"], first["date_precision"]) == ("2020-10-05", "day")
    span = first["date_span"]
    assert dated.document.text[span["start"] : span["end"]] == span["text"] == "Monday"
    assert (second["date"], second["date_precision"], second["date_span"]) == (
        None,
        "unknown",
        None,
    )
    legs = data["routes"][0]["legs"]
    assert (legs[0]["date_start"], legs[0]["date_end"], legs[0]["date_precision"]) == (
        "2020-09-28",
        "2020-10-04",
        "week",
    )
    assert (legs[1]["date_start"], legs[1]["date_end"], legs[1]["date_precision"]) == (
        None,
        None,
        "unknown",
    )
    props = [f["properties"] for f in analysis_geojson(dated)["features"]]
    leg_props = [p for p in props if p["feature"] == "leg"]
    assert (leg_props[0]["date_start"], leg_props[0]["date_end"]) == ("2020-09-28", "2020-10-04")


def test_routes_jsonl_rows_carry_the_date_as_a_pair(dated: Analysis) -> None:
    row = movement_pairs(dated.movements[0])
    start = dated.document.text.index("on Monday") + 3
    assert (row["date"], row["date_precision"], row["date_span"]) == (
        "2020-10-05",
        "day",
        [start, start + 6],
    )
    assert movement_pairs(dated.movements[1])["date_span"] is None


def test_routes_geodataframe_has_the_date_columns(dated: Analysis) -> None:
    frame = legs_frame(dated.routes, dated.places, dated.claims)
    assert list(frame.columns) == [*COLUMNS, "geometry"]
    assert list(COLUMNS[-3:]) == ["date_start", "date_end", "date_precision"]
    assert frame["date_start"].iloc[0] == date(2020, 9, 28)
    assert frame["date_end"].iloc[0] == date(2020, 10, 4)
    assert list(frame["date_precision"]) == ["week", "unknown", "unknown"]
    assert frame["date_start"].iloc[1] is None


def test_legs_table_and_popup_show_the_dates(dated: Analysis) -> None:
    frame = figures.legs_frame(dated)
    assert list(frame["date"]) == ["2020-09-28 – 2020-10-04 (week)", "", ""]
    table = figures.legs_table(dated).data[0]
    header = list(table.header.values)
    cells = list(table.cells.values[header.index("date")])
    assert cells == ["2020-09-28 – 2020-10-04 (week)", "", ""]
    route = dated.routes[0]
    assert "2020-09-28 – 2020-10-04 (week)" in leg_popup(dated, route, route.legs[0])
    assert "(week)" not in leg_popup(dated, route, route.legs[1])


def test_movements_table_has_a_date_column(dated: Analysis) -> None:
    html = movements_table(dated)._repr_html_()  # type: ignore[attr-defined]
    assert "<th>date</th>" in html
    assert "<td>Baku</td><td>2020-10-05 (day)</td>" in html
