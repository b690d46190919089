"""Claims in a title-case headline: "Black Lawmakers Rip Donald Trump As A ‘Fraud’",
"Senator Vows To Block Pipeline Deal".

Capitals on every word make the tagger read the cue verb as a proper noun, so the parse
of the article shows no claim there. The headline is parsed again alone, with its cue
verbs and function words in lower case (names keep their capitals), and the claims of
that parse are carried back to the article's offsets and tokens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import verb_frame, words
from claimmap.claims_date_phrase import HEADLINE_CHARS
from claimmap.claims_tokens import Offsets, RawClaim, bind, span_at, text

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: Words a title-case headline capitalises that a sentence would not (names aside).
_FUNCTION_WORDS = words(
    """
    a an the to of for in on at as by with from into onto over under after before about
    against amid among between during without within upon via and or but nor if than
    that this these those is are was were be been being will would can could may might
    must should shall not no his her its their our your my up out off down who what when
    where why how
    """
)

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def headline_claims(
    parsed: Doc, found: list[RawClaim], find: Callable[[Doc], list[RawClaim]]
) -> list[RawClaim]:
    """The claims of a title-case headline the article's parse missed, found by ``find`` in
    a parse of the headline in sentence case; none when the headline already has one."""
    body = text(parsed)
    line = _title_case_headline(body)
    if line is None or any(line[0] <= r.cue[0] < line[1] for r in found):
        return []
    headline = body[line[0] : line[1]]
    lowered = sentence_case(headline)
    if lowered == headline:
        return []
    from claimmap.nlp import load_nlp  # (spaCy loads on first use, not at import)

    again = load_nlp()(lowered)
    try:
        raws = find(again)
    finally:
        bind(parsed, body)
    out = [moved for r in raws if (moved := _moved(parsed, r, line[0])) is not None]
    log.debug("headline %r: %d claims", lowered, len(out))
    return out


def sentence_case(line: str) -> str:
    """``line`` with every capitalised cue verb ("Rips", "Vows") and function word ("To",
    "As", "On") after the first word in lower case, and the verb of a cue's "to" ("Vows To
    Scrap"); other words, names among them, keep their capitals. The length does not
    change, so offsets carry over."""
    out = line
    before: list[str] = []  # the lower-cased words so far
    for m in _WORD.finditer(line):
        word = m.group(0)
        low = word.lower()
        capital = m.start() > 0 and word[0].isupper() and word[1:] == word[1:].lower()
        capital = capital and word != "I"
        infinitive = len(before) > 1 and before[-1] == "to" and _cue_form(before[-2])
        if capital and (low in _FUNCTION_WORDS or _cue_form(low) or infinitive):
            out = out[: m.start()] + low + out[m.end() :]
        before.append(low)
    return out


def _cue_form(word: str) -> bool:
    """Whether ``word`` is an inflected form of a cue verb ("rips", "vowed", "hammering")."""
    stems = {word}
    for ending in ("s", "es", "d", "ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])  # "ripped", "slamming"
    return any(verb_frame(s) is not None for s in stems)


def _title_case_headline(body: str) -> Offsets | None:
    """The first line's offsets when it is a headline (more text follows; a story's
    paragraph is longer) and most of its words (function words aside) are capitalised; unlike
    :func:`~claimmap.claims_date_phrase.in_headline`, a final full stop is allowed."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    if end < 0 or end - start > HEADLINE_CHARS or not body[end:].strip():
        return None  # one line, or a first paragraph of the story
    named = [w for w in _WORD.findall(body[start:end]) if w.lower() not in _FUNCTION_WORDS]
    if len(named) < 3 or sum(w[0].isupper() for w in named) * 4 < len(named) * 3:
        return None
    return start, end


def _moved(parsed: Doc, raw: RawClaim, shift: int) -> RawClaim | None:
    """``raw`` found in the headline's own parse, in the article's offsets and tokens."""

    def at(offsets: Offsets | None) -> Offsets | None:
        return (offsets[0] + shift, offsets[1] + shift) if offsets else None

    cue = at(raw.cue)
    assert cue is not None
    cue_tokens = span_at(parsed, *cue)
    if cue_tokens is None:
        return None
    claimant = at(raw.claimant)
    who = span_at(parsed, *claimant) if claimant else None
    return replace(
        raw,
        cue=cue,
        content=(raw.content[0] + shift, raw.content[1] + shift),
        claimant=claimant,
        claimant_token=who.root.i if who is not None else None,
        outlet=at(raw.outlet),
        cue_token=cue_tokens.root.i,
        sentence=(raw.sentence[0] + shift, raw.sentence[1] + shift),
    )
