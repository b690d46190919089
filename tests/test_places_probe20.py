"""Places in invented wire paragraphs: a headline's "…in Xyz, Country says" is an
attribution, not an address; a short name two states share ("Congo") follows the article;
an alias of a small far town in an unnamed country, a language, a drug's name and an
outlet's name are no places; names NER tags a person, a date or an organisation before a
border or holding facility are reported, never dropped silently."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Place, Unresolved


def _names(places: list[Place]) -> set[str]:
    return {m.text for p in places for m in p.mentions}


def _unresolved(unresolved: list[Unresolved]) -> set[str]:
    return {u.mention.text for u in unresolved}


def test_headline_country_says_is_no_container() -> None:
    text = (
        "Trawlers unload sardines in Casablanca, Portugal says\n\n"
        "Spanish trawlers landed 300 tonnes of sardines in Casablanca on Monday, "
        "and the catch was moved on to Tangier."
    )
    places, unresolved = geoparse(text)
    casablanca = place_at(places, text, "Casablanca", 1)
    assert (casablanca.kind, casablanca.country_code) == ("city", "MA")
    assert place_at(places, text, "Casablanca") is casablanca  # the headline's too
    assert "Casablanca" not in _unresolved(unresolved)


def test_written_container_still_vetoes_a_town_outside_it() -> None:
    text = "Flood waters reached a farm outside Casablanca, Portugal, on Monday, the mayor said."
    places, unresolved = geoparse(text)
    assert "Casablanca" in _unresolved(unresolved)
    assert "Casablanca" not in _names(places)


def test_shared_short_name_follows_the_article_towns() -> None:
    text = (
        "KINSHASA, Congo (AP) — Congolese police said Tuesday that copper ore had been "
        "trucked from Kolwezi to Likasi and then into Zambia. The ore left Congo without "
        "export papers, the mining minister said."
    )
    places, unresolved = geoparse(text)
    congo = place_at(places, text, "Congo", 1)
    assert (congo.kind, congo.country_code) == ("country", "CD")
    kinshasa = place_at(places, text, "KINSHASA")
    assert (kinshasa.kind, kinshasa.country_code) == ("city", "CD")
    assert not _unresolved(unresolved) & {"KINSHASA", "Kolwezi", "Likasi"}


def test_shared_short_name_other_state() -> None:
    text = (
        "BRAZZAVILLE, Congo (Reuters) — Police in Pointe-Noire said on Friday that fuel "
        "smuggled from Dolisie had been seized in Congo's main port."
    )
    places, _ = geoparse(text)
    congo = place_at(places, text, "Congo", 1)
    assert (congo.kind, congo.country_code) == ("country", "CG")


def test_alias_of_a_far_small_town_in_an_unnamed_country_is_unresolved() -> None:
    text = (
        "PRISTINA, Kosovo (AP) — Gunmen opened fire on a police patrol near the village of "
        "Banjska on Sunday, Kosovo police said. The attackers fled towards Mitrovica and "
        "Raska, police said."
    )
    places, unresolved = geoparse(text)
    assert "Banjska" in _unresolved(unresolved)
    assert all(p.country_code != "BG" for p in places)
    raska = place_at(places, text, "Raska")  # an own name in a neighbour stays
    assert raska.country_code == "RS"


def test_two_names_the_gazetteer_knows_as_one() -> None:
    text = (
        "Smugglers moved hundreds of Ethiopian migrants through Djibouti this year, with "
        "boats leaving most nights from beaches near Khor Angar, the IOM said."
    )
    places, unresolved = geoparse(text)
    khor = place_at(places, text, "Khor Angar")
    assert (khor.kind, khor.country_code) == ("city", "DJ")
    assert all(p.country_code != "QA" for p in places)
    assert "Angar" not in _unresolved(unresolved)


def test_direction_with_a_held_place_reads_the_country() -> None:
    text = (
        "Migrant boat sinks off Yemen\n\n"
        "According to the IOM, the boat left Tadjoura in northern Djibouti late on Monday "
        "with about 160 passengers, most of them young men from Ethiopia's Amhara region."
    )
    places, _ = geoparse(text)
    djibouti = place_at(places, text, "northern Djibouti")
    assert djibouti.kind in {"area", "country"}
    assert djibouti.country_code == "DJ"


def test_language_spoken_is_no_place() -> None:
    text = (
        "Hundreds of Malian refugees reached Niamey on Friday. They spoke Bambara and "
        "French, officials in Niger said."
    )
    places, unresolved = geoparse(text)
    assert all(p.country_code != "FR" for p in places)
    assert "Bambara" not in _unresolved(unresolved)
    assert place_at(places, text, "Niamey").country_code == "NE"


def test_country_in_a_place_slot_after_a_language_stays() -> None:
    text = "The refugees spoke French and said they had walked from Mali into Niger."
    places, _ = geoparse(text)
    assert place_at(places, text, "Mali").country_code == "ML"
    assert all(p.country_code != "FR" for p in places)


def test_places_joined_in_one_person_entity() -> None:
    text = "Cargo ships sailed from Mar del Plata to Montevideo last week, the coast guard said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Mar del Plata").country_code == "AR"
    assert place_at(places, text, "Montevideo").country_code == "UY"


def test_facilities_named_after_unlisted_places_are_reported() -> None:
    text = (
        "Border police stepped up patrols near Jarinje and the smaller Brnjak crossing. "
        "Detainees were moved from the Saharonim detention facility in the Negev."
    )
    _, unresolved = geoparse(text)
    assert {"Brnjak", "Saharonim"} <= _unresolved(unresolved)


def test_unlisted_facility_tagged_a_date_is_reported() -> None:
    text = "Soldiers seized 2 million pills at the Zarqin crossing on Monday, the army said."
    _, unresolved = geoparse(text)
    assert "Zarqin" in _unresolved(unresolved)


def test_drug_name_is_no_place() -> None:
    text = (
        "Jordan foils Tramadix convoy\n\n"
        "Jordanian border guards seized nearly 3 million Tramadix pills near Ramtha on "
        "Monday. Tramadix exports from southern Syria have fallen, a monitoring group said."
    )
    places, unresolved = geoparse(text)
    assert "Tramadix" not in _unresolved(unresolved) | _names(places)
    assert place_at(places, text, "Ramtha").country_code == "JO"


def test_outlet_and_body_names_are_no_places() -> None:
    text = (
        "Police in Uzbekistan detained 30 returning workers, one deportee told the Kyrgyz "
        "news site Kaktus. The report cited the Sahel Migrants Observatory, a research group "
        "in Dakar."
    )
    places, unresolved = geoparse(text)
    assert not _unresolved(unresolved) & {"Kaktus", "Sahel Migrants Observatory"}
    assert place_at(places, text, "Dakar").country_code == "SN"


def test_province_named_by_its_minister_is_a_place() -> None:
    text = (
        "Squid boats crowded the port of Puerto Madryn on Monday. Chubut's fisheries "
        "minister, Ana Ruiz, said the fleet had grown."
    )
    places, _ = geoparse(text)
    chubut = place_at(places, text, "Chubut")
    assert (chubut.kind, chubut.country_code) == ("admin1", "AR")


def test_unlisted_protected_areas_are_reported() -> None:
    text = (
        "Residents of Kaiama, a town on the edge of the Borgu Lake National Park, said gunmen "
        "had arrived. Rangers in the Yankari Game Reserve were also attacked in Nigeria."
    )
    places, unresolved = geoparse(text)
    assert {"Borgu Lake National Park", "Yankari Game Reserve"} <= _unresolved(unresolved)
    assert place_at(places, text, "Kaiama").country_code == "NG"
