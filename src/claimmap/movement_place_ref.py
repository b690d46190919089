"""A slot linked to its place: the mention that best fills the slot's noun phrase.

The link is read off the whole phrase ("the Syrian border town of Azaz") and the span
written out is the name at its core. A facility is where it says it stands ("a base at
X"), a border between two places belongs to neither, a bare "the country" is the last
country named, and a place listed after "including" stands for a plural slot.

Split from :mod:`claimmap.movement_spans`, which writes the slots and the mover out as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.model import PlaceRef, Span
from claimmap.movement_coasts import of_the_land, off_bearing
from claimmap.movement_coordinated import coordinated
from claimmap.movement_ends import named_before
from claimmap.movement_names import name_edges
from claimmap.movement_phrase_words import ANAPHOR_KINDS, NEAR_WORDS
from claimmap.movement_spans import (
    INCLUDING_WORDS,
    SlotContext,
    named_extent,
    np_span,
    placelike,
    span_of,
)
from claimmap.movement_words import BORDER_NOUNS, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def place_ref(
    ctx: SlotContext, head: Token, reach: dict[int, int] | None = None, alone: bool = False
) -> PlaceRef:
    """The slot as named, linked to the place whose mention best fills its noun phrase.

    The link is read off the whole phrase ("the Syrian border town of Azaz"); the span
    written out is the name at its core ("border town of Azaz"), widened to hold the
    linked mention, so determiners, adjectives, asides and dates stay out. A slot
    ``alone`` leaves out its coordinated places (each is a stop of its own).
    """
    span = np_span(ctx, head, alone)
    lo, hi = _core(ctx, head, alone)
    if reach and head.i in reach:
        last = head.doc[reach[head.i]]
        span = span_of(ctx.doc, span.start, last.idx + len(last.text))
        hi = max(hi, _core(ctx, last)[1])
    toks = head.doc
    start, end = toks[lo].idx, toks[hi].idx + len(toks[hi].text)
    inside = [(m, p) for m, p in ctx.mentions if span.start <= m.start and m.end <= span.end]
    inside = inside or [(m, p) for m, p in ctx.mentions if m.overlaps(span)]
    inside = [(m, p) for m, p in inside if not _beside(head, m)]
    sited = _sited_at(ctx, head)
    if sited is not None:  # "the US base at X" is at X, not in the US
        at = [(m, p) for m, p in inside if sited[0] <= m.start and m.end <= sited[1]]
        inside = at if at or sited[2] else inside
    if _shared_border(head, inside) or _unnamed_town(ctx, head, inside):
        inside = []  # "the X-Y border" lies between them: no one place holds it
    if not inside and not alone and (listed := _included(ctx, head)):
        # "to bases in a region, including X, Y and Z": the places listed are where
        ids = list(dict.fromkeys(p for _, p in listed))
        stop = max(end, listed[-1][0].end)
        return PlaceRef(span_of(ctx.doc, start, stop), ids[0], tuple(ids[1:]))
    if not inside:
        return PlaceRef(span=span_of(ctx.doc, start, end), place_id=_anaphor(ctx, head))
    if off_bearing(head):  # "from beaches west of X": near X, no point of its own
        return PlaceRef(span=span_of(ctx.doc, start, max(end, span.end)))
    inside = of_the_land(head, _of_named(head, inside))  # "the X Sea coast of Y": Y
    mention, best = min(inside, key=lambda mp: _mention_rank(head, mp[0], ctx.names.get(mp[1], "")))
    start, end = min(start, mention.start), max(end, mention.end)
    others: list[str] = []
    for conj in () if alone else coordinated(head, mention):
        # "to sites in X, and on the Y island": a second locative phrase past the slot's own
        apart = conj not in head.conjuncts and not span.start <= conj.idx < span.end
        near = list(ctx.mentions) if apart else inside
        for pid in _conj_places(conj, near):
            if pid != best and pid not in others:
                others.append(pid)
    return PlaceRef(span=span_of(ctx.doc, start, end), place_id=best, other_place_ids=tuple(others))


def _included(ctx: SlotContext, head: Token) -> list[tuple[Span, str]]:
    """The named places listed after a plural noun with "including" ("military bases in
    the region, including X, Y and Z"), in the order told."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in INCLUDING_WORDS]
    preps += [c for c in head.children if c.dep_ == "amod" and c.lower_ == "such"]
    out: list[tuple[Span, str]] = []
    for prep in preps:
        lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge.text)
        out += [(m, p) for m, p in ctx.mentions if lo <= m.start and m.end <= hi]
    return out


def _conj_places(conj: Token, inside: list[tuple[Span, str]]) -> list[str]:
    """The places a coordinated head names: its own mention, else, for a common noun
    ("and Y's Z region"), the last name before it in its phrase (Z, not the Y it is in)."""
    own = [pid for m, pid in inside if m.start <= conj.idx < m.end]
    if own or conj.pos_ != "NOUN":
        return own
    lo = conj.left_edge.idx
    before = [(m, pid) for m, pid in inside if lo <= m.start and m.end <= conj.idx]
    if before:
        return [max(before, key=lambda mp: mp[0].start)[1]]
    # "and the districts of Y and Z": the names its of-phrase lists
    of = [p for p in conj.children if p.dep_ == "prep" and p.lower_ == "of"]
    if not of:
        return []
    hi = of[0].right_edge.idx + len(of[0].right_edge.text)
    return [pid for m, pid in inside if of[0].idx < m.start and m.end <= hi]


def _sited_at(ctx: SlotContext, head: Token) -> tuple[int, int, bool] | None:
    """Where a facility says it stands ("a base at X", "the embassy in Y"): the character
    range of that place, whose name wins over a country modifying the facility, and
    whether it is a name (an unresolved name still leaves the country out)."""
    if head.pos_ != "NOUN" or head.i in ctx.placed or _named_by_of(head):
        return None
    named = any(c.dep_ in ("compound", "nmod") and c.i in ctx.placed for c in head.children)
    if named and head.lemma_.lower() in _DIVISIONS:
        return None  # "from X and Y provinces in Z": the names it bears are where
    if any(c.dep_ in ("compound", "nmod") and _town_at(ctx, c) for c in head.children):
        return None  # "the X camps in Y County": the town it is named after is where
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "in")):
        objs = [o for o in pobjs(prep) if placelike(ctx, o, strict=True) or o.pos_ == "PROPN"]
        if objs:
            end = prep.right_edge.idx + len(prep.right_edge.text)
            return int(prep.idx), int(end), any(o.pos_ == "PROPN" for o in objs)
    return None


def _town_at(ctx: SlotContext, tok: Token) -> bool:
    """Is ``tok`` inside the mention of a town ("Dadaab" in "the Dadaab camps"; a country,
    as in "the US base at X", is not where the facility stands)?"""
    return any(
        m.start <= tok.idx < m.end and ctx.kinds.get(pid) == "city" for m, pid in ctx.mentions
    )


#: words of a division that its own name modifies ("X province", "Y and Z states")
_DIVISIONS = frozenset({"province", "state", "region", "district", "county", "governorate"})


def _unnamed_town(ctx: SlotContext, head: Token, inside: list[tuple[Span, str]]) -> bool:
    """ "the Mozambican border town of X" with X no known place: the country its modifier
    names is not where the town is, only the area around it, so it fills no exact end."""
    if not _named_by_of(head) or not inside:
        return False
    names = [o for w, o in preps_of(head) if w == "of" and o.pos_ == "PROPN"]
    named = [o for o in names if any(t.i in ctx.placed for t in o.subtree)]
    if not names or named:
        return False
    # "the Panamanian island of X on the Caribbean coast": a sea, coast or region told
    # beside an unknown town is no point for it (a country after it still is: "in Y")
    vague = ("region", "area", "water")
    return all(m.end <= head.idx or ctx.kinds.get(p) in vague for m, p in inside)


def _of_named(head: Token, inside: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "the French Indian Ocean island of X": a place word named by its of-phrase is X;
    the names before it (a sea, a country) only describe where it lies."""
    if not _named_by_of(head):
        return inside
    named = [(m, p) for m, p in inside if m.start > head.idx]
    return named or inside


def _named_by_of(head: Token) -> bool:
    """ "the port of X in Y", "the town of X near Y": a place word named by its of-phrase
    stands where that name is, whatever it lies in."""
    return head.lower_ in _NAMED_BY_OF and any(w == "of" for w, _ in preps_of(head))


#: place words an of-phrase names ("the port of X"), unlike "the embassy of X in Y"
_NAMED_BY_OF = frozenset(
    {"port", "town", "city", "village", "island", "islands", "ports", "towns", "cities"}
    | {"villages"}  # "the Danube ports of X and Y": X and Y, not the river
)


def _shared_border(head: Token, inside: list[tuple[Span, str]]) -> bool:
    """ "the Syrian-Iraqi border", "the border between X and Y": two places own it."""
    if head.lemma_.lower() not in BORDER_NOUNS:
        return False
    owners = {p for m, p in inside if not m.start <= head.idx < m.end}
    return len(owners) >= 2


def _anaphor(ctx: SlotContext, head: Token) -> str | None:
    """ "deported from X or fled the country", "X's people have left the region": a bare
    "the country" (region, city…) is the last place of that kind named in its sentence or
    the one before."""
    kinds = ANAPHOR_KINDS.get(head.lower_)
    if kinds is None:
        return named_before(ctx, head)  # "to the port of X. ... from the port to Y"
    if [c.lower_ for c in head.children] != ["the"]:
        return None
    first = head.sent.start
    since = head.doc[first - 1].sent.start_char if first else head.sent.start_char
    found = [pid for at, pid, kind in ctx.named if since <= at < head.idx and kind in kinds]
    return found[-1] if found else None


def _beside(head: Token, mention: Span) -> bool:
    """Is the mention the owner of a border the slot is only near ("a camp near the Costa
    Rican border", "a town close to the border with X")? The slot is not in that place."""
    found = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if found is None or head in found:
        return False
    tok = found.root
    near = False
    for _ in range(8):
        if tok == head or tok.head == tok:
            break
        if tok.lemma_.lower() in BORDER_NOUNS:
            near = tok.dep_ == "pobj" and _near_word(tok.head)
        tok = tok.head
    return near and tok == head


def _near_word(prep: Token) -> bool:
    """ "near X", "close to X", "next to X", "outside X", "along X"."""
    words = {prep.lower_, prep.head.lower_ if prep.dep_ in ("prep", "pcomp") else ""}
    return bool(words & NEAR_WORDS)


def _core(ctx: SlotContext, head: Token, alone: bool = False) -> tuple[int, int]:
    """Token range of a place slot's name: head (and coordinated heads) with compounds, on
    through a place named by of/in/off ("the town of X", "camps in X", "waters off X")."""
    last, lo, hi = named_extent(ctx, head, alone, places=True)
    for _ in range(3):
        inner = [
            o
            for w, o in preps_of(last)
            if w in ("of", "in", "off") and placelike(ctx, o, strict=True) and not _other(o.head)
        ]
        if not inner:
            break
        last = max((inner[0], *inner[0].conjuncts), key=lambda t: t.i)
        hi = max(hi, name_edges(last)[1])
    return lo, hi


def _other(prep: Token) -> bool:
    """ "off X, or in the Gulf of Y": a place phrase after "or"/"and" is another choice,
    not a place holding the one before."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return before.lower_ in ("or", "and")


def _mention_rank(head: Token, mention: Span, name: str) -> tuple[int, int, int]:
    """Prefer the mention holding the head, then names over demonyms and possessors, then
    the closest.

    In "the Iraqi province of Anbar" the slot is Anbar, not the "Iraqi" modifier; in
    "India's Mizoram state" it is Mizoram, not the country that holds it.
    """
    found = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    toks = list(found) if found is not None else []
    if not toks:
        return (3, 99, mention.start)
    if head in toks:
        return (0, 0, mention.start)
    words = set(mention.text.casefold().split())
    named = bool(name) and set(name.casefold().split()) <= words
    modifier = (
        all(t.pos_ == "ADJ" for t in toks)
        or (not named and toks[-1].ent_type_ == "NORP")
        or (toks[-1].dep_ == "poss" and toks[-1].head != head.head)
    )
    return (2 if modifier else 1, min(_depth(t, head) for t in toks), mention.start)


def _depth(tok: Token, head: Token) -> int:
    for n in range(20):
        if tok == head:
            return n
        if tok.head == tok:
            break
        tok = tok.head
    return 50
