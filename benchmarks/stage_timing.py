"""Timing shared by the benchmarks: best-of-N wall time of rivals run in turn, and each
pipeline stage over fresh parses (parsing not counted), so bench_pipeline, claims_eval and
routes_eval measure the stages one way.

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


def interleaved_best(repeat: int, fns: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The fastest of ``repeat`` runs of each of ``fns``, run in turn within each round
    (A, B, C, A, B, C …), so a slow spell of a shared machine falls on all of them rather
    than on whichever ran during it: a ratio of two timings is only as good as that."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def stage_seconds(texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Seconds per article of the places, claims and routes stages (parsing not counted).

    Each run parses every text afresh (not timed) and times the three stages one after the
    other on each parse, as the pipeline runs them: a parse read twice would keep what the
    stages cache on it (its text, token columns, entity index) and flatter the second read.
    A warm-up run fills the gazetteer pages, fuzzy index and model caches first. The best
    run of each stage is kept. "routes" is movements plus the route graph.
    """
    from claimmap.claims import extract_claims
    from claimmap.documents import from_text
    from claimmap.nlp import load_nlp
    from claimmap.places import extract_places
    from claimmap.routes import build_routes, extract_movements

    nlp = load_nlp()
    docs = [from_text(t, doc_id=f"bench-{i}") for i, t in enumerate(texts)]

    def one_run() -> tuple[float, float, float]:
        parses = list(nlp.pipe([d.text for d in docs], batch_size=BATCH_SIZE))
        spent = [0.0, 0.0, 0.0]
        for d, p in zip(docs, parses, strict=True):
            start = time.perf_counter()
            found = extract_places(d, p)[0]
            placed = time.perf_counter()
            claims = extract_claims(d, p, found)
            claimed = time.perf_counter()
            build_routes(d, extract_movements(d, p, found, claims), found, claims)
            spent[0] += placed - start
            spent[1] += claimed - placed
            spent[2] += time.perf_counter() - claimed
        return spent[0], spent[1], spent[2]

    one_run()  # warm-up
    runs = [one_run() for _ in range(repeat)]
    n = len(docs)
    return {
        "docs": n,
        "places": min(r[0] for r in runs) / n,
        "claims": min(r[1] for r in runs) / n,
        "routes": min(r[2] for r in runs) / n,
    }
