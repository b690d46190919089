"""The dateline a claim is filed under, item by item: a briefs roundup ("ASUNCIÓN,
Paraguay (AP) — …", then "MANILA (Reuters) — …") is several stories in one text.

In a roundup (two datelines or more), a speaker an item names with no seat of its own
("the National Anti-Drug Secretariat (SENAD)" under "ASUNCIÓN, Paraguay (AP) —") most
likely spoke where its item was filed: the item's dateline city is its weak seat ("spoke
in", the same standing as "told reporters in X"), never the first item's; and each item's
agency credit ("(AP)") is the outlet its claims reached the reader through, where the
claim names none. A single story's dateline seats no one: the data firm or the lab it
quotes sits elsewhere.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors import SPOKE_IN, seat_of
from claimmap.claims_tokens import Offsets, RawClaim, memo, text
from claimmap.datelines import find_datelines

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Actor, Place

__all__ = ["dateline_outlets", "placed_by_dateline"]

#: Speakers a dateline may seat: named ones ("unknown" is "many", "the report", …).
_SEATED = frozenset({"person", "organisation", "government"})
#: words of a local office: "the county governor" sits in the county the item tells of,
#: not in the capital it was filed from
_LOCAL_OFFICE = re.compile(
    r"\b(?:county|counties|province|provincial|district|municipal|municipality|regional|"
    r"local|governor|mayor|village|town)\b",
    re.IGNORECASE,
)


def placed_by_dateline(
    raws: Sequence[RawClaim],
    actors: Sequence[Actor | None],
    parsed: Doc,
    places: Sequence[Place],
) -> list[Actor | None]:
    """``actors``, an unplaced named one seated where its item was filed from."""
    items = _items(parsed, places)
    out = list(actors)
    if len(items) < 2:  # one story: its dateline is where the reporter filed from, and an
        return out  # unplaced source there may well sit elsewhere (a data firm, a lab)
    starts = [start for start, _, _ in items]
    for n, (raw, actor) in enumerate(zip(raws, actors, strict=True)):
        if actor is None or actor.kind not in _SEATED or actor.located or actor.country_code:
            continue
        if raw.outlet is not None or raw.frame == "document":
            continue  # told a medium ("the Herald, citing an agent"), or published imagery
        if seat_of(actor).precision != "unplaced":
            continue  # "UNHCR spokesperson X": Geneva, where the agency sits
        if _LOCAL_OFFICE.search(actor.name):
            continue  # "the county governor": of the county, not the dateline's capital
        at = bisect.bisect_right(starts, raw.cue[0]) - 1
        city = items[at][1] if at >= 0 else None
        if city is not None:
            out[n] = replace(actor, located=f"{SPOKE_IN}{city.name}")
    return out


def dateline_outlets(
    raws: Sequence[RawClaim], parsed: Doc, places: Sequence[Place]
) -> list[Offsets | None]:
    """Per claim, the agency credit of its item's dateline in a roundup (two datelines or
    more), else ``None``."""
    items = _items(parsed, places)
    if len(items) < 2:
        return [None] * len(raws)
    starts = [start for start, _, _ in items]
    out: list[Offsets | None] = []
    for raw in raws:
        at = bisect.bisect_right(starts, raw.cue[0]) - 1
        out.append(items[at][2] if at >= 0 and raw.outlet is None else None)
    return out


def _items(parsed: Doc, places: Sequence[Place]) -> list[tuple[int, Place | None, Offsets | None]]:
    """(where the item starts, its dateline city, its agency credit), in text order."""

    def read() -> list[tuple[int, Place | None, Offsets | None]]:
        from claimmap.nlp import paragraph_starts

        body = text(parsed)
        lines = find_datelines(body, [parsed[i].idx for i in paragraph_starts(parsed)])
        out = []
        for line in lines:
            if line.kicker or line.colon or not line.names:
                continue
            first = line.names[0]
            city = next(
                (
                    p
                    for p in places
                    if p.kind == "city" and any(m.start == first[0] for m in p.mentions)
                ),
                None,
            )
            out.append((line.span[0], city, line.outlet))
        return out

    return memo(parsed, "item_datelines", read)
