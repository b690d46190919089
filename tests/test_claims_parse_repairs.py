"""Claims whose cue the kit knows but whose sentence the small model misparses: a verb
tagged as an adjective or a noun, a source noun phrase read as a verb and its object, a
speaker's first word hung on the quotation before it, an infinitive hung on a place.

All sentences are invented.
"""

from __future__ import annotations

from helpers import claims_of

from claimmap.model import Claim


def by_cue(found: list[Claim], cue: str) -> Claim:
    hits = [c for c in found if c.cue is not None and c.cue.text == cue]
    assert len(hits) == 1, [(c.cue and c.cue.text, c.content.text) for c in found]
    return hits[0]


def said(c: Claim) -> tuple[str | None, str]:
    return (c.claimant.text if c.claimant else None), c.content.text


# --- a content that goes on past its opening phrase is no fronted adverbial ------------


def test_clause_after_opening_phrase_with_misread_verb() -> None:
    c = by_cue(claims_of("As a TV host, Morgan belittled guests, former staff said."), "said")
    assert said(c) == ("former staff", "As a TV host, Morgan belittled guests")


def test_fronted_phrase_alone_is_still_dropped() -> None:
    c = by_cue(claims_of("In his 2010 memoir, he said the war was lost."), "said")
    assert c.content.text == "the war was lost"


def test_two_fronted_phrases_stay_adverbial() -> None:
    c = by_cue(claims_of("A week earlier, in Lyon, the ministry said it would act."), "said")
    assert said(c) == ("the ministry", "it would act")


# --- "according to" a noun phrase the tagger read as a verb and its object --------------


def test_according_to_source_read_as_verb() -> None:
    c = by_cue(
        claims_of("The navy fired on the convoy on Friday, according to show producers."),
        "according to",
    )
    assert said(c) == ("show producers", "The navy fired on the convoy on Friday")


def test_according_to_plain_source_unchanged() -> None:
    c = by_cue(
        claims_of("Prices rose sharply in May, according to trade officials."), "according to"
    )
    assert said(c) == ("trade officials", "Prices rose sharply in May")


# --- words between a closing quotation mark and the cue are the speaker's -------------


def test_speaker_name_after_quotation() -> None:
    text = "“We will find the people responsible,” Tulsa fire Chief Dana Moss said Tuesday."
    c = by_cue(claims_of(text), "said")
    assert said(c) == ("Tulsa fire Chief Dana Moss", "“We will find the people responsible,”")


def test_speaker_after_quotation_with_a_colon_inside() -> None:
    text = (
        "“I make you one promise: we will find them,” Tulsa fire Chief Dana Moss said "
        "Tuesday. “We owe the families that much.”"
    )
    c = by_cue(claims_of(text), "said")
    assert c.claimant is not None and c.claimant.text == "Tulsa fire Chief Dana Moss"
    assert c.content.text.startswith("“I make you one promise: we will find them,”")


# --- cue verbs tagged as nouns ------------------------------------------------------


def test_trailing_cue_tagged_plural_noun() -> None:
    text = "The economy will contract next year, the central bank's chief economist maintains."
    c = by_cue(claims_of(text), "maintains")
    assert said(c) == ("the central bank's chief economist", "The economy will contract next year")


def test_trailing_cue_after_determiner_speaker() -> None:
    c = by_cue(claims_of("The talks have collapsed, a senior diplomat claims."), "claims")
    assert said(c) == ("a senior diplomat", "The talks have collapsed")


def test_list_ending_in_a_cue_word_is_no_claim() -> None:
    found = claims_of("The group will target the senator with ads, mailers and phone calls.")
    assert all(c.cue is None or c.cue.text != "calls" for c in found)


def test_headline_cue_tagged_noun_before_infinitive() -> None:
    c = by_cue(claims_of("Senate panel votes to subpoena former adviser."), "votes")
    assert said(c) == ("Senate panel", "to subpoena former adviser")


def test_plural_subject_verb_tagged_noun_before_clause() -> None:
    c = by_cue(claims_of("Records from the 2011 audit show he paid no tax."), "show")
    assert said(c) == ("Records from the 2011 audit", "he paid no tax")


def test_noun_with_determiner_stays_a_noun() -> None:
    found = claims_of("The votes to approve the budget were counted twice.")
    assert all(c.cue is None or c.cue.text != "votes" for c in found)


# --- an infinitive hung on a place phrase; a quotation after a topic phrase -----------


def test_directive_infinitive_hung_on_place() -> None:
    text = "The coach tells his players at a practice to “play hard and play fair.”"
    c = by_cue(claims_of(text), "tells")
    assert c.content.text == "his players at a practice to “play hard and play fair.”"


def test_quotation_after_topic_phrase() -> None:
    c = by_cue(claims_of("The mayor joked of the stadium, “I have not seen it yet.”"), "joked")
    assert said(c) == ("The mayor", "“I have not seen it yet.”")


def test_topic_phrase_without_quotation_unchanged() -> None:
    c = by_cue(claims_of("The mayor spoke of the stadium at length."), "spoke")
    assert c.content.text == "of the stadium"


# --- a relative clause with a claim of its own inside a speaker's noun phrase ---------


def test_relative_clause_claim_inside_speaker() -> None:
    text = (
        "“It is a sound approach,” said Ms. Varga, who stressed that the plan would "
        "simplify returns for small firms."
    )
    found = claims_of(text)
    assert by_cue(found, "said").claimant.text == "Ms. Varga"  # type: ignore[union-attr]
    stressed = by_cue(found, "stressed")
    assert stressed.content.text == "that the plan would simplify returns for small firms"


def test_descriptive_relative_clause_stays_in_speaker() -> None:
    text = "Mr. Holm, who heads the port authority, said the strike would end soon."
    c = by_cue(claims_of(text), "said")
    assert said(c) == ("Mr. Holm, who heads the port authority", "the strike would end soon")
