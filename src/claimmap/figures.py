"""Plotly figures and tables of an analysis: claims timeline, route flow, legs with distances.

The figures never need the network: no geo traces (those fetch topojson from a CDN), no
MathJax, and :func:`to_html` / :func:`show` inline plotly.js from the installed wheel.
Text from the article is HTML-escaped before it reaches hover labels or table cells.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING, Any

from claimmap.figures_sankey import flow_layout, short_label
from claimmap.maps import palette_for, ranked_sources
from claimmap.maps_html import (
    DENIED,
    claimant_name,
    claimant_names,
    date_text,
    leg_dates,
    leg_label,
    leg_rows,
    short,
)
from claimmap.model import Analysis, Claim
from claimmap.routes import geodesic_km

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

#: Half-width, in days, of the interval a date of each precision stands for.
PRECISION_DAYS: dict[str, float] = {"day": 0.5, "week": 3.5, "month": 15.0, "year": 182.5}
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}
_plotlyjs_sent = False


def legs_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per leg: route, mover, from, to, status, mood, dates, geodesic km, claimants,
    who of them denies the leg (a denial is listed with the leg it contests, never as its
    support: :mod:`claimmap.routes_denials`), evidence."""
    import pandas as pd

    rows = []
    for route, i, leg, start, end, said in leg_rows(analysis):
        km = leg.distance_km  # None on purpose between touching countries (no honest length)
        rows.append(
            {
                "route": route.id,
                "leg": i,
                "mover": short(leg_label(analysis, route, leg), 48),
                "from": start,
                "to": end,
                "status": leg.status,
                "mood": leg.mood,
                "date": leg_dates(leg),
                "distance_km": None if km is None else round(km, 1),
                "claimants": claimant_names(said),
                "denied_by": claimant_names(c for c in said if c.modality == "denied"),
                "evidence": "; ".join(f"[{s.start}, {s.end})" for s in leg.evidence),
            }
        )
    columns = ["route", "leg", "mover", "from", "to", "status", "mood", "date", "distance_km"]
    columns += ["claimants", "denied_by"]
    return pd.DataFrame(rows, columns=[*columns, "evidence"])


def claims_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per claim: claimant, outlet, date and precision, modality, content, offsets."""
    import pandas as pd

    names = {p.id: p.name for p in analysis.places}
    rows = [
        {
            "claim": c.id,
            "claimant": claimant_name(c),
            "outlet": c.outlet.text if c.outlet else None,
            "date": c.date,
            "precision": c.date_precision,
            "modality": c.modality,
            "content": c.content_text,
            "places": ", ".join(names.get(p, p) for p in c.place_ids),
            "start": c.content.start,
            "end": c.content.end,
        }
        for c in analysis.claims
    ]
    columns = ["claim", "claimant", "outlet", "date", "precision", "modality", "content"]
    return pd.DataFrame(rows, columns=[*columns, "places", "start", "end"])


def _when(claim: Claim, analysis: Analysis) -> tuple[datetime | None, bool]:
    """When to plot a claim, and whether that is its own date (else the publication date)."""
    if claim.date is not None and claim.date_precision != "published":
        return datetime.combine(claim.date, datetime.min.time()) + timedelta(hours=12), True
    published = analysis.document.published
    return (published, False) if published else (None, False)


def claims_timeline(analysis: Analysis) -> go.Figure:
    """Claims over time, one row per claimant; the error bar spans the date's precision.

    Claims with no date of their own are drawn hollow at the publication date, non-answers
    as a cross. When no claim has a date of its own, the axis is centred on the publication
    date, or hidden behind a note if there is none (plotly's empty default axis would read
    as year 2000).
    """
    import plotly.graph_objects as go

    colours = palette_for(ranked_sources(analysis))
    fig = go.Figure()
    skipped = 0
    for who, colour in colours.items():
        xs, bars, hover, symbols = [], [], [], []
        for claim in (c for c in analysis.claims if claimant_name(c) == who):
            when, own = _when(claim, analysis)
            if when is None:
                skipped += 1
                continue
            xs.append(when)
            half = timedelta(days=PRECISION_DAYS.get(claim.date_precision, 0.0) if own else 0.0)
            bars += [when - half, when + half, None]
            # a non-answer is no claim either way: a cross, not a dot
            symbols.append(
                "x" if claim.kind == "non_answer" else "circle" if own else "circle-open"
            )
            hover.append(_claim_hover(claim, own))
        if not xs:
            continue
        label = escape(who)
        fig.add_trace(
            go.Scatter(
                x=bars,
                y=[label if x is not None else None for x in bars],
                mode="lines+markers",
                line={"color": colour, "width": 3},
                marker={"symbol": "line-ns", "size": 12, "line": {"width": 2, "color": colour}},
                hoverinfo="skip",
                showlegend=False,
            )
        )
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=[label] * len(xs),
                mode="markers",
                name=label,
                marker={"color": colour, "size": 13, "symbol": symbols, "line": {"width": 2}},
                hovertext=hover,
                hoverinfo="text",
            )
        )
    title = "Claims by date (bars: how precise the date is; hollow: undated, at publication)"
    if skipped:
        title += f" — {skipped} undated claim(s) not shown"
    fig.update_layout(
        title={"text": escape(title), "font": {"size": 14}},
        height=160 + 50 * max(1, len(colours)),
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        xaxis={"type": "date", "title": "date"},
        yaxis={"automargin": True},
        showlegend=False,
        template="plotly_white",
    )
    if not any(c.date is not None and c.date_precision != "published" for c in analysis.claims):
        _undated_axis(fig, analysis)
    return fig


#: Days shown either side of the publication date when no claim carries a date.
UNDATED_SPAN_DAYS = 7


def _undated_axis(fig: go.Figure, analysis: Analysis) -> None:
    """Frame a timeline where no claim has a date: the publication week, or a note alone."""
    published = analysis.document.published
    if not analysis.claims:
        text = "No attributed claims were found in this article"
    else:
        text = "No claim in this article carries a date"
    if published is not None:
        span = timedelta(days=UNDATED_SPAN_DAYS)
        fig.update_xaxes(range=[published - span, published + span])
        text += " (hollow dots: shown at the publication date)" if analysis.claims else ""
    else:
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
    fig.add_annotation(
        text=escape(text),
        xref="paper",
        yref="paper",
        x=0.5,
        # above the dots at the publication date, else alone in the middle
        y=0.97 if published is not None and analysis.claims else 0.5,
        yanchor="top" if published is not None and analysis.claims else "middle",
        showarrow=False,
        font={"size": 13, "color": "#555"},
    )


#: what a claim that is not a statement of fact is, in its hover
_HOW = {"non_answer": "did not answer", "stance": "stance"}


def _claim_hover(claim: Claim, own_date: bool) -> str:
    said = claim.content_text
    content = said if len(said) <= 160 else said[:157]
    when = date_text(claim) if own_date else "not stated (shown at publication date)"
    outlet = claim.outlet.text if claim.outlet else "not named"
    return "<br>".join(
        escape(line)
        for line in (
            f"{claimant_name(claim)} ({_HOW.get(claim.kind, claim.modality)})",
            f"via {outlet} · {when}",
            content + ("…" if len(said) > 160 else ""),
            f"doc {claim.doc_id} · chars [{claim.content.start}, {claim.content.end})",
        )
    )


def route_flow(analysis: Analysis) -> go.Figure:
    """Movers along the routes as a Sankey: width = number moved (else the route number, or 1)."""
    import plotly.graph_objects as go

    by_id = {p.id: p for p in analysis.places}
    claims = {c.id: c for c in analysis.claims}
    colours = palette_for(ranked_sources(analysis))
    nodes: dict[str, int] = {}
    src, dst, values, labels, link_colours = [], [], [], [], []
    for route in analysis.routes:
        amounts = [_leg_amount(analysis, leg.movement_ids, leg.claim_ids) for leg in route.legs]
        known = [a for a in amounts if a is not None]
        for leg, amount in zip(route.legs, amounts, strict=True):
            for pid in (leg.from_place, leg.to_place):
                nodes.setdefault(pid, len(nodes))
            src.append(nodes[leg.from_place])
            dst.append(nodes[leg.to_place])
            # a leg with no number of its own carries what the route carries elsewhere
            values.append(amount if amount is not None else max(known, default=1.0))
            told = leg.status if leg.mood == "made" else f"{leg.status}, {leg.mood}"
            labels.append(escape(f"{short(leg_label(analysis, route, leg), 48)} ({told})"))
            who = next((claimant_name(claims[c]) for c in leg.claim_ids if c in claims), None)
            colour = colours.get(who, "#555555") if who else "#555555"
            if leg.mood == "denied":
                colour = DENIED  # no one alleges it: in no claimant's colour, as on the map
            sure = leg.status == "stated" and leg.mood == "made"
            link_colours.append(_rgba(colour, 0.55 if sure else 0.25))
    full = [by_id[pid].name if pid in by_id else pid for pid in nodes]
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": [escape(short_label(n)) for n in full],  # phones: labels apart
                "customdata": [escape(n) for n in full],
                "hovertemplate": "%{customdata}<extra></extra>",
                "pad": 18,
                "thickness": 14,
                "color": "#3b3b3b",
            },
            textfont={"size": 11},
            link={
                "source": src,
                "target": dst,
                "value": values,
                "label": labels,
                "color": link_colours,
            },
        )
    )
    # title wrapped, height from the nodes, the width labels need: a phone too
    fig.update_layout(**flow_layout(full, src, dst))
    return fig


def _leg_amount(
    analysis: Analysis, movement_ids: tuple[str, ...], claim_ids: tuple[str, ...]
) -> float | None:
    """The number moved on a leg, from its movements or else its claims; None if unstated."""
    for m in analysis.movements:
        if m.id in movement_ids and m.quantity is not None and m.quantity.value > 0:
            return float(m.quantity.value)
    for c in analysis.claims:
        if c.id in claim_ids:
            for q in c.quantities:
                if q.value > 0:
                    return float(q.value)
    return None


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def legs_table(analysis: Analysis) -> go.Figure:
    """The legs as a plotly table, distances geodesic (WGS84)."""
    import plotly.graph_objects as go

    frame = legs_frame(analysis).drop(columns=["route"])
    cells = [
        [
            escape("" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
            for v in col
        ]
        for col in (frame[c].tolist() for c in frame.columns)
    ]
    fig = go.Figure(
        go.Table(
            header={"values": [escape(c) for c in frame.columns], "align": "left"},
            cells={"values": cells, "align": "left"},
        )
    )
    # rows wrap: about 22 characters a line in a column of this 11-column table
    lines = [max(1, *(math.ceil(len(col[i]) / 22) for col in cells)) for i in range(len(frame))]
    height = 50 + sum(10 + 18 * n for n in lines)
    fig.update_layout(height=max(height, 90), margin={"l": 5, "r": 5, "t": 10, "b": 5})
    return fig


def to_html(fig: go.Figure, *, include_plotlyjs: bool = True) -> str:
    """An HTML fragment for ``fig`` with plotly.js inlined (or assumed loaded), no CDN."""
    html: str = fig.to_html(
        full_html=False,
        include_plotlyjs=include_plotlyjs,
        include_mathjax=False,
        config=PLOTLY_CONFIG,
        default_width="100%",
        default_height=f"{fig.layout.height or 450}px",
    )
    return html


class FigureDisplay:
    """Shows a figure in JupyterLab (plotly mimetype, rendered offline by the lab
    extension) and in nbconvert HTML (inline plotly.js, sent once per kernel)."""

    def __init__(self, fig: go.Figure) -> None:
        self.fig = fig

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        global _plotlyjs_sent
        html = to_html(self.fig, include_plotlyjs=not _plotlyjs_sent)
        _plotlyjs_sent = True
        return {
            "application/vnd.plotly.v1+json": json.loads(self.fig.to_json()),
            "text/html": html,
            "text/plain": f"<plotly figure: {len(self.fig.data)} trace(s)>",
        }


def show(fig: go.Figure) -> FigureDisplay:
    """Wrap ``fig`` for notebook display with no network (see :class:`FigureDisplay`)."""
    return FigureDisplay(fig)


__all__ = [
    "PLOTLY_CONFIG",
    "PRECISION_DAYS",
    "FigureDisplay",
    "claims_frame",
    "claims_timeline",
    "geodesic_km",
    "legs_frame",
    "legs_table",
    "route_flow",
    "show",
    "to_html",
]
