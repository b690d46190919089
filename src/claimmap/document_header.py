"""The header lines a pasted wire story carries above its body.

Copy from a news site or a wire feed usually starts with the headline, then a line holding
the outlet and the publication date ("Reuters, 2025-03-12", "By Jane Doe | AP | March 12,
2025 10:30 GMT", "Published 12 March 2025"), then the dateline and the body. Without that
date no "on Tuesday" can be resolved, so a plain ``.txt`` article with no sidecar metadata
takes its title, outlet and publication date from these lines (metadata given explicitly
always wins). The text itself is never changed: offsets stay those of the file.

A header line is short, holds one full date with a year (ISO or with a month name) and
otherwise at most a byline and a short outlet name; prose that merely contains a date ("The
talks ended on March 12, 2025, officials said") is not one, because its other parts are not
short names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from claimmap.calendar_names import MONTH_PATTERN, MONTHS

#: Lines at the top of a text that may hold the header (title, byline, date line).
HEADER_LINES = 4
_MAX_LINE = 160
_MAX_NAME_WORDS = 6
_MONTHS = MONTHS
_MONTH = MONTH_PATTERN
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?"
    r"(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?"
)
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_MONTH_FIRST = re.compile(
    rf"^{_WEEKDAY}({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_TIME}$", re.I
)
_DAY_FIRST = re.compile(
    rf"^{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}}){_TIME}$", re.I
)
_WEEKDAY_COMMA = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,\s*(?=[A-Z\d])", re.I
)
#: Words that introduce the date on a header line ("Updated: 12 March 2025").
_DATE_LEADS = re.compile(
    r"^(?:published|updated|posted|first published|last updated)(?: on)?:?\s*", re.I
)
#: A one-word name some outlets write in lowercase ("dpa", "afp", "bne").
_HOUSE_NAME = re.compile(r"[a-z][a-z0-9-]{1,11}")
#: Dotted initialisms in an outlet's name ("U.S.", "U.N.").
_INITIALISMS = re.compile(r"\b(?:[A-Z]\.){2,}")
_SEPARATORS = re.compile(
    r"\s*(?:[|•·]|\s[-–—]\s|,(?=\s*(?:\d{4}-|by\s|[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z])))\s*"
)


@dataclass(frozen=True)
class Header:
    """What the top lines of a text say about it, and where its header lines end."""

    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    #: character offsets just past each title or header line (where a sentence must start)
    line_ends: tuple[int, ...] = ()


def read_header(text: str) -> Header:
    """Title, outlet and publication date from the first lines of ``text``, if it has them.

    >>> h = read_header("Rebels near Goma\\nReuters, 2025-03-12\\nGOMA (Reuters) - Rebels ...")
    >>> h.title, h.outlet, h.published.date().isoformat()
    ('Rebels near Goma', 'Reuters', '2025-03-12')
    """
    lines = _top_lines(text)
    for index, (start, end) in enumerate(lines):
        found = _header_line(text[start:end])
        if found is None:
            continue
        outlet, published = found
        ends = [end]
        title = None
        if index > 0:  # the headline above the date line (a byline may sit between them)
            t_start, t_end = lines[0]
            if _header_line(text[t_start:t_end]) is None and not _byline(text[t_start:t_end]):
                title = text[t_start:t_end].strip()
                ends.append(t_end)
        return Header(title, outlet, published, tuple(sorted(ends)))
    return Header()


def _top_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines, up to the first long line (the body)."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text) and len(out) < HEADER_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            if len(line) > _MAX_LINE:
                break
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos = end + 1
    return out


def _header_line(line: str) -> tuple[str | None, datetime] | None:
    """(outlet, date) when ``line`` is a date line: one full date, the rest short names."""
    line = _WEEKDAY_COMMA.sub("", line.strip())  # "Mon, Jan 6, 2025": the comma splits nothing
    parts = [p.strip(" ,;") for p in _SEPARATORS.split(line) if p.strip(" ,;")]
    dates = [(i, d) for i, p in enumerate(parts) if (d := parse_date(p)) is not None]
    if len(dates) != 1:
        return None
    names = [p for i, p in enumerate(parts) if i != dates[0][0] and not _byline(p)]
    if any(not _short_name(p) for p in names) or len(names) > 1:
        return None
    return (names[0] if names else None), dates[0][1]


def parse_date(part: str) -> datetime | None:
    """A full calendar date with a year (and maybe a time): ISO or with a month name."""
    part = _DATE_LEADS.sub("", part.strip())
    try:
        if m := _ISO.match(part):
            y, mo, d, hh, mm = m.groups()
            return datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
        if m := _MONTH_FIRST.match(part):
            mon, day, year, hh, mm, ap = m.groups()
        elif m := _DAY_FIRST.match(part):
            day, mon, year, hh, mm, ap = m.groups()
        else:
            return None
        hour = int(hh or 0)
        if ap:  # "2:30 p.m."
            hour = hour % 12 + (12 if ap.lower() == "p" else 0)
        return datetime(int(year), _MONTHS[mon.lower()], int(day), hour, int(mm or 0))
    except ValueError:  # "2025-02-30"
        return None


def _byline(part: str) -> bool:
    return bool(re.match(r"^by\s+[A-Z]", part.strip(), re.I)) and len(part.split()) <= 8


def _short_name(part: str) -> bool:
    """An outlet's name: a few words, the first capitalised (or a house name some agencies
    write in lowercase, "dpa", "afp"), no sentence punctuation."""
    words = part.split()
    bare = _INITIALISMS.sub("", part)  # "U.S. Department of Justice": the stops end no sentence
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and (part[:1].isupper() or _lowercase_house_name(part))
        and not re.search(r"[.!?:;\"“”]\s|[!?\"“”]$", bare)
    )


def _lowercase_house_name(part: str) -> bool:
    """ "dpa, 2026-11-05": one short lowercase word beside the date is the outlet's own
    spelling of its name, not prose (a date lead such as "updated" is no name)."""
    return bool(_HOUSE_NAME.fullmatch(part)) and not _DATE_LEADS.match(part + " ")
