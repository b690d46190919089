"""Errors raised by claimmap.

One root, and every leaf also inherits the builtin it behaves like, so callers
can catch ``ValueError`` without knowing claimmap::

    ClaimmapError
    ├── DocumentError (ValueError)      empty, binary, non-UTF-8, unreadable input
    ├── GazetteerError (RuntimeError)   geo/ data missing or corrupt
    ├── GeocoderError (RuntimeError)    an online geocoder failed (after fallbacks)
    │   └── GeocoderRateLimited         carries ``retry_after`` seconds
    └── ReportError (RuntimeError)      a notebook or a report could not be rendered

Messages name the input and say how to fix it.
"""

from __future__ import annotations


class ClaimmapError(Exception):
    """Root of every error claimmap raises on purpose."""


class DocumentError(ClaimmapError, ValueError):
    """The input cannot be read as an English news text."""


class GazetteerError(ClaimmapError, RuntimeError):
    """The offline gazetteer in geo/ is missing or unreadable."""


class GeocoderError(ClaimmapError, RuntimeError):
    """An online geocoder failed and no fallback could answer."""


class GeocoderRateLimited(GeocoderError):
    """The service answered 429/403; retry after ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ReportError(ClaimmapError, RuntimeError):
    """A notebook or an HTML report could not be built."""
