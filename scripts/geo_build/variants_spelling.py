"""Name variants of the regional spelling and word-order conventions English news follows
where GeoNames writes another romanisation (run by :mod:`geo_build.variants`, which checks
each proposal against every other entry's names before adding it).

- Korean provinces: GeoNames "Hamgyŏng-bukto", "Gyeongsangnam-do"; news "North Hamgyong",
  "South Gyeongsang" (-buk-/-nam- are North/South, -do "province"); "Chagang-do" is
  also "Chagang".
- Persian order: GeoNames "Razavi Khorasan", "North Khorasan", "Khorāsān-e Jonūbī"; Iranian
  and Afghan usage puts the adjective after the noun ("Khorasan Razavi", "Khorasan
  Shomali"), English before it ("South Khorasan"), with or without the ezafe "-e".
- Two joined names: "Sistan and Baluchestan" is also "Sistan-Baluchestan".
- Arabic qaf: GeoNames "Béqaa", news "Bekaa" (the "k" of English and French spelling).
- Levantine colloquial spelling of the diminutive: GeoNames "Judaydat Yābūs",
  "Shuwayfāt"; news "Jdeidet Yabous", "Shweifat" — the first short vowel dropped, "ay"
  written "ei", a final -ah/-at "-eh"/"-et", a long "ū" "ou".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: Countries whose subdivisions GeoNames writes with the Korean -do/-bukto/-namdo suffixes.
KOREAN = frozenset({"KP", "KR"})
#: "Hamgyŏng-bukto", "Gyeongsangnam-do", "P'yŏngan-namdo": stem, North/South, province.
_KOREAN_HALF = re.compile(r"^(?P<stem>[A-Z][\w']+?)-?(?P<half>buk|nam)-?(?:do|to)$")
_KOREAN_DO = re.compile(r"^(?P<stem>[A-Z][\w']+)-do$")
_HALVES = {"buk": "North", "nam": "South"}

#: Countries whose subdivision names are Persian (adjective after the noun, ezafe "-e").
PERSIAN = frozenset({"IR", "AF"})
#: English compass word → its Persian adjectives, as romanised in news.
_PERSIAN_COMPASS = {
    "North": ("Shomali", "Shemali"),
    "South": ("Jonubi", "Jenubi"),
    "East": ("Sharqi", "Sharghi"),
    "West": ("Gharbi",),
}
_FROM_PERSIAN = {p.lower(): en for en, ps in _PERSIAN_COMPASS.items() for p in ps}
#: "Khorasan-e Jonubi": noun, ezafe, adjective.
_EZAFE = re.compile(r"^(?P<noun>[A-Z][\w']+)-e (?P<adj>[A-Z][\w']+)$")
#: "Razavi Khorasan": a Persian adjective in -i written before its noun.
_ADJ_FIRST = re.compile(r"^(?P<adj>[A-Z][a-z]+i) (?P<noun>[A-Z][a-z]+)$")
_COMPASS_FIRST = re.compile(r"^(?P<dir>North|South|East|West) (?P<noun>[A-Z][a-z]+)$")

#: "Sistan and Baluchestan": two one-word names (a word may hold a hyphen).
_JOINED = re.compile(r"^(?P<a>[A-Z][\w'-]+) and (?P<b>[A-Z][\w'-]+)$")

#: Levantine countries, whose colloquial place names news spells as spoken.
LEVANTINE = frozenset({"SY", "LB", "JO", "PS"})
_C = r"(?:[SKDTGZskdtgz]h|[B-DF-HJ-NP-TV-Zb-df-gj-np-tv-z])"
#: The diminutive "CuCayC" ("Judayd", "Shuwayf", "Suwayd"), spoken "CCeiC": a short "u"
#: (not "ū"), no "h" before the "ay" ("Suhayla" is "Suheila"), no "ayy" ("Juwayyidah").
_DIMINUTIVE = re.compile(rf"\b(?P<c1>{_C})u(?P<c2>{_C})ay(?!y)")
_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ad|At|Az|Ash|An|Ath)[- ](?=[A-Z])")


def korean_variants(name: str) -> list[str]:
    """ "North Hamgyong" for "Hamgyŏng-bukto", "Chagang" for "Chagang-do"."""
    plain = strip_marks(name)
    m = _KOREAN_HALF.match(plain)
    if m:
        return [f"{_HALVES[m['half']]} {m['stem']}"]
    m = _KOREAN_DO.match(plain)
    return [m["stem"]] if m else []


def persian_variants(name: str) -> list[str]:
    """The other orders of a Persian name: "Khorasan Razavi" for "Razavi Khorasan",
    "South Khorasan" and "Khorasan Jonubi" for "Khorāsān-e Jonūbī", "Khorasan Shomali" for
    "North Khorasan"."""
    plain = strip_marks(name)
    out: list[str] = []
    m = _EZAFE.match(plain)
    if m:
        noun, adj = m["noun"], m["adj"]
        out.append(f"{noun} {adj}")
        english = _FROM_PERSIAN.get(adj.lower())
        if english:
            out.append(f"{english} {noun}")
            out += [f"{noun} {p}" for p in _PERSIAN_COMPASS[english] if p != adj]
        return out
    m = _COMPASS_FIRST.match(plain)
    if m:
        return [f"{m['noun']} {p}" for p in _PERSIAN_COMPASS[m["dir"]]]
    m = _ADJ_FIRST.match(plain)
    if m and m["adj"].lower() not in _FROM_PERSIAN:
        return [f"{m['noun']} {m['adj']}", f"{m['noun']}-e {m['adj']}"]
    return out


def joined_variant(name: str) -> str | None:
    """ "Sistan-Baluchestan" for "Sistan and Baluchestan"."""
    m = _JOINED.match(name)
    return f"{m['a']}-{m['b']}" if m else None


def qaf_variant(name: str) -> str | None:
    """ "Bekaa" for "Beqaa": the Arabic qaf written "k"."""
    return name.replace("q", "k").replace("Q", "K") if "q" in name.lower() else None


def levantine_variants(name: str) -> list[str]:
    """Colloquial spellings of a name with a diminutive: "Jdeidet Yabous", "Jdeidat Yabus",
    … for "Judaydat Yābūs"; "Sweida" for "As-Suwayda" (the article dropped too)."""
    if not _DIMINUTIVE.search(strip_marks(name, keep_long=True)):
        return []
    out: list[str] = []
    for ou in (False, True):
        base = name.replace("ū", "ou").replace("Ū", "Ou") if ou else name
        spoken = _DIMINUTIVE.sub(
            lambda m: f"{m['c1']}{m['c2']}ei", strip_marks(base, keep_long=True)
        )
        # a short final -ah/-at (ta marbuta) is spoken -eh/-et; a long plural -āt is not
        fronted = re.sub(r"(?<=ei)(\w*?)a([ht])\b", r"\1e\2", spoken)
        for form in map(strip_marks, (spoken, fronted)):
            out.append(form)
            bare = _ARTICLE.sub("", form)
            if bare != form:
                out.append(bare)
    return [v for v in dict.fromkeys(out) if v != name]


def strip_marks(name: str, keep_long: bool = False) -> str:
    """The name without diacritics ("Hamgyong-bukto" for "Hamgyŏng-bukto"); with
    ``keep_long`` the macron of a long vowel stays ("Rūjayb": its "ū" is no short "u")."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = (
        ch for ch in decomposed if not unicodedata.combining(ch) or (keep_long and ch == _MACRON)
    )
    return unicodedata.normalize("NFC", "".join(kept))


_MACRON = "\u0304"


def order_variants(name: str, country: str | None) -> Iterator[str]:
    """The Korean, Persian and joined-name forms of one name of a subdivision (or other
    area) of ``country``."""
    if country in KOREAN:
        yield from korean_variants(name)
    if country in PERSIAN:
        yield from persian_variants(name)
    joined = joined_variant(name)
    if joined:
        yield joined
