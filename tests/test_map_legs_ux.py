"""The map's own list of legs (keyboard, screen reader), popups that keep their leg in view,
and the split of the route drawing out of ``maps_draw``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimmap import maps, maps_draw, maps_legs
from claimmap.model import Analysis, Leg


def test_route_drawing_lives_in_maps_legs_and_the_drawer_still_has_it() -> None:
    assert issubclass(maps_draw.MapDrawer, maps_legs.RouteLayers)
    assert maps_draw.MapDrawer.add_routes is maps_legs.RouteLayers.add_routes
    assert maps_draw.UNCLAIMED == maps_legs.UNCLAIMED == "#555555"


def test_spoken_leg_names_order_ends_claimants_deniers_and_how_it_was_told(
    route_analysis: Analysis,
) -> None:
    claims = {c.id: c for c in route_analysis.claims}
    backer = next(c for c in route_analysis.claims if c.modality != "denied")
    denier = next(c for c in route_analysis.claims if c.id != backer.id)
    denier = type(denier)(**{**denier.__dict__, "modality": "denied"})
    leg = Leg("x", "y", status="inferred", mood="possible")
    said = maps_legs.leg_spoken(leg, 2, 4, ("Tartus", "Benghazi"), [backer, denier])
    assert said == (
        f"leg 2 of 4, from Tartus to Benghazi, claimed by {maps_draw.claimant_name(backer)}, "
        f"denied by {maps_draw.claimant_name(denier)}, inferred, told as possible"
    )
    assert claims  # the fixture has claims to cite
    bare = maps_legs.leg_spoken(Leg("x", "y"), 1, 1, ("Sfax", "Lampedusa"), [])
    assert bare == "leg 1 of 1, from Sfax to Lampedusa, no claim cited"


def _leg_items(page: str) -> list[list[str]]:
    found = re.search(r'\}\)\(map_\w+, (\[\["leg:.*?\]\])\);', page)
    assert found, "no leg list in the page"
    items: list[list[str]] = json.loads(found.group(1))
    return items


def test_the_map_lists_every_leg_with_its_spoken_label(route_analysis: Analysis) -> None:
    page = maps.route_map(route_analysis).get_root().render()
    items = _leg_items(page)
    assert [i[0] for i in items] == ["leg:r1:1", "leg:r1:2", "leg:r1:3"]
    assert items[1][1] == "2. Gaziantep → Baku"
    assert items[1][2] == "leg 2 of 3, from Gaziantep to Baku, claimed by French government"
    assert items[2][2].endswith("claimed by Bashar al-Assad, inferred")
    # a map without legs has no list
    places_page = maps.places_map(route_analysis).get_root().render()
    assert "cm-leglist" not in places_page


# --- in a browser -----------------------------------------------------------------------


def _open(chromium: Path, path: Path, width: int, height: int) -> Any:
    from playwright.sync_api import sync_playwright

    p = sync_playwright().start()
    b = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
    page = b.new_context(viewport={"width": width, "height": height}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector("path.cm-leg")
    return p, b, page, errors


@pytest.mark.browser
def test_keyboard_steps_through_the_legs_from_the_map_itself(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "route.html"
    maps.route_map(route_analysis).save(str(path))
    p, b, page, errors = _open(chromium, path, 1200, 700)
    try:
        summary = page.locator(".cm-leglist summary")
        assert summary.inner_text() == "Legs (3)"
        assert not page.locator(".cm-leglist button").first.is_visible()  # folded at first
        summary.focus()
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        focused = "document.activeElement.getAttribute('aria-label')"
        assert page.evaluate(focused) == (
            "leg 1 of 3, from Aleppo to Gaziantep, claimed by French government"
        )
        page.keyboard.press("Enter")
        page.locator(".leaflet-popup-content", has_text="Aleppo → Gaziantep").wait_for()
        # the focus stays in the list: the next Tab is the next leg
        page.keyboard.press("Tab")
        assert page.evaluate(focused).startswith("leg 2 of 3, from Gaziantep to Baku")
        page.keyboard.press("Enter")
        page.locator(".leaflet-popup-content", has_text="Gaziantep → Baku").wait_for()
        current = page.locator('.cm-leglist button[aria-current="true"]')
        assert current.count() == 1 and current.inner_text() == "2. Gaziantep → Baku"
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_a_tall_popup_scrolls_and_keeps_its_leg_in_view(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "short.html"
    maps.route_map(route_analysis, height=340).save(str(path))
    p, b, page, errors = _open(chromium, path, 900, 500)
    try:
        for key in ("leg:r1:1", "leg:r1:2", "leg:r1:3"):
            assert page.evaluate(f"window.cmShow({json.dumps(key)}, true)")
            page.locator(".leaflet-popup").wait_for()
            page.wait_for_timeout(300)  # any auto-pan
            box = page.evaluate(
                """() => {
                const map = document.querySelector('.folium-map').getBoundingClientRect();
                const tip = document.querySelector('.leaflet-popup-tip').getBoundingClientRect();
                const body = document.querySelector('.leaflet-popup-content');
                return {top: map.top, bottom: map.bottom, tipTop: tip.top,
                        tipBottom: tip.bottom, height: body.getBoundingClientRect().height,
                        scrolled: !!document.querySelector('.leaflet-popup-scrolled')};
            }"""
            )
            # at most half the map (340 px) less the tip: 140 px, scrolling past it
            assert box["height"] <= 141, (key, box)
            assert box["scrolled"], key
            # the tip, on the leg, stays inside the map
            assert box["top"] < box["tipTop"] and box["tipBottom"] < box["bottom"], (key, box)
            page.evaluate("document.querySelector('.leaflet-popup-close-button').click()")
            page.locator(".leaflet-popup").wait_for(state="detached")
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_a_popup_on_a_phone_fits_the_width_of_the_map(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "phone.html"
    maps.route_map(route_analysis).save(str(path))
    p, b, page, errors = _open(chromium, path, 330, 700)
    try:
        assert page.evaluate("window.cmShow('leg:r1:2', true)")
        page.locator(".leaflet-popup-content", has_text="Gaziantep → Baku").wait_for()
        page.wait_for_timeout(300)  # any auto-pan
        box = page.evaluate(
            """() => {
            const map = document.querySelector('.folium-map').getBoundingClientRect();
            const pop = document.querySelector('.leaflet-popup-content-wrapper')
                .getBoundingClientRect();
            return {left: map.left, right: map.right, popLeft: pop.left, popRight: pop.right};
        }"""
        )
        assert box["left"] <= box["popLeft"] and box["popRight"] <= box["right"], box
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_on_a_phone_the_open_leg_list_folds_off_the_popup_it_opened(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "phone-list.html"
    maps.route_map(route_analysis).save(str(path))
    overlap = """() => {
        const a = document.querySelector('.cm-leglist').getBoundingClientRect();
        const b = document.querySelector('.leaflet-popup').getBoundingClientRect();
        return !(a.right <= b.left || b.right <= a.left || a.bottom <= b.top ||
                 b.bottom <= a.top);
    }"""
    for width, folds in ((390, True), (1200, False)):
        p, b, page, errors = _open(chromium, path, width, 700)
        try:
            page.locator(".cm-leglist summary").click()
            page.locator(".cm-leglist button").nth(1).focus()
            page.keyboard.press("Enter")
            page.locator(".leaflet-popup-content", has_text="Gaziantep → Baku").wait_for()
            page.wait_for_timeout(1000)  # auto-pan, then the fold and the pan
            is_open = page.evaluate("document.querySelector('.cm-leglist details').open")
            assert is_open is not folds, width
            if folds:
                assert page.evaluate(overlap) is False
                # the popup's tip, on the leg, is still inside the map
                tip, frame = page.evaluate(
                    "[document.querySelector('.leaflet-popup-tip').getBoundingClientRect()"
                    ".bottom, document.querySelector('.folium-map').getBoundingClientRect()"
                    ".bottom]"
                )
                assert tip < frame
                # the keyboard is left on the summary, which opens the list again
                assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
                page.keyboard.press("Enter")
                assert page.locator(".cm-leglist button").first.is_visible()
            assert errors == []
        finally:
            b.close()
            p.stop()
