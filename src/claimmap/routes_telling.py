"""The telling of routes: which movement goes on from which. The same movers told on in
the next step ("and then", "before", "From there"), a backstory told out of order, a part
or the others of a group, a movement that resumes from a start of its own.

Split from :mod:`claimmap.routes_groups`, which groups movements by their movers.
"""

from __future__ import annotations

import re

from claimmap.model import Movement, PlaceRef
from claimmap.movement_words import THERE_WORDS
from claimmap.routes_groups import PRONOUNS, told_as_part
from claimmap.routes_voyages import (
    cargo_told_on,
    held_between,
    one_of_fleet,
    shared_subject,
    voyage_goes_on,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DEFINITE = re.compile(r"\W*(the|this|that)(\s+[\w-]+){0,2}\s+", re.IGNORECASE)
_THEN_WORDS = _words("then later subsequently afterwards afterward thereafter onward onwards")
_NEW_WORDS = _words("another second third other new")
_PART_WORDS = _words("most many some several few half part")
_COUNT_WORDS = _words("few dozen dozens hundred hundreds thousand thousands")  # "another few"
_AUX_WORDS = _words("had have has were was are is been being then later also reportedly")
_QUOTES = frozenset({'"', "“", "‘", "'"})
_DEPARTURE_STEMS = (
    "left", "leav", "fled", "flee", "deport", "expel", "evacuat", "escap", "depart", "exit",
    "vacat", "abandon",
)  # fmt: skip
_ONWARD_STEMS = ("continu", "proceed", "press")  # "continue south", "proceeded to X"
_NEAR_CHARS = 400  # how far back an onward movement may look for the one it goes on from


def leads_to(m: Movement, later: Movement, text: str = "") -> bool:
    """Told out of order: "crossed X into Y after travelling from A through B", or "They
    entered through Y. The migrants had travelled from A through B" — the movement that
    names no end comes before the one that names no start (in the next sentence, when it
    names its movers as the ones told of and not as a later step)."""
    if m.sentence is None or later.sentence is None:
        return False
    # an unresolved start ("pupils abducted from a school in a village") names no place
    later_start = later.origin is None or _unplaced(later.origin)
    if not (open_end(m) and m.origin is not None and later_start):
        return False
    if _alternative(m, text):
        return False  # "Others were driven west and left near X": other movers, not a backstory
    if m.sentence == later.sentence:
        return later.destination is not None
    next_one = 0 <= m.sentence.start - later.sentence.end <= 3
    return (
        next_one
        and (later.destination is not None or bool(later.transit))
        and (_told_again(m, text) and not _then(m, text))
    )


def _told_again(m: Movement, text: str) -> bool:
    """Are the movers named as ones told of before: "the migrants", "these families", or a
    pronoun standing for a noun in an earlier sentence?"""
    if m.mover is None or m.sentence is None or not text:
        return False
    if m.mover.start < m.sentence.start:
        return True
    before = text[max(m.sentence.start, m.mover.start - 12) : m.mover.start].split()
    return bool(before) and before[-1].lower() in ("the", "these", "those")


def resumes(prev: Movement, m: Movement) -> bool:
    """ "was shipped from X and unloaded in Y before being moved to Z": a movement that goes
    on from a start of its own, in the sentence of one with the same movers that named no
    end, is the next leg of that one. Not when both name the place between and neither is
    resolved ("crossed from A into X and were moving from Y to B"): nothing joins them."""
    return (
        m.sentence is not None
        and m.sentence == prev.sentence
        and m.origin is not None
        and not _start_only(m)
        and open_end(prev)
        and (prev.destination is None or not _unplaced(m.origin))
        and prev.mover is not None
        and prev.mover == m.mover
    )


def _start_only(m: Movement) -> bool:
    """Does the movement name only where it set off ("a first plane took off from X, and
    another was due to leave Y")? Two such departures are two journeys, not one leg."""
    return open_end(m) and not any(t.place_id or t.other_place_ids for t in m.transit)


def _unplaced(ref: PlaceRef) -> bool:
    return ref.place_id is None and not ref.other_place_ids


def open_end(m: Movement) -> bool:
    """Names no place it ended at: no destination, or one that is no place ("crossing the
    Mediterranean from Libya" when the sea is not in the gazetteer)."""
    end = m.destination
    return end is None or (end.place_id is None and not end.other_place_ids)


def continues(prev: Movement, m: Movement, text: str = "") -> bool:
    """Does ``m`` go on from where ``prev`` left off? In one sentence, when ``prev`` names
    no end, or when both are told of the very same words ("trucks crossed into X and then
    drove to Y", conjoined verbs sharing their subject) or told as the next step ("and
    then"); in the next sentence, when it is the same claim, a claimed next step from
    where ``prev`` ended ("the weapons were then transported to Y"), or opens on a definite
    description of the same kind of mover ("A bulk carrier left X. The ship is headed for
    Y"). An unattributed "Then ..." after a quote stays the narrator's, apart."""
    if prev.sentence is None or m.sentence is None:
        return False
    if _then(m, text) and held_between(prev, m, text):
        return True  # "taken to X." "They were held in X ..." "They were then driven to Y"
    if _alternative(m, text) and not _told_onward(m, text):
        return False  # "Others returned via Y": another part of the movers, another way
    same = prev.mover is not None and prev.mover == m.mover
    if not same and _new_mover(m, text):
        return False  # "... before transferring it to a second ship bound for Y"
    if prev.sentence == m.sentence and _apart_ways(prev, m, text):
        return False  # "crossed into X or drifted into Y": another way, not the next step
    if prev.sentence == m.sentence:
        told_on = _then(m, text) or _before(prev, m, text) or _cut_off(prev, m, text)
        told_on = told_on or (told_as_part(m, text) and m.origin is None)
        told_on = told_on or shared_subject(prev, m, text)  # "crossed into B and headed to C"
        return prev.destination is None or same or told_on
    if voyage_goes_on(prev, m, text) or cargo_told_on(prev, m, text) or one_of_fleet(prev, m, text):
        return True  # "... passed through the C Strait." "It was later tracked heading to E"
    if _onward(m, text) and 0 <= m.sentence.start - prev.sentence.end <= _NEAR_CHARS:
        gap = text[prev.sentence.end : m.sentence.start]
        return sum(gap.count(c) for c in ".!?") <= 1  # at most one sentence between
    if not 0 <= m.sentence.start - prev.sentence.end <= 3:
        return False
    if m.claim_id is not None and m.claim_id == prev.claim_id:
        return True
    if same and _from_there(m, text):
        return True  # "... where it passed through X. From there it crossed Y"
    if m.claim_id is None and prev.claim_id is not None and _quoted(prev, text):
        return False  # the narrator after a quote
    if _other_quote(prev, m, text):
        return False  # "... crossed into X, leaders said. "They go back to Y," said another"
    if same and not open_end(prev):
        return True  # "... crossed into X." then "Most (of them) arrived in Y"
    if same and _then(m, text) and any(t.place_id for t in prev.transit):
        return True  # "... crossed the border at X." "It then travelled through Y": from X
    if same and _way_only(prev) and m.mover is not None and m.mover.start < m.sentence.start:
        return True  # "The ship called at X before crossing Z." "It docked in Y"
    if prev.origin is not None and not prev.transit and open_end(prev) and _departs(prev, text):
        return True  # "Afghans were deported from X." then "Most of them crossed into Y"
    if m.claim_id is not None and not open_end(prev) and _then(m, text):
        return True  # "... to X," a report says. "... were then moved to Y," says another
    if (
        m.claim_id is None
        and m.origin is None
        and not open_end(prev)
        and _named_again(prev, m, text)
    ):
        return True  # "12 migrants were taken to X." "A court ordered the migrants returned"
    opening = text[m.sentence.start : m.mover.start] if m.mover and text else ""
    return prev.mover is not None and _DEFINITE.fullmatch(opening) is not None


def _way_only(m: Movement) -> bool:
    """Does the movement tell only a stretch crossed ("before crossing the Atlantic"): no
    start and no end, a way the movers were on when the next sentence takes them on?"""
    return m.origin is None and m.destination is None and bool(m.transit)


def _from_there(m: Movement, text: str) -> bool:
    """Does ``m`` set off from "there": where the telling before had got to?"""
    start = m.origin
    return start is not None and text[start.span.start : start.span.end].lower() in THERE_WORDS


def _named_again(prev: Movement, m: Movement, text: str) -> bool:
    """Are ``m``'s movers named again by the very noun of ``prev``'s, with "the", "these" or
    "those" ("Twelve migrants were taken to X." "A court ordered that the migrants be
    returned to Y"): the movers told of, moved on from where they were left? Only in the
    narrator's own news: another teller's end is a hop inferred, not told."""
    if prev.mover is None or m.mover is None or not text:
        return False
    noun = m.mover.text.lower().split()[-1]
    if noun != prev.mover.text.lower().split()[-1] or noun in PRONOUNS:
        return False
    before = text[max(0, m.mover.start - 12) : m.mover.start].lower().split()
    return bool(before) and before[-1] in ("the", "these", "those")


def _other_quote(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m`` told in a quote of another teller after a claim told in reported speech?
    The quote tells its own story, unless it says it goes on ("then")."""
    quote = _quoted(m, text) and not _quoted(prev, text)
    return prev.claim_id is not None and quote and not _then(m, text)


def part_of_movers(m: Movement, text: str) -> bool:
    """Is the movement told of a part of the movers before: "Most of them arrived", "Many
    were moved" (but not "Some 400 refugees", a count)?"""
    if not text or m.sentence is None:
        return False
    words = text[m.sentence.start : m.trigger.start].lower().replace(",", " ").split()
    if not words or words[0] not in _PART_WORDS:
        return False
    return words[1:2] == ["of"] or all(w in _AUX_WORDS for w in words[1:])


def _alternative(m: Movement, text: str) -> bool:
    """Is the movement told of "others" (or "the rest", "the remaining", "another 200") of
    the movers, apart from those told of before?"""
    if not text or m.sentence is None:
        return False
    before = text[m.sentence.start : m.trigger.start].lower().replace(",", " ").split()
    counted = any(
        w == "another" and (n.isdigit() or n in _COUNT_WORDS)
        for w, n in zip(before, [x.replace(",", "") for x in before[1:]], strict=False)
    )
    rest = {"others", "rest", "remaining", "remainder"} & set(before)  # "The remaining workers"
    return bool(rest) or counted


def told_of_others(m: Movement, text: str) -> bool:
    """Is the movement told of "others" (or "the rest") of the movers, apart from those told
    of before ("Others were driven west and left near X")?"""
    return _alternative(m, text)


def _told_onward(m: Movement, text: str) -> bool:
    """ "while others took trains onward to Y": "onward" says these movers went on from
    where the others got to, even when they are another part of them."""
    if not text or m.destination is None or m.destination.span.start < m.trigger.end:
        return False
    between = text[m.trigger.end : m.destination.span.start].lower().split()
    return any(w in ("onward", "onwards") for w in between)


def _new_mover(m: Movement, text: str) -> bool:
    """Is the mover brought in as another one ("a second ship", "another boat"), not the
    one told of before?"""
    if m.mover is None or not text:
        return False
    before = text[max(0, m.mover.start - 20) : m.mover.start].lower().split()[-2:]
    return bool(before) and (before[-1] in _NEW_WORDS or before[0] in ("a", "an", "another"))


def _quoted(m: Movement, text: str) -> bool:
    """Is the movement told in a sentence that opens with a quotation mark?"""
    return m.sentence is not None and text[m.sentence.start : m.sentence.start + 1] in _QUOTES


def _departs(m: Movement, text: str) -> bool:
    """Is the movement told as setting off ("left", "fled", "were deported from"), not as
    where the movers hail from ("the fighters came from X")?"""
    word = text[m.trigger.start : m.trigger.end].lower() if text else ""
    return word.startswith(_DEPARTURE_STEMS)


def _onward(m: Movement, text: str) -> bool:
    """Is the movement told as going on ("continue south to X", "proceeded to Y")?"""
    word = text[m.trigger.start : m.trigger.end].lower() if text else ""
    return word.startswith(_ONWARD_STEMS)


def _apart_ways(prev: Movement, m: Movement, text: str) -> bool:
    """Two movements of one sentence told as other ways, not one after the other: verbs
    joined by "or", two counted parts ("two carriers bound for X and three heading to
    Y"), or a way taken "instead" of a meant one ("was to go through X, but was sent via
    Y instead")."""
    onward = _then(m, text) or _on_from(m, text)
    if _or_verb(prev, m, text) or (_counted_apart(prev, m) and not onward):
        return True
    assert m.sentence is not None
    rest = text[prev.trigger.end : m.sentence.end].lower().replace(",", " ").split()
    return prev.mood != "made" and "instead" in [w.strip(".\"'") for w in rest]


def _on_from(m: Movement, text: str) -> bool:
    """ "several hundred travelled on to Y": "on" after the verb goes on from before."""
    if m.destination is None or m.destination.span.start < m.trigger.end:
        return False
    between = text[m.trigger.end : m.destination.span.start].lower().split()
    return any(w in ("on", "onward", "onwards") for w in between)


def _counted_apart(prev: Movement, m: Movement) -> bool:
    """Are the two movements told of counts of their own ("two carriers bound for X and
    three heading to Y")? Then they are two parts of the movers, each with its own end."""
    a, b = prev.quantity, m.quantity
    return a is not None and b is not None and a.span != b.span and a.value != b.value


def _or_verb(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m``'s verb told right after an "or" following ``prev``'s ("crossed into X or
    drifted into Y")?"""
    between = text[prev.trigger.end : m.trigger.start].lower().replace(",", " ").split()
    return bool(text) and prev.trigger.end <= m.trigger.start and "or" in between[-2:]


def _before(prev: Movement, m: Movement, text: str) -> bool:
    """ "transferred it to another vessel off X before the oil was delivered to Y": a
    movement told in a clause after "before" is the next step of the one before it."""
    between = text[prev.trigger.end : m.trigger.start].lower().replace(",", " ").split()
    return bool(text) and prev.trigger.end <= m.trigger.start and "before" in between


def _cut_off(prev: Movement, m: Movement, text: str) -> bool:
    """ "was heading for X when it was stopped and taken to Y": the movers of a journey
    cut short are the ones moved after it, in the when-clause that cuts it short."""
    between = text[prev.trigger.end : m.trigger.start].lower().replace(",", " ").split()
    return prev.mood == "intended" and prev.trigger.end <= m.trigger.start and "when" in between


def then_step(m: Movement, text: str) -> bool:
    """Is the movement told as the next step ("were then moved")?"""
    return _then(m, text)


def _then(m: Movement, text: str) -> bool:
    """Is the movement told as the next step ("were then transported", "and later driven")?"""
    if not text or m.sentence is None:
        return False
    before = text[m.sentence.start : m.trigger.start].lower().split()[-3:]
    return any(w.strip(",") in _THEN_WORDS for w in before)
