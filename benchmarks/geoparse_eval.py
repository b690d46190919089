"""Score ``claimmap geoparse --jsonl`` on the annotated news in ../shared/data/eval.

Runs the CLI exactly as a user would, then the shared scorer
(``../shared/eval/score_geoparse.py``) on its output, and prints one line per corpus:
recognition P/R/F1 (exact span and overlap) and, on the recognised toponyms, acc@161 km,
median and mean error and the AUC of the error curve (Gritta et al. 2018).

Corpora differ in what they call a toponym: GeoVirus annotates literal names only, so
demonyms ("Kenyan") and descriptive references ("the Kenyan capital") that the kit
maps for its own reports are dropped from the predictions before scoring it (when the CLI
rows carry a ``form``); GeoWebNews is scored on all its types and on ``--types core``.

    .venv/bin/python benchmarks/geoparse_eval.py [--markdown] [--keep DIR] [--in-process]
        [--casing lower|upper]

``--in-process`` writes the same rows from :func:`claimmap.pipeline.analyze_many`, adding
each mention's ``form`` (name / demonym / area / descriptor / coref) for CLIs that do not
write it yet. ``--casing lower`` / ``upper`` scores the same articles written in lower case or
ALL CAPS (the annotations keep their offsets), where capitalisation tells nothing.
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
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EVAL_DATA = SHARED / "data" / "eval"
SCORER = SHARED / "eval" / "score_geoparse.py"

log = logging.getLogger("geoparse_eval")


#: (label, gold file, forms kept in the predictions, scorer --types)
CASES: tuple[tuple[str, str, tuple[str, ...] | None, str | None], ...] = (
    ("GeoVirus (literal names)", "geoparse_geovirus.jsonl", ("name", "area"), None),
    ("GeoWebNews sample, all types", "geoparse_geowebnews_sample.jsonl", None, None),
    ("GeoWebNews sample, core types", "geoparse_geowebnews_sample.jsonl", None, "core"),
)


def run_geoparse(gold: Path, out: Path, processes: int) -> float:
    """Run the CLI on ``gold`` (its text fields) and return the wall time in seconds."""
    cmd = [
        sys.executable,
        "-m",
        "claimmap.cli",
        "geoparse",
        "--jsonl",
        str(gold),
        str(out),
        "--processes",
        str(processes),
        "--forms",  # every form; each corpus keeps the forms it annotates (CASES)
        "all",
    ]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO)
    return time.perf_counter() - start


def run_in_process(gold: Path, out: Path) -> float:
    """Write ``geoparse --jsonl`` rows (plus ``form``) without the CLI; return seconds."""
    from claimmap.documents import from_text
    from claimmap.gazetteer import default_gazetteer
    from claimmap.pipeline import analyze_many
    from claimmap.toponyms import toponym_rows

    country = default_gazetteer().country

    start = time.perf_counter()
    with gold.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    docs = [from_text(r["text"], doc_id=str(r["id"])) for r in rows]
    with out.open("w", encoding="utf-8") as dst:
        for row, result in zip(rows, analyze_many(docs, stages="places"), strict=True):
            toponyms = [] if isinstance(result, Exception) else toponym_rows(result.places, country)
            dst.write(json.dumps({"id": row["id"], "toponyms": toponyms}) + "\n")
    return time.perf_counter() - start


def recased(gold: Path, casing: str, dest: Path) -> Path:
    """``gold`` with every text in ``casing`` ("lower"/"upper"); articles whose length the
    change would alter (a few non-ASCII letters) are left out, so offsets stay valid."""
    with gold.open(encoding="utf-8") as src, dest.open("w", encoding="utf-8") as dst:
        for line in src:
            row = json.loads(line)
            text = row["text"].lower() if casing == "lower" else row["text"].upper()
            if len(text) != len(row["text"]):
                continue
            row["text"] = text
            for t in row.get("toponyms") or []:
                if "text" in t:
                    t["text"] = text[t["start"] : t["end"]]
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    return dest


def keep_forms(pred: Path, forms: tuple[str, ...] | None, dest: Path) -> Path:
    """Copy ``pred`` keeping toponyms whose ``form`` is in ``forms`` (rows without one stay)."""
    if forms is None:
        return pred
    with pred.open(encoding="utf-8") as src, dest.open("w", encoding="utf-8") as dst:
        for line in src:
            row = json.loads(line)
            row["toponyms"] = [
                t for t in row.get("toponyms") or [] if t.get("form", "name") in forms
            ]
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    return dest


def _has_forms(pred: Path) -> bool:
    with pred.open(encoding="utf-8") as fh:
        for line in fh:
            for t in json.loads(line).get("toponyms") or []:
                return "form" in t
    return True


def score(gold: Path, pred: Path, types: str | None, workdir: Path) -> dict[str, Any]:
    """Run the shared scorer and return its JSON metrics."""
    out = workdir / f"score-{gold.stem}-{types or 'all'}.json"
    cmd = [sys.executable, str(SCORER), str(gold), str(pred), "--json", str(out)]
    if types:
        cmd += ["--types", types]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def table(results: list[tuple[str, dict[str, Any], float]], markdown: bool) -> str:
    head = (
        "corpus",
        "gold",
        "P",
        "R",
        "F1 exact",
        "F1 overlap",
        "acc@161",
        "median km",
        "mean km",
        "AUC",
        "seconds",
    )
    lines = []
    if markdown:
        lines += ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for label, m, seconds in results:
        g = m["geo_overlap"]
        cells = (
            label,
            str(m["gold_toponyms"]),
            f"{m['exact']['precision']:.3f}",
            f"{m['exact']['recall']:.3f}",
            f"{m['exact']['f1']:.3f}",
            f"{m['overlap']['f1']:.3f}",
            f"{g['acc161']:.3f}",
            f"{g['median_km']:.1f}" if g["median_km"] is not None else "-",
            f"{g['mean_km']:.0f}" if g["mean_km"] is not None else "-",
            f"{g['auc']:.3f}" if g["auc"] is not None else "-",
            f"{seconds:.1f}",
        )
        lines.append("| " + " | ".join(cells) + " |" if markdown else "  ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--keep", type=Path, help="keep predictions and scores in this directory")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--in-process", action="store_true", help="rows from the library, with form")
    ap.add_argument("--casing", choices=("lower", "upper"), help="recase the articles first")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not SCORER.exists():
        log.error("%s not found: run from the claimmap checkout next to ../shared", SCORER)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        preds: dict[str, tuple[Path, float]] = {}
        results = []
        for label, name, forms, types in CASES:
            gold = EVAL_DATA / name
            if args.casing:
                gold = recased(gold, args.casing, workdir / f"{args.casing}-{name}")
            if name not in preds:
                out = workdir / f"pred-{gold.stem}.jsonl"
                if args.in_process:
                    preds[name] = (out, run_in_process(gold, out))
                else:
                    preds[name] = (out, run_geoparse(gold, out, args.processes))
                if not _has_forms(out):
                    log.warning("%s: rows carry no 'form'; demonyms etc. are scored too", name)
            pred, seconds = preds[name]
            kept = keep_forms(pred, forms, workdir / f"pred-{gold.stem}-{label[:9]}.jsonl")
            results.append((label, score(gold, kept, types, workdir), seconds))
        print(table(results, args.markdown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
