"""Route legs on the map, split out of :mod:`claimmap.maps_draw`: one layer per route, each
leg a line arrowed mid-way (stated solid, inferred dashed, denied in its own colour) with
its popup, a label naming the mover on its first leg, and the legend rows for legs.

:class:`RouteLayers` is a mixin of :class:`claimmap.maps_draw.MapDrawer`, which owns the
map, the palette and the lists it fills. Imports folium at module level.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

import folium
from branca.element import MacroElement
from folium.template import Template

from claimmap.maps import leg_path
from claimmap.maps_elements import Bind
from claimmap.maps_html import (
    DENIED,
    claimant_name,
    claimant_names,
    feature_key,
    leg_label,
    leg_popup,
    route_layer_name,
    short,
)
from claimmap.maps_symbols import (
    MOOD_LABEL,
    MOOD_SWATCH,
    SW_LINE,
    SWATCH_COLOUR,
    leg_dashes,
    mood_class,
)
from claimmap.model import Analysis, Claim, Leg

log = logging.getLogger(__name__)

UNCLAIMED = "#555555"
#: how :func:`leg_spoken` tells a leg not told as made
_MOOD_SPOKEN = {
    "possible": "told as possible",
    "intended": "told as planned",
    "denied": "only denied",
}


class RouteLayers:
    """The route part of a map drawer: what it reads and fills is declared here."""

    analysis: Analysis
    map: folium.Map
    claimants: dict[str, str]
    legend: list[tuple[str, str]]
    points: list[tuple[float, float]]
    features: list[tuple[str, Any, folium.FeatureGroup]]
    arrows: dict[str, str]
    #: (feature key, visible text, spoken label, route layer name) of each drawn leg
    leg_items: list[tuple[str, str, str, str]]

    def add_routes(self, *, prefix: str = "") -> None:
        """Each route as its own layer; legs arrowed mid-way, stated solid, inferred dashed."""
        by_id = {p.id: p for p in self.analysis.places}
        for route in self.analysis.routes:
            name = prefix + route_layer_name(route, by_id)
            group = folium.FeatureGroup(name=name, overlay=True)
            labelled: set[str] = set()
            for order, leg in enumerate(route.legs, start=1):
                a, b = by_id.get(leg.from_place), by_id.get(leg.to_place)
                if a is None or b is None:
                    log.warning("leg %s → %s: place not in analysis", leg.from_place, leg.to_place)
                    continue
                colour = DENIED if leg.mood == "denied" else self._leg_colour(leg.claim_ids)
                css = self._arrow_class(colour)
                start, end = (a.lat, a.lon), (b.lat, b.lon)
                path = leg_path(start, end)
                line = folium.PolyLine(
                    path[0] if len(path) == 1 else path,
                    color=colour,
                    weight=3.5,
                    opacity=0.9 if leg.mood == "made" else 0.7,
                    dash_array=leg_dashes(leg),
                    class_name=f"cm-leg cm-{leg.status}{mood_class(leg)} {css}",
                    smooth_factor=0,
                )
                line.options["pane"] = "cm-legs"
                Bind(popup=leg_popup(self.analysis, route, leg)).add_to(line)
                label = short(leg_label(self.analysis, route, leg), 36)
                if label not in labelled:  # one label per mover, on its first leg
                    labelled.add(label)
                    Bind(tooltip=escape(label), permanent=True).add_to(line)
                line.add_to(group)
                key = feature_key("leg", route.id, order)
                self.features.append((key, line, group))
                said = [c for c in self.analysis.claims if c.id in leg.claim_ids]
                self.leg_items.append(
                    (
                        key,
                        f"{order}. {short(a.name, 24)} → {short(b.name, 24)}",
                        leg_spoken(leg, order, len(route.legs), (a.name, b.name), said),
                        name,
                    )
                )
                self.points += [start, end]
            group.add_to(self.map)
        if self.analysis.routes:
            self.legend += [
                (SW_LINE.format(c=UNCLAIMED, d=""), "stated leg (arrow: direction)"),
                (SW_LINE.format(c=UNCLAIMED, d="5 3"), "inferred leg"),
            ]
            moods = {leg.mood for route in self.analysis.routes for leg in route.legs}
            self.legend += [
                (
                    SW_LINE.format(c=SWATCH_COLOUR.get(mood, UNCLAIMED), d=MOOD_SWATCH[mood]),
                    MOOD_LABEL[mood],
                )
                for mood in ("possible", "intended", "denied")
                if mood in moods
            ]

    def _leg_colour(self, claim_ids: tuple[str, ...]) -> str:
        for claim in self.analysis.claims:
            if claim.id in claim_ids:
                return self.claimants.get(claimant_name(claim), UNCLAIMED)
        return UNCLAIMED

    def _arrow_class(self, colour: str) -> str:
        css = f"cm-arrow-{colour.lstrip('#').lower()}"
        self.arrows[css] = colour
        return css


def leg_spoken(leg: Leg, order: int, count: int, ends: tuple[str, str], claims: list[Claim]) -> str:
    """What a screen reader says for a leg: ``leg 2 of 3, from Aleppo to Kilis, claimed
    by SOHR`` — plus ``inferred`` and how it was told when not stated as made, and who
    denies it; ``no claim cited`` when the text attributes it to no one.

    >>> leg_spoken(Leg("a", "b", status="stated"), 1, 1, ("Kilis", "Idlib"), [])
    'leg 1 of 1, from Kilis to Idlib, no claim cited'
    """
    parts = [f"leg {order} of {count}", f"from {ends[0]} to {ends[1]}"]
    backers = [c for c in claims if c.modality != "denied"]
    deniers = [c for c in claims if c.modality == "denied"]
    if backers:
        parts.append(f"claimed by {claimant_names(backers)}")
    if deniers:
        parts.append(f"denied by {claimant_names(deniers)}")
    if not claims:
        parts.append("no claim cited")
    if leg.status == "inferred":
        parts.append("inferred")
    if leg.mood in _MOOD_SPOKEN:
        parts.append(_MOOD_SPOKEN[leg.mood])
    return ", ".join(parts)


class LegList(MacroElement):
    """The map's own list of legs, for the keyboard: a folded "Legs (N)" box at the top
    left whose buttons (Tab, Enter) each show one leg — layer on, zoomed to, popup open —
    through ``window.cmShow`` (:class:`claimmap.maps_elements.ShowFeature`), keeping the
    focus in the list so the next Tab steps to the next leg. Leaflet's lines cannot take
    focus, so without it the legs were out of a keyboard user's reach inside the map. Each
    button speaks :func:`leg_spoken`; legs of several routes are grouped under the route's
    layer name. Text goes in through ``textContent``, never as HTML."""

    _template = Template(
        """{% macro header(this, kwargs) %}<style>
.cm-leglist{background:#fff;border-radius:4px;box-shadow:0 1px 5px rgba(0,0,0,.4);
  font:12px/1.3 system-ui,sans-serif;max-width:260px}
.cm-leglist summary{cursor:pointer;padding:4px 8px;font-weight:600}
.cm-leglist-body{overflow-y:auto;padding:0 6px 6px}
.cm-leglist-body div{margin:4px 0 2px;color:#555}
.cm-leglist button{display:block;width:100%;text-align:left;font:inherit;padding:2px 4px;
  margin:1px 0;border:1px solid transparent;background:none;cursor:pointer;color:#0b5cad}
.cm-leglist button[aria-current=true]{border-color:#0b5cad;background:#eef4fb}
.cm-leglist button:focus-visible,.cm-leglist summary:focus-visible{outline:2px solid #D55E00}
</style>{% endmacro %}
{% macro script(this, kwargs) %}
(function (map, items) {
    var control = L.control({position: "topleft"});
    control.onAdd = function () {
        var div = L.DomUtil.create("div", "cm-leglist leaflet-bar");
        var box = L.DomUtil.create("details", "", div);
        var summary = L.DomUtil.create("summary", "", box);
        summary.textContent = "Legs (" + items.length + ")";
        summary.setAttribute("aria-label", "List of the " + items.length +
            " route legs on this map");
        var body = L.DomUtil.create("div", "cm-leglist-body", box);
        body.style.maxHeight = Math.max(120, map.getSize().y - 160) + "px";
        var routes = {};
        items.forEach(function (item) { routes[item[3]] = true; });
        var several = Object.keys(routes).length > 1, last = null;
        items.forEach(function (item) {
            if (several && item[3] !== last) {
                L.DomUtil.create("div", "", body).textContent = item[3];
                last = item[3];
            }
            var button = L.DomUtil.create("button", "", body);
            button.type = "button";
            button.textContent = item[1];
            button.setAttribute("aria-label", several ? item[3] + ", " + item[2] : item[2]);
            button.setAttribute("data-cm-key", item[0]);
            L.DomEvent.on(button, "click", function () {
                body.querySelectorAll("button").forEach(function (b) {
                    b.removeAttribute("aria-current");
                });
                button.setAttribute("aria-current", "true");
                if (window.cmShow) { window.cmShow(item[0], true); }
            });
        });
        // on a narrow (phone) map the list hid a popup's corner: when they meet, fold
        // the list (the keyboard stays on its summary) and pan the popup below the
        // controls if its tip stays in the map (a wide map pads popups clear of them)
        function meet(a, b) {
            return !(a.right <= b.left || b.right <= a.left ||
                     a.bottom <= b.top || b.bottom <= a.top);
        }
        map.on("popupopen", function (e) {
            setTimeout(function () {
                var pop = e.popup.getElement();
                if (!pop || map.getSize().x >= 600 ||
                    !meet(div.getBoundingClientRect(), pop.getBoundingClientRect())) { return; }
                if (box.open) {
                    var inside = body.contains(document.activeElement);
                    box.open = false;
                    if (inside) { summary.focus(); }
                }
                var corner = div.parentNode.getBoundingClientRect();
                var at = pop.getBoundingClientRect();
                var frame = map.getContainer().getBoundingClientRect();
                var down = corner.bottom + 8 - at.top;
                if (down > 0 && at.bottom + down < frame.bottom - 12) {
                    map.panBy([0, -down]);
                }
            }, 300);
        });
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    control.addTo(map);
})({{ this._parent.get_name() }}, {{ this.items|tojson }});
{% endmacro %}"""
    )

    def __init__(self, items: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self._name = "LegList"
        self.items = [list(item) for item in items]
