"""Live-blog time stamps: "12:15 GMT — Satellite images reviewed by Reuters show ...".

A live blog opens each update with the clock time it was posted. That stamp frames the
paragraph the way a dateline frames a wire story: no word of it speaks ("GMT" is no
organisation) and none of it is said (a content starts after it). Unlike a dateline it
may open any paragraph, not only the first ones.
"""

from __future__ import annotations

import re

__all__ = ["timestamp_ends"]

#: "09:20 GMT —", "14:05 UTC:", "8.30am -", "11:40 local time –", "1705 GMT --"; a bare
#: "HH:MM" needs the dash (a colon after it would be a clock in a label line)
_STAMP = re.compile(
    r"""(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[0-5]\d(?=\s*(?:GMT|UTC)))
        \s*(?:(?:[ap]\.?m\.?)\s*)?
        (?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|PST|PT|IST|MSK|local\ time)
           (?:\s*[+-]\s*\d{1,2})?\s*)?
        (?:--|[—–-])[ \t]+(?=\S)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def timestamp_ends(body: str) -> list[tuple[int, int]]:
    """(start, end) of every time stamp that opens a paragraph of ``body``: the update's
    own words start at ``end``."""
    out = []
    for line in _LINE.finditer(body):
        stamp = _STAMP.match(body, line.end())
        if stamp is not None:
            out.append((line.end(), stamp.end()))
    return out


_LINE = re.compile(r"^[ \t]*", re.MULTILINE)  # (the blanks that indent a paragraph)
