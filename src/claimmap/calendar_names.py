"""English month names and abbreviations, shared by the readers of dates: the header line
of a pasted story (:mod:`claimmap.document_header`) and the dates of claims
(:mod:`claimmap.claims_dates`)."""

from __future__ import annotations

#: lower-case month name or abbreviation -> month number ("sept" -> 9)
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
#: A month's name or abbreviation as a regular expression, longest first ("september|...").
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
