"""A leg only its deniers tell ("X denied that its ships carried rifles from A to B", no
one alleging it) reads "denied": in the legs frame, the JSON, the legs table, the map
(grey dots and a legend entry), the popup, the Sankey and the report. A leg someone
alleges and another denies keeps the alleged mood, with the denier in ``denied_by``.
Articles invented for these tests."""

from __future__ import annotations

import pytest

import claimmap
from claimmap import maps
from claimmap.export import analysis_json
from claimmap.figures import legs_frame as table_frame
from claimmap.figures import route_flow
from claimmap.maps_html import leg_popup
from claimmap.model import Analysis
from claimmap.report_views import routes_summary
from claimmap.routes_frame import legs_frame

ONLY_DENIED = (
    "Navy rejects arms report\nReuters, 2025-06-04\n"
    "Ruritania's defence ministry on Tuesday denied that its ships had carried rifles "
    "from Odessa to Benghazi, calling the idea absurd.\n"
)
ALLEGED_AND_DENIED = (
    "Panel says rifles reached Libya\nReuters, 2025-06-04\n"
    "A United Nations panel said rifles were shipped from Odessa to Benghazi in March.\n\n"
    "Ruritania's defence ministry on Tuesday denied that any rifles had been shipped from "
    "Odessa to Benghazi.\n"
)
POSSIBLE_AND_DENIED = (
    "Rifles may have reached Libya\nReuters, 2025-06-04\n"
    "A United Nations panel said rifles may have been shipped from Odessa to Benghazi.\n\n"
    "Ruritania's defence ministry on Tuesday denied that any rifles had been shipped from "
    "Odessa to Benghazi.\n"
)


def _analysis(text: str) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _rows(a: Analysis) -> list[dict[str, object]]:
    frame = legs_frame(a.routes, a.places, a.claims)
    return [
        {k: r[k] for k in ("from_name", "to_name", "mood", "claimants", "denied_by")}
        for r in frame.to_dict("records")
    ]


@pytest.fixture(scope="module")
def only_denied() -> Analysis:
    return _analysis(ONLY_DENIED)


def test_a_leg_only_denied_reads_denied(only_denied: Analysis) -> None:
    assert _rows(only_denied) == [
        {
            "from_name": "Odesa",
            "to_name": "Benghazi",
            "mood": "denied",
            "claimants": ["Ruritania defence ministry"],
            "denied_by": ["Ruritania defence ministry"],
        }
    ]
    (route,) = analysis_json(only_denied)["routes"]
    assert [leg["mood"] for leg in route["legs"]] == ["denied"]
    # the movement itself keeps how it is told; only the leg says no one alleges it
    assert {m.mood for m in only_denied.movements} == {"made"}


def test_a_leg_alleged_and_denied_keeps_its_mood_and_names_the_denier() -> None:
    (row,) = _rows(_analysis(ALLEGED_AND_DENIED))
    assert (row["from_name"], row["to_name"], row["mood"]) == ("Odesa", "Benghazi", "made")
    assert row["denied_by"] == ["Ruritania defence ministry"]
    assert "United Nations" in row["claimants"]  # type: ignore[operator]


def test_a_leg_told_as_possible_and_denied_stays_possible() -> None:
    (row,) = _rows(_analysis(POSSIBLE_AND_DENIED))
    assert (row["mood"], row["denied_by"]) == ("possible", ["Ruritania defence ministry"])


def test_the_map_draws_a_denied_leg_grey_and_dotted_with_a_legend_entry(
    only_denied: Analysis,
) -> None:
    html = maps.route_map(only_denied).get_root().render()
    assert '"color": "#9a9a9a"' in html
    assert '"dashArray": "1 7"' in html
    assert "cm-leg cm-stated cm-denied" in html
    assert "leg only denied (told by its denier, alleged by no one)" in html
    # the legend's swatch, JSON-escaped inside the page's script
    assert r"stroke=\"#9a9a9a\" stroke-width=\"3\" stroke-dasharray=\"2 4\"" in html
    route = only_denied.routes[0]
    popup = leg_popup(only_denied, route, route.legs[0])
    assert "stated leg (only denied: no one alleges it)" in popup
    assert "contested: denied by Ruritania defence ministry" in popup


def test_a_map_without_denied_legs_has_no_denied_legend() -> None:
    html = maps.route_map(_analysis(ALLEGED_AND_DENIED)).get_root().render()
    assert "leg only denied" not in html and "#9a9a9a" not in html


def test_table_sankey_and_report_read_denied(only_denied: Analysis) -> None:
    (row,) = table_frame(only_denied).to_dict("records")
    assert (row["from"], row["to"], row["mood"]) == ("Odesa", "Benghazi", "denied")
    link = route_flow(only_denied).data[0].link
    assert list(link.color) == ["rgba(154,154,154,0.25)"]
    (label,) = link.label
    assert label.endswith("(stated, denied)")
    note = routes_summary(only_denied).data
    assert "Of these, 1 told as denied, alleged by no one" in note
