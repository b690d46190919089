"""The article's own agency is no relaying outlet: "according to a ministry report seen by
The Associated Press" in an AP story.

A document "seen by", "obtained by" or "reviewed by" the agency that wrote the story is
the agency's own reporting, named as wire copy names itself; the outlet of a claim is a
medium the source's words came through, so such a phrase names none. The article says
who it is by in its opening lines: a byline ("Associated Press, 2026-11-13") or the
agency in brackets after the dateline ("NAIROBI, Kenya (AP) —").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, memo, text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Participles by which a reporter came by a document.
_CAME_BY = frozenset({"seen", "obtained", "reviewed", "examined", "viewed"})
_BRACKETED = re.compile(r"\(([A-Z][\w.&' -]{0,40})\)\s*[-—–]")
_BYLINE = re.compile(r"^([A-Z][\w.&' -]{1,60}?),\s*\d{4}-\d{2}-\d{2}\s*$", re.M)
#: Opening lines read for the byline and dateline.
_HEAD = 600


def own_agency(parsed: Doc) -> frozenset[str]:
    """The names the article gives its own agency by, lower case, without "the"."""

    def find() -> frozenset[str]:
        head = text(parsed)[:_HEAD]
        names = {m[1] for m in _BRACKETED.finditer(head)} | {m[1] for m in _BYLINE.finditer(head)}
        return frozenset(_bare(n) for n in names if n.strip())

    return memo(parsed, "own_agency", find)


def came_by_own_agency(parsed: Doc, outlet: Offsets) -> bool:
    """The outlet is the article's own agency, the agent of "seen by" and the like."""
    body = text(parsed)
    name = _bare(body[outlet[0] : outlet[1]])
    if name not in own_agency(parsed) and not _short_of(name, own_agency(parsed)):
        return False
    before = body[max(0, outlet[0] - 16) : outlet[0]].split()
    return len(before) >= 2 and before[-1].lower() == "by" and before[-2].lower() in _CAME_BY


def _bare(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


def _short_of(name: str, names: frozenset[str]) -> bool:
    """ "the AP" for "Associated Press": the initials of a longer name."""
    return any("".join(w[0] for w in n.split()) == name for n in names if " " in n)
