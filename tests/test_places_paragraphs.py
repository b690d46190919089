"""The geoparser on short news paragraphs written for these tests.

Each one exercises one difficulty: ambiguous names (Paris, Tripoli, Georgia), demonym
context, metonymy, misspellings, all-lower and ALL-CAPS text, capitalised words that are
not places, descriptive references and type cues.
"""

from __future__ import annotations

import math

import pytest
from helpers import geoparse

from claimmap.model import Place


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def named(places: list[Place], words: str) -> Place:
    hits = [p for p in places if any(m.text == words for m in p.mentions)]
    assert len(hits) == 1, f"{words!r} → {[p.name for p in hits]} among {[p.name for p in places]}"
    return hits[0]


# text, written name, expected (country, kind, lat, lon) — lat/lon within 30 km
CASES = [
    pytest.param(
        "Heavy storms flooded parts of Paris, Texas, on Sunday, and officials in Lamar County "
        "urged residents to stay home.",
        {"Paris": ("US", "city", 33.6609, -95.5555), "Texas": ("US", "admin1", None, None)},
        id="paris-texas",
    ),
    pytest.param(
        "Leaders met in Paris on Monday to discuss the war, and the French president said more "
        "talks would follow in Brussels.",
        {"Paris": ("FR", "city", 48.8534, 2.3488), "Brussels": ("BE", "city", 50.8505, 4.3488)},
        id="paris-france",
    ),
    pytest.param(
        "Clashes broke out in Tripoli, Lebanon's second-largest city, as the Lebanese army "
        "deployed troops to Beirut and the north.",
        {"Tripoli": ("LB", "city", 34.4333, 35.8442), "Beirut": ("LB", "city", 33.8933, 35.5016)},
        id="tripoli-lebanon",
    ),
    pytest.param(
        "Fighting near Tripoli forced Libya's unity government to seek a ceasefire with forces "
        "loyal to Khalifa Haftar in Benghazi.",
        {"Tripoli": ("LY", "city", 32.8872, 13.1913), "Benghazi": ("LY", "city", 32.1167, 20.0667)},
        id="tripoli-libya",
    ),
    pytest.param(
        "Police in Atlanta, Georgia, said the suspect had fled to Alabama before he was arrested.",
        {"Atlanta": ("US", "city", 33.749, -84.388), "Georgia": ("US", "admin1", None, None)},
        id="georgia-state-by-container",
    ),
    pytest.param(
        "Georgia's health department reported 40 new cases in Savannah and Augusta on Wednesday.",
        {"Georgia": ("US", "admin1", None, None), "Savannah": ("US", "city", 32.0835, -81.0998)},
        id="georgia-state-by-its-cities",
    ),
    pytest.param(
        "Russian troops remain in South Ossetia, and the government in Tbilisi says Georgia will "
        "never accept the occupation.",
        {"Georgia": ("GE", "country", None, None), "Tbilisi": ("GE", "city", 41.6941, 44.8337)},
        id="georgia-country",
    ),
    pytest.param(
        "The Syrian army shelled Idlib province overnight, while Turkish troops reinforced their "
        "positions near Afrin.",
        {
            "Syrian": ("SY", "country", None, None),
            "Idlib": ("SY", "admin1", None, None),
            "Turkish": ("TR", "country", None, None),
        },
        id="demonyms-and-province-cue",
    ),
    pytest.param(
        "Some 300 fighters were flown to Gazientep and then taken by bus to Azerbiajan, the report "
        "said.",
        {
            "Gazientep": ("TR", "city", 37.0594, 37.3825),
            "Azerbiajan": ("AZ", "country", None, None),
        },
        id="misspellings",
    ),
    pytest.param(
        "officials in baghdad said on sunday that iraq would not allow foreign troops near basra.",
        {"baghdad": ("IQ", "city", 33.3406, 44.4009), "iraq": ("IQ", "country", None, None)},
        id="all-lower-case",
    ),
    pytest.param(
        "TURKEY SAYS ITS TROOPS WILL STAY IN NORTHERN SYRIA UNTIL DAMASCUS AGREES TO TALKS",
        {
            "TURKEY": ("TR", "country", None, None),
            "NORTHERN SYRIA": ("SY", "area", None, None),
            "DAMASCUS": ("SY", "city", 33.5102, 36.2913),
        },
        id="all-caps",
    ),
    pytest.param(
        "He grew up in Reading, England, and later moved to Mobile, Alabama, where he opened a "
        "bakery.",
        {"Reading": ("GB", "city", 51.4562, -0.9711), "Mobile": ("US", "city", 30.6944, -88.043)},
        id="common-words-that-are-places",
    ),
    pytest.param(
        "The minister flew to the Azerbaijani capital on Friday for talks on the pipeline.",
        {"the Azerbaijani capital": ("AZ", "city", 40.4093, 49.8671)},
        id="descriptive-reference",
    ),
    pytest.param(
        "Syria's capital was calm on Sunday, while fighting raged in Idlib province.",
        {"Syria": ("SY", "country", None, None), "capital": ("SY", "city", 33.5102, 36.2913)},
        id="possessive-capital",
    ),
    pytest.param(
        "Rebels said they had retaken villages in the strategic northwestern Syrian province of "
        "Aleppo.",
        {"Aleppo": ("SY", "admin1", None, None)},
        id="province-of",
    ),
    pytest.param(
        "WASHINGTON (Reuters) - Senators from Texas and Florida opposed the aid bill on Tuesday.",
        {"WASHINGTON": ("US", "city", 38.8951, -77.0364), "Florida": ("US", "admin1", None, None)},
        id="dateline",
    ),
    pytest.param(
        "Russian shelling continued around Kharkiv and Mariupol, Ukrainian officials said, and "
        "aid convoys left Dublin and Glasgow for the border.",
        {
            "Mariupol": ("UA", "city", 47.0958, 37.5494),
            "Glasgow": ("GB", "city", 55.8651, -4.2576),
        },
        id="places-listed-with-places",
    ),
    pytest.param(
        "The outbreak spread from Wuhan to other cities in Hubei province, Chinese officials said.",
        {"Wuhan": ("CN", "city", 30.5833, 114.2667), "Hubei": ("CN", "admin1", None, None)},
        id="city-and-province",
    ),
    pytest.param(
        "Growers in Fresno, Calif., and Richmond, Va., said the drought in Queensland and "
        "NSW had raised prices.",
        {
            "Calif.": ("US", "admin1", None, None),  # AP state abbreviations, with their dot
            "Va.": ("US", "admin1", None, None),
            "Fresno": ("US", "city", 36.7477, -119.7724),
            "Richmond": ("US", "city", 37.5538, -77.4603),
            "NSW": ("AU", "admin1", None, None),
        },
        id="news-state-abbreviations",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paragraph_places(text: str, expected: dict[str, tuple]) -> None:
    places, _ = geoparse(text)
    for words, (country, kind, lat, lon) in expected.items():
        place = named(places, words)
        assert (place.country_code, place.kind) == (country, kind), (words, place)
        if lat is not None:
            assert km(place.lat, place.lon, lat, lon) <= 30, (words, place.lat, place.lon)


def test_capitalised_words_that_are_not_places_here() -> None:
    places, unresolved = geoparse(
        "Sales of Mobile phones jumped in March, and Along with the tablets, Reading devices "
        "sold well, Of course. Nice results, said Victoria Beckham's adviser Mr Chad Smith."
    )
    assert places == []
    assert unresolved == []


def test_pathogens_named_after_places_are_not_places() -> None:
    places, _ = geoparse(
        "Doctors in Uganda confirmed two cases of Marburg virus disease, and the Reston "
        "ebolavirus was found in pigs."
    )
    assert [p.name for p in places] == ["Uganda"]


def test_metonymy_marks_capitals_that_act_as_governments() -> None:
    places, _ = geoparse(
        "Moscow denied the report on Tuesday, while Washington said it would respond."
    )
    moscow, washington = named(places, "Moscow"), named(places, "Washington")
    assert (moscow.role, washington.role) == ("actor", "actor")
    assert (moscow.country_code, washington.country_code) == ("RU", "US")
    assert km(washington.lat, washington.lon, 38.8951, -77.0364) < 25
    assert any("metonymy" in e for e in moscow.evidence)


def test_a_capital_that_is_a_setting_stays_a_location() -> None:
    places, _ = geoparse("Thousands of protesters gathered in Moscow on Saturday, police said.")
    assert named(places, "Moscow").role == "location"
    places, _ = geoparse("Paris hosted the summit on Monday, and Berlin said it would attend.")
    assert (named(places, "Paris").role, named(places, "Berlin").role) == ("location", "actor")


def test_one_sense_per_discourse() -> None:
    places, _ = geoparse(
        "Floods hit Paris, Texas, overnight. Paris officials said the water would recede. "
        "Residents of Paris were told to boil water."
    )
    paris = named_all = [p for p in places if p.name == "Paris"]
    assert len(named_all) == 1
    assert paris[0].country_code == "US" and len(paris[0].mentions) == 3


def test_unknown_place_names_are_reported_with_a_reason() -> None:
    _, unresolved = geoparse("Fighting went on near Qwertyville, the ministry in Kabul said.")
    assert [u.mention.text for u in unresolved] == ["Qwertyville"]
    assert "Qwertyville" in unresolved[0].reason


def test_a_far_namesake_is_not_put_on_the_map() -> None:
    places, unresolved = geoparse(
        "Bird flu was found on a turkey farm in Suffolk, England, the environment ministry in "
        "London said on Friday."
    )
    assert {p.country_code for p in places} == {"GB"}
    # the gazetteer now holds the county (admin2): no US town of its name is considered
    assert unresolved == []
    suffolk = next(p for p in places if p.name == "Suffolk")
    assert (suffolk.kind, suffolk.country_code) == ("admin2", "GB")
