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
- Arabic transliteration of subdivision names (Egyptian, Iraqi, Saudi … governorates):
  GeoNames "Monufia", "Qalyubia", "Dakahlia"; news "Menoufia", "Kalyoubia", "Daqahliya" —
  the article "al-"/"el-" or none, qaf "q"/"k", /u/ "u"/"ou", the nisba ending
  "-ia"/"-iya"/"-iyah"/"-iyya", and, in a nisba word ("Monufia"), any short vowel of its
  first syllable (the Egyptian "e" of "Menoufia"; "i"/"e" and "u"/"o" elsewhere).
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


#: Words of English-named subdivisions ("Red Sea", "New Valley", "Northern State"): such a
#: name is no transliteration.
_ENGLISH_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "capital", "red", "sea", "new", "valley", "river", "nile", "blue", "white", "port",
     "province", "region", "state", "governorate", "strip", "bank", "borders", "oriental",
     "northeastern", "southeastern", "sud", "nord", "ouest", "mont", "liban", "alexandria",
     "cairo", "damietta", "tripoli", "constantine", "algiers", "oran", "mascara", "luxor",
     "aden", "suez", "amman", "dubai", "baghdad", "aleppo", "homs", "hama", "latakia"}
)  # fmt: skip
#: A leading article "Al-", "El ", "Ad-", "Ash " …, and one inside a name ("Kafr el-Sheikh").
_LEADING_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ad|At|Az|Ash|An|Ath)[- ](?=[A-Z])")
_INNER_ARTICLE = re.compile(r"(?<= )(?:al|el)(?=[- ][A-Z])")
#: A nisba ending: "-ia", "-iya", "-iyah", "-iyya", "-iyyah".
_NISBA = re.compile(r"i(?:y{1,2}ah?|a)$")
_NISBA_FORMS = ("ia", "iya", "iyah", "iyya")
#: The first syllable's short vowel: a consonant (or two: "Sh", "Kh"), one vowel, a consonant.
_FIRST_VOWEL = re.compile(r"^(?P<c>[B-DF-HJ-NP-TV-Z]h?)(?P<v>[eiou])(?=[b-df-hj-np-tv-z])")
_SAME_VOWEL = {"e": "i", "i": "e", "o": "u", "u": "o"}
#: At most this many spellings per name (the product of the choices is cut, in order).
MAX_ARABIC_VARIANTS = 48


def arabic_variants(name: str) -> list[str]:
    """The spellings news uses for a transliterated Arabic subdivision name: "Menoufia",
    "Minufiya", "Monoufia" … for "Monufia"; "Kalyoubia", "Qalyoubiya" … for "Qalyubia";
    "Daqahliya" for "Dakahlia"; "Sheikh" names with "al-" for "el-". A name with an
    English word ("Red Sea", "Northern State") gets none."""
    plain = strip_marks(name).replace("‘", "").replace("’", "").replace("`", "")
    words = re.findall(r"[A-Za-z]+", plain)
    if not words or any(w.lower() in _ENGLISH_WORDS for w in words):
        return []
    forms = {plain}
    for step in (_article_forms, _qaf_forms, _u_forms, _nisba_forms, _vowel_forms):
        forms |= {v for f in sorted(forms) for v in step(f)}
        if len(forms) > MAX_ARABIC_VARIANTS:
            break
    out = sorted(forms - {plain, name})
    return out[:MAX_ARABIC_VARIANTS]


def _article_forms(name: str) -> list[str]:
    """ "Minya" and "El Minya" for "Al Minya"; "Kafr al-Sheikh" for "Kafr el-Sheikh"."""
    out = []
    m = _LEADING_ARTICLE.match(name)
    if m:
        out.append(name[m.end() :])
        if m.group(0)[:2] in ("Al", "El"):
            other = "El" if m.group(0)[:2] == "Al" else "Al"
            out.append(other + name[2:])
    inner = _INNER_ARTICLE.search(name)
    if inner:
        other = "al" if inner.group(0) == "el" else "el"
        out.append(name[: inner.start()] + other + name[inner.end() :])
    return out


def _qaf_forms(name: str) -> list[str]:
    """ "Kalyubia" for "Qalyubia", "Daqahlia" for "Dakahlia" (a "k" not in "kh")."""
    out = []
    if re.search("[Qq]", name):
        out.append(name.replace("q", "k").replace("Q", "K"))
    if re.search("[Kk](?!h)", name) and _NISBA.search(name):  # "Kafr" keeps its kaf
        out.append(re.sub("k(?!h)", "q", re.sub("K(?!h)", "Q", name)))
    return out


def _u_forms(name: str) -> list[str]:
    """ "Qalyoubia" for "Qalyubia", "Monufia" for "Monoufia": /u/ as "ou" or "u"."""
    out = []
    if re.search(r"(?<=[^aeiouAEIOU])u(?=[b-df-hj-np-tv-z])", name):
        out.append(re.sub(r"(?<=[^aeiouAEIOU])u(?=[b-df-hj-np-tv-z])", "ou", name))
    if "ou" in name:
        out.append(name.replace("ou", "u"))
    return out


def _nisba_forms(name: str) -> list[str]:
    """ "Daqahliya", "Daqahliyah" for "Daqahlia": the other nisba endings."""
    m = _NISBA.search(name)
    if not m or len(name) - len(m.group(0)) < 3:
        return []
    return [name[: m.start()] + e for e in _NISBA_FORMS if name[: m.start()] + e != name]


def _vowel_forms(name: str) -> list[str]:
    """The first short vowel of the last word changed: any other for a nisba word
    ("Menufia", "Minufia" for "Monufia"), its mate otherwise ("Mela" for "Mila")."""
    head, _, last = name.rpartition(" ")
    m = _FIRST_VOWEL.match(last)
    if not m:
        return []
    vowels = [v for v in "eiou" if v != m["v"]] if _NISBA.search(last) else [_SAME_VOWEL[m["v"]]]
    return [f"{head} {m['c']}{v}{last[m.end() :]}".strip() for v in vowels]


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
