"""The pieces of a quotation that its attribution interrupts.

'"We will not leave," the commander said. "This is our land."' is one claim whose content
runs from the first quotation to the end of the second, with the attribution inside it
(PolNeAR marks it so, as one content in two parts). The hull stays the claim's content, so
its offsets cover everything the speaker said; the parts are the speaker's own words, which
a reader is shown and a scorer of words compares.
"""

from __future__ import annotations

from claimmap.claims_tokens import Offsets

_OPENING = '"“'
_TRAILING = " \t\n,;:—–-"
#: Words allowed between the cue and the next quotation ("said X, an analyst at the
#: Chatham House think tank in London."): more is narration, not an attribution.
_MAX_GAP_WORDS = 25


def quote_parts(
    text: str, content: Offsets, cue: Offsets, claimant: Offsets | None
) -> tuple[Offsets, ...]:
    """(first quotation, continuation) when the attribution (cue, and the claimant when it
    stands inside the content) interrupts a quotation, else ()."""
    start, end = content
    if not (start < cue[0] and cue[1] < end):
        return ()
    inside = claimant is not None and start < claimant[0] and claimant[1] < end
    lo = min(cue[0], claimant[0]) if inside and claimant else cue[0]
    hi = max(cue[1], claimant[1]) if inside and claimant else cue[1]
    head_end = len(text[start:lo].rstrip(_TRAILING)) + start
    head = text[start:head_end]
    if not any(q in head for q in '"“”') or sum(c.isalnum() for c in head) < 2:
        return ()
    at = next((i for i in range(hi, end) if text[i] in _OPENING), None)
    if at is None or len(text[hi:at].split()) > _MAX_GAP_WORDS:
        return ()
    if sum(c.isalnum() for c in text[at:end]) < 2:
        return ()
    return (start, head_end), (at, end)
