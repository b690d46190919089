"""Where a claimant phrase puts its claimant.

"A U.N. official in Yangon", "a resident of Djibo", "the fleet, based in Yokosuka": a city
or region the phrase states is where the claimant is, whatever the seat of the
organisation (a country is no such place). The place is the one the geoparser resolved
inside the phrase, else the gazetteer's exact entry for the words. Who wrote the document
a claimant is belongs to :mod:`claimmap.claims_actor_documents`.

Which state or city an office governs is :mod:`claimmap.claims_actor_jurisdiction`'s to
find; the claimant's country is :mod:`claimmap.claims_actor_countries`'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from claimmap.actors_table import normalize
from claimmap.claims_actor_phrases import PERSON_NOUNS
from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place


class Where(NamedTuple):
    """A place stated in a claimant phrase: its label, country and tokens."""

    label: str
    country_code: str | None
    start: int
    end: int


BASED = words(
    """
    based stationed headquartered located
    """
)
SEAT_KINDS = ("city", "admin1", "admin2")  # a town, a state, a county or province
#: People whose "of" names where they live: "a resident of Djibo".
_DWELLERS = words(
    """
    resident villager inhabitant native townsman
    """
)


def stated_place(span: Span, places: Sequence[Place]) -> Where | None:
    """The city or region the phrase says its claimant is in: "in" or "of" on its head
    ("an official in Yangon", "a resident of Djibo"), or "in" after "based"."""
    root = span.root
    based = [c for c in root.children if c.dep_ == "acl" and c.lower_ in BASED]
    # "a girl from Oromia": where a person (not an office holder) comes from
    home = ("from",) if root.lemma_.lower() in PERSON_NOUNS else ()
    heads: list[tuple[Token, tuple[str, ...]]] = [(root, ("in", "of", *home))]
    heads += [(verb, ("in",)) for verb in based]
    heads += [(verb, ("in",)) for verb in root.children if seat_clause(verb)]
    heads += [(verb, ("in",)) for verb in dwelling_clauses(root)]
    for head, preps in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < root.i:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i < span.end:
                first = next(t.i for t in obj.subtree if t.dep_ != "det")
                dweller = root.lemma_.lower() in _DWELLERS
                # "the prefecture of Reunion in Saint-Denis": the town it sits in
                found = _nested_in(obj, span, places) if prep.lower_ == "of" else None
                found = found or place_at(span.doc[first : obj.i + 1], places, dweller)
                town = _town_named(obj, span)
                found = found or (place_at(town, places, dweller) if town else None)
                if found is not None:
                    return found
    from claimmap.claims_actor_mentions import based_place

    return _owned_by_place(root, span, places) or based_place(span)


#: Verbs of a relative clause saying where a person lives: "who lives in exile in X".
_DWELL = words(
    """
    live reside base station
    """
)
#: Common nouns a town's name may follow after "of": "the southern port city of X".
_TOWN_NOUNS = words(
    """
    city town village port capital
    """
)


def dwelling_clauses(root: Token) -> list[Token]:
    """The relative clauses on the head saying where the claimant lives ("Ana Lee, who
    lives in exile in X"): that place is where the claimant speaks from. A singular verb
    on a plural noun of the head's "of" goes with the head: "a relative of one of the men,
    who lives in X" lives there; so does a "who" the model hung on a place ("director for
    Asia, who is based in X")."""
    out = []
    for tok in root.subtree:
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in _DWELL:
            continue
        who = any(c.lower_ == "who" for c in tok.children)  # a place is no "who"
        misread = who and tok.head.ent_type_ in ("GPE", "LOC", "FAC")
        if tok.head.i == root.i or misread or (tok.tag_ == "VBZ" and _plural_of(tok.head, root)):
            out.append(tok)
    return out


def _plural_of(noun: Token, root: Token) -> bool:
    """A plural noun reached from ``root`` through "of" ("a relative of one of the men")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.i != root.i:
        noun = noun.head.head
    return noun.i == root.i


def _town_named(obj: Token, span: Span) -> Span | None:
    """The name after "the port city of" within the phrase: "based in the southern port
    city of X" is based in X."""
    if obj.lemma_.lower() not in _TOWN_NOUNS:
        return None
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.i < span.end), None)
        if pobj is not None and pobj.pos_ == "PROPN":
            first = next(t.i for t in pobj.subtree if t.dep_ != "det")
            return span.doc[first : pobj.i + 1]
    return None


#: Nouns of where a body sits: "the company, whose headquarters are in Chatillon".
_SEAT_NOUNS = words(
    """
    headquarters headquarter office base seat
    """
)


def seat_clause(verb: Token) -> bool:
    """A relative clause saying where the head's seat is: "whose headquarters are in X"."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    whose = any(c.dep_ == "poss" and c.lower_ == "whose" for s in subj for c in s.children)
    return verb.dep_ == "relcl" and whose and any(s.lemma_.lower() in _SEAT_NOUNS for s in subj)


def _nested_in(obj: Token, span: Span, places: Sequence[Place]) -> Where | None:
    """The place an "in" on the object of "of" names, within the phrase; its words run
    from that object, which is the body's name, not another body."""
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.i < span.end), None)
        if pobj is not None:
            first = next(t.i for t in pobj.subtree if t.dep_ != "det")
            found = place_at(span.doc[first : pobj.i + 1], places, dweller=False)
            return found._replace(start=obj.left_edge.i) if found is not None else None
    return None


def _owned_by_place(root: Token, span: Span, places: Sequence[Place]) -> Where | None:
    """ "Dubai's customs authority", "Moscow's mayor": a city or region owns the body, which
    sits there (a country owning it gives its country, not a seat); so does one the
    geoparser resolved right before its head ("The Sindh police")."""
    for owner in (c for c in root.children if c.dep_ == "poss" and c.i >= span.start):
        words_ = span.doc[owner.left_edge.i : owner.i + 1]
        if owner.pos_ == "PROPN" and words_.start >= span.start:
            return place_at(words_, places, dweller=False) or _owning_region(words_, places)
    named = [c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1]
    if not places or not named or named[0].pos_ != "PROPN" or root.pos_ != "NOUN":
        return None
    first = named[0].left_edge.i
    return place_at(span.doc[max(first, span.start) : root.i], places, dweller=False)


def _owning_region(words_: Span, places: Sequence[Place]) -> Where | None:
    """ "Darfur's police", "Puntland's maritime police force": a region with no state rank
    that owns a body is where it sits, and its country the body's (the dateline's country
    is a guess, and wrong when the story is filed from abroad)."""
    lo, hi = words_.start_char, words_.end_char
    for place in places:
        if place.kind == "region" and any(lo <= m.start and m.end <= hi for m in place.mentions):
            return Where(place.name, place.country_code, words_.start, words_.end)
    return None


def place_at(words_: Span, places: Sequence[Place], dweller: bool) -> Where | None:
    """The city or region these words name, as the geoparser resolved them (when it ran),
    else as the gazetteer has them under that very name: words the model took for a
    place, or for anything after "a resident of" ("a member of Congress" is no town)."""
    from claimmap.actors import locate_jurisdiction

    if not words_.text[:1].isupper():
        return None
    lo, hi = words_.start_char, words_.end_char
    if places:
        for place in places:
            inside = any(lo <= m.start and m.end <= hi for m in place.mentions)
            if inside and place.kind in SEAT_KINDS:
                return Where(place.name, place.country_code, words_.start, words_.end)
            if inside and place.kind == "disputed":  # "Gaza's Interior Ministry"
                return _namesake_city(words_, place)
        # "from Boa Vista" the model took for a person here: the place of that name the
        # geoparser resolved elsewhere in the text
        said = normalize(words_.text)
        for place in places:
            named = any(normalize(m.text) == said for m in place.mentions)
            if named and place.kind in SEAT_KINDS and words_.root.ent_type_ != "ORG":
                return Where(place.name, place.country_code, words_.start, words_.end)
        return None
    if not dweller and words_.root.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    found = locate_jurisdiction(words_.text, None)
    if found is None or normalize(found.name) != normalize(words_.text):
        return None  # an alternate name may be anything's ("Hamas" is one of Hamm)
    return Where(words_.text, found.country_code, words_.start, words_.end)


#: How far a territory's namesake city may lie from its centre to be its seat.
_NAMESAKE_KM = 100.0


def _namesake_city(words_: Span, area: Place) -> Where | None:
    """A disputed territory owns no seat of its own, but one named after its main city
    ("Gaza's health ministry") sits in that city: the gazetteer's city of that very name
    lying within the territory's reach."""
    from claimmap.gazetteer import default_gazetteer
    from claimmap.gazetteer_rank import haversine_km

    name = area.name
    for c in default_gazetteer().lookup(name, kind="city", limit=5, fuzzy=False):
        near = haversine_km((c.lat, c.lon), (area.lat, area.lon)) <= _NAMESAKE_KM
        if c.kind == "city" and normalize(c.matched_name) == normalize(name) and near:
            return Where(c.name, c.country_code, words_.start, words_.end)
    return None


#: Units of an agency named after the city they work from: "DEA Phoenix Division",
#: "CBP's Tucson Field Office", "the CIA's Kabul station".
_UNITS = words(
    """
    division office bureau sector station branch
    """
)


def unit_place(desc: Span, country: str | None, places: Sequence[Place]) -> Where | None:
    """The city a field unit in the phrase is named after ("DEA Phoenix Division special
    agent Ann Lee" works in Phoenix): the city the geoparser resolved there or under that
    name elsewhere in the text ("a court in Tucson"); with no places resolved, the
    gazetteer's city of that very name in the agency's country (none where it is unknown:
    "Justice Division" is no town Justice)."""
    from claimmap.actors import locate_jurisdiction

    doc = desc.doc
    for tok in desc:
        if tok.lower_ not in _UNITS or tok.i == desc.start:
            continue
        last = tok.i - 1 - (doc[tok.i - 1].lower_ == "field")
        first = last + 1
        while first > desc.start and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first > last:
            continue
        words_ = doc[first : last + 1]
        found = place_at(words_, places, dweller=False) if places else None
        if found is None and places:
            found = _city_named(words_, country, places)
        elif found is None and country:
            city = locate_jurisdiction(words_.text, country, "city")
            if city is not None and city.kind == "city":
                found = Where(city.name, city.country_code, first, last + 1)
        if found is not None:
            return found
    return None


#: Common nouns of the bodies a person may work at or speak for, named without a name.
_OFFICES = words(
    """
    ministry department directorate office agency authority commission embassy consulate
    """
)


def employer_place(desc: Span, places: Sequence[Place]) -> Where | None:
    """ "a Libya specialist at the Royal United Services Institute in London", "a
    spokesman for the refugees ministry in Herat": the city the phrase puts the body a
    person works at or speaks for in (as the geoparser resolved it)."""
    for prep in desc:
        body = prep.head
        named = body.ent_type_ == "ORG" or body.lemma_.lower() in _OFFICES
        if prep.lower_ != "in" or prep.dep_ != "prep" or not named:
            continue
        if body.dep_ != "pobj" or body.head.lower_ not in ("at", "with", "for", "of"):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i < desc.end and places:
            found = place_at(desc.doc[obj.left_edge.i : obj.i + 1], places, dweller=False)
            if found is not None:
                return found
    return None


def _city_named(words_: Span, country: str | None, places: Sequence[Place]) -> Where | None:
    """A city of the text named as these words are, in ``country`` where it is known."""
    said = normalize(words_.text)
    for place in places:
        named = any(normalize(m.text) == said for m in place.mentions)
        if named and place.kind == "city" and country in (None, place.country_code):
            return Where(place.name, place.country_code, words_.start, words_.end)
    return None


def with_place(actor: Actor | None, where: Where | None) -> Actor | None:
    """The actor with the place its phrase states (``Actor.located``, where
    :func:`claimmap.actors.seat_of` puts it), and its country where it has neither one nor
    an organisation ("a resident of Djibo")."""
    if actor is None or where is None or actor.kind == "outlet":
        return actor
    code = actor.country_code or (None if actor.organisation else where.country_code)
    return replace(actor, located=where.label, country_code=code)


#: Titles of members of a legislature who represent a place: "Senator Ana Lee of Ohio".
_LEGISLATORS = words(
    """
    senator representative congressman congresswoman lawmaker legislator
    """
)


def represented_place(desc: Span, actor: Actor) -> Actor:
    """ "Senator Ana Lee of Montana", "Sen. Ana Lee, a Montana Democrat", "Sen. Ana Lee,
    D-Montana": a legislator is placed in the state (or region) he represents, at region
    precision, whatever the model took the state for; not in the national capital, nor
    nowhere."""
    from claimmap.actors import locate_jurisdiction

    if actor.kind != "person" or actor.located or actor.role not in _LEGISLATORS:
        return actor
    for said in _represented(desc):
        found = locate_jurisdiction(said, actor.country_code, "admin1")
        if found is None or found.kind != "admin1":
            continue
        org = None if actor.organisation == said else actor.organisation
        code = actor.country_code or found.country_code
        return replace(actor, organisation=org, located=found.name, country_code=code)
    return actor


def _represented(desc: Span) -> Iterator[str]:
    """The names a legislator's phrase gives his constituency by: the object of "of" after
    his name, then the proper nouns of an appositive to it ("an Arizona Democrat",
    "D-Ohio"), longest run first."""
    doc = desc.doc
    for tok in desc:
        if tok.lower_ != "of" or tok.i == desc.start or doc[tok.i - 1].ent_type_ != "PERSON":
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i < desc.end:
            yield doc[obj.left_edge.i : obj.right_edge.i + 1].text
    for app in desc:
        if app.dep_ != "appos" or app.head.ent_type_ != "PERSON" or app.right_edge.i >= desc.end:
            continue
        run: list[Token] = []
        for tok in [*doc[app.left_edge.i : app.i + 1], None]:
            if tok is not None and tok.pos_ == "PROPN" and len(tok.text) > 1:
                run.append(tok)
                continue
            if run:
                yield doc[run[0].i : run[-1].i + 1].text
                if len(run) > 1:  # "a New Mexico Democrat": "New Mexico"
                    yield doc[run[0].i : run[-1].i].text
            run = []
