"""Time stamps of live blogs and wire updates: "12:15 GMT — ...", "8.30am - ...",
"UPDATE 2 - ...".

A stamp frames the words after it as a dateline does: no word of it speaks and none of it
is said, and it is no sentence of the story. One pattern, read two ways: the claims stage
finds the stamps that open a paragraph (``timestamp_ends``; the update's own words start
after it) and the routes stage drops the stamps standing between two sentences of one
voyage (``STAMP_BETWEEN``) before it counts the sentences there.
"""

from __future__ import annotations

import re

__all__ = ["STAMP_BETWEEN", "timestamp_ends"]

#: "09:20 GMT —", "14:05 UTC:", "8.30am -", "11:40 local time –", "1705 GMT --",
#: "UPDATE 2 -": the clock (a bare "HH:MM" needs the dash: a colon after it would be a
#: clock in a label line) or the wire's update number, then the dash
_STAMP = r"""
    (?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[0-5]\d(?=\s*(?:GMT|UTC)))
        \s*(?:(?:[ap]\.?m\.?)\s*)?
        (?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|PST|PT|IST|MSK|local\ time
            |(?-i:[A-Z]{2,4}))
           (?:\s*[+-]\s*\d{1,2})?\s*)?
      |(?-i:UPDATE)\s*\d*\s*)
    (?:--|[—–-])
"""
#: a stamp that opens a paragraph: the update's words follow on the same line
_OPENING = re.compile(_STAMP + r"[ \t]+(?=\S)", re.VERBOSE | re.IGNORECASE)
#: a stamp between two sentences, with the blanks around it
STAMP_BETWEEN = re.compile(r"\s*" + _STAMP + r"\s*", re.VERBOSE | re.IGNORECASE)
_LINE = re.compile(r"^[ \t]*", re.MULTILINE)  # (the blanks that indent a paragraph)


def timestamp_ends(body: str) -> list[tuple[int, int]]:
    """(start, end) of every time stamp that opens a paragraph of ``body``: the update's
    own words start at ``end``."""
    out = []
    for line in _LINE.finditer(body):
        stamp = _OPENING.match(body, line.end())
        if stamp is not None:
            out.append((line.end(), stamp.end()))
    return out
