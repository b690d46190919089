"""The geoparser on wire-style paragraphs like those of the fifth probe, second round: two-city
datelines, ports and airports the gazetteer lacks, namesakes far from the story (a famous
capital's, an alias's, a look-alike's), words that are no places here (a first name, a
sentence's first word), references that are no names ("the kingdom", "the Tigrayan capital",
"the Mopti and Segou regions") and names written with an Arabic article the gazetteer
does not list, which must be reported rather than lost."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at

from claimmap.model import Place, Unresolved


def unresolved_texts(misses: list[Unresolved]) -> list[str]:
    return [u.mention.text for u in misses]


def mentioned(places: list[Place], words: str) -> bool:
    return any(m.text == words for p in places for m in p.mentions)


# --- two-city datelines -------------------------------------------------------------------------


def test_both_cities_of_a_two_city_dateline() -> None:
    text = (
        "LIMA/QUITO, March 3 (Reuters) - Peru's foreign ministry said on Friday that talks "
        "with Ecuador would resume."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "LIMA").name == "Lima"
    quito = place_at(places, text, "QUITO")
    assert (quito.name, quito.kind, quito.country_code) == ("Quito", "city", "EC")


def test_a_dateline_read_as_one_organisation_still_gives_its_cities() -> None:
    text = "KYIV/MOSCOW (Reuters) - Ukraine said on Monday it had struck a fuel depot in Russia."
    places, _ = geoparse(text)
    assert place_at(places, text, "KYIV").country_code == "UA"
    assert place_at(places, text, "MOSCOW").country_code == "RU"


def test_a_dateline_city_is_the_bureau_not_a_namesake_near_the_story() -> None:
    text = (
        "NAIROBI/GENEVA, May 2 (AFP) - The New York-based group said migrants were stranded "
        "in Somalia and Yemen."
    )
    places, _ = geoparse(text)
    geneva = place_at(places, text, "GENEVA")
    assert (geneva.kind, geneva.country_code) == ("city", "CH")


# --- ports and airports the gazetteer lacks -------------------------------------------------


def test_an_airport_named_after_its_city_is_placed_at_the_city() -> None:
    text = "Aid flights landed at Aden International Airport in Yemen on Sunday, officials said."
    places, unresolved = geoparse(text)
    aden = place_at(places, text, "Aden International Airport")  # listed: the airport itself
    assert (aden.source_id, aden.kind, aden.country_code) == ("airport:ADE", "facility", "YE")
    assert "Aden International Airport" not in unresolved_texts(unresolved)


def test_an_airport_named_after_a_person_keeps_the_city_as_its_own_mention() -> None:
    text = "The envoy flew out of Istanbul Atatürk International Airport on a flight to Ghana."
    places, _ = geoparse(text)
    istanbul = place_at(places, text, "Istanbul")
    assert (istanbul.name, istanbul.country_code) == ("Istanbul", "TR")
    assert not mentioned(places, "Istanbul Atatürk International Airport")


def test_a_city_s_airport_is_in_that_city() -> None:
    text = (
        "Police seized the cocaine at Nairobi's Jomo Kenyatta International Airport, Kenya's "
        "police said."
    )
    places, _ = geoparse(text)
    airport = place_at(places, text, "Jomo Kenyatta International Airport")
    assert (airport.source_id, airport.country_code) == ("airport:NBO", "KE")


def test_an_airport_named_after_a_foreign_town_stays_unresolved() -> None:
    text = "Ethiopia said its citizens were flown from Riyadh back to Bole International Airport."
    places, unresolved = geoparse(text)
    assert not any(p.country_code == "CN" for p in places)
    assert "Bole International Airport" not in unresolved_texts(unresolved)  # listed now
    assert place_at(places, text, "Bole International Airport").source_id == "airport:ADD"


# --- far namesakes and words that are no places here -------------------------------------------


def test_a_washington_based_group_is_in_the_us_capital_in_a_story_naming_britain() -> None:
    text = (
        "According to the Washington-based Atlantic Council, Britain and France have sent more "
        "troops to Estonia."
    )
    places, _ = geoparse(text)
    washington = place_at(places, text, "Washington")
    assert (washington.kind, washington.country_code) == ("city", "US")
    assert abs(washington.lon - -77.04) < 0.5


def test_a_capital_acting_is_the_capital_not_the_state() -> None:
    text = (
        "Iraq's prime minister said on Monday that Washington had provided air support, a "
        "British envoy in London said."
    )
    places, _ = geoparse(text)
    washington = place_at(places, text, "Washington")
    assert (washington.kind, washington.country_code) == ("city", "US")


def test_a_look_alike_of_a_capital_s_old_name_is_not_that_capital() -> None:
    text = (
        "Goods crossed the Rabia border crossing into Iraq from Syria, a British official in "
        "London said."
    )
    places, unresolved = geoparse(text)
    assert not any(p.country_code == "MA" for p in places)
    assert "Rabia" in unresolved_texts(unresolved)


def test_an_alias_of_a_far_town_in_a_country_named_in_passing_is_unresolved() -> None:
    text = (
        "About 43,000 people remain in Qamishli and the nearby Roj camp, a U.S. official said, "
        "as Iraq and Syria agreed on returns."
    )
    places, unresolved = geoparse(text)
    assert not any(p.kind == "city" and p.country_code == "US" for p in places)
    roj = next(u for u in unresolved if u.mention.text == "Roj")
    assert "km from the article's other towns" in roj.reason


def test_a_first_name_tagged_a_place_is_not_placed() -> None:
    text = (
        "Its foreign relations official Badran Ciya Kurd told Reuters last week that the "
        "camps were full."
    )
    places, unresolved = geoparse(text)
    assert places == []
    assert "Badran" not in unresolved_texts(unresolved)


def test_a_common_word_opening_a_sentence_is_no_town() -> None:
    text = (
        "Thousands live in the camp near the border with Iraq. Camp officials say some women "
        "were smuggled out by paid networks, Britain's envoy said."
    )
    places, _ = geoparse(text)
    assert not mentioned(places, "Camp")


# --- references that are not names -----------------------------------------------------------


def test_provinces_coordinated_before_one_plural_type_noun() -> None:
    text = "Most of the cotton comes from the Mopti and Segou regions of Mali, the ministry said."
    places, _ = geoparse(text)
    for words in ("Mopti", "Segou"):
        province = place_at(places, text, words)
        assert (province.kind, province.country_code) == ("admin1", "ML"), words


def test_an_adjective_with_its_landform_noun() -> None:
    text = "Ships were seen off the Crimean peninsula, Ukraine's navy said."
    places, _ = geoparse(text)
    crimea = place_at(places, text, "Crimean peninsula")
    assert crimea.name == "Crimea"


def test_the_kingdom_is_the_one_kingdom_the_article_names() -> None:
    text = "Migrants tried to enter the kingdom from Algeria, Morocco's interior ministry said."
    places, _ = geoparse(text)
    kingdom = place_at(places, text, "the kingdom")
    assert (kingdom.kind, kingdom.country_code) == ("country", "MA")
    assert kingdom is place_at(places, text, "Morocco")


def test_the_kingdom_among_two_kingdoms_is_left_alone() -> None:
    text = (
        "Officials said the kingdom had closed its border, Jordan and Saudi Arabia said in a "
        "joint statement."
    )
    places, _ = geoparse(text)
    assert not mentioned(places, "the kingdom")


def test_the_capital_of_a_province_named_by_its_demonym() -> None:
    text = "The rebels moved the weapons from the Tigrayan capital to Gondar, Ethiopia's army said."
    places, _ = geoparse(text)
    seat = place_at(places, text, "the Tigrayan capital")
    assert (seat.kind, seat.country_code) == ("city", "ET")
    assert abs(seat.lat - 13.5) < 0.3


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Troops were deployed to Shabwa and Hadramout, Yemen's government said.", "Shabwa", "YE"),
        ("Fighting flared in Muthanna and Basra, Iraqi officials said.", "Muthanna", "IQ"),
        ("Troops were deployed to Mahra, Yemen's government said.", "Mahra", "YE"),
    ],
)
def test_a_province_spelt_without_its_article_or_final_h(text: str, words: str, code: str) -> None:
    places, _ = geoparse(text)
    province = place_at(places, text, words)
    assert (province.kind, province.country_code) == ("admin1", code)


# --- names the gazetteer lacks are reported, not lost ------------------------------------------


def test_every_mention_of_an_unlisted_name_with_its_article_is_reported() -> None:
    text = (
        "Families were moved from the al-Hol camp in Syria on Monday. They were bussed from "
        "al-Hol, in Hasakah province, to Iraq; some 40,000 people remain in al-Hol."
    )
    places, unresolved = geoparse(text)
    assert unresolved_texts(unresolved).count("al-Hol") == 3
    assert not any(p.country_code == "NO" for p in places)


def test_an_unlisted_name_is_not_the_alias_its_bare_name_reaches() -> None:
    text = (
        "Some 1,000 people remain in al-Roj and the nearby Tawila camp in Syria, a U.S. "
        "official said."
    )
    places, unresolved = geoparse(text)
    assert not any(p.kind == "city" and p.country_code == "US" for p in places)
    assert "al-Roj" in unresolved_texts(unresolved)
