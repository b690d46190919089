"""Requests for anonymity, which describe a source and claim nothing.

"A woman from Bamako, who did not want her name published, said …", "a resident who
wished his name withheld": a wish about the speaker's own name is the reporter's note on
why the source goes unnamed; the claim is what the source then says, read at "said".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import span_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.claims_tokens import Offsets

#: Wishes a source states about its own name.
_WISHES = frozenset({"want", "wish", "ask", "prefer", "request"})
#: What the wish is about: the speaker's name or identity.
_NAMES = frozenset({"name", "names", "surname", "identity", "identities"})
#: What the source wants done, or not done, with the name ("published", "withheld").
_WITHHELD = frozenset(
    {"publish", "use", "disclose", "reveal", "print", "withhold", "give", "mention", "identify"}
)
_OWN = frozenset({"his", "her", "their", "my", "our"})


def anonymity_wish(verb: Token, lemma: str, content: Offsets) -> bool:
    """Whether ``verb`` is a wish about the speaker's own name (see the module docstring)."""
    if lemma not in _WISHES:
        return False
    words = span_at(verb.doc, content[0], content[1])
    if words is None:
        return False
    named = any(
        t.lower_ in _NAMES and any(c.dep_ == "poss" and c.lower_ in _OWN for c in t.children)
        for t in words
    )
    return named and any(t.lemma_.lower() in _WITHHELD for t in words)
