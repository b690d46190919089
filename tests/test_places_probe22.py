"""Places of a probe on unseen wire articles (session 22): Saharan names opening with "In",
far aliases of big towns, Malay generic prefixes, one sense for a state named with a cue,
the sea a country's coast faces, names in shipping slots NER calls people, and bases that
share an airport's runway. Invented sentences only."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.gazetteer_query import derived_forms, malay_stem


def _unresolved_texts(text: str) -> dict[str, str]:
    _, unresolved = geoparse(text)
    return {u.mention.text: u.reason for u in unresolved}


# --- "In" opens Saharan names ------------------------------------------------------------------


def test_capitalised_in_after_a_lower_case_word_opens_the_name() -> None:
    text = (
        "Soldiers were flown from Tamanrasset to In Salah and later to In Guezzam, officials said."
    )
    places, _ = geoparse(text)
    salah = place_at(places, text, "In Salah")
    assert (salah.name, salah.country_code) == ("In Salah", "DZ")
    assert place_at(places, text, "In Guezzam").country_code == "DZ"


def test_unknown_in_name_is_reported_not_its_far_alias() -> None:
    text = "Officials in Niger said 300 herders crossed into Algeria through In Khalil on Monday."
    places, unresolved = geoparse(text)
    assert not any(p.country_code == "PS" for p in places)  # no Hebron via "Khalil"
    assert any(u.mention.text == "In Khalil" for u in unresolved)


def test_sentence_initial_in_stays_a_preposition() -> None:
    text = "In Niamey, officials said the convoy had left for Agadez."
    places, _ = geoparse(text)
    assert place_at(places, text, "Niamey").name == "Niamey"


# --- Malay generic prefixes -------------------------------------------------------------------


def test_malay_generic_prefix_reaches_the_town_named() -> None:
    text = (
        "The trawler went dark off Singapore and was spotted two days later near Tanjung Pengerang."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Tanjung Pengerang")
    assert (town.name, town.country_code) == ("Pengerang", "MY")
    assert 1.2 < town.lat < 1.5 and 103.9 < town.lon < 104.3


def test_malay_stem_only_after_a_generic_word() -> None:
    assert malay_stem("pulau ketam") == "ketam"
    assert malay_stem("sungai petani") == "petani"
    assert malay_stem("port klang") is None
    assert malay_stem("bukit") is None


# --- one sense for a state named with a cue ------------------------------------------------------


def test_bare_state_name_keeps_the_sense_its_cue_gave() -> None:
    text = (
        "Tankers met off the Malaysian state of Johor in June. Off Johor, the oil was moved "
        "to other ships. Police later held a tanker 15 nautical miles south of Johor."
    )
    places, _ = geoparse(text)
    for nth in range(3):
        state = place_at(places, text, "Johor", nth)
        assert (state.kind, state.country_code) == ("admin1", "MY")


def test_region_named_after_its_city_still_splits() -> None:
    text = "Detainees were moved to the Rostov region. Relatives in Rostov said they had no news."
    places, _ = geoparse(text)
    assert place_at(places, text, "Rostov", 0).kind == "admin1"
    assert place_at(places, text, "Rostov", 1).kind == "city"


# --- the sea a country's coast faces ---------------------------------------------------------


def test_possessive_coast_names_the_sea_not_a_part_of_the_country() -> None:
    text = "Fishing boats left Barranquilla, on Colombia's Caribbean coast, before dawn."
    places, unresolved = geoparse(text)
    sea = place_at(places, text, "Caribbean")
    assert (sea.name, sea.kind) == ("Caribbean Sea", "water")
    assert not any(u.mention.text == "Caribbean" for u in unresolved)


def test_possessive_region_outside_the_owner_is_still_refused() -> None:
    reasons = _unresolved_texts("Winters in Russia's Far East are long and hard.")
    assert "Far East" in reasons


# --- names in place slots NER calls people -------------------------------------------------------


def test_first_name_in_a_shipping_slot_is_reported() -> None:
    reasons = _unresolved_texts(
        "Fuel oil was shipped from the Jose terminal to buyers in Guangdong last month."
    )
    assert "Jose" in reasons


def test_name_on_a_country_coast_is_reported() -> None:
    reasons = _unresolved_texts(
        "Two tankers loaded crude at Jose, on Venezuela's Caribbean coast, in July."
    )
    assert "Jose" in reasons


# --- bases sharing an airport's runway -----------------------------------------------------------


def test_base_named_like_an_airport_is_the_airport() -> None:
    text = "Drones were parked at the Senou base in Bamako, the images showed."
    places, _ = geoparse(text)
    base = place_at(places, text, "Senou")
    assert (base.kind, base.country_code) == ("facility", "ML")
    assert abs(base.lat - 12.53) < 0.1 and abs(base.lon + 7.95) < 0.1


def test_base_named_after_a_town_stays_the_town() -> None:
    text = "Peacekeepers withdrew from the Timbuktu base in August."
    places, _ = geoparse(text)
    town = place_at(places, text, "Timbuktu")
    assert (town.kind, town.country_code) == ("city", "ML")


def test_base_suffix_derives_an_airport_name() -> None:
    forms = [name for name, _, _ in derived_forms("senou air base")]
    assert "senou airport" in forms
