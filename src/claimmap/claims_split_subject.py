"""A speaker's name the parser split into two subjects: "Deir ez-Zor activist network Eye
of Euphrates said ...".

A place name with an Arabic particle ("Deir ez-Zor", "Ras al-Ain") before the noun it
qualifies can come out of the parse as a subject of its own, right before the real one.
Two subjects of one verb with nothing between them are one noun phrase: the one next to
the verb names the speaker and the one before it only qualifies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["joined_subject"]


def joined_subject(verb: Token, subj: Token | None) -> tuple[Token, int] | None:
    """(the subject next to the verb, where the phrase starts) when ``subj`` runs straight
    into another subject of ``verb`` before it; None otherwise."""
    if subj is None or subj.i > verb.i:
        return None
    near = next((c for c in verb.children if c.dep_ in SUBJECTS and subj.i < c.i < verb.i), None)
    if near is None or subj.right_edge.i + 1 != near.left_edge.i:
        return None
    if subj.pos_ != "PROPN" or near.right_edge.i + 1 != verb.i:
        return None
    return near, subj.left_edge.idx
