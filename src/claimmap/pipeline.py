"""The whole pipeline for one article: load → recognise/resolve places → claims → routes.

Each stage is a function in its own module; this one only wires them together.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from claimmap.claims import extract_claims
from claimmap.documents import load_many, require_document
from claimmap.errors import DocumentError
from claimmap.model import Analysis, Document
from claimmap.nlp import check_language, parse, parse_many
from claimmap.places import extract_places
from claimmap.routes import build_routes, extract_movements

log = logging.getLogger(__name__)


Stage = Literal["places", "claims", "all"]


def analyze(doc: Document, stages: Stage = "all") -> Analysis:
    """Read one article and return its places, claims, movements and routes.

    ``stages`` stops early for batch jobs that need less ("places" for geoparsing,
    "claims" for attribution); later stages always run on the earlier ones' output.

    Raises:
        TypeError: ``doc`` is not a Document (a string or a path, say).
        DocumentError: the article is not English.
    """
    require_document(doc, "analyze")
    parsed = parse(doc)
    places, unresolved = extract_places(doc, parsed)
    claims = extract_claims(doc, parsed, places) if stages != "places" else []
    movements, routes = [], []
    if stages == "all":
        movements = extract_movements(doc, parsed, places, claims)
        routes = build_routes(doc, movements, places, claims)
    return Analysis(
        document=doc,
        places=tuple(places),
        claims=tuple(claims),
        movements=tuple(movements),
        routes=tuple(routes),
        unresolved=tuple(unresolved),
    )


def analyze_many(
    docs: Iterable[Document], stages: Stage = "all", batch_size: int = 16, n_process: int = 1
) -> Iterator[Analysis | DocumentError]:
    """Analyse many articles, parsing them in batches; a bad article yields its error."""
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, stages, n_process)
            batch = []
    if batch:
        yield from _analyze_batch(batch, stages, n_process)


def _analyze_batch(
    batch: list[Document], stages: Stage, n_process: int
) -> Iterator[Analysis | DocumentError]:
    good = []
    for doc in batch:
        try:
            check_language(doc)
            good.append(doc)
        except DocumentError:
            pass  # reported below, when analyze() raises it again for this article
    if good:
        parse_many(good, batch_size=len(good), n_process=n_process)
    for doc in batch:
        try:
            yield analyze(doc, stages)
        except DocumentError as exc:
            yield exc


def english_only(docs: Iterable[Document], skipped: list[DocumentError]) -> list[Document]:
    """The articles the pipeline reads; the others' errors, naming their files, go to ``skipped``.

    Checked up front so a batch spends no parse (or report notebook) on an article it
    will refuse.
    """
    kept = []
    for doc in docs:
        try:
            check_language(doc)
        except DocumentError as exc:
            skipped.append(_with_source(doc, exc))
            continue
        kept.append(doc)
    return kept


def _with_source(doc: Document, exc: DocumentError) -> DocumentError:
    """Name the file an article came from in an error that only names its id."""
    if not doc.source_path:
        return exc
    reason = str(exc).removeprefix(f"{doc.id}: ")
    return DocumentError(f"{doc.source_path} [{doc.id}]: {reason}")


def analyze_path(path: str | Path) -> list[Analysis]:
    """Load every article at ``path`` and analyse it."""
    return [analyze(doc) for doc in load_many(path)]
