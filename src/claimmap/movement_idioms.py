"""Motion told by idiom or hidden by the tagger: "those who made it into X" (reached X),
and "a loop which normally sails from X" (a relative clause's verb tagged a noun).

Split from :mod:`claimmap.movement_words`, which decides what is a motion word; this
module imports nothing of it, so it can be asked from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of where one got to: "made it to X", "made it into Y"
_TO = frozenset({"to", "into", "onto"})


def made_it(token: Token) -> bool:
    """ "those who made it into X", "had made it to Y": "make it" with a goal is reaching
    it (not "made it clear", "made it a crime", which take no to-phrase)."""
    if token.lemma_.lower() != "make" or token.pos_ != "VERB":
        return False
    it = any(c.dep_ == "dobj" and c.lower_ == "it" and not any(c.children) for c in token.children)
    goal = any(c.dep_ == "prep" and c.lower_ in _TO for c in token.children)
    return it and goal


def clause_verb(token: Token) -> bool:
    """ "a loop which normally sails from X": a relative clause's head with its own subject
    is a verb, whatever tag it got ("sails" read as a plural noun)."""
    return token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children)
