"""Media that relay a named source between their name and the cue.

"Xinhua, quoting a defence ministry spokesman, said that X": the medium only carries the
spokesman's words (unlike "citing diplomats", the grounds of its own report), so the
spokesman is the claimant and the medium the outlet. The parser often breaks such a
subject when it opens the second conjunct of a sentence ("Moscow's embassy dismissed the
report, and Xinhua, quoting a spokesman, said ..."): the medium's name becomes an
adverbial of the first verb, the cue inherits the first subject and "quoting" is read as
a claim of its own. The commas around "quoting Y" mark the spans.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_media import MEDIUM_NOUNS
from claimmap.claims_tokens import Offsets, RawClaim, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Only "quoting" passes on a source's own words; "citing unnamed diplomats" names the
#: grounds of the medium's own report, which stays the medium's claim.
_CITING = frozenset({"quote"})
#: Words of the medium's or the source's noun phrase.
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
#: Sources that are records, not speakers: "citing data", "quoting a report".
_RECORDS = frozenset(
    {"report", "reports", "data", "document", "documents", "figure", "figures", "source"}
)
_MAX_WORDS = 10


def _phrase_before(doc: Doc, comma: int, floor: int) -> Span | None:
    """The noun phrase that ends just before ``comma`` (back to a punctuation mark, a
    conjunction or ``floor``)."""
    i = comma - 1
    while i >= floor and doc[i].pos_ in _NP_POS and comma - i <= _MAX_WORDS:
        i -= 1
    phrase = doc[i + 1 : comma]
    if not len(phrase) or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    return phrase if i < floor or doc[i].is_punct or doc[i].pos_ == "CCONJ" else None


def _relay_at(verb: Token) -> tuple[Token, Span, Span] | None:
    """(the "quoting" token, the medium, the quoted source) set off before ``verb``."""
    doc = verb.doc
    sent = verb.sent
    closing = verb.i - 1
    if closing <= sent.start + 3 or doc[closing].text != ",":
        return None
    cite = next(
        (
            t
            for t in doc[max(sent.start, closing - _MAX_WORDS) : closing]
            if t.lemma_.lower() in _CITING and t.tag_ == "VBG" and doc[t.i - 1].text == ","
        ),
        None,
    )
    if cite is None:
        return None
    source = doc[cite.i + 1 : closing]
    if not len(source) or not all(t.pos_ in _NP_POS for t in source):
        return None
    if source[-1].pos_ not in ("NOUN", "PROPN") or source[-1].lower_ in _RECORDS:
        return None
    medium = _phrase_before(doc, cite.i - 1, sent.start)
    if medium is None:
        return None
    return cite, medium, source


def _is_medium(medium: Span, outlet: Offsets | None) -> bool:
    named = outlet is not None and outlet[0] <= medium.start_char < outlet[1]
    return named or any(t.lemma_.lower() in MEDIUM_NOUNS for t in medium)


def quoted_by_media(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """Claims at "Medium, quoting Y, said" with Y as claimant and the medium as outlet;
    the claim read at "quoting" itself goes."""
    cites: set[int] = set()
    out: list[RawClaim] = []
    for raw in claims:
        verb = parsed[raw.cue_token]
        found = _relay_at(verb) if verb.pos_ in ("VERB", "AUX") else None
        if found is None or not _is_medium(found[1], raw.outlet):
            out.append(raw)
            continue
        cite, medium, source = found
        cites.add(cite.i)
        head = next((t for t in source if not source.start <= t.head.i < source.end), source[-1])
        out.append(
            replace(
                raw,
                claimant=tokens_offsets(parsed, source.start, source.end - 1),
                claimant_token=head.i,
                outlet=tokens_offsets(parsed, medium.start, medium.end - 1),
            )
        )
    return [r for r in out if r.cue_token not in cites]
