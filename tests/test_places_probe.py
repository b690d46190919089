"""The geoparser on wire-style paragraphs like those of a probe on unseen articles: places
qualified by different containers, islands and small towns that NER calls people, a city
used by its mayor or its list, capitals that act, and offices or organisations that are
not places."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at

from claimmap.documents import from_text
from claimmap.nlp import parse

# --- a container qualifies each mention ------------------------------------------------------


def test_each_qualified_mention_resolves_inside_its_container() -> None:
    text = (
        "Deputies stopped a van near Paris, Texas, on Tuesday. In a separate case, "
        "prosecutors in Paris, France, opened an inquiry. A lawyer in Paris said the two "
        "cases were unrelated."
    )
    places, _ = geoparse(text)
    first = place_at(places, text, "Paris", 0)
    assert (first.country_code, first.kind) == ("US", "city")
    assert 33.0 < first.lat < 34.2  # Paris, Texas, not Paris, Kentucky or Tennessee
    assert place_at(places, text, "Paris", 1).country_code == "FR"
    # the unqualified mention follows the latest qualified sense before it
    assert place_at(places, text, "Paris", 2).country_code == "FR"


def test_unqualified_mention_follows_the_latest_sense() -> None:
    text = (
        "Police in Paris, France, made two arrests. Hours later a truck was stopped near "
        "Paris, Texas, and the sheriff in Paris said the driver was charged."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Paris", 0).country_code == "FR"
    assert place_at(places, text, "Paris", 1).country_code == "US"
    assert place_at(places, text, "Paris", 2).country_code == "US"


# --- islands and small towns NER calls people --------------------------------------------


def test_island_named_by_a_type_cue_and_its_later_mentions() -> None:
    text = (
        "Some 900 migrants reached the Greek island of Samos overnight, and police on Samos "
        "said more boats were expected."
    )
    places, _ = geoparse(text)
    samos = place_at(places, text, "Samos")
    assert (samos.country_code, samos.kind) == ("GR", "city")
    assert [m.text for m in samos.mentions] == ["Samos", "Samos"]


def test_small_town_placed_by_the_province_after_it() -> None:
    text = "Some 200 people were taken by ferry from Pantelleria to Pozzallo in Sicily."
    places, _ = geoparse(text)
    pozzallo = place_at(places, text, "Pozzallo")
    assert (pozzallo.country_code, pozzallo.kind) == ("IT", "city")
    assert any("named right after it" in e for e in pozzallo.evidence)


def test_unknown_island_and_towns_are_reported_unresolved() -> None:
    text = (
        "Officials said 900 families were moved from Chittagong to Char Kukri Mukri, an "
        "island off the coast, since March. Thousands fled from Paletwa and Buthidaung, two "
        "towns close to the border, last week."
    )
    places, unresolved = geoparse(text)
    missing = {u.mention.text for u in unresolved}
    assert {"Char Kukri Mukri", "Paletwa"} <= missing
    assert place_at(places, text, "Buthidaung").country_code == "MM"


def test_names_tagged_as_a_title_are_split_into_places() -> None:
    from spacy.tokens import Span

    from claimmap.gazetteer import default_gazetteer
    from claimmap.recognise import recognise

    text = "Families had fled from Myebon and Buthidaung, two towns nearby."
    parsed = parse(from_text(text, doc_id="probe"))
    start = text.index("Myebon")
    words = parsed.char_span(start, text.index(","))
    assert words is not None
    parsed.ents = [Span(parsed, words.start, words.end, label="WORK_OF_ART")]  # as NER may
    found = {t.text: t.evidence for t in recognise(parsed, default_gazetteer(), text)}
    assert set(found) == {"Myebon", "Buthidaung"}
    assert any("type cue 'towns'" in e for e in found["Myebon"])  # unknown, yet a town


def test_unknown_place_name_is_not_cut_short() -> None:
    text = "Guards turned back 200 people who tried to land near Char Kukri Mukri on Monday."
    _, unresolved = geoparse(text)
    assert "Char Kukri Mukri" in {u.mention.text for u in unresolved}


# --- a city read as a city -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("New York Mayor Bill de Blasio said the shelters were full.", "city"),
        ("Buses went to cities such as New York and Boston last year.", "city"),
        ("Flights resumed to several cities, including New York and Miami.", "city"),
        ("Officials flew the samples to New York and Toronto.", "city"),
        ("The flu spread to New Jersey and New York.", "admin1"),
        ("New York Governor Kathy Hochul declared an emergency.", "admin1"),
    ],
)
def test_new_york_as_city_or_state(text: str, kind: str) -> None:
    places, _ = geoparse(text)
    new_york = place_at(places, text, "New York")
    assert (new_york.country_code, new_york.kind) == ("US", kind)


# --- capitals that act ----------------------------------------------------------------------


def test_capital_as_subject_of_a_verb_of_agency_is_an_actor() -> None:
    text = "Ohio will do the work that Washington refuses to do, the governor said."
    places, _ = geoparse(text)
    washington = place_at(places, text, "Washington")
    assert (washington.kind, washington.role) == ("city", "actor")
    assert abs(washington.lat - 38.9) < 0.3  # the capital, not Washington state


def test_capital_named_as_often_as_a_place_as_for_its_government_stays_a_location() -> None:
    # one role per place: a capital a fact-checker also reads as a destination stays drawn
    text = (
        "Ohio will do the work that Washington refuses to do, the governor said. Buses left "
        "for Chicago, Denver and Washington, D.C. last year."
    )
    places, _ = geoparse(text)
    washington = place_at(places, text, "Washington", 0)
    assert (washington.role, round(washington.lat)) == ("location", 39)


# --- offices, organisations and official names ------------------------------------------


def test_office_and_organisations_are_not_unresolved_places() -> None:
    text = (
        "Harris County Sheriff Ed Gonzalez said the driver was from Houston. Rebels sent "
        "rockets to Hezbollah through Syria, an official told NBC."
    )
    _, unresolved = geoparse(text)
    missing = {u.mention.text for u in unresolved}
    assert not missing & {"Harris County Sheriff", "Hezbollah", "NBC"}
    assert missing <= {"Harris County"}  # the county the gazetteer lacks, not the office


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Jordan hosted the talks. The Hashemite Kingdom will not take more refugees, a "
            "minister said.",
            "Hashemite Kingdom",
            "JO",
        ),
        (
            "Saudi Arabia hosted the talks. The Kingdom will keep oil output steady, he said.",
            "Kingdom",
            "SA",
        ),
    ],
)
def test_head_of_an_official_name_is_the_country(text: str, words: str, code: str) -> None:
    places, unresolved = geoparse(text)
    country = place_at(places, text, words)
    assert (country.kind, country.country_code) == ("country", code)
    assert not unresolved


# --- rivers, canals and lakes ------------------------------------------------------------------


def test_river_written_the_x_is_drawn_where_the_sentence_puts_it() -> None:
    text = "The smugglers crossed the Rio Grande near Eagle Pass, Texas, before dawn."
    places, _ = geoparse(text)
    river = place_at(places, text, "Rio Grande")
    assert (river.kind, river.name) == ("water", "Rio Grande")
    assert abs(river.lat - 28.7) < 0.1 and abs(river.lon + 100.5) < 0.1  # at Eagle Pass


def test_river_tagged_person_after_the_is_a_river() -> None:
    text = "Ukrainian units held positions on the Dnieper south of Zaporizhzhia."
    places, _ = geoparse(text)
    river = place_at(places, text, "Dnieper")
    assert river.kind == "water" and river.country_code is not None


def test_bare_name_of_a_river_stays_the_state_or_country() -> None:
    text = "Voters in Colorado and Niger went to the polls on Sunday."
    places, _ = geoparse(text)
    assert place_at(places, text, "Colorado").kind == "admin1"
    assert place_at(places, text, "Niger").kind == "country"


def test_river_and_lake_type_nouns() -> None:
    text = "Herders moved cattle from the shores of Lake Chad to the river Benue."
    places, _ = geoparse(text)
    assert place_at(places, text, "Lake Chad").kind == "water"
    assert place_at(places, text, "Benue").kind == "water"
