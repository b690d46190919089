"""What the text around a claimant tells about its actor.

"He" is the last person met and "she" the last woman; "the official" the last person,
"the source" the last source; "The group's leader" names the organisation the text last
spoke of ("Hamas declined to comment"); "each side" or "French and US officials" are
several actors at once; "a spokeswoman for the mayor" speaks for the mayor's office; "RSF"
is what the article spells it out as ("Rapid Support Forces (RSF)"), whatever else the
actors table knows by those letters.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors import is_acronym
from claimmap.claims_actor_phrases import spelled_out
from claimmap.claims_actor_places import owner_country
from claimmap.claims_cues import words
from claimmap.claims_tokens import (
    SUBJECTS,
    ents_in,
    memo,
    sentence_at,
    sentences,
    span_at,
    text,
    tokens_where,
)
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Place

CountryOf = Callable[[str], str | None]


class Context(list[Actor]):
    """What the text before a claimant tells about it: the actors met, in text order, with
    the token each was met at; the authors of the documents quoted ("a UN report" → UN,
    for a later "the report"); the places the geoparser resolved; the country lookup."""

    def __init__(self, country_of: CountryOf, places: Sequence[Place] = ()) -> None:
        super().__init__()
        self.country_of = country_of
        self.places = places
        self.at: list[int] = []
        self.authors: list[Actor] = []

    def add(self, actor: Actor, at: int) -> None:
        self.append(actor)
        self.at.append(at)

    def since(self, first: int) -> list[Actor]:
        """The actors met from token ``first`` on."""
        return [a for a, i in zip(self, self.at, strict=True) if i >= first]


#: Head nouns that stand for news media: "the newspaper" refers back to an outlet only.
MEDIA_NOUNS = words(
    """
    newspaper paper daily channel broadcaster network outlet magazine website tabloid
    """
)


_PERSON_PRONOUNS = words(
    """
    he she him her i me
    """
)
_GROUP_PRONOUNS = words(
    """
    they them we us
    """
)
_THING_PRONOUNS = frozenset(["it"])
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}


def person_genders(parsed: Doc) -> dict[str, str]:
    """Surname → "m" / "f" where the text tells: a title ("Mrs. Clinton") or the pronoun
    that follows the name in its sentence before another person is named ("Clinton said
    she ..."). Names the text leaves open stay out, and a pronoun may take them."""
    votes: dict[str, list[str]] = {}
    people = ents_in(parsed, 0, len(parsed), ("PERSON",))
    pronouns = tokens_where(parsed, _GENDERED)
    for n, ent in enumerate(people):
        key = surname(ent.text)
        if ent.start > 0 and parsed[ent.start - 1].lower_ in _TITLE_GENDER:
            votes.setdefault(key, []).extend([_TITLE_GENDER[parsed[ent.start - 1].lower_]] * 3)
        stop = sentence_at(parsed, ent.start).end
        if n + 1 < len(people):
            stop = min(stop, people[n + 1].start)
        at = bisect.bisect_left(pronouns, ent.end)
        if at < len(pronouns) and pronouns[at] < stop and parsed[pronouns[at]].pos_ == "PRON":
            votes.setdefault(key, []).append(_PRONOUN_GENDER[parsed[pronouns[at]].lower_])
    out = {}
    for key, said in votes.items():
        m, f = said.count("m"), said.count("f")
        if m != f:
            out[key] = "m" if m > f else "f"
    return out


_GENDERED = frozenset(_PRONOUN_GENDER)


def surname(name: str) -> str:
    parts = name.replace("’s", "").replace("'s", "").split()
    return parts[-1].lower() if parts else ""


def pronoun_referent(word: str, parsed: Doc, history: list[Actor]) -> Actor | None:
    """ "He" is the last person met, "she" the last woman where the text tells a gender;
    "it" the last organisation, "they" one or a person."""
    gender = _PRONOUN_GENDER.get(word)
    named = {a.name for a in history if a.kind == "person"}
    if gender is not None and len(named) > 1:  # "she" skips the last man for a woman
        genders = memo(parsed, "person_genders", lambda: person_genders(parsed))
        same = [a for a in history if genders.get(surname(a.name)) == gender]
        unknown = [a for a in history if surname(a.name) not in genders]
        return last_of(same, ("person",)) or last_of(unknown, ("person",))
    if word in _PERSON_PRONOUNS:
        return last_of(history, ("person",))
    if word in _THING_PRONOUNS:
        return last_of(history, ("organisation", "government", "outlet", "country"))
    if word in _GROUP_PRONOUNS:
        return last_of(history, ("organisation", "government", "outlet", "country")) or last_of(
            history, ("person",)
        )
    return None


def last_of(
    history: list[Actor], kinds: tuple[str, ...], country: str | None = None
) -> Actor | None:
    for actor in reversed(history):
        if actor.kind in kinds and (country is None or actor.country_code in (None, country)):
            return actor
    return None


def titled(
    history: list[Actor], head: str, country: str | None, places: Sequence[str] = ()
) -> Actor | None:
    """ "The official" is the last person met ("the Iraqi president" one of that country,
    "the Ohio governor" not one whose organisation is Texas); a title that says more skips
    those of another title: "the source" is not the official quoted since, "the
    spokesman" may be an office's spokesman."""
    for actor in reversed(history):
        if country is not None and actor.country_code not in (None, country):
            continue
        if actor.organisation and places and not any(p in actor.organisation for p in places):
            continue
        if actor.role == head or (
            actor.kind == "person" and (head in _ANY_TITLE or actor.role is None)
        ):
            return actor
    return None


#: Titles any office holder answers to: "the official" may be the director named before.
_ANY_TITLE = frozenset({"official", "officer", "leader", "head", "chief"})


def same_person(name: str, history: list[Actor]) -> Actor | None:
    """A surname alone ("Figueroa") is the full name met before ("Melezia Figueroa")."""
    last = name.split()[-1] if name else ""
    for actor in reversed(history):
        if actor.kind == "person" and actor.name.split() and actor.name.split()[-1] == last:
            return actor if len(actor.name) >= len(name) else replace(actor, name=name)
    return None


def lede_named_later(
    raws: Sequence[RawClaim], actors: list[Actor | None], parsed: Doc
) -> list[Actor | None]:
    """News ledes describe a speaker ("A high-ranking Russian official has warned") and
    name them in the next sentences ("..., the director of ..., as saying"): the opening
    description is the first named person of the same country within two sentences."""
    if not actors or actors[0] is None:
        return actors
    lede = actors[0]
    starts = [s.start_char for s in sentences(parsed, 3)]
    if (
        not starts
        or raws[0].sentence[0] != starts[0]
        or lede.kind != "person"
        or lede.role is None
        or lede.country_code is None
        or any(t.ent_type_ == "PERSON" for t in span_at(parsed, *raws[0].claimant or (0, 0)) or ())
    ):
        return actors
    window = set(starts[1:3])
    for raw, actor in zip(raws[1:], actors[1:], strict=True):
        if raw.sentence[0] not in window or actor is None:
            continue
        if actor.kind == "person" and actor.country_code == lede.country_code and actor.role:
            return [actor, *actors[1:]]
    return actors


#: Words that make a claimant several parties at once: "each side", "both countries".
_DISTRIBUTIVE = frozenset({"each", "both", "either", "neither", "all"})
_SIDES = frozenset({"side", "party", "country", "government", "camp", "nation", "leader"})


def several(words: list[Token]) -> bool:
    """ "Each side", "both sides", "the two countries": a set of actors named before, which
    one actor cannot stand for (the sides were named before, but which one said what is
    left to the reader)."""
    if not words:
        return False
    head = words[-1].lemma_.lower()
    first = words[1] if words[0].lower_ == "the" and len(words) > 1 else words[0]
    return head in _SIDES and (first.lower_ in _DISTRIBUTIVE or first.like_num)


def several_countries(core: Span, country_of: CountryOf) -> bool:
    """ "French and US officials": two countries joined before the head."""
    before = [t for t in core if t.i < core.root.i]
    if not any(t.dep_ == "cc" for t in before):
        return False
    codes = {
        country_of(t.text) for t in before if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()
    }
    return len(codes - {None}) >= 2


SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spoken_for(desc: Span) -> Span | None:
    """ "A spokeswoman for Chicago Mayor Ann Lee" → "Chicago Mayor Ann Lee", where the
    spokesperson is not named themselves (a named one is a person of that organisation)."""
    root = desc.root
    if root.lower_ not in SPOKES:
        return None
    for prep in root.children:
        if prep.lower_ in ("for", "of") and prep.dep_ == "prep":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.right_edge.i >= desc.end:
                return None
            inner = (obj.left_edge.i, obj.right_edge.i + 1)
            named = [e for e in desc.ents if e.label_ == "PERSON"]  # "..., Colonel Ali Reza"
            outside = [e for e in named if e.start < inner[0] or e.start >= inner[1]]
            return None if outside else desc.doc[inner[0] : inner[1]]
    return None


def speaking_for(principal: Actor, role: str) -> Actor:
    """The organisation or office a spokesperson speaks for, with them as its role: "a
    spokesman for the Kremlin" is the Kremlin; one for a mayor the mayor's office."""
    from claimmap.actors import GOVERNMENT_ROLES, LOCAL_ROLES

    if principal.kind != "person":
        return replace(principal, role=role)
    title = f"{principal.role.capitalize()} " if principal.role else ""
    office = principal.role in GOVERNMENT_ROLES | LOCAL_ROLES
    return Actor(
        name=f"office of {title}{principal.name}",
        kind="government" if office else "organisation",
        organisation=principal.organisation,
        country_code=principal.country_code,
        role=role,
    )


def employed(person: Actor, org: Actor | None) -> Actor:
    """A person with their organisation, whose country stands for theirs where none is said."""
    if org is None:
        return person
    return replace(
        person, organisation=org.name, country_code=person.country_code or org.country_code
    )


def table_actor(name: str, exact: bool = True, doc: Doc | None = None) -> Actor | None:
    """``name`` as an organisation, government or outlet of geo/actors.csv, or None. An
    acronym the article spells out is what it spells ("Rapid Support Forces (RSF)" is no
    Reporters Without Borders): the table's row only where the spelling names it too."""
    from claimmap.actors import OUTLET_KINDS, load_actors

    spelled = _spelling(name, doc)
    if spelled is not None:
        found = table_actor(spelled) or table_actor(spelled, exact=False)
        return found or Actor(spelled, "organisation", country_code=owner_country(doc, spelled))
    table = load_actors()
    row = table.find_exact(name) if exact else table.find(name)
    if row is None:
        return None
    kind = "outlet" if row.kind in OUTLET_KINDS else "organisation"
    if row.actor_kind == "government":
        kind = "government"
    return Actor(name=row.name, kind=kind, country_code=row.country_code)  # type: ignore[arg-type]


def _spelling(name: str, doc: Doc | None) -> str | None:
    """What the article spells an acronym name ("the RSF") out as, if it does."""
    words = name.split()
    if doc is None or not words or not is_acronym(words[-1]) or len(words) > 2:
        return None
    if len(words) == 2 and words[0].lower() != "the":
        return None
    spelled: dict[str, str] = memo(doc, "spelled_out", lambda: spelled_out(text(doc)))
    return spelled.get(words[-1].replace(".", ""))


def org_actor(ent: Span, as_written: bool = False) -> Actor:
    """An ORG mention as an actor: the table's row where it knows the name (its name as
    written where ``as_written``: "Iran's Foreign Ministry spokesman" keeps his employer's
    name as the article gives it), else with the country the text gives it elsewhere
    ("Ukraine's General Staff"). An acronym the article spells out goes by that spelling."""
    name = _clean(ent.text)
    found = table_actor(name, doc=ent.doc) or table_actor(name, exact=False)
    actor = found or Actor(name, "organisation", country_code=owner_country(ent.doc, name))
    # "RSF spokesman" of an article that spells out "Rapid Support Forces (RSF)" goes by
    # that spelling, which no seat lookup takes for Reporters Without Borders
    misread = _spelling(name, ent.doc) is not None and found != table_actor(name)
    return replace(actor, name=name) if as_written and not misread else actor


def antecedent_org(doc: Doc, before: int, head: str, history: list[Actor]) -> Actor | None:
    """The organisation "the group" / "the newspaper" refers back to, named in this sentence
    or the one before: the last claimant met there ("according to the WHO. The agency
    said"), else the last ORG that was the subject of a clause, a claimant or not
    ("Hamas declined to comment. The group's leader ..."; "the Gaza sector" or a people
    the model takes for an ORG are no subjects of that kind). An outlet only for a media
    noun."""
    sent = sentence_at(doc, min(before, len(doc) - 1))
    start = sentence_at(doc, sent.start - 1).start if sent.start > 0 else sent.start
    media = head in MEDIA_NOUNS
    mentions = [(e, org_actor(e)) for e in reversed(ents_in(doc, start, before, ("ORG",)))]
    mentions = [(e, a) for e, a in mentions if (a.kind == "outlet") == media]
    met = {a.name: a for a in history}
    for _, actor in mentions:
        if actor.name in met:
            return met[actor.name]
    return next((a for e, a in mentions if e.root.dep_ in SUBJECTS), None)


def _clean(name: str) -> str:
    name = " ".join(name.replace("’s", "").replace("'s", "").split())
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip(" ,.;:()")
