"""The end matter of a press release is no place of its story.

"About EIA / The agency is based in London and Washington, DC", "Notes to editors",
"Media contact / Tom Ashby, press office, London", "###": the blocks a release ends with
say where its author keeps offices, not where anything it reports happened. Mapped, such a
name adds a dot the story never visits; counted as a country the article names, it licenses
a namesake there ("a route through Muse", a Myanmar border town, read as Muse,
Pennsylvania, because the release's NGO has a Washington office). From the first such
heading, written on a line of its own in the later part of the text, to the end, names are
reported unresolved with that reason and take no part in resolution.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from claimmap.model import Span, Unresolved

if TYPE_CHECKING:
    from claimmap.places_lexicon import Toponym

log = logging.getLogger(__name__)

#: A heading that opens a release's end matter, alone on its line (an optional colon):
#: "Notes to editors", "Media contact", "For more information", "###", "- ENDS -" (not a news
#: story's "Editor's note", which may open a live blog's entry).
_HEADING = re.compile(
    r"^[ \t]*(?:"
    r"notes?\s+(?:to|for)\s+(?:the\s+)?editors?"
    r"|(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)"
    r"|(?:media\s+)?contacts?(?:\s+information)?"
    r"|for\s+(?:further|more)\s+information"
    r"|#{3,}|-+\s*ends\s*-+|ends|-30-"
    r")[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: "About EIA", "About the Environmental Investigation Agency": a name (capitalised words,
#: at most six) after "About", alone on its line — not "About 200 people fled."
_ABOUT = re.compile(
    r"^[ \t]*About\s+(?:the\s+|The\s+)?[A-Z][\w&'’.-]*"
    r"(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|for|and|&|the|on|in)){0,6}[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
#: The end matter starts past this share of the text: a heading near the top is the
#: story's own (a live blog's "Contact" section, say).
START_SHARE = 1 / 3
#: Words that make a heading worth looking for at all (cheap test before the patterns).
_TRIGGER = re.compile(r"\n[ \t]*(?:about|notes?|media|press|contact|for|###|-|ends)", re.I)


def end_matter_headings(text: str) -> list[tuple[int, str]]:
    """Where a release's end matter begins, and each heading of it: (start, heading), in
    order; empty when the text has none."""
    lo = int(len(text) * START_SHARE)
    if _TRIGGER.search(text, lo) is None:
        return []
    found = sorted(
        (m.start(), m.group(0).strip().rstrip(":").strip())
        for p in (_HEADING, _ABOUT)
        for m in p.finditer(text, lo)
        if text.find("\n", m.end()) >= 0 and text[m.end() :].strip()  # it opens a block
    )
    return found


def without_end_matter(
    toponyms: list[Toponym], doc_id: str, text: str
) -> tuple[list[Toponym], list[Unresolved]]:
    """The toponyms before the end matter, and those in it reported unresolved (a name the
    story maps anyway, "London" of the dateline, is only left out)."""
    if not toponyms:
        return toponyms, []
    headings = end_matter_headings(text)
    if not headings or all(t.start < headings[0][0] for t in toponyms):
        return toponyms, []
    cut = headings[0][0]
    kept = [t for t in toponyms if t.start < cut]
    mapped = {text[t.start : t.end].lower() for t in kept}
    dropped = []
    for top in toponyms:
        written = text[top.start : top.end]
        if top.start < cut or written.lower() in mapped:
            continue
        heading = [h for at, h in headings if at <= top.start][-1]
        why = f"{written!r} is in the end matter of a release ({heading!r}), no place of its story"
        dropped.append(Unresolved(Span(doc_id, top.start, top.end, written), why))
    log.debug("%s: %d names left out of the end matter from %d", doc_id, len(dropped), cut)
    return kept, dropped
