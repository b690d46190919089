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

from claimmap.gazetteer_query import ARABIC_ARTICLES
from claimmap.names import normalize_name
from claimmap.places_context import type_cue
from claimmap.places_lexicon import FACILITY_HEADS, LOCATIVE_PREPS, TYPED_GUESS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike, Toponym
    from claimmap.places_scoring import Group

_WITH_ARTICLE = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})[-\s‑]\w", re.IGNORECASE)
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1", re.IGNORECASE)
#: Evidence of a name the gazetteer lists under no spelling with its article ("al-Hol"):
#: the entries its bare name reaches ("Hol", Norway) are other places.
UNLISTED_ARTICLE_NAME = f"{TYPED_GUESS}written with its Arabic article, unlisted: "
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


def unlisted_article_name(span: Span, gaz: GazetteerLike) -> tuple[Span, str] | None:
    """ "from al-Hol", "out of al-Hol", "from the al-Hol camp" with only "Hol" in an entity:
    the name with its Arabic article, which the gazetteer lists under no spelling (its
    "Hol" is a Norwegian village), in a place slot: (the span with its article, evidence),
    or None. Resolution then reports it unresolved rather than the namesake."""
    article = leading_article(span)
    if not article or known_variant(span, gaz):
        return None
    doc = span.doc
    full = doc[span.start - 2 : span.end]
    if gaz.knows(full.text):
        return None
    before = doc[full.start - 1] if full.start > 0 else None
    after = doc[full.end] if full.end < len(doc) else None
    if before is not None and before.lower_ == "the":  # "from the al-Hol camp"
        noun = after is not None and after.text.islower() and after.lower_ in FACILITY_HEADS
        before = doc[before.i - 1] if noun and before.i > 0 else None
    if before is None or not _locative(before):
        return None
    return full, f"{UNLISTED_ARTICLE_NAME}'{full.text}' after '{before.text}'"


def _locative(tok: Token) -> bool:
    """A locative preposition, or "of" in "out of"."""
    if tok.lower_ == "of":
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "out"
    return tok.lower_ in LOCATIVE_PREPS


def known_variant(span: Span, gaz: GazetteerLike) -> str:
    """ "al-Hudayda" (the gazetteer has "Al Hudaydah"): the spelling variant of the name with
    its Arabic article that the gazetteer knows, or ""."""
    article = leading_article(span)
    if not article:
        return ""
    return next((v for v in spelling_variants(f"{article}-{span.text}") if gaz.knows(v)), "")


def article_form(span: Span, gaz: GazetteerLike) -> str:
    """ "to Hodeidah" (the gazetteer has "El-Hodeidah"): a one-word name written without the
    Arabic article it is listed with, as the gazetteer spells it with the article, or ""."""
    name = span.text
    if len(span) != 1 or len(name) < 4 or not name.isalpha() or not name[:1].isupper():
        return ""
    return next((f"{a} {name}" for a in _ARTICLE_WORDS if gaz.knows(f"{a} {name}")), "")


#: The articles as listed names begin with them ("Al Hudaydah", "El Hodeidah").
_ARTICLE_WORDS = tuple(a.capitalize() for a in ARABIC_ARTICLES)


def in_place_slot(span: Span) -> bool:
    """ "from al-Hudayda": the name (with its article) after a locative preposition."""
    start = span.start - (2 if leading_article(span) else 0)
    return start > 0 and span.doc[start - 1].lower_ in LOCATIVE_PREPS


def variant_in_place_slot(span: Span, gaz: GazetteerLike) -> str:
    """The spelling the gazetteer knows of a name written with its Arabic article ("al-Jufra"
    tagged an organisation → "al-Jufrah") in a place slot or with a type cue, or ""."""
    variant = known_variant(span, gaz) or next(
        (v for v in spelling_variants(span.text) if gaz.knows(v)), ""
    )
    if not (type_cue(span)[0] or in_place_slot(span)):
        return ""
    return variant or article_form(span, gaz)  # "to Hodeidah": listed as "El Hodeidah"


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


def bare_variants(name: str) -> list[tuple[str, str | None]]:
    """ "Shabwa" → "Shabwah", "Anbar" → "Al Anbar", "Mahra" → "Al Mahrah": (variant, kind it
    must be) for a one-word name written without an Arabic article: a final "h" (any entry),
    or the article that provinces are often listed with (a province only: "Al Ain" is no
    spelling of a place called "Ain")."""
    if _WITH_ARTICLE.match(name) or " " in name or not name.isalpha() or len(name) < 4:
        return []
    endings = [name]
    if name[-1:].lower() in {"a", "e"}:
        endings.append(name + "h")
    elif name[-2:].lower() in {"ah", "eh"}:
        endings.append(name[:-1])
    out: list[tuple[str, str | None]] = [(f"Al {n}", "admin1") for n in endings]
    return out + [(n, None) for n in endings[1:]]


#: Compass words of province names as French-speaking countries write them ("Nord Kivu").
_COMPASS_FR = {"north": "Nord", "south": "Sud", "east": "Est", "west": "Ouest"}
_REPUBLIC = re.compile(r"^(?:the )?Republic of (\S.*)$|^(\S.*) Republic$", re.IGNORECASE)


def province_variants(name: str) -> list[tuple[str, str | None]]:
    """ "North Kivu" → "Nord Kivu", "Republic of Xyz" / "Xyz Republic" → "Xyz": a province
    the gazetteer lists under its local compass word or without its title (a province only:
    a country's "Republic of" is its own name), as (variant, kind it must be)."""
    words = name.split(maxsplit=1)
    out: list[tuple[str, str | None]] = []
    if len(words) == 2 and words[0].lower() in _COMPASS_FR:
        out.append((f"{_COMPASS_FR[words[0].lower()]} {words[1]}", "admin1"))
    match = _REPUBLIC.match(name)
    if match:
        out.append((match.group(1) or match.group(2), "admin1"))
    return out


def qaf_variants(name: str) -> list[tuple[str, str | None]]:
    """ "Bekaa" → "Beqaa", "Kalamoun" → "Qalamoun": the Arabic qāf is romanised "q" or
    "k"; a one-word name the gazetteer lacks as written may be a province listed with the
    other letter (a province only: a town spelt alike is too often another town)."""
    if " " in name or not name.isalpha() or len(name) < 4:
        return []
    low = name.lower()
    if "k" in low and "q" not in low:
        swapped = name.replace("k", "q").replace("K", "Q")
    elif "q" in low and "k" not in low:
        swapped = name.replace("q", "k").replace("Q", "K")
    else:
        return []
    return [(swapped, "admin1")]


#: "St. Xyz", "Ste Xyz": the abbreviated "Saint" of a name the gazetteer spells out.
_SAINT = re.compile(r"^(?P<saint>St|Ste)\.?\s+(?P<rest>[A-Z].*)$")


def saint_variants(name: str) -> list[tuple[str, str | None]]:
    """ "St. Xyz" → "Saint-Xyz", "Saint Xyz" (French and English spellings of the full
    word), "Ste Xyz" → "Sainte-Xyz", "Sainte Xyz"; else []."""
    m = _SAINT.match(name)
    if m is None:
        return []
    full = "Sainte" if m["saint"] == "Ste" else "Saint"
    return [(f"{full}-{m['rest']}", None), (f"{full} {m['rest']}", None)]


def variant_candidates(name: str, gaz: GazetteerLike, limit: int = 5) -> list[Candidate]:
    """Entries reached by a spelling variant of ``name``, scored as alternate names."""
    out = []
    variants = [(v, None) for v in spelling_variants(name)] + bare_variants(name)
    variants += province_variants(name)
    if not gaz.knows(name):  # "Kom" is a town of its own, not "Qom" respelt
        variants += qaf_variants(name) + saint_variants(name)
    for variant, kind in variants:
        if not gaz.knows(variant):
            continue
        for cand in gaz.lookup(variant, kind=kind, limit=limit, fuzzy=False):
            if kind and cand.kind != kind:
                continue
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


#: Evidence of a misspelling kept below the fuzzy floor because it only swaps two letters.
SWAPPED = "two adjacent letters swapped"
#: The least gazetteer score a swapped spelling needs (a plain misspelling needs more).
MIN_SWAP_SCORE = 0.3


def swapped_letters(cand: Candidate, written: str) -> Candidate | None:
    """ "Siaha" for "Saiha": a fuzzy candidate whose name differs from ``written`` only by two
    adjacent letters swapped (Damerau distance 1), the commonest typo, marked so that it is
    kept only in a country the article names (:func:`_far_variant`); else None."""
    from rapidfuzz.distance import OSA, Levenshtein

    from claimmap.places_scoring import norm

    own, wrote = norm(cand.matched_name or cand.name), norm(written)
    if not cand.fuzzy or cand.score < MIN_SWAP_SCORE:
        return None
    if OSA.distance(own, wrote) != 1 or Levenshtein.distance(own, wrote) != 2:
        return None
    return dataclasses.replace(cand, why=(*cand.why, SWAPPED))


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
    from claimmap.places_distance import km

    if SWAPPED in cand.why:  # kept below the fuzzy floor: only in a country the article names
        return cand.country_code not in named
    return (
        cand.kind in {"city", "admin1", "admin2"}
        and cand.population < VARIANT_CITY_POPULATION
        and cand.country_code not in named
        and bool(others)
        and is_variant(cand, written)
        and min(km(cand, p) for p in others) >= VARIANT_NEAR_KM
    )


def misread_look_alike(cand: Candidate, toponyms: list[Toponym], text: str) -> bool:
    """ "Benina airport" is neither Benin nor Benin City: a name the gazetteer lacks that
    modifies a facility noun names the facility's own place, not a look-alike spelling
    elsewhere; and a written word that runs on past a country's name is a longer word built
    on it, not that country misspelt (countries are seldom misspelt, never by a letter more)."""
    if not cand.fuzzy:
        return False
    own = normalize_name(cand.name)
    for top in toponyms:
        written = normalize_name(top.name)
        if cand.kind == "country" and written.startswith(own) and len(written) > len(own):
            return True
        after = text[top.end : top.end + 40].split(maxsplit=1)
        if after and after[0].strip(".,;:").lower() in FACILITY_HEADS:
            return True
    return False


def longer_name_holding(group: Group, toponyms: list[Toponym]) -> str:
    """ "the Gulf of Xyz ... a commander in Xyz": a name the gazetteer lacks (only towns of
    other spellings match it, misspelt or respelt) that is a whole word of a longer name of
    the article is the area that name is named after or for, not a look-alike town
    elsewhere: that longer name, or ""."""
    if not group.candidates or not all(
        c.kind == "city" and (c.fuzzy or any(w.startswith("spelling variant") for w in c.why))
        for c in group.candidates
    ):
        return ""
    own = normalize_name(group.name)
    for top in toponyms:
        longer = normalize_name(top.name)
        if longer != own and re.search(rf"(?<!\w){re.escape(own)}(?!\w)", longer):
            return top.name
    return ""


#: The Arabic article before a "sun letter" is written as that letter doubles it: "al-Sukhnah"
#: is also "as-Sukhnah", "al-Raqqa" "ar-Raqqa" (longest first: "sh" before "s").
_SUN_ARTICLES = (("sh", "ash"), ("th", "ath"), ("dh", "adh"), ("t", "at"), ("d", "ad"),
                 ("r", "ar"), ("z", "az"), ("s", "as"), ("n", "an"))  # fmt: skip
_ARTICLED = re.compile(r"^(?P<art>al|el|ash|ath|adh|at|ad|ar|az|as|an)[-\s‑](?P<stem>\w.+)$", re.I)
#: "Albukamal", "Elarish": the article fused to the name it begins (a consonant after it).
_FUSED = re.compile(r"^(?P<art>Al|El)(?P<stem>[b-df-hj-np-tv-z][a-z]{3,})$")


def article_respellings(name: str) -> list[str]:
    """The other ways the Arabic article of ``name`` is written: "al-Sukhnah" → "as-Sukhnah"
    (assimilated to a sun letter), "as-Sukhnah" → "al-Sukhnah", "Albukamal" → "Al-Bukamal"
    (fused to the name); [] for a name written without one."""
    m = _ARTICLED.match(name)
    if m is not None:
        art, stem = m["art"], m["stem"]
        if art.lower() not in {"al", "el"}:
            return [f"{'Al' if art[:1].isupper() else 'al'}-{stem}"]
        low = stem.lower()
        sun = next((a for letters, a in _SUN_ARTICLES if low.startswith(letters)), "")
        return [f"{sun.capitalize() if art[:1].isupper() else sun}-{stem}"] if sun else []
    m = _FUSED.match(name)
    return [f"{m['art']}-{m['stem'].capitalize()}"] if m is not None else []


def article_respelling(name: str, gaz: GazetteerLike) -> str:
    """The respelling of ``name``'s Arabic article (:func:`article_respellings`) that the
    gazetteer knows, when it does not know ``name`` as written; else ""."""
    if gaz.knows(name):
        return ""
    return next((v for v in article_respellings(name) if gaz.knows(v)), "")
