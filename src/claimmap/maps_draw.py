"""Drawing kit behind :mod:`claimmap.maps`: basemap, panes, places, claims, seats, legend (its
symbols and swatches are in :mod:`claimmap.maps_symbols`, the route legs in
:mod:`claimmap.maps_legs`).

Imports folium at module level; :mod:`claimmap.maps` imports this inside its functions so
``import claimmap`` stays cheap.
"""

from __future__ import annotations

import logging
from typing import Any

import folium
from folium.map import CustomPane

from claimmap.maps import (
    AREA_KINDS,
    BASEMAP_LAYERS,
    BASEMAP_STYLE,
    PALETTE,
    PLACE_COLOUR,
    basemap_layer,
    claim_seats,
    legend_html,
    palette_for,
    place_geometry,
    ranked_sources,
    story_bounds,
)
from claimmap.maps_elements import (
    ArrowDefs,
    Bind,
    DeclutterLabels,
    FitBounds,
    FoldLayersWhenNarrow,
    GeoJsonLayer,
    Legend,
    OfflineMap,
    PopupFit,
    ShowFeature,
)
from claimmap.maps_html import (
    claim_tooltip,
    claimant_name,
    feature_key,
    place_popup,
    place_tooltip,
    seat_popup,
)
from claimmap.maps_legs import UNCLAIMED, LegList, RouteLayers
from claimmap.maps_symbols import (
    SW_AREA,
    SW_POINT,
    SW_RING,
    SW_SEAT,
    leg_dashes,
)
from claimmap.model import Analysis, Place

log = logging.getLogger(__name__)

__all__ = ["PANES", "UNCLAIMED", "MapDrawer", "leg_dashes"]  # leg_dashes: its old home

#: Panes, bottom to top: basemap under area polygons under legs under seats under points.
PANES = {"cm-basemap": 250, "cm-areas": 380, "cm-links": 405, "cm-legs": 410, "cm-points": 430}
BASEMAP_CREDIT = "Place data: GeoNames (geonames.org, CC BY 4.0) · Basemap: Made with Natural Earth"


class MapDrawer(RouteLayers):
    """Accumulates layers on one :class:`OfflineMap` and remembers the bounds to fit."""

    def __init__(self, analysis: Analysis, *, tiles: str | None, height: int) -> None:
        self.analysis = analysis
        self.points: list[tuple[float, float]] = []
        # seats of claim sources (a news agency's head office, a ministry's capital) are
        # fitted only when near the story or when nothing else is drawn: a far one would
        # shrink the route to a dot (it stays on the map; the dotted links point to it)
        self.seat_points: list[tuple[float, float]] = []
        self.claimants = palette_for(ranked_sources(analysis))
        self.legend: list[tuple[str, str]] = []
        # the layer each drawn place is in, and whether that layer shows at first
        self.place_layers: dict[str, tuple[folium.FeatureGroup, bool]] = {}
        # (feature key, layer, its group) of what a report table can show on the map
        self.features: list[tuple[str, Any, folium.FeatureGroup]] = []
        self.arrows: dict[str, str] = {}
        self.leg_items: list[tuple[str, str, str, str]] = []
        self.map = OfflineMap(
            location=[20, 20],
            zoom_start=2,
            tiles=None,
            height=f"{height}px",
            control_scale=True,
            world_copy_jump=False,
        )
        for name, z in PANES.items():
            CustomPane(name, z_index=z, pointer_events=name != "cm-basemap").add_to(self.map)
        self._add_basemap()
        if tiles:
            folium.TileLayer(tiles, attr="user-chosen tiles", name="online tiles").add_to(self.map)

    def _add_basemap(self) -> None:
        base = folium.FeatureGroup(name="Basemap (Natural Earth)", overlay=True, control=True)
        disputed = folium.FeatureGroup(name="Disputed borders (dashed)", overlay=True)
        for name in BASEMAP_LAYERS:
            style = {**BASEMAP_STYLE[name], "pane": "cm-basemap"}
            layer = GeoJsonLayer(
                basemap_layer(name), style=style, interactive=False, attribution=BASEMAP_CREDIT
            )
            layer.add_to(disputed if name == "disputed" else base)
        base.add_to(self.map)
        disputed.add_to(self.map)

    # --- places -------------------------------------------------------------------------

    def add_places(
        self, *, only_routes: bool = False, only_claimed: bool = False, prefix: str = ""
    ) -> None:
        """Places by kind: points for cities, polygons (or dashed rings) for areas."""
        keep = self._places_to_show(only_routes, only_claimed)
        located = folium.FeatureGroup(name=f"{prefix}Places", overlay=True)
        # Countries and places named for their governments ("Ankara said") are hidden at
        # first: a ring at a country's centroid says little and would stretch the view.
        countries = folium.FeatureGroup(name=f"{prefix}Countries", overlay=True, show=False)
        actors = folium.FeatureGroup(
            name=f"{prefix}Places named as actors", overlay=True, show=False
        )
        for place in keep:
            if place.role == "actor":
                self._draw_place(place, actors, fit=False)
                self.place_layers[place.id] = (actors, False)
            elif place.kind == "country" or place.role == "nationality":  # "Eritrean migrants"
                self._draw_place(place, countries, fit=False)
                self.place_layers[place.id] = (countries, False)
            else:
                self._draw_place(place, located, fit=True)
                self.place_layers[place.id] = (located, True)
        located.add_to(self.map)
        for group, kind in ((countries, "country"), (actors, None)):
            if any(
                (p.kind == kind or p.role == "nationality") if kind else p.role == "actor"
                for p in keep
            ):
                group.add_to(self.map)
        self.legend += [
            (SW_POINT.format(c=PLACE_COLOUR), "city / point place"),
            (SW_AREA.format(c=PLACE_COLOUR, d=""), "area with its outline"),
            (SW_AREA.format(c=PLACE_COLOUR, d="3 2"), "area, outline unknown"),
        ]

    def _places_to_show(self, only_routes: bool, only_claimed: bool) -> list[Place]:
        places = list(self.analysis.places)
        if only_claimed:
            claimed = {pid for c in self.analysis.claims for pid in c.place_ids}
            places = [p for p in places if p.id in claimed]
        if only_routes:
            on_route = {
                pid
                for r in self.analysis.routes
                for leg in r.legs
                for pid in (leg.from_place, leg.to_place)
            }
            places = [p for p in places if p.id in on_route]
        return places

    def _draw_place(self, place: Place, group: folium.FeatureGroup, *, fit: bool) -> None:
        popup = place_popup(self.analysis, place)
        tooltip = place_tooltip(self.analysis, place)
        if fit:
            self.points.append((place.lat, place.lon))
        geometry = place_geometry(place)
        dash = "6 4" if place.kind == "disputed" else None
        if geometry is not None:
            line = geometry.get("type") in ("LineString", "MultiLineString")
            style = {
                "color": PLACE_COLOUR,
                "weight": 4 if line else 1.5,  # a river is a line: thick enough to hover
                "fillColor": PLACE_COLOUR,
                "fillOpacity": 0.15,
                "dashArray": dash,
                "pane": "cm-areas",
            }
            layer = GeoJsonLayer(geometry, style=style, interactive=True)
            Bind(popup=popup, tooltip=tooltip).add_to(layer)
            layer.add_to(group)
            self.features.append((feature_key("place", place.id), layer, group))
            return
        area = place.kind in AREA_KINDS or place.kind == "country"
        marker = folium.CircleMarker(
            location=[place.lat, place.lon],
            radius=13 if area else (4 if place.kind == "facility" else 6),
            color=PLACE_COLOUR,
            weight=1.5 if area else 1,
            dash_array="3 3" if area else None,
            fill_color=PLACE_COLOUR,
            fill_opacity=0.1 if area else 0.9,
            class_name=f"cm-place cm-kind-{place.kind}",
        )
        marker.options["pane"] = "cm-points"
        Bind(popup=popup, tooltip=tooltip).add_to(marker)
        marker.add_to(group)
        self.features.append((feature_key("place", place.id), marker, group))

    # --- claims -------------------------------------------------------------------------

    def add_claims(self) -> None:
        """One layer per claimant: a ring of its colour round each place its claims name."""
        by_id = {p.id: p for p in self.analysis.places}
        for rank, (who, colour) in enumerate(self.claimants.items()):
            claims = [c for c in self.analysis.claims if claimant_name(c) == who]
            group = folium.FeatureGroup(name=f"Claims: {who}", overlay=True)
            named = sorted({pid for c in claims for pid in c.place_ids if pid in by_id})
            for pid in named:
                place = by_id[pid]
                about = [c for c in claims if pid in c.place_ids]
                ring = folium.CircleMarker(
                    location=[place.lat, place.lon],
                    radius=9 + 3 * (rank % 6),
                    color=colour,
                    weight=2.5,
                    fill=False,
                    class_name="cm-claim-ring",
                )
                ring.options["pane"] = "cm-links"
                where = f"about {place.name}"
                Bind(
                    popup=seat_popup(self.analysis, who, where, about),
                    tooltip=claim_tooltip(self.analysis, who, where, about),
                ).add_to(ring)
                ring.add_to(group)
                self.points.append((place.lat, place.lon))
            if named:
                group.add_to(self.map)
        if self.claimants:
            self.legend.append((SW_RING.format(c=UNCLAIMED), "place named in a claim"))

    # --- seats --------------------------------------------------------------------------

    def add_seats(self) -> None:
        """Claim sources at their seats, one colour each, linked to what their claims name."""
        seats = claim_seats(self.analysis)
        if not seats:
            return
        by_id = {p.id: p for p in self.analysis.places}
        group = folium.FeatureGroup(name="Claim sources (seats)", overlay=True)
        colours = palette_for([*self.claimants, *(seat.who for seat, _ in seats)])
        self.claimants = colours
        # seats sharing a city (an agency and the official it quotes) are drawn as rings
        # around each other; outer rings first, so that every ring stays clickable
        rings = [_rank_at(seats, i) for i in range(len(seats))]
        for i in sorted(range(len(seats)), key=lambda i: -rings[i]):
            seat, claims = seats[i]
            ring = rings[i]
            colour = colours.get(seat.who, PALETTE[0])
            targets = {pid for c in claims for pid in c.place_ids if pid in by_id}
            # link to the places themselves rather than their countries, when it can
            precise = {pid for pid in targets if by_id[pid].kind != "country"}
            targets = precise or targets
            for pid in sorted(targets):
                place = by_id[pid]
                layer = self._link_layer(pid, group)
                if layer is None:
                    continue
                link = folium.PolyLine(
                    [(seat.lat, seat.lon), (place.lat, place.lon)],
                    color=colour,
                    weight=1.5,
                    opacity=0.7,
                    dash_array="2 4",
                    class_name="cm-seat-link",
                )
                link.options["pane"] = "cm-links"
                link.options["interactive"] = False
                link.add_to(layer)
            dot = folium.CircleMarker(
                location=[seat.lat, seat.lon],
                radius=7 + 4 * ring,
                color=colour,
                weight=3,
                fill=ring == 0,
                fill_color="#ffffff",
                fill_opacity=1,
                class_name="cm-seat",
            )
            dot.options["pane"] = "cm-points"
            where = f"seat: {seat.place_name}"
            where += f" ({seat.precision})" if seat.precision else ""
            where += f" — {seat.reason}" if seat.reason else ""
            Bind(
                popup=seat_popup(self.analysis, seat.who, where, claims),
                tooltip=claim_tooltip(self.analysis, seat.who, f"({seat.place_name})", claims),
            ).add_to(dot)
            dot.add_to(group)
            self.seat_points.append((seat.lat, seat.lon))
        group.add_to(self.map)
        self.legend.append((SW_SEAT.format(c=UNCLAIMED), "claim source at its seat"))

    def _link_layer(self, pid: str, seats: folium.FeatureGroup) -> folium.FeatureGroup | None:
        """Where a seat's link to place ``pid`` goes: with the seats when the place shows
        at first; in the place's own hidden layer (Countries, Places named as actors)
        otherwise, so that the line never ends at an invisible point and appears with
        its end; None when the place is not drawn at all. Without places drawn (a
        seats-only map) every link stays with the seats."""
        if not self.place_layers:
            return seats
        layer = self.place_layers.get(pid)
        if layer is None:
            return None
        return seats if layer[1] else layer[0]

    # --- finish -------------------------------------------------------------------------

    def finish(self) -> folium.Map:
        """Legend, arrowheads, layer control and fit to everything drawn."""
        if self.arrows:
            ArrowDefs(self.arrows).add_to(self.map)
            DeclutterLabels().add_to(self.map)
        if self.features:
            ShowFeature(
                [(key, layer.get_name(), group.get_name()) for key, layer, group in self.features]
            ).add_to(self.map)
        if self.leg_items:
            LegList(self.leg_items).add_to(self.map)
        PopupFit().add_to(self.map)
        Legend(legend_html(dict.fromkeys(self.legend), self.claimants)).add_to(self.map)
        control = folium.LayerControl(collapsed=False)
        control.add_to(self.map)
        FoldLayersWhenNarrow(control.get_name()).add_to(self.map)
        bounds = story_bounds(self.points, self.seat_points)
        if bounds is not None:
            FitBounds(bounds).add_to(self.map)
        return self.map


def _rank_at(seats: list[Any], index: int) -> int:
    """How many earlier seats sit at the same point as ``seats[index]``."""
    seat = seats[index][0]
    return sum(
        1
        for other, _ in seats[:index]
        if round(other.lat, 3) == round(seat.lat, 3) and round(other.lon, 3) == round(seat.lon, 3)
    )
