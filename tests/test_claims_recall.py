"""Attribution constructions PolNeAR annotates that the kit missed or merged: a speech
verb's circumstance read as its topic ("reported from the harbour"), an inverted speech
verb opening a sentence ("Said Ellis: ..."), a "continued:" line after a quoted
paragraph, a claim in a trailing adjunct of another's content ("..., though she noted
..."), and a speaker set inside a fronted noun phrase and its clause.
"""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, text_of

from claimmap.model import Claim


def _rows(found: list[Claim]) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in found]


# --- a speech verb's circumstance is no content -----------------------------------------


def test_where_a_reporter_reported_from_is_no_content() -> None:
    found = claims_of("Our correspondent reported from the harbour of Valmont on Sunday.")
    assert not [c for c in found if c.content.text.startswith("from")], _rows(found)


def test_calling_into_a_hotline_is_no_content() -> None:
    found = claims_of("Dozens of veterans called into the hotline after the broadcast.")
    assert not [c for c in found if c.content.text.startswith("into")], _rows(found)


def test_a_topic_preposition_still_gives_content() -> None:
    found = claims_of("The senator complained about the new fishing quotas on Tuesday.")
    assert "about the new fishing quotas" in claim_by_cue(found, "complained").content.text


# --- an inverted speech verb opens the sentence -----------------------------------------


def test_said_name_colon_inside_a_paragraph() -> None:
    found = claims_of(
        "Critics say the levy would hurt dairy farmers. Said Ellis: “I don’t get the sense "
        "the council is the least bit interested in reform.”\n\nOthers disagree."
    )
    claim = claim_by_cue(found, "Said")
    assert text_of(claim.claimant) == "Ellis"
    assert claim.content.text.startswith("“I don’t get the sense")


def test_said_name_colon_opening_a_paragraph_is_no_speaker_label() -> None:
    found = claims_of(
        "The mayor met farmers on Monday.\n\nSaid Ellis: “We will rebuild the bridge "
        "before winter.”"
    )
    claim = claim_by_cue(found, "Said")
    assert text_of(claim.claimant) == "Ellis"
    assert claim.content.text == "“We will rebuild the bridge before winter.”"
    assert not [c for c in found if text_of(c.claimant) == "Said Ellis"], _rows(found)


def test_added_the_title_comma_quotation() -> None:
    found = claims_of("Added the harbour master, “Nobody will fish here until the spring.”")
    claim = claim_by_cue(found, "Added")
    assert text_of(claim.claimant) == "the harbour master"
    assert claim.content.text == "“Nobody will fish here until the spring.”"


def test_a_fronted_participle_with_a_preposition_is_no_inverted_cue() -> None:
    found = claims_of("Asked about the levy, Ruiz said: “We will rebuild the bridge first.”")
    assert _rows(found) == [("Ruiz", "said", "“We will rebuild the bridge first.”")]


# --- "X continued:" with the quotation in the next paragraph ----------------------------


def test_continued_colon_after_a_quoted_paragraph_takes_the_next_paragraph() -> None:
    found = claims_of(
        "“We lost half the harvest this year,” said Mendes. “The river rose in two days.”"
        '\n\nMendes continued:\n\n"The insurance covers almost none of it, and the banks '
        'know that."\n\n“This is our whole life,” said Mendes.'
    )
    claim = claim_by_cue(found, "continued")
    assert text_of(claim.claimant) == "Mendes"
    assert claim.content.text.startswith('"The insurance covers almost none of it')


# --- a claim in a trailing adjunct of another's content ---------------------------------


def test_though_she_noted_is_a_claim_of_its_own() -> None:
    found = claims_of(
        "Lindqvist said the port reforms had cut waiting times, though she noted "
        "shippers still complain about fees."
    )
    assert claim_by_cue(found, "said").content.text == "the port reforms had cut waiting times"
    assert claim_by_cue(found, "noted").content.text == "shippers still complain about fees"


def test_a_trailing_relative_with_a_cue_ends_the_content() -> None:
    found = claims_of("Senator Moreau endorses Dubois, who says he is honored.")
    assert claim_by_cue(found, "endorses").content.text == "Dubois"
    assert claim_by_cue(found, "says").content.text == "he is honored"


def test_aside_from_saying_ends_the_refusal() -> None:
    found = claims_of(
        "The minister refuses to discuss the budget, aside from saying she wants a leaner ministry."
    )
    assert claim_by_cue(found, "refuses").content.text == "to discuss the budget"
    assert claim_by_cue(found, "saying").content.text == "she wants a leaner ministry"


def test_a_relative_in_the_middle_of_the_content_stays_in_it() -> None:
    found = claims_of("Okafor said the plan, which critics say costs more, was dropped.")
    claim = claim_by_cue(found, "said")
    assert claim.content.text == "the plan, which critics say costs more, was dropped"


# --- a speaker inside a fronted noun phrase and its clause ------------------------------


def test_speaker_between_a_fronted_noun_phrase_and_its_verb() -> None:
    found = claims_of(
        "These workers, Halvorsen explained earlier in the hearing, were well paid and "
        "rarely complained."
    )
    claim = claim_by_cue(found, "explained")
    assert text_of(claim.claimant) == "Halvorsen"
    assert claim.content.text.startswith("These workers")
    assert claim.content.text.endswith("were well paid and rarely complained")
