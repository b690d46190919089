"""Cost of the static reports: seconds and megabytes per article, as ratios in one run.

Setup (not timed): pick ``--n`` articles from the GeoVirus corpus in
``../shared/data/eval/geoparse_geovirus.jsonl`` (seeded choice), plus the seed article.

Measured:

* ``kernel floor`` — papermill running a one-cell notebook: kernel start and stop, the
  least any notebook-based report can cost per article; ``loaded floor`` — the same cell
  importing claimmap and analysing one sentence (spaCy and gazetteer loaded per kernel);
* ``views`` — in-process, per article: analyse, render the route map page and the three
  figures to HTML (what the report shows, without a kernel);
* ``report`` — ``build_reports`` per article (papermill + nbconvert), its ratio to the
  loaded floor (what the views, plotly.js and nbconvert add), and the page size (≤ 8 MB).

    .venv/bin/python benchmarks/bench_report.py [--n 5] [--seed 7] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
CORPUS = REPO.parent / "shared" / "data" / "eval" / "geoparse_geovirus.jsonl"
SEED = REPO / "seeds" / "000_970ebeb8bf9b266c.txt"

import claimmap  # noqa: E402
from claimmap import figures, maps  # noqa: E402
from claimmap.model import Document  # noqa: E402
from claimmap.report import MAX_REPORT_BYTES, build_reports  # noqa: E402

LOADED = "import claimmap\nclaimmap.analyze(claimmap.documents.from_text('Troops left Aleppo.'))"


def pick(n: int, seed: int) -> list[Document]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    chosen = random.Random(seed).sample(rows, min(n, len(rows)))
    docs = [claimmap.documents.from_text(r["text"], doc_id=r["id"]) for r in chosen]
    return [claimmap.load(SEED), *docs]


def kernel_floor(tmp: Path, code: str = "1") -> float:
    import nbformat
    import papermill

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell(code)]
    path = tmp / "floor.ipynb"
    nbformat.write(nb, path)
    runs = []
    for _ in range(2):
        started = time.perf_counter()
        papermill.execute_notebook(str(path), None, kernel_name="python3", progress_bar=False)
        runs.append(time.perf_counter() - started)
    return min(runs)


def views(docs: list[Document]) -> float:
    started = time.perf_counter()
    for doc in docs:
        analysis = claimmap.analyze(doc)
        maps.route_map(analysis).get_root().render()
        for build in (figures.claims_timeline, figures.route_flow, figures.legs_table):
            figures.to_html(build(analysis), include_plotlyjs=False)
    return (time.perf_counter() - started) / len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5, help="GeoVirus articles besides the seed")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    docs = pick(args.n, args.seed)
    claimmap.analyze(docs[0])  # load spaCy and the gazetteer outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        floor = kernel_floor(Path(tmp))
        loaded = kernel_floor(Path(tmp), LOADED)
        per_view = views(docs)
        started = time.perf_counter()
        index = build_reports(docs, Path(tmp) / "reports", progress=False)
        per_report = (time.perf_counter() - started) / len(docs)
        sizes = [p.stat().st_size for p in index.parent.glob("*.html") if p.name != "index.html"]
    rows = [
        ("articles", f"{len(docs)} (seed + {len(docs) - 1} GeoVirus)"),
        ("kernel floor, s", f"{floor:.2f}"),
        ("loaded floor (claimmap + spaCy), s", f"{loaded:.2f}"),
        ("views in-process, s / article", f"{per_view:.2f}"),
        ("report, s / article", f"{per_report:.2f}"),
        ("report / loaded floor", f"{per_report / loaded:.2f}×"),
        (
            "page size, MB (median, max)",
            f"{statistics.median(sizes) / 1e6:.2f}, "
            f"{max(sizes) / 1e6:.2f} (limit {MAX_REPORT_BYTES / 2**20:.0f} MiB)",
        ),
    ]
    if args.markdown:
        print("| measure | value |\n| --- | --- |")
        print("\n".join(f"| {k} | {v} |" for k, v in rows))
    else:
        print("\n".join(f"{k:32s} {v}" for k, v in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
