"""The curated actors table, geo/actors.csv: reading it and matching names to its rows.

Split from :mod:`claimmap.actors`, which decides where a source sits: whether a name is a
known agency, outlet or body is a question of its own, asked also by the claimant readers
("is this acronym a known body?", "does the table know this group?"). Names match after
:func:`normalize` (case, accents, punctuation, a leading "the"); acronyms match in
capitals only, and a name several states give their bodies only with its country.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from claimmap.config import geo_dir
from claimmap.errors import GazetteerError

ACTORS_FILE = "actors.csv"
_GENERIC = re.compile(
    r"\b(?:news agency|agency|newspaper|daily|news channel|channel|television|tv|broadcaster|"
    r"network|news|website|magazine)$"
)
#: "Japan's Kyodo news agency": an owner before a name.
_OWNER = re.compile(r"^(?:the\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+(.+)$")
_ACRONYM_IN = re.compile(r"\(([A-Z][A-Z0-9&/-]{1,9})\)")
_PUNCT = re.compile(r"[^\w&/ ]+")


@dataclass(frozen=True)
class ActorRow:
    """One row of geo/actors.csv."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    actor_kind: str
    country_code: str | None
    seat_name: str
    seat_country: str
    lat: float
    lon: float
    geonameid: int | None
    source: str


class ActorTable:
    """Names and aliases of known actors, normalised; acronyms match in capitals only.

    A row named with its country in brackets ("National Intelligence Service (South
    Korea)") bears a name several states give their bodies: its aliases name it only for
    an actor of that country (a Kenyan "NIS" is not in Seoul)."""

    def __init__(self, rows: list[ActorRow]) -> None:
        self.rows = rows
        self._names: dict[str, ActorRow] = {}
        self._acronyms: dict[str, ActorRow] = {}
        self._gated: dict[tuple[str, str], ActorRow] = {}
        for row in rows:
            gated = bool(_QUALIFIED.search(row.name)) and row.country_code is not None
            for n, alias in enumerate((row.name, *row.aliases)):
                if gated and n:
                    self._gated.setdefault((_key(alias), str(row.country_code)), row)
                else:
                    by = self._acronyms if is_acronym(alias) else self._names
                    by.setdefault(_key(alias), row)

    def _get(self, key: str, country: str | None) -> ActorRow | None:
        found = (self._acronyms if is_acronym(key) else self._names).get(_key(key))
        if found is None and country:
            found = self._gated.get((_key(key), country))
        return found

    def find_exact(self, name: str, country: str | None = None) -> ActorRow | None:
        """The row whose name or alias is ``name`` as a whole (no owner, acronym or generic
        noun taken off), or None; ``country`` opens the rows of names states share."""
        name = " ".join(name.split()).strip(" ,.;:")
        return self._get(name, country) if name else None

    def find(self, name: str, country: str | None = None) -> ActorRow | None:
        """The row naming ``name`` ("Japan's Kyodo news agency" → Kyodo), or None."""
        keys = _keys(name)
        owner = _OWNER.match(keys[0])
        for key in keys:
            row = self._get(key, country)
            if row is not None and not (owner and key != keys[0] and self._foreign(row, owner[1])):
                return row
        return None

    def shared_by(self, name: str) -> set[str]:
        """The countries whose body goes by ``name`` where the table knows it only with its
        country ("NIS" → {"KR"})."""
        key = _key(name)
        return {code for (alias, code) in self._gated if alias == key}

    def _foreign(self, row: ActorRow, owner: str) -> bool:
        """ "Russia's Security Council" is no international body of the table: an owner
        that is not itself a known actor ("the UN's Security Council" is) makes it theirs."""
        return row.country_code is None and self._get(owner, None) is None


#: "National Intelligence Service (South Korea)": a shared name and the country it is of.
_QUALIFIED = re.compile(r" \([A-Z][a-z][^)]*\)$")


def _key(alias: str) -> str:
    """How a name is looked up: acronyms as written without dots, the rest normalised."""
    return alias.replace(".", "") if is_acronym(alias) else normalize(alias)


_INITIAL_DOT = re.compile(r"\b(\w)\.")


#: Words on an outlet's or body's standing, no part of its name.
_STANDING = re.compile(r"^(?:semi official|official|state run|state owned|state controlled) ")


@functools.lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Case, accents, punctuation and a leading "the" do not tell actors apart. Cached: the
    claim-source checks compare every claimant phrase with every place mention."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("'s ", " ")
    text = _INITIAL_DOT.sub(r"\1", text)  # "u.n. refugee agency" == "un refugee agency"
    text = " ".join(_PUNCT.sub(" ", text).split()).removeprefix("the ")
    text = _STANDING.sub("", text)  # "the official Xinhua News Agency" is Xinhua
    # "the United Nations refugee agency" is "the UN refugee agency"
    return "un" + text[14:] if text.startswith("united nations ") else text


def is_acronym(text: str) -> bool:
    """ "RSF", "U.N.", "AT&T": two to six capitals (or digits)."""
    letters = text.replace(".", "").replace("&", "").replace("/", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalnum()


def _keys(name: str) -> list[str]:
    """Ways of reading a name: as written, without its owner or generic noun, its acronym."""
    name = " ".join(name.split()).strip(" ,.;:")
    keys = [name]
    owner = _OWNER.match(name)
    if owner:
        keys.append(owner[2])  # "Japan's Kyodo news agency"
    for key in list(keys):
        base = _GENERIC.sub("", normalize(key)).strip()
        if base and base != normalize(key):
            keys.append(base)
    keys += _ACRONYM_IN.findall(name)
    without = _ACRONYM_IN.sub("", name).strip()
    if without != name:
        keys.append(without)
    keys += [w for w in name.split() if is_acronym(w.strip(",.;:()"))]
    return keys


@functools.lru_cache(maxsize=4)
def load_actors(path: Path | None = None) -> ActorTable:
    """Read geo/actors.csv once per process.

    Raises:
        GazetteerError: the file is missing; rebuild it with scripts/build_actors.py.
    """
    path = path or geo_dir() / ACTORS_FILE
    if not path.exists():
        raise GazetteerError(f"{path}: no actors table; run `python scripts/build_actors.py`")
    with path.open(encoding="utf-8", newline="") as f:
        rows = [
            ActorRow(
                name=r["name"],
                aliases=tuple(a for a in r["aliases"].split("|") if a),
                kind=r["kind"],
                actor_kind=r["actor_kind"],
                country_code=r["country_code"] or None,
                seat_name=r["seat_name"],
                seat_country=r["seat_country"],
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                geonameid=int(r["geonameid"]) if r["geonameid"] else None,
                source=r["source"],
            )
            for r in csv.DictReader(f)
        ]
    return ActorTable(rows)
