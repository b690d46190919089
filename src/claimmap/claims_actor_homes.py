"""Where a claimant lives or works, which is no organisation: "a farmer from a village
near Bassila", "local officials in Kerrow", "Ana Lee, a herder from near Tolo".

A place after "from", "near", "in" or "outside" that hangs (perhaps through "a village",
"a camp") off a person noun, a title or "officials" says where the speaker is. The model
often tags such a town as an organisation; it then gives the claimant a seat, never an
employer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import PERSON_NOUNS, PERSON_ROLES, institution
from claimmap.claims_actor_places import SEAT_KINDS
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place

#: Prepositions that say where someone is or comes from.
_WHERE = words(
    """
    in near from outside around
    """
)
#: Words in the names of bodies: a "from"/"in" object holding one is an employer.
_BODY_WORDS = words(
    """
    ministry agency office council committee commission department bureau service
    authority association union party front army force forces police guard group
    organisation organization institute centre center foundation court bank company
    corporation network movement alliance coalition programme program fund watch
    university hospital news times post press radio television
    """
)


#: Bodies named by what they do, whose "in X" is where they work: "Police in Kent".
_BODY_NOUNS = words(
    """
    police authorities officials prosecutors firefighters rescuers
    """
)


def _speaker_noun(tok: Token) -> bool:
    """A noun for a person or a state's officials: "farmer", "official", "officials",
    "police" (which the model may take for a name when it opens the sentence)."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in _BODY_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.pos_ == "NOUN" and (
        lemma in PERSON_ROLES or lemma in PERSON_NOUNS or institution(tok)
    )


def _home_of(tok: Token, span: Span) -> Token | None:
    """The person noun a locative object hangs off, through common nouns ("a farmer from
    a village near X" → farmer), or ``None``."""
    of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if of is not None and of.head.lemma_.lower() in _PLACE_WORDS and of.head.i < of.i:
        tok = of.head  # "an aid worker in the town of X": the town is where he is
    while tok.dep_ == "pobj" and tok.head.lower_ in _WHERE:
        noun = tok.head.head
        while noun.pos_ == "ADP" and noun.lower_ in _WHERE and noun.head.i != noun.i:
            noun = noun.head  # "a farmer from near Tolo"
        if not span.start <= noun.i < span.end:
            return None
        if _speaker_noun(noun):
            return noun
        if noun.i == span.root.i and noun.ent_type_ == "PERSON" and tok.head.lower_ == "from":
            return noun  # "Ana Lee, from a village in X": where the named claimant lives
        if noun.pos_ != "NOUN" or not noun.is_lower:
            return None
        tok = noun
    return None


def _resolved(ent: Span, places: Sequence[Place]) -> bool:
    lo, hi = ent.start_char, ent.end_char
    return any(m.start < hi and lo < m.end for p in places for m in p.mentions)


def _looks_like_town(ent: Span) -> bool:
    """One or two capitalised words, no acronym and no word of a body's name."""
    toks = [t for t in ent if not t.is_punct]
    return (
        0 < len(toks) <= 2
        and all(t.is_title for t in toks)
        and not any(t.lower_ in _BODY_WORDS for t in toks)
    )


def lives_in(ent: Span, span: Span, places: Sequence[Place]) -> bool:
    """Is this name where the claimant lives or works rather than whom he works for? A
    place the geoparser resolved, or (after "in"/"near", or "from" after a person noun
    that holds no post) a short capitalised name that names no body."""
    from claimmap.actors_table import load_actors

    noun = _home_of(ent.root, span)
    if noun is None:
        return False
    if _resolved(ent, places):
        return True
    if ent.label_ == "PERSON":
        return False  # "special agent in charge Ana Lee"
    prep = ent.root.head.lower_
    common = noun.lemma_.lower() in PERSON_NOUNS
    if prep == "from" and not common:
        return False  # "an official from Kpler": an employer
    known = load_actors().find_exact(ent.text) is not None
    return _looks_like_town(ent) and not known


def home_place(span: Span, ents: Sequence[Span], places: Sequence[Place]) -> Span | None:
    """The first name in the phrase that says where its claimant is (see :func:`lives_in`)."""
    return next((e for e in ents if lives_in(e, span, places)), None)


#: Words a place's name may end in besides the name the geoparser resolved.
_PLACE_WORDS = words(
    """
    prefecture province county region state district city town village oblast governorate
    department territory municipality island islands
    """
)


def placed_name(ent: Span, places: Sequence[Place]) -> bool:
    """A name the model took for a person that is a resolved place ("Okinawa Prefecture"):
    its words are a place's mention and the word for that kind of place."""
    hits = [
        (m.start, m.end)
        for p in places
        for m in p.mentions
        if m.start < ent.end_char and ent.start_char < m.end
    ]
    if not hits:
        return False
    rest = [t for t in ent if not any(lo <= t.idx < hi for lo, hi in hits)]
    return all(t.lower_ in _PLACE_WORDS or t.is_punct for t in rest)


def as_resolved(desc: Span, label: str) -> tuple[str, str | None] | None:
    """The city or region the geoparser resolved for a place a phrase names as written
    ("Alexandroupolis mayor" → Alexandroupoli, GR): its name and country, which the seat
    is looked up by (the gazetteer need not hold the spelling the text used)."""
    from claimmap.claims_tokens import memo

    places: tuple[Place, ...] = memo(desc.doc, "actor_places", tuple)
    lo, hi = desc.start_char, desc.end_char
    for place in places:
        if place.kind not in SEAT_KINDS:
            continue
        if any(lo <= m.start and m.end <= hi and m.text == label for m in place.mentions):
            return place.name, place.country_code
    return None


def in_aside(ent: Span, span: Span) -> bool:
    """A name inside a relative clause that tells what the claimant did, not whom he works
    for ("a farmer from near Tolo, who reached Kibo on Monday")."""
    from claimmap.claims_actor_phrases import AFFILIATION

    return any(
        a.dep_ == "relcl" and span.start <= a.i < span.end and a.lemma_.lower() not in AFFILIATION
        for a in ent.root.ancestors
    )
