"""What the text around a claimant tells about its actor.

"The official" is the last person met, "the source" the last source; "The group's
leader" names the organisation the text last spoke of ("Hamas declined to comment"),
"General Staff spokesperson Ali Reza" the body the model did not mark; "the ministry"
the ministry quoted in its paragraph; "a spokeswoman for the mayor" speaks for the
mayor's office. How a name is looked up in the actors table is
``claims_actor_lookup``'s job; pronouns and ledes are in ``claims_actor_refs``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import DOCUMENTS, PERSON_ROLES
from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
        #: the noun of each author's document ("report", "statement"), as ``authors``
        self.written: list[str | None] = []
        #: character offsets of the claims' contents: no speakers are named in them
        self.contents: list[tuple[int, int]] = []
        #: (first token, end token, actor) of every claimant resolved, of any kind
        self.claimants: list[tuple[int, int, Actor]] = []
        #: character offsets of the outlets claims named so far ("told the outlet X")
        self.outlets: list[tuple[int, int]] = []
        #: who a phrase naming a person describes ("Prime Minister Ali Reza")
        self.describe: Callable[[Span], Actor | None] = lambda span: None

    def add(self, actor: Actor, at: int) -> None:
        self.append(actor)
        self.at.append(at)

    def wrote(self, actor: Actor, noun: str | None) -> None:
        """``actor`` wrote a document called ``noun``, which a later "the report" means."""
        self.authors.append(actor)
        self.written.append(noun)

    def author(self, noun: str) -> Actor | None:
        """Who wrote the last document called ``noun`` ("the report's author" is not the
        author of the statement quoted since), else the last text's author (figures
        compiled by someone are no text: "the report" is not Nikkei's "trade data")."""
        pairs = list(zip(self.authors, self.written, strict=True))
        same = [a for a, written in pairs if written == noun]
        texts = [
            a
            for a, written in pairs
            if written is None or written in DOCUMENTS or written in INQUIRIES
        ]
        found = same or texts
        return found[-1] if found else None

    def since(self, first: int) -> list[Actor]:
        """The actors met from token ``first`` on."""
        return [a for a, i in zip(self, self.at, strict=True) if i >= first]


#: Head nouns that stand for news media: "the newspaper" refers back to an outlet only.
MEDIA_NOUNS = words(
    """
    newspaper paper daily channel broadcaster network outlet magazine website tabloid
    """
)


def last_of(
    history: list[Actor], kinds: tuple[str, ...], country: str | None = None
) -> Actor | None:
    for actor in reversed(history):
        if actor.kind in kinds and (country is None or actor.country_code in (None, country)):
            return actor
    return None


def titled(
    history: list[Actor],
    head: str,
    country: str | None,
    places: Sequence[str] = (),
    owner: str | None = None,
) -> Actor | None:
    """ "The official" is the last person met ("the Iraqi president" one of that country,
    "the Ohio governor" not one whose organisation is Texas); a title that says more skips
    those of another title: "the source" is not the official quoted since, "the
    spokesman" may be an office's spokesman."""
    for actor in reversed(history):
        if country is not None and actor.country_code not in (None, country):
            continue
        # "the deputy commissioner of Poonch" names its own office: not a schoolteacher or
        # anyone else quoted before without one of that place
        if places and not any(p in (actor.organisation or "") for p in places):
            continue
        if owner and actor.organisation and owner.lower() not in actor.organisation.lower():
            continue  # "the ministry's director" is not the director of a group met before
        if actor.role == head or (
            actor.kind == "person" and (head in _ANY_TITLE or actor.role is None)
        ):
            return actor
    return None


#: Titles any office holder answers to: "the official" may be the director named before.
_ANY_TITLE = frozenset({"official", "officer", "leader", "head", "chief"})


def same_person(name: str, history: list[Actor]) -> Actor | None:
    """A surname alone ("Figueroa") is the full name met before ("Melezia Figueroa"); a
    given name alone the one met before it where no surname is ("Abiy" for Abiy Ahmed:
    Ethiopian, Arab or Indonesian names go by the given name)."""
    last = name.split()[-1] if name else ""
    people = [a for a in reversed(history) if a.kind == "person" and a.name.split()]
    for actor in people:
        if actor.name.split()[-1] == last:
            return actor if len(actor.name) >= len(name) else replace(actor, name=name)
    if " " not in name:
        return next((a for a in people if a.name.split()[0] == name), None)
    return None


#: Findings a body publishes as a text: "a field investigation published by X" is the
#: document a later "the report" means.
INQUIRIES = words(
    """
    investigation inquiry probe assessment
    """
)
ORG_NOUNS = words(
    """
    agency authority ministry government group organisation organization observatory newspaper
    channel network broadcaster service office committee council commission company army
    military monitor party campaign administration department police embassy junta wing
    mission delegation
    """
)
#: State bodies "the army" refers back to only when it is a state's ("the group" may be any).
STATE_NOUNS = words(
    """
    army military police ministry junta
    """
)


def employed(person: Actor, org: Actor | None) -> Actor:
    """A person with their organisation, whose country stands for theirs where none is
    said, and whose stated place ("the Benghazi-based government") is theirs too (not where
    it last spoke)."""
    if org is None:
        return person
    stated = org.located if org.located and not org.located.startswith("spoke in ") else None
    return replace(
        person,
        organisation=org.name,
        country_code=person.country_code or org.country_code,
        located=person.located or stated,
    )


def close_appositive(span: Span) -> Span | None:
    """ "the conservation group Oceana", "the rights group Amnesty": a name right after the
    common noun, without a comma, is the body itself and no reference to one named before."""
    root = span.root
    for child in root.children:
        if child.dep_ != "appos" or child.left_edge.i != root.i + 1 or child.i >= span.end:
            continue
        if child.pos_ == "PROPN" and child.is_title:
            return span.doc[child.left_edge.i : min(child.right_edge.i + 1, span.end)]
    return None


def titled_name(ent: Span) -> bool:
    """ "army spokesman Sylvain Ekenge" that the model took for an ORG: two or three
    capitalised words right after a lower-case title name a person."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start == 0 or not 2 <= len(ent) <= 3:
        return False
    title = doc[ent.start - 1]
    if not (title.is_lower and title.lower_ in PERSON_ROLES):
        return False
    return all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent)


def wrote_in(verb: Token) -> bool:
    """ "The experts estimated in a report that ...": the speaker wrote the document, so a
    later "the report said" is theirs."""
    return document_in(verb) is not None


def document_in(verb: Token) -> str | None:
    """The noun of the document a speaker says something in ("in a report" → "report")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for g in prep.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENTS:
                return str(g.lemma_.lower())
    return None
