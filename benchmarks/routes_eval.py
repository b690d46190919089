"""Score ``claimmap routes --jsonl`` on M2E2 movement events, and time the later stages.

Accuracy: runs the CLI exactly as a user would on ``../shared/data/eval/routes_m2e2.jsonl``
(VOA sentences, Movement:Transport events) and scores it with the shared
``../shared/eval/score_routes.py`` (slot F1 with overlap matching). Targets: origin and
destination F1 ≥ 0.70; the floor of "from X to Y" patterns is 0.09 / 0.28.

Throughput: setup (not timed) parses the GeoVirus articles once and finds their places;
timed, best of ``--repeat``: the geoparser (:func:`extract_places`), the claims stage and
the routes stage (:func:`extract_movements` + :func:`build_routes`) over the same parses.
Target: claims + routes add at most 50 % to the geoparser's time per article.

    .venv/bin/python benchmarks/routes_eval.py [--markdown] [--limit N] [--repeat R]
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
GOLD = SHARED / "data" / "eval" / "routes_m2e2.jsonl"
TEXTS = SHARED / "data" / "eval" / "geoparse_geovirus.jsonl"
SCORER = SHARED / "eval" / "score_routes.py"

log = logging.getLogger("routes_eval")


def run_routes(gold: Path, out: Path) -> float:
    """Run the CLI on ``gold`` (its id/text fields) and return the wall time in seconds."""
    cmd = [sys.executable, "-m", "claimmap.cli", "routes", "--jsonl", str(gold), str(out)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO)
    return time.perf_counter() - start


def score(gold: Path, pred: Path) -> tuple[dict[str, float], str]:
    """Run the shared scorer; return its summary numbers and its full table."""
    cmd = [sys.executable, str(SCORER), str(gold), str(pred)]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=SCORER.parent)
    lines = res.stdout.strip().splitlines()
    summary = {k: float(v) for k, v in (item.split("=") for item in lines[-1].split())}
    for line in lines[: lines.index("== ALL ==") + 12] if "== ALL ==" in lines else []:
        words = line.split()  # "origin exact P R F1 (pred/gold)": the exact-span F1 too
        if (
            len(words) >= 5
            and words[1] == "exact"
            and words[0] in ("origin", "destination", "mover")
        ):
            summary.setdefault(f"{words[0]}_exact_F1", float(words[4]))
    return summary, res.stdout


def throughput(limit: int, repeat: int) -> dict[str, float]:
    """Seconds per article of each stage over the same parses (parsing not counted)."""
    return stage_seconds(read_texts(TEXTS, limit), repeat)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--limit", type=int, default=100, help="GeoVirus articles to time")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="keep the predictions in this directory")
    ap.add_argument("--full", action="store_true", help="also print the scorer's table")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        pred = workdir / "routes_m2e2.pred.jsonl"
        seconds = run_routes(GOLD, pred)
        summary, full = score(GOLD, pred)
    if args.full:
        log.info(full)
    t = throughput(args.limit, args.repeat)
    added = (t["claims"] + t["routes"]) / t["places"]
    cols = ("origin_F1", "destination_F1", "mover_F1", "full_movement_acc")
    if args.markdown:
        log.info("| corpus | %s | CLI seconds |", " | ".join(cols))
        log.info("| --- |%s --- |", " --- |" * len(cols))
        log.info("| M2E2 (174 sentences) | %s | %.1f |",
                 " | ".join(f"{summary[c]:.3f}" for c in cols), seconds)  # fmt: skip
        exact = [summary.get(f"{c.split('_')[0]}_exact_F1") for c in cols[:3]]
        log.info(
            "| M2E2, exact span | %s | | |", " | ".join(f"{x:.3f}" for x in exact if x is not None)
        )
        log.info("")
        log.info("| stage (GeoVirus, %d articles) | ms / article |", t["docs"])
        log.info("| --- | --- |")
        for stage in ("places", "claims", "routes"):
            log.info("| %s | %.1f |", stage, 1000 * t[stage])
        log.info("| (claims + routes) / places | %.0f %% |", 100 * added)
    else:
        log.info("M2E2: %s  (%.1f s)", "  ".join(f"{c}={summary[c]:.3f}" for c in cols), seconds)
        log.info("M2E2 exact span: %s", "  ".join(
            f"{k}={v:.3f}" for k, v in summary.items() if k.endswith("_exact_F1")))  # fmt: skip
        log.info(
            "per article (GeoVirus, %d): places %.1f ms, claims %.1f ms, routes %.1f ms; "
            "(claims + routes) / places = %.0f %%",
            t["docs"], 1000 * t["places"], 1000 * t["claims"], 1000 * t["routes"], 100 * added,
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
