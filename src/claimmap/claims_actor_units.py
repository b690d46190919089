"""The country of a body of a country's lower unit ("the district administration", "the
provincial government") named without one: that of the last unit of its level the article
named before it ("... entered a village in Ashford district. ... According to the district
administration, ..."). The article-wide count of countries would instead follow whichever
country the story is about (the one refugees come from), not the one whose district speaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_tokens import text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Place

#: A unit's level as it modifies a body ("district", "provincial") → as it follows the
#: unit's name ("Ashford district", "Tarn province").
_LEVELS = {
    "district": "district",
    "provincial": "province",
    "province": "province",
    "county": "county",
    "prefectural": "prefecture",
    "prefecture": "prefecture",
    "municipal": "municipality",
}


def unit_level(body: Span) -> str | None:
    """The level a lower-case modifier of the body's head names ("the district
    administration" → district), or None for a body of no lower unit."""
    head = body.root
    for tok in body:
        if tok.i != head.i and tok.is_lower and tok.dep_ in ("compound", "amod", "nmod"):
            level = _LEVELS.get(tok.lower_)
            if level is not None:
                return level
    return None


def level_unit(doc: Doc, before: int, level: str, places: Sequence[Place]) -> Place | None:
    """The last place named before token ``before`` as a unit of ``level`` ("Ashford
    district", "Ashford and Kent districts"), where the unit's body sits."""
    full = text(doc)
    hi = doc[before].idx if before < len(doc) else len(full)
    after = re.compile(rf"(?:\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+{level}s?\b", re.I)
    found = [
        (m.start, n, place)
        for n, place in enumerate(places)
        if place.country_code and place.kind != "country"
        for m in place.mentions
        if m.start < hi and after.match(full, m.end)
    ]
    return max(found, key=lambda f: f[:2])[2] if found else None
