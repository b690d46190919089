"""Places of a probe on unseen wire articles (session 23): names built on a possessive
("St. Xyz's Island"), exonyms that are English common nouns, facilities named after a place
("Xyz's Abc terminal", "the Abc crossing"), Arabic article respellings, "regional unit"
cues, names the text says are another name of a place, towns inside a named disputed area
and border twins. Invented sentences only."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.gazetteer import default_gazetteer
from claimmap.places_spelling import article_respelling, article_respellings


def _unresolved(text: str) -> dict[str, str]:
    _, unresolved = geoparse(text)
    return {u.mention.text: u.reason for u in unresolved}


# --- "St. Xyz's Island": one name ---------------------------------------------------------------


def test_possessive_island_is_one_name_not_its_halves() -> None:
    text = "Divers explored the reefs off St. Paul's Island near Kodiak, Alaska, officials said."
    places, unresolved = geoparse(text)
    assert not any(p.country_code == "IS" for p in places)  # "Island" is no Iceland
    assert not any(p.name == "Saint Paul" for p in places)  # nor the Minnesota city
    assert "St. Paul's Island" in {u.mention.text for u in unresolved}
    assert place_at(places, text, "Kodiak").country_code == "US"


def test_possessive_hill_known_to_the_gazetteer_resolves_whole() -> None:
    text = "Tourists drove from Kuala Lumpur up to Fraser's Hill for the weekend."
    places, _ = geoparse(text)
    hill = place_at(places, text, "Fraser's Hill")
    assert (hill.name, hill.country_code) == ("Bukit Fraser", "MY")


def test_bare_island_never_names_iceland() -> None:
    text = "The ferry from Oban waited off the Island for two hours, the coastguard said."
    places, _ = geoparse(text)
    assert not any(p.country_code == "IS" for p in places)


# --- facilities named after a place ------------------------------------------------------------


def test_name_between_a_possessive_and_a_terminal_is_no_continent() -> None:
    text = "Guards seized 900 kg of cocaine at Hamburg's Europa terminal, German customs said."
    places, _ = geoparse(text)
    assert not any(p.name == "Europe" for p in places)
    assert "terminal in Hamburg" in _unresolved(text)["Europa"]
    assert place_at(places, text, "Hamburg").country_code == "DE"


def test_crossing_named_after_a_far_small_town_is_unresolved() -> None:
    text = (
        "Couriers drove the pills from Culiacán, Sinaloa, through Tucson to Phoenix, Arizona, "
        "and on to Albuquerque. "
        "A spokesman said guards had added scanners at the Truckee crossing."
    )
    places, _ = geoparse(text)
    assert not any(p.name == "Truckee" for p in places)
    assert "border crossing" in _unresolved(text)["Truckee"]


# --- Arabic article respellings ------------------------------------------------------------------


def test_article_respellings() -> None:
    assert article_respellings("al-Safira") == ["as-Safira"]
    assert article_respellings("Al-Raqqa") == ["Ar-Raqqa"]
    assert article_respellings("ash-Shaddadi") == ["al-Shaddadi"]
    assert article_respellings("Alqusayr") == ["Al-Qusayr"]
    assert article_respellings("al-Bab") == []  # "b" is a moon letter
    assert article_respellings("Alexandria") == []  # a vowel after "Al": no fused article
    gaz = default_gazetteer()
    assert article_respelling("Aldana", gaz) == ""  # a name the gazetteer holds as written


def test_sun_letter_and_fused_articles_resolve() -> None:
    text = "Militias moved from Deir ez-Zor to al-Safira and later to Alqusayr, near Homs."
    places, _ = geoparse(text)
    assert place_at(places, text, "Safira").name == "As Safīrah"
    qusayr = place_at(places, text, "Alqusayr")
    assert (qusayr.name, qusayr.country_code) == ("Al Quşayr", "SY")


# --- cues and stated names -----------------------------------------------------------------------


def test_regional_unit_cue_takes_the_place() -> None:
    text = "The boat reached Crete on Sunday, an official in the Chania regional unit said."
    places, _ = geoparse(text)
    chania = place_at(places, text, "Chania")
    assert (chania.name, chania.country_code) == ("Chaniá", "GR")


def test_which_people_call_names_the_same_place() -> None:
    text = "The road through Kalbajar, which Armenians call Karvachar, was closed on Friday."
    places, _ = geoparse(text)
    kalbajar = place_at(places, text, "Karvachar")
    assert (kalbajar.name, kalbajar.country_code) == ("Kalbajar", "AZ")
    assert place_at(places, text, "Kalbajar") is kalbajar
    assert not any(p.country_code == "AM" for p in places)  # "Armenians" name the speakers


# --- the story's disputed area, border twins -----------------------------------------------------


def test_town_inside_the_named_disputed_area_wins() -> None:
    text = (
        "Thousands of families left Nagorno-Karabakh after the offensive. Buses crawled "
        "through Askeran toward the border. A teacher from Martuni said she reached Goris "
        "after two nights on the road."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Martuni")
    assert (town.name, town.country_code) == ("Khojavend", "AZ")


def test_bare_mentions_take_the_twin_of_a_qualified_one() -> None:
    text = (
        "Smugglers drove the loads through the port of entry in Naco, federal agents said. "
        "Once in Arizona, the drugs were taken to stash houses in Tucson.\n\n"
        "One courier, identified as Mario Ruiz, 41, of Naco, Sonora, was arrested in "
        "Hermosillo."
    )
    places, _ = geoparse(text)
    first = text.index("Naco")
    second = text.index("Naco, Sonora")
    bare = next(p for p in places if any(m.start == first for m in p.mentions))
    marked = next(p for p in places if any(m.start == second for m in p.mentions))
    assert (bare.name, bare.country_code, round(bare.lat, 2)) == ("Naco", "US", 31.34)
    assert (marked.name, marked.country_code) == ("Naco", "MX")


def test_town_in_its_own_country_before_a_port_stays() -> None:
    text = "Tankers queued at China's Qingdao port and at Ohio's Toledo port on Monday."
    places, _ = geoparse(text)
    assert place_at(places, text, "Qingdao").country_code == "CN"
    toledo = place_at(places, text, "Toledo")
    assert (toledo.name, toledo.country_code) == ("Toledo", "US")


def test_neighbour_before_a_border_noun_stays_a_country() -> None:
    text = "Troops massed along Poland's Belarus border, officials in Warsaw said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Belarus").country_code == "BY"
