"""Toponyms the geoparser missed in news frames (session 15), in invented wire sentences: a
province's code standing alone ("regional NSW"), a county name several states share placed
by the state or town the article names, the place after "of" in a body's name ("the Health
Ministry of Xyz"), a participle or an acronym NER ran into the name ("Neighbouring Xyz",
"Xyz RCMP"), the region of a press release's dateline ("Xyz, Calif.--(BUSINESS WIRE)--"),
"Xyz residents" / "a Xyz woman", a place list after a spaced dash, and "North-Western Xyz"."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at


def _where(text: str, words: str, nth: int = 0) -> tuple[str, str, str | None]:
    places, _ = geoparse(text)
    place = place_at(places, text, words, nth)
    return place.name, place.kind, place.country_code


# --- a province's code --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "nth"),
    [
        (
            "Trainers in Queensland said the NSW government had closed the tracks at Wagga Wagga.",
            "NSW",
            0,
        ),
        ("Horses from NSW were moved to Brisbane, officials in Queensland said.", "NSW", 0),
        (
            "Stables in regional NSW were locked down on Tuesday, Australian officials said.",
            "NSW",
            0,
        ),
    ],
)
def test_province_code_is_the_province_when_its_country_is_named(
    text: str, words: str, nth: int
) -> None:
    assert _where(text, words, nth) == ("New South Wales", "admin1", "AU")


def test_province_code_alone_names_nothing() -> None:
    """No place of Australia in the article: "NSW" may be anything (a code, a firm)."""
    places, _ = geoparse("The NSW board met in Geneva on Monday to discuss the merger.")
    assert "New South Wales" not in {p.name for p in places}


# --- counties many states share -----------------------------------------------------------


def test_shared_county_placed_by_the_town_named() -> None:
    text = "A Harris County jury convicted the man on Monday. The trial was held in Houston."
    places, unresolved = geoparse(text)
    county = place_at(places, text, "Harris County")
    assert (county.kind, county.country_code) == ("admin2", "US")
    assert abs(county.lat - 29.86) < 0.5 and abs(county.lon + 95.4) < 0.5  # Texas, not Georgia
    assert "Harris County" not in {u.mention.text for u in unresolved}


def test_shared_county_placed_by_the_state_named_most() -> None:
    """Two states of a Wayne County named: the one named twice, not Iowa's."""
    text = (
        "Dead swans were found in Michigan near a marsh in Wayne County. Tests were run in "
        "Ames, Iowa. Officials in Michigan said more birds had died."
    )
    places, _ = geoparse(text)
    county = place_at(places, text, "Wayne County")
    assert county.kind == "admin2"
    assert abs(county.lat - 42.28) < 0.5 and abs(county.lon + 83.26) < 0.5  # Detroit's


def test_shared_county_without_state_stays_unresolved() -> None:
    text = "Officials in Clay County said the river rose overnight."
    places, unresolved = geoparse(text)
    assert not places
    assert "Clay County" in {u.mention.text for u in unresolved}


# --- "the Health Ministry of Xyz" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("The Health Ministry of Rwanda advised people to avoid caves.", "Rwanda", "Rwanda"),
        (
            "Representatives from the City of Fresno and the county water board attended.",
            "Fresno",
            "Fresno",
        ),
        (
            "Dr. Amy Lee of the Children's Hospital of Denver said the boy had recovered.",
            "Denver",
            "Denver",
        ),
    ],
)
def test_place_after_of_in_a_body_of_the_place(text: str, words: str, name: str) -> None:
    assert _where(text, words)[0] == name


def test_place_after_of_in_a_university_or_company_is_its_name() -> None:
    text = (
        "Staff at the University of Kentucky said the Peanut Corporation of America recalled jars."
    )
    places, _ = geoparse(text)
    assert {p.name for p in places}.isdisjoint({"Kentucky", "United States"})


# --- words NER ran into the name --------------------------------------------------------------


def test_participle_opening_a_sentence_is_not_the_name() -> None:
    text = "The virus spread in Burundi. Neighbouring Tanzania has stepped up its checks."
    assert _where(text, "Tanzania") == ("Tanzania", "country", "TZ")


def test_trailing_acronym_of_a_body_is_not_the_name() -> None:
    text = "New Brunswick RCMP say three puppies were taken from a farm near Moncton."
    assert _where(text, "New Brunswick") == ("New Brunswick", "admin1", "CA")


def test_compass_adjective_before_a_town_names_the_town() -> None:
    text = "The horses were stabled in North-Western Melbourne and in Bendigo."
    assert _where(text, "Melbourne") == ("Melbourne", "city", "AU")


def test_compass_adjective_before_a_country_stays_its_area() -> None:
    text = "Fighting continued in Eastern Ukraine on Sunday."
    places, _ = geoparse(text)
    assert [(p.kind, p.mentions[0].text) for p in places] == [("area", "Eastern Ukraine")]


def test_places_listed_after_a_spaced_dash() -> None:
    text = "Outbreaks are likely to spread to West Africa - Ghana, Togo and Benin - this year."
    places, _ = geoparse(text)
    assert place_at(places, text, "Ghana").country_code == "GH"
    assert place_at(places, text, "West Africa").kind == "region"


# --- datelines and residents ----------------------------------------------------------------


def test_region_of_a_press_release_dateline() -> None:
    text = "SPRINGDALE, Ark.--( )--Acme Foods, a maker of snacks, said on Monday it would grow."
    places, _ = geoparse(text)
    assert place_at(places, text, "Ark.").name == "Arkansas"
    assert place_at(places, text, "SPRINGDALE").country_code == "US"


@pytest.mark.parametrize(
    ("text", "words", "nth", "country"),
    [
        (
            "Birds died near Geraldton in Western Australia. Geraldton residents first "
            "noticed them in March.",
            "Geraldton",
            1,
            "AU",
        ),
        ("Swans died across Texas. A Tyler woman said she was afraid.", "Tyler", 0, "US"),
    ],
)
def test_people_of_a_town(text: str, words: str, nth: int, country: str) -> None:
    name, kind, code = _where(text, words, nth)
    assert (name, kind, code) == (words, "city", country)


# --- a province's government in a body's name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "A spokesman for the Oregon Department of Public Health said the cases rose.",
            "Oregon",
            "Oregon",
        ),
        ("The Gujarat Pollution Control Board ordered new tests.", "Gujarat", "Gujarat"),
    ],
)
def test_province_whose_government_a_body_is(text: str, words: str, name: str) -> None:
    assert _where(text, words) == (name, "admin1", _where(text, words)[2])


def test_county_whose_executive_speaks() -> None:
    text = "Summit County Executive Ilene Shapiro said the levy failed. Officials in Ohio agreed."
    name, kind, code = _where(text, "Summit County")
    assert (name, kind, code) == ("Summit County", "admin2", "US")


def test_university_named_after_a_state_is_no_place() -> None:
    places, _ = geoparse("Researchers at Michigan State University published the study.")
    assert not places


def test_country_after_a_ministry_of_a_subject() -> None:
    """ "the Ministry of Health of the People's Republic of Xyz": the longest known name."""
    text = "The Ministry of Health of the People's Republic of China said 40 people died."
    places, _ = geoparse(text)
    place = place_at(places, text, "People's Republic of China")
    assert (place.name, place.kind) == ("China", "country")


def test_abbreviated_saint_of_a_town() -> None:
    text = "Patients flooded the hospital in St. Marc, the main town of the Artibonite."
    assert _where(text, "St. Marc") == ("Saint-Marc", "city", "HT")


def test_person_named_after_a_role_noun_is_no_place() -> None:
    """ "its spokeswoman, Xyz Abc" with each word tagged a place (and the first a US town)."""
    text = '"Costs remain high," said its spokeswoman, Natalia Pronina. "But it works."'
    places, unresolved = geoparse(text)
    assert not places
    assert not unresolved
