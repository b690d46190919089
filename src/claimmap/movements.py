"""Movement events read off the dependency parse: trigger, mover, origin → transit → destination.

A movement is a motion word ("transferred", "fled", "deployment", "trip") whose
arguments say who or what moved and between which places. The slots come from the
parse (prepositional objects of from/to/into/through/via…, direct objects of
leave/enter-type verbs, places named inside the mover phrase such as "fighters active
in X"), not from the geoparser, so a slot exists even when its place is unresolved;
it is linked to a :class:`Place` when one of that place's mentions falls inside it.
The word lists (:mod:`claimmap.movement_words`) describe English in general.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Claim, Document, Movement, Place, PlaceRef
from claimmap.movement_chain import chained_origin, from_there
from claimmap.movement_implicit import (
    alternatives,
    arrived_in,
    compass_reach,
    dispatcher_origin,
    halt_goals,
    handling_slots,
    home_country,
    misread_goals,
    onward_heads,
    seen_at,
    sender_origin,
    setoff_origin,
    settle_goals,
    supplier_origin,
    where_origin,
)
from claimmap.movement_movers import (
    is_caused,
    is_goods,
    misread_place_mover,
    mover_of,
    named_mover,
    place_noun,
)
from claimmap.movement_negation import negated, unrealised
from claimmap.movement_spans import (
    SlotContext,
    claim_for,
    join_refs,
    mover_quantity,
    mover_span,
    np_span,
    place_ref,
    placelike,
    span_of,
)
from claimmap.movement_words import child_of, content_head, np_top, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)


@dataclass
class _Slots:
    origins: list[Token] = field(default_factory=list)
    dests: list[Token] = field(default_factory=list)
    transits: list[Token] = field(default_factory=list)
    reach: dict[int, int] = field(default_factory=dict)  # slot head → last token of its span
    alone: set[int] = field(default_factory=set)  # slot heads written without their conjuncts
    joined: dict[int, list[int]] = field(default_factory=dict)  # slot head → "and to Y" heads

    def empty(self) -> bool:
        return not (self.origins or self.dests or self.transits)


def extract_movements(
    doc: Document, parsed: Doc, places: Sequence[Place], claims: Sequence[Claim]
) -> list[Movement]:
    """Find the movement events of ``doc`` and link their slots to ``places`` and ``claims``.

    Only events with at least one place-like slot are kept, so figurative motion
    ("return to the negotiating table") yields nothing.
    """
    mentions = tuple(
        sorted(((m, p.id) for p in places for m in p.mentions), key=lambda mp: mp[0].start)
    )
    placed = frozenset(
        i
        for m, _ in mentions
        if (toks := parsed.char_span(m.start, m.end, alignment_mode="expand")) is not None
        for i in range(toks.start, toks.end)
    )
    named = tuple(
        sorted(
            (m.start, p.id, p.kind)
            for p in places
            for m, form in zip(
                p.mentions, p.mention_forms or ("name",) * len(p.mentions), strict=False
            )
            if form == "name"
        )
    )
    ctx = SlotContext(
        doc,
        mentions,
        {p.id: p.name for p in places},
        placed,
        named,
        countries={p.id: p.country_code for p in places},
        kinds={p.id: p.kind for p in places},
    )
    out: list[Movement] = []
    movers: list[Token | None] = []  # the named mover of each movement in ``out``
    for token in parsed:
        if lex.is_trigger(token) and not lex.defers(token) and not unrealised(token):
            found = _movement(ctx, token, claims, out, movers[-1] if movers else None)
            if found is not None:
                out.append(found[0])
                movers.append(found[1])
    log.debug("%s: %d movements", doc.id, len(out))
    return out


# --- one movement ---------------------------------------------------------------------------------


def _movement(
    ctx: SlotContext,
    trig: Token,
    claims: Sequence[Claim],
    earlier: Sequence[Movement],
    last_mover: Token | None,
) -> tuple[Movement, Token | None] | None:
    """The movement told by ``trig`` and its named mover, if it has a place-like slot."""
    caused = is_caused(ctx, trig)
    slots = _Slots()
    for word, obj in _directional(trig):
        _assign(ctx, trig, word, content_head(obj), slots, caused)
    for goal in misread_goals(ctx, trig):
        _assign(ctx, trig, "to", goal, slots, caused)
    _object_slots(ctx, trig, slots)
    slots.dests.extend(t for t in halt_goals(ctx, trig) if t not in slots.dests)
    settle_goals(ctx, trig, slots.dests)  # "to Russian units in X", "unloading them in Y"
    mover = mover_of(ctx, trig, caused)
    counted = (mover, *(t for t in mover.lefts if t.dep_ != "compound")) if mover else ()
    if any(t.lemma_.lower() in lex.NOT_MOVERS for t in counted):
        return None  # "bringing the total to 40", "the death toll reached 300"
    if mover is not None and mover.lemma_.lower() in lex.ABSTRACT_MOVERS:
        return None  # "life is returning to normal in X"
    sent = trig.sent
    previous = _previous_start(sent)
    told = earlier[-1].sentence if earlier else None
    recent = told is not None and told.start >= previous  # the movement before is near
    named = named_mover(ctx, mover, caused, last_mover if recent else None)
    if named is not None and place_noun(named):  # "the hub for scales going to X"
        named = misread_place_mover(trig, named)
    if trig.lemma_.lower() in lex.RECEIVE_LEMMAS and not is_goods(named):
        return None
    # "from Z were driven to X and then carried into Y": the second leg does not start at Z
    chain = None if slots.origins or not slots.dests else chained_origin(trig, earlier)
    if mover is not None:
        for word, obj in _nested(mover):
            if word != "from":
                _assign(ctx, trig, word, obj, slots, caused)
        for word, obj in arrived_in(trig, mover):
            _assign(ctx, trig, word, obj, slots, caused)
        if not slots.origins and chain is None:
            holding = trig.lemma_.lower() in lex.HOLDING_LEMMAS and slots.empty()
            _origin_in_mover(ctx, mover, trig, slots, own=not holding)
    if not slots.origins and chain is None:
        slots.origins.extend(_some(setoff_origin(ctx, trig)) or handling_slots(ctx, trig)[0][:1])
    if not slots.origins and slots.dests:
        slots.origins.extend(_some(where_origin(ctx, trig)))
    if not slots.dests and slots.origins:
        slots.dests.extend(_some(seen_at(ctx, trig, named)))
    doc = ctx.doc
    there = None if slots.origins else from_there(ctx, trig, earlier, previous)
    if slots.empty() and there is None:
        return None
    if not slots.origins and there is None and caused:
        found = sender_origin(ctx, trig) or supplier_origin(ctx, trig)
        slots.origins.extend(_some(found or dispatcher_origin(ctx, trig, named, slots.dests)))
    _coordinate(slots)
    slots.reach.update((d.i, r) for d in slots.dests if (r := compass_reach(ctx, trig, d)))
    # "flew from X to Y to Z": the last destination in the text is where they ended up,
    # with the ones told as its alternatives ("to X or across the border into Y")
    dests = sorted(_unique(slots.dests), key=lambda t: t.i)
    ends = alternatives(dests)
    for other in ends[1:]:
        slots.joined.setdefault(ends[0].i, []).append(other.i)
    transits = sorted(_unique(_stops(ctx, slots) + dests[: -len(ends) or None]), key=lambda t: t.i)
    part = mover is not None and mover.lower_ in lex.QUANTIFIER_PRONOUNS  # "some" of them
    trigger = span_of(doc, trig.idx, trig.idx + len(trig.text))
    sentence = span_of(doc, sent.start_char, sent.end_char)
    movement = Movement(
        id=f"{doc.id}:m{len(earlier)}",
        doc_id=doc.id,
        trigger=trigger,
        mover=mover_span(ctx, named) if named is not None else None,
        origin=_ref(ctx, slots.origins[0], slots, named) if slots.origins else there,
        transit=tuple(place_ref(ctx, t, slots.reach, alone=t.i in slots.alone) for t in transits),
        destination=_ref(ctx, ends[0], slots, named) if ends else None,
        claim_id=claim_for(doc, trigger, sentence, previous, claims) or _went_on(there, earlier),
        quantity=mover_quantity(doc, named) if named is not None and not part else None,
        sentence=sentence,
        negated=negated(trig),
    )
    return movement, named


def _went_on(there: PlaceRef | None, earlier: Sequence[Movement]) -> str | None:
    """ "... carried to X. From there, the cargo travels to Y": the leg that goes on from
    where an earlier one ended is told on the same authority as that one."""
    if there is None or there.place_id is None:
        return None
    for m in reversed(earlier):
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None and last.place_id == there.place_id:
            return m.claim_id
    return None


def _previous_start(sent: Span) -> int:
    """Where the sentence before starts, passing over ones with no word (a list's "-")."""
    start = sent.start
    while start > 0:
        before = sent.doc[start - 1].sent
        start = before.start
        if any(t.is_alpha for t in before):
            break
    return int(sent.doc[start].sent.start_char) if start < sent.start else int(sent.start_char)


def _ref(ctx: SlotContext, head: Token, slots: _Slots, mover: Token | None = None) -> PlaceRef:
    """An origin or destination slot, with the places coordinated by a repeated preposition
    ("to X, the capital of Y, and to Z") or told as alternatives ("to X or into Y"); a bare
    "the country" of movers named after one is that one."""
    ref = place_ref(ctx, head, slots.reach)
    home = home_country(ctx, head, mover)
    if home is not None:
        ref = PlaceRef(ref.span, home)
    more = [place_ref(ctx, head.doc[i]) for i in sorted(slots.joined.get(head.i, ()))]
    return join_refs(ctx, ref, more) if more else ref


def _coordinate(slots: _Slots) -> None:
    """ "to X and to Y": the second object shares the slot of the first, not a later stop."""
    for heads in (slots.origins, slots.dests):
        for tok in list(heads):
            prep = tok.head
            if prep.dep_ != "conj" or prep.pos_ != "ADP":
                continue
            first = next(
                (
                    t
                    for t in heads
                    if t.i < tok.i
                    and t.head.lower_ == prep.lower_
                    and (prep.head == t.head or prep.head in t.head.ancestors)
                ),
                None,
            )
            if first is not None:
                heads.remove(tok)
                slots.joined.setdefault(first.i, []).append(tok.i)


def _stops(ctx: SlotContext, slots: _Slots) -> list[Token]:
    """ "through X and Y": each coordinated transit is a stop of its own, in the order told."""
    out: list[Token] = []
    for tok in slots.transits:
        conj = [c for c in tok.conjuncts if placelike(ctx, c)]
        slots.alone.update(t.i for t in (tok, *conj) if conj)
        out += [tok, *conj]
    return out


def _assign(
    ctx: SlotContext, trig: Token, word: str, obj: Token, slots: _Slots, caused: bool
) -> None:
    """Put the object of preposition ``word`` into the slot that preposition marks."""
    lemma = trig.lemma_.lower()
    if obj in slots.origins or obj in slots.dests or obj in slots.transits:
        return
    strict = lemma in lex.POSSESSION  # "sold mines to X": X must be a place, not a buyer
    # "through X", "south to X": words that no person follows
    person_ok = word in ("into", "through", "via") or obj.head.head.lower_ in lex.COMPASS
    if not placelike(ctx, obj, strict=strict, person_ok=person_ok):
        return
    if word in lex.ORIGIN_PREPS:
        slots.origins.append(obj)
    elif word in lex.DEST_PREPS or (word == "for" and lex.FOR_DEST_LEMMAS & {lemma, trig.lower_}):
        slots.dests.append(obj)
    elif word in lex.TRANSIT_PREPS:
        # "crossed through X" ended there, "crossed into Y through X" only passed it
        crossing = lemma in lex.CROSS_LEMMAS and not slots.dests and not lex.told_goal(trig)
        (slots.dests if crossing else slots.transits).append(obj)
    elif word == "at" and lemma in lex.CROSS_LEMMAS:
        slots.transits.append(obj)  # "crossed at X in Y": where they crossed
        _reach_in(ctx, trig, obj, slots)
    elif word in ("in", "at", "on", "inside") and lemma in lex.ARRIVAL_LEMMAS and not slots.dests:
        slots.dests.append(obj)
    elif word in ("in", "at") and lex.stopover(trig):
        slots.transits.append(obj)
    elif word == "in" and lemma in lex.FLEE_LEMMAS and not slots.origins:
        slots.origins.append(obj)


def _directional(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs that may fill the trigger's slots."""
    heads = [trig] + [c for c in trig.children if c.dep_ in ("advmod", "prt", "npadvmod")]
    heads += onward_heads(trig)
    if trig.dep_ == "xcomp" and trig.head.lemma_ == "be":
        heads.append(trig.head)  # "from X they are to be moved into Y": "from X" is on "are"
    obj = child_of(trig, "dobj")
    if obj is not None:
        yield from _nested(obj)  # "left X for Y", "transferred militants to X"
        lemma = trig.lemma_.lower()
        if lemma in lex.ARRIVAL_LEMMAS:  # "deployed missiles on X"
            yield from ((w, o) for w, o in preps_of(obj) if w in ("in", "at", "on"))
        elif lemma in lex.FLEE_LEMMAS and obj.lemma_.lower() not in lex.LOCATION_NOUNS:
            # "fleeing conflict in X" (but "fled their homes in X" is the homes)
            yield from ((w, o) for w, o in preps_of(obj) if w == "in")
    for goal in (c for c in trig.children if lex.purpose_goal(c)):
        yield from (("to", o) for o in goal.children if o.dep_ == "dobj")
    if trig.pos_ == "NOUN":
        verb = trig.head.head if trig.dep_ == "pobj" else trig.head
        if trig.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and not lex.is_trigger(verb):
            # light verbs: "made the crossing from X", "signed off on the deployment to Y"
            yield from ((w, o) for w, o in preps_of(verb) if w in lex.DIR_PREPS and w != "for")
    for head in heads:
        if head != trig and head.lower_ == "home" and head.dep_ in ("advmod", "npadvmod"):
            yield "to", head
        lemma = trig.lemma_.lower()
        any_prep = lemma in lex.ARRIVAL_LEMMAS | lex.FLEE_LEMMAS | lex.CROSS_LEMMAS
        any_prep = any_prep or lex.stopover(trig)
        for word, pobj in preps_of(head, any_prep):
            yield word, pobj
            yield from _nested(pobj, exclude=word)  # "from X to Y" hung on X
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "en")):
        for path in (o for o in pobjs(prep) if o.lemma_.lower() in lex.PATH_NOUNS):
            yield from _nested(path)  # "travel through X on their way to Y"
    for by in (c for c in trig.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
        for vehicle in pobjs(by):  # "transferred by ferry from X to Y", "by train through X"
            yield from _nested(vehicle)


def _nested(token: Token, exclude: str = "") -> Iterator[tuple[str, Token]]:
    """Directional preps hanging off a noun ("from X to Y", "militants to Libya")."""
    for word, obj in preps_of(token, any_prep=False):
        if word != exclude:
            yield word, obj


def _object_slots(ctx: SlotContext, trig: Token, slots: _Slots) -> None:
    """leave/flee/vacate X → origin; reach/enter/visit X → destination; cross X → either."""
    lemma = trig.lemma_.lower()
    obj = child_of(trig, "dobj")
    if trig.pos_ == "NOUN" or obj is None:
        return
    obj = content_head(obj)
    bare_direction = obj.lower_ in lex.COMPASS and not any(True for _ in obj.children)
    if bare_direction or lex.aside(trig, obj) or not placelike(ctx, obj):
        return
    if lemma in lex.ORIGIN_OBJECT and not slots.origins:
        slots.origins.append(obj)
        _reach_in(ctx, trig, obj, slots)  # "left their homes in X": where those homes are
    elif lemma in lex.DEST_OBJECT:
        if lemma == "cross" and slots.dests:
            slots.transits.insert(0, obj)
        elif not slots.dests:
            slots.dests.append(obj)


def _reach_in(ctx: SlotContext, trig: Token, obj: Token, slots: _Slots) -> None:
    """An in/at phrase right after a slot, hung on the verb, says where the slot is ("left
    their homes in X", "crossed at Y in Z"): the slot reaches over it."""
    end = np_span(ctx, obj).end
    for prep in (p for p in trig.children if p.dep_ == "prep" and p.lower_ in ("in", "at")):
        objs = pobjs(prep)
        if prep.idx in (end, end + 1) and objs and placelike(ctx, objs[0], strict=True):
            slots.reach[obj.i] = prep.right_edge.i


def _origin_in_mover(
    ctx: SlotContext, mover: Token, trig: Token, slots: _Slots, own: bool = True
) -> None:
    """Where the movers come from, told in their description: "fighters from X", "outfits
    active in X", "families who fled X". Other relative clauses tell other events. A place
    the movers were only made or found in ("carrying papers issued in X", said of what they
    hold) starts nothing unless ``own`` (the movement is more than holding)."""
    stack = [np_top(mover)]
    while stack:
        tok = stack.pop(0)
        if tok == trig:
            continue
        if tok.dep_ == "relcl":
            if tok.lemma_.lower() in lex.ORIGIN_OBJECT | lex.ORIGIN_PREPS or lex.is_trigger(tok):
                inner = _Slots()
                for word, obj in _directional(tok):
                    if word in lex.ORIGIN_PREPS:
                        _assign(ctx, tok, word, content_head(obj), inner, False)
                _object_slots(ctx, tok, inner)
                if inner.origins:
                    slots.origins.append(inner.origins[0])
                    slots.reach.update(inner.reach)
                    return
            continue
        if tok.dep_ == "prep" and tok.lower_ in lex.WHEN_PREPS:
            continue  # "drones to X months before the war in Y": a time, not a place set off
        stack.extend(tok.children)
        if tok.dep_ != "prep" or tok.lower_ not in ("in", "from", "inside"):
            continue
        if tok.head.lemma_.lower() in lex.SEIZURE_LEMMAS:
            continue  # "rifles seized in X" were stopped there, they did not set off
        for obj in pobjs(tok):
            obj = content_head(obj)
            from_x = tok.lower_ == "from" and placelike(ctx, obj)
            modifier = own and tok.head.pos_ in ("VERB", "ADJ", "NOUN", "PROPN")
            if from_x or (modifier and placelike(ctx, obj, strict=True)):
                slots.origins.append(obj)
                return


def _some(tok: Token | None) -> list[Token]:
    return [] if tok is None else [tok]


def _unique(tokens: list[Token]) -> list[Token]:
    return list(dict.fromkeys(tokens))
