"""A place inside a group's name: "the Islamic State in the Sahel (EIS)", "al-Qaeda in the
Arabian Peninsula". The "in X" names the group, it does not say the movers were there, so
it starts no leg (read by :func:`claimmap.movement_mover_origin.origin_in_mover`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: last words of group names that go on with "in <region>" ("Islamic State in ...")
NAME_HEADS = _words("state qaeda al-qaeda qaida al-qaida")


def in_group_name(prep: Token) -> bool:
    """Is the preposition ``prep`` ("in") part of a proper name: it follows a name word that
    such names end with ("State in the X"), or the place after it is followed by the
    group's acronym in brackets ("... in the Sahel (EIS)")?"""
    if prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    if before.lower_ in NAME_HEADS:
        return True
    return any(_acronym_after(obj) for obj in prep.children if obj.dep_ == "pobj")


def _acronym_after(obj: Token) -> bool:
    """ "the Sahel (EIS)": a bracketed all-capitals word right after the place."""
    doc = obj.doc
    j = obj.i + 1
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return False
    word = doc[j + 1].text
    return len(word) >= 2 and word.isalpha() and word.isupper()
