"""The JSONL batch commands (``claimmap geoparse | claims | routes --jsonl IN OUT``): one
``{"id", "text"}`` row in, exactly one row out, in order. A row that cannot be read or
analysed becomes ``{"id", "error"}`` and the others are written all the same; the count of
failed rows goes to stderr and the exit code is 1. The output rows are what the shared
scorers read.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimmap.errors import DocumentError

if TYPE_CHECKING:
    from claimmap.model import Analysis
    from claimmap.pipeline import Stage

log = logging.getLogger("claimmap")

#: a JSONL batch where some rows became {"id", "error"}: the rest is written, and said so
EXIT_ROWS_FAILED = 1


def cmd_geoparse(args: argparse.Namespace) -> int:
    from claimmap.gazetteer import default_gazetteer
    from claimmap.toponyms import toponym_rows

    country = default_gazetteer().country

    def row(a: Analysis) -> dict[str, Any]:
        return {"toponyms": toponym_rows(a.places, country, args.forms)}

    return _run_jsonl(args, "places", row)


def cmd_claims(args: argparse.Namespace) -> int:
    from claimmap.export import claim_json, pair

    def row(a: Analysis) -> dict[str, Any]:
        return {
            "claims": [
                {
                    "claimant": pair(c.claimant),
                    "cue": pair(c.cue),
                    "content": pair(c.content),
                    **(
                        {"content_parts": [pair(p) for p in c.content_parts]}
                        if c.content_parts
                        else {}
                    ),
                    "detail": claim_json(c),
                }
                for c in a.claims
            ]
        }

    return _run_jsonl(args, "claims", row)


def cmd_routes(args: argparse.Namespace) -> int:
    from claimmap.export import movement_pairs

    def row(a: Analysis) -> dict[str, Any]:
        return {"movements": [movement_pairs(m) for m in a.movements]}

    return _run_jsonl(args, "all", row)


def _run_jsonl(
    args: argparse.Namespace, stages: Stage, to_row: Callable[[Analysis], dict[str, Any]]
) -> int:
    """Read IN, write exactly one OUT row per IN row; bad rows become ``{"id","error"}``."""
    from claimmap.documents import from_text, iter_jsonl
    from claimmap.pipeline import analyze_many

    src, dst = args.jsonl
    blanks: list[int] = []
    rows = list(iter_jsonl(src, blanks))  # raises DocumentError (exit 2) if IN is unreadable
    if not rows:
        raise DocumentError(f"{src}: no rows")
    if blanks:
        shown = ", ".join(map(str, blanks[:10])) + (", ..." if len(blanks) > 10 else "")
        print(f"claimmap: {src}: blank line(s) {shown} hold no row; no output row", file=sys.stderr)
    slots: list[dict[str, Any] | None] = [None] * len(rows)
    docs, where = [], []
    for i, (lineno, row) in enumerate(rows):
        if isinstance(row, DocumentError):
            slots[i] = {"id": None, "error": str(row)}
            continue
        row_id = row.get("id", f"line-{lineno}")
        try:
            docs.append(
                from_text(row.get("text"), doc_id=str(row_id), lang=row.get("lang") or "en")
            )
            where.append((i, row_id))
        except DocumentError as exc:
            slots[i] = {"id": row_id, "error": str(exc)}
    results = analyze_many(
        docs, stages=stages, batch_size=args.batch_size, n_process=args.processes
    )
    for (i, row_id), result in zip(
        where, _progress(results, len(docs), args.progress), strict=True
    ):
        if isinstance(result, DocumentError):
            slots[i] = {"id": row_id, "error": str(result)}
        else:
            try:
                slots[i] = {"id": row_id, **to_row(result)}
            except Exception as exc:  # a bug on one row must not lose the others
                log.exception("row %s failed", row_id)
                slots[i] = {"id": row_id, "error": f"internal error: {exc!r}"}
    Path(dst).parent.mkdir(parents=True, exist_ok=True)
    with open(dst, "w", encoding="utf-8") as out:
        _write_rows(out, slots)
    failed = sum(1 for slot in slots if slot is not None and "error" in slot)
    if failed:
        print(
            f"claimmap: {failed} of {len(slots)} rows failed; see the error rows in {dst}",
            file=sys.stderr,
        )
        return EXIT_ROWS_FAILED
    return 0


def _write_rows(out: IO[str], slots: list[dict[str, Any] | None]) -> None:
    for slot in slots:
        out.write(json.dumps(slot, ensure_ascii=False) + "\n")


def _progress(items: Iterator[Any], total: int, enabled: bool) -> Iterator[Any]:
    if not enabled:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, total=total, unit="doc", file=sys.stderr))
