"""Which body a common noun refers back to.

"The agency" or "the rights group" is the organisation named last before it (in this
sentence or the one before, quoted or not: "Hamas declined to comment. The group said");
"the government" only a government, the one country its paragraph names; "the army" or
"the ministry" only a state's body named so before; "The London-based group" is seated
where it says.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import MEDIA_NOUNS, STATE_NOUNS, last_of
from claimmap.claims_actor_countries import paragraph_country, paragraph_first
from claimmap.claims_actor_lookup import org_actor
from claimmap.claims_actor_phrases import content_words
from claimmap.claims_actor_places import SEAT_KINDS
from claimmap.claims_tokens import SUBJECTS, ents_in, sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Place


def org_reference(span: Span, head: str, met: Context) -> Actor | None:
    """ "The agency", "the rights group": the organisation named last before it (itself,
    not the spokesman it was quoted through); "the government" only a government; "the
    army" only a state's army named so before (else the state's, see ``state_country``)."""
    from claimmap.claims_actor_fresh import based_body, of_another_country

    based = based_body(span.root, met.places)
    earlier = _reference(span, head, met)
    if earlier is not None and _placed_otherwise(span, earlier, met.places):
        # "The Constanta port authority" after "the Grain Association": a body of its own
        where = next((p for t in span if (p := _named(t, met.places)) is not None), None)
        if where is None or where.kind not in SEAT_KINDS:
            return None
        name = " ".join(content_words(span))
        return Actor(name, "organisation", country_code=where.country_code, located=where.name)
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
        if not found and said == "junta":  # after "Ruritania's military government"
            found = [(a, i) for a, i in zip(met, met.at, strict=True) if _ruling_military(a)]
        earlier, at = found[-1] if found else (None, -1)
        here = paragraph_country(span.doc, span.start, met.country_of)
        # a junta rules one state of the story: the one met before, whatever country
        # its paragraph names ("The junta accused the rebels of ... from Thailand")
        near = at >= paragraph_first(span.doc, span.start) or (said == "junta" and at >= 0)
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


def _placed_otherwise(span: Span, earlier: Actor, places: Sequence[Place]) -> bool:
    """ "The Constanta port authority" after "The Ukrainian Grain Association said": a
    place's name modifying the noun names a body of that place, not the one met before,
    unless that body's own name or seat has the place ("the Gdansk port authority" after
    "the Port of Gdansk Authority"). ("The Geneva-based agency" is seated, not named.)"""
    known = " ".join(x for x in (earlier.name, earlier.located, earlier.organisation) if x)
    known = known.lower()
    for tok in span[: span.root.i - span.start]:
        if tok.pos_ != "PROPN" or not (
            tok.ent_type_ in ("GPE", "LOC", "FAC") or _named(tok, places) is not None
        ):
            continue
        if tok.head.i != span.root.i and tok.head.dep_ != "compound":
            continue  # ("The Geneva-based agency": a seat)
        if tok.lower_ not in known:
            return True
    return False


def _named(tok: Token, places: Sequence[Place]) -> Place | None:
    """The place the geoparser resolved ``tok`` as (part of) the name of."""
    lo, hi = tok.idx, tok.idx + len(tok.text)
    for place in places:
        forms = place.mention_forms or ("name",) * len(place.mentions)
        for mention, form in zip(place.mentions, forms, strict=False):
            if form == "name" and mention.start <= lo and hi <= mention.end:
                return place
    return None


def _foreign_government(span: Span, earlier: Actor | None, met: Context) -> str | None:
    """The article's own country where "the government" stands in a paragraph naming no
    country and the last government quoted, in another paragraph, is of another one: a
    foreign state quoted on the story ("France said it stood ready to help") is not the
    government the story's own country has."""
    from claimmap.claims_actor_state_country import state_country

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


def _ruling_military(actor: Actor) -> bool:
    """A state's government that is its military ("the military government", "the
    military regime", "the junta"): what a later "the junta" refers back to."""
    name = actor.name.lower().split()
    return actor.kind == "government" and bool({"military", "junta"} & set(name))


def _called(name: str, said: str) -> bool:
    """ "The ministry" names "the Defence Ministry" and "the Ministry of Foreign Affairs"."""
    name, said = name.lower(), said.lower()
    return name.endswith(said) or name.startswith(f"{said} of ")


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
    named = None if media else named_mention(doc, start, before, head)
    for e, actor in mentions:
        if actor.name in met and (named is None or e.start > named[0]):
            return met[actor.name]
    if named is not None:  # "imagery analysed by the research group X shows ... The group"
        return named[1]
    return next((a for e, a in mentions if e.root.dep_ in SUBJECTS), None)


#: Small words a body's name may hold between its capitalised words ("All Eyes on Wagner").
_NAME_JOINERS = frozenset({"of", "on", "for", "the", "and", "against"})


def named_mention(doc: Doc, start: int, before: int, head: str) -> tuple[int, Actor] | None:
    """The last "the research group All Eyes on Wagner" in ``doc[start:before]``: the noun
    a later "the group" repeats, with the capitalised name that follows it, wherever it
    stands (the subject of a non-claim, an agent); the parser often breaks such names."""
    from claimmap.claims_actor_lookup import table_actor
    from claimmap.claims_actor_phrases import clean

    last = None
    for tok in doc[start:before]:
        if tok.lower_ != head or tok.pos_ != "NOUN" or tok.i + 1 >= tok.sent.end:
            continue
        end = tok.i
        for nxt in doc[tok.i + 1 : tok.sent.end]:
            inner = end > tok.i  # ("Friends of Syria": a place inside a name)
            if nxt.is_title and nxt.is_alpha and (inner or nxt.ent_type_ not in _NOT_NAMES):
                end = nxt.i
            elif not (nxt.lower_ in _NAME_JOINERS and end > tok.i):
                break
        if end > tok.i:
            name = clean(doc[tok.i + 1 : end + 1].text)
            known = table_actor(name, doc=doc)
            last = (tok.i, known or Actor(name, "organisation"))
    return last


#: Entity types of a capitalised word that opens no body's name: "the group Friday".
_NOT_NAMES = frozenset({"DATE", "TIME", "GPE", "NORP", "PERSON", "CARDINAL", "ORDINAL"})
