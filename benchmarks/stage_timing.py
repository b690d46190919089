"""Timing shared by the benchmarks: best-of-N wall time, and each pipeline stage over the
same parses (parsing not counted), so bench_pipeline, claims_eval and routes_eval measure
the stages one way.

Benchmarks run as scripts (``python benchmarks/X.py``), so this sibling imports directly.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

BATCH_SIZE = 32


def read_texts(path: Path, limit: int | None = None) -> list[str]:
    """The ``text`` of each row of a JSONL corpus, the first ``limit`` if given."""
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds (the least disturbed run)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def stage_seconds(texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Seconds per article of the places, claims and routes stages over the same parses.

    Setup (not timed): parse every text once, run each stage once to warm the gazetteer
    pages, fuzzy index and model caches. "routes" is movements plus the route graph.
    """
    from claimmap.claims import extract_claims
    from claimmap.documents import from_text
    from claimmap.nlp import load_nlp
    from claimmap.places import extract_places
    from claimmap.routes import build_routes, extract_movements

    docs = [from_text(t, doc_id=f"bench-{i}") for i, t in enumerate(texts)]
    parses = list(load_nlp().pipe([d.text for d in docs], batch_size=BATCH_SIZE))
    found = [extract_places(d, p)[0] for d, p in zip(docs, parses, strict=True)]
    claims = [extract_claims(d, p, pl) for d, p, pl in zip(docs, parses, found, strict=True)]

    def places() -> None:
        for d, p in zip(docs, parses, strict=True):
            extract_places(d, p)

    def claim_stage() -> None:
        for d, p, pl in zip(docs, parses, found, strict=True):
            extract_claims(d, p, pl)

    def route_stage() -> None:
        for d, p, pl, cl in zip(docs, parses, found, claims, strict=True):
            build_routes(d, extract_movements(d, p, pl, cl), pl, cl)

    n = len(docs)
    return {
        "docs": n,
        "places": best_of(repeat, places) / n,
        "claims": best_of(repeat, claim_stage) / n,
        "routes": best_of(repeat, route_stage) / n,
    }
