"""Evidence a sentence cites in passing, in a relative clause: "… hard to square with
satellite imagery published by Maxar that shows at least 14 tanks on the apron".

The opener form ("Images analysed by X show Y", :mod:`claimmap.claims_evidence_openers`)
is a sentence of its own; here the evidence and its examiner sit inside another clause
(the writer's judgement of a claim) and the parser often hangs the verb of showing on the
main verb. The words are plain: the evidence and who published or examined it is the
claimant, the verb of showing the cue, the rest of the sentence the content.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_evidence_openers import _EVIDENCE, _EXAMINED, _SHOWING
from claimmap.claims_tokens import RawClaim, text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["evidence_relatives"]

_RELATIVE = re.compile(
    r"(?P<claimant>\b(?:[\w-]+\s+){0,2}?" + _EVIDENCE
    + r"\s+" + _EXAMINED
    + r"\s+by\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[^,;:.!?\"“”]{1,60}?))\s+(?:that|which)\s+(?P<cue>"
    + _SHOWING + r")\s+(?P<content>[^\s].*?)[\s.!?]*$",
    re.IGNORECASE | re.DOTALL,
)  # fmt: skip
#: Words that open the evidence phrase but belong to the clause around it.
_LEAD = frozenset({"with", "by", "in", "from", "to", "on", "and", "of", "the", "that"})


def evidence_relatives(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """Claims of evidence cited in a relative clause whose verb of showing no claim has."""
    body = text(parsed)
    cues = {r.cue_token for r in found}
    out = []
    for sent in parsed.sents:
        match = _RELATIVE.search(body, sent.start_char, sent.end_char)
        if match is None or match.start() == sent.start_char:
            continue  # (an opener is claims_evidence_openers')
        cue = parsed.char_span(*match.span("cue"), alignment_mode="expand")
        start = _without_lead(body, match.start("claimant"), match.end("claimant"))
        who = parsed.char_span(start, match.end("claimant"), alignment_mode="expand")
        if cue is None or who is None or cue[-1].i in cues:
            continue
        out.append(
            RawClaim(
                cue=match.span("cue"),
                content=match.span("content"),
                claimant=(start, match.end("claimant")),
                claimant_token=who.root.i,
                outlet=None,
                cue_token=cue[-1].i,
                frame="document",
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return out


def _without_lead(body: str, start: int, end: int) -> int:
    """The claimant's start after the words of the clause around it ("with satellite …")."""
    while True:
        word = re.match(r"(\S+)\s+", body[start:end])
        if word is None or word[1].lower() not in _LEAD:
            return start
        start += word.end()
