"""How a query to the gazetteer is written: cleaned text, acronym and abbreviation flags, and
the known names a written form may derive from ("Anbar province", "al-Raqqa", "Qamishli").

Why a module of its own: these rules read only the string asked about, never the SQLite
file, so they stay testable without a gazetteer and keep :mod:`claimmap.gazetteer` to
opening, querying and ranking.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator

log = logging.getLogger(__name__)

#: Longer queries are not place names; they get an empty answer, not a scan.
MAX_NAME_CHARS = 200
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
# "Anbar province", "Idlib governorate": the stem, preferring a subdivision.
_ADMIN_SUFFIX = re.compile(
    r"^(?P<stem>.+?)\s+(?:governorate|province|region|oblast|state|district|county|"
    r"department|prefecture|krai|kray|rayon|voivodeship|canton|municipality)$"
)
_CITY_SUFFIX = re.compile(r"^(?P<stem>.+?)\s+city$")
#: "County Kerry", "County Durham": Irish and British usage puts the unit word first.
_ADMIN_PREFIX = re.compile(r"^county\s+(?P<stem>.+)$")
# Arabic article written in front of a name: "al-Raqqa", "ar-Raqqah", "el-Arish".
ARABIC_ARTICLES = ("al", "el", "ar", "as", "ad", "at", "az", "ash", "an")
_ARTICLE = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})\s+(?P<stem>.{{3,}})$")

#: Malay and Indonesian generic words written before a name: "Tanjung" (cape), "Pulau"
#: (island), "Kuala" (river mouth), "Sungai" (river), "Bukit" (hill), "Teluk" (bay). The
#: feature is named after the town beside it, as "Xyz Island" is after "Xyz".
MALAY_GENERICS = (
    "tanjung",
    "tanjong",
    "pulau",
    "kuala",
    "sungai",
    "sungei",
    "bukit",
    "teluk",
    "telok",
)
#: Countries where those words are the local generics.
MALAY_COUNTRIES = frozenset({"MY", "ID", "BN", "SG"})
_MALAY_PREFIX = re.compile(rf"^(?:{'|'.join(MALAY_GENERICS)})\s+(?P<stem>.{{4,}})$")


def malay_stem(norm: str) -> str | None:
    """The name after a Malay generic prefix ("tanjung pengerang" → "pengerang"), or None."""
    m = _MALAY_PREFIX.match(norm)
    return m["stem"] if m else None


#: "the Xyz air base", "the Xyz base": a military base named like an airport shares its
#: runway; the airport entry ("Xyz Airport") is where it lies.
_BASE_SUFFIX = re.compile(r"^(?P<stem>.+?)\s+(?:air base|airbase|airfield|base)$")


def derived_forms(norm: str) -> Iterator[tuple[str, str | None, str]]:
    """(name, kind to prefer or None, reason) for each known name ``norm`` may be written
    from, in the order to try: less an admin or city word, less an Arabic article (and no
    further), or, for names of 4+ characters, with one."""
    for pattern, wanted in (
        (_ADMIN_SUFFIX, "admin1"),
        (_ADMIN_PREFIX, "admin1"),
        (_CITY_SUFFIX, "city"),
    ):
        m = pattern.match(norm)
        if m:
            yield m["stem"], wanted, f"'{m['stem']}' + {wanted} word"
    m = _BASE_SUFFIX.match(norm)
    if m:
        yield f"{m['stem']} airport", "facility", f"'{m['stem']} airport': the base's airfield"
    m = _ARTICLE.match(norm)
    if m:
        yield m["stem"], None, f"'{m['stem']}' without the article"
        return
    if len(norm) >= 4:  # the other way round: "Qamishli" is stored as "Al Qamishli"
        for article in ARABIC_ARTICLES:
            name = f"{article} {norm}"
            yield name, None, f"'{name}' with the article"


#: Words that say a name is water or a coast ("North Atlantic", "Gulf of Guinea", "Cape
#: Horn"): a misspelling is fuzzy-matched only to a name that keeps each of them as written.
SEA_WORDS = frozenset(
    {"sea", "seas", "ocean", "gulf", "strait", "straits", "bay", "bight", "channel",
     "passage", "sound", "cape", "river", "lake", "atlantic", "pacific", "arctic",
     "antarctic", "mediterranean", "caribbean", "baltic", "adriatic", "aegean"}
)  # fmt: skip


def keeps_sea_words(query: str, match: str) -> bool:
    """Whether a fuzzy ``match`` (normalised) keeps every water word of the ``query`` (or the
    word as written, when it is a misspelt one: "Atlantik"): "North Atlantic" is no
    misspelt "North Atlanta" (a town), nor "Cape Cod" "Chapeco". The name is the sea's,
    which the fuzzy index does not hold."""
    words = set(match.split())
    return all(_sea_word(w) is None or w in words or _sea_word(w) in words for w in query.split())


def _sea_word(word: str) -> str | None:
    """The water word ``word`` is, or is one edit from when 5+ letters long ("Atlantik")."""
    if word in SEA_WORDS:
        return word
    if len(word) < 5:
        return None
    return next((w for w in SEA_WORDS if len(w) >= 5 and _one_edit(word, w)), None)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one substitution, insertion or deletion."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    rest = a[i + 1 :] if len(a) == len(b) else a[i:]
    return rest == b[i + 1 :]


def clean_query(name: object) -> str | None:
    """Validate a query: a str, without control characters, not absurdly long."""
    if name is None or not isinstance(name, str):
        raise ValueError(f"a place name must be a string, got {type(name).__name__}")
    if len(name) > MAX_NAME_CHARS:
        log.debug("name of %d chars is not a place name", len(name))
        return None
    text = unicodedata.normalize("NFC", CONTROL_CHARS.sub(" ", name)).strip()
    return text or None


def acronym_flag(value: object) -> int:
    """The ``names.acronym`` column as an int (0 when empty)."""
    return value if isinstance(value, int) else 0


#: ``names.acronym`` 3: a second-level unit's name that units in several first-level units
#: of one country bear ("Clay County"); alone it is none of them (see :func:`shared_ok`).
SHARED = 3


def shared_ok(flag: int, country_code: str | None, wanted: str | None) -> bool:
    """Whether a row reached by a name of this flag may answer a query preferring country
    ``wanted``: a name many counties of one country share answers only a query that names
    that country, whose caller then weighs the states the article names — asked bare, it
    would put the county at whichever namesake is largest (a wrong dot)."""
    return flag != SHARED or (wanted is not None and wanted == country_code)


def written_ok(flag: int, text: str) -> bool:
    """Whether ``text`` is written as a name with this ``names.acronym`` flag requires: 0 any
    way, 1 (a code: "US", "UAE") in capitals, 2 (an abbreviation: "Calif.") with its dot."""
    if flag == 1:
        return _looks_like_acronym(text)
    if flag == 2:
        return text.rstrip().endswith(".")
    return True


def _looks_like_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
