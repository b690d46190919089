"""A sentence that opens with evidence and who examined it: "Satellite images analysed by
Human Rights Watch show burned villages near X", "Footage verified by the Kyiv Independent
showed ...".

After a name that ends in a common word ("... Watch", "... Press", "... Independent") the
small model often reads the cue as part of the name or as a noun, and leaves the sentence
with no cue verb at all. The shape itself is plain in the words, so a sentence left
without a claim is read by it: the examiner is the source (whom
:mod:`claimmap.claims_actor_reviewed` finds when the parse is right), the verb of showing
the cue, the rest of the sentence the content.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, RawClaim, text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_EVIDENCE = (
    r"(?:images?|imagery|photos?|photographs?|pictures?|footage|videos?|data|documents?|"
    r"records?|logs?|recordings?)"
)
_EXAMINED = (
    r"(?:analy[sz]ed|reviewed|obtained|seen|examined|verified|geolocated|compiled|studied|"
    r"published|released|provided|shared|collected)"
)
_SHOWING = (
    r"(?:(?:appears?|appeared|seems?|seemed)\s+to\s+)?"
    r"(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|reveals?|revealed|"
    r"confirms?|confirmed)"
)
_OPENER = re.compile(
    r"(?:(?:(?:The|New|Recent)\s+)?(?:[\w-]+\s+){0,2}?" + _EVIDENCE
    + r"\s+" + _EXAMINED
    + r"\s+by\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[^,;:.!?\"“”]{1,80}?))\s+(?P<cue>"
    + _SHOWING + r")\s+(?:that\s+)?(?P<content>[^\s].*?)[\s.!?]*$",
    re.IGNORECASE | re.DOTALL,
)  # fmt: skip


def evidence_openers(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """Claims of the sentences no claim was found in that open with evidence examined by
    a named source and a verb of showing; the examiner is the claimant."""
    body = text(parsed)
    claimed = {r.sentence[0] for r in found}
    out = []
    for sent in parsed.sents:
        if sent.start_char in claimed or " by " not in body[sent.start_char : sent.end_char]:
            continue
        match = _OPENER.match(body, sent.start_char, sent.end_char)
        if match is None:
            continue
        cue = parsed.char_span(*match.span("cue"), alignment_mode="expand")
        name = parsed.char_span(*match.span("name"), alignment_mode="expand")
        if cue is None or name is None:
            continue
        out.append(  # (the examiner speaks: the parse that missed the cue missed its agent)
            RawClaim(
                cue=_offsets(match.span("cue")),
                content=_offsets(match.span("content")),
                claimant=_offsets(match.span("name")),
                claimant_token=name.root.i,
                outlet=None,
                cue_token=cue[-1].i,
                frame="document",
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return out


def _offsets(span: tuple[int, int]) -> Offsets:
    return span[0], span[1]
