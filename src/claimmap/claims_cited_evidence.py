"""Evidence a speaker cites for a claim: "..., citing drone footage" is no claim of its own.

"A UN source said that up to 1,500 troops may have entered X in the past week, citing
drone footage": the participle after the comma has the speaker as its subject and names
what the claim rests on; the parser hangs it on the reported clause, where it looks like
a cue of its own with "drone footage" as content. It belongs to the claim it follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_CITE = frozenset({"cite", "quote"})
#: How far up the reported clause a participle may hang below the cue that reports it.
_MAX_DEPTH = 4
#: How a reported clause hangs below its cue.
_CLAUSAL = frozenset({"ccomp", "conj", "advcl", "xcomp"})
_FRAMES = frozenset({"speech", "document", "cognition"})
#: What evidence is: something seen or recorded, beside documents and speakers.
_EVIDENCE = words(
    """
    footage video image imagery photo photograph picture satellite recording map
    """
)


def _evidence(noun: Token) -> bool:
    """A thing seen or recorded ("drone footage", "satellite imagery"), which says
    nothing itself; not a reason ("the importance of X"), nor words that hold claims of
    their own ("interviews with returnees", "two officials")."""
    return noun.lemma_.lower() in _EVIDENCE


def cited_for_claim(verb: Token) -> bool:
    """Whether ``verb`` is a "citing Y" set off by a comma inside (at the end of) a clause
    a cue before it reports, with no subject or clause of its own."""
    if verb.lemma_.lower() not in _CITE or verb.tag_ != "VBG":
        return False
    if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i > verb.i:
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "ccomp", "xcomp", "advcl") for c in verb.children):
        return False  # "citing officials who said ...", "reported, citing X, that ..."
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not all(_evidence(o) for o in objs):
        return False  # "citing the strategic importance of X": a reason, which is a claim
    clause = verb.head
    for _ in range(_MAX_DEPTH):
        if clause.dep_ not in _CLAUSAL or clause.head.i > clause.i:
            return False
        cue = clause.head
        if verb_frame(cue_lemma(cue.lemma_, cue.lower_)) in _FRAMES:
            return True
        clause = cue
    return False
