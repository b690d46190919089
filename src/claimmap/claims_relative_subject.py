"""A speaker whose relative clause cuts it off from its cue.

"The Open Skies Monitor research group, which tracks the airline's flights, said radar
data suggested ...": the parser often loses the subject across the relative clause, makes
the cue a parataxis of the reported verb and gives the speaker's noun phrase to that verb
as its subject. A subjectless speech cue right after the comma that closes a relative
clause of a noun phrase opening the sentence has that noun phrase for its speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import QUOTE_VERBS
from claimmap.claims_tokens import Offsets, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Words a speaker's noun phrase before its relative clause may hold.
_PHRASE_POS = frozenset(
    {"DET", "PRON", "ADJ", "NOUN", "PROPN", "PART", "NUM", "ADP", "CCONJ", "PUNCT"}
)


def subject_over_relative(
    verb: Token, sent: Span, lemma: str
) -> tuple[Offsets, int, Offsets] | None:
    """(claimant, claimant token, content) of a cue whose subject the parser lost across
    the subject's relative clause, or None."""
    doc = verb.doc
    if lemma not in QUOTE_VERBS or verb.dep_ not in ("parataxis", "dep", "conj"):
        return None
    if verb.i < sent.start + 4 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.head.i < verb.i:
        return None
    relative = next(
        (
            t
            for t in doc[sent.start : verb.i]
            if t.dep_ == "relcl"
            and t.right_edge.i == verb.i - 2
            and any(c.tag_ in ("WDT", "WP") and c.dep_ in _SUBJECTS for c in t.children)
        ),
        None,
    )
    if relative is None or relative.head.pos_ not in ("NOUN", "PROPN"):
        return None
    opening = relative.left_edge.i - 1  # the comma that opens the relative clause
    if opening <= sent.start or doc[opening].text != ",":
        return None
    phrase = doc[sent.start : opening]
    if not all(t.pos_ in _PHRASE_POS for t in phrase) or relative.head.i >= opening:
        return None
    claimant = trim(text(doc), phrase[0].idx, tok_end(doc[verb.i - 2]))  # (with its clause)
    content = trim(text(doc), tok_end(verb), sent.end_char)
    if content[1] - content[0] < 10:
        return None
    return claimant, relative.head.i, content
