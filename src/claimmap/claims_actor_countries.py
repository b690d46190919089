"""Which country a claimant is of: the one its phrase names, else the one the text gives it.

The phrase: "Chad's", "Burkinabe", "the Philippine Coast Guard", "the Armed Forces of
Malta", or a country the model took for an organisation or a person ("The UAE",
"Bangladeshi officials"). The text, for a claimant that names none: "Sudan's RSF"
elsewhere; the one country of its paragraph; for "the defence ministry" the government
quoted there or the country the article is about.

Split from :mod:`claimmap.claims_actor_phrases` (what the words of the phrase say) and
:mod:`claimmap.claims_actor_places` (where the phrase puts its claimant): a claimant's
country is one question, read off the phrase first and the text around it after.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import DETERMINERS, clean, name_parts, organ_noun, spelled_out
from claimmap.claims_tokens import ents_in, memo, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Actor, Place

CountryOf = Callable[[str], str | None]

# --- the country a phrase names ----------------------------------------------------------


def country_in(span: Span, country_of: CountryOf) -> str | None:
    for ent in ents_in(span.doc, span.start, span.end, ("GPE", "NORP", "PERSON", "ORG")):
        code = country_name(ent.text) if ent.label_ == "ORG" else country_of(ent.text)
        if ent.label_ == "PERSON" and not is_country_word(ent, code):
            continue
        if ent.label_ == "ORG" and not code and organ_noun(ent[-1].lower_):
            # a state organ named after its country: "the Philippine Coast Guard", "US Navy"
            words_ = [t for t in ent if t.lower_ not in DETERMINERS][:3]
            found = (country_of(ent.doc[words_[0].i : t.i].text) for t in words_[1:])
            code = next((c for c in found if c), None)
        if ent.label_ == "ORG" and not code:  # "the Armed Forces of Malta"
            code = next(
                (country_name(ent[t.i - ent.start + 1 :].text) for t in ent if t.lower_ == "of"),
                None,
            )
        if code:
            return code
    for tok in span:  # "the Russian Foreign Intelligence Service": a demonym inside an ORG
        if tok.is_title and (tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"):
            code = country_of(tok.text)
            if code:
                return code
        if tok.pos_ == "PROPN" and tok.dep_ == "compound" and (tok.is_upper or not tok.ent_type_):
            code = country_name(tok.text)  # "the UK Maritime Trade Operations agency"
            if code:
                return code
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


def paragraph_country(doc: Doc, before: int, country_of: CountryOf) -> str | None:
    """The one country the paragraph names up to token ``before`` ("Iran's military
    leadership did not comment. State television reported ..."), or None when it names
    none or several."""
    first = paragraph_first(doc, before)
    codes = {c for i, c in country_mentions(doc, country_of) if first <= i < before}
    return codes.pop() if len(codes) == 1 else None


def state_country(
    doc: Doc,
    before: int,
    country_of: CountryOf,
    quoted: Sequence[Actor],
    strict: bool = False,
    places: Sequence[Place] = (),
) -> str | None:
    """The country of a state body or office holder named without one ("the defence
    ministry", "Foreign Minister Ali Youssef"): the one country of its paragraph, else
    (unless ``strict``) that of the government last ``quoted`` in the paragraph, else the
    one country its paragraph's places lie in ("Eritrean troops in Ethiopia's Tigray
    region ..., Prime Minister Ali Reza said": a demonym names people, not where the
    paragraph is), else the country the article has named more than all others together."""
    code = paragraph_country(doc, before, country_of)
    if code or strict:
        return code
    state = next((a for a in reversed(quoted) if a.kind == "government"), None)
    if state is not None and state.country_code:
        return state.country_code
    placed = _placed_country(doc, before, places)
    if placed:
        return placed
    codes = [c for i, c in country_mentions(doc, country_of) if i < before]
    top = max(codes, key=codes.count) if codes else None
    return top if top and codes.count(top) * 2 > len(codes) else None


def _placed_country(doc: Doc, before: int, places: Sequence[Place]) -> str | None:
    """The one country the places named (not demonyms) in the paragraph before token
    ``before`` lie in."""
    lo = doc[paragraph_first(doc, before)].idx
    hi = doc[before].idx if before < len(doc) else len(text(doc))
    codes = {
        place.country_code
        for place in places
        for n, m in enumerate(place.mentions)
        if lo <= m.start < hi
        and place.country_code
        and (place.mention_forms[n] if n < len(place.mention_forms) else "name") != "demonym"
    }
    return codes.pop() if len(codes) == 1 else None


def paragraph_first(doc: Doc, before: int) -> int:
    """The first token of the paragraph holding token ``before``."""
    full = text(doc)
    at = doc[before].idx if before < len(doc) else len(full)
    starts: list[int] = memo(doc, "token_starts", lambda: [t.idx for t in doc])
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
        for tok in doc:  # "In Niger," the model took for a date, "the Burkinabe army"
            if tok.pos_ in ("PROPN", "ADJ") and tok.ent_type_ in ("", "DATE", "CARDINAL"):
                code = country_of(tok.text)
                if code:
                    out.append((tok.i, code))
        return sorted(out)

    return memo(doc, "country_mentions", find)
