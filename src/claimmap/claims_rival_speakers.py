"""A second speaker joined to a content: "Republicans said A and Democrats accused B".

The parser hangs "and Democrats accused the GOP of B" on the last verb of A, but a past
speech or evaluation verb with a named subject of its own, in the same past tense as
the cue, is a new speaker answering the first, not something the first one said (a
reported conjunct inside a content is back-shifted or has a pronoun: "said the road was
closed and that it had flooded", "said they were tired and they wanted to go home").
The first content ends before its "and"; the second cue is a claim of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import text, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Subjects that name a new speaker: "Democrats", "the GOP", "police".
_NAMED = ("PROPN", "NOUN")


def _rival(tok: Token, verb: Token) -> Token | None:
    """The "and" before "and Democrats accused X" if ``tok`` is such a rival cue."""
    if tok.tag_ != "VBD" or tok.pos_ != "VERB" or tok.dep_ not in ("conj", "ccomp"):
        return None
    if verb_frame(cue_lemma(tok.lemma_, tok.lower_)) not in ("speech", "evaluation"):
        return None
    if not any(c.dep_ in ("dobj", "ccomp") and c.i > tok.i for c in tok.children):
        return None  # "and the crowd cheered": no claim of its own
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.i > 0 and tok.nbor(-1).dep_ == "conj":
        subj = tok.nbor(-1)  # ("mishandled the probe and Democrats accused": the parser
    if subj is None or subj.pos_ not in _NAMED or subj.i > tok.i:  # joins the two nouns)
        return None
    said_by = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if said_by is not None and said_by.lemma_.lower() == subj.lemma_.lower():
        return None  # "Republicans said A and Republicans accused B": one speaker
    first = subj.left_edge if subj.dep_ == "nsubj" else subj
    while first.i > 0 and first.nbor(-1).dep_ in ("det", "amod", "compound"):
        first = first.nbor(-1)
    cc = first.nbor(-1) if first.i > verb.i + 1 else None
    ok = cc is not None and cc.dep_ == "cc" and cc.lower_ in ("and", "but", "while")
    return cc if ok else None


def cut_at_rival_speaker(verb: Token, comps: list[Token], end: int) -> int:
    """End a content before "and <named subject> <past cue verb> ..." inside it."""
    if verb.tag_ != "VBD" or any(c.i < verb.i for c in comps):
        return end
    first = min(c.left_edge.i for c in comps)
    for tok in verb.doc[first:]:
        if tok.idx >= end:
            break
        cc = _rival(tok, verb) if tok.i > first and tok not in comps[:1] else None
        if cc is not None:
            return min(end, trim(text(verb.doc), verb.doc[first].idx, cc.idx)[1])
    return end
