"""A year in the first of two coordinated clauses dates that clause, not the second cue.

"The ministry said it had tightened visa rules in 2023 and denied that the city remained
a hub": "in 2023" dates the tightening (the content of "said"); the denial is dated by
its own saying. The parser hangs "denied" on "said" or on "tightened" as a conjunct, and
the date lies in that earlier clause's subtree before the cue: nearness must not give it
to the cue of the later conjunct.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_earlier_conjunct(tok: Token, cue: Token) -> bool:
    """Whether date word ``tok``, before ``cue`` (a conjunct), sits in a clause under the
    cue's head that is not a speech verb: the first conjunct's content, not the cue's."""
    if cue.dep_ != "conj" or tok.i >= cue.i:
        return False
    for above in tok.ancestors:
        if above.i == cue.i or (above.i == cue.head.i and _speech(above)):
            return False  # on the cue, or on the saying both conjuncts share
        if above.pos_ in ("VERB", "AUX") and not _speech(above):
            # the first clause above the date: the cue's head, or a clause beside the cue
            return above.i == cue.head.i or above.head.i == cue.head.i
    return False


def _speech(verb: Token) -> bool:
    return verb_frame(cue_lemma(verb.lemma_, verb.lower_)) is not None
