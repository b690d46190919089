"""Journeys told in halves across sentences: "A boat carrying 140 refugees landed in X." ...
"The refugees said they had left camps in Y." One movement names only where the movers
ended, another only where they set off; told of the same movers, the two make one
*inferred* leg Y → X, backed by both claims.

The same movers: the same head noun ("refugees" ... "the refugees"), or a later half that
refers back (a pronoun standing for the movers of the other half, or a definite phrase of
the same kind, "some of the passengers"). Never counted differently ("140 refugees" ...
"1,500 refugees"), never told in an order that says the start came after the end ("landed
in X. They later left Y"). Negated and denied movements never reach here.

Split from :mod:`claimmap.routes` (which makes the legs) to keep the pairing rules apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimmap.model import Movement, PlaceRef
from claimmap.movement_cargo_ref import cargo_of
from claimmap.movement_words import singular
from claimmap.routes_convoys import same_convoy
from claimmap.routes_groups import MOVER_KINDS
from claimmap.routes_telling import told_of_others

#: how far apart (in characters) the two halves may be told
NEAR_CHARS = 1200
_DEFINITE = re.compile(
    r"(?:\b(?:some|many|most|all|several|few|half|each|none|one|two|three|\d[\d,]*)\s+of\s+)?"
    r"\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CARRIED = re.compile(r"\s+(?:carrying|transporting|ferrying|with)\s+([^,.;()]{1,60})")
_LATER = frozenset(
    ["then", "later", "subsequently", "afterwards", "afterward", "thereafter", "eventually"]
)
_EARLIER = frozenset(["earlier", "previously", "first", "before"])
#: words for one kind of craft: a definite phrase of one names the craft told of before
_CRAFTS = (
    MOVER_KINDS["vessels"],
    # "Three flights left X." "Two of the planes stopped in Y": a flight is told of its plane
    frozenset(
        [
            "aircraft",
            "plane",
            "airplane",
            "aeroplane",
            "jet",
            "airliner",
            "helicopter",
            "chopper",
            "flight",
        ]
    ),
)
#: words for the people a craft carries, whatever the craft was told to carry
_ABOARD = frozenset(["passenger", "occupant"])


def told_before(m: Movement, pool: Sequence[Movement]) -> Movement | None:
    """The pool's nearest movement told before ``m`` (within :data:`NEAR_CHARS`), in an
    earlier sentence, not negated."""
    earlier = [
        x
        for x in pool
        if x.trigger.start < m.trigger.start
        and m.trigger.start - x.trigger.start <= NEAR_CHARS
        and x.sentence != m.sentence
        and not x.negated
    ]
    return max(earlier, key=lambda x: x.trigger.start, default=None)


def craft(word: str) -> bool:
    """Is the (singular) word a kind of craft: a ship, a boat, a plane?"""
    return any(word in kind for kind in _CRAFTS)


def resolved(ref: PlaceRef | None) -> bool:
    return ref is not None and (ref.place_id is not None or bool(ref.other_place_ids))


def start_half(m: Movement) -> bool:
    """Names where the movers set off, and neither a stop nor an end."""
    return resolved(m.origin) and m.destination is None and not any(map(resolved, m.transit))


def end_half(m: Movement) -> bool:
    """Names where the movers ended, and neither a start nor a stop of its own."""
    return resolved(m.destination) and m.origin is None and not any(map(resolved, m.transit))


def way_half(m: Movement) -> bool:
    """Names no start but the way the movers went ("flew over X and Y before reaching Z"):
    the start told in another sentence goes on to its first stop. Told of the very movers
    only (the same head noun or a pronoun for them): "the drone" is no other "missile"."""
    return m.origin is None and any(map(resolved, m.transit))


def first_stop(m: Movement) -> PlaceRef | None:
    """Where a half with no start first takes the movers: its first resolved stop on the
    way, else its end."""
    return next((t for t in m.transit if resolved(t)), m.destination)


def halves(
    movements: Sequence[Movement],
    joined: set[str],
    text: str,
    kind: Callable[[Movement], str | None],
    pool: Sequence[Movement] = (),
    started: frozenset[str] = frozenset(),
) -> list[tuple[Movement, Movement]]:
    """(start half, end half) pairs told of the same movers, each start half with the end
    half nearest to it; an end half may name the way instead of the end (:func:`way_half`).
    ``joined``: ids of movements already in a stated leg (a start half among them has its
    end). ``kind``: the kind of mover a movement names. ``pool``: the article's other
    movements, whose end halves may be told of another kind of mover (a boat carrying the
    refugees). ``started``: ids of way halves whose journey already reached their first stop
    from a start of its own (they need no other start)."""
    told = dict.fromkeys([*movements, *pool])
    ends = [m for m in told if end_half(m) or (way_half(m) and m.id not in started)]
    out: list[tuple[Movement, Movement]] = []
    for start in movements:
        if start.id in joined or not start_half(start):
            continue
        fits = [
            e
            for e in ends
            if e.id != start.id
            and (not way_half(e) or _sets_off(start, text))
            and _pair(start, e, text, kind, e in movements and not way_half(e))
            and not _between(start, e, movements, text, kind)
            and not _nearer_goods(start, e, list(told), text)
        ]
        if fits:
            best = min(fits, key=lambda e: abs(e.trigger.start - start.trigger.start))
            out.append((start, _first_step(best, fits)))
    return out


def _first_step(end: Movement, fits: Sequence[Movement]) -> Movement:
    """The first end told in ``end``'s sentence among the ends that fit the start ("shipping
    them to X before moving them by rail to Y." "The troops had left Z": Z → X, the first
    step, not Z → Y past X), when that sentence tells a start of its own for none of them."""
    if end.sentence is None:
        return end
    same = [e for e in fits if e.sentence == end.sentence and end_half(e)]
    return min(same, key=lambda e: e.trigger.start) if end_half(end) and same else end


def _sets_off(m: Movement, text: str) -> bool:
    """Is the start told as setting off ("were launched from X", "left X"), not as where
    the movers hail from ("the fighters came from X": no start of a way told apart)?"""
    word = text[m.trigger.start : m.trigger.end].lower()
    return not word.startswith(_HAIL_STEMS)


#: verbs telling where the movers are from rather than where they set off
_HAIL_STEMS = ("come", "came", "coming", "hail", "originat")


def _pair(
    start: Movement,
    end: Movement,
    text: str,
    kind: Callable[[Movement], str | None],
    one_kind: bool,
) -> bool:
    if abs(start.trigger.start - end.trigger.start) > NEAR_CHARS:
        return False
    if start.sentence is not None and start.sentence == end.sentence:
        return False  # one sentence: the journey stage reads how its clauses join
    first, later = sorted((start, end), key=lambda m: m.trigger.start)
    if told_of_others(later, text):
        return False  # "... bused them to X. Others were left near Y": other movers
    return (
        _same_movers(first, later, text, kind if one_kind else lambda m: None)
        and (_counts_agree(start, end) or _part_counted(first, later, text))
        and not _out_of_order(start, end, later, text)
    )


def _between(
    start: Movement,
    end: Movement,
    movements: Sequence[Movement],
    text: str,
    kind: Callable[[Movement], str | None],
) -> bool:
    """Is a movement of other movers told between the halves ("4,000 people boarded boats
    from X." "From Y, migrants walk ... Authorities then bus them to Z": "them" are the
    migrants, not the people)? Movers of the same kind ("the vessels" ... "the ships") are
    no others."""
    first, later = sorted((start, end), key=lambda m: m.trigger.start)
    told = _heads(first, text)
    same = kind(first)
    return any(
        first.trigger.start < m.trigger.start < later.trigger.start
        and m.sentence not in (first.sentence, later.sentence)
        and m.mover is not None
        and m.mover != first.mover
        and not (_heads(m, text) & told)
        and (same is None or same.startswith("name:") or kind(m) != same)
        for m in movements
    )


def _nearer_goods(
    first: Movement, later: Movement, movements: Sequence[Movement], text: str
) -> bool:
    """Does a cargo word ("the shipment") in ``later`` stand for goods told between the
    halves rather than for ``first``'s? "Pills smuggled from A" (headline) ... "the drugs
    were ferried into B" ... "the shipment was brought to C": the shipment is the drugs
    last told of, so the start is theirs (B), not the headline's A."""
    first, later = sorted((first, later), key=lambda m: m.trigger.start)
    head = _head(later)
    if head is None or head in _heads(first, text) or not cargo_of(head, _heads(first, text)):
        return False
    return any(
        first.trigger.start < m.trigger.start < later.trigger.start
        and m.sentence != first.sentence
        and resolved(m.destination)
        and cargo_of(head, _heads(m, text))
        for m in movements
    )


def _head(m: Movement) -> str | None:
    if m.mover is None:
        return None
    words = re.findall(r"[a-z-]+", m.mover.text.lower().split(",")[0])
    return singular(words[-1]) if words else None


def _heads(m: Movement, text: str = "") -> set[str]:
    """Every noun that may head the mover phrase ("a boat carrying refugees, most of them
    women": boat, refugees, women), and the words of what a vehicle is told to carry right
    after it ("a dinghy carrying 60 migrants landed": the parse may leave them out)."""
    if m.mover is None:
        return set()
    parts = re.split(r",|\band\b|\bor\b|\bcarrying\b|\bwith\b", m.mover.text.lower())
    heads = {singular(w[-1]) for p in parts if (w := re.findall(r"[a-z-]+", p))}
    carried = _CARRIED.match(text, m.mover.end) if text else None
    if carried:
        heads |= {singular(w) for w in re.findall(r"[a-z-]+", carried.group(1).lower())[:6]}
    return heads


def _same_movers(
    first: Movement, later: Movement, text: str, kind: Callable[[Movement], str | None]
) -> bool:
    """Is ``later`` told of the movers of ``first``: the same words (a pronoun resolved to
    them), the same head noun named again as ones told of, or a definite phrase of the same
    kind of mover?"""
    if first.mover is None or later.mover is None:
        return False
    if later.mover == first.mover or _inside(later.mover.start, first.mover):
        return True  # a pronoun standing for the very movers named before
    before = text[max(0, later.mover.start - 40) : later.mover.start]
    told_before = later.sentence is not None and later.mover.start < later.sentence.start
    definite = told_before or _DEFINITE.search(before) is not None
    if not definite:  # "Migrants arrive in X" ... "migrants from Y": movers in general
        return _lead(first, later, text, kind)
    head = _head(later)
    if head is not None and head in _heads(first, text):
        return True
    if same_convoy(head, _heads(first, text)):
        return True  # "the convoy left X" ... "the vehicles crossed into Y"
    if end_half(later) and cargo_of(head, _heads(first, text)):
        return True  # "the coal is loaded in X" ... "the cargo was unloaded at Y"
    if head in _ABOARD and first.mover is not None and _CARRIED.match(text, first.mover.end):
        return True  # "a trawler carrying 46 people was intercepted" ... "the passengers"
    if head is not None and any(head in craft and _heads(first, text) & craft for craft in _CRAFTS):
        return True  # "two military aircraft landed in X" ... "the planes flew in from Y"
    if head is not None and _craft_of_cargo(first, later, head, text):
        return True  # "14 containers had left X." "The ship called at Y": the ship carrying them
    same_kind = kind(first)
    return same_kind is not None and not same_kind.startswith("name:") and same_kind == kind(later)


#: cargo a craft carries: a definite craft first told right after its departure carried it
_CARGO = frozenset(MOVER_KINDS["goods"] | {"container", "consignment", "load", "freight"})


def _craft_of_cargo(first: Movement, later: Movement, head: str, text: str) -> bool:
    """Is ``later`` told of "the ship" (a craft named for the first time, with "the") in
    the sentence right after cargo set off in ``first``: the craft that carried it?"""
    if not craft(head) or not (_heads(first, text) & _CARGO):
        return False
    if first.sentence is None or later.sentence is None or later.mover is None:
        return False
    if not 0 <= later.sentence.start - first.sentence.end <= 3:
        return False
    told = text[: later.mover.start].lower()
    return re.search(rf"\b{re.escape(head)}s?\b", told) is None


def other_movers(
    first: Movement, later: Movement, text: str, kind: Callable[[Movement], str | None]
) -> bool:
    """Are the two movements told of other movers: both named, by no head noun in common,
    and ``later`` neither refers back to ``first``'s movers (a pronoun, a definite phrase
    of their kind) nor names them by a bare word ("most", "they")? "Its troops were flown
    to X" ... "small groups of fighters left X": two sides of a war, not one journey."""
    if first.mover is None or later.mover is None or _goes_on(later, text):
        return False
    heads = _heads(later, text)
    if heads & _heads(first, text) or heads & _BARE or not heads:
        return False
    return not _same_movers(first, later, text, kind)


def _goes_on(m: Movement, text: str) -> bool:
    """Is the movement told as going on from where the telling had got to ("From there,
    the ammunition travels to Y", "the goods were then moved to Y")?"""
    start = m.origin.span.text.lower() if m.origin is not None else ""
    if start in ("there", "thence", "here"):
        return True
    before = text[m.sentence.start if m.sentence else m.trigger.start : m.trigger.start]
    return bool(_LATER & {w.strip(",;") for w in before.lower().split()[-3:]})


#: words that name movers only by pointing back at ones told of before
_BARE = frozenset(
    [
        "they",
        "them",
        "we",
        "he",
        "she",
        "it",
        "who",
        "which",
        "some",
        "most",
        "many",
        "several",
        "few",
        "all",
        "others",
        "other",
        "rest",
        "both",
        "none",
        "one",
    ]
)


def _lead(
    first: Movement, later: Movement, text: str, kind: Callable[[Movement], str | None]
) -> bool:
    """ "Residents flee X as fire nears" (the headline or the opening sentence) ... "Flights
    took evacuees to A": people told in the lead to leave a place are the people of the same
    kind the story later tells to be carried off; the lead sets the story's one exodus."""
    if first.sentence is None or any(c in text[: first.sentence.start] for c in ".!?"):
        return False
    word = text[first.trigger.start : first.trigger.end].lower()
    leaving = word.startswith(_LEAVING_STEMS) and first.origin is not None
    return leaving and kind(first) == kind(later) == "displaced"


#: verbs of leaving a place whose object or source is where the movers set off
_LEAVING_STEMS = ("flee", "fled", "evacuat", "leav", "left", "escap", "abandon")


def _inside(pos: int, span: object) -> bool:
    return getattr(span, "start", 0) <= pos < getattr(span, "end", 0)


def _counts_agree(a: Movement, b: Movement) -> bool:
    """Both counted: the same number, or near it when either count is a bound."""
    if a.quantity is None or b.quantity is None:
        return True
    x, y = a.quantity.value, b.quantity.value
    if "exact" == a.quantity.bound == b.quantity.bound:
        return x == y
    return abs(x - y) <= 0.25 * max(x, y)


def _part_counted(first: Movement, later: Movement, text: str) -> bool:
    """ "Three flights left X." "Two of the planes stopped in Y": a smaller count told as
    a part of the movers before ("N of the ...", "N of them") is those movers all the same."""
    a, b = first.quantity, later.quantity
    if a is None or b is None or b.value >= a.value:
        return False
    after = text[b.span.end : b.span.end + 12].lower().split()
    return after[:1] == ["of"] and after[1:2] in (["the"], ["them"], ["these"], ["those"])


def _out_of_order(start: Movement, end: Movement, later: Movement, text: str) -> bool:
    """Does the text say the movers set off after they ended ("landed in X. They later left
    Y") or ended before they set off ("left Y. They had earlier reached X")?"""
    if later.sentence is None:
        return False
    words = {
        w.strip(",;") for w in text[later.sentence.start : later.trigger.start].lower().split()
    }
    if later is start:
        return bool(words & _LATER)
    return bool(words & _EARLIER)
