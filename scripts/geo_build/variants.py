"""Name variants made by rule once every entry is built, because each must be checked against
all the other entries' names before it is added.

- Compass prefixes: GeoNames writes "Northern Darfur", news "North Darfur"; "North-West" is
  also "Northwest", "North-Western", "Northwestern".
- Plural short forms of island groups and ranges: "the Aleutians" (Aleutian Islands), "the
  Canaries", "the Balearics", "the Rockies".
- Arabic names ending in ta marbuta: GeoNames "Al Kufrah", news "Kufra".
- Somali long vowels: GeoNames writes Somalia's places in Somali orthography, which doubles
  a long vowel ("Hiiraan", "Baardheere", "Diinsoor"); English news mostly writes it single
  ("Hiran", "Bardhere", "Dinsoor"), so every mix of doubled and single is a variant.
- French transliteration of Arabic: the vowel /u/ written "ou" (GeoNames "As Sallūm", news
  "Salloum"; "Zuwarah", "Zouwarah"), in the main name of the subdivisions and towns of
  15,000 or more of the Arab League states (:data:`ARABIC_SPELLING`); likewise the qaf
  written "k" ("Béqaa", "Bekaa").
- Turkic final -ay: GeoNames writes Kazakh and Kyrgyz names ending in -ай as "-ay"
  ("Korday", "Burunday"), news often as "-ai" ("Kordai"), for towns of any size (the
  variant must be no other entry's name at all, a small town's included).
- Regional conventions (:mod:`geo_build.variants_spelling`): Korean -bukto/-namdo as
  North/South, Persian word order, "A and B" as "A-B", Levantine colloquial spelling.

A variant is added only when no other entry of the same country (a subdivision, a region, a
town of at least ``FUZZY_MIN_POPULATION``) bears it and exactly one entry would get it, so a
variant never makes a name ambiguous that was not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from claimmap.names import is_latin, normalize_name
from geo_build.common import FUZZY_MIN_POPULATION, PLAIN, Entry, log, read_csv
from geo_build.variants_spelling import (
    LEVANTINE,
    arabic_variants,
    levantine_variants,
    order_variants,
    qaf_variant,
)

#: Kinds whose names get variants (towns keep GeoNames' own alternate names, but for the
#: long vowels of Somali spelling, which GeoNames leaves out).
VARIANT_KINDS = ("country", "admin1", "admin2", "region", "disputed")
_COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
_COMPASS = re.compile(
    r"^(?P<a>north|south|east|west)(?:[- ]?(?P<b>east|west))?(?P<ern>ern)?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: "<Adjective> Islands" / "Isles" / "Mountains": the groups news names by a plural noun.
_GROUP = re.compile(r"^(?P<adj>[A-Z][a-z]{3,}) (?:Islands|Isles|Mountains)$")
_ARTICLE_AH = re.compile(r"^(?:Al|El|Ar|As|Ad|At|Az|Ash|An)[ -](?P<stem>[A-Z][a-z]{2,})ah$")
#: Countries whose GeoNames names are written in Somali orthography (long vowels doubled).
SOMALI_SPELLING = frozenset({"SO"})
_LONG_VOWEL = re.compile(r"([aeiou])\1", re.IGNORECASE)
#: At most this many doubled vowels are varied (2**n - 1 variants).
_MAX_LONG_VOWELS = 4
#: Arab League states whose place names French-style spelling writes with "ou" for /u/
#: (Somalia, Djibouti and the Comoros are members, but their names are not Arabic).
ARABIC_SPELLING = frozenset(
    {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
     "SD", "SY", "TN", "YE"}
)  # fmt: skip
#: Kinds whose Arabic names get every transliteration variant (:func:`arabic_variants`).
ARABIC_KINDS = ("admin1", "admin2")
#: A "u" between consonants (not "ou", "au", "ua"), the vowel French spelling writes "ou".
#: Countries whose Russian-style romanisation ends Turkic names in "-ay" (Korday, Kordai).
TURKIC_AY = frozenset({"KZ", "KG"})
_FINAL_AY = re.compile(r"(?<=[b-df-hj-np-tv-z])ay$")
_SHORT_U = re.compile(r"(?<=[b-df-hj-np-tv-z])u(?=[b-df-hj-np-tv-z]|$)", re.IGNORECASE)


def compass_variants(name: str) -> list[tuple[str, bool]]:
    """(variant, adjectival) for a name with a compass prefix: "Northern Darfur" →
    ("North Darfur", False); "North-West X" → "Northwest X", "North-Western X", …"""
    m = _COMPASS.match(name)
    if not m:
        return []
    a, b, rest = m["a"].capitalize(), m["b"], m["rest"]
    heads = [a] if b is None else [f"{a}-{b.capitalize()}", f"{a}{b.lower()}"]
    out = [(f"{h} {rest}", False) for h in heads]
    out += [(f"{h}ern {rest}", True) for h in heads]
    return [(v, adj) for v, adj in out if normalize_name(v) != normalize_name(name)]


#: The compass words of French subdivision names (Haiti, Burkina Faso, Cameroon).
_FRENCH_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}
_COMPASS_PAIR = re.compile(
    r"^(?:(?P<a>north|south)[- ]?(?P<b>east|west)|(?P<fa>nord|sud)[- ](?P<fb>est|ouest))$",
    re.IGNORECASE,
)
#: Kinds whose two-compass-word names get their English and French forms.
COMPASS_PAIR_KINDS = ("admin1", "admin2")


def compass_pair_variants(name: str) -> tuple[str, list[str]]:
    """(the English hyphenated form, its other spellings) for a subdivision named only by
    two compass words, in English or French: "South-West" (Cameroon) is also "Southwest"
    and "Sud-Ouest"; "Sud-Ouest" (Burkina Faso) also "South-West" and "Southwest";
    "Northeast" (Iceland) also "North-East". English news writes a bilingual country's
    regions either way ("Cameroon's Southwest region") and a French-speaking one's in
    English. A single compass word ("Nord") is left alone: "the North" is any country's
    north. ("", []) for any other name."""
    m = _COMPASS_PAIR.match(name.strip())
    if not m:
        return "", []
    a = _FRENCH_COMPASS.get((m["a"] or m["fa"]).lower(), (m["a"] or m["fa"]).lower())
    b = _FRENCH_COMPASS.get((m["b"] or m["fb"]).lower(), (m["b"] or m["fb"]).lower())
    french = {v: k for k, v in _FRENCH_COMPASS.items()}
    english = f"{a.capitalize()}-{b.capitalize()}"
    forms = [english, f"{a.capitalize()}{b}", f"{french[a].capitalize()}-{french[b].capitalize()}"]
    return english, [f for f in forms if normalize_name(f) != normalize_name(name)]


def plural_short_form(name: str) -> tuple[str, list[str]] | None:
    """("Aleutians", stems) for "Aleutian Islands": the plural noun of an adjective in
    -an/-ian/-ic/-y, and the place names the adjective could derive from ("Hawaii" for
    "Hawaiian": then the plural names a people, not the islands)."""
    m = _GROUP.match(name)
    if not m:
        return None
    adj = m["adj"]
    if adj.endswith("an"):
        return f"{adj}s", [adj[:-2], adj[:-1]]
    if adj.endswith("ic"):
        return f"{adj}s", [adj[:-2]]
    if adj.endswith("y"):
        return (f"{adj[:-1]}ies" if adj[-2] not in "aeiou" else f"{adj}s"), []
    return None


def ta_marbuta_variant(name: str) -> str | None:
    """ "Kufra" for "Al Kufrah": English drops both the article and the final h."""
    m = _ARTICLE_AH.match(name)
    return f"{m['stem']}a" if m else None


def long_vowel_variants(name: str) -> list[str]:
    """The spellings of a Somali name with some or all of its doubled vowels single:
    "Hiiraan" → "Hiraan", "Hiiran", "Hiran"."""
    spots = [m.start() for m in _LONG_VOWEL.finditer(name)]
    if not spots or len(spots) > _MAX_LONG_VOWELS:
        return []
    out = []
    for mask in range(1, 2 ** len(spots)):
        drop = {spot for bit, spot in enumerate(spots) if mask >> bit & 1}
        out.append("".join(ch for i, ch in enumerate(name) if i not in drop))
    return out


def french_u_variant(name: str) -> str | None:
    """ "Salloum" for "Sallum": every "u" between consonants written "ou"."""
    if not _SHORT_U.search(name):
        return None
    return _SHORT_U.sub("ou", name)


def unidecode_name(name: str) -> str:
    """ "As Sallum" for GeoNames' "As Sallūm": the name without its diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def people_words() -> set[str]:
    """Adjectives that name a people or language: the last word of every English CLDR
    language name ("Western Frisian", "Hawaiian") and the demonyms of sources/demonyms.csv.
    Their plural ("the Frisians") names the people, not the islands named after them."""
    from babel import Locale

    words = {name.split()[-1] for name in Locale.parse("en").languages.values()}
    words.update(f for row in read_csv("demonyms.csv") for f in row["forms"].split("|"))
    return {normalize_name(w) for w in words}


def _index(entries: list[Entry]) -> dict[str, set[int]]:
    """Normalised name → indexes of the entries (not small towns) that bear it."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, e in enumerate(entries):
        if e.kind == "city" and e.population < FUZZY_MIN_POPULATION:
            continue
        for surface in (e.name, *e.names):
            index[normalize_name(surface)].add(i)
    return index


def _proposals(
    e: Entry,
    countries: set[str],
    index: dict[str, set[int]],
    every: set[str],
    people: set[str],
) -> Iterator[tuple[str, str, bool]]:
    """(variant, the name it is made from, whether a namesake anywhere clashes) by every
    rule, from one entry's plain Latin names written in mixed case (not Natural Earth's
    "EASTERN SAYAN MTS.")."""
    # of the main name only, without its diacritics ("As Sallūm"): GeoNames' other spellings
    # are German, Russian or French transliterations ("Al-Dschubail"), which gave junk
    plain = unidecode_name(e.name)
    if e.country_code in ARABIC_SPELLING and _big(e) and is_latin(plain):
        for spelt in (french_u_variant(plain), qaf_variant(plain)):
            if spelt:
                yield spelt, e.name, True
    if e.country_code in ARABIC_SPELLING and e.kind in ARABIC_KINDS and is_latin(plain):
        for spelt in arabic_variants(e.name):
            yield spelt, e.name, True
    if e.country_code in LEVANTINE and is_latin(plain):  # of villages too ("Jdeidet Yabous")
        for spelt in levantine_variants(e.name):
            yield spelt, e.name, True
    if e.country_code in TURKIC_AY and is_latin(plain) and _FINAL_AY.search(plain):
        yield _FINAL_AY.sub("ai", plain), e.name, True
    surfaces = sorted({e.name, *(s for s, f in e.names.items() if f == PLAIN)})
    # word-order forms ("North Hamgyong" of "Hamgyŏng-bukto") also take the compass rule
    derived = [
        (v, s)
        for s in surfaces
        if e.kind in VARIANT_KINDS and is_latin(s)
        for v in order_variants(s, e.country_code)
    ]
    for variant, surface in derived:
        yield variant, surface, False
    for surface in [*surfaces, *(v for v, _ in derived)]:
        if not is_latin(surface) or re.search(r"\b[A-Z]{3,}\b", surface):
            continue
        if e.country_code in SOMALI_SPELLING:
            for single in long_vowel_variants(surface):
                yield single, surface, True
        if e.kind not in VARIANT_KINDS:
            continue
        english, spellings = compass_pair_variants(surface)
        for variant in spellings if e.kind in COMPASS_PAIR_KINDS else []:
            yield variant, english, False  # namesakes share the English form as source
        for variant, adjectival in compass_variants(surface):
            rest = variant.split(" ", 1)[1]
            key = normalize_name(rest)
            if not rest[:1].isupper() or key.split()[0] in _COMPASS_WORDS:
                continue  # "South do Cachimbo" (Serra do …), "West North"
            # "Southern Australia", "Western Virginia": a directional area of another place
            if key in countries or (adjectival and key in index):
                continue
            yield variant, surface, False
        plural = plural_short_form(surface)
        # "Hawaiians", "Ionians": the adjective of a place (Hawaii, Ionia) names its people;
        # a range's plural names the range unless the place is a big one ("the
        # Appalachians": Appalachia, Virginia, is a small town)
        places = index if surface.endswith(" Mountains") else every
        if (
            plural
            and normalize_name(surface.split()[0]) not in people
            and not any(normalize_name(s) in places for s in plural[1] if len(s) >= 4)
        ):
            yield plural[0], surface, False
        short = ta_marbuta_variant(surface)
        if short:
            yield short, surface, False


def add_variants(entries: list[Entry]) -> int:
    """Add the rule variants that name exactly one entry; return how many were added."""
    index = _index(entries)
    countries = {
        normalize_name(s) for e in entries if e.kind == "country" for s in (e.name, *e.names)
    }
    every = {normalize_name(s) for e in entries for s in (e.name, *e.names)}
    people = people_words()
    wanted: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
    for i, e in enumerate(entries):
        if e.kind == "facility" or (  # an airport keeps airportsdata's names
            e.kind not in VARIANT_KINDS
            and e.country_code
            not in SOMALI_SPELLING
            | LEVANTINE
            | TURKIC_AY
            | (ARABIC_SPELLING if _big(e) else frozenset())
        ):
            continue
        for variant, source, spelling in _proposals(e, countries, index, every, people):
            norm = normalize_name(variant)
            if i in index.get(norm, ()):
                continue
            # a spelling rule's form clashes with a namesake anywhere ("Sour" is Tyre's)
            clash = [j for j in index.get(norm, ()) if spelling or _same_scope(entries[j], e)]
            if e.country_code in TURKIC_AY and norm in every and norm == _ai_norm(e):
                continue  # "Kordai" must be no small town's name either
            if not clash:
                wanted[norm].setdefault(i, (variant, normalize_name(source)))
    arabic = _arabic_norms(entries)
    added = arabic_added = 0
    for norm, by_entry in sorted(wanted.items()):
        # one entry, or namesakes sharing the name it is made from (the Balearic Islands
        # are a Spanish region and a Natural Earth region): the variant adds no ambiguity
        if len({source for _, source in by_entry.values()}) != 1:
            continue
        for i, (variant, _) in sorted(by_entry.items()):
            entries[i].names.setdefault(variant, PLAIN)
            added += 1
            arabic_added += norm in arabic
    log.info("rule variants (compass, plural, ta marbuta, long vowels, 'ou', regional): %d", added)
    log.info(
        "Arabic transliteration variants: %d of %d proposed (the others name another entry)",
        arabic_added,
        len(arabic),
    )
    return added


def _ai_norm(e: Entry) -> str:
    """The normalised Turkic -ai variant of ``e``'s name, or ""."""
    plain = unidecode_name(e.name)
    return normalize_name(_FINAL_AY.sub("ai", plain)) if _FINAL_AY.search(plain) else ""


def _arabic_norms(entries: list[Entry]) -> set[str]:
    """The normalised spellings :func:`arabic_variants` proposes (for the build's log)."""
    return {
        normalize_name(v)
        for e in entries
        if e.country_code in ARABIC_SPELLING and e.kind in ARABIC_KINDS
        for v in arabic_variants(e.name)
    }


def _big(e: Entry) -> bool:
    """A subdivision or unit, or a town of at least ``FUZZY_MIN_POPULATION``."""
    return e.kind != "city" or e.population >= FUZZY_MIN_POPULATION


def _same_scope(other: Entry, entry: Entry) -> bool:
    """Whether a namesake makes a variant ambiguous: any of the same country, and any
    country, region, disputed area or water (names read the same everywhere)."""
    if entry.country_code is None or other.kind in ("country", "region", "disputed", "water"):
        return True
    return other.country_code == entry.country_code
