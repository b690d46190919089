"""Small folium elements that need nothing but Leaflet, and a Map that inlines Leaflet.

folium's own Map links Leaflet, jQuery, Bootstrap and font-awesome from CDNs, and its
Popup/Tooltip paste HTML into JavaScript template literals (jQuery, no escaping of
backticks). These elements pass every value into ``<script>`` as JSON instead
(``tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and :class:`OfflineMap` inlines the
installed Leaflet, so a saved map works on an air-gapped laptop.

folium is imported here at module level: import this module only from inside functions.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from branca.element import CssLink, Element, JavascriptLink, MacroElement
from folium import Map
from folium.template import Template

from claimmap.assets import inline_script, inline_style, leaflet_css, leaflet_js
from claimmap.maps_html import POPUP_CSS

log = logging.getLogger(__name__)


class OfflineMap(Map):
    """A folium Map whose page inlines Leaflet and links nothing.

    Any JS/CSS link an element asks for is removed from the page (and logged): such an
    element would need a CDN, so it is not used by claimmap.
    """

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 - shadows folium's CDN list
    default_css: list[tuple[str, str]] = []  # noqa: RUF012

    def _repr_html_(self, **kwargs: Any) -> str:
        """The page in an ``<iframe srcdoc>`` as tall as the map (notebooks, reports)."""
        from branca.element import Figure

        if self._parent is None:
            self.add_to(Figure())
            page = self.get_root().render(**kwargs)
            self._parent = None
        else:
            page = self.get_root().render(**kwargs)
        return (
            f'<iframe srcdoc="{escape(page)}" title="map" class="cm-map-frame" '
            f'style="width:100%;height:{self.frame_height}px;border:none"></iframe>'
        )

    @property
    def frame_height(self) -> int:
        """Map height in pixels plus a margin, for the iframe around it."""
        value, unit = self.height if isinstance(self.height, tuple) else (560, "px")
        return int(value) + 12 if unit == "px" else 572

    def render(self, **kwargs: Any) -> Any:
        figure = self.get_root()
        header = figure.header  # type: ignore[attr-defined]
        header.add_child(Element(inline_style(leaflet_css() + POPUP_CSS)), name="leaflet_css")
        header.add_child(Element(inline_script(leaflet_js())), name="leaflet_js")
        out = super().render(**kwargs)
        for name, child in list(header._children.items()):
            if isinstance(child, JavascriptLink | CssLink):
                log.warning("dropped %s (%s): claimmap pages link nothing", name, child.url)
                del header._children[name]
        return out


class Bind(MacroElement):
    """Bind a popup and/or tooltip (HTML strings, already escaped) to the parent layer; the
    popup's size comes from :class:`PopupFit`."""

    _template = Template(
        """{% macro script(this, kwargs) %}
{% if this.popup %}{{ this._parent.get_name() }}.bindPopup({{ this.popup|tojson }});{% endif %}
{% if this.tooltip %}{{ this._parent.get_name() }}.bindTooltip({{ this.tooltip|tojson }},
    {{ this.tooltip_options|tojson }});{% endif %}
{% endmacro %}"""
    )

    def __init__(
        self, popup: str | None = None, tooltip: str | None = None, permanent: bool = False
    ) -> None:
        super().__init__()
        self._name = "Bind"
        self.popup = popup
        self.tooltip = tooltip
        self.tooltip_options: dict[str, Any] = {"sticky": not permanent}
        if permanent:
            self.tooltip_options = {
                "permanent": True,
                "direction": "right",
                "offset": [8, 0],
                "className": "cm-leg-label",
            }


class GeoJsonLayer(MacroElement):
    """``L.geoJSON`` with one style for every feature (the basemap and place polygons)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON({{ this.data|tojson }}, {
    style: {{ this.style|tojson }}, interactive: {{ this.interactive|tojson }},
    attribution: {{ this.attribution|tojson }}
}).addTo({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(
        self,
        data: dict[str, Any],
        style: dict[str, Any],
        interactive: bool,
        attribution: str | None = None,
    ) -> None:
        super().__init__()
        self._name = "GeoJsonLayer"
        self.attribution = attribution
        self.data = data
        self.style = style
        self.interactive = interactive


#: Below this map width (px: a phone, a narrow notebook column) the legend and the layer
#: list start folded, since unfolded they cover most of the map.
NARROW_MAP = 640
#: Width (px) a map keeps free of its legend and layer list, else they fold.
MAP_ROOM = 320


class FitBounds(MacroElement):
    """Fit the parent map to ``bounds`` at once (folium's fit animates the first zoom, so
    the page moves under the reader for a moment after loading), keeping clear of the
    legend (bottom left) and the layer list (top right) when the map is wide enough for
    both: a route drawn under the legend cannot be seen or clicked."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map) {
    var size = map.getSize(), box = map.getContainer().getBoundingClientRect();
    var left = 30, right = 30;
    function width(css) {
        var el = map.getContainer().querySelector(css);
        return el ? el.getBoundingClientRect().width : 0;
    }
    var legend = width(".cm-legend"), layers = width(".leaflet-control-layers-expanded");
    if (size.x - legend - layers >= {{ this.room|tojson }}) { left += legend; right += layers; }
    map.fitBounds({{ this.bounds|tojson }}, {paddingTopLeft: [left, 30],
        paddingBottomRight: [right, 30], maxZoom: {{ this.max_zoom|tojson }}, animate: false});
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, bounds: list[list[float]], max_zoom: int = 7) -> None:
        super().__init__()
        self._name = "FitBounds"
        self.room = MAP_ROOM
        self.bounds = bounds
        self.max_zoom = max_zoom


class Legend(MacroElement):
    """A Leaflet control holding the legend HTML (built escaped by the caller), in a
    ``<details>`` the reader can fold (keyboard too); folded at first on a narrow map, and
    never taller than the map (it scrolls)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.control({position: "bottomleft"});
{{ this.get_name() }}.onAdd = function (map) {
    var div = L.DomUtil.create("div", "cm-legend");
    var size = map.getSize();
    div.innerHTML = '<details class="cm-legend-box"' +
        (size.x < {{ this.narrow|tojson }} ? '' : ' open') +
        '><summary>Legend</summary><div class="cm-legend-body"></div></details>';
    var body = div.querySelector(".cm-legend-body");
    body.innerHTML = {{ this.html|tojson }};
    body.style.maxHeight = Math.max(120, size.y - 150) + "px";
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
};
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html
        self.narrow = NARROW_MAP


class FoldLayersWhenNarrow(MacroElement):
    """When the layer list and the legend would cover the map (a phone, a narrow notebook
    column, a printed page), fold the layer list behind Leaflet's layers button (a click
    or Enter opens it, a click on the map folds it again), then, if still crowded, the
    legend: the map has to keep room (320 px) for the route it is there to show."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map, control) {
    var room = {{ this.room|tojson }}, size = map.getSize();
    var legend = map.getContainer().querySelector(".cm-legend details");
    function width(el) { return el ? el.getBoundingClientRect().width : 0; }
    if (size.x >= {{ this.narrow|tojson }} &&
        size.x - width(legend) - width(control.getContainer()) >= room) { return; }
    control.options.collapsed = true;
    control.collapse();
    map.on("click", control.collapse, control);
    if (legend && size.x - width(legend) - width(control.getContainer()) < room) {
        legend.open = false;
    }
})({{ this._parent.get_name() }}, {{ this.control }});
{% endmacro %}"""
    )

    def __init__(self, control_name: str) -> None:
        super().__init__()
        self._name = "FoldLayersWhenNarrow"
        self.control = control_name
        self.narrow = NARROW_MAP
        self.room = MAP_ROOM


class ArrowDefs(MacroElement):
    """SVG arrowheads for route legs: ``<marker>`` defs plus CSS ``marker-mid`` per colour.

    Legs are drawn through their midpoint, so the arrow sits mid-leg and points the way
    of travel; Leaflet's SVG paths get the marker through their class name.
    """

    _template = Template(
        """{% macro header(this, kwargs) %}<style>
{% for css, colour in this.colours.items() %}path.{{ css }}{marker-mid:url(#{{ css }})}
{% endfor %}</style>{% endmacro %}
{% macro html(this, kwargs) %}<svg width="0" height="0" style="position:absolute"
 aria-hidden="true"><defs>{% for css, colour in this.colours.items() %}
<marker id="{{ css }}" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="4.5"
 markerHeight="4.5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{{ colour }}"/></marker>
{% endfor %}</defs></svg>{% endmacro %}"""
    )

    def __init__(self, colours: dict[str, str]) -> None:
        super().__init__()
        self._name = "ArrowDefs"
        self.colours = colours


class DeclutterLabels(MacroElement):
    """Keep the permanent leg labels from piling up where routes share an end: after
    every zoom, pan or layer toggle, each label (first routes first) that would cover one
    already placed is nudged a line down or up, up to two lines; one that still collides
    is hidden (its leg's popup still names the mover) until a zoom makes room."""

    _template = Template(
        """{% macro header(this, kwargs) %}<style>
.cm-leg-label.cm-label-hidden{visibility:hidden}
</style>{% endmacro %}
{% macro script(this, kwargs) %}
(function (map) {
    function hits(r, kept) {
        return kept.some(function (k) {
            return r.left < k.right && k.left < r.right && r.top < k.bottom && k.top < r.bottom;
        });
    }
    function declutter() {
        var kept = [];
        map.getPane("tooltipPane").querySelectorAll(".cm-leg-label").forEach(function (el) {
            el.style.marginTop = "";
            el.classList.remove("cm-label-hidden");
            var r = el.getBoundingClientRect(), step = r.height + 2;
            var shifts = [0, step, -step, 2 * step, -2 * step];
            for (var i = 0; i < shifts.length; i++) {
                var box = {left: r.left, right: r.right, top: r.top + shifts[i],
                           bottom: r.bottom + shifts[i]};
                if (!hits(box, kept)) {
                    if (shifts[i]) { el.style.marginTop = shifts[i] + "px"; }
                    kept.push(box);
                    return;
                }
            }
            el.classList.add("cm-label-hidden");
        });
    }
    map.whenReady(function () { setTimeout(declutter, 0); });
    map.on("zoomend moveend overlayadd overlayremove resize", declutter);
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "DeclutterLabels"


class ShowFeature(MacroElement):
    """``window.cmShow(key)`` in the map's page: turn on the feature's layer, pan and zoom
    to it, open its popup and focus the map (arrow keys pan, +/- zoom), so a report table's
    "on map" link reaches a leg or a place from the keyboard; Leaflet's paths and circle
    markers cannot take focus themselves. ``cmShow(key, true)`` leaves the focus where it
    is (the map's own list of legs, :class:`claimmap.maps_legs.LegList`, steps on from
    there). Keys are :func:`claimmap.maps_html.feature_key`."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map) {
    var features = { {%- for key, layer, group in this.features %}
        {{ key|tojson }}: [{{ layer }}, {{ group }}]{{ "," if not loop.last }}{% endfor %} };
    window.cmShow = function (key, keepFocus) {
        var found = features[key];
        if (!found) { return false; }
        var layer = found[0], group = found[1];
        if (!map.hasLayer(group)) { map.addLayer(group); }
        var box = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng()]);
        map.closePopup();
        // keep clear of the legend and the layer list, as the first fit does
        var el = map.getContainer(), left = 30, right = 30;
        var legend = el.querySelector(".cm-legend"),
            layers = el.querySelector(".leaflet-control-layers-expanded");
        if (legend) { left += legend.getBoundingClientRect().width; }
        if (layers) { right += layers.getBoundingClientRect().width; }
        if (map.getSize().x - left - right < {{ this.room|tojson }}) { left = right = 30; }
        map.fitBounds(box, {paddingTopLeft: [left, 30], paddingBottomRight: [right, 30],
            maxZoom: 7, animate: false});
        if (!keepFocus) { map.getContainer().focus(); }
        // a leg's popup points at the middle of the line itself, not of its box
        var at = layer instanceof L.Polyline && !(layer instanceof L.Polygon) ?
            layer.getCenter() : (layer.getBounds ? box.getCenter() : undefined);
        layer.openPopup(at);
        return true;
    };
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, features: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self._name = "ShowFeature"
        self.features = features
        self.room = MAP_ROOM


class PopupFit(MacroElement):
    """Popups never taller than half the map (they scroll), panned into view with a margin.

    A popup taller than the map made Leaflet's auto-pan push its tip, the leg or place it
    was opened on, out of view (a leg with four long claims opened from the legs table).
    Capped at half the map less the tip, a popup opened where :class:`ShowFeature` centres
    a feature fits above it without any pan, and one opened by a click keeps its tip in
    view. Nor wider than the map less a margin (440 px at most, 260 at least where the map
    allows it), kept right of the zoom buttons: on a phone a 260-440 px popup ran off both
    sides of a 340 px map. Set on
    ``L.Popup``'s defaults, which every bound popup inherits, and again when the map is
    resized.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map) {
    function fit() {
        var size = map.getSize();
        L.Popup.mergeOptions({
            maxHeight: Math.max({{ this.least|tojson }}, Math.round(size.y / 2) - 60),
            maxWidth: Math.min(440, size.x - 110), minWidth: Math.min(260, size.x - 110),
            autoPanPaddingTopLeft: [50, 12], autoPanPaddingBottomRight: [12, 12]
        });
    }
    fit();
    map.on("resize", fit);
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, least: int = 140) -> None:
        super().__init__()
        self._name = "PopupFit"
        self.least = least
