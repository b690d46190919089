"""A relative clause set off by a comma on a noun deep inside a claimant phrase.

"The governor of X's Y province, whose area includes Z, told ...": the parser hangs the
clause on "province", not on "governor", but it still only describes: its names (Z) are
not the claimant's, and the claimant phrase ends before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Pronouns that open a clause describing the noun before them.
_OPENERS = frozenset({"whose", "which", "where"})


def set_off_relative(tok: Token, span: Span) -> bool:
    """Is ``tok`` the verb of a "whose", "which" or "where" clause, after a comma, on a
    noun of the phrase after its head word (a clause on the head itself is the caller's)?"""
    if tok.dep_ != "relcl" or tok.head.i <= span.root.i:
        return False
    first = tok.left_edge
    if first.i <= span.start or first.doc[first.i - 1].text != ",":
        return False
    return first.lower_ in _OPENERS
