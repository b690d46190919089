"""Two ways out told as alternatives, and a voyage told on after the claim that began it.

"The tankers then sailed through the Dardanelles or directly out of Izmir, passed Crete
and unloaded in Benghazi": the strait and the port are two starts of one voyage, each
going on past Crete to Benghazi, not a hop from Izmir to the strait. The parse gives the
port as the start and the strait as a stop on the way; the movements of that sentence
that start at the port are each told again from the strait, without the strait as a
stop, and a bare start → end movement that another movement of the sentence tells with
its stops is dropped (it is the same voyage, told coarser).

"According to the manifests, the fuel was trucked to X. They then sailed ...": a
sentence that goes on with "then" from the movement told in the sentence right before
is told on the same authority, when that authority is given as "according to" (a
speaker's quotation ends where the quotation marks do).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Claim, Movement, PlaceRef
from claimmap.movement_ids import renumbered

#: between a stop and the start told as its alternative: "... or (directly) out of ..."
_OR_START = re.compile(
    r"^[ \t]*,?[ \t]+or[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:out[ \t]+of|from)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: the cue of a claim told on a source's authority rather than in its words
_ACCORDING = re.compile(r"according\b|as\s+(?:shown|listed|recorded)\b", re.IGNORECASE)
#: a sentence that goes on from the one before: "They then ...", "Then the ships ..."
_THEN = re.compile(r"^(?:then\b|(?:they|it|the[ \t]+\w+)[ \t]+then\b)", re.IGNORECASE)


def or_starts(movements: Sequence[Movement], text: str) -> list[Movement]:
    """``movements`` with the starts told as alternatives of a stop read as two starts
    (see module doc); ids renumbered when any changed."""
    if " or " not in text:
        return list(movements)
    out = list(movements)
    for m in movements:
        alt = _alternative(m, text)
        if alt is not None:
            out = _split(out, m, alt)
    if len(out) == len(movements) and all(a is b for a, b in zip(out, movements, strict=True)):
        return out
    return renumbered(out)


def _alternative(m: Movement, text: str) -> PlaceRef | None:
    """The stop of ``m`` told right before its start as its alternative ("through X or
    directly out of Y"), else None."""
    if m.origin is None or m.origin.place_id is None:
        return None
    for stop in m.transit:
        if (
            stop.place_id is not None
            and stop.span.end <= m.origin.span.start
            and _OR_START.match(text[stop.span.end : m.origin.span.start])
        ):
            return stop
    return None


def _split(out: list[Movement], m: Movement, alt: PlaceRef) -> list[Movement]:
    assert m.origin is not None
    start = m.origin.span
    same = [x for x in out if x.sentence == m.sentence and x.origin and x.origin.span == start]
    result: list[Movement] = []
    for x in out:
        if x not in same:
            result.append(x)
            continue
        kept = tuple(t for t in x.transit if t.span != alt.span)
        result.append(dataclasses.replace(x, transit=kept))
        result.append(dataclasses.replace(x, origin=alt, transit=kept))
    return [x for x in result if not _coarser(x, result)]


def _coarser(m: Movement, movements: Sequence[Movement]) -> bool:
    """Is ``m`` a bare start → end of its sentence that another movement there tells with
    stops between the same two places?"""
    if m.transit or m.origin is None or m.destination is None:
        return False
    return any(
        o is not m
        and o.sentence == m.sentence
        and o.transit
        and o.origin is not None
        and o.origin.place_id == m.origin.place_id
        and o.destination is not None
        and o.destination.place_id == m.destination.place_id
        for o in movements
    )


def then_claims(
    movements: Sequence[Movement], text: str, claims: Sequence[Claim]
) -> list[Movement]:
    """Movements with no claim, in a sentence opening with "then" ("They then sailed"),
    take the claim of the movement told in the sentence right before when that claim
    is told "according to" its source (see module doc): a paraphrase of records goes
    on, a speaker's words end with the quotation."""
    according = {c.id for c in claims if c.cue is not None and _ACCORDING.match(c.cue.text)}
    if not according:
        return list(movements)
    out = list(movements)
    for n, m in enumerate(out):
        if m.claim_id is not None or m.sentence is None or n == 0:
            continue
        if not _THEN.match(text[m.sentence.start : m.trigger.start]):
            continue
        before = [x for x in out[:n] if x.sentence is not None and x.sentence != m.sentence]
        last = before[-1] if before else None
        if last is None or last.claim_id not in according or last.sentence is None:
            continue
        if text[last.sentence.end : m.sentence.start].strip():
            continue  # not the sentence right before
        out[n] = dataclasses.replace(m, claim_id=last.claim_id)
    return out
