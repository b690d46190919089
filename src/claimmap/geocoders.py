"""Geocoders behind one protocol: the offline gazetteer by default, online services opt-in.

Online geocoding is never used unless asked for (``get_geocoder("nominatim", ...)``).
When it is, every answer goes through a SQLite cache under ``claimmap.config.cache_dir()``,
calls are spaced by geopy's ``RateLimiter``, time out, are retried with exponential back-off
on timeouts, 5xx and 429 (honouring ``Retry-After``), and any failure — network down,
403, 429 after the retries, an answer that is not the expected JSON — falls back to the
offline gazetteer with a warning. geopy is imported only when an online geocoder is built.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from claimmap.config import cache_dir
from claimmap.errors import GeocoderError
from claimmap.model import Candidate, PlaceKind

log = logging.getLogger(__name__)

USER_AGENT = "claimmap/0.1 (offline-first news geoparser; https://github.com/claimmap)"
SERVICES = ("offline", "nominatim", "photon")


@runtime_checkable
class Geocoder(Protocol):
    """Anything that turns a place name into ranked candidates."""

    @property
    def name(self) -> str: ...

    def geocode(
        self, query: str, *, country: str | None = None, limit: int = 5
    ) -> list[Candidate]: ...


@dataclass(frozen=True)
class OfflineGeocoder:
    """The shipped gazetteer (the default; needs no network)."""

    name: str = "offline"

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Candidate]:
        from claimmap.gazetteer import default_gazetteer

        return default_gazetteer().lookup(query, country=country, limit=limit)


@dataclass(frozen=True)
class OnlineOptions:
    """Settings of an online geocoder; keyword-only, validated on creation."""

    domain: str | None = None  # None: the service's public host
    scheme: str = "https"
    user_agent: str = USER_AGENT
    timeout: float = 5.0
    min_delay_seconds: float = 1.0  # Nominatim's usage policy: at most 1 request a second
    max_retries: int = 2
    backoff_seconds: float = 2.0  # wait backoff * 2**attempt before retry `attempt`
    max_wait_seconds: float = 60.0  # never sleep longer than this for a Retry-After
    cache_path: Path | None = None  # None: cache_dir() / "geocoders.sqlite"
    proxies: dict[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # more geopy constructor arguments

    def __post_init__(self) -> None:
        if self.scheme not in ("http", "https"):
            raise ValueError(f"scheme must be 'http' or 'https', got {self.scheme!r}")
        if self.timeout <= 0 or self.min_delay_seconds < 0 or self.max_retries < 0:
            raise ValueError("timeout must be > 0, min_delay_seconds and max_retries >= 0")


class AnswerCache:
    """Answers of online services kept on disk (SQLite), keyed by service and query."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers(key TEXT PRIMARY KEY, value TEXT NOT NULL, "
            "stored REAL NOT NULL)"
        )
        self._db.commit()

    def get(self, key: str) -> list[Candidate] | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return [_candidate_from_dict(d) for d in json.loads(row[0])]
        except (ValueError, TypeError, KeyError):
            log.warning("ignoring a corrupt cache entry in %s", self.path)
            return None

    def put(self, key: str, cands: list[Candidate]) -> None:
        from claimmap.model import to_dict

        value = json.dumps([to_dict(c) for c in cands], ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (key, value, time.time())
            )
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM answers").fetchone()[0])


def _candidate_from_dict(d: dict[str, Any]) -> Candidate:
    return Candidate(**{**d, "why": tuple(d.get("why", ()))})


class OnlineGeocoder:
    """A geopy service (Nominatim or Photon) with cache, rate limit, retries and fallback."""

    def __init__(
        self,
        service: str,
        options: OnlineOptions | None = None,
        *,
        fallback: Geocoder | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if service not in ("nominatim", "photon"):
            raise ValueError(f"unknown online geocoder {service!r}; use 'nominatim' or 'photon'")
        self.name = service
        self.options = options or OnlineOptions()
        self.fallback = fallback if fallback is not None else OfflineGeocoder()
        self.cache = AnswerCache(self.options.cache_path or cache_dir() / "geocoders.sqlite")
        self._sleep = sleep
        self._geocoder = _make_geopy(service, self.options)
        self._call = _rate_limited(self._geocoder.geocode, self.options.min_delay_seconds)
        #: How many HTTP calls were made (cache hits and fallbacks excluded).
        self.requests = 0

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Candidate]:
        """Candidates from the service; from the cache if asked before; offline on failure."""
        if not isinstance(query, str):
            raise ValueError(f"a place name must be a string, got {type(query).__name__}")
        if not query.strip():
            return []
        key = json.dumps(
            [self.name, self.options.domain, query.strip(), country, limit], ensure_ascii=False
        )
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        try:
            cands = self._ask(query.strip(), country, limit)
        except GeocoderError as exc:
            log.warning(
                "%s failed for %r (%s); using the %s geocoder",
                self.name,
                query,
                exc,
                self.fallback.name,
            )
            return self.fallback.geocode(query, country=country, limit=limit)
        self.cache.put(key, cands)
        return cands

    def _ask(self, query: str, country: str | None, limit: int) -> list[Candidate]:
        """One question to the service, retried; raises GeocoderError when it cannot answer."""
        from geopy import exc as gx

        kwargs: dict[str, Any] = {"exactly_one": False, "limit": limit}
        if self.name == "nominatim":
            kwargs["addressdetails"] = True
            if country:
                kwargs["country_codes"] = country.lower()
        last: Exception | None = None
        for attempt in range(self.options.max_retries + 1):
            if attempt:
                self._sleep(self._wait(attempt, last))
            self.requests += 1
            try:
                found = self._call(query, **kwargs)
            except (gx.GeocoderTimedOut, gx.GeocoderUnavailable, gx.GeocoderRateLimited) as exc:
                last = exc  # worth another try after a pause
                continue
            except gx.GeopyError as exc:  # 403, bad request, unparsable answer
                raise GeocoderError(f"{self.name}: {type(exc).__name__}: {exc}") from exc
            except (ValueError, TypeError, KeyError, AttributeError) as exc:  # garbage JSON
                raise GeocoderError(f"{self.name}: unexpected answer ({exc})") from exc
            return self._parse(found or [], country, limit)
        raise GeocoderError(
            f"{self.name}: gave up after {self.options.max_retries + 1} tries ({last})"
        )

    def _wait(self, attempt: int, last: Exception | None) -> float:
        wait = self.options.backoff_seconds * 2 ** (attempt - 1)
        retry_after = getattr(last, "retry_after", None)
        if isinstance(retry_after, int | float) and retry_after > wait:
            wait = float(retry_after)
        return min(wait, self.options.max_wait_seconds)

    def _parse(self, found: list[Any], country: str | None, limit: int) -> list[Candidate]:
        cands = []
        for rank, loc in enumerate(found):
            raw = getattr(loc, "raw", None)
            if not isinstance(raw, dict):
                raise GeocoderError(f"{self.name}: answer without a record")
            cand = (nominatim_candidate if self.name == "nominatim" else photon_candidate)(raw)
            if country and cand.country_code and cand.country_code != country.upper():
                continue
            score = round(max(0.05, 1.0 - 0.1 * rank), 4)
            cands.append(replace(cand, score=score, why=(*cand.why, f"rank {rank + 1}")))
        return cands[:limit]


def _make_geopy(service: str, options: OnlineOptions) -> Any:
    from geopy.adapters import RequestsAdapter
    from geopy.geocoders import Nominatim, Photon

    def adapter(*, proxies: Any, ssl_context: Any) -> RequestsAdapter:
        # No retries inside requests/urllib3 (it would retry 429s on its own): ours count.
        return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)

    kwargs: dict[str, Any] = {
        "scheme": options.scheme,
        "timeout": options.timeout,
        "user_agent": options.user_agent,
        "adapter_factory": adapter,
        **options.extra,
    }
    if options.domain:
        kwargs["domain"] = options.domain
    if options.proxies is not None:
        kwargs["proxies"] = options.proxies
    return (Nominatim if service == "nominatim" else Photon)(**kwargs)


def _rate_limited(func: Callable[..., Any], min_delay: float) -> Callable[..., Any]:
    """geopy's RateLimiter for spacing; retries are ours (with back-off), so none there."""
    from geopy.extra.rate_limiter import RateLimiter

    return RateLimiter(func, min_delay_seconds=min_delay, max_retries=0, swallow_exceptions=False)


def _coordinate(value: Any, bound: float) -> float:
    number = float(value)
    if not -bound <= number <= bound:
        raise GeocoderError(f"coordinate {number} out of range")
    return number


def _kind_from_rank(place_rank: int | None, addresstype: str) -> PlaceKind:
    if addresstype == "country" or (place_rank is not None and place_rank <= 4):
        return "country"
    if addresstype in ("state", "province", "region") or (
        place_rank is not None and place_rank <= 8
    ):
        return "admin1"
    if addresstype in ("city", "town", "village", "hamlet", "municipality", "suburb"):
        return "city"
    return "facility"


def nominatim_candidate(raw: dict[str, Any]) -> Candidate:
    """A Nominatim ``jsonv2``/``json`` record as a Candidate."""
    try:
        lat = _coordinate(raw["lat"], 90)
        lon = _coordinate(raw["lon"], 180)
        name = str(raw.get("name") or str(raw["display_name"]).split(",")[0])
        rank = int(raw["place_rank"]) if raw.get("place_rank") is not None else None
    except (KeyError, TypeError, ValueError) as exc:
        raise GeocoderError(f"nominatim: malformed record ({exc})") from exc
    address = raw.get("address")
    if not isinstance(address, dict):
        address = {}
    code = str(address.get("country_code") or "").upper() or None
    osm = f"{raw.get('osm_type', 'node')}/{raw.get('osm_id', raw.get('place_id', '?'))}"
    kind = _kind_from_rank(rank, str(raw.get("addresstype") or raw.get("type") or ""))
    return Candidate(
        source_id=f"nominatim:{osm}",
        name=name,
        matched_name=name,
        kind=kind,
        country_code=code,
        admin1=None,
        lat=lat,
        lon=lon,
        why=("online: nominatim", str(raw.get("display_name", ""))),
    )


def photon_candidate(raw: dict[str, Any]) -> Candidate:
    """A Photon GeoJSON feature as a Candidate."""
    try:
        lon, lat = raw["geometry"]["coordinates"][:2]
        props = raw["properties"]
        name = str(props["name"])
        lat, lon = _coordinate(lat, 90), _coordinate(lon, 180)
    except (KeyError, TypeError, ValueError) as exc:
        raise GeocoderError(f"photon: malformed record ({exc})") from exc
    code = str(props.get("countrycode") or "").upper() or None
    osm = f"{props.get('osm_type', 'N')}/{props.get('osm_id', '?')}"
    kind = _kind_from_rank(None, str(props.get("type") or props.get("osm_value") or ""))
    return Candidate(
        source_id=f"photon:{osm}",
        name=name,
        matched_name=name,
        kind=kind,
        country_code=code,
        admin1=None,
        lat=lat,
        lon=lon,
        why=("online: photon",),
    )


def get_geocoder(service: str = "offline", **options: Any) -> Geocoder:
    """The geocoder called ``service`` ("offline", "nominatim", "photon").

    >>> get_geocoder().name
    'offline'
    """
    if service == "offline":
        if options:
            raise ValueError(f"the offline geocoder takes no options, got {sorted(options)}")
        return OfflineGeocoder()
    fallback = options.pop("fallback", None)
    return OnlineGeocoder(service, OnlineOptions(**options), fallback=fallback)


__all__ = [
    "SERVICES",
    "AnswerCache",
    "Geocoder",
    "OfflineGeocoder",
    "OnlineGeocoder",
    "OnlineOptions",
    "get_geocoder",
    "nominatim_candidate",
    "photon_candidate",
]
