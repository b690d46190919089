"""A closing attribution the parser read as a participle on its own subject: "Rifles are
being shipped to X and smuggled on to Y, where they end up with gangs, a Senate
subcommittee heard on Tuesday".

After a long clause the small model hangs the closing noun phrase on the clause's last
noun (as an apposition) and the verb on that noun as a past participle ("a subcommittee
[that was] heard"), so no cue is found and the lead's claim is lost. The shape is plain:
a comma, a bare noun phrase, a verb of speech or hearing right after it, and nothing after
the verb but adverbials ("on Tuesday"). The noun phrase is the source and the clause
before the comma its content (as in ``claims_trailing`` for a verb read as finite).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import RawClaim, text, tok_end, trim
from claimmap.claims_trailing import comma_before
from claimmap.parse_columns import last_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["closing_participles"]

_ADVERBIALS = frozenset({"prep", "npadvmod", "advmod", "punct"})
_NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MAX_WORDS = 7


def closing_participles(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """Claims of sentences that close on ", NP heard/said …" the parser made a participle."""
    cues = {r.cue_token for r in found}
    out = []
    for sent in parsed.sents:
        verb = _closing_verb(sent)
        if verb is None or verb.i in cues:
            continue
        frame = verb_frame(cue_lemma(verb.lemma_, verb.lower_))
        claim = _claim(verb, sent, frame) if frame in ("speech", "document", "cognition") else None
        if claim is not None:
            out.append(claim)
    return out


def _closing_verb(sent: Span) -> Token | None:
    """The last word verb of the sentence, if it is a participle on the noun before it."""
    for verb in reversed(last_words(sent, 4)):
        if verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.head.i == verb.i - 1:
            return verb
    return None


def _claim(verb: Token, sent: Span, frame: str) -> RawClaim | None:
    if any(c.dep_ not in _ADVERBIALS for c in verb.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in sent.doc[verb.right_edge.i + 1 : sent.end]):
        return None
    doc = verb.doc
    comma, speaker = comma_before(verb, sent)
    if doc[comma].text != "," or not 1 <= len(speaker) <= _MAX_WORDS:
        return None
    if speaker[-1].pos_ not in ("NOUN", "PROPN") or any(
        t.pos_ not in _NP_POS and t.dep_ != "compound" for t in speaker
    ):
        return None
    before = doc[sent.start : comma]
    if not any(t.tag_ in _FINITE for t in before) or any(t.is_quote for t in before):
        return None
    body = text(doc)
    return RawClaim(
        cue=(verb.idx, tok_end(verb)),
        content=trim(body, sent.start_char, doc[comma].idx),
        claimant=trim(body, speaker[0].idx, tok_end(speaker[-1])),
        claimant_token=speaker[-1].i,
        outlet=None,
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )
