"""The issuing body's voice: in an institution's own report or release, the narrator is
the institution.

A UN panel's report ("Final report of the Panel of Experts on Somalia", published by the
Security Council) or a ministry's press release ("U.S. Department of the Treasury")
tells routes in sentences that name no source — "The shipments are carried on wooden
dhows to Bandar Abbas", "Tankers loaded crude at Kharg Island, then sailed …" — because
the whole text is the body's account. Such a movement belongs to the body's own claim
told last before it ("The Panel documented …", "According to OFAC, …"), given to the legs
no claim supports once the routes are drawn (so the voice joins no movements into a
route that their own words do not join). The body is the
one whose name the header or the headline gives, or one its claim names beside it
("the Department of the Treasury's Office of Foreign Assets Control (OFAC)"). A news
medium's narrator is no such body: its unattributed sentences stay the reporter's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimmap.model import Claim, Document, Route

__all__ = ["issuer_legs"]

#: Kinds of the actors table a medium is (its narrator is a reporter, not an institution).
_MEDIA = frozenset({"agency", "broadcaster", "newspaper"})
#: Actor kinds that can issue a report or release.
_BODIES = frozenset({"organisation", "government"})


def issuer_legs(routes: Sequence[Route], doc: Document, claims: Sequence[Claim]) -> list[Route]:
    """``routes``, each leg no claim supports given the issuing body's claim told last
    before it, in a document an institution (not a medium) published."""
    own = _issuer_claims(doc, claims)
    if not own:
        return list(routes)
    out = []
    for route in routes:
        legs = []
        for leg in route.legs:
            at = leg.evidence[0].end if leg.evidence else None  # (its sentence)
            before = [c for c in own if at is not None and c.content.start < at]
            if leg.claim_ids or not before:
                legs.append(leg)
                continue
            voice = max(before, key=lambda c: c.content.start)
            legs.append(replace(leg, claim_ids=(voice.id,)))
        out.append(replace(route, legs=tuple(legs)))
    return out


def _issuer_claims(doc: Document, claims: Sequence[Claim]) -> list[Claim]:
    if not _institution(doc.outlet):
        return []
    lines = [ln for ln in doc.text.split("\n") if ln.strip()][:2]  # the header and headline
    head = " ".join([*lines, doc.outlet or ""]).lower()
    reports = [
        c for c in claims if c.kind == "report" and c.actor is not None and c.actor.kind in _BODIES
    ]
    named = [c for c in reports if c.actor is not None and _said(c.actor.name, head)]
    spans = [c.claimant.text.lower() for c in named if c.claimant is not None]
    also = [  # "… Office of Foreign Assets Control (OFAC)" beside the name the header gives
        c
        for c in reports
        if c not in named
        and c.claimant is not None
        and any(_said(c.claimant.text, s) for s in spans)
    ]
    return named + also


def _said(name: str, where: str) -> bool:
    """Whether ``name`` stands in ``where`` as whole words, whatever the case."""
    name = name.strip().lower()
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", where) is not None


def _institution(outlet: str | None) -> bool:
    """Whether the publisher is a body the actors table knows and no medium."""
    if not outlet:
        return False
    from claimmap.actors import load_actors

    row = load_actors().find(outlet)
    return row is not None and row.kind not in _MEDIA
