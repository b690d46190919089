"""Unknown names in a place slot: "a shelter at a temple in Xyz Abc", "60 miles off Ras
Xyz", "boats leaving from Abu Xyz", "before they reached Xyz", "shelling of Novaya Xyz".

Why a module of its own: NER often tags such names a person, and the gazetteer lacks most
of them (villages under the cities500 floor), so no other reader kept them and they vanished
without a word. Kept as toponyms, resolution places them (a spelling variant may resolve:
"Novaya Xyz" for "Nova Xyz") or reports them unresolved with the slot as the reason.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.nlp import doc_text
from claimmap.places_lexicon import TYPED_GUESS
from claimmap.places_slot_more import more_slots
from claimmap.places_slots import GOING_SLOT, according_to, going_slot

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Prepositions of where a thing is: people and bodies seldom follow them.
_WHERE_PREPS = frozenset({"in", "near", "outside", "off", "around", "inside"})
#: Verbs whose "from" is where a boat or a convoy set out ("leaving from Xyz").
_SETTING_OUT = frozenset({"leave", "depart", "set", "launch", "sail", "ship", "smuggle"})
#: Nouns whose "of"-complement is a place hit or surrounded ("shelling of Xyz").
_OF_PLACE = frozenset(
    {"shelling", "bombardment", "bombing", "outskirts", "suburbs", "vicinity", "environs",
     "siege", "encirclement", "evacuation"}
)  # fmt: skip
#: Verbs whose object is a place reached ("before they reached Xyz").
_REACHING = frozenset({"reach", "enter"})
#: Lower-case particles inside a name ("Ras al Xyz", "Nova do Abc").
_PARTICLES = frozenset({"al", "el", "de", "da", "do", "del", "di", "du", "la", "le", "bin"})
_MAX_WORDS = 4
#: Sites on the ground whose "in Xyz" is a place even when NER calls Xyz an organisation.
_SITES = frozenset(
    {"temple", "shelter", "mosque", "church", "monastery", "school", "clinic", "hospital",
     "camp", "village", "town", "market", "farm", "checkpoint", "outpost", "base", "port"}
)  # fmt: skip
#: Words whose "in"/"around" takes a person as often as a place ("faith in Xyz", "rallied
#: around Xyz").
_PERSON_HEADS = frozenset(
    {"faith", "trust", "belief", "confidence", "interest", "stake", "role", "hope", "pride",
     "rally", "unite", "coalesce", "revolve", "centre", "center", "build", "circle"}
)  # fmt: skip
#: Nouns of an apposition that make the name before it a place ("Xyz, a fishing port").
_APPOSED_NOUNS = frozenset(
    {"island", "islet", "town", "village", "port", "harbour", "harbor", "city", "hamlet",
     "settlement", "oasis"}
)  # fmt: skip


def unknown_where(span: Span, label: str, *, untagged: bool = False) -> str:
    """Evidence that ``span``, a name the gazetteer lacks, stands where the sentence puts a
    place; or "". An organisation is left to its own readers ("works at Xyz Corp"). A name
    NER left ``untagged`` ("in Parliament") counts only as an apposition's or as what was
    reached ("before they reached Xyz")."""
    if not _name_like(span):
        return ""
    slot = _where(span, label, untagged=untagged)
    located = "" if slot else located_apposition(span)
    # "took Xyz, about 25 km north of Abc", "from Xyz, near Abc": the text locates it
    return slot or (f"{TYPED_GUESS}'{located}'" if located else "")


def _where(span: Span, label: str, *, untagged: bool) -> str:
    """:func:`unknown_where` but for a located apposition."""
    doc = span.doc
    apposed = _apposed_noun(span)
    if apposed:  # "Xyz, a smaller island north of Abc": the text calls it a place
        return f"{TYPED_GUESS}'{apposed}'"
    more = more_slots(span)  # "called at Xyz", "drones over Xyz", "set off from Xyz"
    if more:
        return f"{TYPED_GUESS}{more}"
    if label == "ORG":  # "a shelter at a temple in Xyz": a site in a place, not a body
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is None or prev.lower_ not in _WHERE_PREPS or prev.head.lemma_ not in _SITES:
            return ""
        return f"after '{prev.head.text} {prev.text}'{GOING_SLOT}"
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _REACHING:
        return f"object of '{root.head.lemma_.lower()}'{GOING_SLOT}"
    if untagged:
        return ""
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None:
        return ""
    slot = _slot(prev)
    return f"after '{slot}'{GOING_SLOT}" if slot else ""


#: ", about 25 kilometres north of Abc", ", near Abc", ", 10 miles outside Abc": an
#: apposition that says where the name before it lies, ending on a capitalised name.
_LOCATED = re.compile(
    r",\s+(?P<distance>(?:(?:about|some|around|roughly|nearly|almost|just|only|over)\s+)?"
    r"(?:\d[\d,.]*|a\s+few|several)\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"(?P<relation>(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"\s+of|near|outside|from|off)\s+(?:the\s+)?[A-Z]"
)

#: ", on Abc's Caribbean coast", ", on the Black Sea coast": an apposition putting the name
#: on a coast or bank of another capitalised name (people are not "on a coast").
_ON_COAST = re.compile(
    r",\s+on\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,3}"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?(?:coast|coastline|shore|shores|bank|seaboard)\b"
)


def located_apposition(span: Span) -> str:
    """ "took Xyz, about 25 kilometres north of Abc", "from Xyz, near Abc": a name followed by
    a comma and a phrase locating it against another capitalised name (a bearing, "near" or
    "outside"; "from" and "off" only after a distance: "Xyz, from Abc" is a person's home;
    "on Abc's coast") is a place, whatever NER made of it; the name with its phrase, or ""."""
    tail = doc_text(span.doc)[span.end_char : span.end_char + 80]
    if coast := _ON_COAST.match(tail):  # "at Xyz, on Abc's Caribbean coast"
        return f"{span.text}{coast.group(0)} ..."
    match = _LOCATED.match(tail)
    if match is None or (
        match.group("relation") in {"from", "off"} and not match.group("distance")
    ):
        return ""
    return f"{span.text}{match.group(0)[:-1].rstrip()} ..."


def _apposed_noun(span: Span) -> str:
    """ "Xyz, a smaller island": the name with an apposition right after it whose head is a
    settlement noun (at most two modifiers between), or ""."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an"}:
        return ""
    for j in range(i + 2, min(i + 5, len(doc))):
        tok = doc[j]
        if not tok.is_lower:
            return ""
        if tok.lower_ in _APPOSED_NOUNS:
            return doc[span.start : j + 1].text
    return ""


def _slot(prev: Token) -> str:
    """The words before the name that make it a place, or ""."""
    word = prev.lower_
    before = prev.doc[prev.i - 1] if prev.i > 0 else None
    head = prev.head.lemma_.lower()
    if word in _WHERE_PREPS and head not in _PERSON_HEADS:
        return prev.text
    if word == "at" and before is not None and before.pos_ == "NOUN":
        return f"{before.text} at"  # "an outpost at Xyz", "a temple at Xyz"
    if word == "from" and not according_to(prev):
        if going_slot(prev) or prev.head.lemma_.lower() in _SETTING_OUT:
            return f"{prev.head.text} from"
        return ""
    if word == "of" and before is not None and before.lower_ in _OF_PLACE:
        return f"{before.text} of"
    return ""


def _name_like(span: Span) -> bool:
    """Capitalised words, with lower-case particles inside, and no possessive after it
    ("at Xyz's funeral" is a person's)."""
    words = list(span)
    if not 1 <= len(words) <= _MAX_WORDS or span.text.isupper():
        return False
    if not all(t.is_alpha or "-" in t.text for t in words):
        return False
    inner = {t.i for t in words[1:-1]}
    capitalised = all(
        t.text[:1].isupper() or (t.i in inner and t.lower_ in _PARTICLES) for t in words
    )
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return capitalised and not (nxt is not None and nxt.text in {"'s", "’s"})
