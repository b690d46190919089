"""Who denies an allegation: the party it was made against, never the one who made it.

"The M23 earns $800,000 a month, the report said. The group has denied the allegation":
"the group" is not the UN that wrote the report, though the UN is the body quoted last;
it is the organisation the allegation was about, the subject of what was said. Where the
allegation names no such body, the claimant is left without an actor rather than given
the accuser's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import SUBJECTS, ents_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Actor

#: Verbs of denying what an earlier claim said.
DENY_LEMMAS = words(
    """
    deny reject dismiss refute dispute
    """
)
#: Nouns summing up an earlier claim as an accusation.
_CHARGES = words(
    """
    allegation accusation charge claim report finding
    """
)


def accused(
    actor: Actor | None, span: Span, cue: Token, before: tuple[tuple[int, int], Actor | None]
) -> Actor | None:
    """The actor of a claimant phrase that denies the last claim ("The group has denied
    the allegation"): the body the claim's content made its subject where the phrase
    named none and resolved to the claim's own claimant."""
    from claimmap.claims_actor_lookup import org_actor

    content, claimant = before
    if actor is None or claimant is None or actor.name != claimant.name:
        return actor
    if span.root.pos_ == "PROPN" or not _denies_claim(cue):
        return actor
    bodies = [e for e in _ents_said(span.doc, content) if e.root.dep_ in SUBJECTS]
    return org_actor(bodies[0]) if bodies else None


def _denies_claim(cue: Token) -> bool:
    """ "denied the allegation", "rejected the accusations": a verb of denial whose object
    sums up what was said."""
    if cue.lemma_.lower() not in DENY_LEMMAS:
        return False
    objs = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _CHARGES and not o.ent_type_ and not _authored(o) for o in objs)


def _authored(charge: Token) -> bool:
    """ "opposition claims", "the army's allegations", "Russian claims", "claims by
    rights groups": the charge names who made it, so it is not the last claim summed up
    (its denier may well be the last speaker: "Ana Lee said ... She denied opposition
    claims")."""
    for c in charge.children:
        if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children):
            return True  # "rejected accusations that X": says which, not the last claim
        if c.dep_ == "amod" and c.ent_type_ == "NORP":
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return True
    return False


def _ents_said(doc: Doc, content: tuple[int, int]) -> list[Span]:
    """The bodies named in what a claim said."""
    said = doc.char_span(content[0], content[1], alignment_mode="expand")
    if said is None:
        return []
    from claimmap.claims_actor_countries import country_name

    found = ents_in(doc, said.start, said.end, ("ORG", "GPE", "NORP"))
    # "The M23 earns ...": a group the model took for a place, a country not
    return [
        e
        for e in found
        if e.label_ == "ORG" or (e.root.pos_ == "PROPN" and not country_name(e.text))
    ]
