"""The country of a state body or office holder the phrase names without one.

"The defence ministry", "State television" or "Foreign Minister Ali Youssef": the one
country of the paragraph, else the government quoted there, else where the story is
filed from or the paragraph's places lie, else the country the article names most; a
dependency's body is its sovereign's ("the interior ministry" of a story on Mayotte is
France's). A person's office loses a country his own sentence contradicts. The country a
phrase or a paragraph names is :mod:`claimmap.claims_actor_countries`'s to find.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import (
    CountryOf,
    country_mentions,
    paragraph_country,
    paragraph_first,
)
from claimmap.claims_actor_datelines import dateline_line
from claimmap.claims_actor_own import went_to
from claimmap.claims_actor_sovereign import sovereign
from claimmap.claims_tokens import memo, sentence_at, text
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.model import Place


def state_country(
    doc: Doc,
    before: int,
    country_of: CountryOf,
    quoted: Sequence[Actor],
    strict: bool = False,
    places: Sequence[Place] = (),
    said: Sequence[tuple[int, int]] = (),
) -> str | None:
    """See ``_state_country``; a dependency's code gives way to its sovereign's ("the
    interior ministry" of a story on Mayotte is France's)."""
    code = _state_country(doc, before, country_of, quoted, strict, places, said)
    return sovereign(code)


def dependencies_state(places: Sequence[Place]) -> str | None:
    """The one state every place of the article lies in, where some lie in its
    dependencies (Mamoudzou, Mayotte and Réunion are France's), or None: a story on an
    overseas territory is its sovereign's, whose ministries speak of it."""
    codes = {p.country_code for p in places if p.country_code}
    states = {sovereign(c) for c in codes}
    return states.pop() if len(states) == 1 and not codes <= states else None


def _state_country(
    doc: Doc,
    before: int,
    country_of: CountryOf,
    quoted: Sequence[Actor],
    strict: bool = False,
    places: Sequence[Place] = (),
    said: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The country of a state body or office holder named without one ("the defence
    ministry", "Foreign Minister Ali Youssef"): the one country of its paragraph, else
    (unless ``strict``) that of the government last ``quoted`` in the paragraph, else the
    one country its paragraph's places lie in ("Eritrean troops in Ethiopia's Tigray
    region ..., Prime Minister Ali Reza said": a demonym names people, not where the
    paragraph is), else the country the article has named more than all others together."""
    code = paragraph_country(doc, before, country_of, said)
    if code or strict:
        return code
    state = next((a for a in reversed(quoted) if _state_body(a)), None)
    if state is not None and state.country_code:
        return state.country_code
    para = doc[paragraph_first(doc, before)].idx
    filed = memo(doc, "dateline_line", lambda: dateline_line(doc, places))
    if filed is not None and filed[0] == para:
        return filed[1]  # "NAIROBI - Kenyan police landed in Haiti, the ministry said"
    # what was said in the paragraph before the office names whom it is about ("...
    # saying they had supplied Russia. Deputy Treasury Secretary Ann Lee said"; "Families
    # fled from Ruritania, the district office said"), not whose the office is
    at = doc[before].idx if before < len(doc) else len(text(doc))
    earlier = [(lo, hi) for lo, hi in said if para <= lo < at]
    placed = _placed_country(doc, before, places, earlier)
    if placed:
        return placed
    codes = [
        c
        for i, c in country_mentions(doc, country_of)
        if i < before and not _people(doc[i]) and not _inside(doc[i].idx, earlier)
    ]
    codes += _places_before(doc, before, places)
    top = max(codes, key=codes.count) if codes else None
    if top and codes.count(top) * 2 > len(codes):
        return top
    return _dateline_country(doc, places)


def _state_body(actor: Actor) -> bool:
    """A government, or a state's army, police or ministry named with its country
    ("Thailand's army rejected the claim. Third Army Region spokesman X said": Thai)."""
    from claimmap.claims_actor_context import STATE_NOUNS

    if actor.kind == "government":
        return True
    words_ = actor.name.lower().split()
    named = bool(words_) and words_[-1] in STATE_NOUNS
    return actor.kind == "organisation" and bool(actor.country_code) and named


def against_own_sentence(
    doc: Doc, at: int, code: str, country_of: CountryOf, places: Sequence[Place] = ()
) -> bool:
    """A person's office given ``code`` from elsewhere (paragraph, body quoted before,
    article) while his own sentence names another country ("Russia's ministry said ...
    President Ana Lee said the strikes answered Russia's attacks on Ukrainian towns"):
    nothing says which is his, so none is; a dateline's country still stands."""
    sent = sentence_at(doc, at)
    mentions = country_mentions(doc, country_of)  # not "50,000 Syrians went home"
    named = {
        c
        for i, c in mentions
        if sent.start <= i < sent.end and not _people(doc[i]) and not went_to(doc[i])
    }
    if not named - {code} or _spoke_before(doc, sent.start, code, mentions):
        return False
    return code != _dateline_country(doc, places)


def _spoke_before(doc: Doc, start: int, code: str, mentions: Sequence[tuple[int, str]]) -> bool:
    """ "Iran denied any role. Foreign ministry spokesman Ali Reza said ... anyone in
    Yemen": the sentence right before made that country its subject, so the spokesman of a
    bare ministry speaks for it though his own words name another."""
    if start == 0:
        return False
    before = sentence_at(doc, start - 1)
    if "\n\n" in doc[before.start : start + 1].text_with_ws:
        return False  # another paragraph
    return any(
        c == code and _subject(_head(doc[i]), before.root)
        for i, c in mentions
        if before.start <= i < before.end
    )


def _subject(head: Token, root: Token) -> bool:
    """The country's own name is the sentence's subject ("Iran denied"), not a word
    before the subject ("U.S. officials said")."""
    return head.dep_ == "nsubj" and head.head == root and head.ent_type_ == "GPE"


def _head(tok: Token) -> Token:
    """The head of the name ``tok`` begins: "Arabia" of "Saudi Arabia"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _dateline_country(doc: Doc, places: Sequence[Place]) -> str | None:
    """The country of the city a story is filed from (a city opening one of its first
    paragraphs, then a dateline's punctuation): an office the story names without a
    country is most likely of the country it is reported from."""
    filed = memo(doc, "dateline_line", lambda: dateline_line(doc, places))
    return filed[1] if filed is not None else None


def _people(tok: Token) -> bool:
    """ "250,000 Afghans had left": a demonym naming people, who need not be of the
    country whose state speaks ("Afghan officials" names it)."""
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")


def _places_before(doc: Doc, before: int, places: Sequence[Place]) -> list[str]:
    """The countries of the towns and regions named (not by demonym) before token
    ``before``: an article on Quetta and Karachi is set in Pakistan."""
    hi = doc[before].idx if before < len(doc) else len(text(doc))
    return [
        place.country_code
        for place in places
        if place.country_code and place.kind != "country"
        for n, m in enumerate(place.mentions)
        if m.start < hi
        and (place.mention_forms[n] if n < len(place.mention_forms) else "name") != "demonym"
    ]


def _inside(at: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in ranges)


def _placed_country(
    doc: Doc, before: int, places: Sequence[Place], said: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The one country the places named (not demonyms) in the paragraph before token
    ``before`` lie in, outside the character ranges ``said``."""
    lo = doc[paragraph_first(doc, before)].idx
    hi = doc[before].idx if before < len(doc) else len(text(doc))
    codes = {
        place.country_code
        for place in places
        for n, m in enumerate(place.mentions)
        if lo <= m.start < hi
        and not _inside(m.start, said)
        and place.country_code
        and (place.mention_forms[n] if n < len(place.mention_forms) else "name") != "demonym"
    }
    return codes.pop() if len(codes) == 1 else None
