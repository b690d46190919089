"""Denials of a movement told with a noun rather than a verb: "there has been no movement
of arms across our border", "N'Djamena has never been a transit point for stolen gold".

``claims_denials`` reads a negated event verb ("has not sent any weapons"); these
contents negate a noun of moving (a transfer, a shipment) or a place's role on a route
(a transit point, a corridor), which the verb rule skips because their verb is "be". A
pledge beside the denial ("... and we will not allow our territory to be used") keeps it
a denial; a pledge alone ("the troops would not leave before June") does not make one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_denials import clause_heads

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns of a movement of goods or people: "no movement of arms", "no transfer".
MOVE_NOUNS = words(
    """
    movement transfer shipment delivery transit crossing flow smuggling trafficking
    transport export consignment supply passage flight convoy airlift infiltration incursion
    """
)
#: Nouns of a place's role on a route: "a transit point", "a corridor for".
ROUTE_ROLES = words(
    """
    route corridor conduit hub gateway launchpad springboard waypoint
    """
)
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "shall"})
_NEVER = frozenset({"not", "never", "n't"})
#: Words that explain a lack rather than deny a charge: "no delivery because of the rains".
_CAUSES = frozenset({"because", "due", "owing", "amid", "until", "since", "yet"})


def denies_movement(content: Span) -> bool:
    """Whether the content denies a movement by a noun: every main clause denies a
    movement, or vows one will not happen, and at least one denies it outright."""
    heads = clause_heads(content)
    if any(t.lower_ in _CAUSES for t in content):
        return False  # "no delivery of food reached the camp because of the rains": a lack
    denied = [h for h in heads if _no_movement(h) or _no_route_role(h) or _not_used_for(h)]
    if not denied:
        return False
    return all(h in denied or _vowed_not(h) or _negated_verb(h) for h in heads)


def _modal(head: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)


def _negated(head: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEVER for c in head.children)


def _no_movement(head: Token) -> bool:
    """ "there has been no movement of arms across our border", "no shipment took place"."""
    if _modal(head) or _negated(head):
        return False
    nouns = [c for c in head.children if c.dep_ in ("attr", "nsubj", "nsubjpass")]
    return any(
        n.lemma_.lower() in MOVE_NOUNS and any(d.lower_ == "no" for d in n.children) for n in nouns
    )


def _no_route_role(head: Token) -> bool:
    """ "has never been a transit point for stolen resources", "is not a corridor for
    weapons": a copula, negated without a modal, whose predicate names a route role."""
    if head.lemma_.lower() != "be" or _modal(head) or not _negated(head):
        return False
    attrs = [c for c in head.children if c.dep_ == "attr"]
    attrs += _shared_attr(head)
    return any(_route_role(a) for a in attrs)


def _not_used_for(head: Token) -> bool:
    """ "Omani waters are not used for smuggling of any kind", "our soil is not used as a
    corridor": a place's part in a movement denied (not "the funds were not used for
    repairs", which names no movement)."""
    if head.lemma_.lower() != "use" or _modal(head) or not _negated(head):
        return False
    objs = [g for p in head.children if p.lower_ in ("for", "as") for g in p.children]
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in MOVE_NOUNS or _route_role(g)) for g in objs
    )


def _shared_attr(head: Token) -> list[Token]:
    """ "has never been and will never be a transit point": the parser hangs the
    predicate on the second copula only."""
    return [a for c in head.conjuncts for a in c.children if a.dep_ == "attr"]


def _route_role(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in ROUTE_ROLES:
        return True
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() == "transit" for c in noun.children
    )


def _vowed_not(head: Token) -> bool:
    """ "we will not allow our territory to be used", "will never be": a pledge."""
    return _modal(head) and _negated(head)


def _negated_verb(head: Token) -> bool:
    """ "has not sent any weapons": a plain negated deed beside the noun's denial."""
    return head.lemma_.lower() != "be" and _negated(head) and not _modal(head)
