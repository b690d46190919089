"""Structural attribution defects that recur across cue words: a fronted adverbial of the
cue taken for what was said ("When the council cut the grant, the town said enough"), a
content that runs over a second, coordinated cue ("refuses to publish X or explain Y"), an
aspectual verb that reports nothing of its own ("continues to insist that ..."), and a
that-clause the parser hung away from its cue behind an aside.
"""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, text_of

from claimmap.model import Claim


def _rows(found: list[Claim]) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in found]


# --- a fronted adverbial of the cue frames the saying -----------------------------------


def test_a_fronted_when_clause_is_no_content() -> None:
    found = claims_of(
        "But when the council cut the grant for the ferry a year later, Dunmore said enough."
    )
    assert not [c for c in found if c.content.text.startswith("But when")], _rows(found)


def test_a_fronted_participle_is_no_content() -> None:
    found = claims_of(
        "Speaking to farmers at a fair in Ellston this week, Governor Ada Brandt responded to "
        "her rival's remark."
    )
    assert not [c for c in found if c.content.text.startswith("Speaking")], _rows(found)


def test_a_fronted_clause_before_a_trailing_attribution_is_still_content() -> None:
    found = claims_of("The militia has pulled back from the river towns, a spokesman said.")
    claim = claim_by_cue(found, "said")
    assert claim.content.text == "The militia has pulled back from the river towns"
    assert text_of(claim.claimant) == "a spokesman"


# --- a coordinated second cue has its own content ---------------------------------------


def test_refuses_to_publish_or_explain_are_two_claims() -> None:
    found = claims_of(
        "Mayor Kell refuses to publish his tax records or explain how his firm won the contract."
    )
    refuses = claim_by_cue(found, "refuses")
    assert refuses.content.text == "to publish his tax records"
    explain = claim_by_cue(found, "explain")
    assert explain.content.text == "how his firm won the contract"
    assert text_of(explain.claimant) == "Mayor Kell"


def test_vowed_and_warned_stay_apart() -> None:
    found = claims_of("The senator vowed to fight the levy and warned that it would fail.")
    assert claim_by_cue(found, "vowed").content.text == "to fight the levy"
    assert claim_by_cue(found, "warned").content.text == "that it would fail"


# --- "continues to insist, ..., that X" -----------------------------------------------


def test_continues_to_insist_past_an_aside() -> None:
    found = claims_of(
        "The governor continues to insist, most recently in a radio interview with a local "
        "station, that he really wants to publish the records but cannot because of an audit."
    )
    claim = claim_by_cue(found, "to insist")
    assert claim.content.text.startswith("that he really wants to publish the records")
    assert text_of(claim.claimant) == "The governor"
    assert not [c for c in found if text_of(c.cue) == "continues"], _rows(found)


def test_continued_to_say_is_the_saying() -> None:
    found = claims_of("The minister continued to say that the talks would resume.")
    claim = only_cue(found, "to say")
    assert claim.content.text == "that the talks would resume"


def test_insisted_past_an_aside() -> None:
    found = claims_of(
        "The mayor insisted, in a radio interview on Monday, that the budget was sound."
    )
    assert claim_by_cue(found, "insisted").content.text == "that the budget was sound"


def only_cue(found: list[Claim], cue: str) -> Claim:
    assert [text_of(c.cue) for c in found] == [cue], _rows(found)
    return found[0]


# --- a cognition verb with "X as Y" tells a view ----------------------------------------


def test_see_x_as_y_is_a_view() -> None:
    found = claims_of(
        "Critics of the scheme, like Senator Bo Grant, see its renewal as a chance to fix it."
    )
    claim = claim_by_cue(found, "see")
    assert claim.content.text == "its renewal as a chance to fix it"
    assert text_of(claim.claimant).startswith("Critics of the scheme")  # type: ignore[union-attr]


def test_saw_the_remark_as_a_dig() -> None:
    found = claims_of("Veterans saw the remark as a dig at the navy.")
    assert claim_by_cue(found, "saw").content.text == "the remark as a dig at the navy"


def test_a_sight_or_a_role_is_no_view() -> None:
    assert claims_of("She saw the video on Monday.") == []
    assert claims_of("She has assumed a new role as state counsellor.") == []


# --- what a thing was likened to -------------------------------------------------------


def test_likened_keeps_what_it_was_likened_to() -> None:
    found = claims_of(
        "Another critic, the lawyer Tom Brae, likened the rules to burning the charter."
    )
    assert claim_by_cue(found, "likened").content.text == "the rules to burning the charter"


# --- a quoted object is what was said ---------------------------------------------------


def test_added_the_words_in_quotes() -> None:
    found = claims_of("At the end of her song, she added the words “Vote Maria.”")
    assert claim_by_cue(found, "added").content.text == "the words “Vote Maria.”"


def test_a_quoted_object_wins_over_a_fronted_clause() -> None:
    found = claims_of(
        "The crowd roared when, at the end of her anthem “Rise Again,” she added the words, "
        "“Vote Maria.”"
    )
    assert claim_by_cue(found, "added").content.text.startswith("the words")


def test_an_unquoted_object_of_added_is_no_content() -> None:
    assert claims_of("The mayor added two new members to the board.") == []


def test_a_quotation_deep_inside_the_object_is_not_the_objects() -> None:
    found = claims_of("Lee did not address his tweets in which he called a rival “disgusting.”")
    assert not [c for c in found if text_of(c.cue) == "did not address"], _rows(found)


# --- a participle's wish or knowledge that nobody voices -----------------------------


def test_anyone_wanting_is_no_source() -> None:
    found = claims_of("The site is a good resource for anyone wanting to learn more about bonds.")
    assert not [c for c in found if text_of(c.cue) == "wanting"], _rows(found)


def test_without_knowing_is_no_claim() -> None:
    found = claims_of("It is hard to judge the plan without knowing how it would affect him.")
    assert not [c for c in found if text_of(c.cue) == "knowing"], _rows(found)


def test_a_participle_with_a_that_clause_still_holds_a_view() -> None:
    found = claims_of("She came home knowing that her son was safe.")
    assert claim_by_cue(found, "knowing").content.text == "that her son was safe"


# --- a that-clause after the cue, a misread clause before it ---------------------------


def test_a_fronted_participle_clause_stays_out_of_the_told_content() -> None:
    found = claims_of(
        "Claiming the criticism of Brant is designed to pressure the moderators, Lowe told "
        "the station that the press was gaming the system."
    )
    assert claim_by_cue(found, "told").content.text == "that the press was gaming the system"


def test_worry_after_a_conditional_clause() -> None:
    found = claims_of(
        "Should the company run into financial trouble, residents worry that the cost of the "
        "cleanup could fall to taxpayers."
    )
    claim = claim_by_cue(found, "worry")
    assert claim.content.text == "that the cost of the cleanup could fall to taxpayers"


# --- a cue in the imperative bids the reader speak ---------------------------------------


def test_an_imperative_cue_is_no_claim() -> None:
    assert claims_of("Seriously, please ask yourself that question.") == []
    assert claims_of("Now tell us this isn't a witch hunt.") == []


def test_an_imperative_inside_a_quotation_is_still_the_speakers() -> None:
    found = claims_of("Tell that to the janitor, Biden said.")
    claim = claim_by_cue(found, "said")
    assert claim.content.text == "Tell that to the janitor"
    assert text_of(claim.claimant) == "Biden"


# --- an aspectual verb carries another cue's claim --------------------------------------


def test_continue_to_show_is_no_claim_of_continuing() -> None:
    found = claims_of("The senator's supporters continue to show signs of greater enthusiasm.")
    assert not [c for c in found if text_of(c.cue) == "continue"], _rows(found)


# --- a headline verb the tagger made a noun ---------------------------------------------


def test_headline_vows_to() -> None:
    found = claims_of(
        "Senator Lund Vows To End Tax Breaks Used By Property Developers\n\n"
        "The senator spoke on Monday in Denver."
    )
    claim = claim_by_cue(found, "Vows")
    assert claim.content.text == "To End Tax Breaks Used By Property Developers"
    assert text_of(claim.claimant) == "Senator Lund"


# --- a negated passive accusation accuses nobody ---------------------------------------


def test_never_charged_is_no_claim() -> None:
    assert claims_of("Mr. Lowe has never been charged with any wrongdoing.") == []
    assert claims_of("Neither Lowe nor his allies have been charged with any crime.") == []


def test_an_unsourced_passive_accusation_still_stands() -> None:
    found = claims_of("Turkey was accused of sending fighters to the border.")
    assert claim_by_cue(found, "accused").content.text == "of sending fighters to the border"
