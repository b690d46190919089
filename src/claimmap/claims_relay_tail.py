"""A speaker's claim that a news agency's closing "reported" relays.

"Chile's interior minister said last week that 400 migrants had crossed, the state news
agency Xinhua reported.": the minister is the claimant and Xinhua the outlet (the
convention of :mod:`claimmap.claims_relay`: the original source speaks, the agency is
its channel). When the parser hangs the closing "reported" on the agency as a relative
clause, or makes the agency an object of the speaker's clause, the cue reader takes the
agency for the claimant of the whole sentence, minister and cue included. This step
turns such a claim back into the speaker's: cue the speaker's verb, content its clause up
to the comma before the agency, outlet the agency.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_media import relaying_medium
from claimmap.claims_tokens import sentence_at, tok_end
from claimmap.nlp import token_texts
from claimmap.parse_columns import last_words, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_tokens import RawClaim

#: The medium's closing verb: "…, the agency reported", "…, Kyodo said".
_CLOSING = frozenset({"report", "say"})
#: The speaker's verbs a medium relays.
#: The longest medium phrase before the closing verb ("the state news agency Agencia Brasil").
_MAX_MEDIUM_WORDS = 8
_SPEECH = frozenset({"say", "tell", "announce", "state", "claim", "confirm", "warn"})


def relayed_speakers(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with each agency's closing "reported" over a speaker's clause read as
    that speaker's claim through the agency (see the module docstring)."""
    cues = {r.cue_token for r in found}
    out: list[RawClaim] = []
    changed = False
    for raw in found:
        closing = _closing_medium(sentence_at(parsed, raw.cue_token))
        if closing is None:
            out.append(raw)
            continue
        comma, medium, verb = closing
        if raw.cue_token == verb.i:
            if raw.outlet is None:  # the speaker's claim, run on over the agency
                raw = replace(raw, outlet=(medium.start_char, medium.end_char))
                end = tok_end(parsed[comma - 1])
                raw = replace(raw, content=(raw.content[0], min(raw.content[1], end)))
                changed = True
            out.append(raw)
        elif raw.cue_token == medium.end and verb.i in cues:
            changed = True  # the agency's "reported": the speaker's claim was read
        elif raw.cue_token == medium.end:
            out.append(_as_speakers(parsed, raw, closing))
            changed = True
        else:
            out.append(raw)
    return out if changed else found


def _as_speakers(parsed: Doc, raw: RawClaim, closing: tuple[int, Span, Token]) -> RawClaim:
    """The agency's claim read at the speaker's verb, with the agency its outlet."""
    comma, medium, verb = closing
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    if said is None or said.left_edge.i >= comma:
        return raw
    last = parsed[min(said.right_edge.i, comma - 1)]
    return replace(
        raw,
        cue=(verb.idx, tok_end(verb)),
        claimant=(subj.left_edge.idx, tok_end(subj.right_edge)),
        claimant_token=subj.i,
        content=(said.left_edge.idx, tok_end(last)),
        outlet=(medium.start_char, medium.end_char),
        cue_token=verb.i,
        frame="speech",
    )


def _closing_medium(sent: Span) -> tuple[int, Span, Token] | None:
    """(comma, medium, speaker's verb) when ``sent`` is "<speaker> said <clause>, <medium>
    reported.", the medium's verb closing the sentence."""
    doc = sent.doc
    if word_count(doc, sent.start, sent.end) < 6:
        return None
    closing = last_words(sent, 1)[0]
    if closing.lemma_.lower() not in _CLOSING or closing.pos_ != "VERB":
        return None
    texts = token_texts(doc)
    comma = next((i for i in range(closing.i - 1, sent.start - 1, -1) if texts[i] == ","), None)
    if comma is None or closing.i - comma > _MAX_MEDIUM_WORDS + 1:
        return None
    medium = doc[comma + 1 : closing.i]
    if len(medium) == 0 or not relaying_medium(medium):
        return None
    verb = _speaker_verb(doc[sent.start : comma])
    return (comma, medium, verb) if verb is not None else None


def _speaker_verb(clause: Span) -> Token | None:
    """The first speech verb of the clause whose subject opens the sentence."""
    for tok in clause:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEECH:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is not None and subj.left_edge.i == clause.start:
            return tok
        return None
    return None
