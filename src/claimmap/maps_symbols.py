"""The map's symbols: dash patterns of legs by mood and status, and the small SVG swatches
the legend shows for points, areas, legs, seats and rings.

Why a module of its own: a symbol is drawn on the map (:class:`claimmap.maps_draw.MapDrawer`)
and explained in the legend; keeping each pattern next to its swatch and label keeps the two
from drifting apart ("a plan never looks like a journey someone says was made").
"""

from __future__ import annotations

from claimmap.maps_html import DENIED
from claimmap.model import Leg

SW_POINT = '<svg class="sw" width="18" height="12"><circle cx="9" cy="6" r="4" fill="{c}"/></svg>'
SW_AREA = (
    '<svg class="sw" width="18" height="12"><rect x="2" y="1" width="14" height="10" '
    'fill="{c}" fill-opacity=".2" stroke="{c}" stroke-dasharray="{d}"/></svg>'
)
SW_LINE = (
    '<svg class="sw" width="18" height="12"><line x1="0" y1="6" x2="18" y2="6" stroke="{c}" '
    'stroke-width="3" stroke-dasharray="{d}"/></svg>'
)
SW_SEAT = (
    '<svg class="sw" width="18" height="12"><circle cx="9" cy="6" r="4" fill="#fff" '
    'stroke="{c}" stroke-width="2.5"/></svg>'
)
SW_RING = (
    '<svg class="sw" width="18" height="12"><circle cx="9" cy="6" r="4.5" fill="none" '
    'stroke="{c}" stroke-width="2"/></svg>'
)
#: dash patterns of legs not told as made: a guess ("may have crossed"), a plan, and a leg
#: only its deniers tell (drawn grey too, in no claimant's colour: no one alleges it)
MOOD_DASHES = {"possible": "2 6", "intended": "12 4 2 4", "denied": "1 7"}
MOOD_SWATCH = {"possible": "1 3", "intended": "6 2 1 2", "denied": "2 4"}
MOOD_LABEL = {
    "possible": 'leg told as possible ("may have", "believed to")',
    "intended": "leg told as planned or threatened",
    "denied": "leg only denied (told by its denier, alleged by no one)",
}
SWATCH_COLOUR = {"denied": DENIED}


def leg_dashes(leg: Leg) -> str | None:
    """Stated and made: solid; inferred: dashed; told as possible or planned, or only
    denied: its own pattern, so a plan or a denial never looks like a journey someone
    says was made."""
    if leg.mood != "made":
        return MOOD_DASHES[leg.mood]
    return "8 6" if leg.status == "inferred" else None


def mood_class(leg: Leg) -> str:
    """The extra CSS class of a leg not told as made (" cm-possible"); empty when made."""
    return "" if leg.mood == "made" else f" cm-{leg.mood}"
