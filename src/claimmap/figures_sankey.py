"""How the route Sankey (:func:`claimmap.figures.route_flow`) fits a phone as well as a desk.

A report page draws the same figure at any width, down to a 390 px phone where the chart is
about 340 px wide. Plotly neither wraps a title nor keeps node labels apart: the one-line
title was cut at the screen's edge, and with the height capped at 360 px the nodes of small
flows were squeezed under the wide ones, and the label of a node (written to its right) ran
into the label of the next column's node (the last column's are written to its left). So:

- the title is a short line, its key (what faint and grey links mean) wrapped onto lines of
  at most :data:`TITLE_LINE_CHARS` characters below it, with room made above the plot;
- node labels are cut to :data:`LABEL_CHARS` characters (the full name shows on hover);
- the height grows with the fullest column's node count (:func:`flow_height`) instead of
  stopping at 360 px;
- the chart asks for the width at which each gap between columns holds the labels written
  into it (:func:`flow_min_width`); a report gives the figure that width at least and lets
  it scroll sideways on a narrower screen rather than draw labels over each other. Two or
  three columns of short names fit a phone.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from html import escape
from typing import Any

#: Where a figure's layout carries the width it needs (``layout.meta``), for the report.
MIN_WIDTH_KEY = "claimmap_min_width"
TITLE = "Alleged movements along the route"
TITLE_KEY = "faint: inferred, possible or planned legs; faint grey: legs only denied"

#: Characters of a title line: about 330 px of 13 px text, the width of a phone's chart.
TITLE_LINE_CHARS = 44
#: Characters of a node label; a longer place name is cut (hover shows it whole).
LABEL_CHARS = 18
#: Pixels per node in the fullest column: a label's line and the gap between nodes.
NODE_PX = 46
#: Height of a one-leg chart: a few legs stay short rather than a grey wall.
MIN_HEIGHT = 200
#: Height past which the chart stops growing (about 14 nodes in one column).
MAX_HEIGHT = 900
#: Pixels of one character of an 11 px node label (a little over the widest measured).
LABEL_CHAR_PX = 6.6
#: Node thickness, and the space plotly leaves between a node and its label.
NODE_THICKNESS = 14
_LABEL_OFFSET_PX = 4
#: Free pixels kept between two labels written into the same gap, or a label and a node.
_GAP_SPARE_PX = 14
#: Left and right margins of the chart.
SIDE_MARGIN = 10
_TITLE_PX = 19  # per title line
_TOP_PX = 14


def flow_layout(names: Sequence[str], sources: Sequence[int], targets: Sequence[int]) -> Any:
    """Layout settings of the route Sankey whose nodes are ``names`` (cut as
    :func:`short_label` does): title, height, margins and the width it needs."""
    title, lines = wrapped_title(TITLE, TITLE_KEY)
    depth = columns(len(names), sources, targets)
    top = top_margin(lines)
    return {
        "title": {
            "text": title,
            "font": {"size": 14},
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1.0,
            "yanchor": "top",
            "pad": {"t": _TOP_PX - 4},
        },
        "height": flow_height(len(names), sources, targets, lines),
        "margin": {"l": SIDE_MARGIN, "r": SIDE_MARGIN, "t": top, "b": 10},
        "meta": {MIN_WIDTH_KEY: flow_min_width([short_label(n) for n in names], depth)},
    }


def short_label(name: str) -> str:
    """``name`` cut to :data:`LABEL_CHARS` characters with an ellipsis.

    >>> short_label("Port Velmarsk International Airport")
    'Port Velmarsk Int…'
    """
    name = " ".join(name.split())
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def wrapped_title(title: str, key: str) -> tuple[str, int]:
    """The title (escaped) over its key wrapped in short, smaller lines, joined with
    ``<br>``, and how many lines that makes."""
    lines = textwrap.wrap(key, TITLE_LINE_CHARS)
    small = "".join(f"<br><span style='font-size:12px'>{escape(x)}</span>" for x in lines)
    return escape(title) + small, 1 + len(lines)


def top_margin(title_lines: int) -> int:
    """Pixels above the plot for a title of ``title_lines`` lines."""
    return _TOP_PX + _TITLE_PX * title_lines


def columns(n_nodes: int, sources: Sequence[int], targets: Sequence[int]) -> list[int]:
    """Each node's column as plotly lays a Sankey out ("justify"): the longest chain of
    links that leads to it, a node no link leaves in the last column. A link closing a loop
    ("Xyz → Abc → Xyz") is drawn as a circular link and sets no column."""
    back = _back(n_nodes, sources, targets)
    links = [(s, t) for s, t in zip(sources, targets, strict=True) if (s, t) not in back]
    depth = [0] * n_nodes
    for _ in range(n_nodes):  # longest path: at most as many rounds as nodes
        moved = False
        for s, t in links:
            if depth[t] < depth[s] + 1:
                depth[t] = depth[s] + 1
                moved = True
        if not moved:
            break
    last = max(depth, default=0)
    leaving = {s for s, _ in links}
    return [last if i not in leaving else d for i, d in enumerate(depth)]


def _back(n_nodes: int, sources: Sequence[int], targets: Sequence[int]) -> set[tuple[int, int]]:
    """Links that lead back to a node on the path to them (depth first, in node order)."""
    out: dict[int, list[int]] = {}
    for s, t in zip(sources, targets, strict=True):
        out.setdefault(s, []).append(t)
    state = [0] * n_nodes  # 0 unseen, 1 on the path, 2 done
    back: set[tuple[int, int]] = set()

    def visit(node: int) -> None:
        state[node] = 1
        for nxt in out.get(node, []):
            if state[nxt] == 1:
                back.add((node, nxt))
            elif state[nxt] == 0:
                visit(nxt)
        state[node] = 2

    for node in range(n_nodes):
        if state[node] == 0:
            visit(node)
    return back


def flow_min_width(labels: Sequence[str], depth: Sequence[int]) -> int:
    """Pixels of chart width at which no label runs into another label or into the next
    column's nodes: each gap holds the longest label of the column to its left, and the
    last gap also the longest of the last column (written leftwards); plotly spaces the
    columns evenly, so every gap is as wide as the widest need."""
    if not labels:
        return 0
    last = max(depth)
    longest = [0.0] * (last + 1)
    for label, column in zip(labels, depth, strict=True):
        longest[column] = max(longest[column], _label_px(label))
    needs = [longest[c] + (longest[last] if c == last - 1 else 0.0) for c in range(last)]
    gap = max(needs, default=0.0) + _GAP_SPARE_PX
    return round(2 * SIDE_MARGIN + NODE_THICKNESS * (last + 1) + gap * last)


def _label_px(label: str) -> float:
    return _LABEL_OFFSET_PX + LABEL_CHAR_PX * len(label)


def flow_height(
    n_nodes: int, sources: Sequence[int], targets: Sequence[int], title_lines: int
) -> int:
    """Height of the chart: room for every node of its fullest column and the title."""
    depth = columns(n_nodes, sources, targets)
    fullest = max((depth.count(d) for d in set(depth)), default=1)
    plot = NODE_PX * max(2, fullest)
    return max(MIN_HEIGHT, min(MAX_HEIGHT, top_margin(title_lines) + plot + 20))


__all__ = [
    "LABEL_CHARS",
    "MIN_WIDTH_KEY",
    "TITLE_LINE_CHARS",
    "columns",
    "flow_height",
    "flow_layout",
    "flow_min_width",
    "short_label",
    "top_margin",
    "wrapped_title",
]
