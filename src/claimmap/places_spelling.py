"""Spelling variants of transliterated Arabic names, for the look-up of a name the gazetteer
spells otherwise.

Romanisations of one Arabic name differ in a final "h" (the tāʾ marbūṭa: "al-Mahra" and "Al
Mahrah", "al-Hudayda" and "Al Hudaydah") and in doubled consonants (the shadda: "as-Sudd",
"as-Sud"). The gazetteer normalises case, diacritics, hyphens and the article
(:mod:`claimmap.names`), not these; a name written with an Arabic article is looked up under
them too, as an alternate spelling. (The general home of this rule is the gazetteer's
derived look-ups, where it would serve every caller.)

A spelling variant is weaker evidence than a name: one (a misspelling, a look-alike alternate
name such as "suba" for Suva) is kept only in a country the article names or near its other
places (:func:`far_variants`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from claimmap.gazetteer import ARABIC_ARTICLES
from claimmap.places_lexicon import LOCATIVE_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike, Toponym
    from claimmap.places_scoring import Group

_WITH_ARTICLE = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})[-\s‑]\w", re.IGNORECASE)
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1", re.IGNORECASE)
#: A variant spelling counts as much as an alternate name (see claimmap.gazetteer_rank).
VARIANT_MATCH = 0.95


def leading_article(span: Span) -> str:
    """ "al-Mahra" with only "Mahra" in the entity: the lower-case Arabic article hyphened to
    the name ("al"), or ""."""
    doc = span.doc
    if span.start < 2:
        return ""
    hyphen, article = doc[span.start - 1], doc[span.start - 2]
    if (
        hyphen.text in {"-", "‑"}
        and not hyphen.whitespace_
        and not article.whitespace_
        and article.text.islower()
        and article.text in ARABIC_ARTICLES
    ):
        return article.text
    return ""


def with_article(parsed: Doc, top: Toponym) -> Toponym:
    """``top`` looked up with the Arabic article written before it ("al-Mahra"), its span
    left as the name."""
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    article = leading_article(span) if span is not None and top.form == "name" else ""
    if not article or top.name.lower().startswith(f"{article}-"):
        return top
    name = f"{article}-{top.name}"
    return dataclasses.replace(top, name=name, evidence=(*top.evidence, f"written '{name}'"))


def known_variant(span: Span, gaz: GazetteerLike) -> str:
    """ "al-Hudayda" (the gazetteer has "Al Hudaydah"): the spelling variant of the name with
    its Arabic article that the gazetteer knows, or ""."""
    article = leading_article(span)
    if not article:
        return ""
    return next((v for v in spelling_variants(f"{article}-{span.text}") if gaz.knows(v)), "")


def in_place_slot(span: Span) -> bool:
    """ "from al-Hudayda": the name (with its article) after a locative preposition."""
    start = span.start - (2 if leading_article(span) else 0)
    return start > 0 and span.doc[start - 1].lower_ in LOCATIVE_PREPS


def spelling_variants(name: str) -> list[str]:
    """ "al-Mahra" → ["al-Mahrah"], "al-Hudaydah" → ["al-Hudayda"], "as-Sudd" → ["as-Sud"]:
    the other romanisations of a name written with an Arabic article, or []."""
    if not _WITH_ARTICLE.match(name):
        return []
    stems = {name, _DOUBLED.sub(r"\1", name)}
    out = set()
    for stem in stems:
        out.add(stem)
        if stem[-1:].lower() in {"a", "e"}:
            out.add(stem + "h")
        elif stem[-2:].lower() in {"ah", "eh"}:
            out.add(stem[:-1])
    out.discard(name)
    return sorted(out)


def variant_candidates(name: str, gaz: GazetteerLike, limit: int = 5) -> list[Candidate]:
    """Entries reached by a spelling variant of ``name``, scored as alternate names."""
    out = []
    for variant in spelling_variants(name):
        if not gaz.knows(variant):
            continue
        for cand in gaz.lookup(variant, limit=limit, fuzzy=False):
            why = (f"spelling variant '{variant}'", *cand.why)
            out.append(
                dataclasses.replace(cand, score=round(cand.score * VARIANT_MATCH, 4), why=why)
            )
    return out


#: A variant spelling this close to another place of the article is supported by it...
VARIANT_NEAR_KM = 1_000.0
#: ...and a city this big is meant however it is spelt ("Gazientep").
VARIANT_CITY_POPULATION = 1_000_000
#: Edits between the written name and an entry's own name that make an alternate name a
#: spelling variant ("Suba" for Suva), not another name (Bombay for Mumbai).
VARIANT_EDITS = 2


def is_variant(cand: Candidate, written: str) -> bool:
    """Whether ``cand`` is reached only by a spelling of its name: a fuzzy match, an Arabic
    spelling variant, or an alternate name a letter or two from its own."""
    from rapidfuzz.distance import OSA

    from claimmap.places_scoring import norm

    if cand.fuzzy or any(w.startswith("spelling variant") for w in cand.why):
        return True
    own, wrote = norm(cand.name), norm(written)
    return own != wrote and OSA.distance(own, wrote) <= VARIANT_EDITS < len(wrote)


def far_variants(groups: dict[str, Group], points: list[Candidate]) -> list[Group]:
    """ "Suba, Migori, Homa Bay" in a story about Kenya: a name chosen by a spelling variant
    (Suva, Fiji) outside the countries the article names and far from each of its other
    ``points`` is not meant; such variants are struck from the group's candidates, and the
    groups that lost their choice are returned to be chosen again (or dropped when empty)."""
    from claimmap.places_groups import countries_named_by_others

    named = countries_named_by_others(groups)
    changed = []
    for key, group in groups.items():
        choice = group.choice
        if choice is None:
            continue
        others = [p for p in points if p.source_id != choice.source_id]
        if not _far_variant(choice, group.name, named[key], others):
            continue
        group.candidates = [
            c for c in group.candidates if not _far_variant(c, group.name, named[key], others)
        ]
        changed.append(group)
    return changed


def _far_variant(cand: Candidate, written: str, named: set[str], others: list[Candidate]) -> bool:
    """A town or province of no great size reached by a spelling of ``written``, outside the
    ``named`` countries and :data:`VARIANT_NEAR_KM` or more from every one of ``others``."""
    from claimmap.places_scoring import km

    return (
        cand.kind in {"city", "admin1"}
        and cand.population < VARIANT_CITY_POPULATION
        and cand.country_code not in named
        and bool(others)
        and is_variant(cand, written)
        and min(km(cand, p) for p in others) >= VARIANT_NEAR_KM
    )
