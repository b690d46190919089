"""What a cue verb says: its content, by the frame of the cue.

A speech verb's clausal complement ("said that ..."), an infinitive ("vowed to ..."), an
object or a prepositional phrase ("blasted Turkey as ...", "complained about ..."), each
kept or refused by the rules of the cue's frame (speech, cognition, intention, evaluation,
document); a content ends before a second cue of the same speaker inside it.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from claimmap.claims_cues import CUE_NOUNS, DOCUMENT_VERBS, cue_lemma, verb_frame, words
from claimmap.claims_speakers import (
    misparsed_complement,
    relative_complement,
    second_that_clause,
    told_thing,
)
from claimmap.claims_tokens import (
    SUBJECTS,
    Offsets,
    cue_candidates,
    has_child,
    hull,
    listener_fragment,
    memo,
    relative_after,
    subject_of,
    subtree,
    text,
    that_clauses,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTENT_PREPS = words(
    """
    for as of about on against over to with from into
    """
)
#: Speech verbs whose bare object is no content ("maintained ties", "addressed the crowd").
_NO_NP_CONTENT = words(
    """
    maintain continue raise address post sing pitch press add conclude observe correct relay
    signal state answer write counter point
    """
)
#: Speech verbs whose content is a clause and nothing else.
_CLAUSE_ONLY = words(
    """
    rule
    """
)
_NP_INTENTIONS = words(
    """
    offer propose support want seek demand
    """
)


#: Nouns of a count that a source "puts at" a number: "put the death toll at 41".
_TALLY_NOUNS = frozenset(
    {"toll", "number", "figure", "count", "tally", "total", "cost", "estimate", "damage"}
)


def tally_estimate(verb: Token) -> Offsets | None:
    """ "The coast guard put the number of dead at 41", "officials placed the cost at
    $2 billion": a count given by a source, from the object to the number."""
    if verb.lemma_.lower() not in ("put", "place", "peg") or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if obj is None or at is None or obj.lemma_.lower() not in _TALLY_NOUNS or at.i < obj.i:
        return None
    if not any(t.like_num or t.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY") for t in at.subtree):
        return None
    return tokens_offsets(verb.doc, obj.left_edge.i, at.right_edge.i)


def verb_content(verb: Token, frame: str) -> Offsets | None:
    """The complement of a cue verb, by the frame's rules."""
    tally = tally_estimate(verb)
    if tally is not None:
        return tally
    summary = summarised_claim(verb)
    if summary is not None:
        return summary
    comps = _clausal([c for c in verb.children if c.dep_ == "ccomp" and not relative_after(c)])
    if not comps and frame in ("speech", "cognition", "document"):
        comps = [c for c in verb.children if misparsed_complement(verb, c)]
        comps = comps or relative_complement(verb)
    if comps:  # "… that Russia had no troops there, and that the claims were false"
        comps += [c for c in verb.children if c.dep_ == "conj" and second_that_clause(c)]
        start, end = hull(subtree(c) for c in comps)
        return start, _cut_at_next_cue(verb, comps, end)
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if lemma in _CLAUSE_ONLY:
        return None  # "ruled that X" reports a ruling; "ruled the country" does not
    xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
    if xcomps and frame in ("speech", "intention", "cognition"):
        start = min(c.left_edge.i for c in xcomps)
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        if objs and lemma in ("urge", "ask", "tell", "call", "warn", "want", "expect"):
            start = min(start, objs[0].left_edge.i)  # "urged Congress to act"
        return tokens_offsets(verb.doc, start, max(c.right_edge.i for c in xcomps))
    documented = lemma in DOCUMENT_VERBS and _impersonal_subject(verb)  # "a study found X"
    if frame == "cognition" and lemma not in ("fear", "question", "doubt") and not documented:
        return None  # "saw the video", "found a job" are no beliefs
    if frame == "document" and not _impersonal_subject(verb):
        return None  # "Trump found a way": a person finding is no report
    if frame == "intention" and lemma not in _NP_INTENTIONS:
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("dobj", "dative", "oprd")
            or (
                c.dep_ == "prep"
                and c.lower_ in _CONTENT_PREPS
                and c.lower_ != "to"
                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            )
        )
    ]
    if lemma in _NO_NP_CONTENT and not any(c.dep_ == "prep" for c in right):
        return None  # "maintained strong ties", "raised money", "answered questions"
    if lemma == "call" and not any(c.dep_ in ("oprd", "prep") for c in right):
        return None  # "called a meeting"
    if lemma in ("tell", "ask", "inform", "assure") and not any(c.dep_ != "dative" for c in right):
        return None
    if not right:
        return None
    objs = [c for c in right if c.dep_ in ("dobj", "oprd", "prep")]
    if not objs:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and all(c.dep_ == "prep" for c in right):
        return None  # "Commenting on the conflict, he said ...": a frame, not a claim
    if lemma in ("tell", "inform", "assure") and not told_thing(right[0]):
        right = [c for c in right if c.i != right[0].i or c.dep_ not in ("dobj", "dative")]
        if not right:
            return None  # "told reporters": the listener is no content
    return tokens_offsets(
        verb.doc, min(c.left_edge.i for c in right), max(c.right_edge.i for c in right)
    )


def summarised_claim(verb: Token) -> Offsets | None:
    """ "X, Amnesty alleged, an accusation a Libyan official rejected as unfounded": a cue
    in a relative clause on a claim noun, with the noun as its missing object, is about
    what the noun sums up: the noun phrase ("an accusation"), which
    ``claims_filters.summaries`` replaces by the content of the claim before it ("X")."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in CUE_NOUNS or noun.i > verb.i:
        return None
    filled = ("dobj", "ccomp", "xcomp", "nsubjpass")
    if any(c.dep_ in filled and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return None  # "a claim that the ministry rejected the figures": no gap
    if not any(c.dep_ in SUBJECTS for c in verb.children) or has_child(verb, "neg"):
        return None  # "the accusation that was rejected", "a claim Moscow has not addressed"
    return tokens_offsets(verb.doc, noun.left_edge.i, verb.left_edge.i - 1)


def _clausal(comps: list[Token]) -> list[Token]:
    """The complements that are clauses: "told the state news agency IRNA on Monday that
    ..." makes the listener's name a complement (an adjective or a verb with no subject);
    the that-clause after it, the name's sibling or its own complement, is the content."""
    clauses: list[Token] = []
    for c in comps:
        clauses += that_clauses(c) if listener_fragment(c) is not None else [c]
    return clauses or comps


def _cut_at_next_cue(verb: Token, comps: list[Token], end: int) -> int:
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
            if verb_frame(tok.lemma_.lower()) in ("speech", "evaluation") and tok.idx < end:
                first = tok.left_edge
                while first.i > comp.i and first.nbor(-1).dep_ in ("cc", "punct"):
                    first = first.nbor(-1)
                return min(end, trim(text(verb.doc), comp.left_edge.idx, first.idx)[1])
    return end


def _impersonal_subject(verb: Token) -> bool:
    subj = subject_of(verb)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON"
