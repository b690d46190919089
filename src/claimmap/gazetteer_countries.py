"""The gazetteer's answers about countries: ISO codes, capitals, admin-1 seats, demonyms,
directional areas ("northern Iraq") and polygons.

Why a module of its own: :mod:`claimmap.gazetteer` turns written names into ranked
candidates; these answers start from a code or an entry instead of a name, and they carry
their own caches and the geometry loading. :class:`CountryQueries` is mixed into
:class:`claimmap.gazetteer.Gazetteer`, which supplies the SQLite access (``_rows``,
``_row``, ``_id_of``). The selected columns and the bounded cache helper are here because
both halves use them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from claimmap import gazetteer_areas as areas
from claimmap import gazetteer_rank as ranking
from claimmap.gazetteer_query import MAX_NAME_CHARS
from claimmap.model import Candidate
from claimmap.names import normalize_name

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

#: the entry columns every query selects, in :meth:`claimmap.gazetteer_rank.Row.of` order
COLUMNS = (
    "e.id, e.source_id, e.name, e.kind, e.country_code, e.admin1, e.lat5, e.lon5, "
    "e.population, e.geonameid, e.flags, e.has_geometry"
)


CACHED = 50_000


def remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Keep ``value``; start afresh past CACHED names so a long batch stays bounded."""
    if len(cache) >= CACHED:
        cache.clear()
    cache[key] = value


class CountryQueries:
    """Countries, capitals, seats, demonyms, areas and polygons of a :class:`Gazetteer`."""

    _seats: dict[str, Candidate | None]
    _answers: dict[tuple[str, str], object]

    if TYPE_CHECKING:  # supplied by claimmap.gazetteer.Gazetteer

        def _rows(self, sql: str, args: tuple[object, ...]) -> list[tuple[object, ...]]: ...

        def _row(self, entry_id: int) -> ranking.Row | None: ...

        def _id_of(self, source_id: str) -> int | None: ...

    def country(self, code: str) -> Candidate | None:
        """The country entry for an ISO alpha-2 code ("SY"), or None."""
        if not isinstance(code, str):
            return None
        key = ("country", code.strip().upper())
        if key not in self._answers:
            rows = self._rows(
                f"SELECT {COLUMNS} FROM countries c JOIN entries e ON e.id = c.entry_id "
                "WHERE c.code = ?",
                (key[1],),
            )
            row = ranking.Row.of(rows[0]) if rows else None
            found = ranking.candidate(row, row.name, 1.0, ("ISO 3166 code",)) if row else None
            remember(self._answers, key, found)
        return cast("Candidate | None", self._answers[key])

    def capital(self, country_code: str) -> Candidate | None:
        """The capital city of a country (GeoNames countries.json / Natural Earth adm0cap)."""
        if not isinstance(country_code, str):
            return None
        rows = self._rows(
            "SELECT capital_id FROM countries WHERE code = ?", (country_code.strip().upper(),)
        )
        if not rows or rows[0][0] is None:
            return None
        row = self._row(int(str(rows[0][0])))
        return ranking.candidate(row, row.name, 1.0, ("capital",)) if row else None

    def admin1_seat(self, admin1: str) -> Candidate | None:
        """The seat of a first-level subdivision ("US.TX" → Austin): its most populous city
        GeoNames marks as an admin-1 seat, or None where the gazetteer does not tell."""
        if not isinstance(admin1, str) or not admin1:
            return None
        if admin1 not in self._seats:
            rows = self._rows(
                "SELECT id FROM entries WHERE kind = 'city' AND admin1 = ? AND flags & ? "
                "ORDER BY population DESC LIMIT 1",
                (admin1, ranking.FLAG_ADMIN_SEAT),
            )
            row = self._row(int(str(rows[0][0]))) if rows else None
            seat = ranking.candidate(row, row.name, 1.0, ("admin-1 seat",)) if row else None
            self._seats[admin1] = seat
        return self._seats[admin1]

    def country_of_demonym(self, word: str) -> str | None:
        """ISO code of the country an adjective or demonym names: "Syrian" → "SY".

        Plurals ("Syrians", "Turks") are accepted; forms shared by two countries
        ("Congolese") go to the more populous one.
        """
        if not isinstance(word, str) or len(word) > MAX_NAME_CHARS:
            return None
        norm = normalize_name(word)
        answer = ("demonym", norm)
        if answer not in self._answers:
            remember(self._answers, answer, self._demonym_country(norm))
        return cast("str | None", self._answers[answer])

    def _demonym_country(self, norm: str) -> str | None:
        for key in (norm, norm[:-1] if norm.endswith("s") else None):
            if key:
                rows = self._rows("SELECT country_code FROM demonyms WHERE norm = ?", (key,))
                if rows:
                    return str(rows[0][0])
        return None

    def directional_area(self, direction: str, country_code: str) -> Candidate | None:
        """The "northern"/"south-east"/"central"... part of a country, as kind ``area``.

        The rule is in ``claimmap.gazetteer_areas``: the part of the country's core polygon beyond
        its centroid latitude and/or longitude.
        """
        canon = areas.canonical_direction(direction) if isinstance(direction, str) else None
        country = self.country(country_code) if canon else None
        if canon is None or country is None or country.country_code is None:
            return None
        shape = self._area_geometry(canon, country.country_code)
        if shape is None:
            return None
        _, (lat, lon) = shape
        return Candidate(
            source_id=f"area:{canon}:{country.country_code}",
            name=f"{areas.ADJECTIVES[canon]} {country.name}",
            matched_name=f"{areas.ADJECTIVES[canon]} {country.name}",
            kind="area",
            country_code=country.country_code,
            admin1=None,
            lat=lat,
            lon=lon,
            has_geometry=True,
            score=1.0,
            why=(f"{canon} of {country.name}: {areas.RULE}",),
        )

    @lru_cache(maxsize=256)  # noqa: B019 - the gazetteer lives as long as the process
    def _area_geometry(
        self, direction: str, code: str
    ) -> tuple[BaseGeometry, tuple[float, float]] | None:
        country = self.geometry(f"country:{code}")
        return areas.clip(country, direction) if country is not None else None

    def geometry(self, source_id: str) -> BaseGeometry | None:
        """The polygon of a country, disputed area, region or area; None for points."""
        if not isinstance(source_id, str):
            return None
        if source_id.startswith("area:"):
            direction, _, code = source_id[5:].partition(":")
            canon = areas.canonical_direction(direction)
            shape = self._area_geometry(canon, code.upper()) if canon else None
            return shape[0] if shape else None
        entry_id = self._id_of(source_id)
        return _load_geometry(self, entry_id) if entry_id is not None else None

    def _wkb(self, entry_id: int) -> bytes | None:
        rows = self._rows("SELECT wkb FROM geometries WHERE entry_id = ?", (entry_id,))
        return bytes(rows[0][0]) if rows and isinstance(rows[0][0], bytes) else None


@lru_cache(maxsize=512)
def _load_geometry(gaz: CountryQueries, entry_id: int) -> BaseGeometry | None:
    import shapely

    wkb = gaz._wkb(entry_id)
    return shapely.from_wkb(wkb) if wkb is not None else None
