"""Normalising place names so that spelling variants meet in one lookup key.

The gazetteer stores every name under ``normalize_name(name)`` and looks queries up
the same way, so "Kraków", "KRAKOW" and "Krakow" are one key, as are "Guinea Bissau" and
"Guinea-Bissau", or "the Hague" and "Hague". The rules must stay identical at build
and query time: ``NORMALIZE_VERSION`` is written into geo/ and checked on open.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Bump when the rules change; geo/ must then be rebuilt (``make geo``).
NORMALIZE_VERSION = 1

# Letters that do not decompose into base letter + combining mark under NFKD.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "þ": "th",
        "ə": "e",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ʒ": "z",
    }
)
# Hyphens, dashes and other joiners become spaces: "Guinea-Bissau" == "Guinea Bissau".
_SPACERS = re.compile(r"[\s\-\u2010-\u2015\u2212_/,;:()\[\]{}\"«»“”„]+")
# Apostrophes, glottal marks and dots vanish: "Dar'a" == "Dara", "St. Louis" == "St Louis".
_DROPPED = re.compile(r"[.'`´‘’ʼʻʿʾˈ′]")
_ARTICLE = re.compile(r"^the\s+")


@lru_cache(maxsize=65536)  # a pure function of a short string, asked for the same names often
def normalize_name(text: str) -> str:
    """Casefold, strip diacritics, unify hyphens/spaces/apostrophes, drop a leading "the ".

    Non-Latin scripts are kept (only their combining marks go), so "Халеб" and "حلب"
    stay lookup keys of their own.

    >>> normalize_name("  The Guinea–Bissau ")
    'guinea bissau'
    >>> normalize_name("Bakı")
    'baki'
    >>> normalize_name("Dar`a")
    'dara'
    """
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    stripped = stripped.translate(_FOLD)
    stripped = _DROPPED.sub("", stripped)
    spaced = _SPACERS.sub(" ", stripped).strip()
    return _ARTICLE.sub("", spaced)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is ASCII after normalisation (fuzzy matching needs it)."""
    return all(ch.isascii() for ch in text if ch.isalpha())


__all__ = ["NORMALIZE_VERSION", "is_latin", "normalize_name"]
