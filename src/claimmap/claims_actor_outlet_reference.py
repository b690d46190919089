"""Which outlet "the outlet" or "the newspaper" refers back to.

"..., according to an official cited by the Afghan outlet Kabul Now. The outlet said ...":
the medium a claim before named as its outlet, in this sentence or the one before, is the
one the common noun means, whether or not the actors table knows it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_lookup import org_actor
from claimmap.claims_tokens import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor


def outlet_reference(span: Span, met: Context) -> Actor | None:
    """The outlet of the last claim before ``span`` (within the sentence before), as an
    actor of kind "outlet"; None where no claim there named one."""
    doc = span.doc
    sent = sentence_at(doc, span.start)
    first = sentence_at(doc, sent.start - 1).start if sent.start > 0 else sent.start
    lo, hi = doc[first].idx, doc[span.start].idx
    for start, end in reversed(met.outlets):
        if not lo <= start < hi:
            continue
        phrase = doc.char_span(start, end, alignment_mode="expand")
        name = name_in(phrase) if phrase is not None else None
        if name is not None:
            return replace(org_actor(name), kind="outlet", role=None)
    return None


def agency_reference(span: Span, met: Context) -> Actor | None:
    """ "…, news agency X reported, citing Y. …, the agency said": the news agency a claim
    just before relayed (its outlet, no longer its claimant), when the table lists it as
    one or its phrase says so; None otherwise."""
    from claimmap.actors_table import load_actors

    outlet = outlet_reference(span, met)
    if outlet is None:
        return None
    row = load_actors().find(outlet.name, outlet.country_code)
    return outlet if row is not None and row.kind == "agency" else None


def name_in(phrase: Span) -> Span | None:
    """The last run of proper nouns in an outlet phrase: "the Afghan outlet Kabul Now" →
    "Kabul Now"; None for a common noun alone ("state television")."""
    end = None
    for tok in reversed(phrase):
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("NORP", "GPE"):
            end = tok.i + 1
            break
    if end is None:
        return None
    start = end - 1
    while start > phrase.start and phrase.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return phrase.doc[start:end]
