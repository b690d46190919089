"""Starts, stops and ends told around a movement rather than in its own phrases.

A start told by a coordinated verb ("crossed from X ... or waded across near Y") is where
the journey began, so the second verb takes no start from the movers' description
("migrants, mainly from A and B"); a start put first in the sentence ("From X, the goods
were re-exported to Y"), a stay before the journey ("waited at X before boarding a flight
to Y"), a journey that "began in X", the place "its" residents live in; the border points
of "entering at X and leaving it at Y"; a refuge sought; a branch told as "sometimes via
X"; and movers that make no journey (a message sent, a fire that could reach a town).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Movement, PlaceRef
from claimmap.movement_guided import guided
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_stays import at_place, waited_origin
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["waited_origin"]  # re-exported: read with the other neighbouring phrases


def sibling_start(trig: Token) -> bool:
    """Does a verb coordinated before ``trig`` name its own start ("from X")? Then the
    movers' home countries told in their description are no start of this step."""
    for verb in trig.conjuncts:
        if verb.i > trig.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.ORIGIN_PREPS and pobjs(prep):
                return True
    return False


def fronted_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "From X, the consignments were re-exported to Y", "From X they try to reach Y": a
    start put first in the sentence, hung by the parser on an auxiliary or on the verb the
    trigger depends on, is the start of the first movement told after it."""
    sent = trig.sent
    if trig.pos_ not in ("VERB", "AUX"):
        return None  # "the consignments": the movers, not the movement that sets off
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in lex.ORIGIN_PREPS or first.dep_ != "prep":
        return None
    objs = pobjs(first)
    if not objs or first.head == trig or not placelike(ctx, content_head(objs[0])):
        return None
    verb = first.head
    while verb.dep_ in ("aux", "auxpass") and verb.head is not verb:
        verb = verb.head
    if not verb.left_edge.i <= trig.i <= verb.right_edge.i:
        return None
    if any(
        t.pos_ == "VERB" and (lex.is_trigger(t) or guided(t))
        for t in sent.doc[first.i + 1 : trig.i]
    ):
        return None  # an earlier movement of the sentence took the start
    return content_head(objs[0])


#: adverbs that make a stop only one of the ways taken: "to X, sometimes via Y"
_SOMETIMES = frozenset(["sometimes", "occasionally", "often", "partly", "usually", "mostly"])


def optional_branch(parsed: Doc, m: Movement) -> tuple[Movement, Movement] | None:
    """ "re-exported to X, sometimes via Y": the journey goes straight to X, and only some
    of it through Y. The movement without the optional stops, and the branch through
    them, told as possible."""
    optional = [t for t in m.transit if _sometimes(parsed, t)]
    if not optional or m.destination is None:
        return None
    direct = dataclasses.replace(m, transit=tuple(t for t in m.transit if t not in optional))
    return direct, dataclasses.replace(m, mood="possible")


def _sometimes(parsed: Doc, ref: PlaceRef) -> bool:
    span = parsed.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    if prep.dep_ != "prep":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _SOMETIMES for c in prep.children)


#: "sought refuge in X", "found shelter in Y", "took sanctuary in Z": going to X for safety
_REFUGE_NOUNS = frozenset(["refuge", "shelter", "sanctuary", "asylum", "safety"])
_REFUGE_VERBS = frozenset(["seek", "find", "take"])


def sought_refuge(token: Token) -> bool:
    """Is ``token`` a verb of taking refuge somewhere ("had sought refuge in X")?"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _REFUGE_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _REFUGE_NOUNS for c in token.children):
        return True
    # "a boat ... sought help near X": a craft in distress had got as far as X
    return token.lemma_.lower() == "seek" and _help_near(token)


#: what a craft in distress seeks where it has got to ("sought help near X")
_HELP_NOUNS = frozenset(["help", "assistance", "rescue"])


def _help_near(token: Token) -> bool:
    helped = any(c.dep_ == "dobj" and c.lemma_.lower() in _HELP_NOUNS for c in token.children)
    near = any(c.dep_ == "prep" and c.lower_ in ("near", "off") for c in token.children)
    return helped and near


def refuge_goals(trig: Token) -> list[Token]:
    """Where refuge was sought: the in/at phrase on the verb or on the refuge noun."""
    if not sought_refuge(trig):
        return []
    heads = [trig, *(c for c in trig.children if c.dep_ == "dobj")]
    return [
        content_head(o)
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "inside", "near", "off")
        for o in pobjs(p)
    ]


def holds_end(ctx: SlotContext, start: Token, ends: list[Token]) -> bool:
    """Is the country read off the movers' description ("a mission in X") the one the
    journey ends in ("landed in a city of X")? Then it says where they are bound, not
    where they set off."""
    home = place_ref(ctx, start).place_id
    code = ctx.countries.get(home) if home is not None else None
    if home is None or code is None or ctx.kinds.get(home) != "country" or not ends:
        return False
    for end in ends:
        pid = place_ref(ctx, end).place_id
        if pid is None or pid == home or ctx.countries.get(pid) != code:
            return False
    return True


#: what is "sent" or "reaches" somewhere without anyone or anything travelling: a message
#: sent to capitals, a fire that could reach a town
_NO_TRAVELLERS = frozenset(
    ["message", "signal", "warning", "fire", "wildfire", "blaze", "flame", "smoke"]
)


def no_traveller(mover: Token | None, trig: Token | None = None) -> bool:
    """Is the mover's head a message or a spreading fire, so no journey is told? Only
    people or a named group spread out towards a place ("they spread towards X"); a
    disease or the fighting that spreads to a place travels with no one."""
    if trig is not None and trig.lemma_.lower() == "spread":
        return mover is None or not (
            mover.pos_ in ("PRON", "PROPN") or mover.lemma_.lower() in lex.GOODS
        )
    return mover is not None and mover.lemma_.lower() in _NO_TRAVELLERS


def its_place(ctx: SlotContext, mover: Token) -> Token | None:
    """ "X had been evacuated, and many of its residents drove south to Y": the movers are
    the people of the place "its" stands for, the place subject of the clause before."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in mover.children):
        return None
    sent = mover.sent
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(sent.doc[start : mover.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and not tok.is_ancestor(mover):
            head = content_head(tok)
            return head if placelike(ctx, head, strict=True) else None
    return None


#: participles that name where the movers passed a border: "entering at X", "leaving it at Y"
_PASSAGE_VERBS = frozenset(["enter", "leave", "exit", "cross"])


def passage_points(ctx: SlotContext, trig: Token, transits: list[Token]) -> None:
    """ "travelled from A through B, entering at X and leaving it at Y": X and Y are stops
    in turn; a country passed through that holds them is told by them, so it goes."""
    verbs = [c for c in trig.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    verbs += [v for c in verbs for v in c.conjuncts if v.tag_ == "VBG"]
    points = [
        p
        for v in sorted(set(verbs), key=lambda t: t.i)
        if v.lemma_.lower() in _PASSAGE_VERBS
        and (p := at_place(ctx, v, ("at", "via", "through"))) is not None
    ]
    if not points:
        return
    codes = {ctx.countries.get(place_ref(ctx, p).place_id or "") for p in points}
    for t in list(transits):
        pid = place_ref(ctx, t).place_id
        if pid and ctx.kinds.get(pid) == "country" and codes == {ctx.countries.get(pid)}:
            transits.remove(t)  # "through X, entering at a town of X"
    transits.extend(p for p in points if p not in transits)


def crossed_near(ctx: SlotContext, trig: Token, start: Token) -> Token | None:
    """ "crossed from X ... or waded across near the villages of Y": a place the crossing is
    told near, in another country than the start, is the side the movers reached."""
    if trig.lemma_.lower() not in lex.CROSS_LEMMAS | {"wade"}:
        return None
    home = place_ref(ctx, start).place_id
    code = ctx.countries.get(home) if home is not None else None
    if code is None:
        return None
    verbs = [trig, *(v for v in trig.conjuncts if v.pos_ == "VERB")]
    for prep in (t for v in verbs for t in v.subtree if t.dep_ == "prep" and t.lower_ == "near"):
        if prep.head.pos_ == "VERB" and prep.head not in verbs:
            continue  # near a place some other verb tells
        for obj in pobjs(prep):
            pid = place_ref(ctx, content_head(obj)).place_id
            if pid is not None and ctx.countries.get(pid) not in (None, code):
                return content_head(obj)
    return None


def near_inside(ctx: SlotContext, trig: Token, dests: list[Token]) -> None:
    """ "crossed into X near Y", "entered X at Y", with Y a town of the country X: the
    crossing reached the country at Y, so Y, not the country's middle, is where the movers
    arrived."""
    if trig.lemma_.lower() not in lex.CROSS_LEMMAS | {"enter"} or len(dests) != 1:
        return
    country = place_ref(ctx, dests[0]).place_id
    if country is None or ctx.kinds.get(country) != "country":
        return
    code = ctx.countries.get(country)
    if code is None:
        return
    for prep in (c for c in (*trig.children, *dests[0].children) if c.lower_ in ("near", "at")):
        for obj in (content_head(o) for o in pobjs(prep) if prep.dep_ == "prep"):
            if prep.lower_ == "at" and obj.i not in ctx.placed:
                continue  # "at X, the post on the Y-Z road" with X no known place: not Z
            pid = place_ref(ctx, obj).place_id
            if pid is not None and pid != country and ctx.countries.get(pid) == code:
                dests[0] = obj
                return


def unresolved_within(ctx: SlotContext, trig: Token, heads: list[Token]) -> None:
    """ "arrived at X in the south of Y" with X no known place: the place it is said to lie
    in (Y, told right after it) stands for it, rather than no stop at all."""
    for n, head in enumerate(heads):
        ref = place_ref(ctx, head)
        if ref.place_id is not None and (town := _town_in_frame(ctx, head, ref.place_id)):
            heads[n] = town
        if ref.place_id is not None or ref.other_place_ids:
            continue
        after = head.right_edge.i + 1
        for prep in (c for c in (*trig.children, *head.children) if c.i == after):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
                continue
            for obj in pobjs(prep):
                if place_ref(ctx, obj).place_id is not None:
                    heads[n] = obj


#: kinds of place that frame a town told inside them: "X in Y state"
_FRAMES = frozenset(["country", "admin1", "admin2", "region", "area"])


def _town_in_frame(ctx: SlotContext, head: Token, frame: str) -> Token | None:
    """ "to the gold fields of X in Y state": the phrase names a town (X) and the province
    it lies in (Y); the slot read as the province is the town, the province its frame."""
    if ctx.kinds.get(frame) not in _FRAMES:
        return None
    told_in = [o for p in head.children if p.lower_ == "in" for o in pobjs(p)]
    if not any(place_ref(ctx, o).place_id == frame for o in told_in):
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in pobjs(prep):
            town = place_ref(ctx, obj).place_id
            if town is None or ctx.kinds.get(town) in _FRAMES:
                continue
            if ctx.countries.get(town) == ctx.countries.get(frame):
                return obj
    return None


def listed_on(ctx: SlotContext, trig: Token, transits: list[Token]) -> None:
    """ "through X, the Y and the Z" with "the Y" read as the verb's object: a place told
    after a comma right behind a way is the next way of the list, with its conjuncts."""
    if not transits:
        return
    for obj in (c for c in trig.children if c.dep_ == "dobj" and c.i > transits[-1].i):
        before = trig.doc[obj.left_edge.i - 1]
        if before.text != "," or before.i - 1 != transits[-1].right_edge.i:
            continue
        for tok in (obj, *obj.conjuncts):
            named = any(t.i in ctx.placed for t in tok.subtree)  # not "X, the only road"
            if named and tok.pos_ == "PROPN" and tok not in transits:
                transits.append(tok)
