"""More place slots for names NER called something else: "drones over Xyz", "set off from
Xyz", "Jane Doe, 47, of Xyz Beach", '"Xyz", a town in central Abc', "called at Xyz", "in Abc's
south, possibly Xyz".

Why a module of its own: each is a frame in which news writes a place and hardly ever a
person or a body, yet none held a locative preposition of :data:`LOCATIVE_PREPS` or a verb
of going, so a town NER tagged a person or an organisation vanished without a record.
The readers only say *where* the name stands; :mod:`claimmap.places_slot_guess` keeps a
known name for resolution to judge, :mod:`claimmap.places_unknown_slots` reports an
unknown one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Words of flying or shooting down whose "over Xyz" is the place flown over.
AERIAL_WORDS = frozenset(
    {"drone", "drones", "fly", "flew", "flown", "flying", "flight", "flights", "down",
     "intercept", "hover", "circle", "crash", "spot", "airspace", "jet", "jets", "aircraft",
     "helicopter", "helicopters", "plane", "planes", "missile", "missiles", "balloon", "overfly"}
)  # fmt: skip
#: Verbs of a ship's visit: "called at Xyz", "docked at Xyz".
PORT_CALL_VERBS = frozenset({"call", "dock", "berth", "moor", "anchor", "bunker", "refuel"})
#: Verbs that with "off"/"out" are setting out: "set off from Xyz", "started out from Xyz".
_SETTING_PARTICLES = frozenset({"off", "out"})
_SETTING_VERBS = frozenset({"set", "start", "head", "strike", "move"})
#: Verbs of setting out alone: "departed from Xyz", "embarked from Xyz".
DEPARTING_VERBS = frozenset({"depart", "embark", "launch", "sail"})
#: Nouns of an apposition that call the name before it a place: '"Xyz", a town in Abc'.
APPOSED_SETTLEMENTS = frozenset(
    {"town", "city", "village", "port", "hamlet", "settlement", "oasis", "suburb", "district",
     "region", "province", "municipality", "island", "islet"}
)  # fmt: skip
_QUOTES = frozenset({'"', "”", "’", "'", "»"})
#: Hedges before a name apposed to a place: "in Abc's south, possibly Xyz".
HEDGES = frozenset({"possibly", "probably", "perhaps", "likely", "maybe", "presumably"})
#: Prepositions whose object is where something is or goes.
_WHERE_PREPS = frozenset({"in", "into", "to", "towards", "toward", "near", "at", "around"})


def over_place(span: Span) -> str:
    """ "shot down two drones over Xyz", "flights over Xyz": "over" of a word of flying."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "over" or prep.i != span.start - 1:
        return ""
    words = {prep.head.lower_, prep.head.lemma_.lower()}
    words |= {c.lower_ for c in prep.head.children if c.dep_ in {"prt", "dobj"}}
    return f"'{prep.head.text} over'" if words & AERIAL_WORDS else ""


def port_call(span: Span) -> str:
    """ "the tanker had called at Xyz": a port of call, a place whatever NER made of it."""
    prep = _prep_before(span)
    if prep is None or prep.lower_ != "at":
        return ""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in PORT_CALL_VERBS:
        return ""
    return f"'{verb.text} at'"


def set_out_from(span: Span) -> str:
    """ "set off from Xyz on motorbikes", "departed from Xyz": where a journey began."""
    prep = _prep_before(span)
    if prep is None or prep.lower_ != "from":
        return ""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > prep.i:
        return ""
    lemma = verb.lemma_.lower()
    if lemma in DEPARTING_VERBS:
        return f"'{verb.text} from'"
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if lemma in _SETTING_VERBS and particle is not None and particle.lower_ in _SETTING_PARTICLES:
        return f"'{verb.text} {particle.text} from'"
    return ""


def residence(span: Span) -> str:
    """ "Jane Doe, 47, of Xyz": the town a person named with an age lives in."""
    doc = span.doc
    i = span.start
    if i < 4 or doc[i - 1].lower_ != "of" or doc[i - 2].text != ",":
        return ""
    age, comma = doc[i - 3], doc[i - 4]
    if not (age.like_num and age.text.isdigit() and comma.text == ","):
        return ""
    return f"', {age.text}, of'"


def apposed_settlement(span: Span) -> str:
    """'"Xyz", a town in central Abc', "Xyz, a port city on the coast": an apposition right
    after the name (past a closing quote) whose head is a settlement noun, or ""."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in _QUOTES:
        i += 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return ""
    for j in range(i + 2, min(i + 5, len(doc))):
        tok = doc[j]
        if not tok.is_lower:
            return ""
        if tok.lower_ in APPOSED_SETTLEMENTS:
            return f"', {doc[i + 1 : j + 1].text}'"
    return ""


def hedged_place(span: Span) -> str:
    """ "destined for units in Abc's south, possibly Xyz": a hedged apposition to where
    something is or goes names a place within it, whatever NER made of the name."""
    doc = span.doc
    root = span.root
    if span.start == 0 or doc[span.start - 1].lower_ not in HEDGES or root.dep_ != "appos":
        return ""
    head = root.head
    if head.ent_type_ in {"GPE", "LOC", "FAC"} or (
        head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPS
    ):
        return f"'{head.text}, {doc[span.start - 1].text}'"
    return ""


def more_slots(span: Span) -> str:
    """The first of this module's slots ``span`` stands in, or ""."""
    return (
        over_place(span)
        or port_call(span)
        or set_out_from(span)
        or residence(span)
        or apposed_settlement(span)
        or hedged_place(span)
    )


def _prep_before(span: Span) -> Token | None:
    """The preposition right before the name that governs it, or None."""
    if span.start == 0:
        return None
    prep = span.doc[span.start - 1]
    return prep if prep.dep_ == "prep" and span.root.head.i == prep.i else None
