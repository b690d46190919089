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
from claimmap.movement_spans import (
    SlotContext,
    antecedent,
    claim_for,
    mover_quantity,
    mover_span,
    np_span,
    place_ref,
    placelike,
    span_of,
)
from claimmap.movement_words import child_of, content_head, np_top, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)


@dataclass
class _Slots:
    origins: list[Token] = field(default_factory=list)
    dests: list[Token] = field(default_factory=list)
    transits: list[Token] = field(default_factory=list)
    reach: dict[int, int] = field(default_factory=dict)  # slot head → last token of its span
    alone: set[int] = field(default_factory=set)  # slot heads written without their conjuncts

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
    ctx = SlotContext(doc, mentions, {p.id: p.name for p in places}, placed)
    out: list[Movement] = []
    for token in parsed:
        if lex.is_trigger(token) and not lex.defers(token):
            movement = _movement(ctx, token, claims, out)
            if movement is not None:
                out.append(movement)
    log.debug("%s: %d movements", doc.id, len(out))
    return out


# --- caused or self motion --------------------------------------------------------------------


def _is_caused(ctx: SlotContext, token: Token) -> bool:
    """Does this use move something else (send X), rather than the subject itself (go)?"""
    lemma = token.lemma_.lower()
    if lemma not in lex.CAUSED_MOTION or lex.takes_off(token):
        return False
    if lemma not in lex.SELF_MOTION or _passive(token):
        return True
    obj = _object(token)  # fly/move/return...: caused with a non-place object
    return obj is not None and (obj.lemma_.lower() in lex.VEHICLES or not placelike(ctx, obj))


def _passive(token: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    return (
        token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and child_of(token, "nsubj") is None
    )


# --- one movement ---------------------------------------------------------------------------------


def _movement(
    ctx: SlotContext, trig: Token, claims: Sequence[Claim], earlier: Sequence[Movement]
) -> Movement | None:
    caused = _is_caused(ctx, trig)
    slots = _Slots()
    for word, obj in _directional(trig):
        _assign(ctx, trig, word, content_head(obj), slots, caused)
    _object_slots(ctx, trig, slots)
    mover = _mover(ctx, trig, caused)
    if mover is not None and any(t.lemma_.lower() in lex.NOT_MOVERS for t in (mover, *mover.lefts)):
        return None  # "bringing the total to 40", "the death toll reached 300"
    named = antecedent(ctx, mover) if mover is not None else None  # "transfer them"
    if trig.lemma_.lower() in lex.RECEIVE_LEMMAS and not _is_goods(named):
        return None
    if mover is not None:
        for word, obj in _nested(mover):
            if word != "from":
                _assign(ctx, trig, word, obj, slots, caused)
        if not slots.origins:
            _origin_in_mover(ctx, mover, trig, slots)
    if not slots.origins:
        _origin_in_setoff(ctx, trig, slots)
    doc = ctx.doc
    sent = trig.sent
    previous = trig.doc[sent.start - 1].sent.start_char if sent.start else sent.start_char
    there = None if slots.origins else _from_there(ctx, trig, earlier, previous)
    if slots.empty() and there is None:
        return None
    if not slots.origins and there is None and caused:
        _origin_in_sender(ctx, trig, slots)
    # "flew from X to Y to Z": the last destination in the text is where they ended up
    dests = sorted(_unique(slots.dests), key=lambda t: t.i)
    transits = sorted(_unique(_stops(ctx, slots) + dests[:-1]), key=lambda t: t.i)
    trigger = span_of(doc, trig.idx, trig.idx + len(trig.text))
    sentence = span_of(doc, sent.start_char, sent.end_char)
    return Movement(
        id=f"{doc.id}:m{len(earlier)}",
        doc_id=doc.id,
        trigger=trigger,
        mover=mover_span(ctx, named) if named is not None else None,
        origin=place_ref(ctx, slots.origins[0], slots.reach) if slots.origins else there,
        transit=tuple(place_ref(ctx, t, alone=t.i in slots.alone) for t in transits),
        destination=place_ref(ctx, dests[-1]) if dests else None,
        claim_id=claim_for(doc, trigger, sentence, previous, claims),
        quantity=mover_quantity(doc, named) if named is not None else None,
        sentence=sentence,
        negated=_negated(trig),
    )


def _stops(ctx: SlotContext, slots: _Slots) -> list[Token]:
    """ "through X and Y": each coordinated transit is a stop of its own, in the order told."""
    out: list[Token] = []
    for tok in slots.transits:
        conj = [c for c in tok.conjuncts if placelike(ctx, c)]
        slots.alone.update(t.i for t in (tok, *conj) if conj)
        out += [tok, *conj]
    return out


def _from_there(
    ctx: SlotContext, trig: Token, earlier: Sequence[Movement], since: int
) -> PlaceRef | None:
    """ "From there, the cargo was moved to Y": the origin is where the telling had got to,
    the last stop of a movement in this sentence or the one before."""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("advmod", "prt"))]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    words = [*(t for p in preps for t in p.children), *trig.children]
    there = next((t for t in words if t.lower_ in lex.THERE_WORDS), None)
    if there is None or (there.lower_ == "there" and there.head.lower_ != "from"):
        return None
    span = span_of(ctx.doc, there.idx, there.idx + len(there.text))
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start < since:
            break
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None:
            return PlaceRef(span, last.place_id, last.other_place_ids)
    return None


def _origin_in_sender(ctx: SlotContext, trig: Token, slots: _Slots) -> None:
    """ "Texas bused migrants to X": a place running the vehicles is where they set off
    (verbs naming the vehicle only: who "sent" or "deployed" is the agent, not the start)."""
    if trig.lemma_.lower() not in lex.SENDER_LEMMAS or _passive(trig):
        return
    subj = child_of(trig, "nsubj")
    if subj is not None and subj.i in ctx.placed and placelike(ctx, subj, strict=True):
        slots.origins.append(subj)


def _assign(
    ctx: SlotContext, trig: Token, word: str, obj: Token, slots: _Slots, caused: bool
) -> None:
    """Put the object of preposition ``word`` into the slot that preposition marks."""
    lemma = trig.lemma_.lower()
    if obj in slots.origins or obj in slots.dests or obj in slots.transits:
        return
    strict = lemma in lex.POSSESSION  # "sold mines to X": X must be a place, not a buyer
    if not placelike(ctx, obj, strict=strict, person_ok=word in ("into", "through", "via")):
        return
    if word in lex.ORIGIN_PREPS:
        slots.origins.append(obj)
    elif word in lex.DEST_PREPS or (word == "for" and lex.FOR_DEST_LEMMAS & {lemma, trig.lower_}):
        slots.dests.append(obj)
    elif word in lex.TRANSIT_PREPS:
        crossing = lemma in ("cross", "crossing") and not slots.dests
        (slots.dests if crossing else slots.transits).append(obj)
    elif word in ("in", "at", "on", "inside") and lemma in lex.ARRIVAL_LEMMAS and not slots.dests:
        slots.dests.append(obj)
    elif word in ("in", "at") and lex.stopover(trig):
        slots.transits.append(obj)
    elif word == "in" and lemma in lex.FLEE_LEMMAS and not slots.origins:
        slots.origins.append(obj)


def _directional(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs that may fill the trigger's slots."""
    heads = [trig] + [c for c in trig.children if c.dep_ in ("advmod", "prt", "npadvmod")]
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
        any_prep = trig.lemma_.lower() in lex.ARRIVAL_LEMMAS | lex.FLEE_LEMMAS or lex.stopover(trig)
        for word, pobj in preps_of(head, any_prep):
            yield word, pobj
            yield from _nested(pobj, exclude=word)  # "from X to Y" hung on X
    for agent in (c for c in trig.children if c.dep_ == "agent"):
        for vehicle in pobjs(agent):  # "transferred by ferry from X to Y"
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
    if bare_direction or not placelike(ctx, obj):
        return
    if lemma in lex.ORIGIN_OBJECT and not slots.origins:
        slots.origins.append(obj)
        end = np_span(ctx, obj).end  # "left their homes in X": X says where those homes are
        for word, prep in ((p.lower_, p) for p in trig.children if p.dep_ == "prep"):
            objs = pobjs(prep)
            adjacent = word in ("in", "at") and prep.idx in (end, end + 1)
            if adjacent and objs and placelike(ctx, objs[0], strict=True):
                slots.reach[obj.i] = prep.right_edge.i
    elif lemma in lex.DEST_OBJECT:
        if lemma == "cross" and slots.dests:
            slots.transits.insert(0, obj)
        elif not slots.dests:
            slots.dests.append(obj)


# --- mover ----------------------------------------------------------------------------------------


def _mover(ctx: SlotContext, trig: Token, caused: bool) -> Token | None:
    """Who or what moved: the object of send-verbs, the subject of go-verbs."""
    subj: Token | None
    if trig.pos_ == "NOUN":
        subj = _noun_mover(ctx, trig)
    elif caused:
        subj = child_of(trig, "nsubjpass")
        if subj is None and _passive(trig):  # "fighters, now renamed, have been flown"
            subj = trig.head if trig.dep_ in ("acl", "relcl") else _subject(trig)
        if subj is None:
            subj = _object(trig)
        if subj is None and trig.dep_ == "conj":  # "were recruited in X and sent to Y"
            subj = child_of(trig.head, "nsubjpass") or _object(trig.head)
    else:
        subj = _subject(trig)
    if subj is not None and subj.lower_ in lex.RELATIVE and trig.dep_ == "relcl":
        subj = trig.head
    elif subj is not None and subj.lower_ in lex.RELATIVE and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "others who came from X, coming to Y"
    if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
        return None  # "Monday's trip"
    return content_head(subj) if subj is not None else None


def _object(verb: Token) -> Token | None:
    """The direct object, unless it measures the way ("driven hundreds of miles")."""
    obj = child_of(verb, "dobj")
    if obj is None or content_head(obj).lemma_.lower() in lex.EXTENT_NOUNS:
        return None
    return obj


def _subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp/conj/acl chains."""
    for _ in range(6):
        subj = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
        if subj is not None:
            return subj
        head = verb.head
        if verb.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if verb.dep_ == "xcomp" and child_of(head, "dobj") is not None:
            return child_of(head, "dobj")  # "forced thousands to flee"
        if verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or head == verb:
            return None
        verb = head.head if verb.dep_ == "pcomp" else head
    return None


def _noun_mover(ctx: SlotContext, trig: Token) -> Token | None:
    """'Obama's trip', 'the deployment of 30,000 troops', 'it made the crossing'."""
    if trig.lemma_.lower() == "way":
        return _subject(trig.head)  # "migrants made their way to X"
    poss = child_of(trig, "poss")
    if poss is not None:
        return poss
    self_motion = trig.lemma_.lower() in lex.SELF_MOTION_NOUNS  # "visits by Russian ships"
    for word, obj in preps_of(trig):
        if word == "of" or (word == "by" and self_motion):
            # "the evacuation of Mariupol" is a place; "refugees in X" are not, whatever X is
            common = obj.pos_ == "NOUN" and obj.lemma_.lower() not in lex.LOCATION_NOUNS
            if (common and obj.i not in ctx.placed) or not placelike(ctx, obj):
                return obj
    goods = [c for c in trig.lefts if c.dep_ == "compound" and c.lemma_.lower() in lex.GOODS]
    if goods:
        return goods[-1]  # "weapons shipments", "troop deployments"
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in lex.LIGHT_VERBS:
        return _subject(trig.head)  # "it made the crossing"
    prep = trig.head
    if trig.dep_ == "pobj" and prep.lower_ in lex.TIME_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return _subject(prep.head)  # "Almagro spoke during a visit to X"
    return None


def _origin_in_mover(ctx: SlotContext, mover: Token, trig: Token, slots: _Slots) -> None:
    """Where the movers come from, told in their description: "fighters from X", "outfits
    active in X", "families who fled X". Other relative clauses tell other events."""
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
        stack.extend(tok.children)
        if tok.dep_ != "prep" or tok.lower_ not in ("in", "from", "inside"):
            continue
        for obj in pobjs(tok):
            obj = content_head(obj)
            from_x = tok.lower_ == "from" and placelike(ctx, obj)
            modifier = tok.head.pos_ in ("VERB", "ADJ", "NOUN", "PROPN")
            if from_x or (modifier and placelike(ctx, obj, strict=True)):
                slots.origins.append(obj)
                return


def _origin_in_setoff(ctx: SlotContext, trig: Token, slots: _Slots) -> None:
    """ "was loaded at X and shipped to Y": a verb coordinated before names the start."""
    before = trig.head if trig.dep_ == "conj" and trig.head.i < trig.i else trig
    if before.lemma_.lower() in lex.SETOFF_LEMMAS:
        at = [o for w, o in preps_of(before) if w in lex.SETOFF_PREPS]
        slots.origins.extend([o for o in at if placelike(ctx, o, strict=True)][:1])


def _is_goods(mover: Token | None) -> bool:
    if mover is None:
        return False
    words = [mover, *(c for c in mover.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in lex.GOODS or w.lower_ in lex.GOODS for w in words)


# --- negation ------------------------------------------------------------------------------------


def _negated(trig: Token) -> bool:
    """'did not send', 'never arrived', 'denied sending troops'."""
    if any(c.dep_ == "neg" for c in trig.children):
        return True
    head = trig.head
    while head.dep_ in ("xcomp", "aux") and head.head != head:
        head = head.head
    if head == trig or head.lemma_.lower() not in lex.DENIAL_LEMMAS:
        return False
    return not any(c.dep_ == "neg" for c in head.children)


def _unique(tokens: list[Token]) -> list[Token]:
    return list(dict.fromkeys(tokens))
