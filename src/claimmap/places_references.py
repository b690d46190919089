"""References to a place that are not its name: "the kingdom" for the one kingdom the
article names, "the Dagestani capital" for the seat of the province a demonym points to.

Both are read only when the article leaves one answer: "the kingdom" is the country whose
official name the gazetteer knows as "Kingdom of <country>" among the countries the
article names (Saudi Arabia, not Yemen); "the Dagestani capital" is the gazetteer's seat
of the first-level division "Dagestan" (a country's demonym, "the Kenyan capital", is
:func:`claimmap.places_descriptors.descriptors`' job).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimmap.model import Span, Unresolved
from claimmap.nlp import token_texts
from claimmap.places_article import article_countries
from claimmap.places_lexicon import GazetteerLike, Toponym, toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Candidate
    from claimmap.places_scoring import Group

#: Lower-case nouns that stand for a country of that form of state: "the kingdom".
STATE_NOUNS = frozenset({"kingdom", "emirate", "sultanate", "principality", "republic"})
#: "Kingdom of Spain", "Hashemite Kingdom of Jordan": one optional word, the state noun,
#: "of", the country's name.
_STATE_WORDS = "|".join(n.capitalize() for n in sorted(STATE_NOUNS))
_OFFICIAL = re.compile(rf"^(?:[A-Z][\w-]* )?({_STATE_WORDS}) of (?:the )?(.+)$")
#: Endings a demonym adds to a province's name: "Dagestan-i", "Tigray-an", "Crimea-n".
_DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese")


def state_references(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "into the kingdom", "the emirate's ports": the one country the article names whose
    official name is "<Noun> of <country>" (with none or several, nothing is read)."""
    if not any(word.lower() in STATE_NOUNS for word in token_texts(parsed)):
        return
    taken = [(t.start, t.end) for t in found]
    codes = article_countries(parsed, gaz)
    for tok in parsed[1:]:
        nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
        if (
            tok.lower_ not in STATE_NOUNS
            or not tok.text.islower()
            or parsed[tok.i - 1].lower_ != "the"
            or (nxt is not None and nxt.lower_ == "of")  # "the kingdom of heaven"
        ):
            continue
        states = [c for c in sorted(codes) if tok.lower_ in state_forms(gaz).get(c, ())]
        if len(states) != 1:  # none, or "the kingdom" in a story naming Jordan and Saudi Arabia
            continue
        country = gaz.country(states[0])
        if country is None:
            continue
        span = parsed[tok.i - 1 : tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        yield toponym_at(
            span,
            name=country.name,
            form="coref",
            country_code=states[0],
            cue_kind="country",
            evidence=(f"'{span.text}': the one country of the article officially a {tok.text}",),
        )


_STATE_FORMS: dict[int, dict[str, frozenset[str]]] = {}


def state_forms(gaz: GazetteerLike) -> dict[str, frozenset[str]]:
    """Country code → the state nouns of its official names ("Kingdom of Saudi Arabia",
    "Hashemite Kingdom of Jordan": "kingdom"), read once per gazetteer. A name whose "of"
    part is not the country's own ("United Kingdom of Great Britain …") does not count."""
    cached = _STATE_FORMS.get(id(gaz))
    if cached is not None:
        return cached
    names = getattr(gaz, "iter_names", None)
    forms: dict[str, set[str]] = {}
    for surface, source_id in names(kinds=("country",)) if names else ():
        match = _OFFICIAL.match(surface)
        country = gaz.get(source_id) if match is not None else None
        if match is None or country is None or not country.country_code:
            continue
        if match.group(2).lower() == country.name.lower():
            forms.setdefault(country.country_code, set()).add(match.group(1).lower())
    _STATE_FORMS[id(gaz)] = {code: frozenset(nouns) for code, nouns in forms.items()}
    return _STATE_FORMS[id(gaz)]


def province_of_demonym(word: str, gaz: GazetteerLike) -> Candidate | None:
    """ "Dagestani" → Dagestan, "Tigrayan" → Tigray: the first-level division whose name the
    demonym is built on (its own entry, not a town of that name), or None."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    for ending in _DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 4 or not gaz.knows(stem):
            continue
        provinces = [c for c in gaz.lookup(stem, limit=5, fuzzy=False) if c.kind == "admin1"]
        if len(provinces) == 1:
            return provinces[0]
    return None


def attach_corefs(
    corefs: list[Toponym], groups: dict[str, Group], doc_id: str, text: str
) -> list[Unresolved]:
    """ "The disputed region" joins the article's only disputed area; with none or several,
    it stays unresolved (with the reason)."""
    disputed = {
        g.choice.source_id: g for g in groups.values() if g.choice and g.choice.kind == "disputed"
    }
    out = []
    for top in corefs:
        if len(disputed) == 1:
            next(iter(disputed.values())).toponyms.append(top)
            continue
        span = Span(doc_id, top.start, top.end, text[top.start : top.end])
        out.append(Unresolved(span, f"{len(disputed)} disputed areas named: ambiguous reference"))
    return out
