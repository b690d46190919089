"""Media that relay a named source between their name and the cue.

"Xinhua, quoting a defence ministry spokesman, said that X": the medium only carries the
spokesman's words (unlike "citing diplomats", the grounds of its own report), so the
spokesman is the claimant and the medium the outlet. The parser often breaks such a
subject when it opens the second conjunct of a sentence ("Moscow's embassy dismissed the
report, and Xinhua, quoting a spokesman, said ..."): the medium's name becomes an
adverbial of the first verb, the cue inherits the first subject and "quoting" is read as
a claim of its own. The commas around "quoting Y" mark the spans.

"Reuters, citing two fighters in Idlib, reported that ...": a medium citing a person or
body passes that source's word on just the same (the convention the fact-checks follow:
the original source is the claimant, the medium its outlet); only a medium relays so, and
only a speaker is relayed ("citing figures", "citing a report" leave the medium's claim).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_media import MEDIUM_NOUNS
from claimmap.claims_tokens import Offsets, RawClaim, sentence_at, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Participles that relay a source: "quoting" its words, "citing" it.
_CITING = frozenset({"quote", "cite"})
#: Words of the medium's or the source's noun phrase.
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
#: Prepositions inside a cited source's phrase: "an official of the X", "fighters in Y".
_SOURCE_PREPS = frozenset({"of", "in", "at", "from", "near", "with", "close"})
#: Words of a newspaper's own name ("The Daily Courier", "the Kyiv Post").
_MASTHEADS = frozenset(
    {
        "daily", "times", "post", "herald", "gazette", "gazeta", "journal", "tribune",
        "courier", "telegraph", "chronicle", "observer", "express", "mirror", "dispatch",
    }
)  # fmt: skip
#: Words between the closing comma and the cue: "X, citing Y, has reported".
_BEFORE_CUE = frozenset({"AUX", "ADV", "PART"})
#: Sources that are records, not speakers: "citing data", "quoting a report".
_RECORDS = frozenset(
    {"report", "reports", "data", "document", "documents", "figure", "figures", "source"}
)
_MAX_WORDS = 10
#: Words that open a clause whose subject is the medium: "a day after X, citing Y, said".
_SUBORDINATORS = frozenset({"after", "before", "since", "when", "while", "as", "because"})


def _phrase_before(doc: Doc, comma: int, floor: int) -> Span | None:
    """The noun phrase that ends just before ``comma`` (back to a punctuation mark, a
    conjunction or ``floor``)."""
    i = comma - 1
    while i >= floor and (doc[i].pos_ in _NP_POS or _hyphened(doc[i])) and comma - i <= _MAX_WORDS:
        i -= 1
    phrase = doc[i + 1 : comma]
    if not len(phrase) or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    opens = doc[i].pos_ in ("CCONJ", "SCONJ") or doc[i].lower_ in _SUBORDINATORS
    return phrase if i < floor or doc[i].is_punct or opens else None


def _hyphened(tok: Token) -> bool:
    """A hyphen or a word joined by one: "The Houthi-run Saba news agency"."""
    doc = tok.doc
    if tok.tag_ == "HYPH":
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "HYPH" and not tok.whitespace_
    return after or (tok.i > 0 and doc[tok.i - 1].tag_ == "HYPH" and not doc[tok.i - 1].whitespace_)


def _relay_at(verb: Token) -> tuple[Token, Span, Span] | None:
    """(the "quoting" token, the medium, the quoted source) set off before ``verb``."""
    doc = verb.doc
    sent = sentence_at(doc, verb.i)
    closing = verb.i - 1
    while closing > sent.start and doc[closing].pos_ in _BEFORE_CUE:
        closing -= 1  # "X, citing Y, has reported"
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
    if cite.lemma_.lower() == "cite":
        return _cited(cite, source, verb)
    if not len(source) or not all(t.pos_ in _NP_POS for t in source):
        return None
    if source[-1].pos_ not in ("NOUN", "PROPN") or source[-1].lower_ in _RECORDS:
        return None
    medium = _phrase_before(doc, cite.i - 1, sent.start)
    if medium is None:
        return None
    return cite, medium, source


def _cited(cite: Token, source: Span, verb: Token) -> tuple[Token, Span, Span] | None:
    """ "Reuters, citing two fighters in Idlib, reported": the source when it is a speaker
    and the phrase before "citing" a medium (one that "reports" is taken for one)."""
    from claimmap.claims_relay import cited_speaker

    doc = cite.doc
    words = [t for t in source if t.text not in ("(", ")")]
    if not words or any(t.pos_ not in _NP_POS and t.lower_ not in _SOURCE_PREPS for t in words):
        return None
    if words[-1].pos_ not in ("NOUN", "PROPN") or not cited_speaker(source):
        return None
    medium = _phrase_before(doc, cite.i - 1, verb.sent.start)
    if medium is None or not (_relaying(medium) or verb.lemma_.lower() == "report"):
        return None
    return cite, medium, source


def _relaying(medium: Span) -> bool:
    """A medium by its words ("State television", "the news agency X"), or a name the
    actors table holds as an outlet ("Reuters")."""
    from claimmap.claims_actor_lookup import table_actor
    from claimmap.claims_media import press_speaker

    if _is_medium(medium, None) or press_speaker(medium):
        return True
    if any(t.is_title and t.pos_ == "PROPN" and t.lower_ in _MASTHEADS for t in medium):
        return True  # "The Daily Courier", "the Kyiv Post"
    found = table_actor(medium.text, exact=False, doc=medium.doc)
    return found is not None and found.kind == "outlet"


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
        if found is None or not (found[0].lemma_ == "cite" or _is_medium(found[1], raw.outlet)):
            out.append(raw)  # (a cited source's medium is checked in ``_cited``)
            continue
        cite, medium, source = found
        cites.add(cite.i)
        head = next((t for t in source if not source.start <= t.head.i < source.end), source[-1])
        out.append(
            replace(
                raw,
                claimant=tokens_offsets(parsed, source.start, source.end - 1),
                claimant_token=head.i,
                outlet=_outlet(parsed, medium, cite),
            )
        )
    return [r for r in out if r.cue_token not in cites]


def _outlet(parsed: Doc, medium: Span, cite: Token) -> Offsets:
    """The medium's phrase; a cited source's medium by its name ("Japan's Kyodo news
    agency" is Kyodo), as a medium that reports in its own name is."""
    whole = tokens_offsets(parsed, medium.start, medium.end - 1)
    if cite.lemma_ != "cite":
        return whole
    from claimmap.claims_relayed_sources import medium_name

    return medium_name(parsed, whole)
