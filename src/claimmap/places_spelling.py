"""Spelling variants of transliterated Arabic names, for the look-up of a name the gazetteer
spells otherwise.

Romanisations of one Arabic name differ in a final "h" (the tāʾ marbūṭa: "al-Mahra" and "Al
Mahrah", "al-Hudayda" and "Al Hudaydah") and in doubled consonants (the shadda: "as-Sudd",
"as-Sud"). The gazetteer normalises case, diacritics, hyphens and the article
(:mod:`claimmap.names`), not these; a name written with an Arabic article is looked up under
them too, as an alternate spelling. (The general home of this rule is the gazetteer's
derived look-ups, where it would serve every caller.)
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
