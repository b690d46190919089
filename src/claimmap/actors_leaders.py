"""Heads of state and government the news names without title or country.

"Putin said", "Macron told reporters": a reader knows whose president speaks, the text
does not say. geo/leaders.csv (built and checked by scripts/build_leaders.py, sources in
geo/ACTORS.md) lists the heads of state and government of the G20 and of the countries
most present in conflict and migration news, with the years they held office. A name
finds its country only when every office holder of that name whose tenure holds the
article's date (any, when the date is unknown) is of one country; a bare surname only
where the table allows it (not "May", "Brown", "Lee": words or common names).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from claimmap.actors_table import normalize
from claimmap.config import geo_dir
from claimmap.errors import GazetteerError

LEADERS_FILE = "leaders.csv"
LEADER_COLUMNS = ["name", "surname", "aliases", "country_code", "title", "start", "end", "capital"]
LEADER_COLUMNS += ["source"]
#: The one-word role an office gives a claimant (see ``claimmap.actors.GOVERNMENT_ROLES``).
ROLE_OF_TITLE = {
    "prime minister": "minister",
    "supreme leader": "leader",
    "chief adviser": "adviser",
    "state counsellor": "counsellor",
}
#: "al-Assad", "el-Sisi": the article before an Arabic surname is no part of the match.
_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad)[- ]", re.IGNORECASE)


@dataclass(frozen=True)
class Leader:
    """One tenure of one office holder."""

    name: str
    surname: str | None
    aliases: tuple[str, ...]
    country_code: str
    title: str
    start: int
    end: int | None  # None: in office when the table was compiled

    @property
    def role(self) -> str:
        return ROLE_OF_TITLE.get(self.title, self.title.split()[-1])

    def holds(self, year: int | None) -> bool:
        """In office in ``year`` (any year when it is unknown)."""
        return year is None or self.start <= year <= (self.end if self.end is not None else 9999)


def key(name: str) -> str:
    """A name normalised for matching, without an Arabic article ("al-Assad" = "Assad")."""
    return normalize(_ARTICLE.sub("", " ".join(name.split())))


@functools.lru_cache(maxsize=2)
def load_leaders(path: Path | None = None) -> tuple[Leader, ...]:
    """Read geo/leaders.csv once per process.

    Raises:
        GazetteerError: the file is missing; rebuild it with scripts/build_leaders.py.
    """
    path = path or geo_dir() / LEADERS_FILE
    if not path.exists():
        raise GazetteerError(f"{path}: no leaders table; run `python scripts/build_leaders.py`")
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(
            Leader(
                name=r["name"],
                surname=r["surname"] or None,
                aliases=tuple(a for a in r["aliases"].split("|") if a),
                country_code=r["country_code"],
                title=r["title"],
                start=int(r["start"]),
                end=int(r["end"]) if r["end"] else None,
            )
            for r in csv.DictReader(f)
        )


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Leader]], dict[str, list[Leader]]]:
    """Full names (and aliases) and bare surnames, each → the tenures they name."""
    full: dict[str, list[Leader]] = {}
    bare: dict[str, list[Leader]] = {}
    for leader in load_leaders():
        for name in (leader.name, *leader.aliases):
            target = full if " " in name.strip() or "-" in name else bare
            target.setdefault(key(name), []).append(leader)
        if leader.surname:
            bare.setdefault(key(leader.surname), []).append(leader)
    return full, bare


def year_of(when: date | datetime | None) -> int | None:
    return when.year if when is not None else None


def leader_named(name: str, year: int | None, *, bare: bool) -> Leader | None:
    """The office holder ``name`` names in ``year``: by a full name (or alias), or, where
    ``bare``, also by the surname the table lets stand alone. None when no tenure holds
    that year or the tenures of that name are of several countries."""
    full, surnames = _index()
    k = key(name)
    found = list(full.get(k, []))
    if bare and not found:
        found = list(surnames.get(k, []))
    found = [f for f in found if f.holds(year)]
    if len({f.country_code for f in found}) != 1:
        return None
    return found[-1]


def is_bare_form(name: str) -> bool:
    """``name`` is a surname or one-word name the table knows (not a full name)."""
    full, surnames = _index()
    k = key(name)
    return k in surnames and k not in full


def office_in(name: str, code: str | None) -> Leader | None:
    """A tenure of the table's whose holder ``name`` names (full name, alias or allowed
    surname) as head of state or government of ``code``, in any year."""
    if not code:
        return None
    full, surnames = _index()
    k = key(name)
    found = full.get(k) or surnames.get(k) or []
    return next((f for f in reversed(found) if f.country_code == code), None)
