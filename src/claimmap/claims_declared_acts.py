"""Declarations that are acts, not reports: "the government declared a state of
emergency in X", "the council proclaimed a curfew", "declared war on Y".

Declaring an emergency, a curfew or a ceasefire brings that state about; nobody is
reported to hold anything true, so there is no claim to map. A declaration with a clause
("declared that the border was closed"), a predicate ("declared the vote void") or any
other object ("declared its support", "declared victory") stays a claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that bring a state about by naming it.
_DECLARING = words("declare proclaim")
#: States and measures that a declaration puts in force.
ACTS = words(
    """
    emergency curfew ceasefire cease-fire truce war independence lockdown quarantine
    disaster holiday mourning amnesty blockade moratorium alert
    """
)
#: Legal states named "state of X", "law" of "martial law".
_STATES = words("state law")
_WITH_PREDICATE = frozenset({"ccomp", "xcomp", "oprd", "acomp"})


def declared_act(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` declares an emergency, a curfew, a war: an act, no claim."""
    if lemma not in _DECLARING or any(c.dep_ in _WITH_PREDICATE for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(_act(o) for o in objects)


def _act(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in ACTS:
        return True
    if lemma == "state":  # "a state of emergency"
        return any(
            p.lower_ == "of" and any(g.lemma_.lower() in ACTS for g in p.children)
            for p in noun.children
        )
    if lemma == "law":  # "martial law"
        return any(c.lower_ == "martial" for c in noun.children)
    return any(c.dep_ == "compound" and c.lemma_.lower() in ACTS for c in noun.children) and (
        lemma in _STATES
    )
