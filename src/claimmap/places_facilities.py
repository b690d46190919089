"""Ports and airports the gazetteer does not list, placed at the city they serve.

An airport the gazetteer lists (kind ``facility``, from airportsdata) is its own entry:
"Benina International Airport", and with a lower-case head "Don Mueang airport"
(:func:`listed_facility`). The others fall back to their city:

"Jeddah Islamic Port", "Aden International Airport", "Bamako's Modibo Keita international
airport": a transport facility is part of its city, and a route that ends "at Jeddah
Islamic Port" ends in Jeddah. The city is the known name the facility's own name begins
with (in a country the article names, so that "Bole International Airport" is not sent to
a Chinese Bole), or the city whose possessive is written right before it. The mention
stays the facility's whole name; the place is its city, and the evidence says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_article import in_article_country
from claimmap.places_distance import km
from claimmap.places_syntax import MAX_OWNER_TOKENS, POSSESSIVES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike

#: Facilities inside (or at the edge of) the city they are named after or belong to. Dams,
#: plants and bridges are left out: they often lie far from their namesake.
TRANSPORT_HEADS = frozenset(
    {"port", "seaport", "harbour", "harbor", "airport", "airfield", "airbase", "terminal"}
)
#: An airport lies within this distance of the place its name begins with.
SERVED_KM = 100.0
#: Words allowed between a facility's name and its lower-case head: "Modibo Keita
#: international airport", "the Xyz cargo terminal".
_MAX_HEAD_GAP = 2
_CITY_KINDS = frozenset({"city", "admin1", "admin2"})
#: A city this big (or a capital, a world city) names its airport in any story.
FAMOUS_POPULATION = 1_000_000
_FAMOUS = frozenset({"national capital", "world city"})
#: A city this big may lead a facility name that goes on with another name ("Xyz Atatürk
#: International Airport"); a smaller town is more likely a namesake of the first word.
CITY_FIRST_POPULATION = 100_000
#: Words of a facility's name that do not name it after anyone: "Jeddah Islamic Port",
#: "Aden International Airport" are named after their city alone.
GENERIC_FACILITY_WORDS = TRANSPORT_HEADS | frozenset(
    {"international", "islamic", "regional", "municipal", "national", "domestic", "air",
     "base", "cargo", "container", "naval", "commercial", "new", "old", "main", "central",
     "deepwater", "deep", "water", "free", "zone", "sea", "river", "oil", "grain", "ferry"}
)  # fmt: skip


def listed_facility(span: Span, gaz: GazetteerLike) -> Span | None:
    """ "Don Mueang airport", "landed at Heathrow airport": the facility's name with the
    lower-case head noun after it, when the gazetteer lists that as a facility (an airport
    entry's name without "International"), else None. The head settles what the bare
    name ("Heathrow", also a town) left to the ranking; but a name that reads as a place
    on its own ("Bali", "Cairo") takes only an airport within ``SERVED_KM`` of it."""
    whole = with_base(span, with_head(span), gaz)
    if whole.end <= span.end or not (gaz.knows(whole.text) or whole[-1].lower_ == "base"):
        return None
    cands = gaz.lookup(whole.text, limit=1, fuzzy=False)  # "Xyz base": "Xyz Airport"
    if not cands or cands[0].kind != "facility":
        return None
    named = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
    if named and named[0].kind != "facility" and km(named[0], cands[0]) > SERVED_KM:
        return None  # "Bali airport": Bali's, not the airstrip of a Cameroonian Bali
    return whole


def with_base(span: Span, whole: Span, gaz: GazetteerLike) -> Span:
    """ "the Xyz base": the name with a lower-case "base" right after it, when no port or
    airport noun follows (looked up as the airport of the name, whose runway it uses). A
    name that is a place itself ("the Abc base", Abc a town) stays the place's."""
    doc = span.doc
    if (
        whole.end > span.end
        or span.end >= len(doc)
        or doc[span.end].text != "base"
        or gaz.knows(span.text)
    ):
        return whole
    return doc[span.start : span.end + 1]


def facility_city(span: Span, gaz: GazetteerLike) -> tuple[Span, str, str] | None:
    """(mention, city name, evidence) for an unlisted port or airport ``span``, or None.

    The mention is the facility's whole name when the city's name is all of its proper
    name ("Jeddah Islamic Port"); it is the city's name alone when a person's or another
    name comes between ("Istanbul Atatürk International Airport": Istanbul's airport
    named after Atatürk)."""
    head = transport_head(span)
    if not head:
        return None
    owner = city_owner(span, gaz)
    if owner:  # "Xyz's Abc Def airport": Xyz's, whatever town shares the name Abc
        whole = with_head(span)  # "Xyz's Abc terminal": the mention is the terminal, not "Abc"
        return whole, owner, f"'{owner}'s {whole.text}': the {head} of {owner}, its city"
    doc = span.doc
    for end in range(span.end - 1, span.start, -1):  # the longest leading name first
        part = doc[span.start : end]
        if not all(t.text[:1].isupper() for t in part) or not gaz.knows(part.text):
            continue
        cands = [c for c in gaz.lookup(part.text, limit=3, fuzzy=False) if c.kind in _CITY_KINDS]
        if not cands or not (
            in_article_country(part, cands, gaz, min_population=0) or _famous(cands[0])
        ):
            break  # "Bole International Airport": no Chinese Bole in a story on Ethiopia
        generic = all(t.lower_ in GENERIC_FACILITY_WORDS for t in doc[end : span.end])
        if not _names_its_city(cands[0], generic):
            break  # "Jorge Chávez International Airport": a person's, not a village's
        if generic:
            return span, part.text, f"'{span.text}': the {head} of {part.text}, named after it"
        return part, part.text, f"'{span.text}': the {head} of {part.text}"
    return None


def with_head(span: Span) -> Span:
    """ "Abc" of "Abc cargo terminal": the facility's name with its lower-case head noun, so
    that a name read as its city's facility is not a mention of that city on its own."""
    doc = span.doc
    if span[-1].lower_ in TRANSPORT_HEADS or span[-1].lower_ == "base":
        return span
    for tok in doc[span.end : min(len(doc), span.end + _MAX_HEAD_GAP + 1)]:
        if tok.lower_ in TRANSPORT_HEADS:
            return doc[span.start : tok.i + 1]
    return span


def _names_its_city(cand: Candidate, generic: bool) -> bool:
    """Whether a facility's leading name is its city's: written as the city's own name (not
    an alternate a village shares with a person), and, when more of a proper name follows
    ("Viru Viru", "Istanbul Atatürk"), a city big enough to lead its airport's name.

    An airport named after a person ("Jorge Chávez International Airport") is no town of
    that name; only the text ("Lima's Jorge Chávez ...") places it."""
    big = _famous(cand) or cand.population >= CITY_FIRST_POPULATION
    alternate = any(w.startswith("alternate name") for w in cand.why)
    return big or (generic and not alternate)


def _famous(cand: Candidate) -> bool:
    """A city known the world over, whatever countries the article names."""
    return cand.population >= FAMOUS_POPULATION or any(w in _FAMOUS for w in cand.why)


def transport_head(span: Span) -> str:
    """ "Jeddah Islamic Port", "Xyz Air Base", "Modibo Keita international airport": the
    port or airport noun that ends the name or follows it, or ""."""
    doc = span.doc
    last = span[-1]
    if last.lower_ in TRANSPORT_HEADS and last.text[:1].isupper() and len(span) > 1:
        return last.lower_
    if last.lower_ == "base" and len(span) > 2 and span[-2].lower_ == "air":
        return "air base"
    for tok in doc[span.end : min(len(doc), span.end + _MAX_HEAD_GAP + 1)]:
        if not (tok.is_alpha and tok.text.islower()):
            return ""
        if tok.lower_ in TRANSPORT_HEADS:
            return tok.lower_
    return ""


def city_owner(span: Span, gaz: GazetteerLike) -> str:
    """ "Bamako's Modibo Keita airport": the city or province whose possessive comes right
    before ``span``, or ""."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text not in POSSESSIVES:
        return ""
    for start in range(max(0, i - MAX_OWNER_TOKENS), i):  # the longest name first
        owner = doc[start:i]
        if not owner.text[:1].isupper() or not gaz.knows(owner.text):
            continue
        cands = gaz.lookup(owner.text, limit=1, fuzzy=False)
        return owner.text if cands and cands[0].kind in _CITY_KINDS else ""
    return ""
