"""The frame the table builders share: read a curated seed CSV, turn each row into an
output row or a reason it is bad, check the whole table, and write it only when nothing
is wrong. A bad row stops the build with every problem listed (file:line name: reason),
so a half-checked table never lands in geo/.
"""

from __future__ import annotations

import argparse
import csv
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger("seed_tables")

Row = dict[str, str]


def build_table(
    argv: list[str] | None,
    *,
    description: str,
    seed: Path,
    output: Path,
    columns: Sequence[str],
    build_row: Callable[[Row], Row | str],
    check_table: Callable[[list[Row]], list[str]] = lambda rows: [],
    summary: Callable[[list[Row]], str] = lambda rows: f"{len(rows)} rows checked",
) -> int:
    """Run one builder's command line (``--check``, ``-o``); 0 when written or checked."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="check only; write nothing")
    parser.add_argument("-o", "--output", type=Path, default=output)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with seed.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out, bad = [], []
    for n, row in enumerate(rows, start=2):  # line 1 is the header
        result = build_row(row)
        if isinstance(result, str):
            bad.append(f"{seed.name}:{n} {row['name']}: {result}")
        else:
            out.append(result)
    bad += check_table(out)
    if bad:
        for line in bad:
            log.error(line)
        return 1
    log.info(summary(out))
    if not args.check:
        with args.output.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows(out)
        log.info("wrote %s", args.output)
    return 0
