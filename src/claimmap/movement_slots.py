"""The slots a motion word's own phrases fill: origin, destination and transit tokens.

"Transferred militants from X to Y", "left their homes in X", "crossed into Y through
X", "fighters from X": each preposition (from/to/into/through/via...) or direct object of
a leave/enter-type verb marks a slot (a place told in the movers' description, "outfits
active in X", is read in :mod:`claimmap.movement_mover_origin`). The tokens are slot heads;
:mod:`claimmap.movement_spans` turns them into spans and places.

Split from :mod:`claimmap.movements`, which adds the slots read off the wider context
(:mod:`claimmap.movement_implicit`, :mod:`claimmap.movement_chain`) and assembles the
:class:`~claimmap.model.Movement`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_awaited import expected_at
from claimmap.movement_compass import compass_misread, compass_preps
from claimmap.movement_coordinated import headed_on
from claimmap.movement_crossed_at import (
    across_border,
    carried_in_at,
    gerund_goals,
    named_at,
    pushed_across,
)
from claimmap.movement_implicit import onward_heads
from claimmap.movement_means import go_between
from claimmap.movement_misread import misread_heads
from claimmap.movement_object_slots import reach_in
from claimmap.movement_onward import raised_steps
from claimmap.movement_onward_near import onward_near
from claimmap.movement_sourced import sourced_in
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_stranded import other_choices, stranded
from claimmap.movement_ways import RUN_VERBS, along, more_ways, to_within
from claimmap.movement_words import child_of, content_head, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Slots:
    """The slot heads of one movement, as its phrases are read."""

    origins: list[Token] = field(default_factory=list)
    dests: list[Token] = field(default_factory=list)
    transits: list[Token] = field(default_factory=list)
    reach: dict[int, int] = field(default_factory=dict)  # slot head → last token of its span
    alone: set[int] = field(default_factory=set)  # slot heads written without their conjuncts
    joined: dict[int, list[int]] = field(default_factory=dict)  # slot head → "and to Y" heads

    def empty(self) -> bool:
        return not (self.origins or self.dests or self.transits)


def assign(
    ctx: SlotContext, trig: Token, word: str, obj: Token, slots: Slots, caused: bool
) -> None:
    """Put the object of preposition ``word`` into the slot that preposition marks."""
    lemma = trig.lemma_.lower()
    if obj in (*slots.origins, *slots.dests, *slots.transits) or go_between(word, obj):
        return  # "sold through Hong Kong brokers": who handled it, not a way
    strict = lemma in lex.POSSESSION  # "sold mines to X": X must be a place, not a buyer
    # "through X", "south to X": words that no person follows
    person_ok = word in ("into", "through", "via") or obj.head.head.lower_ in lex.COMPASS
    if not placelike(ctx, obj, strict=strict, person_ok=person_ok):
        # "towards X and the border town of Y" with X read as no place: Y still is one
        more = [c for c in obj.conjuncts if c.i > obj.i and placelike(ctx, c, strict=strict)]
        if not more or more[0] in (*slots.origins, *slots.dests, *slots.transits):
            return
        obj = more[0]
    if word in lex.ORIGIN_PREPS:
        slots.origins.append(obj)
    elif word in lex.DEST_PREPS or (word == "for" and lex.FOR_DEST_LEMMAS & {lemma, trig.lower_}):
        slots.dests.append(obj)
    elif word in lex.TRANSIT_PREPS or _over_on_way(word, obj):
        # "crossed through X" ended there, "crossed into Y through X" only passed it
        crossing = lemma in lex.CROSS_LEMMAS and not slots.dests and not lex.told_goal(trig)
        (slots.dests if crossing else slots.transits).append(obj)
    elif word == "at" and lemma in lex.CROSS_LEMMAS:
        slots.transits.append(obj)  # "crossed at X in Y": where they crossed
        reach_in(ctx, trig, obj, slots)
    elif word == "at" and across_border(trig) and not slots.dests and named_at(ctx, obj):
        slots.dests.append(obj)  # "smuggled across the border at X": X is where it got to
    elif word == "at" and pushed_across(trig) and named_at(ctx, obj):
        slots.transits.append(obj)  # "pushed across at X": where they crossed
    elif word == "on" and lemma in _ON_GOALS and placelike(ctx, obj, strict=True):
        slots.dests.append(obj)  # "will march on X": X is what they are going to take
    elif word in ("in", "at", "on", "inside", "off") and _arrived(trig) and not slots.dests:
        slots.dests.append(obj)
    elif (word in lex.STOPOVER_PREPS and lex.stopover(trig)) or _handover(word, lemma):
        slots.transits.append(obj)
    elif _set_off_in(word, lemma) and not slots.origins:
        slots.origins.append(obj)


#: verbs that go "on" a place to take it ("marched on the capital", "converged on X",
#: "before moving on X": moving towards X to take it)
_ON_GOALS = frozenset({"march", "advance", "descend", "converge", "move"})


def _over_on_way(word: str, obj: Token) -> bool:
    """ "through X and over Y", "across X, over Y": "over" told in a row of ways is one."""
    prep = obj.head
    if word != "over" or prep.dep_ != "conj":
        return False
    return any(p.lower_ in lex.TRANSIT_PREPS for p in prep.ancestors if p.pos_ == "ADP")


def _arrived(trig: Token) -> bool:
    """ "arrived in X", "were brought ashore at X": in/at/on tell where the movers ended."""
    ashore = any(c.dep_ == "advmod" and c.lower_ in ("ashore", "aground") for c in trig.children)
    arrival = trig.lemma_.lower() in lex.ARRIVAL_LEMMAS or expected_at(trig)  # "expected in X"
    return ashore or arrival or lex.met_off(trig)


def _handover(word: str, lemma: str) -> bool:
    """ "transferred it to another vessel off X": a handover at sea, a stop on the way."""
    return word == "off" and lemma in lex.HANDOVER_LEMMAS


def _set_off_in(word: str, lemma: str) -> bool:
    """ "fleeing war in X", "had boarded in X", "embarked at Y": where they set off."""
    return (word == "in" and lemma in lex.FLEE_LEMMAS) or (
        word in ("in", "at") and lemma in lex.BOARD_LEMMAS
    )


def _gone_on(prep: Token) -> Iterator[tuple[str, Token]]:
    """ "into X and on to Y", "to X and onward to Y": the verbless next hop the parser hangs
    on the first preposition (a gerund misread as its object: "on to processing plants")."""
    for conj in (c for c in prep.children if c.dep_ == "conj" and _onward(c)):
        for sub in (c for c in conj.children if c.dep_ == "prep" and c.lower_ in lex.DEST_PREPS):
            objs = pobjs(sub) or [o for g in sub.children if g.dep_ == "pcomp" for o in _misread(g)]
            yield from ((sub.lower_, o) for o in objs)


def _gone_round(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "diverted its ships (away from X and) around Y": Y is passed on the way."""
    if trig.lemma_.lower() not in lex.ROUND_LEMMAS and trig.lower_ not in lex.MISREAD_FORMS:
        return
    heads = [trig, *(c for c in trig.children if c.dep_ == "advmod" and c.lower_ == "away")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        for word in (prep, *(c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP")):
            if word.lower_ == "around":
                yield from (("through", o) for o in pobjs(word))


def _onward(conj: Token) -> bool:
    """ "and on to Y", "and from there to Y": a coordinated word telling the next hop."""
    there = any(c.dep_ in ("pcomp", "pobj") and c.lower_ in lex.THERE_WORDS for c in conj.children)
    return conj.lower_ in _ONWARD or (conj.lower_ in lex.ORIGIN_PREPS and there)


def _overflown(trig: Token, prep: Token) -> bool:
    """ "flew over X", "approached Y from the east, over X": what movers pass over on
    their own way is a stop on it (not "took control over X", which moves nothing)."""
    return prep.lower_ == "over" and trig.lemma_.lower() in lex.SELF_MOTION


def _misread(gerund: Token) -> list[Token]:
    """ "on to processing plants in X": the place the misread gerund's phrase names."""
    inner = [o for w, o in preps_of(gerund) if w in ("in", "at", "near")]
    return inner or [c for c in gerund.children if c.dep_ == "dobj"]


#: prepositions of manner or trailing whose object the parser hangs the movers' own
#: from/to phrases on: "moved in growing numbers from X", "moving in behind the storm from X"
_MANNER_PREPS = frozenset({"in", "behind"})

#: verbless words going on to a next hop: "and on to Y", "and onward to Y"
_ONWARD = frozenset({"on", "onward", "onwards"})


def directional(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs that may fill the trigger's slots."""
    heads = [trig] + [c for c in trig.children if c.dep_ in ("advmod", "prt", "npadvmod")]
    if trig.lemma_.lower() in lex.ROUND_LEMMAS:  # "diverted away from X": avoided, no start
        heads = [h for h in heads if h.lower_ != "away"]
    heads += onward_heads(trig)
    # "smuggled overland to X": a way adverb the parser read as a noun, taking the phrases
    heads += [c for c in trig.children if c.dep_ == "dobj" and c.lower_ in lex.WAY_ADVERBS]
    if trig.dep_ == "amod" and trig.head.lower_ in lex.WAY_ADVERBS:
        heads.append(trig.head)
    heads += [h for h in [compass_misread(trig)] if h is not None]  # "steamed north to X"
    if lex.purpose_goal(trig) and trig.head.lower_ in lex.COMPASS:
        heads.append(trig.head)  # "or east across X to reach Y": the way to Y
    if trig.dep_ == "xcomp" and trig.head.lemma_ == "be":
        heads.append(trig.head)  # "from X they are to be moved into Y": "from X" is on "are"
    obj = child_of(trig, "dobj")
    if obj is not None:
        for word, held in nested(obj):  # "left X for Y", "transferred militants to X"
            yield word, held
            if word == "from":  # "bused migrants from X towards Y": the end hung on X
                yield from ((w, o) for w, o in nested(held) if w in lex.DEST_PREPS)
        lemma = trig.lemma_.lower()
        if lemma in lex.ARRIVAL_LEMMAS:  # "deployed missiles on X"
            yield from ((w, o) for w, o in preps_of(obj) if w in ("in", "at", "on"))
        elif lemma in lex.FLEE_LEMMAS and obj.lemma_.lower() not in lex.LOCATION_NOUNS:
            # "fleeing conflict in X" (but "fled their homes in X" is the homes)
            yield from ((w, o) for w, o in preps_of(obj) if w == "in")
    yield from carried_in_at(trig)  # "arriving in containers at the ports of X"
    yield from gerund_goals(trig)  # "bussed to holding centres in X"
    for goal in (c for c in trig.children if lex.purpose_goal(c)):
        yield from (("to", o) for o in goal.children if o.dep_ == "dobj")
    for misread in misread_heads(trig):  # "was trucking chlorine from X to Y"
        yield from nested(misread)
    if trig.pos_ == "NOUN":
        verb = trig.head.head if trig.dep_ == "pobj" else trig.head
        if trig.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and not lex.is_trigger(verb):
            # light verbs: "made the crossing from X", "signed off on the deployment to Y"
            yield from ((w, o) for w, o in preps_of(verb) if w in lex.DIR_PREPS and w != "for")
    for head in heads:
        if head != trig and head.lower_ == "home" and head.dep_ in ("advmod", "npadvmod"):
            yield "to", head
        lemma = trig.lemma_.lower()
        any_prep = lemma in lex.FLEE_LEMMAS | lex.CROSS_LEMMAS or _arrived(trig)
        any_prep = any_prep or lex.stopover(trig) or lemma in lex.HANDOVER_LEMMAS | lex.BOARD_LEMMAS
        any_prep = any_prep or lemma in _ON_GOALS  # "marched on X"
        any_prep = any_prep or across_border(trig) or pushed_across(trig)  # "across ... at X"
        for word, pobj in preps_of(head, any_prep):
            yield word, pobj
            yield from nested(pobj, exclude=word)  # "from X to Y" hung on X
            for of in _of_objects(pobj):  # "from the direction of X towards Y" hung on X
                yield from nested(of, exclude=word)
            for conj in pobj.conjuncts:  # "through X and Y to Z" hung on Y
                yield from nested(conj, exclude=word)
    for prep in compass_preps(trig):  # "steamed north past X", "north" read as the head
        yield from (("through", o) for o in pobjs(prep))
    for prep in (c for c in trig.children if c.dep_ == "prep"):
        yield from _gone_on(prep)
        yield from to_within(prep)
        if prep.lower_ == "past" or _overflown(trig, prep):  # "sailed past X": on the way
            yield from (("through", o) for o in pobjs(prep))
    yield from _gone_round(trig)
    for step in raised_steps(trig):  # "planned to travel to X and eventually to Y"
        yield from ((step.lower_, o) for o in pobjs(step))
    yield from onward_near(trig)  # "to X and onward through the desert near Y"
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ not in lex.DIR_PREPS):
        for sub in (c for c in prep.children if c.dep_ == "conj" and c.lower_ in lex.DEST_PREPS):
            yield from ((sub.lower_, o) for o in pobjs(sub))  # "to X, in Y, and to Z"
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "en")):
        for path in (o for o in pobjs(prep) if o.lemma_.lower() in lex.PATH_NOUNS):
            yield from nested(path)  # "travel through X on their way to Y"
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.lemma_.lower() in RUN_VERBS:
        heads.append(trig.head)  # "routes into X run from Y along Z": the route's own way
        yield from ((w, o) for w, o in preps_of(trig.head, any_prep=False))
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "along"):
            for path in pobjs(prep):
                yield from nested(path)  # "along the road from X through Y": what "along" follows
                if trig.lemma_.lower() not in lex.ARRIVAL_LEMMAS:
                    yield from (("through", o) for o in along(path))
    for way in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in _MANNER_PREPS):
        for manner in pobjs(way):  # "moved in growing numbers from X", "behind the storm from X"
            if manner.pos_ == "NOUN" and manner.lemma_.lower() not in lex.LOCATION_NOUNS:
                yield from nested(manner)
    for by in (c for c in trig.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
        for vehicle in pobjs(by):  # "transferred by ferry from X to Y", "by train through X"
            yield from nested(vehicle)
    yield from stranded(trig)
    yield from sourced_in(trig)  # "came from elephants killed in X"
    yield from other_choices(trig)
    yield from more_ways(trig)


def _of_objects(pobj: Token) -> list[Token]:
    """ "from the direction of X", "from the town of X": the name an of-phrase gives the
    slot, on which the parser may hang the next directional phrase."""
    return [o for w, o in preps_of(pobj, any_prep=True) if w == "of"]


def opposite_aside(trig: Token) -> frozenset[int]:
    """ "north to X, across the river from Y": after a comma, "across A from B" says where
    the place just told lies (over A, facing B); B is no start and A no stop on the way.
    The indices of the two prepositions, to be passed over."""
    out: set[int] = set()
    told = [c for c in trig.children if c.dep_ in ("prep", "advmod")]
    goal = [
        h
        for h in told
        if h.lower_ in lex.DEST_PREPS
        or any(w in lex.DEST_PREPS for w, _ in preps_of(h, any_prep=False))
    ]
    for across in (c for c in told if c.dep_ == "prep" and c.lower_ == "across"):
        comma = across.i > 0 and trig.doc[across.i - 1].text == ","
        objs = pobjs(across)
        if not comma or not objs or not any(g.i < across.i for g in goal):
            continue
        end = max(o.right_edge.i for o in objs if o.right_edge.lower_ != "from")
        end = min(
            [end, *(c.i - 1 for c in across.children if c.dep_ == "prep" and c.lower_ == "from")]
        )
        faced = [
            c
            for c in (*trig.children, *across.children, *(o for o in pobjs(across)))
            if c.dep_ == "prep" and c.lower_ == "from" and c.i == end + 1
        ]
        if faced:
            out.update((across.i, faced[0].i))
    return frozenset(out)


def second_pairs(trig: Token) -> list[Token]:
    """ "from A to B and from C to D": the "from" of each pair after the first, told as a
    conjunct of the first pair's prepositions, with a to-phrase of its own."""
    preps = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in lex.DIR_PREPS]
    if not any(p.lower_ in lex.ORIGIN_PREPS for p in preps):
        return []
    # "from A to B": the parser may hang "to B" on "from"
    preps += [
        c for p in preps for c in p.children if c.dep_ == "prep" and c.lower_ in lex.DIR_PREPS
    ]
    return [
        sub
        for p in preps
        for sub in p.children
        if sub.dep_ == "conj"
        and sub.pos_ == "ADP"
        and sub.lower_ in lex.ORIGIN_PREPS
        and any(c.dep_ == "prep" and c.lower_ in lex.DEST_PREPS for c in sub.children)
    ]


def nested(token: Token, exclude: str = "") -> Iterator[tuple[str, Token]]:
    """Directional preps hanging off a noun ("from X to Y", "militants to Libya")."""
    for word, obj in preps_of(token, any_prep=False):
        if word != exclude:
            yield word, obj


def headed_ends(ctx: SlotContext, slots: Slots) -> None:
    """ "bused migrants from X towards Y and Z" read as X and Z coordinated: Z is an end
    told with Y (one of the places the movers were sent to), not a second start."""
    for start in slots.origins:
        ends = [content_head(o) for w, o in nested(start) if w in lex.DEST_PREPS]
        ends = [e for e in ends if e in slots.dests]
        more = [c for c in headed_on(start) if placelike(ctx, c)]
        if ends and more:
            slots.joined.setdefault(ends[0].i, []).extend(c.i for c in more)
