"""Claims of a cue noun: "the claim that ...", "Clinton's criticism of Trump", "his plan
to cut taxes", "signed an agreement to allow trucks in".

The content is the noun's that-clause (for a stance noun with an owner, its object or
infinitive); the claimant is its owner, a proper-noun modifier, a "by" phrase, the
subject of the verb the noun hangs on ("The ministry said in a statement that ..."), or
one who voiced it ("the mayor voiced fears that ..."). "Trump charges that ..." is a
subject and its verb that the tagger read as a noun phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import COMMITMENT_NOUNS, STANCE_NOUNS
from claimmap.claims_non_answers import caveat_relative
from claimmap.claims_noun_holders import reporters_gloss, voiced_by
from claimmap.claims_outlets import outlet_of
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    cue_offsets,
    subject_of,
    subtree,
    tokens_offsets,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _misread_verb(noun: Token) -> Token | None:
    """ "Trump charges that ...": a capitalised word opening the sentence before a plural cue
    noun, which the tagger made its head or its modifier, is a subject and its verb (the
    that-clause shows it). Returns the subject's token."""
    if noun.tag_ != "NNS" or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if not before.text[:1].isupper() or not before.is_alpha:
        return None
    if noun.dep_ == "dobj" and noun.head == before and before.dep_ == "ROOT":
        return before
    if noun.dep_ == "ROOT" and before.head == noun and before.dep_ in ("amod", "compound"):
        return before
    return None


def noun_cue(noun: Token, sent: Span) -> RawClaim | None:
    """The claim of a cue noun with a that-clause (or an owned stance noun), or None."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None and owner is not None:
        clause = _adjective_clause(noun)  # "frank in her acknowledgment that ..."
    if clause is None and owner is not None and noun.lemma_.lower() in STANCE_NOUNS:
        clause = _stance_object(noun)  # "Clinton's criticism of Trump", "his plan to cut taxes"
    if clause is None and noun.lemma_.lower() in COMMITMENT_NOUNS:
        clause = _infinitive(noun)  # "signed an agreement to allow trucks in"
    if clause is None or caveat_relative(clause):  # ("a claim that no one could verify")
        return None
    claimant_tok = next(
        (
            c
            for c in noun.children
            if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        ),
        None,
    )
    claimant: Offsets | None = None
    if claimant_tok is not None:
        claimant = tokens_offsets(noun.doc, claimant_tok.left_edge.i, claimant_tok.i)
    else:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
        if pobj is not None:
            claimant_tok = pobj
            claimant = subtree(pobj)
    misread = _misread_verb(noun) if claimant is None else None
    if misread is not None:  # "Trump charges that ..." read as a noun phrase
        claimant_tok = misread
        claimant = tokens_offsets(noun.doc, misread.i, misread.i)
    cue = noun
    outlet: Offsets | None = None
    verb = noun.head.head if noun.head.dep_ == "prep" else None
    if claimant is None and verb is not None and verb.pos_ == "VERB":
        # "The ministry said in a statement that ...": the claim is the verb's subject's
        # (and "in a statement carried by the X news agency" names its channel).
        subj = subject_of(verb)
        if subj is not None:
            cue, claimant_tok, claimant = verb, subj, subtree(subj)
            outlet = outlet_of(verb, sent)
    voiced = voiced_by(noun) if claimant is None else None
    if voiced is not None:  # "the mayor voiced fears that ...": the mayor holds them
        claimant_tok, claimant = voiced, subtree(voiced)
    if claimant is None and reporters_gloss(noun):
        return None
    return RawClaim(
        cue=cue_offsets(cue),
        content=subtree(clause),
        claimant=claimant,
        claimant_token=claimant_tok.i if claimant_tok is not None else None,
        outlet=outlet,
        cue_token=cue.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )


def _adjective_clause(noun: Token) -> Token | None:
    """ "was frank in her acknowledgment that taxes must rise": the parser hangs the
    noun's that-clause on the adjective the noun's phrase completes; an adjective takes
    no that-clause across a prepositional phrase, so the clause right after the noun is
    the noun's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "ADJ":
        return None
    return next(
        (
            c
            for c in prep.head.children
            if c.dep_ == "ccomp"
            and c.left_edge.i == noun.right_edge.i + 1
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )


def _infinitive(noun: Token) -> Token | None:
    """The to-infinitive completing ``noun`` ("an agreement to cut emissions")."""
    return next(
        (
            c
            for c in noun.children
            if c.i > noun.i
            and c.dep_ == "acl"
            and c.tag_ == "VB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )


def _stance_object(noun: Token) -> Token | None:
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "about", "against", "for", "to"):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
        if c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None
