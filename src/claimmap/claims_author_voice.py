"""The writer's own voice: "I think it is likely …", "I have been watching her since …".

An "I" outside any quotation is the author of the piece (an opinion column, an analyst's
thread), not the person the text named last: the spokesman quoted in the paragraph before
never wrote "I find that hard to square". The author is the handle the byline gives
("X (@ShipSpotter)"), else "author"; where the piece has a dateline ("PARIS —") that is
where the author writes from, and so the claim's seat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_frame_asides import framed
from claimmap.claims_quotes import quote_regions
from claimmap.claims_speaker_tags import answer_regions
from claimmap.claims_tokens import RawClaim, text
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Document, Place

#: (``framed`` is re-exported: the pipeline reads the writer's frame in one place)
__all__ = ["author_actor", "authors_voice", "framed", "writer_frame"]

_FIRST_PERSON = frozenset({"i"})
#: A handle in the byline: "X (@ShipSpotter)", "@ShipSpotter on X".
_HANDLE = re.compile(r"@\w{2,30}")


def writer_frame(
    raws: Sequence[RawClaim],
    actors: Sequence[Actor | None],
    parsed: Doc,
    doc: Document,
    places: Sequence[Place],
) -> tuple[list[RawClaim], list[Actor | None]]:
    """The claims and their actors as the frame of the piece sets them: the writer's own
    "I", and each item's dateline (its seat for an unplaced speaker, its agency credit for
    a roundup's claims; see ``claims_item_datelines``)."""
    from claimmap.claims_item_datelines import dateline_outlets, placed_by_dateline
    from claimmap.claims_speaker_tags import turn_voices
    from claimmap.claims_verdicts import verdict_voice

    voiced = turn_voices(raws, authors_voice(raws, actors, parsed, doc, places), parsed, places)
    voiced = verdict_voice(raws, voiced, parsed, doc, places)  # "VERDICT: FALSE": the checker's
    seated = placed_by_dateline(raws, voiced, parsed, places)
    credits = dateline_outlets(raws, parsed, places)
    framed_raws = [
        replace(raw, outlet=credit) if credit is not None else raw
        for raw, credit in zip(raws, credits, strict=True)
    ]
    return framed_raws, seated


def authors_voice(
    raws: Sequence[RawClaim],
    actors: Sequence[Actor | None],
    parsed: Doc,
    doc: Document,
    places: Sequence[Place],
) -> list[Actor | None]:
    """``actors``, with the author for each claim whose claimant is an "I" outside quotes."""
    body = text(parsed)
    quotes = quote_regions(body) + answer_regions(parsed)  # (an interviewee's "I" is theirs)
    out = list(actors)
    author: Actor | None = None
    for n, raw in enumerate(raws):
        if (
            raw.claimant is None
            or body[raw.claimant[0] : raw.claimant[1]].lower() not in _FIRST_PERSON
        ):
            continue
        if any(lo <= raw.claimant[0] < hi for lo, hi in quotes):
            continue  # '"I saw them," she said': the speaker's own "I"
        author = author or author_actor(parsed, doc, places)
        out[n] = author
    return out


def author_actor(parsed: Doc, doc: Document, places: Sequence[Place]) -> Actor:
    """The writer of ``doc``: the byline's handle or "author", placed at the dateline."""
    from claimmap.claims_actor_datelines import dateline_city

    handle = _HANDLE.search(doc.outlet or "")
    city = dateline_city(parsed, places)
    return Actor(
        name=handle[0] if handle else "author",
        kind="person",
        role="author",
        located=city.name if city is not None else None,
    )
