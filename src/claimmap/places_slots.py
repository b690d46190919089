"""Slots of a sentence that make the name in them a place: "the ports of X and Y", "towards
Italy's X", "in the X Range" — read by :func:`claimmap.places_evidence.place_evidence` as
context for a name NER did not call a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_lexicon import LOCATIVE_PREPS, PLACE_LABELS, TYPED_GUESS, GazetteerLike
from claimmap.places_syntax import possessive_owner

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.places_lexicon import Toponym

#: "the mayor of X", "residents of X": nouns whose "of"-complement is usually a place.
PLACE_OF_NOUNS = frozenset(
    {
        "mayor", "governor", "resident", "people", "outskirts", "outskirt", "suburb", "community",
        "village", "town", "city", "municipality", "district", "region", "province",
        "capital", "centre", "center", "north", "south", "east", "west", "heart", "part",
        "northeast", "northwest", "southeast", "southwest",
        "fall", "siege", "battle", "liberation", "recapture", "encirclement", "shelling",
        "bombardment", "occupation", "area", "territory", "vicinity", "environs", "edge",
        "port", "island", "coast", "shore", "direction",
        "minister", "premier", "legislature", "police",  # "Xyz's fisheries minister": its own
    }
)  # fmt: skip


#: The compass words that place what follows "of the" ("west of the Appalachians", "north of
#: the Alps"): a direction from a thing is said only of a place, where "the mayor of the X"
#: or "the people of the X" may be of a body.
COMPASS_OF = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def place_of_noun(span: Span) -> Token | None:
    """ "the mayor of X", "the ports of X and Y": the noun whose "of"-complement ``span`` is,
    directly or as a later item of a list of names, if it usually takes a place."""
    doc = span.doc
    start = span.start
    root = span.root
    if root.dep_ == "conj" and root.head.i < start and doc[start - 1].lower_ in {"and", "or", ","}:
        first = root.head  # "ports of Manzanillo and Xyz": the list's first item
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        start = first.left_edge.i
    if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of":
        noun = doc[start - 3]  # "west of the Appalachians": a range or sea is written "the X"
        return noun if noun.lower_ in COMPASS_OF else None
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    noun = doc[start - 2]
    return noun if noun.lemma_.lower() in PLACE_OF_NOUNS else None


def owned_in_place_slot(span: Span, gaz: GazetteerLike) -> str:
    """ "towards Italy's Xyz": a name owned by a country right after a locative preposition,
    with an entry inside that country, is that place ("Italy's Meloni said": no slot)."""
    owner = possessive_owner(span, gaz)
    doc = span.doc
    if owner is None:
        return ""
    code, written = owner
    i = span.start - 1
    while i >= 0 and doc[i].text != written.split()[0]:
        i -= 1
    prep = doc[i - 1] if i >= 1 else None
    if prep is None or prep.lower_ not in LOCATIVE_PREPS or according_to(prep):
        return ""
    if not gaz.lookup(span.text, country=code, limit=1, fuzzy=False):
        return ""
    return f"written '{prep.text} {written}'s {span.text}'"


def wide_feature(span: Span, gaz: GazetteerLike) -> bool:
    """A name of several words whose first entry is a region or a body of water: written
    with "the" as mountain ranges and deserts are ("in the Sierra Xyz Occidental")."""
    if len(span) < 2:
        return False
    cands = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
    return bool(cands) and cands[0].kind in {"region", "water"}


def according_to(prep: Token) -> bool:
    return prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"


#: Verbs of going somewhere: the name after one and its locative preposition ("arrived in
#: Xyz", "marched from Xyz") is where someone went, whatever NER made of the name.
GOING_VERBS = frozenset(
    {
        "arrive", "go", "come", "travel", "move", "return", "head", "march", "advance",
        "retreat", "flee", "sail", "fly", "drive", "walk", "withdraw", "escape", "relocate",
    }
)  # fmt: skip
#: Verbs whose object is where someone went or what forces took: "had taken Xyz" (not
#: "attacked Xyz", said of people and bodies as often as of towns).
TAKING_VERBS = frozenset(
    {
        "take", "capture", "seize", "enter", "reach", "leave", "flee", "occupy", "liberate",
        "recapture", "retake", "overrun", "abandon", "evacuate", "vacate",
    }
)  # fmt: skip
#: Evidence suffix of an unknown name a preposition puts in a place slot.
MISSPELT_EVIDENCE = ": maybe misspelt"
#: Evidence suffix of a name in such a slot: an unknown one is reported, not dropped.
GOING_SLOT = ", a place slot"
#: Evidence suffix of a known name kept only for its slot (:mod:`claimmap.places_slot_guess`).
SLOT_GUESS = ", a known name NER did not call a place"


#: Prepositions of a path: "through Xyz", "via Xyz" put a place, seldom a body, after them.
PATH_PREPS = frozenset({"through", "via", "toward", "towards", "across", "near"})


#: Verbs that take a body, not a place, as the way through: "push a bill through Congress".
PASSAGE_OF_BUSINESS = frozenset(
    {"push", "pass", "ram", "rush", "force", "steer", "shepherd", "pilot", "get", "work"}
)


#: Nouns of a site on the ground: "the border at Xyz", "a clinic at Xyz" put a place after
#: "at" (an organisation follows "at" too, "works at Xyz", but not these nouns).
AT_SITE_NOUNS = frozenset(
    {"border", "crossing", "checkpoint", "frontier", "port", "harbour", "harbor", "station",
     "camp", "base", "airbase", "airport", "clinic", "village", "town", "outpost", "post",
     "junction", "roadblock", "bridge", "jetty", "pier", "frontline", "front"}
)  # fmt: skip
#: Nouns of a way: "the road to Xyz", "the highway from Xyz" put a place after "to"/"from".
WAY_NOUNS = frozenset(
    {"road", "roads", "highway", "route", "routes", "railway", "railroad", "motorway",
     "corridor", "trail"}
)  # fmt: skip


def going_slot(prep: Token) -> str:
    """ "arrived in", "fled from", "through": the verb and preposition before a name, when the
    verb is one of going (not "sent arms to Xyz", an organisation), or a path's preposition;
    "the border at", "a clinic at": a site noun right before "at" (the parser often hangs
    "at" on the verb instead); or ""."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if prep.lower_ == "at" and before is not None and before.lower_ in AT_SITE_NOUNS:
        return f"{before.text} {prep.text}"
    if prep.lower_ == "at" and before is not None and _front_line(before):
        return f"{before.text} {prep.text}"  # "hold the line at Xyz" (not "in line at a shop")
    if prep.lower_ in {"to", "from"} and before is not None and before.lower_ in WAY_NOUNS:
        return f"{before.text} {prep.text}"  # "cut the road to Xyz"
    if prep.lower_ in PATH_PREPS:
        business = prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in PASSAGE_OF_BUSINESS
        return "" if business else prep.text  # not "pushed the bill through Congress"
    head = prep.head
    if head.pos_ == "VERB" and head.lemma_.lower() in GOING_VERBS and head.i < prep.i:
        return f"{head.text} {prep.text}"
    return ""


def _front_line(word: Token) -> bool:
    """ "the line", "the front line": a line held on the ground, not a queue."""
    if word.lower_ != "line" or word.i == 0:
        return False
    return word.doc[word.i - 1].lower_ in {"the", "front", "defensive", "defence", "defense"}


def went_to(span: Span, *, objects: bool = True) -> str:
    """ "arrived in Xyz", "fled from Xyz", "had taken Xyz": a capitalised name where someone
    went or what forces took is a place candidate whatever NER made of it (an organisation,
    a person, a common noun); resolution places it or reports why not. The object of a verb
    counts only with ``objects`` (not for a named person or body: "attacked Xyz"). Evidence,
    or ""."""
    root = span.root
    head = root.head
    if not span.text[:1].isupper() or span.text.isupper():
        return ""
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        slot = going_slot(head)
        return f"after '{slot}'{GOING_SLOT}" if slot else ""
    if (
        objects
        and root.dep_ == "dobj"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in TAKING_VERBS
        and not any(c.dep_ == "prep" for c in root.children)  # "Reading of the bill"
    ):
        return f"object of '{head.lemma_.lower()}'{GOING_SLOT}"
    return ""


def misspelt_after_preposition(span: Span) -> str:
    """ "flown to Gazientep": one unknown proper noun after a locative preposition may be a
    misspelt place; resolution accepts it only for a close fuzzy match."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        len(span) == 1
        and span[0].pos_ == "PROPN"
        and not span.text.isupper()  # "spoke to NBC": an acronym, not a slip of the pen
        and prev is not None
        and prev.lower_ in LOCATIVE_PREPS
        and not according_to(prev)
    ):
        slot = going_slot(prev)  # "arrived in Xyz": a place, whatever NER calls it
        where = f"'{slot}'{GOING_SLOT}" if slot else f"'{prev.text}'"
        return f"unknown name after {where}{MISSPELT_EVIDENCE}"
    return ""


def led_after_preposition(span: Span, lead: Span) -> str:
    """ "set up in Xyz Abc", tagged a person's name (or only "Abc" tagged, "Xyz" the name's
    start): two proper nouns after a locative preposition may be a misspelt place;
    resolution accepts them only for a close fuzzy match."""
    doc = span.doc
    prev = doc[lead.start - 1] if lead.start > 0 else None
    if (
        lead.end != span.end
        or len(lead) != 2
        or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in lead)
        or prev is None
        or prev.lower_ not in LOCATIVE_PREPS
        or according_to(prev)
        or lead.text.isupper()
    ):
        return ""
    return f"unknown name after '{prev.text}'{MISSPELT_EVIDENCE}"


def only_a_guess(top: Toponym) -> bool:
    """Whether ``top`` was taken only as a possible misspelling of a place by a name NER calls
    an organisation ("arms to Hamas"): with no close spelling in the gazetteer it is
    the organisation, not an unresolved place."""
    return (
        top.label == "ORG"
        and any(
            e.endswith(MISSPELT_EVIDENCE) and GOING_SLOT not in e and not _where_at(e)
            for e in top.evidence
        )
        and not any(e.startswith(TYPED_GUESS) for e in top.evidence)  # "in Xyz camp"
    )


#: Prepositions of where a thing is ("in Xyz", "near Xyz", "seized off Xyz"): organisations
#: seldom follow them, so a name there with no gazetteer entry is reported unresolved, not
#: taken for a body.
_AT_PREPS = ("in", "near", "outside", "off")


def _where_at(evidence: str) -> bool:
    """Whether ``evidence`` (from :func:`misspelt_after_preposition`) names a preposition of
    location (:data:`_AT_PREPS`)."""
    return any(evidence.startswith(f"unknown name after '{p}'") for p in _AT_PREPS)


#: Nouns of a message or a gift: "a letter from Xyz", "a call to Xyz" name its sender or
#: its addressee, a person more often than a town.
MESSAGE_NOUNS = frozenset(
    {"letter", "message", "email", "e-mail", "call", "note", "memo", "text", "reply",
     "response", "invitation", "request", "appeal", "plea", "complaint", "warning", "gift",
     "donation", "visit", "statement", "tweet", "post", "endorsement", "apology", "question"}
)  # fmt: skip
#: Verbs of writing, speaking or hearing whose "from"/"to" complement is a person.
MESSAGE_VERBS = frozenset(
    {"write", "email", "e-mail", "phone", "call", "text", "hear", "reply", "respond", "talk",
     "speak", "say", "tell", "apologise", "apologize", "complain", "quote", "listen", "wave"}
)  # fmt: skip


def addressed_person(prep: Token | None) -> str:
    """ "a letter from Xyz", "heard from Xyz", "wrote to Xyz": a preposition of sender or
    addressee after a noun or verb of a message; a person's name there is the person."""
    if prep is None or prep.lower_ not in {"from", "to"}:
        return ""
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in MESSAGE_NOUNS:
        return f"'{head.text} {prep.text}'"
    if head.pos_ != "VERB":
        return ""
    if head.lemma_.lower() in MESSAGE_VERBS:
        return f"'{head.text} {prep.text}'"
    objects = [c for c in head.children if c.dep_ == "dobj"]  # "received a letter from Xyz"
    if any(o.lemma_.lower() in MESSAGE_NOUNS for o in objects):
        return f"'{objects[0].text} {prep.text}'"
    return ""


def missing_reason(top: Toponym) -> str:
    """Why a name with no entry is unresolved; a name the text calls a place ("in Xyz camp",
    "the town of Xyz") says so, so that a reader sees a gazetteer gap, not a stray word."""
    why = f"no gazetteer entry for {top.name!r}"
    called = next((e for e in top.evidence if e.startswith(TYPED_GUESS)), "")
    if called:
        why += f": written as a place ({called.removeprefix(TYPED_GUESS)}), not in the gazetteer"
    elif top.label in PLACE_LABELS:
        why += f": tagged a place ({top.label}), not in the gazetteer"
    elif slot := next((e for e in top.evidence if GOING_SLOT in e or _where_at(e)), ""):
        where = slot.split(GOING_SLOT)[0].removesuffix(MISSPELT_EVIDENCE)
        why += f": written in a place slot ({where}), not in the gazetteer"
    return why


#: "the ports of X and Y", "the town of X": nouns that say the name after them is a settlement.
SETTLEMENT_NOUNS = frozenset(
    {"port", "ports", "town", "towns", "city", "cities", "village", "villages", "harbour",
     "harbor", "island", "islands"}
)  # fmt: skip


def named_by_noun(top: Toponym) -> bool:
    """Written as the "of"-complement of a settlement noun ("the Baltic ports of X"): the
    text itself calls it a place, so it is no common word or person's name."""
    return any(
        e.startswith("'") and e.endswith(" of'") and e[1:-4].lower() in SETTLEMENT_NOUNS
        for e in top.evidence
    )
