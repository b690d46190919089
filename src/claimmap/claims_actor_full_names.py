"""One name of a person the text named in full before: "Abiy told parliament" after
"Prime Minister Abiy Ahmed acknowledged ...".

Split from :mod:`claimmap.claims_actor_mentions` (who a claimant phrase means by what
came before): recalling a full name needs its own per-parse index of PERSON entities by
their first and last word, looked up by bisection so long texts stay linear.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, NamedTuple

from claimmap.claims_actor_phrases import clean
from claimmap.claims_tokens import ents_in, memo, sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context


def named_before(name: str, at: Token, met: Context) -> Actor | None:
    """ "Abiy told parliament" after "Prime Minister Abiy Ahmed acknowledged ...": one name
    of a person the text named in full before (no claimant then), as described there."""
    doc = at.doc
    by_name = memo(doc, "full_person_names", lambda: _full_person_names(doc))
    found = by_name.get(name, [])
    for ent in reversed(found[: bisect.bisect_left(found, (at.i, 0))]):
        if ent.end <= at.i:
            first = max(ent.span.root.left_edge.i, sentence_at(doc, ent.start).start, 0)
            actor = met.describe(doc[min(first, ent.start) : ent.end])
            if actor is not None and actor.kind == "person":
                return actor
            return Actor(clean(ent.span.text), "person")
    return None


def _full_person_names(doc: Doc) -> dict[str, list[_Named]]:
    """PERSON entities of two or more words, by their first and their last word, in text
    order: one pass per parse (a scan per claim made long texts quadratic)."""
    out: dict[str, list[_Named]] = {}
    for ent in ents_in(doc, 0, len(doc), ("PERSON",)):
        if len(ent) > 1:
            for word in {ent[0].text, ent[-1].text}:
                out.setdefault(word, []).append(_Named(ent.start, ent.end, ent))
    return out


class _Named(NamedTuple):
    """A full name's entity, ordered by its token offsets (for bisection)."""

    start: int
    end: int
    span: Span
