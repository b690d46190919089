"""Topic claims: an agent's verb + "about" + topic states a stance on that topic."""

from __future__ import annotations

import pytest
from helpers import claim_by_cue, claims_of, only
from spacy.tokens import Doc

from claimmap.claims_topics import topic_claims
from claimmap.nlp import load_nlp


@pytest.mark.parametrize(
    ("sentence", "claimant", "cue", "content"),
    [
        (
            "Senator Maria Lopez talked about rising rents in her speech on Tuesday.",
            "Senator Maria Lopez",
            "talked about",
            "rising rents in her speech",
        ),
        (
            "Several Democrats are worrying about the governor's health.",
            "Several Democrats",
            "are worrying about",
            "the governor's health",
        ),
    ],
)
def test_verb_about_topic_is_a_stance(sentence: str, claimant: str, cue: str, content: str) -> None:
    c = only(claims_of(sentence))
    assert c.kind == "stance"
    assert c.claimant is not None and c.claimant.text == claimant
    assert c.cue is not None and c.cue.text == cue
    assert c.content.text == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor set about rebuilding the harbor after the storm.",  # "set about": begin
        "The reforms came about after years of protest.",  # "come about": happen
    ],
)
def test_phrasal_about_is_no_topic(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_gap_topic_leaves_the_outer_claim() -> None:
    found = claims_of("Nobody knows what the minister was talking about.")
    assert [c.cue.text for c in found if c.cue is not None] == ["knows"]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The governor has faced questions about the cost of the new stadium.",
            "questions about",
            "the cost of the new stadium",
        ),
        (
            "The town hall turned into a heated debate about how the county spends its water.",
            "debate about",
            "how the county spends its water",
        ),
    ],
)
def test_noun_about_topic_is_a_stance(sentence: str, cue: str, content: str) -> None:
    c = claim_by_cue(claims_of(sentence), cue)
    assert c.kind == "stance"
    assert c.content.text == content


def test_owned_noun_topic_names_its_owner() -> None:
    found = claims_of("Voters in the district were unmoved by his jokes about crime rates.")
    c = claim_by_cue(found, "jokes about")
    assert c.claimant is not None and c.claimant.text == "his"
    assert c.content.text == "crime rates"


def test_remarks_made_about_misparsed_as_a_complement() -> None:
    """ "cited remarks Smith had made about Garcia" with "made" hung as a complement of
    "cited" (a parse seen on news text): the remarks, not "made", carry the topic."""
    words = ["Lopez", "cited", "remarks", "Smith", "had", "made", "about", "Garcia", "."]
    heads = [1, 1, 1, 5, 5, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    parsed = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    parsed[3].ent_type_ = "PERSON"
    assert topic_claims(parsed) == []
    words[2] = "crowds"  # (any other noun: "told crowds Smith had made about ...")
    other = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    other[3].ent_type_ = "PERSON"
    assert [other.text[slice(*r.content)] for r in topic_claims(other)] == ["Garcia"]
