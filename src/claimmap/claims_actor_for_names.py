"""Names of groups built as "X for Y and Z": "Syrians for Truth and Justice", "Physicians
for Human Rights". The model tags the last words as a body ("Justice") or a place
("Truth"), and the actor took that word's name; the name is the whole run of capitalised
words joined by "for" (and "and", "of" after it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor

_JOINS = frozenset({"and", "of", "the", "&"})
_KINDS = ("organisation", "unknown", "government")


def for_named(actor: Actor, desc: Span) -> Actor:
    """``actor`` named by the whole "X for Y and Z" phrase ``desc`` when it took a tail."""
    words = [t for t in desc if not t.is_punct]
    if words and words[0].lower_ == "the":
        words = words[1:]
    fors = [i for i, t in enumerate(words) if t.lower_ == "for"]
    if actor.kind not in _KINDS or len(fors) != 1 or not 0 < fors[0] < len(words) - 1:
        return actor
    if not all(t.is_title or t.lower_ in _JOINS or t.lower_ == "for" for t in words):
        return actor
    if not (words[0].is_title and words[-1].is_title):
        return actor
    name = doc_text(desc.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    if name == actor.name or not name.endswith(actor.name):
        return actor
    return replace(actor, name=name, kind="organisation")
