"""The dateline a story is filed under: "NAIROBI - Kenyan police ...", "QUETTA /
PESHAWAR:", "AMRITSAR: A US military aircraft ...". An office the story names without a
country is most likely of the country it is reported from.

Split from :mod:`claimmap.claims_actor_countries` (the country the text gives a claimant).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_tokens import blank_lines_before, text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Place


#: What follows the city a story opens on in a dateline: "Kathmandu, Jan 5 --", "QUETTA /
#: PESHAWAR:", "BANDA ACEH, Indonesia (AP) —".
_DATELINE_END = re.compile(r"\s*(?:,|/|\(|--|—|–|:|-\s)")


def dateline_city(doc: Doc, places: Sequence[Place]) -> Place | None:
    """The one city a story is filed from ("TBILISI (Reuters) -"): the city opening its
    first dateline line, where that line names one only."""
    full = text(doc)
    found: dict[int, list[Place]] = {}
    for place in (p for p in places if p.kind == "city"):
        for m in place.mentions:
            line = full.rfind("\n", 0, m.start) + 1
            early = m.start - line < 40 and blank_lines_before(doc, m.start) <= 3
            if early and _DATELINE_END.match(full, m.end) and _caps_before(full[line : m.start]):
                found.setdefault(line, []).append(place)
    first = found[min(found)] if found else []
    return first[0] if len({p.id for p in first}) == 1 else None


def dateline_line(doc: Doc, places: Sequence[Place]) -> tuple[int, str] | None:
    """Where the dateline's line starts and its one country."""
    full = text(doc)
    lines: dict[int, set[str]] = {}  # line start → the countries of its dateline cities
    for place in places:
        code = place.country_code if place.kind == "city" else None
        if code is None:
            continue
        for m in place.mentions:
            line = full.rfind("\n", 0, m.start) + 1
            early = m.start - line < 40 and blank_lines_before(doc, m.start) <= 3
            if early and _DATELINE_END.match(full, m.end) and _caps_before(full[line : m.start]):
                lines.setdefault(line, set()).add(code)
    if not lines:
        return _capital_dateline(full, places)
    first = lines[min(lines)]
    return (min(lines), first.pop()) if len(first) == 1 else None  # "ANTWERP/QUITO"


#: A story's opening words in capitals before a dateline's punctuation ("AMRITSAR:").
_CAPS_OPENING = re.compile(r"\s*([A-Z][A-Z .'-]{2,40}?)\s*(?:,|:|--|—|–|-\s|\()")


def _capital_dateline(full: str, places: Sequence[Place]) -> tuple[int, str] | None:
    """ "AMRITSAR: A US military aircraft ...": a dateline in capitals the geoparser did
    not take for a mention is the city the text names so elsewhere (one country only)."""
    m = _CAPS_OPENING.match(full)
    if m is None:
        return None
    said = m[1].strip().lower()
    codes = {
        p.country_code
        for p in places
        if p.kind == "city" and p.country_code and any(x.text.lower() == said for x in p.mentions)
    }
    return (m.start(1), codes.pop()) if len(codes) == 1 else None


def _caps_before(prefix: str) -> bool:
    """Only other dateline cities before the name on its line ("QUETTA / PESHAWAR")."""
    return all(w.isupper() or w in "/-" for w in prefix.split())
