"""Places in text without capitals that the caseless matcher missed, and "the Gulf" alone.

- a place of several words that spaCy tags a person in lower case, in a country the text
  names ("near rahim yar khan ... pakistan's");
- a big city's old English name, kept by the gazetteer only as an alternate name ("madras"),
  after a locative word in a country the text names; not a short English word ("in part");
- "the pacific", "the atlantic": the ocean, not the small American town of that name;
- "the Gulf" alone: the Persian Gulf or the Gulf of Mexico, whichever the article's places
  lie by (cased and not).

Paragraphs written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from helpers import geoparse

from claimmap.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc


def found(text: str) -> dict[str, tuple[str, str, str | None]]:
    """Mention text → (place name, kind, country) of ``text``'s places."""
    places, _ = geoparse(text)
    return {m.text: (p.name, p.kind, p.country_code) for p in places for m in p.mentions}


def mention(places: list[Place], words: str) -> Place | None:
    return next((p for p in places for m in p.mentions if m.text == words), None)


# --- a place tagged a person -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "floods reached near rahim yar khan on sunday, pakistan's disaster agency said.",
            "rahim yar khan",
            ("Rahim Yar Khan", "city", "PK"),
        ),
        (
            "aid flights reached bandar seri begawan on friday, brunei's government said.",
            "bandar seri begawan",
            ("Bandar Seri Begawan", "city", "BN"),
        ),
    ],
)
def test_a_place_tagged_a_person_in_lower_case_is_the_place_in_a_named_country(
    text: str, words: str, expected: tuple[str, str, str]
) -> None:
    assert found(text)[words] == expected


def test_a_person_named_in_lower_case_stays_a_person() -> None:
    """ "david paterson" is a person, though Paterson is a city: the person runs past it;
    "shah alam" is also a Malaysian city, but the text names no Malaysia."""
    got = found("david paterson said on monday that new jersey would review the budget.")
    assert "paterson" not in got and "david paterson" not in got
    assert got["new jersey"] == ("New Jersey", "admin1", "US")
    got = found("shah alam, a farmer from bangladesh, said floods took his cattle.")
    assert "shah alam" not in got
    assert got["bangladesh"] == ("Bangladesh", "country", "BD")


# --- old names kept as alternate names -----------------------------------------------------


def test_an_old_city_name_after_a_locative_word_in_a_named_country() -> None:
    got = found("the reporter moved from madras to delhi in 1998, and later covered india's south.")
    assert got["madras"] == ("Chennai", "city", "IN")
    assert got["delhi"] == ("Delhi", "city", "IN")


def test_an_old_city_name_needs_its_country_named() -> None:
    """Without India in the text, "madras" (also a cloth) is not placed."""
    assert "madras" not in found("she bought a shirt made from madras at the market.")


def test_a_short_english_word_is_no_alternate_name() -> None:
    """ "part" is an alternate name of Perth; "in part" is English, Australia named or not."""
    got = found("the bill passed in part because australia's senate agreed on tuesday.")
    assert "part" not in got
    assert got["australia"] == ("Australia", "country", "AU")


# --- oceans written "the x" -----------------------------------------------------------------


NAVY = (
    "the navy said two destroyers left norfolk, virginia, for the atlantic on monday, and a "
    "third sailed from san diego across the pacific to guam."
)


def test_lower_case_oceans_are_the_oceans_not_their_namesake_towns() -> None:
    got = found(NAVY)
    assert got["atlantic"] == ("Atlantic Ocean", "water", None)
    assert got["pacific"] == ("Pacific Ocean", "water", None)
    assert got["norfolk"] == ("Norfolk", "city", "US")


def test_cased_oceans_unchanged() -> None:
    cased = (
        "The Navy said two destroyers left Norfolk, Virginia, for the Atlantic on Monday, and "
        "a third sailed from San Diego across the Pacific to Guam."
    )
    got = found(cased)
    assert got["Atlantic"] == ("Atlantic Ocean", "water", None)
    assert got["Pacific"] == ("Pacific Ocean", "water", None)


# --- "the Gulf" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "gulf"),
    [
        (
            "Kuwait said a tanker was boarded in the Gulf on Friday, and Qatar closed a port.",
            "Gulf",
            "Persian Gulf",
        ),
        (
            "kuwait said a tanker was boarded in the gulf on friday, and qatar closed a port.",
            "gulf",
            "Persian Gulf",
        ),
        (
            "The storm moved across the Gulf toward Alabama and Mississippi on Sunday.",
            "Gulf",
            "Gulf of Mexico",
        ),
        (
            "pirates boarded a freighter in the gulf of aden. oman said the gulf stayed tense.",
            "gulf",
            "Gulf of Aden",
        ),
    ],
    ids=["persian", "persian-lower", "mexico", "aden-lower"],
)
def test_the_gulf_alone_is_the_gulf_by_the_articles_places(
    text: str, words: str, gulf: str
) -> None:
    assert found(text)[words] == (gulf, "water", None)


def test_the_gulf_far_from_both_gulfs_and_a_gulf_between_stay_unplaced() -> None:
    far = found("Officials in Norway and Finland said shipping in the Gulf was calm.")
    assert "Gulf" not in far
    assert far["Norway"] == ("Norway", "country", "NO")
    places, _ = geoparse("there is a widening gulf between rich and poor in kenya, oxfam said.")
    assert mention(places, "gulf") is None


def _doc(words: list[str], ents: list[str], deps: list[str], heads: list[int]) -> Doc:
    from spacy.tokens import Doc as SpacyDoc

    from claimmap.nlp import load_nlp

    return SpacyDoc(load_nlp().vocab, words=words, ents=ents, deps=deps, heads=heads)


def test_a_person_entity_is_a_place_only_as_a_whole_name_that_qualifies_nothing() -> None:
    """Parses written out, so the rule is pinned whatever the model tags."""
    from claimmap.gazetteer import default_gazetteer
    from claimmap.places_caseless_names import person_tagged_place

    gaz = default_gazetteer()
    heads = [0, 3, 3, 0, 0]
    near = _doc(
        ["near", "rahim", "yar", "khan", "today"],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
        ["ROOT", "compound", "compound", "pobj", "npadvmod"],
        heads,
    )
    assert person_tagged_place(near[1:4], gaz)
    longer = _doc(  # the person runs past the place's name
        ["near", "rahim", "yar", "khan", "jatoi"],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"],
        ["ROOT", "compound", "compound", "compound", "pobj"],
        [0, 4, 4, 4, 0],
    )
    assert not person_tagged_place(longer[1:4], gaz)
    firm = _doc(  # "rahim yar khan eggs": a firm's name
        ["by", "rahim", "yar", "khan", "eggs"],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
        ["ROOT", "compound", "compound", "compound", "pobj"],
        [0, 4, 4, 4, 0],
    )
    assert not person_tagged_place(firm[1:4], gaz)
    unknown = _doc(
        ["near", "velmar", "oskarholm", "today"],
        ["O", "B-PERSON", "I-PERSON", "O"],
        ["ROOT", "compound", "pobj", "npadvmod"],
        [0, 2, 0, 0],
    )
    assert not person_tagged_place(unknown[1:3], gaz)
