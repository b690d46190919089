"""A body's own capitalised name in a claimant phrase: "The Gao-based Xyz Observatory"
is that observatory, not "the observatory" named before, and is called by its name
without where it is based.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Where a body is based, before its name: "Gao-based" in "Gao-based Xyz Observatory".
_BASED = re.compile(r"^[\w.' -]+?-based\s+")


def own_name(span: Span) -> bool:
    """ "The Gao-based Sahel Rights Observatory": a head written as the last word of a
    capitalised name is that body's own name, not a reference to one named before ("the
    observatory")."""
    root = span.root
    if not root.is_title or root.i == span.start:
        return False
    before = span.doc[root.i - 1]
    return before.is_title and before.pos_ == "PROPN" and before.head.i == root.i


def without_base(name: str) -> str:
    """ "Gao-based Xyz Observatory" → "Xyz Observatory"."""
    bare = _BASED.sub("", name)
    return bare if bare[:1].isupper() else name
