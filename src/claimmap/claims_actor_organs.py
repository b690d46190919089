"""A state organ called by its common word alone is the one the text just named.

"The Royal Malaysian Police arrested four men. Police said ...": the bare "Police" is that
force, of Malaysia. "The Philippine navy intercepted a boat. A navy spokesman said ...":
the navy named just before (not quoted: it acted) is the spokesman's employer, and its
country his. Two sentences back at most, as ``claims_actor_them.quoted_organ`` looks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import country_in
from claimmap.claims_actor_names import known_as
from claimmap.claims_actor_phrases import clean
from claimmap.claims_actor_them import _names_organ, sentences_back
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context

#: Common words of state organs a text calls by that word alone after naming them.
_ORGANS = frozenset({"military", "army", "navy", "police", "coastguard"})


def organ_named_before(actor: Actor, span: Span, met: Context) -> Actor:
    """The organ a bare organ word ("Police", "a navy spokesman") stands for: the body
    quoted in the two sentences before, else one named there with its country."""
    word = _organ_word(actor)
    if word is None:
        return actor
    first = sentences_back(span, 2)
    body = next(
        (
            b
            for b in reversed(met.since(first))
            if b.kind in ("organisation", "government") and b.country_code and _names_organ(b, word)
        ),
        None,
    )
    body = body or _mentioned_organ(span, first, word, met)
    if body is None:
        return actor
    if actor.kind == "person":
        return replace(actor, organisation=body.name, country_code=body.country_code)
    return replace(body, role=None)


def _organ_word(actor: Actor) -> str | None:
    """The organ word of a countryless person's employer or of a body's whole name."""
    if actor.country_code:
        return None
    name = actor.organisation if actor.kind == "person" else actor.name
    if actor.kind not in ("person", "organisation", "unknown") or not name:
        return None
    word = name.lower()
    return word if word in _ORGANS else None


def _mentioned_organ(span: Span, first: int, word: str, met: Context) -> Actor | None:
    """ "The Philippine navy intercepted ...": the last phrase before the claimant, from
    token ``first`` on and outside what was said, headed by the organ word with a country."""
    doc = span.doc
    for tok in reversed(doc[first : span.start]):
        if tok.lower_ != word or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(lo <= tok.idx < hi for lo, hi in met.contents):
            continue
        phrase = doc[tok.left_edge.i : tok.i + 1]
        code = country_in(phrase, met.country_of)
        if code:
            alias = _alias(tok)  # "Mali's army, known as FAMa": FAMa, not "Mali army"
            return Actor(alias or clean(phrase.text), "organisation", country_code=code)
    return None


def _alias(head: Token) -> str | None:
    """The name the text gives the organ it heads: "known as FAMa", "called the SAF", or
    an appositive acronym ("Israel's military, the IDF")."""
    found = known_as(head.doc[head.left_edge.i : head.right_edge.i + 1])
    if found is not None:
        return clean(found.text)
    for app in (c for c in head.children if c.dep_ == "appos"):
        if app.text.isupper() and 2 <= len(app.text) <= 6 and app.text.isalpha():
            return app.text
    return None


def organ_named_earlier(actor: Actor, span: Span, met: Context) -> Actor:
    """ "A ministry official said" or "Army spokesman Ana Lee said" paragraphs after the
    article named the body ("Iran's interior ministry", "Mali's army, known as FAMa"):
    the nearest body quoted before that the title's word names, of the person's country
    where he has one; else, for an armed organ or police, the nearest phrase before naming
    that organ with that country ("Mali's army")."""
    from claimmap.claims_actor_context import employed

    word = _title_word(actor, span)
    if word is None:
        return actor
    code = actor.country_code
    for start, end, body in reversed(met.claimants):
        if start >= span.start:
            continue
        named = _names_organ(body, word) or body.name.lower() == word  # "Poland's army"
        same = code is None or body.country_code == code
        if body.kind in ("organisation", "government") and same and named:
            return employed(replace(actor, organisation=None), replace(body, role=None))
        if any(t.lower_ == word for t in span.doc[start:end]):
            return actor  # "A ministry official in Kyiv said": a nearer, other ministry
    if word not in _ORGANS:
        return actor
    found = _mentioned_organ(span, 0, word, met)
    if found is None or code not in (None, found.country_code):
        return actor
    return replace(actor, organisation=found.name, country_code=found.country_code)


def _title_word(actor: Actor, span: Span) -> str | None:
    """The one common word a person's employer is given by ("army", "Army"), or that his
    title opens with ("a ministry official")."""
    from claimmap.claims_actor_them import _organ_title

    if actor.kind != "person":
        return None
    org = actor.organisation
    if org is None:
        return _organ_title(span)
    return org.lower() if " " not in org and org.lower() in _ORGANS else None
