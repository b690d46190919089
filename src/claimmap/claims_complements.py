"""Which clause after a cue is its complement, when the parser hung it elsewhere: a
that-clause read as an adverbial ("tweeted in the early hours that ..."), as a relative
clause on the listener ("told lawmakers in a briefing that ..."), or as a conjunct ("and
that ..."); and what one tells rather than whom ("told the truth").

Split from :mod:`claimmap.claims_speakers`: these tests find what was said, not who said
it, and are asked by the content readers (:mod:`claimmap.claims_content`,
:mod:`claimmap.claims_reparse`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, words
from claimmap.claims_tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token


#: What one tells rather than whom: "told the truth", "tells a story", "won't tell anything".
_TOLD_THINGS = words(
    """
    truth lie story tale joke anything nothing something everything this that it
    """
)


def told_thing(obj: Token) -> bool:
    return obj.dep_ == "dobj" and obj.lemma_.lower() in _TOLD_THINGS


#: Words that open a content clause ("said that ...", "has not said when ...").
_CONTENT_OPENERS = frozenset({"that", "whether", "how", "why", "what", "who"})


def second_that_clause(conj: Token) -> bool:
    """A conjunct of the cue that is a second content clause ("and that ..."), which the
    parser hangs on the verb rather than on the first complement."""
    first = conj.doc[conj.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == conj.i


def misparsed_complement(verb: Token, clause: Token, first: Token | None = None) -> bool:
    """A finite clause after a cue verb that the parser attached as an adverbial clause:
    "tweeted in the early hours that Machado was ...", "did not say whether ..."
    (a temporal "when" clause stays out: "said it when he ran")."""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    return (first or clause.doc[clause.left_edge.i]).lower_ in _CONTENT_OPENERS


_LISTENER_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "brief"})


def relative_complement(verb: Token) -> list[Token]:
    """ "told lawmakers in a closed-door briefing that the troops had been shipped ...": the
    parser hangs the that-clause on the briefing as a relative clause; one with no gap for
    "that" to fill ("that the troops had been shipped", not "that he attended") is the
    cue's complement."""
    listener = cue_lemma(verb.lemma_, verb.lower_) in _LISTENER_VERBS  # not "disputes the idea"
    nouns = [c for c in verb.children if listener and c.dep_ in ("dobj", "dative") and c.i > verb.i]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            nouns += [c for c in prep.children if c.dep_ == "pobj"]
    for noun in nouns:
        for rel in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
            first = rel.doc[rel.left_edge.i]
            if first.lower_ == "that" and (_no_gap(rel, first) or _told_listener(noun, rel, first)):
                return [rel]
    return []


#: What one tells, not whom: "told the story that he had heard" is a relative clause.
_TOLD_THINGS = frozenset({"story", "tale", "truth", "lie", "joke", "version", "news", "same"})


def _told_listener(noun: Token, rel: Token, that: Token) -> bool:
    """ "told the Garowe Online news site that the men had sailed from X": after the one
    told (a listener, not a story), "that" and a clause with its own subject is what was
    told, even where the parser read "that" as the object of an intransitive verb; a
    stranded preposition ("told the officers that he had spoken to") keeps it relative."""
    if noun.dep_ not in ("dobj", "dative") or noun.lemma_.lower() in _TOLD_THINGS:
        return False
    if that.dep_ != "dobj" or that.head.i != rel.i:
        return False
    if not any(c.dep_ in SUBJECTS and c.i != that.i for c in rel.children):
        return False
    words = rel.doc[rel.i : rel.right_edge.i + 1]
    return not any(t.pos_ == "ADP" and not list(t.children) for t in words)


def relative_through_cue(clause: Token) -> bool:
    """ "in a barrage that the Guards said was aimed at X": a that-clause right after a
    noun whose verb's own complement lacks a subject is a relative clause on the noun
    (the gap is the noun), which the parser may hang on the cue as its complement."""
    first = clause.left_edge
    if first.lower_ != "that" or first.i == 0 or first.nbor(-1).pos_ not in ("NOUN", "PROPN"):
        return False
    return _gap_below(clause)


def _gap_below(rel: Token) -> bool:
    return any(
        c.dep_ == "ccomp" and not any(g.dep_ in SUBJECTS for g in c.children) for c in rel.children
    )


def _no_gap(rel: Token, that: Token) -> bool:
    """Whether "that" opens a full clause: it has a subject of its own, and "that" is no
    argument of it (or an object where a passive or a second object leaves no room)."""
    if not any(c.dep_ in SUBJECTS and c.i != that.i for c in rel.children):
        return False
    if _gap_below(rel):
        return False  # "a barrage that the Guards said was aimed at X": the gap is below
    if that.dep_ in ("mark", "advmod"):
        return True
    filled = any(
        c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.i != that.i) for c in rel.children
    )
    return that.dep_ == "dobj" and that.head.i == rel.i and filled
