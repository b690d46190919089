"""Where a claim's source sits: actor → seat (headquarters city, capital, or unplaced).

A claim drawn on a map starts from its source. Agencies, outlets, international bodies,
NGOs and services come from the curated table geo/actors.csv (built by
scripts/build_actors.py, sources in geo/ACTORS.md); a government or an office holder who
speaks for it sits in the capital; any other actor with a known country goes to that
capital with ``precision="country"``; the rest are unplaced, with the reason.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claimmap.claims_cues import words
from claimmap.config import geo_dir
from claimmap.errors import GazetteerError
from claimmap.model import Actor

log = logging.getLogger(__name__)

SeatPrecision = Literal["exact", "city", "country", "unplaced"]

ACTORS_FILE = "actors.csv"
ACTOR_COLUMNS = [
    "name", "aliases", "kind", "actor_kind", "country_code", "seat_name", "seat_country",
    "seat_admin1", "lat", "lon", "geonameid", "source_id", "source",
]  # fmt: skip
#: Table kinds that are media: their seat is where the outlet publishes from.
OUTLET_KINDS = frozenset({"agency", "broadcaster", "newspaper"})
#: Office holders whose words are their government's: seated in the capital.
GOVERNMENT_ROLES = words(
    """
    president vice-president premier chancellor minister secretary ambassador envoy
    diplomat king queen prince emir spokesman spokeswoman spokesperson
    """
)
_GENERIC = re.compile(
    r"\b(?:news agency|agency|newspaper|daily|news channel|channel|television|tv|broadcaster|"
    r"network|news|website|magazine)$"
)
_GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|government|presidency|cabinet|parliament|foreign office|"
    r"defen[cs]e department|state department|interior department)\b"
)
_ACRONYM_IN = re.compile(r"\(([A-Z][A-Z0-9&/-]{1,9})\)")
_PUNCT = re.compile(r"[^\w&/ ]+")


@dataclass(frozen=True)
class Seat:
    """The point a claim source is drawn at, how sure that is, and why."""

    actor: str
    place_name: str | None
    lat: float | None
    lon: float | None
    precision: SeatPrecision
    source: str
    reason: str


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
    """Names and aliases of known actors, normalised; acronyms match in capitals only."""

    def __init__(self, rows: list[ActorRow]) -> None:
        self.rows = rows
        self._names: dict[str, ActorRow] = {}
        self._acronyms: dict[str, ActorRow] = {}
        for row in rows:
            for alias in (row.name, *row.aliases):
                if _is_acronym(alias):
                    self._acronyms.setdefault(alias.replace(".", ""), row)
                else:
                    self._names.setdefault(normalize(alias), row)

    def find_exact(self, name: str) -> ActorRow | None:
        """The row whose name or alias is ``name`` as a whole (no owner, acronym or generic
        noun taken off), or None."""
        name = " ".join(name.split()).strip(" ,.;:")
        if _is_acronym(name):
            return self._acronyms.get(name.replace(".", ""))
        return self._names.get(normalize(name)) if name else None

    def find(self, name: str) -> ActorRow | None:
        """The row naming ``name`` ("Japan's Kyodo news agency" → Kyodo), or None."""
        for key in _keys(name):
            if _is_acronym(key):
                row = self._acronyms.get(key.replace(".", ""))
            else:
                row = self._names.get(normalize(key))
            if row is not None:
                return row
        return None


_INITIAL_DOT = re.compile(r"\b(\w)\.")


def normalize(name: str) -> str:
    """Case, accents, punctuation and a leading "the" do not tell actors apart."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("'s ", " ")
    text = _INITIAL_DOT.sub(r"\1", text)  # "u.n. refugee agency" == "un refugee agency"
    text = " ".join(_PUNCT.sub(" ", text).split())
    return text[4:] if text.startswith("the ") else text


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "").replace("/", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalnum()


def _keys(name: str) -> list[str]:
    """Ways of reading a name: as written, without its owner or generic noun, its acronym."""
    name = " ".join(name.split()).strip(" ,.;:")
    keys = [name]
    owner = re.match(r"^(?:the\s+)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+(.+)$", name)
    if owner:
        keys.append(owner[1])  # "Japan's Kyodo news agency"
    for key in list(keys):
        base = _GENERIC.sub("", normalize(key)).strip()
        if base and base != normalize(key):
            keys.append(base)
    keys += _ACRONYM_IN.findall(name)
    without = _ACRONYM_IN.sub("", name).strip()
    if without != name:
        keys.append(without)
    keys += [w for w in name.split() if _is_acronym(w.strip(",.;:()"))]
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


def seat_of(actor: Actor, *, outlet: bool = False) -> Seat:
    """Where ``actor`` sits, with the precision and the reason.

    Args:
        actor: a claim's normalised source (or an outlet, as ``Actor(name, kind="outlet")``).
        outlet: the actor is the channel of a claim; only media rows of the table match.
    """
    table = load_actors()
    for name in (actor.organisation, actor.name):
        row = table.find(name) if name else None
        if row is not None and (not outlet or row.kind in OUTLET_KINDS):
            return Seat(
                actor=actor.name,
                place_name=row.seat_name,
                lat=row.lat,
                lon=row.lon,
                precision="city",
                source=f"geo/actors.csv: {row.source}",
                reason=f"{row.name} ({row.kind.replace('_', ' ')}) has its seat in {row.seat_name}",
            )
    code = actor.country_code
    if code and actor.kind in ("government", "country"):
        return _capital(actor, code, "city", f"the government of {code} sits in its capital")
    if code and actor.kind == "organisation" and _GOVERNMENT_BODY.search(actor.name.lower()):
        return _capital(actor, code, "city", f"a government body of {code} sits in its capital")
    if code and actor.kind == "person" and actor.role in GOVERNMENT_ROLES:
        return _capital(actor, code, "city", f"a {actor.role} of {code} speaks for its government")
    if code:
        return _capital(actor, code, "country", f"no seat known; {code}'s capital stands for it")
    return Seat(
        actor=actor.name,
        place_name=None,
        lat=None,
        lon=None,
        precision="unplaced",
        source="",
        reason=f"{actor.name!r} is not in the actors table and has no known country",
    )


def _capital(actor: Actor, code: str, precision: SeatPrecision, reason: str) -> Seat:
    from claimmap.gazetteer import default_gazetteer

    capital = default_gazetteer().capital(code)
    if capital is None:
        return Seat(actor.name, None, None, None, "unplaced", "", f"no capital known for {code}")
    return Seat(
        actor=actor.name,
        place_name=capital.name,
        lat=capital.lat,
        lon=capital.lon,
        precision=precision,
        source=f"gazetteer capital of {code} ({capital.source_id})",
        reason=reason,
    )
