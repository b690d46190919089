"""References to a place that are not its name: "the Kenyan capital", "Iraq's capital", "the
disputed region".

Why a module of its own: these add toponyms the name recognisers cannot find (a descriptor
stands for a country's or province's capital, a coreferent noun for the disputed area
named before), once every name of the article is known; the context of a *name* (type
cues, agents) stays in :mod:`claimmap.places_context`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimmap.nlp import token_positions
from claimmap.places_context import has_word
from claimmap.places_lexicon import (
    COREF_NOUNS,
    GazetteerLike,
    Toponym,
    toponym_at,
)
from claimmap.places_references import province_of_demonym

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Candidate


def descriptors(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "The Kenyan capital", "Iraq's capital" (no name after it) → a reference to that
    country's capital."""
    taken = [(t.start, t.end) for t in found]
    for tok in (parsed[i] for i in token_positions(parsed, ("capital",)) if i > 0):
        nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.text[:1].isupper()):
            continue  # "the Kenyan capital of Nairobi", "the capital Nairobi": Nairobi is named
        demonym = parsed[tok.i - 1]
        code = gaz.country_of_demonym(demonym.text) if demonym.text[:1].isupper() else None
        province = None if code else _seated(province_of_demonym(demonym.text, gaz), gaz)
        code = code or (province.country_code if province else None)  # "the Dagestani capital"
        if code:
            start = tok.i - 2 if tok.i >= 2 and parsed[tok.i - 2].lower_ == "the" else tok.i - 1
            own = (demonym.idx, demonym.idx + len(demonym))
        elif demonym.text in {"'s", "’s"} and tok.i >= 2:  # "Iraq's capital"
            owner = next((t for t in found if t.end == demonym.idx and t.form == "name"), None)
            code = _country_named(owner, gaz)
            start, own = tok.i, (-1, -1)
        elif demonym.lower_ == "the" and tok.text == "capital":  # "Kenya ... in the capital"
            code = _sole_country_before(parsed, tok.i, found, gaz)
            start, own = tok.i - 1, (-1, -1)
        if not code:
            continue
        span = parsed[start : tok.i + 1]
        if any(s < span.end_char and span.start_char < e and (s, e) != own for s, e in taken):
            continue
        whose = province.name if province is not None else code
        yield Toponym(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=span.text,
            form="descriptor",
            country_code=code,
            cue_kind="city",
            head=tok.i,
            evidence=(f"'{span.text}': the capital of {whose}",),
            province=province.admin1 if province is not None else None,
        )


def _sole_country_before(
    parsed: Doc, i: int, found: list[Toponym], gaz: GazetteerLike
) -> str | None:
    """The one country named in the sentence of token ``i`` before it (else in the sentence
    before, when this one names no place), or the one country of two or more towns named
    there: "the capital" after it is that country's."""
    sent = parsed[i].sent
    for lo, hi in ((sent.start_char, parsed[i].idx), _previous_sentence(parsed, sent.start)):
        named = [t for t in found if lo <= t.start and t.end <= hi]
        codes = {_country_named(t, gaz) if t.form == "name" else t.country_code for t in named}
        if named and len(codes) == 1 and None not in codes:
            return codes.pop()
        towns = {_town_country(t, gaz) for t in named}
        if len(named) >= 2 and len(towns) == 1 and None not in towns:
            return towns.pop()  # "left Xyz and travelled through Abc to the capital"
        if named:
            return None
    return None


def _town_country(top: Toponym, gaz: GazetteerLike) -> str | None:
    """The country of a name's best entry when it is a town or province (or a country)."""
    if top.form != "name":
        return top.country_code
    cands = gaz.lookup(top.name, limit=1, fuzzy=False)
    local = bool(cands) and cands[0].kind in {"city", "admin1", "admin2", "country"}
    return cands[0].country_code if local else None


def _previous_sentence(parsed: Doc, start: int) -> tuple[int, int]:
    """Character bounds of the sentence before token ``start`` (empty at the first)."""
    if start == 0:
        return 0, 0
    prev = parsed[start - 1].sent
    return prev.start_char, prev.end_char


def _seated(province: Candidate | None, gaz: GazetteerLike) -> Candidate | None:
    """The province, if the gazetteer knows its seat (else "its capital" says nothing)."""
    return province if province and gaz.admin1_seat(province.admin1 or "") else None


def _country_named(top: Toponym | None, gaz: GazetteerLike) -> str | None:
    if top is None:
        return None
    cands = gaz.lookup(top.name, limit=1, fuzzy=False)
    return cands[0].country_code if cands and cands[0].kind == "country" else None


def disputed_references(parsed: Doc, found: list[Toponym]) -> Iterable[Toponym]:
    if not any(has_word(parsed, w, any_case=True) for w in ("disputed", "breakaway", "contested")):
        return
    taken = [(t.start, t.end) for t in found]
    for tok in (parsed[i] for i in token_positions(parsed, COREF_NOUNS) if i >= 2):
        det, adj = parsed[tok.i - 2], parsed[tok.i - 1]
        if det.lower_ != "the" or adj.lower_ not in {"disputed", "breakaway", "contested"}:
            continue
        span = parsed[det.i : tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        yield toponym_at(
            span,
            form="coref",
            cue_kind="disputed",
            evidence=(f"'{span.text}' refers back to the disputed area",),
        )
