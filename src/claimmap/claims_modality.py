"""A claim's modality: denied, alleged, hedged or asserted, read from its cue, its
content's own words and its speaker; and the reporter's caveats on it ("a claim that could
not be independently verified"), kept apart from the speaker's modality."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from claimmap.claims_cues import (
    ALLEGE_CUES,
    DENY_CUES,
    DISMISSALS,
    HEDGE_CUES,
    HEDGE_WORDS,
    LABEL_CUES,
    cue_lemma,
)
from claimmap.claims_denials import content_denies
from claimmap.claims_denied_moves import denies_movement
from claimmap.claims_factcheck import checked_line
from claimmap.claims_filters_nonclaims import caveats
from claimmap.claims_hedging import (
    any_hedge,
    held,
    not_ruled_out,
    only_possible,
    seeming,
    seeming_cue,
    self_hedged,
)
from claimmap.claims_passive_hedges import passive_hedge
from claimmap.claims_self_denials import denies_own_deed
from claimmap.claims_stance import checked_verdict, denies_in_content, judged_false, pledged
from claimmap.claims_tokens import memo, sentence_at, span_at, tokens_where
from claimmap.claims_verdicts import checked_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Actor, Modality


def modality(raw: RawClaim, parsed: Doc, text: str, actor: Actor | None = None) -> Modality:
    """Denied, alleged, hedged or asserted, from the cue and the content's own words (and
    the speaker's, whose own side a quotation may deny a deed of)."""
    if checked_line(text, raw):
        return "alleged"  # "Claim: “…,” reads a post by X": X alleges; the verdict is the checker's
    if checked_text(parsed, raw):
        return "alleged"  # 'It reads: "…"' in a piece that rates the post: what it alleges
    if raw.claimant is None and text[raw.cue[0] : raw.cue[1]] == ":":  # "Claim: ..."
        verdict = checked_verdict(text, raw.content[1])
        if verdict is not None:
            return verdict
    cue = span_at(parsed, raw.cue[0], raw.cue[1])
    lemmas = {cue_lemma(t.lemma_, t.lower_) for t in cue} if cue is not None else set()
    negated = cue is not None and any(t.dep_ == "neg" for t in cue)
    if lemmas & DENY_CUES and not negated:  # "did not deny that ..." denies nothing
        return "denied"
    if cue is not None and judged_false(parsed[raw.cue_token]):
        return "denied"
    if lemmas & LABEL_CUES and not negated and _dismissive(parsed, raw.content):
        return "denied"  # "called the accusations “baseless propaganda”"
    content = span_at(parsed, raw.content[0], raw.content[1])
    if content is not None and not negated and denies_in_content(content):
        return "denied"  # "said it “categorically rejects” the charges"
    if content is not None and not negated and content_denies(content):
        return "denied"  # "said the claims were groundless", "had not forced anyone"
    if content is not None and not negated and denies_movement(content):
        return "denied"  # "there has been no movement of arms", "never a transit point"
    if content is not None and not negated and denies_own_deed(content, actor):
        return "denied"  # "“Our navy has not towed any boat. We only gave them fuel.”"
    if lemmas & ALLEGE_CUES:
        return "alleged"
    if lemmas & HEDGE_CUES or seeming_cue(parsed[raw.cue_token]):
        return "hedged"
    if "hear" in lemmas and raw.claimant and text[slice(*raw.claimant)].lower() in ("i", "we"):
        return "hedged"  # "…, I heard": hearsay the speaker passes on (a panel that heard
        # testimony is told it)
    if passive_hedge(parsed[raw.cue_token]) or (
        content is not None and passive_hedge(content.root)
    ):
        return "hedged"  # "X is said to have loaded grain at Y": hearsay, no source
    if content is not None and pledged(lemmas, content):
        return "hedged"  # "threatened that it would act against any attempt to ..."
    hedges = memo(parsed, "hedge_words", lambda: _hedge_tokens(parsed))
    reportedly = memo(parsed, "reportedly", lambda: tokens_where(parsed, _REPORTEDLY))
    sentence = span_at(parsed, raw.sentence[0], raw.sentence[1])
    if (content is not None and any_hedge(parsed, hedges, content)) or (
        sentence is not None and _any_between(reportedly, sentence.start, sentence.end)
    ):
        return "hedged"
    if (
        content is not None
        and (self_hedged(content) or seeming(content) or held(content) or only_possible(content))
    ) or (content is not None and not_ruled_out(content)):
        return "hedged"
    return "asserted"


_REPORTEDLY = frozenset({"reportedly", "allegedly"})


def _dismissive(parsed: Doc, content: tuple[int, int]) -> bool:
    """Whether a label content calls its object baseless, lies, propaganda ..."""
    words = span_at(parsed, content[0], content[1])
    return words is not None and any(t.lower_ in DISMISSALS for t in words)


def caveats_on(raw: RawClaim, parsed: Doc, text: str) -> tuple[tuple[int, int], ...]:
    """The reporter's caveats on a claim: that it could not be checked, in its own
    sentence ("…, a claim that rights groups could not verify") or in the sentence right
    after it ("The figures could not be independently verified."); a caveat that opens a
    paragraph covers the whole paragraph before it. The caveat is the reporter's, not the
    speaker's: it leaves the claim's modality alone and is kept beside it (shown as "not
    independently verified")."""
    found: list[tuple[int, int]] = []
    for i in caveats(parsed):
        sent = sentence_at(parsed, i)
        if sent.start_char == raw.sentence[0]:
            found.append(_caveat_words(parsed[i], sent))
            continue
        if sent.root.i != i or raw.sentence[0] >= sent.start_char:
            continue  # a caveat inside another statement, or before the claim
        line = text.rfind("\n", 0, sent.start_char) + 1
        if not text[line : sent.start_char].strip():  # the caveat opens a paragraph
            above = text.rfind("\n", 0, len(text[:line].rstrip())) + 1
            if above <= raw.sentence[0]:
                found.append(_caveat_words(parsed[i], sent))
        elif not text[raw.sentence[1] : sent.start_char].strip():
            found.append(_caveat_words(parsed[i], sent))  # the sentence right before it
    return tuple(dict.fromkeys(found))


def _caveat_words(tok: Token, sent: Span_) -> tuple[int, int]:
    """The words of a caveat: its own sentence, or the phrase that closes the claim's
    ("a claim that rights groups could not verify", from the noun it sums the claim in)."""
    if sent.root.i == tok.i:
        first, last = sent[0], sent[-1]
        while (last.is_punct or last.is_space) and last.i > first.i:
            last = last.doc[last.i - 1]
    else:
        phrase = tok.head if tok.dep_ in ("relcl", "acl") else tok
        first, last = phrase.left_edge, tok.right_edge
        if last.i < phrase.right_edge.i:
            last = phrase.right_edge
        while (last.is_punct or last.is_space) and last.i > first.i:
            last = last.doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def _hedge_tokens(parsed: Doc) -> list[int]:
    """Hedge words used as hedges: "may" the modal, not "since May"; nor the "could" of
    "could not keep accepting", which states an inability, not a doubt."""
    return [
        i
        for i in tokens_where(parsed, HEDGE_WORDS)
        if parsed[i].pos_ not in ("PROPN", "NOUN") and not _cannot(parsed[i])
    ]


def _cannot(tok: Token) -> bool:
    """ "could not", "couldn't": the past of "cannot"."""
    if tok.lower_ != "could":
        return False
    return any(c.dep_ == "neg" for c in tok.head.children) or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("not", "n't")
    )


def _any_between(indices: list[int], first: int, last: int) -> bool:
    at = bisect.bisect_left(indices, first)
    return at < len(indices) and indices[at] < last
