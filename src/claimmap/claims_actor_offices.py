"""Which office a titled person holds, and which employer: "Alberta Forestry and Parks
Minister Ann Lee" holds a province's office, seated in its capital ("Home Minister" is
a portfolio, no town Home); "customs spokesman Ali Reza" works for the customs the text
met before, and "Foreign Office spokesperson Ana Lee" after "The Foreign Office in
Berlin" for that one, not the one the actors table knows by the name.

Split from :mod:`claimmap.claims_actor_places` and :mod:`claimmap.claims_actor_mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors_table import normalize
from claimmap.claims_actor_phrases import PERSON_ROLES, clean
from claimmap.claims_actor_places import SEAT_KINDS, Where
from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Place


#: Posts of a regional or city government, named with the region or city they serve
#: ("British Columbia Premier", "Alberta Forestry and Parks Minister", "Springfield City
#: Manager"): seated where that government sits, not in the national capital.
_REGIONAL_POSTS = words(
    """
    premier minister secretary manager commissioner administrator superintendent
    """
)


def regional_office(
    desc: Span, person: Span, role: str | None, country: str | None, places: Sequence[Place]
) -> tuple[str, Where] | None:
    """The office a regional post before a name belongs to and the region or city it is
    of: the capitalised words before the post, which start with a first-level subdivision
    or a city (a country's minister is the state's): "Alberta Forestry and Parks Minister
    Ann Lee" → ("Alberta Forestry and Parks", Alberta)."""
    post = person.start - 1
    if role not in _REGIONAL_POSTS or post <= desc.start or desc.doc[post].lower_ != role:
        return None
    doc = desc.doc
    first = next((t.i for t in desc if t.i < post and not t.is_punct and not t.is_stop), post)
    if first >= post or not doc[first].is_title:
        return None
    named = next((t.i for t in doc[first:post] if not t.is_title), post)
    if doc[post - 1].is_lower and not _lower_title(doc[named:post]):
        return None
    for last in range(post, first, -1):
        if not doc[last - 1].is_title:
            continue
        where = _region_named(doc[first:last], country, places)
        if where is not None:
            return clean(doc[first:post].text), where
    return None


def _lower_title(between: Span) -> bool:
    """ "Balochistan caretaker information minister": the lower-case words between a
    region and its post are modifiers of the post, no clause or preposition."""
    return all(t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ") for t in between)


def _region_named(words_: Span, country: str | None, places: Sequence[Place]) -> Where | None:
    """The region or city these very words name: as the geoparser resolved them, else the
    gazetteer's entry of that name (no country: a nation's post is its state's)."""
    from claimmap.actors import locate_jurisdiction
    from claimmap.claims_actor_lookup import table_actor

    if table_actor(words_.text) is not None:
        return None  # "White House press secretary": a known body, not a town of that name
    lo, hi = words_.start_char, words_.end_char
    for place in places:
        exact = any(lo == m.start and m.end == hi for m in place.mentions)
        if exact and place.kind in SEAT_KINDS:
            return Where(place.name, place.country_code, words_.start, words_.end)
    found = locate_jurisdiction(words_.text, country)
    if found is None or normalize(found.matched_name) != normalize(words_.text):
        return None
    tagged = words_[0].ent_type_ in ("GPE", "LOC", "FAC")
    if not tagged and found.kind == "city" and (found.population or 0) < _TOWN_AS_TITLE:
        return None  # "Home Minister": a portfolio, not the small town the word names
    return Where(found.name, found.country_code, words_.start, words_.end)


#: The population a city needs for its name, untagged as a place, to head a post: a
#: word of a title ("Home", "Justice", "Energy") names some small town somewhere.
_TOWN_AS_TITLE = 100_000


def as_met(
    org: Actor | None, desc: Span, ent: Span, met: Context, country: str | None = None
) -> Actor | None:
    """The employer as the text met it before: "customs spokesman Ali Reza" after "Nigerian
    customs officers" works for Nigeria's customs; "air force spokesman Ali Reza" after
    "Ukraine's air force said" for that air force (the words before his title name it).
    A body of another ``country`` than the person's own description gives is not his
    ("Chinese Foreign Ministry spokesman" after "the Algerian Foreign Ministry")."""
    said = (org.name if org is not None else _title_words(desc, ent)).lower()
    if org is not None and org.country_code and country is None:
        # "Foreign Office spokesperson Ana Lee" after "The Foreign Office in Islamabad":
        # the body the text named so, not the one the table knows by that name
        return next((a for a in reversed(met) if _named_so(a, org)), org)
    if not said and org is None and _graded(desc, ent):
        marks = _owner_words(desc, ent, met)  # "Xyz chief analyst Ana Lee": Xyz's
        return Actor(marks[0], "organisation", country_code=country) if marks else None
    if not said or (org is not None and org.country_code):
        return org
    from claimmap.claims_actor_countries import paragraph_country

    # "foreign ministry spokesman Ali Reza" in a paragraph on Tehran is not of the foreign
    # ministry of another state quoted paragraphs before
    here = country or paragraph_country(desc.doc, desc.start, met.country_of, met.contents)
    own = _own_places(desc, ent, met)
    marks = own or _owner_words(desc, ent, met)
    for actor in reversed(met):
        if here and actor.country_code and actor.country_code != here:
            continue
        if marks and not any(p.lower() in actor.name.lower() for p in marks):
            continue  # "Oldham council leader" is not of "Rochdale borough council"
        if actor.kind in ("organisation", "government") and actor.name.lower().endswith(said):
            return org if org is not None and actor.country_code is None else actor
    if marks and not own and org is None:
        # "Houthi military spokesman Ali Reza": the Houthis' military, not one met before
        return Actor(f"{marks[0]} {said}", "organisation", country_code=country)
    if own and org is None:  # "Oldham council leader Ana Lee": Oldham's council, seated there
        from claimmap.claims_actor_local import as_local_body

        body = Actor(f"{own[-1]} {said}", "organisation")
        return as_local_body(body, met.places, met.country_of)
    return org


def _graded(desc: Span, ent: Span) -> bool:
    """Only grading words between the capitalised words and the title before the name."""
    return ent.start - 2 >= desc.start and desc.doc[ent.start - 2].lower_ in _GRADES


def _owner_words(desc: Span, ent: Span, met: Context) -> list[str]:
    """The capitalised words right before the lower-case title words, other than a
    country's or a demonym ("Houthi military spokesman Ali Reza" → Houthi): whose the
    title is, which an earlier body not so named ("the U.S. military") is not."""
    first = ent.start - 1
    while first > desc.start and desc.doc[first - 1].is_lower and desc.doc[first - 1].is_alpha:
        first -= 1
    if first == ent.start - 1:
        return []  # no lower-case title: "Defence Minister Ali Reza"
    named = []
    while first > desc.start and desc.doc[first - 1].is_title and desc.doc[first - 1].is_alpha:
        first -= 1
        named.append(desc.doc[first])
    from claimmap.claims_actor_context import ORG_NOUNS, STATE_NOUNS

    common = ORG_NOUNS | STATE_NOUNS | PERSON_ROLES
    if not named or any(t.i == t.sent.start and t.lower_ in common for t in named):
        return []  # "Military spokesman Ali Reza" opening a sentence: capitalised anyway
    own = " ".join(t.text for t in reversed(named))
    return [] if met.country_of(own) or met.country_of(named[0].text) else [own]


def _own_places(desc: Span, ent: Span, met: Context) -> list[str]:
    """The capitalised words right before the lower-case title words before the name
    ("Oldham council leader Ana Lee" → Oldham): the title's own place, which a body of
    another place met before cannot have. Countries and demonyms are left to the country
    checks."""
    first = ent.start - 1
    while first > desc.start and desc.doc[first - 1].is_lower and desc.doc[first - 1].is_alpha:
        first -= 1
    named = []
    while first > desc.start and desc.doc[first - 1].is_title and desc.doc[first - 1].is_alpha:
        first -= 1
        named.append(desc.doc[first].text)
    own = " ".join(reversed(named))
    if not own or met.country_of(own) or not _a_place_named(own, met):
        return []  # "Navy spokesman X": a body's name, not a place's
    return [own]


#: A town of at least this many people is a place a title can name without the article
#: resolving it ("Stockport council leader"); small namesakes of body words ("Energy") are not.
_TITLE_TOWN_POPULATION = 15_000


def _a_place_named(name: str, met: Context) -> bool:
    """Does the article name a place so, or is it a town's name ("Stockport", where the
    model reads the word as part of the title)? "Navy", "Army" are neither."""
    wanted = normalize(name)
    if any(normalize(m.text) == wanted for place in met.places for m in place.mentions):
        return True
    from claimmap.gazetteer import default_gazetteer

    found = default_gazetteer().lookup(name, fuzzy=False)
    return any(c.population >= _TITLE_TOWN_POPULATION for c in found[:3])


def _named_so(actor: Actor, org: Actor) -> bool:
    """An organisation met as a name of several words the table's row ends with, given
    another country by the text."""
    name = actor.name
    return (
        actor.kind in ("organisation", "government")
        and actor.country_code not in (None, org.country_code)
        and " " in name
        and name[:1].isupper()
        and org.name.lower().endswith(name.lower())
    )


def _title_words(desc: Span, ent: Span) -> str:
    """The lower-case words before the title before a name: "air force" of "air force
    spokesman Ali Reza"."""
    role = ent.start - 1
    first = role
    while first > desc.start and desc.doc[first - 1].is_lower and desc.doc[first - 1].is_alpha:
        first -= 1
    title = desc.doc[role] if role >= desc.start else None
    if title is None or title.lower_ not in PERSON_ROLES or first == role:
        return ""
    said = [t.text for t in desc.doc[first:role] if t.lower_ not in _GRADES]
    return " ".join(said)


#: Words that grade a title rather than name a body: "Xyz chief analyst" is Xyz's analyst.
_GRADES = words("chief senior deputy lead principal acting assistant associate executive top")


#: Endings of demonyms ("Catalan", "Bavarian", "Canarian", "Sicilian", "Punjabi").
_DEMONYM = re.compile(r"(?:an|ese|ish|i)$")


def demonym_region(desc: Span, actor: Actor, places: Sequence[Place]) -> Actor:
    """ "The Catalan president, Ana Lee": a state post qualified by the demonym of one of
    the article's first-level regions ("Catalonia") is that region's, placed there, not
    in the national capital (the country's demonyms are the country's own)."""
    from claimmap.actors import GOVERNMENT_ROLES
    from claimmap.claims import country_code_of

    if actor.kind != "person" or actor.located or actor.organisation:
        return actor
    if actor.role not in GOVERNMENT_ROLES:
        return actor
    # "Catalan" the model may parse as a proper noun compounded with the title
    mods = (c for c in desc.root.children if c.dep_ in ("amod", "compound"))
    for mod in (c for c in mods if c.i < desc.root.i):
        said = normalize(mod.text)
        if not mod.is_title or len(said) < 6 or not _DEMONYM.search(said):
            continue
        if country_code_of(mod.text):
            continue  # "The Indian president": the country's, not Indiana's
        regions = (p for p in places if p.kind == "admin1")
        for place in (p for p in regions if actor.country_code in (None, p.country_code)):
            names = {normalize(place.name), *(normalize(m.text) for m in place.mentions)}
            if any(n[:5] == said[:5] and " " not in said for n in names):
                code = actor.country_code or place.country_code
                return replace(actor, located=place.name, country_code=code)
    return actor
