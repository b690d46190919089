"""Sites the gazetteer lacks: streets, squares, roads and buildings, read from their names.

"Rustaveli Avenue", "St. Mary Hospital", "the Crossroads Correctional Center", "the A417":
a sub-city feature no gazetteer of towns holds. Its name ends in a head noun that says what
it is (Street, Hospital, Prison …) or, for a road, is a road code written where roads are
talked about. Such a name is recognised (NER often calls a hospital an organisation and a
prison a person), kept out of fuzzy look-ups (a "Collins Avenue" is no misspelt town) and
then placed at the place the text puts it in (:mod:`claimmap.places_site_containers`).

Organisation names that merely contain a place ("Washington Post", "Bank of America") have
no such head and stay out; so do people ("Gen. Robert Street").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.nlp import token_texts
from claimmap.places_lexicon import HONORIFICS, LOCATIVE_PREPS, TYPED_GUESS, motion_verb

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

#: Capitalised last words of a street's or a square's name.
STREET_HEADS = frozenset(
    {"street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane", "drive",
     "square", "highway", "motorway", "freeway", "expressway", "parkway", "embankment",
     "prospekt", "promenade", "esplanade"}
)  # fmt: skip
#: Capitalised last words of a building's or a compound's name.
BUILDING_HEADS = frozenset(
    {"hospital", "clinic", "prison", "jail", "gaol", "penitentiary", "camp", "base", "school",
     "academy", "university", "college", "stadium", "arena", "market", "bazaar", "mosque",
     "church", "cathedral", "synagogue", "temple", "monastery", "shrine", "palace", "port",
     "harbour", "harbor", "checkpoint", "crossing", "bridge", "airport", "airbase", "airfield",
     "hotel", "station", "terminal", "refinery", "barracks", "cemetery", "mall", "compound"}
)  # fmt: skip
#: "Correctional Center", "Detention Centre": a centre is a site only after one of these
#: (a bare "Carter Center" is an organisation).
CENTRE_KINDS = frozenset(
    {"correctional", "detention", "medical", "shopping", "convention", "community", "health",
     "processing", "holding", "reception", "transit", "trade", "remand", "rehabilitation",
     "trauma", "cancer", "sports", "exhibition", "business"}
)  # fmt: skip
#: Heads that are also common surnames or first names: a person tagged with one is a person.
_NAME_LIKE = frozenset(
    {"street", "lane", "drive", "church", "temple", "bridge", "camp", "port", "base", "square",
     "hall", "station", "school", "college", "palace"}
)  # fmt: skip
#: Lower-case words allowed inside a site's name: "Church of the Nativity" is not read
#: (head first), but "Hotel de Ville Square", "Bab al-Hawa Crossing" are.
_PARTICLES = frozenset({"de", "del", "la", "le", "al", "el", "of", "the", "and", "da", "di", "du"})
#: "the A417", "the M25", "I-95", "the N1", "Route 9", "Highway 61": road codes.
ROAD_CODE = re.compile(
    r"(?:[ABMN]\d{1,4}(?:\(M\))?|I-\d{1,3}|(?:Route|Highway|Interstate) \d{1,4})"
)
#: Words of a sentence that talks about roads, so that "the A417" in it is one.
ROAD_WORDS = frozenset(
    {"road", "roads", "motorway", "highway", "freeway", "interstate", "junction", "carriageway",
     "traffic", "lane", "lanes", "northbound", "southbound", "eastbound", "westbound",
     "lorry", "truck", "crash", "collision", "drivers", "motorists", "exit", "slip", "toll",
     "diversion", "diversions", "roadworks", "roundabout", "bypass", "junctions", "hgv"}
)  # fmt: skip
#: Where a site is written: "on Rustaveli Avenue", "along the A417", "to St. Mary Hospital".
SITE_PREPS = LOCATIVE_PREPS | {"on", "onto", "along", "down", "past", "outside", "opposite"}
#: Evidence of a site name recognised although the gazetteer lacks it.
SITE_GUESS = f"{TYPED_GUESS}a site's: "


def site_sort(words: list[str]) -> str:
    """ "street", "road" or "facility" for the words of a site's name, "" when they are not one.

    >>> site_sort(["Rustaveli", "Avenue"])
    'street'
    >>> site_sort(["Crossroads", "Correctional", "Center"])
    'facility'
    >>> site_sort(["Bank", "of", "America"])
    ''
    """
    if len(words) == 1 and ROAD_CODE.fullmatch(words[0]):
        return "road"
    if len(words) == 2 and ROAD_CODE.fullmatch(" ".join(words)):
        return "road"
    if len(words) < 2 or not _name_words(words):
        return ""
    head = words[-1].lower()
    if head in STREET_HEADS:
        return "road" if head in {"highway", "motorway", "freeway", "expressway"} else "street"
    if head in BUILDING_HEADS:
        return "facility"
    if head in {"center", "centre"} and words[-2].lower() in CENTRE_KINDS:
        return "facility"
    if (head, words[-2].lower()) in _PROTECTED or (head == "reserve" and words[-2] in _RESERVES):
        return PROTECTED_AREA
    return ""


#: "Xyz National Park", "Xyz Game Reserve": a protected area, a place whatever NER says.
PROTECTED_AREA = "protected area"
_PROTECTED = frozenset({("park", "national"), ("sanctuary", "wildlife")})
_RESERVES = frozenset({"Game", "Nature", "Forest", "Wildlife", "Marine", "Biosphere"})


def _name_words(words: list[str]) -> bool:
    """Capitalised words (a number may lead: "10 Downing Street"), particles only inside."""
    inner = words[1:-1]
    return (
        words[-1][:1].isupper()
        and (words[0][:1].isupper() or words[0].isdigit())
        and all(w[:1].isupper() or w.lower() in _PARTICLES or w in {"-", "'s"} for w in inner)
    )


def site_name(text: str) -> str:
    """The site's sort ("street", "road", "facility") for a mention's text, or ""."""
    text = re.sub(r"^[Tt]he\s+", "", text.strip())
    return site_sort(re.findall(r"[\w.'’-]+", text)) if text else ""


def unknown_site(span: Span, label: str = "") -> str:
    """Evidence for a site's name the gazetteer lacks, written where a place goes ("taken to
    St. Mary Hospital", "gathered on Rustaveli Avenue", "on the A417" in a sentence about
    traffic), or "". A name tagged a person must not follow a title ("Gen. X Street") nor
    end in a word people are named ("Street", "Church")."""
    words = [t.text for t in span if not t.is_space]
    sort = site_sort(words)
    if not sort or (label == "PERSON" and (words[-1].lower() in _NAME_LIKE or _titled(span))):
        return ""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].like_num:
        return ""  # "Buffalo Science Magnet School 59": the name goes on
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    prev = doc[i].lower_ if i >= 0 else ""
    if sort == "facility" and _affiliation(doc[i] if i >= 0 else None, words[-1]):
        return ""  # "a professor at Xyz University": where someone works, not an event's place
    if sort == "road" and not _about_roads(span):
        return ""
    owned = prev in {"'s", "’s"} and i >= 1 and doc[i - 1].text[:1].isupper()  # "Tehran's"
    struck = i >= 0 and doc[i].pos_ == "VERB" and motion_verb(prev)  # "stormed the X Hotel"
    placed = prev in SITE_PREPS or owned or struck or label in {"FAC", "LOC", "GPE"}
    placed = placed or sort == PROTECTED_AREA  # "the edge of the Xyz National Park"
    if not placed and sort != "road":
        return ""  # "Makerere University said": the body, not the site
    return f"{SITE_GUESS}the name of a {sort}"


#: Heads of institutions people are "at" or "from" as members ("a professor at Xyz University").
_ACADEMIC_HEADS = frozenset({"university", "college", "academy", "school"})
#: People "at" a facility as its staff: "a doctor at Xyz Hospital" works there.
_STAFF_NOUNS = frozenset(
    {"professor", "researcher", "scientist", "lecturer", "doctor", "physician", "surgeon",
     "nurse", "director", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
     "department", "official", "expert", "specialist", "virologist", "epidemiologist"}
)  # fmt: skip


def _affiliation(prep: Token | None, head: str) -> bool:
    """ "the Department of Medicine at Xyz University", "students from Xyz School", "a doctor
    at Xyz Hospital": the preposition hangs on a noun of someone's post or membership (any
    noun, for a school or a university), not on what happened there."""
    if prep is None or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if head.lower() in _ACADEMIC_HEADS:
        return prep.lower_ in {"at", "from"}
    return prep.lower_ == "at" and prep.head.lemma_.lower() in _STAFF_NOUNS


def _titled(span: Span) -> bool:
    doc = span.doc
    first = span[0].lower_.rstrip(".")
    prev = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    return first in HONORIFICS or prev in HONORIFICS


def _about_roads(span: Span) -> bool:
    """A road code's sentence speaks of roads or traffic ("the A380" is an aircraft)."""
    return any(t.lower_ in ROAD_WORDS for t in span.sent)


def road_codes(parsed: Doc) -> Iterable[tuple[Span, str]]:
    """ "The M5 southbound carriageway" (tagged a noun, in no entity): road codes outside
    entities, with their evidence, in sentences about roads."""
    for i, word in enumerate(token_texts(parsed)):
        if word[:1] not in "ABMNI" or not ROAD_CODE.fullmatch(word):
            continue
        tok = parsed[i]
        if tok.ent_type_:
            continue
        span = parsed[tok.i : tok.i + 1]
        why = unknown_site(span)
        if why:
            yield span, why


def is_site_guess(evidence: tuple[str, ...]) -> bool:
    """Recognised only as a site's name (:func:`unknown_site`)."""
    return any(e.startswith(SITE_GUESS) for e in evidence)
