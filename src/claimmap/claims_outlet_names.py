"""Outlet names the parser broke: "Kenya's state broadcaster KBC quoted ...", where the
name became a second subject, and "the news site Asia-Net", whose hyphened name it split.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_media import name_end
from claimmap.claims_tokens import Offsets, tok_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def named_medium(doc: Doc, found: Offsets) -> Offsets:
    """ "Kenya's state broadcaster KBC quoted ...": an outlet that stops at its medium
    noun, the parser having made the name a subject of its own, with that name."""
    from claimmap.claims_outlets import whole_medium

    span = doc.char_span(found[0], found[1], alignment_mode="expand")
    return whole_medium(doc, found, span.sent) if span is not None else found


def hyphened_end(tok: Token) -> int:
    """Where a name written with hyphens ends: "Asia-Net", though the parser split it."""
    doc, last = tok.doc, tok
    while last.i + 2 < len(doc) and not last.whitespace_ and doc[last.i + 1].text == "-":
        after = doc[last.i + 2]
        if not doc[last.i + 1].whitespace_ and after.is_alpha and after.text[:1].isupper():
            last = after
            continue
        break
    return max(tok_end(last), name_end(tok))
