"""Names with lower-case particles inside: "Frankfurt an der Oder", "Castellon de la Plana",
"Newcastle upon Tyne".

NER often tags only the first word ("Frankfurt") and leaves the rest untagged or a person
("Oder"); the first word alone is then another, bigger place (Frankfurt am Main, 450 km
away). When the gazetteer holds the whole name, the whole is the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_extent import particle_joined

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.places_lexicon import GazetteerLike

#: How many particles may stand in a row ("an der", "de la").
MAX_PARTICLES = 2
#: How many capitalised words may follow them ("upon Tyne", "de la Frontera").
MAX_TAIL = 3


def particles_joined(span: Span, gaz: GazetteerLike) -> Span:
    """``span`` grown over one or two short lower-case particles and the capitalised words
    after them, when the gazetteer knows the longer name (:func:`particle_joined` for one
    particle or a hyphened one, "Rostov-on-Don")."""
    grown = particle_joined(span, gaz)
    if grown != span:
        return grown
    doc = span.doc
    first = span.end
    while first < min(len(doc), span.end + MAX_PARTICLES) and _particle(doc[first]):
        first += 1
    if first - span.end < MAX_PARTICLES or first >= len(doc):
        return span  # one particle: particle_joined has looked already
    for stop in range(min(len(doc), first + MAX_TAIL), first, -1):
        tail = doc[first:stop]
        longer = doc[span.start : stop]
        if all(t.is_alpha and t.text[:1].isupper() for t in tail) and gaz.knows(longer.text):
            return longer
    return span


def _particle(tok: Token) -> bool:
    """A short lower-case word that joins the parts of one name ("an", "der", "la"), and no
    conjunction ("Paris and the Loire" are two places)."""
    return tok.is_lower and tok.is_alpha and len(tok) <= 4 and tok.lower_ not in {"and", "or"}
