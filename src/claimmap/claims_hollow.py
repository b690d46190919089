"""Drop claims whose content says nothing: the reader found a cue but its "content" is a
word left behind by the syntax, not something anyone claimed.

- a stranded preposition: "the cards they never asked for", "something most leaders would
  disagree with" (the object moved out to a relative clause; the span is just "for");
- a bare "that"/"this" of a participle with no subject of its own: "Having said that,
  ...", a connective pointing back at the writer's own text;
- a time alone after a cue noun: "his remarks on Saturday" (when they were made, not
  what they said);
- the hearer of an utterance noun: "their statements to the FBI", "an appeal to voters"
  ("to" names who was addressed, as with "told the FBI").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_tokens import RawClaim

log = logging.getLogger(__name__)

__all__ = ["hollow_reason", "without_hollow"]

#: Nouns naming an utterance, whose "to" phrase is its hearer ("a statement to police");
#: unlike stance nouns whose "to" phrase is their object ("opposition to the plan").
UTTERANCE_NOUNS = words(
    """
    statement statements remark remarks comment comments message messages appeal appeals
    request requests letter letters testimony speech address answer answers reply replies
    response responses
    """
)

_FILLER_POS = ("ADP", "PART", "PUNCT", "DET", "CCONJ", "SPACE")
_TIME_ENTS = ("DATE", "TIME")


def without_hollow(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """``claims`` without those whose content is hollow (see the module docstring)."""
    kept = []
    for raw in claims:
        why = hollow_reason(parsed, raw)
        if why is None:
            kept.append(raw)
        else:
            log.debug("hollow content (%s): %r", why, parsed.text[slice(*raw.content)])
    return kept


def hollow_reason(parsed: Doc, raw: RawClaim) -> str | None:
    """Why the content of ``raw`` is no claim, or None when it may be one."""
    span = parsed.char_span(*raw.content, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words_ = [t for t in span if not t.is_space and not t.is_punct]
    if not words_:
        return None
    if all(t.pos_ in ("ADP", "PART") for t in words_):
        return "stranded preposition"
    if len(words_) == 1 and words_[0].lower_ in ("that", "this") and _connective(parsed, raw):
        return "anaphoric connective"
    if parsed[raw.cue_token].pos_ == "NOUN" and _only_time(words_):
        return "a time"  # (a verb's object may be a time described: "described a long night")
    if _hearer(parsed, raw, span):
        return "hearer of an utterance"
    return None


def _connective(parsed: Doc, raw: RawClaim) -> bool:
    """ "Having said that, ...": a cue with no speaker, or an adverbial participle with no
    subject of its own (the main clause's subject is not who "said that")."""
    if raw.claimant is None:
        return True
    cue = parsed[raw.cue_token]
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    return cue.dep_ == "advcl" and not own_subject  # (the tagger may call "said" VBD)


def _only_time(tokens: list[Token]) -> bool:
    """Every word is a date or time (or a preposition or article around one)."""
    dated = [t for t in tokens if t.ent_type_ in _TIME_ENTS]
    return bool(dated) and all(t.ent_type_ in _TIME_ENTS or t.pos_ in _FILLER_POS for t in tokens)


def _hearer(parsed: Doc, raw: RawClaim, span: Span) -> bool:
    """The content is the object of "to" under an utterance noun cue ("statements to X")."""
    cue = parsed[raw.cue_token]
    if cue.pos_ != "NOUN" or cue.lower_ not in UTTERANCE_NOUNS:
        return False
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "to"
        and prep.head.i == cue.i
        and span.start > cue.i
    )
