"""Which country a claimant is of: the one its phrase names, else the one the text gives it.

The phrase: "Chad's", "Burkinabe", "the Philippine Coast Guard", "the Armed Forces of
Malta", or a country the model took for an organisation or a person ("The UAE",
"Bangladeshi officials"). The text, for a claimant that names none: "Sudan's RSF"
elsewhere; the one country of its paragraph (outside what speakers said); the country a
sentence opens on ("In Mali, ..."); for "the defence ministry" the government quoted
there or the country the article is about (see :mod:`claimmap.claims_actor_state_country`;
"a Libya specialist" is of none). A claimant
that is several states at once ("each side", "French and US officials") has no one
country: see :mod:`claimmap.claims_actor_several`.

Split from :mod:`claimmap.claims_actor_phrases` (what the words of the phrase say) and
:mod:`claimmap.claims_actor_places` (where the phrase puts its claimant): a claimant's
country is one question, read off the phrase first and the text around it after.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_borders import beyond_border
from claimmap.claims_actor_names import name_parts, spelled_out
from claimmap.claims_actor_phrases import DETERMINERS, clean, organ_noun
from claimmap.claims_actor_prefix import national_body, opening_country
from claimmap.claims_cues import words
from claimmap.claims_tokens import (
    entity_at,
    ents_in,
    memo,
    sentence_at,
    text,
)
from claimmap.parse_columns import pos_labels, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


CountryOf = Callable[[str], str | None]

# --- the country a phrase names ----------------------------------------------------------


#: People who study a country: "a Libya specialist" need not be of Libya or its state.
_STUDENTS = words(
    """
    specialist expert analyst researcher scholar watcher correspondent historian fellow
    """
)


def _field(ent: Span) -> bool:
    """ "a Libya specialist": a country named as the field of an expert, not their own."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.lemma_.lower() in _STUDENTS


def _studied(tok: Token) -> bool:
    """ "a professor of North Korean studies", "an expert on Russia": a country or demonym
    in what a scholar studies (the object of "of" or "on" on the scholar's noun) is the
    field, not the scholar's own country."""
    noun = tok
    while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "on"):
        return False
    return prep.head.lemma_.lower() in _STUDENTS | _TEACHERS


_TEACHERS = words(
    """
    professor lecturer teacher
    """
)


def country_in(span: Span, country_of: CountryOf) -> str | None:
    for ent in ents_in(span.doc, span.start, span.end, ("GPE", "NORP", "PERSON", "ORG")):
        if (ent.label_ == "GPE" and _field(ent)) or _studied(ent.root) or beyond_border(ent.root):
            continue  # (nor "a customs officer at the X border post near Sudan")
        code = country_name(ent.text) if ent.label_ == "ORG" else country_of(ent.text)
        if ent.label_ == "PERSON" and not is_country_word(ent, code):
            continue
        if ent.label_ == "ORG" and not code and organ_noun(ent[-1].lower_):
            # a state organ named after its country: "the Philippine Coast Guard", "US Navy"
            words_ = [t for t in ent if t.lower_ not in DETERMINERS][:3]
            found = (country_of(ent.doc[words_[0].i : t.i].text) for t in words_[1:])
            code = next((c for c in found if c), None)
            # "the Royal Ruritanian Navy": a demonym inside the organ's name
            inner = (country_of(t.text) for t in words_[1:-1] if t.is_title)
            code = code or next((c for c in inner if c), None)
        if ent.label_ == "ORG" and not code:  # "the Armed Forces of Malta"
            code = next(
                (country_name(ent[t.i - ent.start + 1 :].text) for t in ent if t.lower_ == "of"),
                None,
            )
        if code:
            return code
    for tok in span:  # "the Russian Foreign Intelligence Service": a demonym inside an ORG
        if beyond_border(tok):
            continue  # "on the Sudanese border": a neighbour's or its own, no telling
        if tok.is_title and (tok.pos_ == "ADJ" or tok.ent_type_ == "NORP") and not _studied(tok):
            code = country_of(tok.text)
            if code:
                return code
        if _opens_org(tok):  # "the Egyptian Red Crescent": a demonym opening a name
            code = _demonym(tok.text) or national_body(tok, country_name)
            if code:
                return code
        if tok.pos_ == "PROPN" and tok.dep_ == "compound" and (tok.is_upper or not tok.ent_type_):
            code = country_name(tok.text)  # "the UK Maritime Trade Operations agency"
            if code:
                return code
    return opening_country(span, country_of)  # "the Solomon Islands Ministry of ..."


#: How the first word of a name hangs on its head ("Russian Ministry": amod).
_NAME_DEPS = frozenset({"compound", "amod"})


def _opens_org(tok: Token) -> bool:
    """The first word of an organisation's name, a proper noun before its head, which the
    actors table does not know (it tells where the "Syrian Observatory" is)."""
    from claimmap.actors_table import load_actors

    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    first = before is None or before.ent_iob_ != "I" or before.lower_ in DETERMINERS
    if tok.ent_type_ != "ORG" or tok.pos_ != "PROPN" or tok.dep_ not in _NAME_DEPS or not first:
        return False
    ent = entity_at(tok)
    return ent is None or load_actors().find(clean(ent.text)) is None


@functools.lru_cache(maxsize=1024)
def _demonym(word: str) -> str | None:
    """The country a demonym names ("Egyptian" → EG), not a country's or a town's name."""
    from claimmap.errors import GazetteerError
    from claimmap.gazetteer import default_gazetteer

    try:
        return default_gazetteer().country_of_demonym(word) if word.istitle() else None
    except GazetteerError:
        return None


@functools.lru_cache(maxsize=1024)
def country_name(name: str) -> str | None:
    """The country a name the model took for an organisation is ("The UAE", "the United
    States"), under the country's own names only: "SLM" is an alternate spelling of
    Jerusalem, and no country."""
    from claimmap.actors_table import normalize
    from claimmap.errors import GazetteerError
    from claimmap.gazetteer import default_gazetteer

    name = clean(name)
    try:
        found = default_gazetteer().lookup(name, limit=3, fuzzy=False) if name else []
    except GazetteerError:
        return None
    same = (c for c in found if normalize(c.matched_name) == normalize(name))
    return next((c.country_code for c in same if c.kind == "country"), None)


def is_country_word(ent: Span, code: str | None) -> bool:
    """A country or demonym the model took for a person ("Bangladeshi officials", "Niger's
    military authorities"): a modifier of the head that names a country; or a country or
    capital speaking ("Azerbaijan rejected", "Muscat has rejected") that no person named in
    full in the text bears as a name ("Jim Jordan ... Jordan said")."""
    if not code:
        return False
    if ent.root.dep_ in ("compound", "poss", "amod", "nmod"):
        return True
    return len(ent) == 1 and ent.text not in name_parts(ent.doc)


# --- the country the text gives a claimant ----------------------------------------------


def owner_country(doc: Doc | None, name: str) -> str | None:
    """The country the text gives a name elsewhere: "Sudan's RSF", "Ukraine's General
    Staff" (or a spelled-out acronym's short form)."""
    if doc is None:
        return None
    owned: dict[str, str] = memo(doc, "owned_names", lambda: _owned_names(doc))
    spelled: dict[str, str] = memo(doc, "spelled_out", lambda: spelled_out(text(doc)))
    short = [a for a, long in spelled.items() if long == name]
    return next((owned[k] for k in (name, *short) if k in owned), None)


def _owned_names(doc: Doc) -> dict[str, str]:
    """Name → country for every "<country>'s <Name>" of the text."""
    from claimmap.claims import country_code_of

    out: dict[str, str] = {}
    for ent in ents_in(doc, 0, len(doc), ("GPE",)):
        if ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s"):
            continue
        head = ent.root.head
        code = country_code_of(ent.text)
        if code and head.i > ent.end and head.pos_ in ("PROPN", "NOUN") and head.text[0].isupper():
            first = min([c.i for c in head.children if c.dep_ == "compound"] + [head.i])
            out.setdefault(text(doc)[doc[first].idx : head.idx + len(head.text)], code)
    return out


def paragraph_country(
    doc: Doc, before: int, country_of: CountryOf, said: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The one country the paragraph names up to token ``before`` ("Iran's military
    leadership did not comment. State television reported ..."), or None when it names
    none or several; outside the character ranges ``said`` (what speakers said names
    whom they speak of: "the police said they held two Russian brokers")."""
    first = paragraph_first(doc, before)
    codes = {
        c
        for i, c in country_mentions(doc, country_of)
        if first <= i < before and not any(lo <= doc[i].idx < hi for lo, hi in said)
    }
    return codes.pop() if len(codes) == 1 else None


def paragraph_first(doc: Doc, before: int) -> int:
    """The first token of the paragraph holding token ``before``."""
    full = text(doc)
    at = doc[before].idx if before < len(doc) else len(full)
    starts = token_starts(doc)
    return min(bisect.bisect_left(starts, full.rfind("\n", 0, at) + 1), before)


def country_mentions(doc: Doc, country_of: CountryOf) -> list[tuple[int, str]]:
    """(token, country) for every country the text names: by name, demonym or capital,
    including those the model took for a person or an organisation ("Burkinabe", "UAE")."""

    def find() -> list[tuple[int, str]]:
        out = []
        for ent in ents_in(doc, 0, len(doc), ("GPE", "NORP", "PERSON", "ORG")):
            code = country_name(ent.text) if ent.label_ == "ORG" else country_of(ent.text)
            if code and (ent.label_ in ("GPE", "NORP", "ORG") or is_country_word(ent, code)):
                out.append((ent.start, code))
        pos = pos_labels(doc)  # "In Niger," the model took for a date, "the Burkinabe army"
        for tok in (doc[i] for i, tag in enumerate(pos) if tag in ("PROPN", "ADJ")):
            if tok.ent_type_ in ("", "DATE", "CARDINAL"):
                code = country_of(tok.text)
                if code:
                    out.append((tok.i, code))
        return sorted(out)

    return memo(doc, "country_mentions", find)


def framed_country(span: Span, country_of: CountryOf) -> str | None:
    """The country a sentence opens on ("In Mali, where ..., the army said"): a fronted
    "in <country>" that sets the scene for the subject after it."""
    doc = span.doc
    sent = sentence_at(doc, span.start)
    first = doc[sent.start]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head.i < span.start:
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.i >= span.start:  # ("Niger" may be a DATE)
        return None
    return country_of(doc[obj.left_edge.i : obj.i + 1].text)
