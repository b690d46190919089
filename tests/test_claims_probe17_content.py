"""Probe 17, the content of a claim: the reporter's words after a parenthetical cue
(", and Y", ", with Z saying Y", "according to X, before Y") are not the speaker's; a
claim set inside another by a relative adverb or a free relative (", where the UN said
Y", "what the opposition says was Y") is a claim of its own that ends the outer one; and
"a man told the agency, according to a statement from it" keeps the man as the speaker.
"""

from __future__ import annotations

from helpers import claims_of, text_of

from claimmap.model import Claim


def _rows(found: list[Claim]) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in found]


# --- the reporter's words after a parenthetical cue ----------------------------------------


def test_and_clause_after_a_parenthetical_cue_is_the_reporters() -> None:
    found = claims_of(
        "In Varna, the shelter was housing about 300 people on Friday, the relief agency said,"
        " and buses to Burgas were on the road."
    )
    assert _rows(found) == [
        (
            "the relief agency",
            "said",
            "In Varna, the shelter was housing about 300 people on Friday",
        )
    ]


def test_and_with_a_quotation_is_still_the_speaker() -> None:
    found = claims_of("Many of the guests were elderly, she said, and ''I had to stop and think.''")
    assert len(found) == 1 and found[0].content.text.endswith("''I had to stop and think.''")


def test_with_clause_gives_a_second_source() -> None:
    found = claims_of(
        "The rebels shelled the port on Friday, the coast guard said, with Norway saying"
        " the shells fell inside its waters."
    )
    assert _rows(found) == [
        ("the coast guard", "said", "The rebels shelled the port on Friday"),
        ("Norway", "saying", "the shells fell inside its waters"),
    ]


def test_according_to_in_the_middle_keeps_what_it_sources() -> None:
    found = claims_of(
        "Smuggling on the coast peaked in 2015, when gangs moved 400 boats, according to"
        " the Coastal Watch Bureau, before falling steeply thanks to new patrols and radar."
    )
    assert [c.content.text for c in found] == [
        "Smuggling on the coast peaked in 2015, when gangs moved 400 boats"
    ]


# --- a claim set inside another ------------------------------------------------------------


def test_where_clause_with_its_own_speaker_is_a_claim_of_its_own() -> None:
    found = claims_of(
        "The weather office said the cyclone hit the coast near Beira on Monday, where the Red"
        " Cross said at least 12 people were killed."
    )
    assert _rows(found) == [
        ("The weather office", "said", "the cyclone hit the coast near Beira on Monday"),
        ("the Red Cross", "said", "at least 12 people were killed"),
    ]


def test_what_the_opposition_says_is_the_oppositions_claim() -> None:
    found = claims_of(
        "Crowds gathered in the capital on Sunday to protest against what the opposition says"
        " was a stolen vote."
    )
    assert ("the opposition", "says", "was a stolen vote") in _rows(found)
    assert not [c for c in found if c.content.text == "against"]


# --- an addressee's record of a speaker's words ------------------------------------------------


def test_statement_from_the_addressee_keeps_the_speaker() -> None:
    found = claims_of(
        '"We crossed the hills for four days," a 40-year-old herder told agency staff,'
        " according to a statement from the agency."
    )
    assert [(text_of(c.claimant), c.content.text) for c in found] == [
        ("40-year-old herder", '"We crossed the hills for four days,"')
    ]
