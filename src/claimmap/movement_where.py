"""Where a movement told in a where-clause sets off: the place the clause is about ("into X,
where it is sold to traders who ship it on to Y").

Split from :mod:`claimmap.movement_implicit`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import PlaceRef
from claimmap.movement_landed import landed_near
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import BORDER_NOUNS, DEST_PREPS, content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token


def where_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "into X, where it is sold to traders who ship it on to Y", "to A and B, it said, where
    it was declared ... and exported to Y": a movement told in a where-clause sets off from
    the place the clause is about (the place it hangs on, else the last one named before)."""
    verb = trig if trig.pos_ == "VERB" else _ridden(trig)
    if verb is None:
        return None  # "..., where he began his visit to Y": the visit is his own
    for _ in range(8):
        where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if where is not None:  # "X, from where they were driven": the telling goes on
            before = where.doc[where.i - 1] if where.i else None
            if before is not None and before.lower_ == "from":
                return _from_where(ctx, before)
            return _where_place(ctx, verb, where)
        if verb.dep_ in ("ccomp", "ROOT", "parataxis") or verb.head == verb:
            return None
        verb = verb.head
    return None


#: verbs putting movers on a craft: "put them on buses", "loaded them onto trucks"
_PUT_ON = frozenset({"put", "load", "place", "pack", "cram", "herd", "squeeze"})


def _ridden(trig: Token) -> Token | None:
    """The verb of a craft ridden: "..., where they boarded flights to Y", "where they were
    put on buses to Y" (the movers board at the place the clause is about), not a noun of
    anything else done there ("where he began his visit to Y")."""
    head = trig.head
    if trig.dep_ == "dobj" and head.lemma_.lower() in (lex.RIDE_VERBS | lex.BOARD_LEMMAS):
        return head
    if trig.dep_ == "pobj" and head.lower_ in ("on", "onto", "aboard") and head.dep_ == "prep":
        verb = head.head
        return verb if verb.lemma_.lower() in _PUT_ON else None
    return None


def _from_where(ctx: SlotContext, prep: Token) -> Token | None:
    """ "to the capital X, from where couriers carry it onward to Y": "from where" hung on
    the place just named refers back to it; else the telling goes on from where it had got
    to (:func:`claimmap.movement_chain.from_there`)."""
    place = prep.head
    if prep.dep_ == "prep" and place.pos_ in ("VERB", "AUX"):  # "flown on to X, from where"
        place = next((o for w, o in lex.preps_of(place) if w in DEST_PREPS), place)
    if prep.dep_ != "prep" or place.pos_ not in ("NOUN", "PROPN"):
        return None
    return _located(ctx, place) if placelike(ctx, place, strict=True) else None


def _where_place(ctx: SlotContext, verb: Token, where: Token) -> Token | None:
    found: Token | None
    if verb.dep_ == "relcl" and verb.head.i < where.i and _when(verb.head):
        found = _reached_by(ctx, verb.head)  # "to reach X by Friday, where ...": X
    elif verb.dep_ == "relcl" and verb.head.i < where.i:
        found = verb.head if placelike(ctx, verb.head, strict=True) else None
    else:
        before = [
            t
            for t in verb.doc[verb.sent.start : where.i]
            if t.pos_ in ("NOUN", "PROPN") and placelike(ctx, t, strict=True)
        ]
        found = before[-1] if before else None
    while found is not None and found.dep_ == "conj" and found.head.i < found.i:
        found = found.head  # "to A and B, where": the slot holds both
    return _located(ctx, found) if found is not None else None


def _reached_by(ctx: SlotContext, date: Token) -> Token | None:
    """ "to reach X by Friday, where ...": the place the verb the date is told on goes to
    (its object, or the object of its to-phrase), which the where-clause is about."""
    verb = date.head.head if date.dep_ == "pobj" else date.head
    goals = [c for c in verb.children if c.dep_ == "dobj"]
    goals += [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS for o in pobjs(c)
    ]
    found = [g for g in goals if g.i < date.i and placelike(ctx, g)]
    return found[-1] if found else None


def _when(token: Token) -> bool:
    """Is the word a date or time ("by Friday", "on Tuesday")? A where-clause the parser
    hangs on it is about the place named before."""
    return token.ent_type_ in ("DATE", "TIME")


#: prepositions of a place named only to locate the one before it: "X in Y", "X near Y"
_LOCATING = frozenset({"in", "near", "outside"})


def _located(ctx: SlotContext, place: Token) -> Token | None:
    """ "to the market at X in Y province, where ...", "to X airport near Y, where ...": a
    place named only to locate the one before it is not what the clause is about; the
    place it locates is. When that place did not resolve, no start: the telling goes on
    from where it had got to."""
    found = place
    while found.dep_ == "pobj" and found.head.lower_ in _LOCATING and found.head.dep_ == "prep":
        prep = found.head
        held = prep.head if prep.head.pos_ in ("NOUN", "PROPN") else prep.doc[max(prep.i - 1, 0)]
        if not _place_word(ctx, held):
            break  # (the parser may hang "in Y" on the verb, after the place it locates)
        found = held
    if found is not place and not any(t.i in ctx.placed for t in (found, *found.lefts)):
        return None
    return found


def _place_word(ctx: SlotContext, tok: Token) -> bool:
    """Could the word the located phrase hangs on be a place: a place noun, or a name that
    is no organisation, or any name told as where the movers went ("to the zone at X")?"""
    if tok.pos_ == "NOUN":
        return placelike(ctx, tok, strict=True)
    gone_to = tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to", "into", "near")
    return tok.pos_ == "PROPN" and (gone_to or placelike(ctx, tok))


#: pronouns that stand for the movers in the where-clause ("where they are treated in A")
_MOVER_PRONOUNS = frozenset({"they", "he", "she", "it", "most", "many", "some"})


def where_inside(ctx: SlotContext, head: Token, ref: PlaceRef) -> PlaceRef:
    """ "evacuated into X, where they are treated in hospitals in A and B": a country end
    whose where-clause puts the movers in towns inside it ended at those towns; the
    country only frames them (its centre is no place they went)."""
    end = ref.place_id
    if end is None or ref.other_place_ids or ctx.kinds.get(end) != "country":
        return ref
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(c.lower_ in _MOVER_PRONOUNS for c in subjects):
            continue  # "where officials in A said": not where the movers are
        for tok in clause.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at") or tok.i not in ctx.placed:
                continue
            inner = place_ref(ctx, tok)
            if inner.place_id is not None and _within(ctx, inner.place_id, end):
                return inner
    return ref


def _within(ctx: SlotContext, pid: str, country: str) -> bool:
    code = ctx.countries.get(country)
    return ctx.kinds.get(pid) != "country" and code is not None and ctx.countries.get(pid) == code


def near_end(ctx: SlotContext, trig: Token, dests: list[Token]) -> None:
    """ "pushed towards the X border near the village of Y", "driven into X near Y": an end
    told only as a country or its border, with a finer place named right after it by
    "near", reached the country there; the place near which they ended is the finer end
    (for a border, whichever side it lies on; for a country, one inside it). A landing
    "near X" ends at X (:func:`claimmap.movement_landed.landed_near`)."""
    landed_near(ctx, trig, dests)
    if len(dests) != 1:
        return
    end = dests[0]
    pid = place_ref(ctx, end).place_id
    if pid is None and end.lemma_.lower() in BORDER_NOUNS:
        crossed_near_town(ctx, trig, dests)  # "crossed the border on foot near Y": at Y
        return
    if pid is None or ctx.kinds.get(pid) != "country":
        return
    border = end.lemma_.lower() in BORDER_NOUNS
    after = end.right_edge.i + 1
    for prep in (c for c in (*trig.children, *end.children) if c.lower_ == "near"):
        if prep.dep_ != "prep" or prep.i != after:
            continue
        for obj in (content_head(o) for o in pobjs(prep)):
            inner = place_ref(ctx, obj).place_id
            if inner is None or inner == pid or ctx.kinds.get(inner) not in _FINER:
                continue
            if border or ctx.countries.get(inner) == ctx.countries.get(pid):
                dests[0] = obj
                return


def crossed_near_town(ctx: SlotContext, trig: Token, dests: list[Token]) -> None:
    """ "crossed the border on foot near Y": a border no place names, crossed near a town,
    was crossed at that town (on whichever side it lies)."""
    end = dests[0]
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "near"):
        if prep.i < end.i:
            continue
        for obj in (content_head(o) for o in pobjs(prep)):
            inner = place_ref(ctx, obj).place_id
            if inner is not None and ctx.kinds.get(inner) in _FINER:
                dests[0] = obj
                return


#: kinds of place finer than a country, which may stand for the end near them
_FINER = frozenset({"city", "admin2", "admin1", "area", "facility"})
