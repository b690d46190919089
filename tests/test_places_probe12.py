"""Place defects a twelfth probe of unseen articles found: words and product names read as
places, far namesakes in one-country articles, dotted abbreviations, disputed islands.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Candidate, Place
from claimmap.places_generic import drop_fuzzy_island_towns
from claimmap.places_lexicon import Toponym
from claimmap.places_scoring import Group


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def unresolved_names(text: str) -> dict[str, str]:
    return {u.mention.text: u.reason for u in geoparse(text)[1]}


# --- names that are words or products ------------------------------------------------------


def test_a_name_between_a_demonym_and_a_plural_noun_is_a_model() -> None:
    # "Russian Xyz and Abc drones": Zala is a Hungarian county, not what the drones are
    text = (
        "Investigators found parts of Russian Orlan and Zala drones in the wreckage "
        "near Kharkiv, officials said."
    )
    found = by_text(geoparse(text)[0])
    assert "Zala" not in found
    assert found["Kharkiv"].country_code == "UA"
    assert "model name" in unresolved_names(text)["Zala"]


def test_a_place_before_a_plural_noun_without_a_demonym_stays_a_place() -> None:
    found = by_text(geoparse("Zala residents protested in Budapest on Monday.")[0])
    assert found["Budapest"].country_code == "HU"


def test_the_centre_of_indian_english_is_no_foreign_province() -> None:
    # "the Centre" = the Union government; a province "Centre" lies in Burkina Faso and France
    text = (
        "The state minister asked the Centre for more funds for flood relief, "
        "officials in Shillong said."
    )
    found = by_text(geoparse(text)[0])
    assert "Centre" not in found
    assert found["Shillong"].country_code == "IN"


def test_a_false_centre_does_not_knock_out_the_real_province() -> None:
    text = (
        "Chief Minister Zoramthanga seeks Centre's aid\n\n"
        "Mizoram Chief Minister Zoramthanga said on Monday that the State would help."
    )
    found = by_text(geoparse(text)[0])
    assert "Centre" not in found
    assert (found["Mizoram"].kind, found["Mizoram"].country_code) == ("admin1", "IN")


def test_a_position_word_called_a_region_in_its_country_is_the_province() -> None:
    found = by_text(geoparse("Fighting spread to the Centre region of Burkina Faso.")[0])
    assert (found["Centre"].kind, found["Centre"].country_code) == ("admin1", "BF")


# --- rivers and islands ----------------------------------------------------------------------


def test_the_x_in_a_sentence_about_a_river_is_not_a_small_town() -> None:
    # the Meriç river: the gazetteer holds only the Turkish town of that name
    text = (
        "Smugglers waited on the far bank, and the river is known as the Maritsa in "
        "Bulgaria and the Meric in Turkey."
    )
    found = by_text(geoparse(text)[0])
    assert "Meric" not in found
    assert found["Turkey"].country_code == "TR"


def test_a_river_named_with_its_town_keeps_both() -> None:
    found = by_text(geoparse("Refugees crossed the river at the Danube near Vidin.")[0])
    assert found["Danube"].kind == "water"
    assert found["Vidin"].country_code == "BG"


def _fuzzy_town() -> Candidate:
    return Candidate(
        "gn:1", "Xyzbetsu", "xyzbetu", "city", "JP", "JP.01", 43.0, 141.0, 5_000, fuzzy=True
    )


def test_a_misspelt_look_alike_of_an_island_chain_is_not_a_town() -> None:
    text = "Patrols grew around the Xyzbetu island chain, the ministry said."
    start = text.index("Xyzbetu")
    top = Toponym(start, start + 7, "Xyzbetu", "Xyzbetu")
    group = Group("name:xyzbetu", "Xyzbetu", [top], [_fuzzy_town()], choice=_fuzzy_town())
    groups = {group.key: group}
    out = drop_fuzzy_island_towns(groups, "d", text)
    assert not groups
    assert [u.mention.text for u in out] == ["Xyzbetu"]


def test_a_town_spelt_right_before_islands_is_kept() -> None:
    text = "Ferries left Xyzbetu islands port on Monday."
    start = text.index("Xyzbetu")
    exact = Candidate("gn:1", "Xyzbetu", "xyzbetu", "city", "JP", "JP.01", 43.0, 141.0, 5_000)
    top = Toponym(start, start + 7, "Xyzbetu", "Xyzbetu")
    group = Group("name:xyzbetu", "Xyzbetu", [top], [exact], choice=exact)
    groups = {group.key: group}
    assert not drop_fuzzy_island_towns(groups, "d", text)
    assert groups


# --- far namesakes in a one-country article ---------------------------------------------------


def test_a_small_town_abroad_far_from_a_one_country_article_stays_unresolved() -> None:
    # the British Columbia village is not in the data; a US Clinton is 1,000 km off
    text = (
        "Evacuees from Kamloops drove through Clinton and Cache Creek to Kelowna and "
        "Vernon, officials in Victoria said."
    )
    found = by_text(geoparse(text)[0])
    assert "Clinton" not in found
    assert found["Kamloops"].country_code == "CA"
    assert "all in CA" in unresolved_names(text)["Clinton"]


# --- names in the data missed in running text -------------------------------------------------


def test_a_dotted_province_abbreviation_is_the_province() -> None:
    text = (
        "Crews worked across the N.S. on Monday, officials in Halifax said. "
        "The N.S.'s premier said the roads were closed."
    )
    places = geoparse(text)[0]
    found = by_text(places)
    assert (found["N.S."].name, found["N.S."].kind) == ("Nova Scotia", "admin1")
    assert len(found["N.S."].mentions) == 2


def test_a_short_form_of_a_country() -> None:
    found = by_text(geoparse("Gunmen came from Burkina, the mayor of Dapaong said.")[0])
    assert (found["Burkina"].kind, found["Burkina"].country_code) == ("country", "BF")


# --- disputed islands under the names readers use ----------------------------------------------


def test_disputed_islands_under_their_common_names() -> None:
    text = "Chinese ships sailed near the Senkakus, which Beijing calls the Diaoyu Islands."
    found = by_text(geoparse(text)[0])
    assert found["Senkakus"].kind == "disputed"
    assert found["Senkakus"].name == "Senkaku Islands"
    assert found["Diaoyu Islands"].id == found["Senkakus"].id


def test_south_china_sea_features_under_their_common_names() -> None:
    text = "Manila protested after ships blocked Scarborough Shoal and the Spratlys."
    found = by_text(geoparse(text)[0])
    assert found["Scarborough Shoal"].kind == "disputed"
    assert found["Spratlys"].name == "Spratly Islands"
