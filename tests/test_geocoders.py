"""Online geocoders against a fake service on 127.0.0.1: good answers, errors, slow answers
and garbage. Nothing here touches the network."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from claimmap.errors import GeocoderError
from claimmap.geocoders import (
    Geocoder,
    OfflineGeocoder,
    OnlineGeocoder,
    OnlineOptions,
    get_geocoder,
    nominatim_candidate,
)

BAKU = {
    "place_id": 1,
    "osm_type": "relation",
    "osm_id": 8571426,
    "lat": "40.3755885",
    "lon": "49.8328009",
    "display_name": "Baku, Azerbaijan",
    "name": "Baku",
    "place_rank": 16,
    "addresstype": "city",
    "address": {"city": "Baku", "country": "Azerbaijan", "country_code": "az"},
}
PHOTON_BAKU = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [49.8328009, 40.3755885]},
            "properties": {
                "osm_id": 8571426,
                "osm_type": "R",
                "name": "Baku",
                "countrycode": "AZ",
                "type": "city",
            },
        }
    ],
}


class FakeService(BaseHTTPRequestHandler):
    """Answers by query: normal names get Baku; magic names misbehave."""

    hits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        url = urlparse(self.path)
        q = parse_qs(url.query).get("q", [""])[0]
        FakeService.hits[q] = FakeService.hits.get(q, 0) + 1
        if q == "slow":
            time.sleep(1.0)
            return self._send(200, json.dumps([BAKU]))
        if q == "ratelimited":
            return self._send(429, "too many", {"Retry-After": "0"})
        if q == "forbidden":
            return self._send(403, "<html>forbidden</html>")
        if q == "garbage":
            return self._send(200, "<html>definitely not json")
        if q == "wrongshape":
            return self._send(200, json.dumps([{"lat": "ninety", "lon": None}]))
        if q == "flaky" and FakeService.hits[q] == 1:
            return self._send(503, "busy")
        if q == "nowhere":
            return self._send(200, "[]" if url.path.startswith("/search") else '{"features":[]}')
        if url.path.startswith("/api"):
            return self._send(200, json.dumps(PHOTON_BAKU))
        return self._send(200, json.dumps([BAKU]))

    def _send(self, code: int, body: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    """The slow answer is written after the client gave up: that broken pipe is expected."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), FakeService)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    FakeService.hits.clear()


def online(service: str, domain: str, tmp_path: Path, **kw: Any) -> OnlineGeocoder:
    options = OnlineOptions(
        domain=domain,
        scheme="http",
        timeout=kw.pop("timeout", 2.0),
        min_delay_seconds=0.0,
        max_retries=kw.pop("max_retries", 2),
        backoff_seconds=0.01,
        cache_path=tmp_path / "cache.sqlite",
        proxies={},
    )
    waits: list[float] = []
    geocoder = OnlineGeocoder(service, options, sleep=waits.append)
    geocoder.waits = waits  # type: ignore[attr-defined]
    return geocoder


def test_offline_is_the_default() -> None:
    geocoder = get_geocoder()
    assert isinstance(geocoder, OfflineGeocoder) and isinstance(geocoder, Geocoder)
    best = geocoder.geocode("Baku", limit=1)[0]
    assert best.source_id == "gn:587084"


def test_nominatim_good_answer_and_cache(server: str, tmp_path: Path) -> None:
    geo = online("nominatim", server, tmp_path)
    first = geo.geocode("Baku")
    assert [(c.name, c.country_code, c.kind) for c in first] == [("Baku", "AZ", "city")]
    assert first[0].source_id == "nominatim:relation/8571426"
    assert abs(first[0].lat - 40.3756) < 1e-3 and abs(first[0].lon - 49.8328) < 1e-3
    again = geo.geocode("Baku")
    assert again == first
    assert FakeService.hits["Baku"] == 1 and geo.requests == 1
    # a new geocoder on the same cache file does not ask again
    fresh = online("nominatim", server, tmp_path)
    assert fresh.geocode("Baku") == first and FakeService.hits["Baku"] == 1


def test_photon_backend(server: str, tmp_path: Path) -> None:
    geo = online("photon", server, tmp_path)
    best = geo.geocode("Baku")[0]
    assert (best.name, best.country_code, best.source_id) == ("Baku", "AZ", "photon:R/8571426")


def test_empty_answer_is_cached_not_a_fallback(server: str, tmp_path: Path) -> None:
    geo = online("nominatim", server, tmp_path)
    assert geo.geocode("nowhere") == []
    assert geo.geocode("nowhere") == [] and FakeService.hits["nowhere"] == 1


def test_retry_with_backoff_then_success(server: str, tmp_path: Path) -> None:
    geo = online("nominatim", server, tmp_path)
    best = geo.geocode("flaky")[0]
    assert best.name == "Baku" and FakeService.hits["flaky"] == 2
    assert geo.waits == [0.01]  # type: ignore[attr-defined]


@pytest.mark.parametrize("query", ["ratelimited", "forbidden", "garbage", "wrongshape"])
def test_errors_fall_back_to_offline(
    server: str, tmp_path: Path, query: str, caplog: pytest.LogCaptureFixture
) -> None:
    geo = online("nominatim", server, tmp_path)
    geo.fallback = _Recorder()
    assert geo.geocode(query) == []
    assert geo.fallback.asked == [query]  # type: ignore[attr-defined]
    assert "nominatim failed" in caplog.text
    assert len(geo.cache) == 0  # failures are not cached


def test_rate_limit_retries_with_growing_waits(server: str, tmp_path: Path) -> None:
    geo = online("nominatim", server, tmp_path, max_retries=3)
    geo.fallback = _Recorder()
    geo.geocode("ratelimited")
    assert FakeService.hits["ratelimited"] == 4
    assert geo.waits == [0.01, 0.02, 0.04]  # type: ignore[attr-defined]


def test_forbidden_is_not_retried(server: str, tmp_path: Path) -> None:
    geo = online("nominatim", server, tmp_path)
    geo.fallback = _Recorder()
    geo.geocode("forbidden")
    assert FakeService.hits["forbidden"] == 1


def test_slow_answer_times_out_and_falls_back(server: str, tmp_path: Path) -> None:
    geo = online("nominatim", server, tmp_path, timeout=0.2, max_retries=0)
    start = time.perf_counter()
    best = geo.geocode("slow")
    assert time.perf_counter() - start < 0.9
    assert best == []  # offline gazetteer: "slow" is no place


def test_network_down_falls_back_to_offline(tmp_path: Path) -> None:
    geo = online("nominatim", "127.0.0.1:9", tmp_path, max_retries=1)  # discard port: closed
    best = geo.geocode("Baku")[0]
    assert best.source_id == "gn:587084"  # the offline answer


def test_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown online geocoder"):
        OnlineGeocoder("google", OnlineOptions(cache_path=tmp_path / "c.sqlite"))
    with pytest.raises(ValueError, match="scheme"):
        OnlineOptions(scheme="ftp")
    with pytest.raises(ValueError, match="no options"):
        get_geocoder("offline", timeout=3)
    geo = OnlineGeocoder("nominatim", OnlineOptions(cache_path=tmp_path / "c.sqlite"))
    assert geo.geocode("   ") == []
    with pytest.raises(ValueError):
        geo.geocode(None)  # type: ignore[arg-type]


def test_malformed_record_raises_geocoder_error() -> None:
    with pytest.raises(GeocoderError):
        nominatim_candidate({"lat": "123", "lon": "0", "display_name": "x"})


class _Recorder:
    name = "recorder"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Any]:
        self.asked.append(query)
        return []
