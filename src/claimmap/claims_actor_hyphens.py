"""Personal names with a hyphened given name: "Francois-Xavier Dupont", "Mayor Pierre-Yves
Le Gall". The model often takes the whole name for an organisation, or keeps only the
part before the hyphen as a person; both readings lose the claimant's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Arabic and Berber name particles a hyphen joins to a name ("Al-Shabaab", "Abu-Bakr"):
#: not a given name of two parts.
_PARTICLES = words(
    """
    al el ad ar as ash at az abu bin ibn ben ould
    """
)
#: Particles of European surnames ("Le Gall", "van der Berg").
_SURNAME_PARTICLES = words(
    """
    le la de du des da di van von der den del dos
    """
)


def hyphened_given(name: Sequence[Token]) -> bool:
    """ "Francois-Xavier Dupont", "Jean-Baptiste Kouassi": the words of a name open on a
    given name of two capitalised parts joined by a bare hyphen, then a surname. A body's
    name with a hyphen ("Rolls-Royce Holdings") ends on a word bodies are named by, which
    the callers rule out."""
    if len(name) < 3 or name[1].i != name[0].i + 2:
        return False
    hyphen = name[0].doc[name[0].i + 1]
    return (
        hyphen.text in ("-", "‐")
        and not name[0].whitespace_
        and not hyphen.whitespace_
        and all(t.is_title and t.is_alpha and len(t) >= 3 for t in name[:2])
        and name[0].lower_ not in _PARTICLES
        and name[2].is_title
    )


def surname_after(doc: Doc, end: int) -> int:
    """The end of the surname after a hyphened given name ending before token ``end``
    (the model kept "Pierre" of "Pierre-Yves Le Gall"): up to two particles, then one
    capitalised proper noun that is no title or organisation word; ``end`` where none."""
    from claimmap.claims_actor_context import ORG_NOUNS
    from claimmap.claims_actor_phrases import PERSON_ROLES

    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    at = end
    while at < len(doc) - 1 and doc[at].lower_ in _SURNAME_PARTICLES and at - end < 2:
        at += 1
    tok = doc[at]
    surname = (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in ("", "PERSON")
        and tok.lower_ not in PERSON_ROLES | ORG_NOUNS
    )
    return at + 1 if surname else end


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def nicknamed(doc: Doc, start: int, end: int) -> int:
    """Where a name with a quoted nickname ends: 'Jimmy "Barbecue" Chérizier', which the
    model cut inside the quotes, goes on to the capitalised surname after them."""
    opened = [t for t in doc[start:end] if t.text in _QUOTES]
    if len(opened) != 1 or end + 1 >= len(doc) or doc[end].text not in _QUOTES:
        return end
    after = doc[end + 1]
    return end + 2 if after.is_title and after.pos_ == "PROPN" else end
