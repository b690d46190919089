"""What an article names: its countries (by name, province, capital or demonym), and the
official names that stand for one of them.

Recognition trusts a weak reading of a name ("fled Kherson") only in a country the article
names; "the Kingdom" stands for the one country named whose official name it begins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from claimmap.nlp import entities
from claimmap.places_lexicon import PLACE_LABELS, GazetteerLike, Toponym
from claimmap.places_water import PROVINCE_WORDS, country_of_province

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Candidate

#: When the article names no country, a city this big or this prominent will do.
NOTABLE_POPULATION = 100_000
NOTABLE = frozenset({"national capital", "admin-1 seat", "world city"})
ARTICLE_COUNTRY_EVIDENCE = ", a country the article names"


def in_article_country(
    span: Span, cands: list[Candidate], gaz: GazetteerLike, *, min_population: int
) -> str:
    """Evidence that one of ``cands`` lies in a country the article names (or, when it names
    none, is a city of note), or ""."""
    countries = article_countries(span.doc, gaz)
    for cand in cands:
        if cand.kind == "city" and cand.population < min_population:
            continue
        if cand.country_code in countries:
            return f"known {cand.kind} in {cand.country_code}{ARTICLE_COUNTRY_EVIDENCE}"
        if not countries and (
            cand.population >= NOTABLE_POPULATION or any(w in NOTABLE for w in cand.why)
        ):
            return f"known {cand.kind} of note ({', '.join(cand.why[1:3])})"
    return ""


def countries_of(cands: list[Candidate]) -> set[str]:
    """The country of a named country, province, disputed area or capital; for an area that
    no single country holds ("Gaza", "Kashmir"), those of its big namesakes."""
    if not cands:
        return set()
    top = cands[0]
    if top.country_code:
        big = top.kind in {"country", "admin1", "disputed"} or "national capital" in top.why
        return {top.country_code} if big else set()
    return {
        c.country_code
        for c in cands[1:]
        if c.country_code and (c.kind == "admin1" or c.population >= NOTABLE_POPULATION)
    }


def article_countries(doc: Doc, gaz: GazetteerLike) -> frozenset[str]:
    """Countries the article names, as places (NER GPE/LOC: countries, provinces, capitals) or
    demonyms (NORP), computed once per document."""
    cached = doc.user_data.get("claimmap_countries")
    if cached is not None and cached[0] is gaz:
        return cast("frozenset[str]", cached[1])
    found = countries_named(doc, gaz)
    doc.user_data["claimmap_countries"] = (gaz, found)
    return found


def countries_named(doc: Doc, gaz: GazetteerLike, besides: str = "") -> frozenset[str]:
    """:func:`article_countries`, leaving out the entities written ``besides``."""
    return frozenset(
        code for text, codes in _country_sources(doc, gaz) if text != besides for code in codes
    )


def _country_sources(doc: Doc, gaz: GazetteerLike) -> list[tuple[str | None, tuple[str, ...]]]:
    """(words, the countries they name) for every entity and untagged word that names a
    country, once per document: :func:`countries_named` is asked again for each name a
    province may be, and walking the document each time made long texts quadratic."""
    cached = doc.user_data.get("claimmap_country_sources")
    if cached is not None and cached[0] is gaz:  # (a parse is shared by gazetteers in tests)
        return cast("list[tuple[str | None, tuple[str, ...]]]", cached[1])
    found: list[tuple[str | None, tuple[str, ...]]] = []
    for ent in entities(doc):
        if ent.label_ not in {"GPE", "LOC", "NORP"}:
            continue
        text = ent.text.removeprefix("the ").removeprefix("The ").removesuffix("'s")
        code = gaz.country_of_demonym(text)  # "Ukrainian" may be tagged GPE too
        if code:
            found.append((text, (code,)))
        elif gaz.knows(text):
            found.append((text, tuple(countries_of(gaz.lookup(text, limit=4, fuzzy=False)))))
    for tok in doc:  # demonyms NER left out: "Malian troops"
        if tok.text[:1].isupper() and tok.pos_ == "ADJ" and not tok.ent_type_:
            code = gaz.country_of_demonym(tok.text)
            if code:
                found.append((None, (code,)))  # never left out
        elif tok.pos_ == "PROPN" and not tok.ent_type_:
            found.append((tok.text, tuple(_country_word(tok.text, gaz))))  # "off the UAE"
        elif tok.lower_ in PROVINCE_WORDS and tok.i > 0:
            province = doc[tok.i - 1]
            codes = country_of_province(province, gaz, seat=tok.lower_ == "region")
            found.append((province.text, tuple(codes)))
    doc.user_data["claimmap_country_sources"] = (gaz, found)
    return found


def _country_word(word: str, gaz: GazetteerLike) -> list[str]:
    """The country one capitalised word names as its own ("UAE", "Chad"), else []."""
    if not word[:1].isupper() or not gaz.knows(word):
        return []
    top = gaz.lookup(word, limit=1, fuzzy=False)
    return [top[0].country_code] if top and top[0].kind == "country" and top[0].country_code else []


def official_name(name: str, codes: Iterable[str], gaz: GazetteerLike) -> str | None:
    """ "the Hashemite Kingdom", "the Kingdom": the head of the official name ("Hashemite
    Kingdom of Jordan") of exactly one country the article names, as the gazetteer knows it."""
    if not name[:1].isupper() or " of " in name:
        return None
    found = set()
    for code in sorted(codes):
        country = gaz.country(code)
        if country is None:
            continue
        for full in (f"{name} of {country.name}", f"{name} of the {country.name}"):
            if gaz.knows(full):
                top = gaz.lookup(full, limit=1, fuzzy=False)
                if top and top[0].kind == "country" and top[0].country_code == code:
                    found.add(full)
                    break
    return found.pop() if len(found) == 1 else None


def long_country_names(names: Iterable[str], gaz: GazetteerLike) -> dict[str, str]:
    """Short name → the one longer country name of the article written "… of [the] <short>"
    ("Congo" → "Democratic Republic of Congo"): the article's own full name says which of the
    countries sharing the short name it means. "Sudan" beside "South Sudan" is no such case."""
    by_short: dict[str, set[str]] = {}
    for name in set(names):
        words = name.split()
        if "of" not in words[:-1]:
            continue
        rest = words[words.index("of") + 1 :]
        short = " ".join(rest[1:] if rest[0].lower() == "the" and len(rest) > 1 else rest)
        cands = gaz.lookup(name, limit=1, fuzzy=False) if gaz.knows(name) else []
        if cands and cands[0].kind == "country" and cands[0].country_code:
            by_short.setdefault(short, set()).add(name)
    return {short: next(iter(full)) for short, full in by_short.items() if len(full) == 1}


def _with_long_names(found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "Congo" in a story datelined "Democratic Republic of Congo": that country, not the
    other one sharing the short name (:func:`long_country_names`)."""
    longs = long_country_names((t.name for t in found if t.form == "name"), gaz)
    return [
        replace(t, name=longs[t.name], evidence=(*t.evidence, f"short for {longs[t.name]!r}"))
        if t.form == "name" and t.name in longs
        else t
        for t in found
    ]


def with_official_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "The Hashemite Kingdom" (NER GPE, unknown as written) → the official name of the one
    country of the article that it begins."""
    short = [
        i
        for i, t in enumerate(found)
        if t.form == "name" and t.label in PLACE_LABELS and not gaz.knows(t.name)
    ]
    if not short:
        return _with_long_names(found, gaz)
    codes = set(article_countries(parsed, gaz))
    for top in found:  # "Jordan" tagged PERSON is a country of the article too
        if top.form == "demonym" and top.country_code:
            codes.add(top.country_code)
        elif top.form == "name" and gaz.knows(top.name):
            cands = gaz.lookup(top.name, limit=1, fuzzy=False)
            if cands and cands[0].kind == "country" and cands[0].country_code:
                codes.add(cands[0].country_code)
    out = _with_long_names(found, gaz)
    for i in short:
        full = official_name(found[i].name, codes, gaz)
        if full is not None:
            why = (*found[i].evidence, f"short for {full!r}")
            out[i] = replace(found[i], name=full, evidence=why)
    return out
