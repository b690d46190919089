"""Who a claimant is: a normalised :class:`~claimmap.model.Actor` for each claimant span.

"Ana Lima, the director of the Brazilian Intelligence Agency" becomes a person with an
organisation and a country; "Kenya", "the Greek government" or "Pakistani officials" a
government; "Ohio Governor Ann Lee" a person whose organisation is the state she governs;
"a spokesman for the Kremlin" the Kremlin, spoken for by its spokesman. "He", "the
official" or "the Iraqi president" are the last compatible claimant before them, "the
group" the organisation the text last spoke of (see ``claims_actor_context``). "Each
side" or "French and US officials" is several actors at once and gets none.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import (
    MEDIA_NOUNS,
    antecedent_org,
    employed,
    jurisdiction_in,
    last_of,
    lede_named_later,
    org_actor,
    paragraph_country,
    pronoun_referent,
    same_person,
    several,
    several_countries,
    speaking_for,
    spoken_for,
    table_actor,
    titled,
)
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, span_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_syntax import RawClaim

log = logging.getLogger(__name__)

CountryOf = Callable[[str], str | None]

_RELATIVE = words(
    """
    who which that whose
    """
)
#: Titles and roles that make a noun phrase a person ("the official", "the Syrian president").
PERSON_ROLES = words(
    """
    president vice-president premier chancellor minister secretary spokesman spokeswoman
    spokesperson official officer director chief head leader commander general colonel
    ambassador envoy diplomat senator congressman congresswoman representative governor
    mayor king queen prince emir sheikh ayatollah pope chairman chairwoman chair ceo
    founder analyst expert researcher professor lawyer attorney prosecutor judge
    candidate nominee lawmaker legislator deputy adviser advisor aide source witness
    activist reporter journalist correspondent editor host mufti cleric monitor sheriff
    """
)
_ORG_NOUNS = words(
    """
    agency ministry government group organisation organization observatory newspaper
    channel network broadcaster service office committee council commission company army
    military monitor party campaign administration department police embassy
    """
)
_DETERMINERS = words(
    """
    the a an this that these those so-called so called
    """
)


def resolve_actors(
    raws: Sequence[RawClaim], parsed: Doc, country_of: CountryOf
) -> list[Actor | None]:
    """One actor per claim (``None`` when there is no claimant), resolving references."""
    history: list[Actor] = []
    out: list[Actor | None] = []
    for raw in raws:
        actor = None
        if raw.claimant is not None:
            span = span_at(parsed, raw.claimant[0], raw.claimant[1])
            if span is not None:
                actor = _actor_of(span, raw, parsed, history, country_of)
        out.append(actor)
        if actor is not None and actor.kind != "unknown":
            history.append(actor)
    return lede_named_later(raws, out, parsed)


def _actor_of(
    span: Span, raw: RawClaim, parsed: Doc, history: list[Actor], country_of: CountryOf
) -> Actor | None:
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in _RELATIVE and raw.claimant_token is not None:
        noun = last = parsed[raw.claimant_token].head.head  # "X, who said ..." → X
        while noun.dep_ == "appos" and noun.head.i < noun.i:  # "X, a former minister, who"
            noun = noun.head
        if any(c.dep_ == "conj" for c in noun.children):
            return None  # "China and the United States, ..., which": several actors
        noun_span = parsed[noun.left_edge.i : last.i + 1]
        return _named(noun_span, history, country_of)
    if len(words) == 1 and words[0].pos_ == "PRON":
        return pronoun_referent(words[0].lower_, parsed, history)
    if several(words):
        return None  # the claimant span stays; no single actor (and no seat) stands for it
    return _named(span, history, country_of)


def _named(span: Span, history: list[Actor], country_of: CountryOf) -> Actor | None:
    desc = _without_clauses(span)
    principal = spoken_for(desc)
    if principal is not None:  # "a spokeswoman for the mayor": the office spoken for
        spoken = _named(principal, history, country_of)
        return speaking_for(spoken, desc.root.lower_) if spoken is not None else None
    actor = _described(span, desc, history, country_of)
    if actor is None or actor.country_code is not None or actor.kind == "person":
        return actor
    if _STATE_BODY.search(actor.name.lower()):  # "State television", "the Defence Ministry"
        code = paragraph_country(span.doc, span.start, country_of)
        kind = "organisation" if actor.kind == "unknown" else actor.kind
        return replace(actor, kind=kind, country_code=code) if code else actor
    return actor


def _described(span: Span, desc: Span, history: list[Actor], country_of: CountryOf) -> Actor | None:
    ents = ents_in(span.doc, desc.start, desc.end)
    core = _head_phrase(span)
    if several_countries(core, country_of):
        return None  # "French and US officials": two governments, no single actor
    # a person named in an appositive or relative clause ("The Arakan Army, which controls
    # much of northern Rakhine") is not the claimant; one named in apposition to the head
    # ("The group's deputy leader, Naim Qassem") is
    persons = [
        e
        for e in ents
        if e.label_ == "PERSON"
        and (e.start < core.end or _appositive(e, span.root))
        and not _country_word(e, country_of)
    ]
    orgs = [e for e in ents if e.label_ == "ORG"]
    places = [e for e in ents if e.label_ == "GPE"]
    country = _country_in(desc, country_of)
    role = _role_in(desc)
    if persons:
        name = _clean(persons[0].text)
        earlier = same_person(name, history)
        if earlier is not None:
            return earlier
        # "Defence Minister Ali Reza": a one-word ORG just before the name is part of a
        # title; "Kremlin spokesman Ali Reza" (a lower-case role between) names his employer.
        named = [o for o in orgs if not _title_part(o, persons[0])]
        org = org_actor(named[0], True) if named else _owner_org(core, history)
        person = Actor(name=name, kind="person", country_code=country, role=role)
        return _local(employed(person, org), desc, country_of)
    head_text = _clean(span.root.text)
    if span.root.pos_ == "PROPN" and span.root.is_title and " " not in head_text:
        earlier = same_person(head_text, history)  # "Schuchat" after "Anne Schuchat"
        if earlier is not None and earlier.name != head_text:
            return earlier
    known = table_actor(core.text)
    if known is not None:  # "Doctors Without Borders", "the U.N. refugee agency"
        return replace(known, country_code=known.country_code or country)
    headed = _org_at_head(span, orgs)
    if headed is not None:  # "the UN refugee agency UNHCR": the name the head stands for
        return Actor(name=_clean(headed.text), kind="organisation", country_code=country)
    head = span.root.lower_
    definite = span[0].lower_ in ("the", "this", "that")
    if head in PERSON_ROLES and orgs and not definite:  # "A German Foreign Ministry official"
        person = Actor(_clean(_strip_owner(core, country_of)), "person", None, country, head)
        return employed(person, org_actor(orgs[0], True))
    if orgs and _starts_with(span, orgs[0]):
        return Actor(name=_clean(orgs[0].text), kind="organisation", country_code=country)
    root_place = next((e for e in places if e.start <= span.root.i < e.end), None)
    code = country_of(root_place.text) if root_place is not None else None
    if root_place is not None and code:
        return Actor(name=_clean(root_place.text), kind="government", country_code=code)
    if span.root.pos_ == "PROPN" and not persons and not orgs:
        name_code = country_of(_clean(span.root.text))
        if name_code and _clean(span.root.text) == _clean(_head_phrase(span).text):
            return Actor(name=_clean(span.root.text), kind="government", country_code=name_code)
    if _institution(span.root) and country:  # "The Greek government", "Chad's authorities"
        name = _clean(_strip_owner(core, country_of))
        return Actor(name=name, kind="government", country_code=country)
    if head in PERSON_ROLES and definite:  # "the official", "the Ohio governor"
        earlier_person = titled(history, head, country, _places_named(desc, country_of))
        if earlier_person is not None:
            return earlier_person
    if head in _ORG_NOUNS and definite and not country and len(_content_words(span)) <= 3:
        earlier_org = _org_reference(span, head, history)
        if earlier_org is not None:
            return earlier_org
    if orgs:
        return Actor(name=_clean(orgs[0].text), kind="organisation", country_code=country)
    name = _clean(_strip_owner(core, country_of))
    if not name:
        return None
    if head in PERSON_ROLES:
        person = Actor(name=name, kind="person", country_code=country, role=head)
        return _local(person, desc, country_of)
    if head in _ORG_NOUNS or span.root.pos_ == "PROPN":
        actor = Actor(name=name, kind="organisation", country_code=country)
    else:
        actor = Actor(name=name, kind="unknown", country_code=country)
    return _local(actor, desc, country_of) if _institution(span.root) else actor


#: Names of state bodies that, named without a country, are the country's of their paragraph.
_STATE_BODY = re.compile(
    r"\b(?:ministry|government|presidency|cabinet|parliament|army|military|police|"
    r"authorities|state (?:media|television|tv|radio|news))\b"
)
_INSTITUTION_HEADS = frozenset({"officials", "authorities", "government", "administration"})


def _institution(root: Token) -> bool:
    """ "officials", "authorities", "government": a country's state, not one person."""
    return root.lower_ in _INSTITUTION_HEADS


def _local(actor: Actor, desc: Span, country_of: CountryOf) -> Actor:
    """A governor, mayor, sheriff or local officials: the state or city they govern as the
    organisation ("Ohio Governor Ann Lee" → Ohio, US), where the gazetteer knows it."""
    from claimmap.actors import LOCAL_ROLES

    if actor.organisation or not (actor.role in LOCAL_ROLES or _institution(desc.root)):
        return actor
    found = jurisdiction_in(desc, actor.role, country_of)
    if found is None:
        return actor
    kind = "government" if actor.kind == "unknown" else actor.kind
    return replace(actor, kind=kind, organisation=found[0], country_code=found[1])


def _owner_org(core: Span, history: list[Actor]) -> Actor | None:
    """ "The group's leader": the organisation "the group" refers back to."""
    for tok in core:
        definite = any(c.lower_ in ("the", "this", "that") for c in tok.children)
        if tok.dep_ == "poss" and tok.lower_ in _ORG_NOUNS | MEDIA_NOUNS and definite:
            return antecedent_org(core.doc, core.start, tok.lower_, history)
    return None


def _org_reference(span: Span, head: str, history: list[Actor]) -> Actor | None:
    """ "The agency", "the rights group": the organisation named last before it (itself,
    not the spokesman it was quoted through); "the government" only a government."""
    if head in ("government", "administration"):
        earlier = last_of(history, ("government",))
    else:
        earlier = antecedent_org(span.doc, span.start, head, history) or last_of(
            history, ("organisation", "government", "outlet")
        )
    return replace(earlier, role=None) if earlier is not None else None


def _places_named(desc: Span, country_of: CountryOf) -> list[str]:
    """Places below a country that a description names: "the New York state attorney
    general" is not any attorney met before, "the Ohio governor" the one of Ohio."""
    places = ents_in(desc.doc, desc.start, desc.end, ("GPE",))
    return [_clean(e.text) for e in places if not country_of(e.text)]


def _appositive(ent: Span, root: Token) -> bool:
    return ent.root.dep_ == "appos" and ent.root.head.i == root.i


def _country_word(ent: Span, country_of: CountryOf) -> bool:
    """A country or demonym the model took for a person ("Bangladeshi officials", "Niger's
    military authorities"): a modifier of the head that names a country."""
    return ent.root.dep_ in ("compound", "poss", "amod", "nmod") and bool(country_of(ent.text))


def _clause(tok: Token) -> bool:
    """A relative clause, or a participle set off by a comma ("..., speaking on condition
    of anonymity"), that does not say whom the claimant works for: "who heads the Center",
    "who served as U.S. ambassador" do; "a study that appeared in the BMJ" or "a speech
    Mrs. Clinton delivered" name their source in it; a clause inside a name is none."""
    if tok.ent_iob_ == "I" or tok.lemma_.lower() in _AFFILIATION or tok.head.lower_ in _DOCUMENTS:
        return False
    if tok.dep_ == "relcl":
        return True
    return tok.dep_ == "acl" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


#: Verbs of a relative clause that tell the claimant's post: "who heads", "who served as".
_AFFILIATION = words(
    """
    be head lead run chair direct serve work helm teach study found command manage oversee
    """
)
#: Claimants that are texts: a clause names who wrote or said them.
_DOCUMENTS = words(
    """
    study report survey poll analysis statement letter document paper article memo review
    audit speech interview book
    """
)


def _without_clauses(span: Span) -> Span:
    """The claimant without its relative clause: "Chad's authorities, who expelled Russian
    advisers" tells nothing about Russia; appositives ("an IOM spokesman") stay."""
    for tok in span:
        if tok.i > span.root.i and tok.head.i == span.root.i and _clause(tok):
            cut = tok.left_edge.i
            while cut > span.start and span.doc[cut - 1].is_punct:
                cut -= 1
            return span.doc[span.start : cut] if cut > span.start else span
    return span


def _title_part(org: Span, person: Span) -> bool:
    """Is a one-word ORG right before a name part of the person's title ("Defence Minister")?"""
    gap = person.start - org.end
    if len(org) != 1 or not 0 <= gap <= 1:
        return False
    return gap == 0 or org.doc[org.end].is_title


def _org_at_head(span: Span, orgs: list[Span]) -> Span | None:
    """The ORG holding the claimant's head word, or named in apposition to it."""
    root = span.root
    for org in orgs:
        if org.start <= root.i < org.end:
            return org
    for org in orgs:
        if org.root.dep_ == "appos" and org.root.head.i == root.i:
            return org
    return None


def _head_phrase(span: Span) -> Span:
    """The claimant without its appositive or relative clause: "a senior official, who ..."."""
    for tok in span:
        if tok.i > span.root.i and (tok.text in ",(" or tok.dep_ in ("relcl", "acl")):
            return span.doc[span.start : tok.i] if tok.i > span.start else span
    return span


def _country_in(span: Span, country_of: CountryOf) -> str | None:
    for ent in ents_in(span.doc, span.start, span.end, ("GPE", "NORP", "PERSON")):
        if ent.label_ != "PERSON" or _country_word(ent, country_of):
            code = country_of(ent.text)
            if code:
                return code
    for tok in span:  # "the Russian Foreign Intelligence Service": a demonym inside an ORG
        if tok.is_title and (tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"):
            code = country_of(tok.text)
            if code:
                return code
    return None


def _role_in(span: Span) -> str | None:
    for tok in span:
        if tok.lower_ in PERSON_ROLES and tok.ent_type_ != "PERSON":
            return tok.lower_
    return None


def _starts_with(span: Span, ent: Span) -> bool:
    first = next((t for t in span if t.lower_ not in _DETERMINERS and not t.is_punct), None)
    return first is not None and ent.start <= first.i < ent.end


def _content_words(span: Span) -> list[str]:
    return [t.text for t in span if not t.is_punct and t.lower_ not in _DETERMINERS]


def _strip_owner(span: Span, country_of: CountryOf) -> str:
    """ "Japan's Kyodo news agency" → "Kyodo news agency" (the country is kept apart)."""
    toks = [t for t in span if not (t.i == span.start and t.lower_ in _DETERMINERS)]
    for i, tok in enumerate(toks):
        if tok.dep_ == "case" and i > 0 and country_of(toks[i - 1].text):
            toks = toks[i + 1 :]
            break
    return "".join(t.text_with_ws for t in toks).strip() if toks else ""


def _clean(name: str) -> str:
    name = " ".join(name.replace("’s", "").replace("'s", "").split())
    words = name.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words).strip(" ,.;:()")
