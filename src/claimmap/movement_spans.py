"""Movement slots as text: the context slots are read against, named spans, quantities.

A slot or mover head found in the parse is written out as the name at its core (no
determiners, adjectives, clauses or asides), and the noun phrase a linked place mention may
come from is cut off at its clauses and direction phrases. Which place a slot names is read
in :mod:`claimmap.movement_place_ref`; a movement belongs to the claim that holds it
(:mod:`claimmap.movement_claims`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimmap.model import Document, PlaceRef, Quantity, Span
from claimmap.movement_attribution import said_by
from claimmap.movement_claims import claim_for as claim_for  # re-exported
from claimmap.movement_coordinated import headed_on
from claimmap.movement_names import name_edges, text_opens
from claimmap.movement_phrase_words import (
    CRAFT_NOUNS,
    CUT_DEPS,
    DIRECTION_NOUNS,
    MEASURE_NOUNS,
    NON_PLACE_ENTS,
)
from claimmap.movement_words import (
    DIR_PREPS,
    LOCATION_NOUNS,
    NUMBER_WORDS,
    PARTITIVE_NOUNS,
    PLACE_ENTS,
    np_top,
    preps_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class SlotContext:
    """What every slot of one document is read against: its places and their mentions."""

    doc: Document
    mentions: tuple[tuple[Span, str], ...]  # (mention, place id), by start
    names: dict[str, str]  # place id → name
    placed: frozenset[int]  # indices of tokens inside a place mention
    named: tuple[tuple[int, str, str], ...] = ()  # (start, place id, kind) of names, by start
    countries: dict[str, str | None] = dataclasses.field(default_factory=dict)  # id → code
    kinds: dict[str, str] = dataclasses.field(default_factory=dict)  # place id → kind


def mover_span(ctx: SlotContext, head: Token) -> Span:
    """The mover as named: its head noun with the words of its name ("coast guard vessels",
    "Hillary Rodham Clinton"), across coordination ("refugees and migrants").

    Counts, determiners, adjectives and clauses stay out: the count is the movement's
    quantity, where they came from its origin, and a bare name reads and matches best.
    """
    last, first, end = named_extent(ctx, head)
    if last.lemma_.lower() in PARTITIVE_NOUNS:  # "militants and members of X groups"
        inner = [o for w, o in preps_of(last) if w == "of"]
        end = max(end, named_extent(ctx, inner[0])[2]) if inner else end
    toks = head.doc
    start = toks[first].idx + (1 if text_opens(toks, first) and toks[first].text[0] in "-–" else 0)
    return span_of(ctx.doc, start, toks[end].idx + len(toks[end].text))


def _craft_title(child: Token, lo: int) -> bool:
    """ "the frigate Admiral X": a craft word before a ship's name is part of its name (the
    tagger may read it as an adjective), with only the name's own words between."""
    between = child.doc[child.i + 1 : lo]
    return child.lower_ in CRAFT_NOUNS and all(t.pos_ == "PROPN" for t in between)


def _next_to(doc: Doc, last: int, first: int) -> bool:
    """Is token ``first`` right after ``last``, with at most punctuation between?"""
    return all(t.is_punct for t in doc[last + 1 : first])


def named_extent(
    ctx: SlotContext, head: Token, alone: bool = False, places: bool = False
) -> tuple[Token, int, int]:
    """(last coordinated head, first, last token) of the name of ``head`` and its conjuncts
    (not those if ``alone``), with the modifiers that name a place or people ("Kurdish
    towns", "Syrian mercenaries") and an appositive name ("the destroyer USS Cole")."""
    # "carriers bound for X and three heading to Y": a conjoined clause is no second name
    later = () if alone else tuple(c for c in head.conjuncts if c.i > head.i and c.pos_ != "VERB")
    later = tuple(c for c in later if c not in headed_on(head))  # "from X towards Y and Z"
    if places:  # "from Libya and a surge in crossings": the parser joined two clauses
        later = tuple(c for c in later if placelike(ctx, c) and not said_by(ctx.placed, c))
    last = max((head, *later), key=lambda t: t.i)
    lo, hi = name_edges(head)[0], name_edges(last)[1]
    for child in head.children:
        named = child.ent_type_ in PLACE_ENTS | {"NORP"} or child.i in ctx.placed
        craft = _craft_title(child, lo)
        if child.dep_ in ("amod", "compound", "nmod") and child.i < lo and (named or craft):
            lo = name_edges(child)[0]
        elif (
            child.dep_ == "appos"
            and child.i > hi
            and head.pos_ == "NOUN"
            and (named or child.pos_ == "PROPN")
            and _next_to(head.doc, hi, child.left_edge.i)  # "cargoes were sent off X": no name
            and child.i not in ctx.placed
        ):
            hi = name_edges(child)[1]
    return last, lo, hi


#: words introducing the members of a plural noun: "bases including X and Y"
INCLUDING_WORDS = frozenset({"including", "include", "like"})


def placelike(ctx: SlotContext, tok: Token, strict: bool = False, person_ok: bool = False) -> bool:
    """Could this noun name a place? A resolved place, a place entity, or a word like 'border'."""
    if tok.lower_ == "home" and tok.dep_ in ("advmod", "npadvmod"):
        return True
    core = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    for word, obj in preps_of(tok):
        # "the city of X", "centres in X", "waters off X" or "around X", "factories near X"
        if word in ("of", "in", "at", "off", "near", "around") or word in INCLUDING_WORDS:
            core += [obj, *obj.conjuncts]  # "around X and Y": X may be a name left unresolved
            core += [c for c in obj.children if c.dep_ == "compound"]  # "in X state"
    core += [c for c in tok.children if c.dep_ == "conj"]
    if any(t.i in ctx.placed for t in core):
        return True
    if tok.ent_type_ in NON_PLACE_ENTS and not (person_ok and tok.ent_type_ == "PERSON"):
        return False
    if any(t.ent_type_ in PLACE_ENTS for t in core):
        return True
    if tok.lemma_.lower() in LOCATION_NOUNS or tok.lower_ in LOCATION_NOUNS:
        return True
    if tok.lemma_.lower() in DIRECTION_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children
    ):
        return True  # "from the Kherson direction"
    if strict:
        return False
    # a proper noun the NER missed; organisations ("the Supreme Court") are not places
    return tok.pos_ == "PROPN" and tok.ent_type_ != "ORG"


def places_in(ctx: SlotContext, span: Span) -> list[str]:
    """Ids of the places with a mention inside ``span``, in order."""
    return list(dict.fromkeys(p for m, p in ctx.mentions if span.contains(m)))


def np_span(ctx: SlotContext, head: Token, alone: bool = False) -> Span:
    """The place noun phrase of ``head``, without clauses, asides and direction phrases
    (nor its conjuncts if ``alone``): the stretch a linked mention may come from."""
    lo, hi = head.i, head.i
    for child in head.children:
        if child.dep_ in CUT_DEPS or child.dep_ == "acl" or (alone and child.dep_ == "conj"):
            continue
        if child.ent_type_ in ("DATE", "TIME") and child.i > head.i:
            continue  # "the United Kingdom Sunday"
        if child.dep_ == "prep" and child.lower_ in DIR_PREPS:
            continue
        if child.dep_ == "conj" and (not placelike(ctx, child) or said_by(ctx.placed, child)):
            continue
        if child in headed_on(head):
            continue  # "from X towards Y and Z": Z is an end, as Y is
        lo = min(lo, child.left_edge.i)
        hi = max(hi, child.right_edge.i)
    toks = head.doc
    for clause in (t for t in toks[head.i + 1 : hi + 1] if t.dep_ == "relcl"):
        hi = max(head.i, min(hi, clause.left_edge.i - 1))  # "islands, which X calls Y"
    while hi > lo and (toks[hi].is_punct or toks[hi].is_space or toks[hi].dep_ == "case"):
        hi -= 1
    while lo < hi and (toks[lo].is_punct or toks[lo].is_space):
        lo += 1
    return span_of(ctx.doc, toks[lo].idx, toks[hi].idx + len(toks[hi].text))


def join_refs(ctx: SlotContext, first: PlaceRef, more: Sequence[PlaceRef]) -> PlaceRef:
    """One slot from several coordinated by a repeated preposition ("to X and to Y"): its
    span runs from the first to the last, its places are all of theirs in order."""
    refs = [first, *more]
    ids = [i for r in refs for i in (r.place_id, *r.other_place_ids) if i is not None]
    ids = list(dict.fromkeys(ids))
    start, end = min(r.span.start for r in refs), max(r.span.end for r in refs)
    return PlaceRef(
        span=span_of(ctx.doc, start, end),
        place_id=ids[0] if ids else None,
        other_place_ids=tuple(ids[1:]),
    )


def mover_quantity(doc: Document, mover: Token) -> Quantity | None:
    """How many moved: '300 terrorists', 'thousands of militants', 'at least 64 fighters',
    'several hundred fighters', '4.4 million tonnes of grain' (the claims stage's reading of
    counts, on the mover's noun phrase)."""
    from claimmap.claims_quantities import quantities_in

    top = np_top(mover)
    start, end = top.left_edge.idx, top.right_edge.idx + len(top.right_edge.text)
    if mover.i > top.right_edge.i:  # the mover hangs below the counted phrase
        end = mover.idx + len(mover.text)
    found = quantities_in(mover.doc, doc.text, start, end, doc.id)
    if not found:
        return None
    first = found[0]
    measured = top != mover and top.lemma_.lower() in MEASURE_NOUNS  # "tonnes of grain"
    unit: str | None = top.lemma_.lower() if measured else mover.lemma_.lower()
    if mover.like_num or mover.lower_ in NUMBER_WORDS:
        unit = first.unit.lower() if first.unit else None
    return dataclasses.replace(first, unit=unit)


def span_of(doc: Document, start: int, end: int) -> Span:
    return Span(doc.id, start, end, doc.text[start:end])
