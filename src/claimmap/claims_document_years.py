"""A year in brackets after a document's number names the document, not a claim's day:
"non-compliance with resolution 1970 (2011) and recommends …" was made in the report's
time, not in 2011. Such a year is no date phrase for the claim.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimmap.model import DatePrecision, Document

#: "resolution 1970 (2011)", "Law No. 5 (2019)", "decree 14/2 (2020)": number then (year).
_NUMBERED_YEAR = re.compile(r"\b(?:[A-Za-z]+\.?\s+)?\d[\w/.-]*\s*\(\s*$")


def document_year(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a bare year in brackets after a document's number."""
    year = text[start:end].strip()
    if not (year.isdigit() and len(year) == 4):
        return False
    if text[end : end + 1] != ")":
        return False
    return bool(_NUMBERED_YEAR.search(text[max(0, start - 40) : start]))


def published_date(doc: Document) -> tuple[Any, DatePrecision, None]:
    """The publication date, the date of a claim with no date phrase of its own."""
    published = doc.published
    if published is None:
        return None, "unknown", None
    return (published.date() if isinstance(published, datetime) else published), "published", None
