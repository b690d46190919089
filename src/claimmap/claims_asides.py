"""Asides that attribute the clause they hang on: "as the minister noted", "as a memo put
it", "As Simonyan put it in a statement, RT is ...". The cue verb has no complement of its
own; what it reports is the main clause around the aside, which the parser makes the
aside's head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_put_it(verb: Token) -> bool:
    """ "as X put it": "put" reports speech only with "it" as its object and an "as"."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and _as_mark(verb)
    )


def as_aside_content(verb: Token) -> Offsets | None:
    """The clause an "as"-aside attributes: the head's clause without the aside, on the
    side of the aside where the words are ("X, as he said" or "As he said, X")."""
    if verb.dep_ != "advcl" or not _as_mark(verb):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "as he said that ...": the aside carries its own content
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "..., as cited by Interfax": a channel (claims_outlets), no speaker
    head = verb.head
    body = text(verb.doc)
    first, last = head.left_edge, head.right_edge
    if verb.left_edge.i <= first.i:  # fronted: "As Simonyan put it in July, RT is ..."
        comma = next((t for t in verb.doc[verb.i : head.i] if t.text == ","), None)
        start = tok_end(comma if comma is not None else verb.right_edge)
        end = tok_end(last)
    else:  # "The program requires X, as a memo put it."
        start, end = first.idx, verb.left_edge.idx
    content = trim(body, start, end)
    return content if content[1] - content[0] >= 10 else None


def _as_mark(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
