"""The pieces of a quotation, or of a sentence, that its attribution interrupts.

'"We will not leave," the commander said. "This is our land."' is one claim whose content
runs from the first quotation to the end of the second, with the attribution inside it
(PolNeAR marks it so, as one content in two parts). The hull stays the claim's content, so
its offsets cover everything the speaker said; the parts are the speaker's own words, which
a reader is shown and a scorer of words compares. An unquoted sentence whose attribution
is set off by commas ("The truck was to cross at X, the army said, where ...") is cut the
same way.
"""

from __future__ import annotations

from claimmap.claims_tokens import Offsets

#: Words allowed between an unquoted attribution's cue and its closing comma ("..., the
#: army said on Sunday, where ..."): more is a clause of its own.
_MAX_SET_OFF_WORDS = 4

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
    if sum(c.isalnum() for c in head) < 2:
        return ()
    if not any(q in head for q in '"“”'):
        return _set_off(text, (start, head_end), lo, hi, end)
    at = next((i for i in range(hi, end) if text[i] in _OPENING), None)
    if at is None or len(text[hi:at].split()) > _MAX_GAP_WORDS:
        return ()
    if sum(c.isalnum() for c in text[at:end]) < 2:
        return ()
    return (start, head_end), (at, end)


def _set_off(text: str, head: Offsets, lo: int, hi: int, end: int) -> tuple[Offsets, ...]:
    """ "The truck was to cross at X, the army said, where ...", "From there, the report
    said, they passed ...": an attribution set off by commas inside words that are not
    quoted; the parts are the words on either side of it."""
    if text[head[1] : lo].strip() != ",":
        return ()
    comma = text.find(",", hi, end)
    if comma < 0 or len(text[hi:comma].split()) > _MAX_SET_OFF_WORDS:
        return ()
    if any(q in text[hi:comma] for q in '"“”'):
        return ()
    at = comma + 1
    while at < end and text[at].isspace():
        at += 1
    if sum(c.isalnum() for c in text[at:end]) < 2:
        return ()
    return head, (at, end)
