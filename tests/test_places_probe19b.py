"""Place resolution, probe 19 round 2: namesakes the sentence or the article rules out,
adjectival seas, facility heads, unknown names in place slots, demonym-led place entities.
All sentences are invented."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at


def _names(text: str) -> tuple[list[str], dict[str, str]]:
    places, unresolved = geoparse(text)
    return [p.name for p in places], {u.mention.text: u.reason for u in unresolved}


def test_apposed_province_rules_out_a_namesake_elsewhere() -> None:
    # the gazetteer's only Amirabad lies in Qazvin, not in the province the apposition names
    text = (
        "The trawler was seized at Amirabad, a smaller harbour in Mazandaran province, the "
        "officials said."
    )
    names, missed = _names(text)
    assert "Amīrābād" not in names
    assert "lies outside Māzandarān" in missed["Amirabad"]


def test_apposed_province_picks_the_namesake_inside_it() -> None:
    text = (
        "The drugs were landed at Lázaro Cárdenas, a busy port in Michoacán, and trucked "
        "north to Culiacán in Sinaloa."
    )
    places, _ = geoparse(text)
    port = place_at(places, text, "Lázaro Cárdenas")
    assert port.country_code == "MX"
    assert port.lat == pytest.approx(17.96, abs=0.05)


def test_city_word_in_own_name_is_no_alias() -> None:
    # "Ciudad Lázaro Cárdenas" is the port's own name; with both provinces named, a small
    # Sinaloa namesake near the article's other towns must not win over it
    text = (
        "Precursor chemicals reach the Mexican ports of Manzanillo and Lázaro Cárdenas before "
        "being trucked to laboratories near Culiacán and Los Mochis in Sinaloa, officials said. "
        "Some loads are first stored in warehouses in Michoacán."
    )
    places, _ = geoparse(text)
    port = place_at(places, text, "Lázaro Cárdenas")
    assert port.lon == pytest.approx(-102.20, abs=0.05)


def test_sea_name_before_ports_is_no_town() -> None:
    text = (
        "Customs officers said most of the seized cocaine had been unloaded at Pacific ports "
        "before being trucked north to Guatemala City."
    )
    places, missed = _names(text)
    assert "Pacific" not in places
    assert "Pacific" in missed
    assert "Guatemala City" in places


def test_hamlet_abroad_is_not_saved_by_a_lone_far_place() -> None:
    # Tigné (FR, 770 people) answers "Tine"; London, the watchdog's base, is the only place
    # near it and lies far from the Sahel story itself
    text = (
        "Gold mined in North Darfur is driven through the border town of Tine into Chad and "
        "flown from N'Djamena to Dubai, the London-based group said. Couriers also cross into "
        "the Central African Republic, it said, and officials in Khartoum denied the report."
    )
    names, missed = _names(text)
    assert "Tigné" not in names
    assert "Tigné (FR)" in missed["Tine"]
    assert "N'Djamena" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The vessel was intercepted about 60 nautical miles off Ras al Khabbah, on Oman's "
            "eastern tip, the navy said.",
            "Ras al Khabbah",
        ),
        (
            "Smugglers had shifted to smaller boats leaving from Abu Sarrah, near the Tunisian "
            "border, the minister said.",
            "Abu Sarrah",
        ),
        (
            "The people on board said the engine failed before they reached Scoglio Nero, the "
            "coast guard said.",
            "Scoglio Nero",
        ),
        (
            "The refugees were taken by truck to a temporary shelter at a temple in Ban Huai "
            "Lat, according to the governor of Tak province.",
            "Ban Huai Lat",
        ),
        (
            "The rebels said their forces had captured an army outpost at Kaw Lah Moo on Monday.",
            "Kaw Lah Moo",
        ),
        (
            "Most of the gold was produced at artisanal mines around Jebel Marra Kabir in North "
            "Darfur, the report said.",
            "Jebel Marra Kabir",
        ),
    ],
)
def test_unknown_name_in_a_place_slot_is_reported(text: str, name: str) -> None:
    _, missed = _names(text)
    assert name in missed
    assert "written in a place slot" in missed[name]


def test_unknown_person_after_from_a_message_is_not_a_place() -> None:
    _, missed = _names("The minister received a letter from Anna Bellweather on Monday.")
    assert "Anna Bellweather" not in missed


def test_russian_spelling_of_a_town_resolves() -> None:
    text = (
        "Officials said the children had been evacuated because of Ukrainian shelling of "
        "Novaya Kakhovka, the agency reported."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Novaya Kakhovka")
    assert town.name == "Nova Kakhovka"
    assert town.country_code == "UA"


def test_facility_head_of_a_longer_name_is_no_town() -> None:
    text = (
        "A Thai security official said patrols had seized two boats carrying fuel near the "
        "Second Thai-Myanmar Friendship Bridge last week."
    )
    names, missed = _names(text)
    assert "Bridge" not in names
    assert "Bridge" not in missed


def test_demonym_before_a_sea_in_one_entity_is_split() -> None:
    text = "The fuel had been loaded at the Russian Black Sea port of Tuapse earlier this month."
    places, missed = geoparse(text)
    names = {p.name for p in places}
    assert {"Russia", "Black Sea", "Tuapse"} <= names
    assert not missed


def test_apposed_island_is_reported_when_unknown() -> None:
    text = (
        "Lirosa, a smaller island north of Lampedusa, also received a boat of 24 migrants on "
        "Sunday, Italian media reported."
    )
    _, missed = _names(text)
    assert "'Lirosa, a smaller island'" in missed["Lirosa"]


def test_far_look_alike_reason_says_the_gazetteer_lacks_the_name() -> None:
    # "Linosa" is not in the gazetteer; its look-alike Reynosa (MX) is struck as far away
    text = (
        "Boats leaving Zuwara now head for Lampedusa and Linosa, a smaller island north of "
        "Lampedusa, the coast guard said."
    )
    _, missed = _names(text)
    assert missed["Linosa"].startswith("no gazetteer entry for 'Linosa'; its closest look-alike")
    assert "Reynosa, MX" in missed["Linosa"]


def test_unknown_name_after_faith_in_is_no_place() -> None:
    _, missed = _names("Voters said they had lost faith in Marek Dobrowolski, the poll found.")
    assert "Marek Dobrowolski" not in missed


def test_untagged_unknown_name_reached_is_reported() -> None:
    text = (
        '"They told us they left Sabratha on Tuesday night and that the engine failed before '
        'they reached Scoglio," said the spokeswoman.'
    )
    _, missed = _names(text)
    assert "object of 'reach'" in missed["Scoglio"]
