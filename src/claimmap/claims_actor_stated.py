"""Where a claimant phrase's words belong: the place it states is not part of a body's
name ("the UN office | in Geneva"), the body a mission is accredited to is not the
claimant ("Iran's mission to the United Nations"), and a portfolio the model ran into a
name is not the person's ("Secretary of [Defense Mark Lowe]"). Split from
:mod:`claimmap.claims_actors`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import title_word

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_places import Where


def after_portfolio(ent: Span) -> Span:
    """ "Secretary of [Defense Lloyd Austin]": a name the model ran on from the portfolio of
    the title before it is the person's, without the portfolio."""
    first = ent[0]
    title = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    rest = ent[1:]
    if ent.label_ != "ORG" or title is None or title_word(title) is None or len(rest) < 2:
        return ent
    if not all(t.is_title and t.pos_ == "PROPN" for t in rest):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, rest.start, rest.end, label="PERSON")


def accredited_to(ent: Span, span: Span) -> bool:
    """ "North Korea's mission to the United Nations": the body a mission or envoy is sent
    to hosts the claimant; it is not the claimant."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.i == span.root.i


def before_place(core: Span, where: Where | None) -> Span | None:
    """The body's name before the place its phrase states ("the UN office | in Geneva"):
    the place is where this office is, not part of the name the table knows it by."""
    if where is None or not core.start < where.start <= core.end:
        return None
    end = where.start
    while end > core.start and core.doc[end - 1].pos_ in ("ADP", "PUNCT"):
        end -= 1
    return core.doc[core.start : end] if end > core.start else None
