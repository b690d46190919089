"""Names of goods, not places: "4 million Xyz pills", "Xyz exports", "Xyz production sites"
tagged a place by NER. A name the gazetteer lacks whose every mention modifies a noun of
goods or their traffic is a product's name (a drug, a brand), not an unlisted place.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Lemmas of nouns for goods and their traffic.
GOODS_NOUNS = frozenset(
    {
        "pill", "tablet", "capsule", "powder", "production", "export", "import", "trade",
        "smuggling", "trafficking", "shipment", "consignment", "seizure", "addiction", "user",
        "dealer", "lab", "laboratory", "factory", "haul", "cargo", "dose", "abuse",
    }
)  # fmt: skip


def without_product_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """Drop every mention of an unlisted name that only ever modifies a noun of goods."""
    by_name: dict[str, list[Toponym]] = defaultdict(list)
    for top in found:
        if top.form == "name":
            by_name[top.name].append(top)
    goods = {
        name
        for name, tops in by_name.items()
        if not gaz.knows(name)
        and all(_modifier(parsed, t) for t in tops)
        and any(_modifies_goods(parsed, t) for t in tops)
    }
    return [t for t in found if not (t.form == "name" and t.name in goods)]


def _root(parsed: Doc, top: Toponym) -> Token | None:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    return span.root if span is not None else None


def _modifier(parsed: Doc, top: Toponym) -> bool:
    """Written before a lower-case noun it modifies ("Xyz convoy"), not as a noun itself."""
    tok = _root(parsed, top)
    return (
        tok is not None
        and tok.dep_ in {"compound", "amod", "nmod"}
        and tok.head.i > tok.i
        and tok.head.text.islower()
    )


def _modifies_goods(parsed: Doc, top: Toponym) -> bool:
    """ "Xyz pills", "Xyz production sites" (the modified noun, or a noun beside it)."""
    tok = _root(parsed, top)
    if tok is None:
        return False
    head = tok.head
    nouns = [head, *(c for c in head.children if c.dep_ == "compound" and c.i != tok.i)]
    if head.dep_ == "compound":
        nouns.append(head.head)
    return any(n.text.islower() and n.lemma_.lower() in GOODS_NOUNS for n in nouns)
