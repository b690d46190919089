"""Attributions whose speech verb opens the sentence: "Said Ellis: “...”", "Added the
mayor, “...”". The verb comes before its subject, a colon or a comma and a quotation
follow the name, and the small model reads the verb as a compound of the name or an
adverbial clause, so the parse offers neither a cue nor a content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_quotes import is_claim_sized
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    span_at,
    text,
    tok_end,
    tokens_offsets,
    tokens_where,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Forms of speech verbs that open an inverted attribution ("Said Ellis:", "Adds Ruiz,").
INVERTED_FORMS = frozenset(
    {
        "said", "says", "added", "adds", "wrote", "writes", "explained", "explains",
        "replied", "replies", "continued", "continues", "recalled", "recalls", "noted",
        "notes", "warned", "warns", "declared", "declares", "insisted", "insists",
        "quipped", "quips", "countered", "counters", "concluded", "concludes", "observed",
        "observes", "tweeted", "tweets", "asked", "asks",
    }
)  # fmt: skip
#: Parts of speech a speaker's name or description is made of ("the head of the union").
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "ADP", "PUNCT", "NUM", "PART"})
_NAME_START = frozenset({"PROPN", "NOUN", "DET", "ADJ"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', ".”", '."'})
_OPEN_QUOTES = ('"', "“")
_MAX_NAME = 8


def with_inverted_openers(
    parsed: Doc, found: list[RawClaim], quotes: list[Offsets]
) -> list[RawClaim]:
    """``found`` and a claim for each sentence that opens with a speech verb, then a name,
    then a colon (or a comma and a quotation): the name speaks, what follows is said. It
    replaces a claim the parse gave the verb without a speaker ("Added" with the name read
    as its object)."""
    taken = {r.cue[0] for r in found if r.claimant is not None}
    out = []
    for i in tokens_where(parsed, INVERTED_FORMS):
        verb = parsed[i]
        if verb.idx in taken or not verb.is_title or not _opens_sentence(verb):
            continue
        mark = _name_end(verb)
        if mark is None:
            continue
        content = _said(parsed, mark, quotes)
        if content is None:
            continue
        who = span_at(parsed, verb.idx + len(verb.text_with_ws), parsed[mark].idx)
        if who is None:
            continue
        sent = verb.sent
        out.append(
            RawClaim(
                cue=(verb.idx, tok_end(verb)),
                content=content,
                claimant=tokens_offsets(parsed, i + 1, mark - 1),
                claimant_token=who.root.i,
                outlet=None,
                cue_token=i,
                frame="speech",
                sentence=(sent.start_char, max(sent.end_char, content[1])),
            )
        )
    cues = {r.cue[0] for r in out}
    return [r for r in found if r.cue[0] not in cues] + out


def _opens_sentence(verb: Token) -> bool:
    """First in its sentence or its line: after a full stop, a closing quote or a break."""
    if verb.i == 0:
        return True
    before = verb.nbor(-1)
    return (before.is_space and "\n" in before.text) or before.text in _SENTENCE_ENDS


def _name_end(verb: Token) -> int | None:
    """The index of the colon or comma that ends the name after ``verb``, if a short
    name with a noun in it stands there ("Said the head of the union:")."""
    doc = verb.doc
    first = verb.i + 1
    if first >= len(doc) or doc[first].pos_ not in _NAME_START:
        return None
    for j in range(first, min(len(doc), first + _MAX_NAME + 1)):
        tok = doc[j]
        if tok.text in (":", ","):
            named = any(t.pos_ in ("PROPN", "NOUN") for t in doc[first:j])
            return j if named and j > first else None
        if tok.pos_ not in _NAME_POS or tok.is_space:
            return None
    return None


def _said(doc: Doc, mark: int, quotes: list[Offsets]) -> Offsets | None:
    """What follows the mark: the quotation opening there (needed after a comma), or the
    rest of the line after a colon."""
    body = text(doc)
    start = tok_end(doc[mark])
    while start < len(body) and body[start] in " \t\xa0":
        start += 1
    quote = next((q for q in quotes if q[0] == start), None)
    if quote is not None and is_claim_sized(body, quote):
        return quote
    if doc[mark].text != ":" or body[start : start + 1] in _OPEN_QUOTES:
        return None
    end = body.find("\n", start)
    content = trim(body, start, len(body) if end < 0 else end)
    return content if content[1] - content[0] > 10 else None
