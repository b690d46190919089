"""Seeming claims: "Melania seems to have vanished", "it appeared that Trump was unable".

"Seem" and "appear" with a complement raise their subject out of it: "X seems to Y" says
that X Ys, as it looks to someone. Nobody is named (or only an experiencer, "seems
credible to me"), so the writer holds the belief; PolNeAR attributes it, with the whole
clause, subject included, as content. "Appeared on TV", "appeared at a rally" take no
complement and are no claim; "appeared to show" under a cue is hedging of that cue's
claim (``claims_hedging.seeming_cue``), which the overlap check in ``stance_claims``
leaves to it. "Seem like", and "look"/"sound" with an adjective or "like" ("that looks
unlikely", "what looked like a solid lead") give the same impression-as-belief.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import (
    RawClaim,
    cue_offsets,
    lemmas_where,
    subtree,
    tokens_offsets,
    unowned_stance,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SEEM = frozenset({"seem", "appear", "look", "sound"})
_COMPLEMENTS = ("xcomp", "ccomp", "acomp", "attr", "oprd")
#: "Look" and "sound" are perception verbs ("looked at", "sounded the alarm") unless they
#: take an adjective or "like".
_LOOK_COMPLEMENTS = ("acomp", "oprd")
_EXPERIENCERS = frozenset({"me", "us", "him", "her", "them"})


def seeming_claims(parsed: Doc) -> list[RawClaim]:
    """A claim for every "X seems/appears (to) Y" in ``parsed``, with no claimant unless an
    experiencer is named ("seems credible to me")."""
    out = []
    for i in lemmas_where(parsed, _SEEM):
        raw = _seeming(parsed[i])
        if raw is not None:
            out.append(raw)
    return out


def _seeming(verb: Token) -> RawClaim | None:
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "aux", "auxpass"):
        return None
    comp = _complement(verb)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if comp is None or subj is None or _cue(comp):
        return None
    experiencer = _experiencer(verb) or _experiencer(comp)
    last = max(comp.right_edge.i, verb.i)
    first = subj.left_edge.i if subj.i < verb.i else verb.i
    if experiencer is not None and experiencer.head.i < comp.left_edge.i:
        first = comp.left_edge.i  # "It seems to me that X": X
    elif experiencer is not None and experiencer.head.i <= last:
        last = experiencer.head.i - 1  # "seems credible to me": not the "to me"
    if last < first:
        return None
    content = tokens_offsets(verb.doc, first, last)
    raw = unowned_stance(verb, cue_offsets(verb), content)
    if raw is None or experiencer is None:
        return raw
    return replace(raw, claimant=subtree(experiencer), claimant_token=experiencer.i)


def _complement(verb: Token) -> Token | None:
    """What the subject seems to be or do: "seems to Y", "seems like Y", "looks Y"."""
    deps = _COMPLEMENTS if verb.lemma_.lower() in ("seem", "appear") else _LOOK_COMPLEMENTS
    for c in verb.children:
        if c.i > verb.i and (c.dep_ in deps or (c.dep_ == "prep" and c.lower_ == "like")):
            return c
    return None


def _cue(comp: Token) -> bool:
    """ "A video appeared to show X": the video is the source, hedged, not the writer."""
    return comp.pos_ == "VERB" and verb_frame(cue_lemma(comp.lemma_, comp.lower_)) is not None


def _experiencer(head: Token) -> Token | None:
    """ "seems credible to me": the one it seems so to."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.lower_ in _EXPERIENCERS or obj.ent_type_ == "PERSON"):
                return obj if prep.i > head.i else None
    return None
