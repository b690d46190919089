"""Attributions set between commas after a fronted adverbial: "From there, they said, most
of the migrants planned to go on to the capital."

The parser often takes the speech verb of such an aside for the root of the sentence and the
clause after it for a noun phrase ("most" a bare-noun adverbial, "planned" a participle of
"migrants"), so no complement hangs on the cue and no claim is found. The word order tells
the claim all the same: an opening adverbial phrase and its comma, a short subject and a
speech verb (with at most a few words of time or manner) and a second comma, then a clause.
The sentence, the opening phrase included ("from there" says where the claim starts), is
what was said; the subject is the claimant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import QUOTE_VERBS, cue_lemma
from claimmap.claims_tokens import RawClaim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Parts of speech that open an adverbial phrase ("From there", "Later", "Once across").
_OPENERS = frozenset({"ADP", "ADV", "SCONJ"})
#: Parts of speech of a short subject ("they", "the two officers", "police").
_SUBJECT_POS = frozenset({"PRON", "DET", "NUM", "ADJ", "NOUN", "PROPN"})
#: Pronouns that cannot be a speaker ("From there, it said" is one; "there" is not).
_NO_SPEAKER = frozenset({"there", "this", "that", "what", "which"})
_MAX_OPENER, _MAX_SUBJECT, _MAX_ADJUNCT = 6, 4, 4


def fronted_asides(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The aside claims of ``parsed`` whose cue no claim of ``found`` already has."""
    taken = {r.cue_token for r in found}
    out = []
    for sent in parsed.sents:
        if sent[0].pos_ not in _OPENERS:
            continue
        raw = _aside_in(sent)
        if raw is not None and raw.cue_token not in taken:
            out.append(raw)
    return out


def _aside_in(sent: Span) -> RawClaim | None:
    """The claim of one sentence that opens "ADVERBIAL, SUBJECT VERB, CLAUSE", if any."""
    first = next((t for t in sent[: _MAX_OPENER + 1] if t.text == ","), None)
    if first is None or first.i == sent.start:
        return None
    opener = sent.doc[sent.start : first.i]
    if any(t.pos_ in ("VERB", "AUX") for t in opener):
        return None  # "After he left, they said, ...": a clause, not a phrase
    verb = _speech_verb(sent, first.i + 1)
    if verb is None:
        return None
    subject = sent.doc[first.i + 1 : verb.i]
    second = next(
        (t for t in sent.doc[verb.i + 1 : min(sent.end, verb.i + 2 + _MAX_ADJUNCT)] if t.is_punct),
        None,
    )
    if second is None or second.text != ",":
        return None
    rest = [t for t in sent.doc[second.i + 1 : sent.end] if not t.is_punct]
    if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # no clause after the aside
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    last, end = words[-1], next(t for t in reversed(sent) if not t.is_space)
    return RawClaim(
        cue=(verb.idx, verb.idx + len(verb.text)),
        content=(sent.start_char, last.idx + len(last.text)),
        claimant=(subject.start_char, subject.end_char),
        claimant_token=subject.root.i,
        outlet=None,
        cue_token=verb.i,
        frame="speech",
        sentence=(sent.start_char, end.idx + len(end.text)),
    )


def _speech_verb(sent: Span, start: int) -> Token | None:
    """The speech verb right after a short subject that begins at ``start``."""
    doc = sent.doc
    for k in range(start, min(sent.end, start + _MAX_SUBJECT + 1)):
        tok = doc[k]
        if tok.tag_ in ("VBD", "VBZ", "VBP") and cue_lemma(tok.lemma_, tok.lower_) in QUOTE_VERBS:
            subject = doc[start:k]
            if not len(subject) or any(t.pos_ not in _SUBJECT_POS for t in subject):
                return None
            if subject[-1].lower_ in _NO_SPEAKER or subject[-1].pos_ in ("DET", "ADJ", "NUM"):
                return None
            return tok
        if tok.pos_ not in _SUBJECT_POS:
            return None
    return None
