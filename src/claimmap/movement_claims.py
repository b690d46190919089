"""Which claim a movement belongs to: the claim whose content holds it, the quotation it
continues, or the claim whose verb of telling governs it when the content was cut short.

Split from :mod:`claimmap.movement_spans` and :mod:`claimmap.movements`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Claim, Document, Span

if TYPE_CHECKING:
    from spacy.tokens import Token


def claim_for(
    doc: Document, trigger: Span, sentence: Span, previous: int, claims: Sequence[Claim]
) -> str | None:
    """The claim whose content holds the trigger (the innermost if nested).

    A quotation that goes on into a sentence the claims left unattributed is still the
    speaker's: a trigger in a sentence that opens inside quotation marks, with no
    attributed claim of its own, takes the attributed claim quoted just before it in
    the sentence before (from ``previous``) or since the quotation opened.
    """
    # Only a report (speech, belief, document) supports a movement: a stance claim's
    # content is the agent's own attitude ("Ankara is willing to transfer ..."), no source.
    holding = [c for c in claims if c.kind == "report" and c.content.contains(trigger)]
    own = min(holding, key=lambda c: c.content.end - c.content.start) if holding else None
    if own is not None and (own.claimant is not None or own.actor is not None):
        return own.id
    opened = _open_quote(doc.text, trigger.start)
    if opened is not None and not doc.text[sentence.start : opened].strip():
        since = min(previous, opened)
        quoted = [
            c
            for c in claims
            if c.kind == "report"
            and since <= c.content.start
            and c.content.end <= trigger.start
            and (c.claimant is not None or c.actor is not None)
            and _open_quote(doc.text, c.content.start + 1) is not None
        ]
        if quoted:
            return max(quoted, key=lambda c: c.content.end).id
    if own is not None:
        return own.id
    if opened is not None:
        return None
    return (
        _report_goes_on(doc.text, sentence, previous, claims)
        or _others_go_on(doc.text, sentence, previous, claims)
        or _account_goes_on(doc.text, sentence, previous, claims)
    )


# "According to X, ... took off from A. The flights landed at B": a narrator's sentence that
# opens on the very things or people just told of goes on with the account.
_DEFINITE_OPENING = re.compile(r"(?:the|these|those|they|it)\b", re.IGNORECASE)


def _account_goes_on(
    text: str, sentence: Span, previous: int, claims: Sequence[Claim]
) -> str | None:
    """ "According to two diplomats, four planes took off from A. The flights landed at B,
    where the men were reportedly moved to other aircraft": the sentence right after an
    account opened by "according to", in its paragraph, with no teller of its own and
    opening on a definite noun or a pronoun, goes on with that account."""
    if not _DEFINITE_OPENING.match(text[sentence.start : sentence.end].lstrip(" \"“‘'")):
        return None
    told = [
        c
        for c in _reports_before(sentence, previous, claims)
        if c.cue is not None
        and c.cue.text.lower().startswith("according to")
        and "\n" not in text[c.content.end : sentence.start]
        and not text[c.content.end : sentence.start].strip(" .,;\"”’'")
    ]
    return max(told, key=lambda c: c.content.end).id if told else None


# "Most of those interviewed ...", "respondents said ...", "the survey found": the
# narrator's sentence retells what a report or survey found, not the narrator's own news.
_REPORT_WORDS = re.compile(
    r"\b(?:those|people|migrants|refugees|respondents)\s+(?:interviewed|surveyed|questioned"
    r"|polled)\b|\brespondents\b|\b(?:the|its|this)\s+(?:report|survey|study|findings"
    r"|assessment)\b",
    re.IGNORECASE,
)
# Nouns that make the claim before a document or survey, whose findings may go on.
_DOCUMENT_WORDS = re.compile(
    r"\b(?:report|survey|study|assessment|interviews|findings|data)\b", re.IGNORECASE
)


def _report_goes_on(
    text: str, sentence: Span, previous: int, claims: Sequence[Claim]
) -> str | None:
    """ "The agency said in a report that ... . Most of those interviewed had travelled
    from X to Y": a narrator's sentence that names the report's findings or the people it
    surveyed, just after the attributed report claim, retells that report. Without those
    words (a quote that ended earlier, the narrator's own news) no claim is credited."""
    if not _REPORT_WORDS.search(text[sentence.start : sentence.end]):
        return None
    paragraph = text.rfind("\n\n", 0, previous) + 1
    told = [c for c in _reports_before(sentence, previous, claims) if c.content.start >= paragraph]
    if not told:
        return None
    last = max(told, key=lambda c: c.content.end)
    said = text[min(last.content.start, previous) : sentence.start]
    return last.id if _DOCUMENT_WORDS.search(said) else None


# "Others travel from X", "The rest were taken to Y": a sentence that opens on the other
# part of a group tells the rest of what was just said of the first part.
_OTHERS = re.compile(
    r"(?:(?:still|yet|but|and)\s+)?(?:(?:some|many|most|a\s+few|the)\s+)?others\b"
    r"|the\s+(?:rest|remainder)\b",
    re.IGNORECASE,
)


def _others_go_on(text: str, sentence: Span, previous: int, claims: Sequence[Claim]) -> str | None:
    """ "Many of the arrivals come from X, aid workers said. Others travel from A to B":
    a narrator's sentence opening on the others of a group goes on with the report told
    of its first part in the sentence just before, in the same paragraph."""
    if not _OTHERS.match(text[sentence.start : sentence.end].lstrip(" \"“‘'")):
        return None
    told = [
        c
        for c in _reports_before(sentence, previous, claims)
        if "\n\n" not in text[c.content.end : sentence.start]
    ]
    return max(told, key=lambda c: c.content.end).id if told else None


def _reports_before(sentence: Span, previous: int, claims: Sequence[Claim]) -> list[Claim]:
    """The attributed report claims whose content ends between ``previous`` (the start of
    the sentence before) and this sentence: what a narrator's next sentence may go on with."""
    return [
        c
        for c in claims
        if c.kind == "report"
        and (c.claimant is not None or c.actor is not None)
        and previous <= c.content.end <= sentence.start
    ]


def _open_quote(text: str, pos: int) -> int | None:
    """Where the quotation open at ``pos`` began, or None (curly marks, or straight ones
    paired within the paragraph)."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    opening, closing = before.rfind("“"), before.rfind("”")
    if opening > closing:
        return para + opening
    if before.count('"') % 2 == 1:
        return para + before.rfind('"')
    return None


def reported_by(trig: Token, claims: Sequence[Claim]) -> str | None:
    """ "X reported that troops sent to defend Y had begun withdrawing to Z": a claim whose
    content was cut short still tells the movement its verb of telling governs (the
    nearest such verb above the trigger, or the trigger when read as the cue itself), but
    not a clause of its own hung on that verb as its time (:func:`_own_event`)."""
    told = [
        c
        for c in claims
        if c.kind == "report"
        and (c.claimant or c.actor)
        and c.content.start < trig.idx  # what it tells runs from before the trigger
        and not (c.claimant and c.claimant.start <= trig.idx < c.claimant.end)
    ]
    below = trig
    for tok in (*trig.ancestors, trig):
        for c in told:
            if c.cue is not None and c.cue.start <= tok.idx < c.cue.end:
                if _told_beside(below, tok, c):
                    return c.id
                return None if _own_event(below, tok) else c.id
        below = tok
    return None


def _told_beside(clause: Token, cue: Token, claim: Claim) -> bool:
    """ "Some 300 were flown to X, she said, while the rest were driven to Y": a while-clause
    after a verb of telling put between two halves of what was said is the second half,
    told by the same speaker (the content before the verb was cut at it)."""
    if clause.dep_ != "advcl" or clause.i < cue.i or claim.content.end > cue.idx:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)


def _own_event(clause: Token, cue: Token) -> bool:
    """Is ``clause`` (the word on the way from the trigger that hangs on the verb of telling)
    a clause of another event with a subject of its own, hung on the telling as its time or
    circumstance ("Mayotte fears hundreds dead as aid flights arrive from X")? What is told
    is the telling's complement; the flights' arrival is the narrator's."""
    if clause is cue or clause.dep_ not in ("advcl", "parataxis"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
