"""Movers and place spans misread in news captions and headlines: a caption's "FILE" tag is
no antecedent; a headline glued on with a dash is no part of a name; "deter X from
entering", "thanked X for visiting" and "fleeing civilians" name who moved; a clause the
parser joined to a place with "and" is no second place; a journey noun is no traveller.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

from claimmap.model import Movement

GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Chad": ("country:TD", "country", "TD", 15.0, 19.0),
    "Geneina": ("gn:379303", "city", "SD", 13.45, 22.44),
    "Adre": ("gn:245669", "city", "TD", 13.47, 22.2),
    "Abeche": ("gn:245785", "city", "TD", 13.83, 20.83),
    "Cairo": ("gn:360630", "city", "EG", 30.06, 31.25),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def by_trigger(r: Read, word: str) -> Movement:
    found = [m for m in r.movements if m.trigger.text == word]
    assert len(found) == 1, [m.trigger.text for m in r.movements]
    return found[0]


def mover(r: Read, word: str) -> str | None:
    m = by_trigger(r, word).mover
    return m.text if m is not None else None


def test_a_caption_tag_is_no_antecedent() -> None:
    text = (
        "FILE - Porters sit on sacks in the back of a lorry as it is driven through "
        "a dusty road near Abeche, Chad, May 3, 2019"
    )
    assert mover(read(text), "driven") == "lorry"


def test_a_headline_glued_on_with_a_dash_is_no_part_of_the_mover() -> None:
    text = (
        "Sudan Traders Vow Return as Market Declared Over -Sudanese traders are vowing to "
        "go on, even as they prepare to leave Adre for Geneina"
    )
    got = mover(read(text), "leave")
    assert got is not None and not got.startswith(("-", "Over"))
    assert "traders" in got


def test_a_section_title_joined_by_a_hyphen_is_no_part_of_a_name() -> None:
    text = "Education-Amina Bakr entered Chad on a student visa, which may raise questions."
    assert mover(read(text), "entered") == "Amina Bakr"


def test_deterred_from_entering_names_who_would_enter() -> None:
    text = "The new rules are meant to deter smugglers from illegally entering Chad."
    assert mover(read(text), "entering") == "smugglers"


def test_thanked_for_visiting_names_the_visitor() -> None:
    text = "The governor thanked the nurses for visiting Abeche last week."
    assert mover(read(text), "visiting") == "nurses"


def test_a_count_before_fleeing_people_is_their_number() -> None:
    text = (
        "Tribal elders say they have reopened closed tracks to allow about 5,000 fleeing "
        "farmers into their border district of Adre"
    )
    assert mover(read(text), "fleeing") == "farmers"


def test_a_clause_joined_to_a_place_by_and_is_no_second_place() -> None:
    text = (
        "More than 4,000 traders have reached Adre this year from Geneina and a rise in "
        "crossings is expected this summer."
    )
    origin = by_trigger(read(text), "reached").origin
    assert origin is not None and origin.span.text == "Geneina"


def test_a_journey_noun_is_no_traveller() -> None:
    text = "Late arrival in Cairo-Bakr arrived in Cairo later than planned, delaying talks."
    assert mover(read(text), "arrived") != "arrival"


def test_a_count_of_a_group_is_no_date() -> None:
    text = "Forty of the deportees were arrested after returning to Chad."
    got = mover(read(text), "returning")
    assert got is not None and "deportees" in got
