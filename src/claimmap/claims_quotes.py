"""Quotations in a text: where they are, and how a claim's content grows to cover them.

A parser splits "“It makes no sense. It doesn't work,” he said." into two sentences and
gives "said" only the second; the quote marks tell the whole content, so contents are
widened to the quotations they touch, across sentences, and kept to the cue's paragraph.
The attributions that stand beside a quotation are read in
:mod:`claimmap.claims_quote_beside`, those placed after their content in
:mod:`claimmap.claims_postposed`, and "TASS cited X as saying" in
:mod:`claimmap.claims_cited_as`.
"""

from __future__ import annotations

import bisect
import re

from claimmap.claims_tokens import Offsets

_OPEN = "“"
_CLOSE = "”"
MIN_WORDS = 3
_CURLY_MARK = re.compile("[“”]")
_ANY_QUOTE = re.compile("[“”\"]|''")
WORD = re.compile(r"\w+")
_GAP = re.compile(r"^[\s,;:—–-]*$")


def quote_regions(text: str) -> list[Offsets]:
    """``[start, end)`` of each quotation, quote marks included, in text order.

    Curly quotes pair by direction; straight double quotes pair within a paragraph. A quote
    still open at the end of its paragraph closes there (the convention for quotes that run
    over several paragraphs reopens the next one).
    """
    regions: list[Offsets] = []
    if not _ANY_QUOTE.search(text):
        return regions
    for para_start, para in paragraphs(text):
        if _ANY_QUOTE.search(para):
            regions.extend(_curly(para, para_start))
            regions.extend(_straight(para, para_start))
    return sorted(regions)


def in_quote(pos: int, quotes: list[Offsets]) -> Offsets | None:
    """The quotation of ``quotes`` (sorted :func:`quote_regions`) holding offset ``pos``."""
    at = bisect.bisect_right(quotes, (pos, 1 << 62)) - 1
    return quotes[at] if at >= 0 and quotes[at][0] <= pos < quotes[at][1] else None


def paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for part in text.split("\n"):
        out.append((pos, part))
        pos += len(part) + 1
    return out


def _curly(para: str, offset: int) -> list[Offsets]:
    out = []
    start: int | None = None
    for m in _CURLY_MARK.finditer(para):
        i, ch = m.start(), m.group()
        if ch == _OPEN:
            start = i if start is None else start
        elif start is not None:
            out.append((offset + start, offset + i + 1))
            start = None
    if start is not None and len(WORD.findall(para[start:])) >= MIN_WORDS:
        out.append((offset + start, offset + len(para.rstrip())))
    return out


def _straight(para: str, offset: int) -> list[Offsets]:
    """Straight quotes pair in order; so do doubled apostrophes ('' ... ''), an old style."""
    out = []
    for mark in ('"', "''"):
        marks = [m.start() for m in re.finditer(re.escape(mark), para)]
        w = len(mark)
        out += [(offset + a, offset + b + w) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    return out


def is_claim_sized(text: str, region: Offsets) -> bool:
    """A quotation long enough to be said, not a scare quote like “main instigator”."""
    return len(WORD.findall(text[region[0] : region[1]])) >= MIN_WORDS


def adjacent_quote(text: str, quotes: list[Offsets], lo: int, hi: int) -> Offsets | None:
    """The quotation just before ``[lo, hi)`` (an attribution like ", Clinton said"), or just
    after it ("he said: “...”"); both when the attribution interrupts one quotation."""
    before = next((q for q in reversed(quotes) if q[1] <= lo and _GAP.match(text[q[1] : lo])), None)
    after = next((q for q in quotes if q[0] >= hi and _GAP.match(text[hi : q[0]])), None)
    if before is not None and not is_claim_sized(text, before):
        before = None
    if after is not None and not is_claim_sized(text, after):
        after = None
    if before and after and "\n" in text[before[1] : lo]:
        return after  # "“...”\n\nX continued:\n\n“...”": a line that leads on, not back
    if before and after:
        return before[0], after[1]
    return before or after


def widen_to_quotes(content: Offsets, quotes: list[Offsets], cue: Offsets) -> Offsets:
    """Grow ``content`` to whole quotations it partly covers (never one holding the cue)."""
    start, end = content
    for q in quotes:
        if q[0] < end and start < q[1] and not (q[0] <= cue[0] < q[1]):
            start, end = min(start, q[0]), max(end, q[1])
    return start, end


def one_paragraph(text: str, content: Offsets, cue: Offsets) -> Offsets:
    """The part of ``content`` in the cue's paragraph, or in the next one after a colon
    ("Caddell continued:\n\n“...”"); empty if neither holds any. A parse that runs a
    sentence over a line break ("...\n\n___", a dateline and its story) would otherwise
    give a claim words from another paragraph. Scored by overlap, a quotation over several
    paragraphs keeps its first one."""
    start, end = content
    para_start = text.rfind("\n", 0, cue[0]) + 1
    para_end = text.find("\n", cue[1])
    para_end = len(text) if para_end < 0 else para_end
    if para_start <= start and end <= para_end:
        return content
    if start < para_end and end > para_start:  # the content's part in the cue's paragraph
        return max(start, para_start), min(end, para_end)
    if start >= para_end and text[cue[1] : para_end].rstrip().endswith(":"):
        gap = text[para_end:start]
        if not gap.strip():
            nxt = text.find("\n", start)
            return start, min(end, len(text) if nxt < 0 else nxt)
    return start, start
