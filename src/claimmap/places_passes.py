"""Choosing again once first guesses exist: the other names' choices to measure spread
against, and names whose choice was a far spelling variant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_scoring import choose
from claimmap.places_spelling import far_variants
from claimmap.places_strays import anchors

if TYPE_CHECKING:
    from collections import Counter

    from claimmap.model import Candidate, Unresolved
    from claimmap.places_scoring import Group


def rechoose_far_variants(
    groups: dict[str, Group],
    context: Counter[str],
    containers: dict[str, Candidate],
    doc_id: str,
    text: str,
) -> list[Unresolved]:
    """ "Suba" in a list of Kenyan districts is not Suva, Fiji: a far variant spelling is
    struck (:func:`far_variants`) and the name chosen again, or left unresolved."""
    points = anchors(groups)
    out = []
    for group in far_variants(groups, points):
        if group.candidates:
            choose(group, context, containers, others=others_than(points, group))
            continue
        del groups[group.key]  # the gazetteer lacks the place: say so, and what looked like it
        seen = group.choice
        like = f" ({seen.name}, {seen.country_code or 'no country'})" if seen else ""
        reason = (
            f"no gazetteer entry for {group.name!r}; its closest look-alike spelling{like} lies far"
            " from the article's places"
        )
        out += group.unresolved(doc_id, text, reason)
    return out


def others_than(points: list[Candidate], group: Group) -> list[Candidate]:
    """The anchors but the group's own entry (another name for it says nothing of spread)."""
    own = group.choice.source_id if group.choice else None
    return [p for p in points if p.source_id != own]
