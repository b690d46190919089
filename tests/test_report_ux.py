"""What a reader trips over in a report and its maps: rows that do not lead back to their
words, a denied or hedged claim shown like an assertion, a route shrunk to a dot by a far
news agency's seat, a legend and layer list that cover a phone-sized map, a layer named
by an internal id."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from claimmap import maps, report
from claimmap.maps_html import route_layer_name
from claimmap.model import Analysis, Route
from claimmap.report_text import anchor


def html_of(view: object) -> str:
    data = view._repr_html_()  # type: ignore[attr-defined]
    assert isinstance(data, str)
    return data


def ids_in(html: str) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', html))


def hrefs_in(html: str) -> list[str]:
    return re.findall(r'href="#([^"]+)"', html)


@pytest.fixture(scope="module")
def denied_analysis(route_analysis: Analysis) -> Analysis:
    """The fixture with Assad's claim turned into a denial and the French one hedged."""
    french, assad = route_analysis.claims
    claims = (
        dataclasses.replace(french, modality="hedged"),
        dataclasses.replace(assad, modality="denied"),
    )
    return dataclasses.replace(route_analysis, claims=claims)


# --- provenance links ------------------------------------------------------------------


def test_claims_table_offsets_link_to_their_words_in_the_annotated_text(
    route_analysis: Analysis,
) -> None:
    table = html_of(report.claims_table(route_analysis))
    text = html_of(report.annotated_text(route_analysis))
    links = hrefs_in(table)
    french = route_analysis.claims[0].content
    assert links == [anchor("claim", c.content) for c in route_analysis.claims]
    assert f'href="#cm-claim-{french.start}-{french.end}"' in table
    assert f"[{french.start}, {french.end})</a>" in table
    assert set(links) <= ids_in(text)
    # the anchor sits right before the claim's first words
    assert (
        f'id="cm-claim-{french.start}-{french.end}"></a><mark class="cm-claim cm-mod-asserted" '
        f'title="French government, asserted [{french.start}, {french.end})">300 fighters'
    ) in text


def test_legs_and_unplaced_tables_link_to_the_text(route_analysis: Analysis) -> None:
    legs = html_of(report.legs_table(route_analysis))
    unplaced = html_of(report.unresolved_table(route_analysis))
    text = html_of(report.annotated_text(route_analysis))
    assert "<table" in legs and "Gaziantep" in legs and "Baku" in legs
    assert legs.count("<tr") == 1 + sum(len(r.legs) for r in route_analysis.routes)
    evidence = [s for r in route_analysis.routes for leg in r.legs for s in leg.evidence]
    assert evidence and {anchor("evidence", s) for s in evidence} <= set(hrefs_in(legs))
    qwerty = route_analysis.unresolved[0].mention
    assert hrefs_in(unplaced) == [f"cm-unplaced-{qwerty.start}-{qwerty.end}"]
    assert set(hrefs_in(legs)) | set(hrefs_in(unplaced)) <= ids_in(text)
    # the unplaced mention is boxed in the text, with why it was not placed
    assert re.search(
        r'<mark class="cm-unplaced" title="not placed: [^"]+">Qwertyville</mark>', text
    )


def test_no_leg_gives_one_line_not_an_empty_table(route_analysis: Analysis) -> None:
    html = html_of(report.legs_table(dataclasses.replace(route_analysis, routes=())))
    assert "No route leg was found." in html and "<table" not in html


# --- uncertainty -----------------------------------------------------------------------


def test_denied_and_hedged_claims_are_boxed_and_shaded_not_shown_as_assertions(
    denied_analysis: Analysis, route_analysis: Analysis
) -> None:
    table = html_of(report.claims_table(denied_analysis))
    assert '<span class="cm-badge cm-denied">denied</span>' in table
    assert '<span class="cm-badge cm-hedged">hedged</span>' in table
    assert table.count('<tr class="cm-unsure">') == 2
    plain = html_of(
        report.claims_table(
            dataclasses.replace(
                route_analysis,
                claims=(dataclasses.replace(route_analysis.claims[0], modality="asserted"),),
            )
        )
    )
    assert 'class="cm-badge' not in plain and 'class="cm-unsure"' not in plain
    assert "<td>asserted</td>" in plain
    text = html_of(report.annotated_text(denied_analysis))
    assert 'class="cm-claim cm-mod-denied"' in text and "Bashar al-Assad, denied [" in text


def test_a_leg_told_as_possible_says_so_in_the_legs_table(route_analysis: Analysis) -> None:
    route = route_analysis.routes[0]
    legs = (dataclasses.replace(route.legs[0], mood="possible"), *route.legs[1:])
    maybe = dataclasses.replace(route_analysis, routes=(dataclasses.replace(route, legs=legs),))
    html = html_of(report.legs_table(maybe))
    assert '<span class="cm-badge cm-possible">possible (not sure it happened)</span>' in html
    assert html.count('<tr class="cm-unsure">') == 1


def test_a_denial_is_listed_as_denied_by_never_as_a_claimant(route_analysis: Analysis) -> None:
    french = route_analysis.claims[0]
    denial = dataclasses.replace(
        french, id="c9", modality="denied", actor=dataclasses.replace(french.actor, name="Kremlin")
    )
    route = route_analysis.routes[0]
    legs = tuple(dataclasses.replace(leg, claim_ids=(*leg.claim_ids, "c9")) for leg in route.legs)
    contested = dataclasses.replace(
        route_analysis,
        claims=(*route_analysis.claims, denial),
        routes=(dataclasses.replace(route, legs=legs),),
    )
    rows = html_of(report.legs_table(contested)).split("<tr")[2:]
    assert len(rows) == 3
    for row in rows:
        cells = re.findall(r"<td>(.*?)</td>", row)
        claimed_by, denied_by = cells[8], cells[9]
        assert denied_by == "Kremlin" and "Kremlin" not in claimed_by and claimed_by


def test_hostile_text_stays_escaped_in_the_linked_views(hostile_analysis: Analysis) -> None:
    for view in (report.claims_table, report.legs_table, report.annotated_text):
        html = html_of(view(hostile_analysis))
        assert "<script>alert(1)</script>" not in html and "<img src=x" not in html


# --- maps ------------------------------------------------------------------------------


def test_a_far_seat_does_not_widen_the_map_but_a_near_one_does() -> None:
    story = [(18.54, -72.34), (19.76, -72.2), (25.77, -80.19)]  # Port-au-Prince, Cap-Haitien, Miami
    london, santo_domingo = (51.51, -0.13), (18.47, -69.89)
    assert maps.near_seats([london, santo_domingo], story) == [santo_domingo]
    (south, west), (north, east) = maps.story_bounds(story, [london, santo_domingo]) or []
    assert north < 27 and west < -80 and east < -69 and south < 18.5
    assert maps.story_bounds([], [london]) == [[51.01, -0.63], [52.01, 0.37]]


def test_a_route_without_a_named_mover_is_named_by_its_ends(route_analysis: Analysis) -> None:
    by_id = {p.id: p for p in route_analysis.places}
    route = route_analysis.routes[0]
    unnamed = dataclasses.replace(route, mover=None, id="fixture-route:r7")
    name = route_layer_name(unnamed, by_id)
    assert name == "Route (mover not named): Aleppo → Nagorno-Karabakh"
    assert route_layer_name(route, by_id) == "Route: fighters"
    assert route_layer_name(Route("x:r1", "x", ()), by_id) == "Route (mover not named)"
    page = (
        maps.route_map(dataclasses.replace(route_analysis, routes=(unnamed,))).get_root().render()
    )
    assert "Route (mover not named): Aleppo" in page
    assert "Route fixture-route:r7" not in page  # the layer name; popups may cite the id


# --- in a browser ----------------------------------------------------------------------


def _open(
    chromium: Path, path: Path, width: int, height: int = 700, ready: str = "path.cm-leg"
) -> Any:
    from playwright.sync_api import sync_playwright

    p = sync_playwright().start()
    b = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
    page = b.new_context(viewport={"width": width, "height": height}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector(ready)
    return p, b, page, errors


@pytest.mark.browser
def test_phone_map_folds_legend_and_layers_and_they_open_on_demand(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "route.html"
    maps.route_map(route_analysis).save(str(path))
    p, b, page, errors = _open(chromium, path, 360)
    try:
        legend = page.locator(".cm-legend details")
        assert legend.get_attribute("open") is None
        assert not page.locator(".cm-legend-body").is_visible()
        layers = page.locator(".leaflet-control-layers")
        assert "leaflet-control-layers-expanded" not in (layers.get_attribute("class") or "")
        assert not page.locator("label", has_text="Route: fighters").is_visible()
        page.locator(".leaflet-control-layers-toggle").click()
        box = page.locator("label", has_text="Route: fighters").locator("input")
        assert box.is_visible()
        box.uncheck()
        assert page.locator("path.cm-leg").count() == 0
        page.locator(".cm-legend summary").focus()
        page.keyboard.press("Enter")  # keyboard opens the legend
        assert page.locator(".cm-legend-body").is_visible()
        assert "French government" in page.locator(".cm-legend-body").inner_text()
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_desktop_map_shows_legend_open_and_keeps_legs_clear_of_it(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "route.html"
    maps.route_map(route_analysis).save(str(path))
    p, b, page, errors = _open(chromium, path, 1200, 560)
    try:
        assert page.locator(".cm-legend details").get_attribute("open") is not None
        assert page.locator(".leaflet-control-layers-expanded").count() == 1
        legend = page.locator(".cm-legend").bounding_box()
        layers = page.locator(".leaflet-control-layers").bounding_box()
        assert legend and layers
        for i in range(page.locator("path.cm-leg").count()):
            leg = page.locator("path.cm-leg").nth(i).bounding_box()
            assert leg
            mid_x = leg["x"] + leg["width"] / 2
            assert legend["x"] + legend["width"] < mid_x < layers["x"], (legend, leg, layers)
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_report_chars_link_jumps_to_the_highlighted_words(
    chromium: Path, fixture_reports: Path
) -> None:
    p, b, page, errors = _open(
        chromium, fixture_reports.parent / "fixture-route.html", 1200, ready="table.cm-table"
    )
    try:
        claims = page.locator("table.cm-table", has_text="modality")
        link = claims.locator("a.cm-src").first
        target = link.get_attribute("href") or ""
        assert target.startswith("#cm-claim-")
        link.click()
        page.wait_for_function(f"location.hash === {target!r}")
        mark = page.locator(f"{target} + mark")
        assert mark.inner_text().startswith("300 fighters")
        assert mark.evaluate("m => getComputedStyle(m).outlineStyle") == "solid"
        top = mark.evaluate("m => m.getBoundingClientRect().top")
        assert 0 < top < 700  # scrolled into view
        # the alleged claim's row stands out from the asserted one (the lab template
        # stripes rows grey already, so a grey shade would not show)
        shade = "td => getComputedStyle(td).backgroundColor"
        assert claims.locator("tr.cm-unsure td").first.evaluate(shade) == "rgb(253, 246, 227)"
        assert claims.locator("tr:not(.cm-unsure) td").first.evaluate(shade) != "rgb(253, 246, 227)"
        legs = page.locator("table.cm-table", has_text="claimed by")
        assert legs.locator("a.cm-src").count() >= 3
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_mid_width_map_folds_the_layer_list_first_and_keeps_the_legend(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "route.html"
    maps.route_map(route_analysis).save(str(path))
    p, b, page, errors = _open(chromium, path, 700, 560)  # legend 195 + layers 218 px
    try:
        assert page.locator(".leaflet-control-layers-expanded").count() == 0
        assert page.locator(".cm-legend details").get_attribute("open") is not None
        assert page.locator(".cm-legend-body").is_visible()
        assert errors == []
    finally:
        b.close()
        p.stop()
