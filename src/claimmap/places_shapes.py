"""Names recognition reshapes before looking them up: a country opening an organisation's
name ("U.S. Army"), hyphen-joined places ("the Mali-Burkina Faso border"), "<name> State",
a country NER tagged as a date, a town opening a date ("in Xyz last month"), a
country's possessive read into an organisation ("Mozambique's Xyz"), and "X region" read
as a province of the article's countries.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from claimmap.places_article import countries_named
from claimmap.places_distance import km
from claimmap.places_lexicon import ADMIN_TITLES, LOCATIVE_PREPS, GazetteerLike
from claimmap.places_water import region_province

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Candidate


def leading_country(span: Span, gaz: GazetteerLike) -> Span | None:
    """ "U.S. Army", "the US Centers for Disease Control": the country that opens the name."""
    doc = span.doc
    for stop in range(min(span.end - 1, span.start + 3), span.start, -1):
        part = doc[span.start : stop]
        if not part.text[:1].isupper() or part[-1].is_punct or not gaz.knows(part.text):
            continue
        cands = gaz.lookup(part.text, limit=1, fuzzy=False)
        if cands and cands[0].kind == "country":
            return part
        return None  # the longest known prefix is not a country ("Mexico City Health")
    return None


def hyphen_joined_places(span: Span, gaz: GazetteerLike) -> list[Span]:
    """ "Mali-Burkina Faso", "Kenya-Somalia", "Asia-Europe": hyphen-joined names that are each
    a country, province, disputed area or region (a border, a relation between them), or []."""
    doc = span.doc
    cuts = [t.i for t in span if t.text in {"-", "‑", "–"} and not t.whitespace_]
    if (
        not cuts
        or any(not doc[i - 1].text[:1].isupper() for i in cuts if i > span.start)
        or gaz.knows(span.text)  # "Guinea-Bissau", "Bosnia-Herzegovina" are one name
    ):
        return []
    parts = []
    bounds = zip([span.start, *(i + 1 for i in cuts)], [*cuts, span.end], strict=True)
    for start, end in bounds:
        part = doc[start:end]
        if not part.text[:1].isupper() or not gaz.knows(part.text):
            return []
        parts.append(part)
    if all(_unit(p.text, gaz) for p in parts) or _twin_towns(parts, gaz):
        return parts
    return []


def _unit(name: str, gaz: GazetteerLike) -> bool:
    """Whether the best entry of ``name`` is a country, a province, a disputed area or a
    region ("Asia-Europe routes": a trade between two continents)."""
    cands = gaz.lookup(name, limit=1, fuzzy=False)
    return bool(cands) and cands[0].kind in {"country", "admin1", "disputed", "region"}


#: Two towns joined by a hyphen within this distance are a pair across a border or a river.
TWIN_TOWN_KM = 30.0


def _twin_towns(parts: list[Span], gaz: GazetteerLike) -> bool:
    """ "crossed at Xyz-Abc": two names with entries beside each other (the towns facing
    each other at a border crossing), however NER tagged the pair."""
    if len(parts) != 2:
        return False
    a, b = (gaz.lookup(p.text, limit=5, fuzzy=False) for p in parts)
    return any(km(x, y) < TWIN_TOWN_KM for x in a for y in b if x.source_id != y.source_id)


def possessed_parts(span: Span, gaz: GazetteerLike) -> list[Span]:
    """ "Mozambique's Xyz" read as one organisation: a country's (or province's) possessive
    and a name the gazetteer knows after it are the owner and a place inside it, or []."""
    doc = span.doc
    cuts = [t.i for t in span if t.lower_ in {"'s", "’s"}]
    if len(cuts) != 1 or cuts[0] == span.start or cuts[0] + 1 >= span.end:
        return []
    owner, owned = doc[span.start : cuts[0]], doc[cuts[0] + 1 : span.end]
    if not owned.text[:1].isupper() or not gaz.knows(owner.text) or not gaz.knows(owned.text):
        return []
    cands = gaz.lookup(owner.text, limit=1, fuzzy=False)
    if not cands or cands[0].kind not in {"country", "admin1", "disputed"}:
        return []
    return [owner, owned]


def with_admin_title(span: Span, gaz: GazetteerLike) -> Span | None:
    """The name in "<name> State" / "<name> Province" when the gazetteer has a first-level
    division of that name (the title itself is read as a type cue)."""
    if len(span) < 2 or span[-1].text not in ADMIN_TITLES:
        return None
    name = span[:-1]
    if not name.text[:1].isupper() or not gaz.knows(name.text):
        return None
    if gaz.knows(span.text):
        return None  # the whole phrase is a name of its own
    found = gaz.lookup(name.text, kind="admin1", limit=1, fuzzy=False)
    return name if found else None


#: Capitalised titles of second-level units written after their name: "Xyz Local Government
#: Area", "Xyz District". The unit is named after its seat, a town the gazetteer may hold.
UNIT_TITLE_WORDS = (("Local", "Government", "Area"), ("LGA",), ("District",))


def with_unit_title(span: Span, gaz: GazetteerLike) -> Span | None:
    """The name in "<name> Local Government Area" / "<name> District" when the gazetteer
    lacks the whole but knows the name (the unit's seat stands for it)."""
    for title in UNIT_TITLE_WORDS:
        n = len(title)
        if len(span) <= n or tuple(t.text for t in span[-n:]) != title:
            continue
        name = span[:-n]
        if name.text[:1].isupper() and not gaz.knows(span.text) and gaz.knows(name.text):
            return name
    return None


def country_as_date(span: Span, label: str, gaz: GazetteerLike) -> bool:
    """ "into Niger over the weekend" (NER: DATE, or WORK_OF_ART): a capitalised name with
    no number in it that is a country is the country."""
    if label not in {"DATE", "TIME", "WORK_OF_ART"} or not all(
        t.is_alpha and t.text[:1].isupper() for t in span
    ):
        return False
    cands = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
    return bool(cands) and cands[0].kind == "country"


#: Capitalised words that open a date, not a place: months, weekdays, feasts.
_DATE_NAMES = frozenset(
    {*calendar.month_name[1:], *calendar.day_name}
    | {"Christmas", "Easter", "Ramadan", "Eid", "Lent", "Passover", "Hanukkah", "Diwali"}
    | {"Thanksgiving", "Nowruz", "Tet"}
)


def name_before_date(span: Span, gaz: GazetteerLike) -> Span | None:
    """ "visited the crossing in Xyz last month" tagged one date: a known capitalised name
    opening it, right after a locative preposition and followed by lower-case date words, is
    a place; the rest is the date. None when the entity is all name, or a month or feast."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.lower_ not in LOCATIVE_PREPS:
        return None
    end = span.start
    while end < span.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == span.start or end == span.end or not doc[end].is_lower:
        return None
    lead = doc[span.start : end]
    if any(t.text in _DATE_NAMES or not t.is_alpha for t in lead) or not gaz.knows(lead.text):
        return None
    return lead


def province_of_region(span: Span, gaz: GazetteerLike) -> Candidate | None:
    """:func:`claimmap.places_water.region_province` in this article's countries."""
    return region_province(
        span, gaz, lambda: countries_named(span.doc, gaz, span.text) | _owner_country(span, gaz)
    )


def _owner_country(span: Span, gaz: GazetteerLike) -> frozenset[str]:
    """ "Niger's Tillabéri region": the country whose possessive precedes the name, whatever
    NER made of it (a country tagged a person in a headline)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in {"'s", "’s"}:
        return frozenset()
    owner = doc[span.start - 2].text
    if not owner[:1].isupper() or not gaz.knows(owner):
        return frozenset()
    top = gaz.lookup(owner, limit=1, fuzzy=False)
    code = top[0].country_code if top and top[0].kind == "country" else None
    return frozenset({code}) if code else frozenset()
