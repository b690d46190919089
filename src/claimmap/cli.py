"""Command line: ``claimmap analyze | report | geoparse | claims | routes | geocode``.

The CLI only composes the library. User errors (missing file, bad encoding, empty text,
bad JSONL, bad option values) exit 2 with one line on stderr, never a traceback. ``analyze``
and ``report`` skip the bad files and rows among several (and articles that are not English),
name each on stderr, write the rest and exit 1; the JSONL batch commands
(:mod:`claimmap.cli_batch`) count the rows that became error rows on stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

from claimmap import __version__
from claimmap import cli_batch as batch
from claimmap.errors import ClaimmapError, DocumentError
from claimmap.model import PLACE_KINDS, Analysis, Document
from claimmap.places_lexicon import ToponymForm

log = logging.getLogger("claimmap")

EXIT_USER_ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        result: int = args.func(args)
        return result
    except (ClaimmapError, OSError) as exc:
        print(f"claimmap: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("claimmap: interrupted", file=sys.stderr)
        return 130


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimmap",
        description="Map the places, claims and alleged movement routes of news articles, offline.",
    )
    parser.add_argument("--version", action="version", version=f"claimmap {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "analyze",
        help="places, claims and routes of the article(s) at PATH, as JSON "
        "(exit 1 when some files of a directory were skipped)",
    )
    p.add_argument(
        "path", type=Path, metavar="PATH", help=".txt/.json/.jsonl/.html file or directory"
    )
    p.add_argument(
        "--format",
        choices=("json", "geojson"),
        default="json",
        help="json: places, claims, movements, routes (default); geojson: places and legs",
    )
    p.add_argument(
        "--shapes",
        action="store_true",
        help="geojson: areas, countries and rivers as their outlines, not their points",
    )
    p.add_argument(
        "-o",
        "--output",
        help="write here instead of stdout; a directory (existing, or written with a "
        "trailing /) gets one file per article, named after its id",
    )
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser(
        "report",
        help="static HTML report per article plus an index",
        description="One self-contained HTML page per article (route map, legs, claims\n"
        "timeline and table, annotated text, unplaced mentions; it opens with no network)\n"
        "and DIR/index.html linking them. About 15 s for the first article (model and\n"
        "assets load once), about 5 s for each further one.",
        epilog="examples:\n  claimmap report article.txt -o out/\n"
        "  claimmap report articles/ wire.html -o out/   # then open out/index.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        type=Path,
        nargs="+",
        metavar="PATH",
        help=".txt (with an optional .meta.json sidecar)/.json/.jsonl/.html file or directory",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DIR",
        help="where DIR/<doc-id>.html and DIR/index.html go (created when missing)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_report)

    for name, helptext, func in (
        ("geoparse", "toponyms with coordinates, one JSON row per input row", batch.cmd_geoparse),
        ("claims", "claimant/cue/content spans, one JSON row per input row", batch.cmd_claims),
        ("routes", "movement events, one JSON row per input row", batch.cmd_routes),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument(
            "--jsonl",
            nargs=2,
            type=Path,
            required=True,
            metavar=("IN", "OUT"),
            help='IN rows {"id","text"}; OUT gets one row per IN row, same order '
            "(blank IN lines hold no row: they are named on stderr and get none); "
            'a summary on stderr if some rows became {"id","error"}',
        )
        p.add_argument(
            "--processes", type=_positive, default=1, metavar="N", help="parse with N processes"
        )
        p.add_argument(
            "--batch-size", type=_positive, default=32, metavar="N", help="rows parsed at once"
        )
        p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
        if name == "geoparse":
            p.add_argument(
                "--forms",
                default=_forms("name,area"),
                type=_forms,
                metavar="LIST",
                help="mention forms to write: name,area (literal toponyms, the default), "
                "demonym, descriptor, coref, or all",
            )
        p.set_defaults(func=func)

    p = sub.add_parser("geocode", help="ranked gazetteer candidates for each NAME")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument(
        "--country", type=_country, metavar="CC", help="ISO 3166-1 alpha-2 code to prefer"
    )
    p.add_argument("--kind", choices=PLACE_KINDS, help="prefer this kind")
    p.add_argument(
        "--limit", type=_positive, default=5, metavar="N", help="candidates per name (5)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=_cmd_geocode)
    return parser


def _positive(value: str) -> int:
    """An option counting things (processes, rows, candidates): a whole number ≥ 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


def _forms(value: str) -> frozenset[str] | None:
    """``--forms``: a comma list of mention forms, or ``all`` (None: keep every form)."""
    known = get_args(ToponymForm)
    wanted = frozenset(f.strip() for f in value.split(",") if f.strip())
    if wanted == {"all"}:
        return None
    unknown = sorted(wanted - set(known))
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(
            f"unknown form(s) {', '.join(unknown) or repr(value)}; "
            f"use some of {','.join(known)} or all"
        )
    return wanted


def _country(value: str) -> str:
    """``--country``: two letters, as the gazetteer stores countries."""
    code = value.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code (like SY or TR)"
        )
    return code


# --- analyze / report --------------------------------------------------------------------


def _cmd_analyze(args: argparse.Namespace) -> int:
    from claimmap.documents import load_many
    from claimmap.pipeline import analyze, english_only

    skipped: list[DocumentError] = []
    docs = english_only(load_many(args.path, skipped), skipped)
    _note_ignored([args.path])
    _note_skipped(skipped)
    analyses = [analyze(doc) for doc in docs]
    if not analyses:
        raise DocumentError(f"{args.path}: no article could be analysed")
    out = Path(args.output) if args.output else None
    if out is not None and (out.is_dir() or args.output.endswith(("/", os.sep))):
        from claimmap.report import safe_name

        out.mkdir(parents=True, exist_ok=True)
        for a in analyses:  # one file per article: a directory in, a directory out
            target = out / f"{safe_name(a.document.id)}.{args.format}"
            target.write_text(_dumps(_payload([a], args.format, args.shapes)), encoding="utf-8")
    elif out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_dumps(_payload(analyses, args.format, args.shapes)), encoding="utf-8")
    else:
        sys.stdout.write(_dumps(_payload(analyses, args.format, args.shapes)))
    return 1 if skipped else 0


def _payload(analyses: list[Analysis], fmt: str, shapes: bool) -> Any:
    """One analysis as an object, several as a list; GeoJSON as one FeatureCollection."""
    from claimmap.export import analysis_geojson, analysis_json

    if fmt == "geojson":
        collections = [analysis_geojson(a, shapes=shapes) for a in analyses]
        return {
            "type": "FeatureCollection",
            "features": [f for g in collections for f in g["features"]],
        }
    found = [analysis_json(a) for a in analyses]
    return found[0] if len(found) == 1 else found


def _dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _cmd_report(args: argparse.Namespace) -> int:
    from claimmap.documents import load_many
    from claimmap.pipeline import english_only
    from claimmap.report import build_reports

    skipped: list[DocumentError] = []
    docs: list[Document] = []
    for path in args.paths:
        try:
            docs.extend(load_many(path, skipped))
        except DocumentError as exc:  # one bad file named on the command line
            skipped.append(exc)
    # before the notebooks run: a non-English article gets no empty report, no index entry
    docs = english_only(docs, skipped)
    _note_ignored(args.paths)
    _note_skipped(skipped)
    if not docs:
        raise DocumentError("no article to report; nothing written")
    index = build_reports(docs, args.output, progress=not args.no_progress)
    print(index)
    return 1 if skipped else 0


def _note_skipped(skipped: list[DocumentError]) -> None:
    for error in skipped:
        print(f"claimmap: skipped {_one_line(error)}", file=sys.stderr)


def _note_ignored(paths: Sequence[Path]) -> None:
    """Name the files of input directories that are no article kind (they are not read)."""
    from claimmap.documents import TEXT_SUFFIXES, non_article_files

    kinds = ", ".join(TEXT_SUFFIXES)
    for path in paths:
        for f in non_article_files(path):
            what = f"({f.suffix})" if f.suffix else "(no suffix)"
            print(
                f"claimmap: ignored {f}: not an article file {what}; claimmap reads {kinds}",
                file=sys.stderr,
            )


# --- geocode -------------------------------------------------------------------------------


def _cmd_geocode(args: argparse.Namespace) -> int:
    from claimmap.gazetteer import geocode
    from claimmap.model import to_dict

    results = {
        name: geocode(name, country=args.country, kind=args.kind, limit=args.limit)
        for name in args.names
    }
    if args.json:
        print(
            json.dumps(
                {n: [to_dict(c) for c in cs] for n, cs in results.items()},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for name, cands in results.items():
        print(f"{name}:")
        if not cands:
            print("  (no match)")
        for rank, c in enumerate(cands, start=1):
            fuzzy = " fuzzy" if c.fuzzy else ""
            print(
                f"  {rank:>2}. {c.name} [{c.kind}{fuzzy}] {c.country_code or '--'} "
                f"{c.lat:.4f},{c.lon:.4f} pop={c.population:,} score={c.score:.3f} "
                f"id={c.source_id} ({'; '.join(c.why)})"
            )
    return 0


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


if __name__ == "__main__":
    raise SystemExit(main())
