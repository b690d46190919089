"""The geoparser on wire-style paragraphs like those of a fifth probe on unseen articles: names
sent to a wrong, far-away dot that no careful reader would choose — a country's own name in a
list of countries, a famous province beaten by a small town, a tiny territory reached by
another name, a look-alike spelling abroad, a province cue with only a foreign town, and a
sea used as an adjective."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Place, Unresolved


def unresolved_at(misses: list[Unresolved], words: str) -> Unresolved:
    hits = [u for u in misses if u.mention.text == words]
    assert hits, f"{words!r} is not among the unresolved: {[u.mention.text for u in misses]}"
    return hits[0]


def placed(places: list[Place], words: str) -> bool:
    return any(m.text == words for p in places for m in p.mentions)


# --- a country's own name in a list of countries -----------------------------------------------


def test_a_country_listed_before_another_is_no_town_of_the_second() -> None:
    text = (
        "Several governments, among them Cuba, Portugal, and the United States, imposed "
        "checks on arrivals."
    )
    places, _ = geoparse(text)
    cuba = place_at(places, text, "Cuba")
    assert (cuba.kind, cuba.country_code) == ("country", "CU")
    assert place_at(places, text, "Portugal").country_code == "PT"


def test_each_country_of_a_list_stays_a_country() -> None:
    text = "Flights from Jamaica, Cuba, and the Dominican Republic were suspended on Monday."
    places, _ = geoparse(text)
    assert place_at(places, text, "Jamaica").country_code == "JM"
    assert place_at(places, text, "Cuba").kind == "country"


def test_a_province_after_a_country_name_still_makes_it_a_town() -> None:
    text = "Residents of Cuba, New Mexico, were told to boil their water."
    places, _ = geoparse(text)
    cuba = place_at(places, text, "Cuba")
    assert (cuba.kind, cuba.country_code) == ("city", "US")


# --- a well-known province over a small town of a country the article names ----------------------


def test_a_famous_province_beats_a_small_town_of_a_country_named() -> None:
    text = (
        "Health officials in Manitoba and Ohio confirmed two infections. A third case was "
        "confirmed in Wales after the traveller flew home."
    )
    places, _ = geoparse(text)
    wales = place_at(places, text, "Wales")
    assert (wales.kind, wales.country_code) == ("admin1", "GB")
    assert place_at(places, text, "Ohio").country_code == "US"


def test_a_town_near_the_article_places_keeps_its_name() -> None:
    text = "Farmers near Lebanon and Harrisburg in Pennsylvania culled their flocks."
    places, _ = geoparse(text)
    lebanon = place_at(places, text, "Lebanon")
    assert (lebanon.kind, lebanon.country_code) == ("city", "US")


# --- a tiny territory reached by another name --------------------------------------------------


def test_a_tiny_far_territory_is_no_county_of_a_british_story() -> None:
    text = (
        "Officials in London ordered the slaughter of 30,000 turkeys on a farm in Norfolk "
        "after the strain was found."
    )
    places, misses = geoparse(text)
    assert not placed(places, "Norfolk")
    assert "territory" in unresolved_at(misses, "Norfolk").reason
    assert place_at(places, text, "London").country_code == "GB"


def test_a_qualifier_keeps_no_entry_outside_it() -> None:
    text = "Inspectors visited Oak Grange Farm near Stroud, Ontario, on Tuesday."
    places, misses = geoparse(text)
    assert not placed(places, "Stroud")
    assert unresolved_at(misses, "Stroud").reason
    assert place_at(places, text, "Ontario").country_code == "CA"
    # a county inside its qualifier is kept: Norfolk, England is the county (admin2)
    text = "Inspectors visited Oak Grange Farm near Norfolk, England, on Tuesday."
    places, _ = geoparse(text)
    norfolk = place_at(places, text, "Norfolk")
    assert (norfolk.kind, norfolk.country_code) == ("admin2", "GB")


def test_a_town_outside_its_province_is_unresolved() -> None:
    text = "A driver was stopped on a highway near Stroud, Ontario, on Friday, police said."
    places, misses = geoparse(text)
    assert not placed(places, "Stroud")  # not Stroud, England
    assert "outside" in unresolved_at(misses, "Stroud").reason
    assert place_at(places, text, "Ontario").country_code == "CA"


def test_a_town_inside_its_qualifier_is_kept() -> None:
    text = "Heavy rain flooded streets in the port city of Norfolk, Virginia, on Sunday."
    places, _ = geoparse(text)
    norfolk = place_at(places, text, "Norfolk")
    assert (norfolk.kind, norfolk.country_code) == ("city", "US")


def test_a_full_stop_is_no_qualifier() -> None:
    text = (
        "Washington expelled diplomats and closed the consulate in Seattle. Russia would "
        "answer in kind, its ministry said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Seattle").country_code == "US"


# --- a look-alike spelling abroad --------------------------------------------------------------


def test_a_spelling_variant_abroad_is_not_a_district_of_the_story() -> None:
    text = (
        "Schools in Kisii, Nyamira, Suba and Kuria stayed shut after the floods, Kenyan "
        "officials said."
    )
    places, misses = geoparse(text)
    assert not any(p.country_code == "FJ" for p in places)
    assert not placed(places, "Suba")
    assert unresolved_at(misses, "Suba").reason
    assert place_at(places, text, "Nyamira").country_code == "KE"


def test_a_spelling_variant_in_the_story_country_is_kept() -> None:
    text = "Shelling hit Kiev and Kharkov overnight, Ukrainian officials said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Kiev").country_code == "UA"
    assert place_at(places, text, "Kharkov").country_code == "UA"


# --- a province cue with only a foreign town ---------------------------------------------------


def test_a_province_cue_is_no_foreign_town() -> None:
    text = (
        "Kenya's ministry said the outbreak in Nyanza province had killed 20 people. "
        "Officials in Nairobi and Kisumu asked for help."
    )
    places, _ = geoparse(text)
    assert not any(p.country_code == "RW" for p in places)
    # the former province (scripts/data/former_admin1.csv), not the Rwandan town
    nyanza = place_at(places, text, "Nyanza province")
    assert (nyanza.kind, nyanza.country_code) == ("admin1", "KE")
    assert place_at(places, text, "Kisumu").country_code == "KE"


def test_a_district_cue_near_the_other_places_keeps_its_town() -> None:
    text = (
        "The health ministry of Congo quarantined the Etoumbi and Mbomo districts after "
        "nine deaths."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Etoumbi").country_code == "CG"


# --- a sea used as an adjective ----------------------------------------------------------------


def test_an_ocean_as_adjective_is_no_town() -> None:
    text = (
        "Geese winter on the Pacific side of the Americas, wildlife officials in Oregon "
        "said. The Atlantic flyway carries ducks south to Florida."
    )
    places, misses = geoparse(text)
    assert not placed(places, "Pacific")
    assert not placed(places, "Atlantic")
    assert "seas" in unresolved_at(misses, "Pacific").reason
    assert place_at(places, text, "Florida").country_code == "US"


def test_a_hyphened_ocean_is_no_town() -> None:
    text = "Stores in nine mid-Atlantic states closed, officials in New York said."
    places, _ = geoparse(text)
    assert not placed(places, "Atlantic")
    assert place_at(places, text, "New York").country_code == "US"


def test_a_town_area_named_with_its_province_is_kept() -> None:
    text = (
        "Three puppies were stolen from a farm in the Fredericton area this week, "
        "New Brunswick police said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Fredericton").country_code == "CA"
