"""Score ``claimmap claims --jsonl`` on PolNeAR (../shared/data/eval/claims_polnear_dev.jsonl).

Runs the CLI exactly as a user would, then the shared scorer
(``../shared/eval/score_claims.py``), and prints its table and summary. PolNeAR counts
beliefs and intentions as claims too, and annotates only the outermost attribution of a
nested one. Then times the claims stage against the geoparser on the same parses.

    .venv/bin/python benchmarks/claims_eval.py [--keep DIR] [--no-timing]
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stage_timing import read_texts, stage_seconds

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
    seconds = stage_seconds(read_texts(gold), repeat)
    return {stage: 1000 * seconds[stage] for stage in ("places", "claims")}


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
