"""Names in other languages (Unicode CLDR) and demonyms (geo/sources/demonyms.csv)."""

from __future__ import annotations

import re
from typing import Any

from claimmap.names import is_latin, normalize_name
from geo_build.common import (
    Entry,
    read_csv,
)

#: Languages whose CLDR names of countries and UN M49 regions are added: the UN's six, the
#: languages of the regions the kit is used on, and large news languages.
CLDR_LANGUAGES = [
    "en",
    "ar",
    "zh",
    "fr",
    "ru",
    "es",
    "de",
    "it",
    "pt",
    "tr",
    "fa",
    "he",
    "uk",
    "ja",
    "ko",
    "hi",
    "ur",
    "hy",
    "az",
    "ka",
    "el",
    "pl",
    "nl",
    "id",
    "ku",
    "ps",
    "bn",
    "sw",
]


def cldr_names(code: str) -> list[str]:
    """Names of territory ``code`` (ISO2 or M49 number) in CLDR_LANGUAGES, via Babel.

    Babel (Unicode CLDR data, Unicode licence) is installed with trafilatura. Latin-script
    names shorter than 4 letters are skipped (too easily an English word).
    """
    from babel import Locale

    out: list[str] = []
    for lang in CLDR_LANGUAGES:
        name = Locale.parse(lang).territories.get(code)
        if not name:
            continue
        # "Myanmar (Burma)": both names; "SRA Hongkong (Chiny)": the part before only.
        parts = re.split(r"[()]", name) if lang == "en" else [name.split("(")[0]]
        for part in parts:
            part = part.strip()
            if part and (not is_latin(part) or len(part) >= 4):
                out.append(part)
    return out


def add_cldr_names(countries: list[Entry], regions: list[Entry]) -> None:
    """Country and region names in other languages and scripts (Сирия, سوريا, 土耳其)."""
    from babel import Locale

    for e in countries:
        if e.country_code:
            e.add_names(cldr_names(e.country_code))
    by_name = {normalize_name(n): e for e in regions for n in e.names}
    for code, english in Locale.parse("en").territories.items():
        region = by_name.get(normalize_name(english)) if code.isdigit() else None
        if region is not None:
            region.add_names(cldr_names(code))


# --- demonyms ---------------------------------------------------------------------------------


def build_demonyms(countries_gn: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """norm(form) -> (ISO2, surface). An ambiguous form goes to the most populous country."""
    pop = {code: int(c.get("population") or 0) for code, c in countries_gn.items()}
    out: dict[str, tuple[str, str]] = {}
    for row in read_csv("demonyms.csv"):
        code = row["iso2"]
        if code not in pop:
            raise SystemExit(f"demonyms.csv: unknown country code {code}")
        for form in row["forms"].split("|"):
            key = normalize_name(form)
            if key in out and pop[out[key][0]] >= pop[code]:
                continue
            out[key] = (code, form)
    return out
