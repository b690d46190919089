"""Names the gazetteer lacks that the text still calls places: "the town of Xyz", "Ko Tao,
an island", "the Torkham border post", "the Qalamoun mountains", "from the al-Hol camp".

They are kept as toponyms with a guess's evidence (:data:`TYPED_GUESS`) so that resolution
reports them unresolved (or places them by a close spelling in a country the article
names) instead of dropping them silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_context import type_cue
from claimmap.places_extent import is_name_token
from claimmap.places_facilities import transport_head
from claimmap.places_lexicon import LAND_FEATURE_NOUNS, LOCATIVE_PREPS, TYPED_GUESS, GazetteerLike
from claimmap.places_syntax import border_facility

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def typed_unknown(span: Span, label: str) -> str:
    """ "Ko Tao, an island in the Gulf", "the town of Xyz", "the Xyz district" tagged a person
    or a product: a name the gazetteer lacks that the text calls a town, an island or a
    district (reported as unresolved)."""
    if label == "ORG" or not all(is_name_token(t) for t in span):
        return ""
    kind, _, cue = type_cue(span)
    after = span.doc[span.end].text if span.end < len(span.doc) else ""
    if cue == after and not (kind == "admin1" and after.islower()):
        return ""  # "the Rhine port": on the river; "Islamic State": no province
    if kind not in {"city", "place", "admin1"}:
        return ""
    return f"{TYPED_GUESS}type cue '{cue}'"


def unknown_facility(span: Span, label: str = "") -> str:
    """ "the Torkham border post", "the Xyz crossing", "the Xyz region", "the Xyz camp": a
    name the gazetteer lacks that a border facility or an area is named after (reported as
    unresolved, or placed by its spelling in a country the article names)."""
    if not all(is_name_token(t) or _arabic_article(t) for t in span):
        return ""
    if span.start >= 2 and _arabic_article(span.doc[span.start - 1]):
        span = span.doc[span.start - 2 : span.end]  # "Hol" of "al-Hol", as NER trimmed it
    facility = border_facility(span) or _area_after(span, label)
    if not facility and _airport_after_preposition(span):  # "at Xyz International Airport"
        return f"{TYPED_GUESS}'{span.text}', an unlisted {transport_head(span)}"
    if not facility and label == "PERSON":  # "shipped from the Xyz terminal"
        facility = _shipping_slot(span)
    return f"{TYPED_GUESS}'the {span.text} {facility}'" if facility else ""


#: Shipping facilities named after the town they serve, seldom after a person: "from the
#: Xyz terminal" with "Xyz" tagged a person (a first name) still names a place.
_SHIPPING_HEADS = frozenset(
    {"terminal", "port", "seaport", "harbour", "harbor", "anchorage", "refinery", "oilfield"}
)


def _shipping_slot(span: Span) -> str:
    """The shipping noun a one-word name modifies when "the <name> <noun>" is the object of a
    locative preposition ("loaded at the Xyz terminal"), or ""."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or span.end >= len(doc):
        return ""
    head, the, prep = doc[span.end], doc[span.start - 1], doc[span.start - 2]
    if (
        head.lower_ in _SHIPPING_HEADS
        and head.text.islower()
        and the.lower_ == "the"
        and prep.lower_ in LOCATIVE_PREPS
    ):
        return head.text
    return ""


def _airport_after_preposition(span: Span) -> bool:
    """ "landed at Xyz Xyz International Airport" (tagged an organisation): a port or airport
    whose name ends in its capitalised head, where a locative preposition puts something."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    last = span[-1]
    return (
        prev is not None
        and prev.lower_ in LOCATIVE_PREPS
        and len(span) > 1
        and last.text[:1].isupper()
        and bool(transport_head(span))
    )


def _arabic_article(tok: Token) -> bool:
    """ "al-" / "el-" and its hyphen in "the al-Hol camp", "el-Fasher" (spaCy splits them)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ in ("al", "el", "ad", "as", "ar", "an", "ash") and nxt is not None:
        return nxt.text == "-" and not tok.whitespace_
    prev = tok.nbor(-1) if tok.i > 0 else None
    return (
        tok.text == "-"
        and prev is not None
        and prev.lower_ in ("al", "el", "ad", "as", "ar", "an", "ash")
    )


#: Lower-case nouns after "the" + a name that make the name an area's: "the Xyz region".
_AREA_NOUNS = LAND_FEATURE_NOUNS | {"region", "territory", "enclave", "valley", "coast", "camp"}
_AREA_NOUNS |= {"river", "delta", "basin", "archipelago"}  # "the Xyz river": unlisted water
#: Lower-case facility nouns after "the" + a name: "the Xyz airbase", "the Xyz air base".
_SITE_NOUNS = frozenset({"airbase", "airfield", "bridge", "depot"})


def _area_after(span: Span, label: str) -> str:
    """The area noun after "the <name>" ("the Qalamoun mountains"), or "". A "camp" is one
    only after a locative preposition ("from the Xyz camp"): "the Smith camp said" is a
    candidate's supporters."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or span.end >= len(doc):
        return ""
    noun = doc[span.end]
    if noun.lower_ == "air" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "base":
        return "air base"
    if not noun.text.islower() or noun.lower_ not in _AREA_NOUNS | _SITE_NOUNS:
        return ""
    if noun.lower_ == "camp":
        prep = doc[span.start - 2] if span.start >= 2 else None
        if label == "PERSON" or prep is None or prep.lower_ not in LOCATIVE_PREPS:
            return ""
    return noun.text


#: Lower-case nouns of a settlement or an area that make a capitalised name before them, in
#: a locative slot, a place's: "in Xyz camp", "in Xyz's Abc township", "in the Xyz area".
SLOT_KIND_NOUNS = frozenset(
    {"camp", "township", "district", "village", "town", "area", "suburb", "neighbourhood",
     "neighborhood", "settlement", "municipality", "locality", "commune", "hamlet", "quarter",
     "junction", "roundabout"}
)  # fmt: skip
#: Settlement nouns whose "of"-complement is a place's name: "the border town of Xyz".
OF_KIND_NOUNS = frozenset({"town", "village", "city", "camp", "township", "district", "hamlet"})
#: Lower-case particles inside a place's name: "Vila Nova da Xyz", "Sidi Bel Abbes".
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "la", "le", "al"})


def unknown_in_slot(span: Span, label: str = "") -> str:
    """ "in Xyz camp", "the border town of Xyz", "in the Xyz area", tagged an organisation or
    a person: a name the gazetteer lacks written where the text calls it a settlement or an
    area is reported as not in the gazetteer, never dropped in silence."""
    if not _written_as_name(span):
        return ""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        kind = doc[span.start - 2]
        if kind.is_lower and kind.lower_ in OF_KIND_NOUNS:
            return f"{TYPED_GUESS}'{kind.text} of {span.text}'"
    if span.end >= len(doc):
        return ""
    noun = _slot_noun(doc, span.end)
    if noun is None:
        return ""
    if noun.lower_ == "camp" and label == "PERSON":
        return ""  # "in the Xyz camp": a candidate's supporters
    if noun.dep_ != "pobj" or noun.head.lower_ not in LOCATIVE_PREPS:
        return ""  # "the Xyz camp said": a camp that speaks is a faction
    return f"{TYPED_GUESS}'{doc[span.start : noun.i + 1].text}'"


def _slot_noun(doc: Doc, i: int) -> Token | None:
    """The settlement or area noun at token ``i``, or right after one lower-case modifier of
    it ("in the Xyz resort area", "the Xyz border district"), or None."""
    noun = doc[i]
    if noun.is_lower and noun.lower_ in SLOT_KIND_NOUNS:
        return noun
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (
        nxt is not None
        and noun.is_lower
        and noun.is_alpha
        and noun.dep_ in {"compound", "amod"}
        and noun.head.i == nxt.i
        and nxt.is_lower
        and nxt.lower_ in SLOT_KIND_NOUNS
    ):
        return nxt
    return None


def _written_as_name(span: Span) -> bool:
    """Capitalised words (no acronym), with lower-case particles only inside the name."""
    words = [t for t in span if not t.is_punct]
    if not words or not all(t.is_alpha for t in words) or any(t.is_upper for t in words):
        return False
    inner = {t.i for t in words[1:-1]}
    return all(
        t.text[:1].isupper() or (t.i in inner and t.lower_ in _NAME_PARTICLES) for t in words
    )


def unknown_continuation(span: Span, gaz: GazetteerLike) -> tuple[Span, str] | None:
    """ "the border town of Xyz Nova do Abc" with only "Xyz Nova" tagged: a name particle and
    capitalised words continue the name; when the whole is unknown and written in a
    settlement slot, it is reported whole, not placed as the namesake of its first half."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in _NAME_PARTICLES or not doc[end].is_lower:
        return None
    stop = end + 1
    while stop < len(doc) and doc[stop].is_alpha and doc[stop].text[:1].isupper():
        stop += 1
    longer = doc[span.start : stop]
    if stop == end + 1 or gaz.knows(longer.text):
        return None
    slot = unknown_in_slot(longer)
    return (longer, slot) if slot else None
