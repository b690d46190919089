"""How the stages after parsing scale with the length of one article, as a ratio in one run.

A long input (a report, a transcript pasted as one document) must cost time in proportion
to its length: a rule that walks the whole text for every candidate makes the kit
quadratic, which the per-article benchmarks, on short news, cannot show (a 1.9 M-character
file took 15 minutes before two such loops were removed).

Setup (not timed): the GeoVirus articles from ../shared/data/eval joined into one text of
``--chars`` and of 4 × ``--chars`` characters, each parsed once. Timed (best of
``--repeat``): :func:`claimmap.analyze` on the parsed documents (places, claims,
movements, routes). Prints ms per 1,000 characters for both lengths and their ratio
(≈ 1 when linear; 4 would mean quadratic).

    .venv/bin/python benchmarks/bench_long.py [--chars 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import claimmap
from claimmap.documents import from_text
from claimmap.nlp import parse

REPO = Path(__file__).resolve().parent.parent
TEXTS = REPO.parent / "shared" / "data" / "eval" / "geoparse_geovirus.jsonl"


def joined_text(chars: int) -> str:
    """The corpus' articles joined by blank lines, repeated or cut to ``chars``."""
    with TEXTS.open(encoding="utf-8") as f:
        articles = [json.loads(line)["text"] for line in f if line.strip()]
    text = "\n\n".join(articles)
    while len(text) < chars:
        text = f"{text}\n\n{text}"
    return text[:chars]


def ms_per_kchar(chars: int, repeat: int) -> float:
    doc = from_text(joined_text(chars), doc_id=f"long-{chars}")
    parse(doc)  # cached: only the stages after parsing are timed
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        claimmap.analyze(doc)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / (chars / 1000)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    short = ms_per_kchar(args.chars, args.repeat)
    long = ms_per_kchar(4 * args.chars, args.repeat)
    print(f"{args.chars:>9,} chars: {short:6.2f} ms per 1,000 chars (stages after parsing)")
    print(f"{4 * args.chars:>9,} chars: {long:6.2f} ms per 1,000 chars")
    print(f"ratio long/short per char: {long / short:.2f}  (1 = linear, 4 = quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
