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

from claimmap.claims_actor_countries import owner_country, paragraph_country, paragraph_first
from claimmap.claims_actor_lookup import org_actor, table_actor
from claimmap.claims_actor_phrases import (
    DOCUMENTS,
    PERSON_ROLES,
    content_words,
    is_rank,
)
from claimmap.claims_cues import words
from claimmap.claims_tokens import (
    SUBJECTS,
    ents_in,
    memo,
    sentence_at,
    text,
)
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
        texts = [a for a, written in pairs if written is None or written in DOCUMENTS]
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


def owner_org(core: Span, history: Context) -> Actor | None:
    """ "The group's leader": the organisation "the group" refers back to; "its official"
    the body met last; "the report's author" the report's; "a researcher at the group"
    (a definite organisation noun after a preposition) the one the noun refers back to."""
    for tok in core:
        the = any(c.lower_ in ("the", "this", "that") for c in tok.children)
        named = tok.lower_ in ORG_NOUNS | MEDIA_NOUNS or _named_by(tok)
        if tok.dep_ == "poss" and tok.lower_ == "its":
            # "India's foreign ministry has not confirmed it. Its spokesman ...": the body
            # the sentence before made its subject, quoted or not, else the last one quoted
            from claimmap.claims_actor_refs import body_subject

            return body_subject(core.doc, history, tok.i) or last_of(
                history, ("organisation", "government")
            )
        if tok.dep_ == "poss" and the and tok.lemma_.lower() in DOCUMENTS and history.authors:
            return history.author(tok.lemma_.lower())
        if tok.dep_ == "poss" and named and the and tok.lower_ in STATE_NOUNS:
            # "the junta's spokesman": a state body named so before, not the last group
            return org_reference(core.doc[tok.i - 1 : tok.i + 1], tok.lower_, history)
        if tok.dep_ == "poss" and named and the:
            from claimmap.claims_actor_them import recent_body

            found = antecedent_org(core.doc, core.start, tok.lower_, history)
            return found or recent_body(core.doc, core.start, history)
        at = tok.dep_ == "pobj" and tok.head.lower_ in ("at", "with", "of", "from")
        last = tok.i == core.end - 1 or core.doc[tok.i + 1].text == ","  # "from the group, X"
        if at and the and tok.lower_ in ORG_NOUNS and last:
            found = org_reference(core.doc[tok.i - 1 : tok.i + 1], tok.lower_, history)
            return replace(found, role=None) if found is not None else None
    return None


def _named_by(noun: Token) -> bool:
    """ "the corporation's chairman" after "the National Oil Corporation": the common noun
    repeats the last word of an organisation named in this sentence or the one before."""
    doc = noun.doc
    sent = sentence_at(doc, noun.i)
    start = sentence_at(doc, sent.start - 1).start if sent.start > 0 else sent.start
    return any(e[-1].lower_ == noun.lower_ for e in ents_in(doc, start, noun.i, ("ORG",)))


def title_org(desc: Span, person: Span) -> Actor | None:
    """ "General Staff spokesperson Ali Reza": the capitalised words before a lower-case
    role name the employer the model did not mark (with the country the text gives it)."""
    role = person.start - 1
    while role > desc.start and desc.doc[role].is_title and is_rank(desc.doc[role]):
        role -= 1  # "CENTCOM commander General Ali Reza": the rank is no employer
    title = desc.doc[role]
    # "AFP Superintendent Ali Reza" after "the Australian Federal Police": the acronym
    # the article spelled, with a capitalised title
    spelled = role > desc.start and _spelled_acronym(desc.doc[role - 1])
    if role <= desc.start or title.lower_ not in PERSON_ROLES or not (title.is_lower or spelled):
        return None
    first = role
    while first > desc.start and _name_word(desc.doc[first - 1]):
        first -= 1
    name = desc.doc[first:role].text
    if not name[:1].isupper():
        return None
    found = table_actor(name, doc=desc.doc)
    return found or Actor(name, "organisation", country_code=owner_country(desc.doc, name))


def _spelled_acronym(tok: Token) -> bool:
    """An acronym the article spelled out before, in brackets or by an earlier name."""
    from claimmap.claims_actor_names import initialled, spelled_out

    if not (tok.is_upper and tok.is_alpha and len(tok) > 1):
        return False
    spelled = memo(tok.doc, "spelled_out", lambda: spelled_out(text(tok.doc)))
    return tok.text in spelled or tok.text in initialled(tok.doc)


def _name_word(tok: Token) -> bool:
    """A word of a name: a proper noun, or an acronym the model took for a common noun."""
    return tok.pos_ == "PROPN" or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def org_reference(span: Span, head: str, met: Context) -> Actor | None:
    """ "The agency", "the rights group": the organisation named last before it (itself,
    not the spokesman it was quoted through); "the government" only a government; "the
    army" only a state's army named so before (else the state's, see ``state_country``)."""
    from claimmap.claims_actor_fresh import based_body, of_another_country

    based = based_body(span.root, met.places)
    earlier = _reference(span, head, met)
    # "the Benghazi-based government" after "Greek officials said": a body of its own
    if based is not None and of_another_country(earlier, based):
        return based
    if earlier is not None and based is not None and based.located and not earlier.located:
        # "The London-based group" after "the Environmental Investigation Agency": seated there
        code = earlier.country_code or based.country_code
        return replace(earlier, located=based.located, country_code=code)
    return earlier


def _reference(span: Span, head: str, met: Context) -> Actor | None:
    from claimmap.claims_actor_countries import framed_country

    framed = framed_country(span, met.country_of)
    if framed is not None and head in STATE_NOUNS | {"government", "administration"}:
        # "In Mali, ..., the military government has said": that country's, not the last
        # government quoted
        said = " ".join(content_words(span))
        earlier = last_of(met, ("government", "organisation"), framed)
        if earlier is not None and earlier.country_code == framed and _called(earlier.name, said):
            return replace(earlier, role=None)
        return Actor(said, "government", country_code=framed)
    if head in ("government", "administration"):
        # "the government" of the one country its paragraph names, else the last one met
        here = paragraph_country(span.doc, span.start, met.country_of)
        earlier = last_of(met, ("government",), here)
        if here and earlier is not None and earlier.country_code != here:
            return None
        home = _foreign_government(span, earlier, met) if not here else None
        if home is not None:  # "France offered help. [...] The government said": Morocco's
            return Actor(" ".join(content_words(span)), "government", country_code=home)
        from claimmap.claims_actor_coref import other_tier

        if earlier is not None and other_tier(span, earlier):
            # "The federal government" after "the state government": another tier
            return Actor(
                " ".join(content_words(span)),
                "government",
                earlier.organisation,
                earlier.country_code,
            )
    elif head in STATE_NOUNS:
        # "the mines ministry" after "Togo's mines ministry" is Togo's only where its
        # paragraph is not about another country ("Mali's government did not respond")
        # (one quoted in the same paragraph is it, whatever country the paragraph names:
        # "The Russian Defense Ministry said ... near the Polish border. The ministry said")
        said = " ".join(content_words(span)).lower()
        found = [(a, i) for a, i in zip(met, met.at, strict=True) if _called(a.name, said)]
        if not found and said in ("military", "army"):  # "the military" after "the IDF"
            found = [(a, i) for a, i in zip(met, met.at, strict=True) if _armed(a)]
        earlier, at = found[-1] if found else (None, -1)
        here = paragraph_country(span.doc, span.start, met.country_of)
        near = at >= paragraph_first(span.doc, span.start)
        if here and not near and earlier is not None and earlier.country_code not in (None, here):
            return None
    else:
        from claimmap.claims_actor_coref import last_called_so
        from claimmap.claims_actor_fresh import ANY_BODY, called_otherwise
        from claimmap.claims_actor_mentions import staff_body

        earlier = (
            antecedent_org(span.doc, span.start, head, met)
            or staff_body(span.doc, span.start, met.country_of)
            or last_of(met, ("organisation", "government", "outlet"))
        )
        if earlier is not None and called_otherwise(earlier, head):
            if head not in ANY_BODY:
                return None  # "the committee" is not the "spy agency" quoted before
            # "the company" after "the Ship Owner Ltd said ... according to the Bureau":
            # the last body quoted that a company (group, agency) may be
            earlier = last_called_so(met, head)
    return replace(earlier, role=None) if earlier is not None else None


def _foreign_government(span: Span, earlier: Actor | None, met: Context) -> str | None:
    """The article's own country where "the government" stands in a paragraph naming no
    country and the last government quoted, in another paragraph, is of another one: a
    foreign state quoted on the story ("France said it stood ready to help") is not the
    government the story's own country has."""
    from claimmap.claims_actor_countries import state_country

    if earlier is None or not earlier.country_code:
        return None
    at = next(i for a, i in zip(reversed(met), reversed(met.at), strict=True) if a is earlier)
    if at >= paragraph_first(span.doc, span.start):
        return None
    home = state_country(span.doc, span.start, met.country_of, (), places=met.places)
    return home if home and home != earlier.country_code else None


def _armed(actor: Actor) -> bool:
    """A body the actors table knows as a state's armed forces."""
    from claimmap.actors_table import load_actors

    row = load_actors().find(actor.name) if actor.kind == "organisation" else None
    return row is not None and row.kind == "military" and row.country_code is not None


def _called(name: str, said: str) -> bool:
    """ "The ministry" names "the Defence Ministry" and "the Ministry of Foreign Affairs"."""
    name, said = name.lower(), said.lower()
    return name.endswith(said) or name.startswith(f"{said} of ")


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
    # "The Xyz research group" the model took for a work of art is still a group
    found = [e for e in ents_in(doc, start, before) if e.label_ == "ORG" or e.root.lower_ == head]
    mentions = [(e, org_actor(e)) for e in reversed(found)]
    mentions = [(e, a) for e, a in mentions if (a.kind == "outlet") == media]
    met = {a.name: a for a in history}
    for _, actor in mentions:
        if actor.name in met:
            return met[actor.name]
    return next((a for e, a in mentions if e.root.dep_ in SUBJECTS), None)


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
