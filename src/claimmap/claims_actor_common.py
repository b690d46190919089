"""A claimant named by a common noun or an organisation, and the place a local office governs.

"The official", "the group", "The Greek government", "an IOM spokesman", "Kenya", "the
conservation group Oceana": no person is named, so the head noun, the organisations and
places of the phrase and the claimants met before decide who speaks. A governor, mayor,
sheriff or "local officials" (named or not) speak for the state or city they govern.

Split from :mod:`claimmap.claims_actors`, which sorts a phrase's names and sends a
phrase naming no person here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_anaphora import named_earlier
from claimmap.claims_actor_body_titles import of_body
from claimmap.claims_actor_context import (
    MEDIA_NOUNS,
    ORG_NOUNS,
    Context,
    close_appositive,
    employed,
    titled,
)
from claimmap.claims_actor_documents import author_of, definite
from claimmap.claims_actor_employers import owner_org
from claimmap.claims_actor_fresh import based_words
from claimmap.claims_actor_homes import as_resolved
from claimmap.claims_actor_jurisdiction import jurisdiction_in
from claimmap.claims_actor_locative import name_before_place, stated_in
from claimmap.claims_actor_lookup import org_actor, table_actor
from claimmap.claims_actor_mentions import described_before, described_by
from claimmap.claims_actor_org_reference import org_reference
from claimmap.claims_actor_outlet_reference import agency_reference, outlet_reference
from claimmap.claims_actor_own_name import own_name, without_base
from claimmap.claims_actor_phrases import (
    DETERMINERS,
    DOCUMENTS,
    PERSON_NOUNS,
    PERSON_ROLES,
    clean,
    county_in,
    head_phrase,
    institution,
    org_at_head,
    organ_noun,
    places_named,
    starts_with,
    strip_owner,
)
from claimmap.claims_actor_places import seat_clause
from claimmap.claims_actor_them import opening_plural
from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place

CountryOf = Callable[[str], str | None]


def common_actor(
    span: Span,
    core: Span,
    desc: Span,
    orgs: list[Span],
    places: list[Span],
    country: str | None,
    met: Context,
) -> Actor | None:
    """A claimant named by a common noun or an organisation: "the official", "the group",
    "The Greek government", "an IOM spokesman", "Kenya"."""
    country_of = met.country_of
    post = trailing_role(core)  # "A Utah Division of Wildlife spokesperson"
    head, the = post or span.root.lower_, definite(span)
    plain = span.root.tag_ == "NN" and head not in ORG_NOUNS | PERSON_ROLES | PERSON_NOUNS
    if the and (organ_noun(head) or plain) and head not in ORG_NOUNS:
        earlier_body = called_so(span, met, country, headed_only=not organ_noun(head))
        if earlier_body is not None:  # "the navy" after "Mexico's navy, the Secretaría ..."
            return earlier_body
    headed = org_at_head(span, orgs) if post is None else None
    if headed is not None:  # "the UN refugee agency UNHCR": the name the head stands for
        org = org_actor(headed, True)
        return Actor(org.name, "organisation", country_code=country or org.country_code)
    known = _table_name_after(span)
    if known is not None:  # "Danish shipping giant Xyzsk": the name the table knows
        return replace(known, country_code=known.country_code or country)
    if head in PERSON_ROLES and orgs and not the:  # "A German Foreign Ministry official"
        called, stated = name_before_place(core, met.places)
        person = Actor(clean(strip_owner(called, country_of)), "person", None, country, head)
        if stated and orgs[0].start >= called.end:  # "A Libyan official at Misrata airport"
            return stated_in(person, stated)  # (the site is where, no employer)
        return stated_in(employed(person, org_actor(orgs[0], True)), stated)
    if orgs and starts_with(span, orgs[0]):
        org = org_actor(orgs[0], True)
        return Actor(org.name, "organisation", country_code=country or org.country_code)
    root_place = next((e for e in places if e.start <= span.root.i < e.end), None)
    code = country_of(root_place.text) if root_place is not None else None
    if root_place is not None and code:
        return Actor(name=clean(root_place.text), kind="government", country_code=code)
    if span.root.pos_ == "PROPN" and not orgs:
        name_code = country_of(clean(span.root.text))
        if name_code and clean(span.root.text) == clean(head_phrase(span).text):
            return Actor(name=clean(span.root.text), kind="government", country_code=name_code)
    if institution(span.root) and country:  # "The Greek government", "Chad's authorities"
        name = clean(strip_owner(core, country_of))
        return Actor(name=name, kind="government", country_code=country)
    # "the official", "the Ohio governor"; not "the father of a 22-year-old", a new person
    if head in PERSON_ROLES | PERSON_NOUNS and the and not kin_of(span.root):
        earlier_person = described_before(span, span.root, met, country)
        owner = next((c.lower_ for c in span.root.children if c.dep_ == "poss"), None)
        owner = None if owner in _POSSESSIVES else owner
        earlier_person = earlier_person or titled(
            met, head, country, places_named(desc, country_of), owner
        )
        # "The head of fraud at the Tax Service": its head, whoever spoke before
        earlier_person = of_body(earlier_person, core, orgs, country, head)
        if earlier_person is not None:
            return earlier_person
    named = close_appositive(span) if head in ORG_NOUNS else None
    if named is not None:  # "the conservation group Oceana"
        known = table_actor(named.text, doc=span.doc)
        return known or Actor(clean(named.text), "organisation", country_code=country)
    # "The London-based group", "The company, whose headquarters are in Paris": a
    # reference all the same
    seated = any(seat_clause(c) for c in span.root.children)
    based = based_words(span.root) is not None or seated
    said = described_by(head_phrase(span) if seated else span)
    if head in MEDIA_NOUNS and the and len(said) <= 2:
        outlet = outlet_reference(span, met)  # "The outlet said": the one named before
        if outlet is not None:
            return outlet
    if head == "agency" and the and len(said) <= 1:  # "the agency said": a news agency relaying
        agency = agency_reference(span, met)
        if agency is not None:
            return agency
    if (
        head in ORG_NOUNS
        and the
        and (not country or based)
        and len(said) <= 3
        and not own_name(span)
    ):
        earlier_org = org_reference(span, head, met)
        if earlier_org is not None:
            return earlier_org
    if orgs and people_from(span, orgs):  # "residents of Hanumannagar in Saptari"
        where = _first_place(span, sorted([*places, *orgs]), met.places)
        return Actor(clean(core.text), "person", country_code=country, located=where)
    if orgs:
        org = org_actor(orgs[0], True)
        return Actor(org.name, "organisation", country_code=country or org.country_code)
    if the and not country:  # "the court" after "The case went to the High Court in X"
        body = named_earlier(span, met.places, met.describe)
        if body is not None:
            return body
    called, stated = name_before_place(core, met.places)
    name = clean(strip_owner(called, country_of))
    if not name:
        return None
    if head in PERSON_ROLES:  # "Its commander": of the body "its" stands for
        person = employed(Actor(name, "person", None, country, head), owner_org(core, met))
        return stated_in(local_actor(person, desc, country_of), stated)
    if span.root.lemma_.lower() in PERSON_NOUNS and (span.root.tag_ == "NN" or head == "people"):
        # "a girl from Oromia"
        return stated_in(Actor(name=name, kind="person", country_code=country), stated)
    name = without_base(name)
    named_body = name[:1].isupper() and name.split()[-1].lower() in ORG_NOUNS  # "Xyz group"
    if (
        head in ORG_NOUNS
        or organ_noun(head)
        or named_body
        or (span.root.pos_ == "PROPN" and not _titled_noun(span) and not opening_plural(span.root))
    ):
        actor = Actor(name=name, kind="organisation", country_code=country)
    else:
        actor = Actor(name=name, kind="unknown", country_code=country)
    actor = local_actor(actor, desc, country_of) if institution(span.root) else actor
    return stated_in(actor, stated)


#: Nouns of the people who live in a place: "residents of X" are of X, not X.
_DWELLERS = words(
    """
    resident villager inhabitant local native dweller
    """
)


def people_from(span: Span, orgs: list[Span]) -> bool:
    """ "Residents of Kalo in Mira", "the father of a 22-year-old from Kalo": people named
    by where they live or come from; a name the model took for an organisation there is
    the place ("an official from the ministry" names an employer, and is no such noun)."""
    root = span.root
    lemma = root.lemma_.lower()
    if lemma not in PERSON_NOUNS | _DWELLERS | _KIN or lemma in PERSON_ROLES - _DWELLERS:
        return False
    preps = ("of", "from", "in", "near") if lemma in _DWELLERS else ("from", "in", "near")
    return all(
        o.root.dep_ == "pobj"
        and o.root.head.lower_ in preps
        and not any(t.lower_ in ORG_NOUNS for t in o)
        for o in orgs
    )


def _first_place(span: Span, names: list[Span], places: Sequence[Place]) -> str | None:
    """The first place of the phrase: one the geoparser resolved, else the first name."""
    for place in places:
        if any(span.start_char <= m.start < span.end_char for m in place.mentions):
            return place.name
    return clean(names[0].text) if names else None


def _titled_noun(span: Span) -> bool:
    """ "Report" of a headline's "..., Report Says": a document noun in title case, alone,
    is no name of a body (the report's author is unknown)."""
    words_ = [t for t in span if not t.is_punct and t.lower_ not in DETERMINERS]
    return len(words_) == 1 and words_[0].lower_ in DOCUMENTS


#: Kinship nouns: "the father of a 22-year-old" introduces the father, whoever spoke before.
_KIN = words(
    """
    father mother brother sister son daughter wife husband uncle aunt cousin nephew niece
    grandfather grandmother grandson granddaughter widow widower parent relative fiancee
    """
)


def kin_of(root: Token) -> bool:
    """A kinship noun with its "of" ("the mother of one of the victims"): the phrase
    introduces a relative of someone, not a person quoted before."""
    return root.lemma_.lower() in _KIN and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in root.children
    )


def trailing_role(core: Span) -> str | None:
    """ "A Utah Division of Emergency Management spokesperson": the post that ends the
    phrase after a name the parser took for its head (the post is then the object of the
    name's "of"); the phrase names a person holding it."""
    last = core[-1]
    root = core.root
    if last.i == root.i or last.ent_type_ or not last.is_lower or last.lower_ not in PERSON_ROLES:
        return None
    return last.lower_ if root.ent_type_ == "ORG" and root.pos_ == "PROPN" else None


def local_actor(actor: Actor, desc: Span, country_of: CountryOf) -> Actor:
    """A governor, mayor, sheriff or local officials: the state or city they govern as the
    organisation ("Ohio Governor Ann Lee" → Ohio, US), where the gazetteer knows it."""
    from claimmap.actors import LOCAL_ROLES

    if actor.role and (actor.organisation or "").lower().endswith(f" {actor.role}"):
        actor = replace(actor, organisation=None)  # "Eilat Mayor" taken for a body's name
    governed = as_resolved(desc, actor.organisation) if actor.organisation else None
    if governed is not None and actor.role in LOCAL_ROLES:  # "Alexandroupolis mayor Ann Lee"
        code = actor.country_code or governed[1]
        return replace(actor, organisation=governed[0], country_code=code)
    if actor.organisation or not (actor.role in LOCAL_ROLES or institution(desc.root)):
        return actor
    found = jurisdiction_in(desc, actor.role, country_of)
    if found is None:  # "Clay County Sheriff Ann Lee": a county the gazetteer lacks
        county = county_in(desc) if actor.role in LOCAL_ROLES else None
        return replace(actor, organisation=county) if county else actor
    kind = "government" if actor.kind == "unknown" else actor.kind
    found = as_resolved(desc, found[0]) or found  # "Alexandroupolis" → Alexandroupoli
    return replace(actor, kind=kind, organisation=found[0], country_code=found[1])


def called_so(
    span: Span, met: Context, country: str | None, headed_only: bool = False
) -> Actor | None:
    """ "The navy": the body an earlier claimant phrase called by that very noun ("Mexico's
    navy, the Secretaría de Marina (SEMAR), said"), of the country the phrase gives if any;
    a noun that names no state organ ("the panel") only where it headed that phrase ("A
    United Nations panel of experts")."""
    head = span.root.lower_
    based = based_words(span.root)  # "the Hawaii-based command": where it sits, no new name
    seat = range(based.start, based.end + 2) if based is not None else range(0)
    if any(t.is_title and t.i > span.start and t.i not in seat for t in span):
        return None  # "the Mexican navy", "the Navy of Peru": described anew
    for start, end, actor in reversed(met.claimants):
        if actor.kind not in ("organisation", "government") or start >= span.start:
            continue
        if country is not None and actor.country_code not in (None, country):
            continue
        said = span.doc[start:end]
        if based is not None and said.root.lower_ == head and said.root.is_title:
            return replace(actor, role=None)  # "The U.S. Pacific Command said ..."
        nouns = [said.root] if headed_only else list(said)
        author = author_of(said) if said.root.lower_ in DOCUMENTS else None
        nouns += [author.root] if author is not None else []  # "a report by the UN panel"
        if any(t.lower_ == head and t.pos_ == "NOUN" for t in nouns) or _named_so(span, said):
            return replace(actor, role=None)
    return None


def _named_so(span: Span, said: Span) -> bool:
    """ "The coast guard" after "The Japan Coast Guard said": two words or more of the
    description end the earlier name, whatever their case (one word, "the army", may mean
    a state's army after "the Arakan Army")."""
    described = [t.lower_ for t in span if not t.is_punct and t.lower_ not in ("the", "this")]
    named = [t.lower_ for t in said if not t.is_punct]
    return len(described) > 1 and named[-len(described) :] == described


def _table_name_after(span: Span) -> Actor | None:
    """The body the actors table knows by the capitalised name written right after a
    lower-case head noun ("shipping giant Xyzsk", whatever entity the model made of it)."""
    root = span.root
    if root.pos_ != "NOUN" or not root.is_lower or root.i + 1 >= span.end:
        return None
    end = root.i + 1
    while end < span.end and span.doc[end].pos_ == "PROPN" and span.doc[end].is_title:
        end += 1
    if end == root.i + 1 or span.doc[root.i + 1].head.i not in range(root.i, end):
        return None
    found = table_actor(span.doc[root.i + 1 : end].text, doc=span.doc)
    return found if found is not None and found.kind != "person" else None


_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
