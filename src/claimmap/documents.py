"""Load articles from disk into :class:`~claimmap.model.Document` objects.

Accepted inputs:

* ``.txt`` — the article text; metadata in an optional sidecar ``<stem>.meta.json``
  holding any of ``id``, ``title``, ``outlet``, ``published`` (ISO 8601), ``url``, ``lang``
  (also read under the names other tools give them: ``source`` / ``publisher`` /
  ``site_name`` for the outlet, ``date`` / ``published_at`` / ``publication_date`` for the
  date, ``language`` for the language); without them, the title, outlet and date of a
  pasted wire story's header lines (:mod:`claimmap.document_header`);
* ``.json`` — one object ``{"id", "text", ...same keys as the sidecar}`` or a list of them;
* ``.jsonl`` — one such object per line;
* ``.html`` / ``.htm`` — main text and metadata extracted with trafilatura (scripts,
  navigation and boilerplate dropped);
* a directory — every file of the kinds above, sorted by name.

Bad input raises :class:`~claimmap.errors.DocumentError` with the path and the fix (the
checks every text goes through are in :mod:`claimmap.document_text`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from claimmap.document_header import read_header
from claimmap.document_text import check_text, read_text
from claimmap.errors import DocumentError
from claimmap.model import Document

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.json"
TEXT_SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
METADATA_KEYS = ("title", "outlet", "published", "url", "lang")


def load(path: str | Path) -> Document:
    """Load the single article stored at ``path``.

    Raises:
        DocumentError: the path is missing, unreadable, empty, binary, or holds several
            articles (use :func:`load_many` for those).
    """
    docs = load_many(path)
    if len(docs) != 1:
        raise DocumentError(f"{path}: holds {len(docs)} articles; use load_many() for several")
    return docs[0]


def load_many(path: str | Path, skipped: list[DocumentError] | None = None) -> list[Document]:
    """Load every article at ``path`` (a file of any accepted kind, or a directory).

    A bad file of a directory, or a bad row of a ``.jsonl``/``.json`` file, raises; with a
    ``skipped`` list it is left out and its error appended there instead, so one stray
    file or row does not stop a batch. Files of other kinds in a directory are not read
    (see :func:`non_article_files`).
    """
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"{path}: no such file or directory")
    if not path.is_dir():
        return list(_load_file(path, skipped))
    files = sorted(p for p in path.iterdir() if p.is_file() and _is_article_file(p))
    if not files:
        raise DocumentError(f"{path}: no .txt, .json, .jsonl or .html files in this directory")
    docs: list[Document] = []
    for f in files:
        try:
            docs.extend(_load_file(f, skipped))
        except DocumentError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
    if not docs and skipped:
        raise DocumentError(f"{path}: no readable article ({skipped[0]})")
    return docs


def non_article_files(directory: str | Path) -> list[Path]:
    """Files of ``directory`` that :func:`load_many` leaves unread, so callers can name them.

    Hidden files, metadata sidecars and a folder's own notes (README, LICENSE) are not
    listed: they are never meant as articles.
    """
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.iterdir()
        if p.is_file()
        and not p.name.startswith(".")
        and not p.name.endswith(SIDECAR_SUFFIX)
        and not p.stem.upper().startswith(("README", "LICENSE", "LICENCE"))
        and not _is_article_file(p)
    )


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES and not path.name.endswith(SIDECAR_SUFFIX)


def from_text(text: Any, doc_id: str = "doc", **metadata: Any) -> Document:
    """Build a checked Document from a string (metadata keys as in the sidecar)."""
    return _make_document({"id": doc_id, "text": text, **metadata}, source=None)


def iter_jsonl(
    path: str | Path, blanks: list[int] | None = None
) -> Iterator[tuple[int, dict[str, Any] | DocumentError]]:
    """Yield ``(line number, row)`` per non-blank line; a bad line yields a DocumentError.

    Blank lines hold no row and are passed over; their numbers go to ``blanks`` if given.
    """
    raw = read_text(Path(path))
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            if blanks is not None:
                blanks.append(lineno)
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, DocumentError(f"{path}:{lineno}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield lineno, DocumentError(f"{path}:{lineno}: expected a JSON object per line")
            continue
        yield lineno, row


def _load_file(path: Path, skipped: list[DocumentError] | None = None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        meta = _read_sidecar(path)
        yield _make_document({"id": path.stem, **meta, "text": read_text(path)}, source=path)
    elif suffix == ".jsonl":
        for lineno, row in iter_jsonl(path):
            if not isinstance(row, DocumentError):
                row.setdefault("id", f"{path.stem}-{lineno}")
            yield from _row_document(row, path, skipped)
    elif suffix == ".json":
        try:
            data = json.loads(read_text(path))
        except json.JSONDecodeError as exc:
            raise DocumentError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
        rows = data if isinstance(data, list) else [data]
        for i, item in enumerate(rows):
            if isinstance(item, dict):
                item.setdefault("id", path.stem if len(rows) == 1 else f"{path.stem}-{i + 1}")
            else:
                item = DocumentError(f"{path}: item {i} is not an object with a 'text' key")
            yield from _row_document(item, path, skipped)
    elif suffix in (".html", ".htm"):
        yield _load_html(path)
    else:
        raise DocumentError(f"{path}: unsupported file type {suffix!r}; use one of {TEXT_SUFFIXES}")


def _row_document(
    row: dict[str, Any] | DocumentError, path: Path, skipped: list[DocumentError] | None
) -> Iterator[Document]:
    """One article of a multi-article file; a bad one raises, or goes to ``skipped``."""
    try:
        if isinstance(row, DocumentError):
            raise row
        doc = _make_document(row, source=path)
    except DocumentError as exc:
        if skipped is None:
            raise
        skipped.append(exc)
        return
    yield doc


#: Names other tools give the metadata keys (news-please, newspaper3k, GDELT exports).
_ALIASES = {
    "outlet": ("source", "publisher", "site_name"),
    "published": ("date", "published_at", "publication_date", "date_publish"),
    "lang": ("language",),
}


def _first_of(row: Mapping[str, Any], *keys: str) -> Any:
    """The value of the first of ``keys`` that ``row`` holds and is not empty."""
    return next((row[k] for k in keys if row.get(k) not in (None, "")), None)


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(read_text(sidecar))
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{sidecar}: not valid JSON ({exc.msg})") from exc
    if not isinstance(meta, dict):
        raise DocumentError(f"{sidecar}: expected a JSON object of metadata")
    return meta


_HTML_DATES = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": True,
}


def _load_html(path: Path) -> Document:
    import trafilatura  # a heavy import, only for HTML input

    html = read_text(path)
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True
    )
    if not text or not text.strip():
        raise DocumentError(f"{path}: no article text found in this HTML page")
    # trafilatura writes one paragraph (or heading) per line; a blank line between them
    # is how a text file marks paragraphs, and how the parser knows a headline ended
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    # the publication time, not only its day, in the page's own offset ("...T09:45:00Z")
    meta = trafilatura.extract_metadata(html, date_config=_HTML_DATES)
    fields: dict[str, Any] = {"id": path.stem, "text": text}
    if meta is not None:
        fields.update(
            {
                k: v
                for k, v in (
                    ("title", meta.title),
                    ("outlet", meta.sitename),
                    ("url", meta.url),
                    ("published", meta.date),
                )
                if v
            }
        )
    fields.update(_read_sidecar(path))
    return _make_document(fields, source=path)


def _make_document(row: Mapping[str, Any], source: Path | None) -> Document:
    name = str(source) if source else "text"
    doc_id = str(row.get("id") or "").strip()
    if not doc_id:
        raise DocumentError(f"{name}: an article needs a non-empty 'id'")
    if "text" not in row:
        raise DocumentError(f"{name}: article {doc_id!r} has no 'text'")
    text = check_text(row["text"], f"{name} [{doc_id}]")
    # Windows and old Mac line ends become "\n", as Python's open() reads them, so the
    # character offsets of every span are those a user's own tools see
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = _opt_str(row.get("title"))
    outlet = _opt_str(_first_of(row, "outlet", *_ALIASES["outlet"]))
    published = _parse_datetime(_first_of(row, "published", *_ALIASES["published"]), name)
    if title is None or outlet is None or published is None:
        # pasted wire copy: "Headline\nReuters, 2025-03-12\nGOMA (Reuters) - ..."
        header = read_header(text)
        title = title or header.title
        outlet = outlet or header.outlet
        published = published or header.published
    return Document(
        id=doc_id,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        url=_opt_str(row.get("url")),
        lang=str(_first_of(row, "lang", *_ALIASES["lang"]) or "en"),
        source_path=str(source) if source else None,
    )


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_datetime(value: Any, name: str) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise DocumentError(f"{name}: 'published' must be ISO 8601, got {value!r}") from exc
    # the wall-clock time where the article was written: "on Tuesday" is that zone's Tuesday,
    # and naive times compare with the dates the claims resolve to
    return parsed.replace(tzinfo=None)


def require_document(doc: object, verb: str) -> None:
    """Refuse a non-Document with the call that makes one, not a deep AttributeError."""
    if isinstance(doc, Document):
        return
    if isinstance(doc, str | Path):
        hint = (
            "use claimmap.from_text(text) for a string, claimmap.load(path) for a file "
            "or claimmap.load_many(path) for a directory"
        )
    else:
        hint = "build one with claimmap.from_text(text) or claimmap.load(path)"
    raise TypeError(f"{verb}() needs a claimmap Document, got {type(doc).__name__}; {hint}")
