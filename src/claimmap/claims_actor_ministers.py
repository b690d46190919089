"""A minister named by title alone is of the country whose ministry the text quoted.

"Mexico's foreign ministry said ... ¶ ... Foreign Minister Ana Ruiz told reporters": the
minister heads that ministry, whatever country the places of the paragraphs between lie
in (a story on guns bought in Texas names many US places, and a quote names Washington).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

#: Spellings of one portfolio.
_SAME = {"defense": "defence", "foreign-affairs": "foreign"}

#: Words of a minister's title that name no portfolio.
_NOT_PORTFOLIO = words(
    """
    deputy vice prime first acting former state junior the a an
    """
)


def minister_of_quoted_ministry(actor: Actor, desc: Span, met: Context) -> Actor:
    """A person titled "X Minister" with no country takes the one country of the "X
    ministry" bodies the text quoted before ("Mexico's foreign ministry")."""
    if actor.kind != "person" or actor.country_code is not None:
        return actor
    portfolio = _portfolio(desc)
    if portfolio is None:
        return actor
    codes = {
        a.country_code
        for a in met
        if a.kind in ("organisation", "government") and a.country_code and _runs(a, portfolio)
    }
    return replace(actor, country_code=codes.pop()) if len(codes) == 1 else actor


def _portfolio(desc: Span) -> str | None:
    """The word before "Minister" in the claimant's title ("Foreign Minister X")."""
    for tok in desc:
        if tok.lower_ != "minister" or tok.i == desc.start:
            continue
        before = desc.doc[tok.i - 1].lower_
        return None if before in _NOT_PORTFOLIO else _SAME.get(before, before)
    return None


def _runs(body: Actor, portfolio: str) -> bool:
    """The body is the ministry of that portfolio ("foreign ministry")."""
    said = [_SAME.get(w, w) for w in body.name.lower().split()]
    return "ministry" in said and portfolio in said[: said.index("ministry")]
