"""Where a cue verb's content ends, when the parser runs it on.

The parser often hangs a second cue of the same speaker inside the first one's
complement ("A, adding B", "A and warned B"): the content ends before it. A cue in a
subordinate clause gets the main clause after it as an unlinked conjunct ("Since X said
that A needed B, interest has soared"): the content ends at the comma that opens the
main clause. :mod:`claimmap.claims_content` chooses the complement and asks these.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from claimmap.claims_adjuncts import backshifted_conjunct
from claimmap.claims_content_repairs import appositive_predicate
from claimmap.claims_cues import cue_lemma, verb_frame, words
from claimmap.claims_nonspeech import set_destination
from claimmap.claims_purpose import purpose_or_inference
from claimmap.claims_tokens import cue_candidates, has_child, memo, subject_of, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def cut_at_next_cue(verb: Token, comps: list[Token], end: int) -> int:
    """End a content before a second cue of the same speaker inside it: "A, adding B",
    "A and warned B" (the parser often hangs these on the complement)."""
    cues = memo(verb.doc, "cue_candidates", lambda: cue_candidates(verb.doc))
    for comp in comps:
        inner = cues[
            bisect.bisect_right(cues, comp.i) : bisect.bisect_right(cues, comp.right_edge.i)
        ]
        for tok in (verb.doc[i] for i in inner):  # the subtree is contiguous (projective)
            if tok.i <= comp.i or tok.dep_ not in ("advcl", "conj") or subject_of(tok) is not None:
                continue
            if tok.pos_ not in ("VERB", "AUX"):
                continue  # "Brazil and other states": a noun, though "state" is a cue verb
            if infinitive(tok):
                continue  # "phoned X on Monday to express sympathy": the caller's aim
            frame = verb_frame(tok.lemma_.lower())
            if purpose_or_inference(tok, frame or "") or backshifted_conjunct(tok):
                continue  # "troops sent to defend X had begun ...": a purpose, no cue
            beacon = set_destination(tok, cue_lemma(tok.lemma_, tok.lower_))  # "and was
            if beacon or appositive_predicate(verb) == tok:  # signalling X as its destination"
                continue  # (AIS data); "and a soldier, Sepoy Y, embraced Z" (the content's)
            if frame in ("speech", "evaluation") and tok.idx < end:
                first = tok.left_edge
                while first.i > comp.i and first.nbor(-1).dep_ in ("cc", "punct"):
                    first = first.nbor(-1)
                return min(end, trim(text(verb.doc), comp.left_edge.idx, first.idx)[1])
    return end


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive: its understood subject is that of the clause
    it hangs on inside the content ("said the governor phoned X to express Y"), not the
    speaker's, so it is no second cue of the speaker's and the content runs on."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Conjunctions that make a cue's clause subordinate: "Since Trump said that ..., X has".
_SUBORDINATORS = words(
    """since because after when as although though while before once until unless whereas"""
)


def end_of_subordinate(verb: Token, comps: list[Token], end: int) -> int:
    """End the content of a cue in a subordinate clause at the comma that opens the main
    clause, which the parser sometimes hangs on the complement as an unlinked conjunct
    ("Since X said that A needed "B", interest has soared": the interest is no claim)."""
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children):
        return end
    first_comp = min(comps, key=lambda c: c.i)
    mains = [t for c in comps for t in c.subtree if t.dep_ == "conj" and t.i > c.i]
    mains += [c for c in comps if c.i > first_comp.i and not has_child(c, "mark")]
    for tok in sorted(mains, key=lambda t: t.i):
        first = tok.left_edge
        while first.is_punct and first.text != "," and first.i < tok.i:
            first = first.nbor(1)  # (a closing quotation mark the parser hung on the clause)
        comma = first if first.text == "," else first.nbor(-1)
        linked = any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)
        main = tok.pos_ in ("VERB", "AUX") and subject_of(tok) is not None and not linked
        if main and comma.text == "," and comma.i > first_comp.i:
            return min(end, trim(text(verb.doc), first_comp.left_edge.idx, comma.idx)[1])
    return end


#: Focus adverbs a speaker's verb takes before its that-clause: "said only that X".
_FOCUS = words("only merely simply just")


def past_focus_adverb(doc: Doc, start: int) -> int:
    """Start a content after a focus adverb that opens it before "that" ("said only that
    operations were proceeding"): the adverb limits the saying, not what was said."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start + 1 >= len(doc):
        return start
    first = doc[span.start]
    nxt = doc[first.i + 1]
    if first.lower_ in _FOCUS and nxt.lower_ == "that" and nxt.dep_ == "mark":
        return nxt.idx
    return start


def clause_opener(clause: Token) -> Token:
    """The word that opens ``clause``, past a focus adverb the parser hung on it ("said
    only that X": "that")."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in _FOCUS and first.head.i == clause.i and first.i + 1 < clause.i:
        return clause.doc[first.i + 1]
    return first
