"""Phrases around a name that say where it lies or what it is.

A possessive country before it puts it inside that country ("Russia's Far East", "Ethiopia's
northern Tigray region"); people placed in it make it a town ("officials in Washington", "a
UN spokesman in New York"); a land feature after it makes it a wide area ("the Darién
jungle"); a facility after it is named after a place near it ("the Lachin checkpoint"), and
"port of entry" is such a facility, not a port city.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.gazetteer_query import ARABIC_ARTICLES
from claimmap.places_lexicon import (
    ADMIN_TITLES,
    BORDER_FACILITIES,
    DIRECTIONS,
    LAND_FEATURE_NOUNS,
    NAMED_THING_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    TYPE_NOUNS,
    GazetteerLike,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: At most this many tokens make the owner's name ("Democratic Republic of the Congo").
MAX_OWNER_TOKENS = 5


def possessive_owner(span: Span, gaz: GazetteerLike) -> tuple[str, str] | None:
    """ "Russia's Far East", "Yemen's al-Mahra province", "Ethiopia's northern Tigray": the
    country (ISO code, as written) whose possessive comes right before the name — a
    direction word may stand between — or None."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text in {"-", "‑"} and doc[i - 1].text.islower():
        i -= 2  # "Yemen's al-Mahra"
    if i >= 0 and doc[i].lower_ in DIRECTIONS:
        i -= 1
    if i < 1 or doc[i].text not in POSSESSIVES or _names_a_body(span):
        return None
    for start in range(max(0, i - MAX_OWNER_TOKENS), i):  # the longest name first
        owner = doc[start:i]
        if not owner.text[:1].isupper() or not gaz.knows(owner.text):
            continue
        cands = gaz.lookup(owner.text, limit=1, fuzzy=False)
        if cands and cands[0].kind == "country" and cands[0].country_code:
            return cands[0].country_code, owner.text
        return None
    return None


def _names_a_body(span: Span) -> bool:
    """ "China's Taiwan Affairs Office", "Iraq's Kurdistan Regional Government": the name
    opens the name of a body, which is what the possessive owns, not the place."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "compound"
        and head.i >= span.end
        and head.text[:1].isupper()
        and head.text not in ADMIN_TITLES
        and head.lower_ not in TYPE_NOUNS
    )


def person_placed_in(span: Span) -> str:
    """ "officials in Washington", "a UN spokesman in New York", "told reporters in Geneva":
    the person noun placed "in" the name, or ""."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "in":
        return ""
    head = doc[span.start - 1].head
    if head.pos_ in {"NOUN", "PROPN"}:
        nouns: list[Token] = [head]
    elif head.pos_ in {"VERB", "AUX"}:
        nouns = [c for c in head.children if c.dep_ == "dobj"]  # not "officials found X in"
    else:
        nouns = []
    return next((n.text for n in nouns if n.lemma_.lower() in PERSON_NOUNS), "")


def land_feature(span: Span) -> str:
    """ "the Darién jungle", "the Sinai desert": the lower-case land feature right after the
    name, or ""."""
    doc = span.doc
    if span.end >= len(doc):
        return ""
    noun = doc[span.end]
    return noun.text if noun.text.islower() and noun.lower_ in LAND_FEATURE_NOUNS else ""


def port_of_entry(noun: Token) -> bool:
    """ "the Mariposa port of entry": a border facility, not the port city of that name."""
    doc = noun.doc
    return (
        noun.lower_ == "port"
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].lower_ == "of"
        and doc[noun.i + 2].lower_ == "entry"
    )


def border_facility(span: Span) -> str:
    """ "the Lachin corridor", "the Torkham border post", "the Chaman crossing": the lower-case
    border facility that "the" + the name modifies, or ""."""
    doc = span.doc
    if not _the_before(span):
        return ""
    for tok in doc[span.end : min(len(doc), span.end + 3)]:
        if not tok.text.islower() or not tok.is_alpha:
            return ""
        if tok.lower_ in BORDER_FACILITIES or port_of_entry(tok) or _holding_site(tok):
            return tok.text
    return ""


#: "the Xyz detention facility", "the Xyz reception centre": a place people are held at.
_HOLDING_WORDS = frozenset({"detention", "holding", "reception", "transit", "deportation"})
_HOLDING_HEADS = frozenset({"facility", "centre", "center", "camp"})


def _holding_site(tok: Token) -> bool:
    """The head of "detention facility", "reception centre" (not any "facility")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.lower_ in _HOLDING_HEADS and prev is not None and prev.lower_ in _HOLDING_WORDS


def _the_before(span: Span) -> bool:
    """ "the Xyz", or "the smaller Xyz", "the main northern Xyz": "the" before the name, with
    at most two lower-case adjectives between."""
    doc = span.doc
    i = span.start - 1
    for _ in range(3):
        if i < 0:
            return False
        tok = doc[i]
        if tok.lower_ == "the":
            return True
        if not (tok.text.islower() and tok.is_alpha and tok.pos_ == "ADJ"):
            return False
        i -= 1
    return False


#: Nouns for a publication after a medium word: "the news site Xyz", "the online portal Xyz".
_MEDIA_NOUNS = frozenset({"site", "website", "portal", "outlet", "channel", "service", "platform"})
_MEDIA_WORDS = frozenset({"news", "web", "online", "media", "investigative", "independent"})


def media_site(span: Span) -> str:
    """ "the Tajik news site Xyz", "the online portal Xyz": a name in apposition to a
    publication noun that a medium word qualifies is an outlet's, or ""."""
    doc = span.doc
    if span.start < 2:
        return ""
    noun, medium = doc[span.start - 1], doc[span.start - 2]
    if noun.lower_ == "website" or (noun.lower_ in _MEDIA_NOUNS and medium.lower_ in _MEDIA_WORDS):
        return noun.text if noun.text.islower() else ""
    return ""


def named_thing(span: Span) -> str:
    """ "the naval force Atalanta", "the conservation group Xyz", "the vessel Xyz": the
    lower-case organisation or vessel noun the name stands in apposition to, or "" — such a
    name is that body's or ship's, not a place's."""
    doc = span.doc
    if span.start == 0:
        return ""
    noun = doc[span.start - 1]
    if (  # "the frigate Xyz" with "frigate" tagged an adjective
        not noun.text.islower()
        or noun.pos_ not in {"NOUN", "ADJ"}
        or noun.lower_ not in NAMED_THING_NOUNS
    ):
        return ""
    return noun.text


#: Lower-case posts named after the area they cover: "the group's Asia director", "its
#: Africa correspondent". The name is a desk's, not a place the story happens in.
DESK_NOUNS = frozenset(
    {"director", "editor", "correspondent", "researcher", "coordinator", "manager", "chief",
     "head", "analyst", "desk", "bureau"}
)  # fmt: skip


def desk_title(span: Span) -> str:
    """ "the group's Asia director", "Pearson, Asia director at Xyz": the post a name
    modifies, held by someone (a possessive before it, a person beside it, or "at"/"of" an
    organisation after it), or ""."""
    doc = span.doc
    noun = doc[span.end] if span.end < len(doc) else None
    if noun is None or not noun.is_lower or noun.lower_ not in DESK_NOUNS:
        return ""
    if span.root.head.i != noun.i and span.root.dep_ != "compound":
        return ""
    after = doc[noun.i + 1 : noun.i + 3]
    held = (
        any(c.dep_ == "poss" for c in noun.children)
        or (noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON")
        or (
            len(after) == 2
            and after[0].lower_ in {"at", "of", "for"}
            and after[1].text[:1].isupper()
            and after[1].ent_type_ not in PLACE_LABELS
        )
    )
    return f"{span.text} {noun.text}" if held else ""


#: "the Xyz daily", "the Xyz news agency": a name these follow is a news outlet's.
OUTLET_NOUNS = frozenset(
    {"daily", "newspaper", "paper", "tabloid", "weekly", "broadcaster", "channel", "agency", "news"}
)
#: "the White House", "the Elysee Palace": a seat of power, an actor, not a town.
OFFICE_NOUNS = frozenset({"House", "Palace"})


def named_outlet(span: Span) -> str:
    """ "the Xyz daily", "the Xyz news agency", "the White House": the word that makes a
    name after "the" a news outlet's or an office's (an actor, not a place), or ""."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return ""
    if span[-1].text in OFFICE_NOUNS and len(span) > 1:
        return span[-1].text
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt.text if nxt is not None and nxt.text in OUTLET_NOUNS else ""


#: Words joining the names of a coordination: "Kayes and Sikasso", "Idlib, Hama or Homs".
_COORDINATORS = frozenset({"and", "or", ",", "&"})
#: At most this many tokens between a name and the plural type noun after its coordination.
_MAX_COORDINATION = 12


def coordinated_type_noun(span: Span) -> Token | None:
    """ "the Kayes and Sikasso regions", "Idlib, Hama and Latakia provinces": the plural type
    noun after a coordination of names (``span`` one of them), which says what each name is;
    None when there is no coordination or no such noun."""
    doc = span.doc
    joined = _coordinated_before(span)
    i = span.end
    while i < min(len(doc), span.end + _MAX_COORDINATION):
        tok = doc[i]
        if tok.lower_ in _COORDINATORS:
            joined = True
        elif not _name_part(tok):
            break
        i += 1
    if not joined or i >= len(doc) or doc[i - 1].lower_ in _COORDINATORS:
        return None
    noun = doc[i]
    plural = noun.tag_ == "NNS" and noun.text.islower()
    return noun if plural and noun.lemma_.lower() in TYPE_NOUNS else None


def _coordinated_before(span: Span) -> bool:
    """Whether a coordinator of names comes before ``span``: "Kayes and [Sikasso]"."""
    doc = span.doc
    i = span.start - 1
    while i >= max(0, span.start - _MAX_COORDINATION) and _name_part(doc[i]):
        i -= 1
    return i >= 1 and doc[i].lower_ in _COORDINATORS and _name_part(doc[i - 1])


def _name_part(tok: Token) -> bool:
    """A capitalised word, or the hyphen or Arabic article inside a name ("al-Anbar")."""
    if tok.text[:1].isupper() and tok.is_alpha:
        return True
    doc = tok.doc
    glued = not tok.whitespace_ and tok.i + 1 < len(doc)
    return glued and (tok.text in {"-", "‑"} or doc[tok.i + 1].text in {"-", "‑"})


def region_noun(span: Span) -> Token | None:
    """ "the Kherson region", "the Kayes and Sikasso regions": the "region" noun that says
    what the name is, or None."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "region":
        return doc[span.end]
    noun = coordinated_type_noun(span)
    return noun if noun is not None and noun.lemma_.lower() == "region" else None


def with_arabic_article(span: Span) -> Span:
    """ "the province of al-Bayda" with the span on "Bayda": the span with its hyphened
    Arabic article, for the words before the name to be read as its cue."""
    doc = span.doc
    if (
        span.start >= 2
        and doc[span.start - 1].text in {"-", "‑"}
        and doc[span.start - 2].lower_ in ARABIC_ARTICLES
        and not doc[span.start - 2].whitespace_
        and not doc[span.start - 1].whitespace_
    ):
        return doc[span.start - 2 : span.end]
    return span


def noun_before(span: Span) -> tuple[str | None, str]:
    """ "toward the provincial capital Xyz", "the port town Xyz": a lower-case town noun right
    before the name, in a phrase opened by "the" (not an office: "the mayor Xyz"), says
    the name is a town: ("city", the noun) or (None, "")."""
    doc = span.doc
    if span.start < 2:
        return None, ""
    noun = doc[span.start - 1]
    kind = TYPE_NOUNS.get(noun.lower_) if noun.is_lower and noun.pos_ == "NOUN" else None
    opened = any(t.lower_ == "the" for t in doc[max(0, noun.i - 3) : noun.i])
    if kind != "city" or not opened or noun.lower_ == "mayor":  # "the state Senate": no cue
        return None, ""
    return kind, noun.text


def dotted_unit(span: Span, gaz: GazetteerLike) -> bool:
    """ "the N.W.T.", "B.C.": initials written with their dots that the gazetteer holds as a
    province's or country's abbreviation are that unit, not an unknown body's acronym (the
    dots keep the match to the abbreviation: no town or code is read)."""
    text = span.text
    if "." not in text.rstrip(".") or not text.replace(".", "").isalpha():
        return False
    cands = gaz.lookup(text, limit=1, fuzzy=False) if gaz.knows(text) else []
    return bool(cands) and cands[0].kind in {"admin1", "country"}


#: Unit nouns that, modifying an office, say what its "for X" / "of X" governs.
_UNIT_OFFICE_NOUNS = frozenset({"district", "county", "province", "prefecture", "governorate"})


def unit_of_office(span: Span) -> tuple[str | None, str]:
    """ "the district health officer for Xyz", "the county clerk of Xyz": an office whose
    title opens with a lower-case unit noun serves a unit of that kind, so the name after
    its "for"/"of" is that unit, not the town of its name: ("admin1", the noun) or (None, "")."""
    doc = span.doc
    prep = doc[span.start - 1] if span.start > 0 else None
    if prep is None or prep.lower_ not in {"for", "of"} or prep.head.i >= prep.i:
        return None, ""
    office = prep.head
    if office.pos_ != "NOUN" or not office.is_lower:
        return None, ""
    for mod in office.lefts:
        if mod.lower_ in _UNIT_OFFICE_NOUNS and mod.is_lower and mod.dep_ in {"compound", "nmod"}:
            return TYPE_NOUNS.get(mod.lower_), mod.text
    return None, ""


def titled_preposition(tok: Token, rest: Span, gaz: GazetteerLike) -> bool:
    """ "Via" before "Georgia" in a title-case headline: a capitalised preposition before a
    known name is no part of it, unless the gazetteer knows the whole ("In Amenas")."""
    return (
        tok.lower_ in _TITLED_PREPOSITIONS
        and gaz.knows(rest.text)
        and not gaz.knows(f"{tok.text} {rest.text}")
    )


#: Prepositions a title-case headline capitalises before a name.
_TITLED_PREPOSITIONS = frozenset(
    {"via", "to", "from", "into", "in", "at", "near", "toward", "towards", "across", "through",
     "over", "for", "on", "by", "with", "after", "before", "outside", "inside", "around"}
)  # fmt: skip
