"""Score ``claimmap claims --jsonl`` on PolNeAR (../shared/data/eval/claims_polnear_dev.jsonl).

Runs the CLI exactly as a user would, then the shared scorer
(``../shared/eval/score_claims.py``), and prints its table and summary. PolNeAR counts
beliefs and intentions as claims too, and annotates only the outermost attribution of a
nested one. Then times the claims stage against the geoparser on the same parses.

    .venv/bin/python benchmarks/claims_eval.py [--keep DIR] [--no-timing]
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = SHARED / "data" / "eval" / "claims_polnear_dev.jsonl"
SCORER = SHARED / "eval" / "score_claims.py"

log = logging.getLogger("claims_eval")


def run_cli(gold: Path, out: Path) -> float:
    """``claimmap claims --jsonl GOLD OUT``; returns the wall time in seconds."""
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "claimmap.cli", "claims", "--jsonl", str(gold), str(out)]
    subprocess.run(cmd, check=True, cwd=REPO)
    return time.perf_counter() - start


def score(gold: Path, pred: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred)],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def stage_times(gold: Path, repeat: int = 5) -> dict[str, float]:
    """Milliseconds per article of places and claims over the same parses (best of N)."""
    from claimmap.claims import extract_claims
    from claimmap.documents import from_text
    from claimmap.nlp import load_nlp
    from claimmap.places import extract_places

    with gold.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    docs = [from_text(r["text"], doc_id=r["id"]) for r in rows]
    parses = list(load_nlp().pipe([d.text for d in docs], batch_size=32))
    places = [extract_places(d, p)[0] for d, p in zip(docs, parses, strict=True)]
    extract_claims(docs[0], parses[0], places[0])  # warm caches
    out = {}
    for name, fn in (
        ("places", lambda: [extract_places(d, p) for d, p in zip(docs, parses, strict=True)]),
        (
            "claims",
            lambda: [
                extract_claims(d, p, pl) for d, p, pl in zip(docs, parses, places, strict=True)
            ],
        ),
    ):
        best = min(_timed(fn) for _ in range(repeat))
        out[name] = 1000 * best / len(docs)
    return out


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--keep", type=Path, help="keep the predictions in this directory")
    ap.add_argument("--no-timing", action="store_true", help="skip the per-stage timing")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        pred = workdir / "claims_pred.jsonl"
        seconds = run_cli(args.gold, pred)
        print(score(args.gold, pred), end="")
        print(f"CLI wall time: {seconds:.1f} s")
    if not args.no_timing:
        ms = stage_times(args.gold)
        print(
            f"ms/article on the same parses: places {ms['places']:.2f}, claims {ms['claims']:.2f}"
            f" (claims/places {100 * ms['claims'] / ms['places']:.0f} %)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
