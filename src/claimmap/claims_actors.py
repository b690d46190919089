"""Who a claimant is: a normalised :class:`~claimmap.model.Actor` for each claimant span.

"Ana Lima, the director of the Brazilian Intelligence Agency" becomes a person with an
organisation and a country; "Kenya" a government; "he", "the official" or "the Iraqi
president" the last compatible named claimant before them ("she" the last
woman where the text tells a gender). "Each side" or "the two countries" is several
actors at once and gets none.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, memo, sentence_at, sentences, span_at, tokens_where
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_syntax import RawClaim

log = logging.getLogger(__name__)

CountryOf = Callable[[str], str | None]

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
    activist reporter journalist correspondent editor host mufti cleric monitor
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
    return _lede_named_later(raws, out, parsed)


def _lede_named_later(
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


def _actor_of(
    span: Span, raw: RawClaim, parsed: Doc, history: list[Actor], country_of: CountryOf
) -> Actor | None:
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in _RELATIVE and raw.claimant_token is not None:
        noun = parsed[raw.claimant_token].head.head  # "X, who said ..." → X
        noun_span = parsed[noun.left_edge.i : noun.i + 1]
        return _named(noun_span, history, country_of)
    if len(words) == 1 and words[0].pos_ == "PRON":
        word = words[0].lower_
        gender = _PRONOUN_GENDER.get(word)
        named = {a.name for a in history if a.kind == "person"}
        if gender is not None and len(named) > 1:  # "she" skips the last man for a woman
            genders = memo(parsed, "person_genders", lambda: person_genders(parsed))
            same = [a for a in history if genders.get(_surname(a.name)) == gender]
            unknown = [a for a in history if _surname(a.name) not in genders]
            return _last(same, ("person",)) or _last(unknown, ("person",))
        return _pronoun(word, history)
    if _several(words):
        return None  # the claimant span stays; no single actor (and no seat) stands for it
    return _named(span, history, country_of)


#: Words that make a claimant several parties at once: "each side", "both countries".
_DISTRIBUTIVE = frozenset({"each", "both", "either", "neither", "all"})
_SIDES = frozenset({"side", "party", "country", "government", "camp", "nation", "leader"})


def _several(words: list[Token]) -> bool:
    """ "Each side", "both sides", "the two countries": a set of actors named before, which
    one actor cannot stand for (the sides were named before, but which one said what is
    left to the reader)."""
    if not words:
        return False
    head = words[-1].lemma_.lower()
    first = words[1] if words[0].lower_ == "the" and len(words) > 1 else words[0]
    return head in _SIDES and (first.lower_ in _DISTRIBUTIVE or first.like_num)


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
        key = _surname(ent.text)
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


def _surname(name: str) -> str:
    parts = name.replace("’s", "").replace("'s", "").split()
    return parts[-1].lower() if parts else ""


def _pronoun(word: str, history: list[Actor]) -> Actor | None:
    if word in _PERSON_PRONOUNS:
        return _last(history, ("person",))
    if word in _THING_PRONOUNS:
        return _last(history, ("organisation", "government", "outlet", "country"))
    if word in _GROUP_PRONOUNS:
        return _last(history, ("organisation", "government", "outlet", "country")) or _last(
            history, ("person",)
        )
    return None


def _last(history: list[Actor], kinds: tuple[str, ...], country: str | None = None) -> Actor | None:
    for actor in reversed(history):
        if actor.kind in kinds and (country is None or actor.country_code in (None, country)):
            return actor
    return None


def _named(span: Span, history: list[Actor], country_of: CountryOf) -> Actor | None:
    ents = ents_in(span.doc, span.start, span.end)
    core = _head_phrase(span)
    # a person named in an appositive or relative clause ("The Arakan Army, which controls
    # much of northern Rakhine") is not the claimant
    persons = [e for e in ents if e.label_ == "PERSON" and e.start < core.end]
    orgs = [e for e in ents if e.label_ == "ORG"]
    places = [e for e in ents if e.label_ == "GPE"]
    country = _country_in(span, country_of)
    role = _role_in(span)
    if persons:
        name = _clean(persons[0].text)
        earlier = _same_person(name, history)
        if earlier is not None:
            return earlier
        # "Defence Minister Ali Reza": a one-word ORG just before the name is part of a
        # title; "Kremlin spokesman Ali Reza" (a lower-case role between) names his employer.
        named = [o for o in orgs if not _title_part(o, persons[0])]
        org = _clean(named[0].text) if named else None
        return Actor(name=name, kind="person", organisation=org, country_code=country, role=role)
    head_text = _clean(span.root.text)
    if span.root.pos_ == "PROPN" and span.root.is_title and " " not in head_text:
        earlier = _same_person(head_text, history)  # "Schuchat" after "Anne Schuchat"
        if earlier is not None and earlier.name != head_text:
            return earlier
    known = _known_organisation(core)
    if known is not None:  # "Doctors Without Borders", "the U.N. refugee agency"
        return replace(known, country_code=known.country_code or country)
    headed = _org_at_head(span, orgs)
    if headed is not None:  # "the UN refugee agency UNHCR": the name the head stands for
        return Actor(name=_clean(headed.text), kind="organisation", country_code=country)
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
    head = span.root.lower_
    if head in PERSON_ROLES and span[0].lower_ in ("the", "this", "that"):
        earlier_person = _last(history, ("person",), country)
        if earlier_person is not None:
            return earlier_person
    if head in _ORG_NOUNS and span[0].lower_ in ("the", "this", "that"):
        earlier_org = _last(history, ("organisation", "government", "outlet"), country)
        if earlier_org is not None and len(_content_words(span)) <= 3:
            return earlier_org
    if orgs:
        return Actor(name=_clean(orgs[0].text), kind="organisation", country_code=country)
    name = _clean(_strip_owner(_head_phrase(span), country_of))
    if not name:
        return None
    if head in PERSON_ROLES:
        return Actor(name=name, kind="person", country_code=country, role=head)
    if head in _ORG_NOUNS or span.root.pos_ == "PROPN":
        return Actor(name=name, kind="organisation", country_code=country)
    return Actor(name=name, kind="unknown", country_code=country)


def _known_organisation(head: Span) -> Actor | None:
    """The claimant's words as an organisation or outlet of the actors table (geo/actors.csv),
    which knows names the small NER model cuts short ("Doctors Without Borders" → "Borders")."""
    from claimmap.actors import OUTLET_KINDS, load_actors

    row = load_actors().find_exact(head.text)
    if row is None:
        return None
    kind = "outlet" if row.kind in OUTLET_KINDS else "organisation"
    if row.actor_kind == "government":
        kind = "government"
    return Actor(name=row.name, kind=kind, country_code=row.country_code)  # type: ignore[arg-type]


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


def _same_person(name: str, history: list[Actor]) -> Actor | None:
    """A surname alone ("Figueroa") is the full name met before ("Melezia Figueroa")."""
    last = name.split()[-1] if name else ""
    for actor in reversed(history):
        if actor.kind == "person" and actor.name.split() and actor.name.split()[-1] == last:
            return actor if len(actor.name) >= len(name) else replace(actor, name=name)
    return None


def _country_in(span: Span, country_of: CountryOf) -> str | None:
    for ent in ents_in(span.doc, span.start, span.end, ("GPE", "NORP")):
        if ent.label_ in ("GPE", "NORP"):
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
