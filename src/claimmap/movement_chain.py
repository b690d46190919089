"""Where a movement starts when the telling goes on from an earlier one: "From there, the
cargo was moved to Y", "driven to X and then carried into Y" (the second leg starts at X).

Split from :mod:`claimmap.movement_implicit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Movement, PlaceRef
from claimmap.movement_dark import back_on
from claimmap.movement_onward_in import town_told_in
from claimmap.movement_place_movers import governing_verb
from claimmap.movement_spans import SlotContext, span_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def from_there(
    ctx: SlotContext, trig: Token, earlier: Sequence[Movement], since: int
) -> PlaceRef | None:
    """ "From there, the cargo was moved to Y": the origin is where the telling had got to,
    the last stop of a movement in this sentence or the one before."""
    there = _there_of(trig)
    if there is None and trig.dep_ == "advcl" and trig.head.pos_ == "VERB":
        # "From there, one group was driven to X, while another was taken to Y": a fronted
        # "from there" is said of the clauses coordinated with the one it opens
        fronted = _there_of(trig.head)
        if fronted is not None and fronted.i < trig.head.i:
            head = next((m for m in earlier if m.trigger.start == trig.head.idx), None)
            return head.origin if head is not None else None
    if there is None:
        return fronted_start(trig, earlier)
    if there.lower_ == "there" and there.head.lower_ != "from":
        return None
    span = span_of(ctx.doc, there.idx, there.idx + len(there.text))
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start < since:
            break
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None:
            return PlaceRef(span, last.place_id, last.other_place_ids)
    return None


#: subordinators telling a clause as another part of the movers, told beside the main one
_BESIDE = frozenset({"while", "whereas"})


def fronted_start(trig: Token, earlier: Sequence[Movement]) -> PlaceRef | None:
    """ "From X, most were flown to Y, while 19 were sent on to Z": a "From X" opening the
    sentence is where the part told in the while-clause set off too, not the first part's
    end (also when a "she said" stands between the two clauses)."""
    opening = next((t for t in trig.sent if t.is_alpha), None)
    if opening is None or opening.lower_ != "from" or opening.dep_ != "prep":
        return None
    verb = opening.head
    if trig.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _BESIDE for c in trig.children
    ):
        return None
    if verb.i >= trig.i or not (trig.head == verb or (trig.head == verb.head != verb)):
        return None
    head = next((m for m in earlier if m.trigger.start == verb.idx), None)
    start = head.origin if head is not None else None
    if start is None or not opening.idx < start.span.start < verb.idx:
        return None  # the verb's start is not the words of the opening "From X"
    return start


#: words telling the movers went on from where they were: "moved on to Y", "onward to Y"
_ON_WORDS = frozenset({"on", "onward", "onwards"})
#: verbs that say as much by themselves: "a smaller group continued to Y"
_GO_ON_LEMMAS = frozenset({"continue", "proceed"})


def moved_on(
    trig: Token,
    ends: Sequence[Token],
    earlier: Sequence[Movement],
    since: int,
    ctx: SlotContext | None = None,
) -> PlaceRef | None:
    """ "Part of the cache may have been moved on to Y", "were sent on to Y", "continued
    to Y": "on" told before the end (or a verb of going on) says the movers went on from
    where they were last told to be, the end of the last movement told in this sentence or
    the one before (from ``since``). When that end is no known place ("to a hotel in the
    X quarter"), the one town its sentence tells them in
    (:func:`claimmap.movement_onward_in.town_told_in`), else none. Never the end itself
    ("headed towards X." "One group went on to X"): no hop from X to X."""
    start = _moved_on(trig, ends, earlier, since, ctx)
    if start is None or not ends:
        return start
    end_at = ends[0].idx
    here = {pid for m, pid in ctx.mentions if m.start <= end_at < m.end} if ctx else set()
    if start.place_id in here or start.span.text.casefold() == ends[0].text.casefold():
        return None
    return start


def _moved_on(
    trig: Token,
    ends: Sequence[Token],
    earlier: Sequence[Movement],
    since: int,
    ctx: SlotContext | None,
) -> PlaceRef | None:
    if not ends or back_on(trig):
        return None  # "switched its AIS back on near Y": the switch, not a going on
    told_on = any(
        c.lower_ in _ON_WORDS and c.dep_ in ("prt", "advmod", "prep") and trig.i < c.i < ends[0].i
        for c in trig.children
        if not any(g.dep_ == "pobj" for g in c.children)
    )
    # "may have continued to Y", "... the vehicles were destined for Y": went on, told of
    # the movers themselves (not "a journey that was to continue to Y"), in one paragraph
    went_on = trig.lemma_.lower() in _GO_ON_LEMMAS and not _describes(trig)
    if not (told_on or went_on or _destined_again(trig)):
        return None
    paragraph = 0 if told_on else trig.doc.text.rfind("\n\n", 0, trig.idx) + 1
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start < since:
            return _reached_before(trig, earlier, since, paragraph)
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None and last.place_id is None and ctx is not None:
            return town_told_in(ctx, m, trig)
        if last is not None:
            return last if last.place_id is not None else None
    return _reached_before(trig, earlier, since, paragraph)


def _describes(trig: Token) -> bool:
    """Is the verb (or the verb it is the infinitive of) a clause on a noun ("a journey
    that was meant to continue to Y")?"""
    verb = trig
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ in ("relcl", "acl")


def _destined_again(trig: Token) -> bool:
    """ "the vehicles were destined for Y": movers told of before ("the") given a goal of
    their own, told as a clause, go on to it from where they were last told to be."""
    if trig.lower_ != "destined" or trig.dep_ in ("acl", "amod"):
        return False
    subj = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children
    )


#: how far back (characters) "sent on to Y" may go for where the movers had got to
_ON_CHARS = 1500


def _reached_before(
    trig: Token, earlier: Sequence[Movement], since: int, paragraph: int = 0
) -> PlaceRef | None:
    """ "... before continuing to X." (a paragraph on the flights) "The drones had been sent
    on to Y": with no movement in this sentence or the one before, "on" goes on from the
    last known place a movement told before (not far back) as reached, not one only meant,
    denied or left unresolved; not before ``paragraph`` (where a verb of going on, with no
    "on", must find it)."""
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start >= since:
            continue
        if trig.idx - m.trigger.end > _ON_CHARS or m.trigger.start < paragraph:
            break
        end = m.destination
        if m.mood == "made" and not m.negated and end is not None and end.place_id is not None:
            return end
    return None


#: movers named as people who have just arrived: they set off from where they arrived
_ARRIVALS = frozenset({"arrival", "arrivals", "newcomer", "newcomers"})
#: how far back (characters) the arrival of "the new arrivals" may have been told
_ARRIVED_CHARS = 1500


def arrivals_start(named: Token | None, earlier: Sequence[Movement]) -> PlaceRef | None:
    """ "About 1,800 of the new arrivals had been moved to camps in Y": movers named as the
    ones who arrived set off from where the last movement told before them ended (not far
    back); none when that end is no known place."""
    if named is None or named.lower_ not in _ARRIVALS:
        return None
    for m in reversed(earlier):
        if named.idx - m.trigger.end > _ARRIVED_CHARS:
            break
        if m.destination is not None and m.trigger.end <= named.idx:
            return m.destination if m.destination.place_id is not None else None
    return None


def _there_of(trig: Token) -> Token | None:
    """The "there"/"where" of a "from there" phrase on the verb, if any."""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("advmod", "prt"))]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    words = [*(t for p in preps for t in p.children), *trig.children]
    return next((t for t in words if t.lower_ in lex.THERE_WORDS), None)


def chained_origin(trig: Token, earlier: Sequence[Movement]) -> PlaceRef | None:
    """ "were driven north to X and then carried across the border into Y": a motion verb
    conjoined after another starts where that one ended (X, the place returned), not where
    the movers came from ("objects from Z"); the routes stage joins the two legs."""
    if not earlier:
        return None
    before = earlier[-1]
    head = _went_on_from(trig)
    if head is None:
        return None
    if before.trigger.start != head.idx or trig.i < head.i:
        return None
    last = before.destination or (before.transit[-1] if before.transit else None)
    if last is not None and last.place_id is None and before.destination is None:
        last = before.origin  # "smuggled across the Y and delivered to Z": Y unresolved
    if last is None or last.place_id is None:
        return None
    return last


#: prepositions telling a gerund as the next step: "flown to X before heading on to Y"
_THEN_PREPS = frozenset({"before"})


def _went_on_from(trig: Token) -> Token | None:
    """The motion verb the trigger goes on from: the one it is conjoined to ("driven to X
    and then carried into Y"), or the one whose "before" phrase it heads ("flown to X before
    heading south to Y": the gerund comes next, from X)."""
    if trig.dep_ == "conj":
        return trig.head
    put = _put_on(trig)
    if put is not None and put.dep_ == "conj":
        return put.head  # "driven to X and put on a flight to Y": the flight left X
    verb = governing_verb(trig)  # "trucked to X, smuggled across Y": hung on X or on "trucked"
    if verb is not None and trig.dep_ == "advcl":
        return verb
    if verb is not None and trig.dep_ == "acl" and trig.head.head.lower_ in lex.DEST_PREPS:
        return verb  # (not "driven through a road in X, headed for Y": the road is no end)
    prep = trig.head
    if trig.dep_ == "pcomp" and prep.lower_ in _THEN_PREPS and prep.dep_ == "prep":
        return prep.head
    return None


def _put_on(trig: Token) -> Token | None:
    """The verb of a craft noun the movers were put on or boarded ("put on a chartered
    flight to Y", "boarded a ferry to Y"), if the trigger is one."""
    head = trig.head
    if trig.pos_ != "NOUN":
        return None
    if trig.dep_ == "dobj" and head.lemma_.lower() in (lex.RIDE_VERBS | lex.BOARD_LEMMAS):
        return head
    if trig.dep_ in ("dobj", "pobj") and head.lemma_.lower() == "put":
        return head  # "put on a flight" (the parser reads "on" as a particle)
    if trig.dep_ == "pobj" and head.lower_ in ("on", "onto", "aboard"):
        return head.head if head.head.pos_ == "VERB" else None
    return None


def other_mover(
    trig: Token, named: Token | None, earlier: Sequence[Movement], last: Token | None
) -> bool:
    """ "had flown rescuers to X before heading on to Y": the gerund's subject is not the
    mover of the leg it goes on from, so that leg's end is told as its start."""
    if not earlier or earlier[-1].destination is None:
        return False
    if named is None and _put_on(trig) is not None:
        return True  # "driven to X and put on a flight to Y": the flight names no mover
    if trig.dep_ != "pcomp":
        return False
    return named is None or last is None or named.lemma_.lower() != last.lemma_.lower()


def or_branch(trig: Token) -> bool:
    """Is the trigger a verb coordinated by "or" with the one before it ("crossed into X or
    drifted into Y")? Then it is another way from the same start, not the next step."""
    if trig.dep_ != "conj" or trig.head.i > trig.i:
        return False
    between = trig.doc[trig.head.i + 1 : trig.i]
    cc = [t for t in between if t.dep_ == "cc" and t.head == trig.head]
    return bool(cc) and cc[-1].lower_ == "or" and not any(t.lower_ in _NEXT for t in between)


#: words telling the verb after "or" as a later step all the same
_NEXT = frozenset({"then", "later", "eventually"})


def shared_start(trig: Token, earlier: Sequence[Movement]) -> PlaceRef | None:
    """ "expelled from Z, they crossed into X or drifted into Y": an alternative verb sets
    off where the verb it is the alternative of set off (Z), not from that verb's end."""
    if not earlier or not or_branch(trig):
        return None
    head = trig.head
    before = next((m for m in reversed(earlier) if m.trigger.start == head.idx), None)
    return before.origin if before is not None else None
