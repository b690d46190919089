"""Claims set inside a sentence that reports another, and the reporter's words beside them.

", where the United Nations said 34 people died" and "what the opposition says was a
rigged vote" are claims of their own that end the claim they sit in; "..., the army said,
with Japan saying Y" adds a second source; "..., according to X, before falling" and
"..., X said, and Y" go on in the reporter's voice. Split from :mod:`claimmap.claims_content`
and :mod:`claimmap.claims_syntax`, which read a cue's own complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_quote_beside import GLOSS_OPENERS
from claimmap.claims_tokens import SUBJECTS, has_child, subject_of
from claimmap.claims_verb_parts import subject_gap

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Finite verb tags: the predicate a free relative's gap leaves after the cue.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def what_said(verb: Token) -> list[Token]:
    """ "against what the opposition says was a rigged vote": the parser hangs the predicate
    after the cue beside it, not under it; the free relative's predicate is the content."""
    what = next(
        (c for c in verb.children if c.dep_ in (*SUBJECTS, "dobj") and c.lower_ == "what"), None
    )
    if what is None or what.i > verb.i or verb.i + 1 >= len(verb.doc):
        return []
    nxt = verb.doc[verb.i + 1]
    finite = nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in _FINITE
    return [nxt] if finite and subject_of(nxt) is None else []


def adverb_relative(verb: Token) -> bool:
    """ "..., where the United Nations said 34 people died": a cue in a relative clause
    opened by "where" or "when" after a comma, with a complement of its own, is another
    speaker's claim set inside the sentence (it ends the claim it sits in)."""
    opener = verb.left_edge
    return (
        verb.dep_ in ("relcl", "advcl")
        and opener.tag_ == "WRB"
        and opener.head.i == verb.i
        and opener.lower_ in ("where", "when")
        and opener.i > 0
        and verb.doc[opener.i - 1].text == ","
        and any(c.dep_ == "ccomp" and not subject_gap(c) for c in verb.children)
    )


def absolute_clause(prep: Token) -> bool:
    """ "..., the army said, with Japan saying the missile fell ...": "with" and a clause
    with its own subject is the reporter's addition (another source, a circumstance), not
    what the cue's speaker said."""
    return prep.lower_ == "with" and any(
        c.dep_ == "pcomp" and c.tag_ in ("VBG", "VBN") and has_child(c, "nsubj")
        for c in prep.children
    )


def gloss_after(doc: Doc, pp_end: int, sent: Span) -> bool:
    """Whether the words after a mid-sentence "according to X" are the reporter's ("...,
    before dropping", "..., and Y"): a time, a circumstance or a new conjunct."""
    i = pp_end + 1
    if i >= sent.end or doc[i].text != ",":
        return False
    i += 1
    return i < sent.end and (doc[i].lower_ in GLOSS_OPENERS or doc[i].pos_ == "CCONJ")
