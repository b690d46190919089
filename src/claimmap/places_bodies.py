"""Country names inside the names of bodies: "the Workers Party of Xyz", "Reform Abc". NER
often cuts such a name in two (an organisation, then a place), but the country is a word
of the body's name, not a place the story is set in or speaks of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.nlp import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Head nouns of political bodies named "the Xyz <noun> of <Country>".
BODY_NOUNS = frozenset(
    {"party", "front", "movement", "alliance", "league", "congress", "coalition"}
)


def _org_ends(doc: Doc) -> dict[int, Span]:
    """The organisation entities by the token they end before (one pass over the ents)."""
    return {e.end: e for e in entities(doc) if e.label_ == "ORG"}


def in_body_name(doc: Doc, span: Span, org_ends: dict[int, Span] | None = None) -> bool:
    """Whether the country name ``span`` closes an organisation's name: right after a
    capitalised organisation word ("Reform Abc": not an acronym, which may just qualify it),
    or after "<Body noun> of" ("the Workers Party of Xyz")."""
    if span.start == 0:
        return False
    ends = _org_ends(doc) if org_ends is None else org_ends
    org = ends.get(span.start)
    if org is not None:
        last = org[-1]
        adjacent = doc[span.start - 1].whitespace_ == " "
        return adjacent and last.text[:1].isupper() and not last.text.isupper() and last.is_alpha
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    org = ends.get(span.start - 1)
    return org is not None and noun.lower_ in BODY_NOUNS and noun.text[:1].isupper()


#: Nouns that, written in lower case after a name, make it an outlet's: "the Xyz news
#: agency" (a name before a lower-case "newspaper" may be the paper's town: "a Xyz daily").
OUTLET_NOUNS = (("news", "agency"), ("news", "service"), ("news", "website"), ("agency",))


def names_outlet(doc: Doc, span: Span) -> bool:
    """Whether the name ``span`` is an outlet's, followed by a lower-case outlet noun and not
    led by "a" ("the semi-official Xyz news agency said", not "a Xyz news agency")."""
    words = tuple(t.text for t in doc[span.end : span.end + 2])
    if not any(words[: len(n)] == n for n in OUTLET_NOUNS):
        return False
    first = span.start
    while first > 0 and doc[first - 1].pos_ == "ADJ":  # "the semi-official Xyz"
        first -= 1
    return first == 0 or doc[first - 1].lower_ not in {"a", "an"}


def _country(name: str, gaz: GazetteerLike) -> bool:
    """Whether the gazetteer's best entry for ``name`` is a country."""
    cands = gaz.lookup(name, limit=1, fuzzy=False) if gaz.knows(name) else []
    return bool(cands) and cands[0].kind == "country"


def without_body_names(doc: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """Drop country mentions that are words of a body's name (:func:`in_body_name`), and
    other names that name an outlet (:func:`names_outlet`)."""
    out = []
    org_ends = _org_ends(doc)
    for top in found:
        span = doc.char_span(top.start, top.end, alignment_mode="expand")
        outlet = top.form == "name" and span is not None and names_outlet(doc, span)
        if outlet and not _country(top.name, gaz):  # "the Kenya news agency": about Kenya
            continue
        if (
            top.form == "name"
            and span is not None
            and in_body_name(doc, span, org_ends)
            and _country(top.name, gaz)
        ):
            continue
        out.append(top)
    return out
