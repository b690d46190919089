"""The words written before a unit word ("Nyanza Province", "Karo district"), found fast.

The plain reading is one regex over the text, ``((?:\\S+\\s+){1,5}?)(?:Unit|...)\\b``; the
regex engine tries it at every character, five words ahead each time, which cost more
than the rest of the vetoes together. The same matches follow from the few places where a
unit word starts a whitespace-separated run: a match is the (at most five) runs before
such a run, cut where the previous match ended. :func:`regex_names` is the plain reading,
kept as the reference the tests compare with.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

#: The most words of a name written before a unit word.
MAX_UNIT_NAME_WORDS = 5
_RUN = re.compile(r"\S+")


@functools.lru_cache(maxsize=4)
def names_before_units(text: str, units: frozenset[str]) -> frozenset[str]:
    """Every run of up to :data:`MAX_UNIT_NAME_WORDS` words ending right before a unit
    word, lower-cased: read once per text, not once per place (long inputs stay linear)."""
    return names_from(text, units, scanned_runs)


def names_from(
    text: str, units: frozenset[str], scan: Callable[[str, frozenset[str]], Iterator[str]]
) -> frozenset[str]:
    """The lower-cased word suffixes of each stretch ``scan`` finds before a unit word."""
    found: set[str] = set()
    for before in scan(text, units):
        words = before.split()
        found.update(" ".join(words[i:]).lower().lstrip("([\"'“‘") for i in range(len(words)))
    return frozenset(found)


def _unit_pattern(units: frozenset[str]) -> re.Pattern[str]:
    return _compiled("|".join(sorted(units)))


@functools.lru_cache(maxsize=8)
def _compiled(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives})\b", re.I)


def scanned_runs(text: str, units: frozenset[str]) -> Iterator[str]:
    """What ``group(1)`` of each :func:`regex_names` match holds, in order.

    An attempt from inside a run fails wherever one from the run's start failed (the rest
    of the run is the same first word), so the scan moves run by run and jumps to five runs
    before the next run that starts with a unit word.
    """
    unit = _unit_pattern(units)
    runs = [m.span() for m in _RUN.finditer(text)]
    starts = [s for s, _ in runs]
    ends = [e for _, e in runs]
    targets = [i for i, (s, _) in enumerate(runs) if i and unit.match(text, s)]
    i, at = 0, runs[0][0] if runs else 0
    for u in targets:
        if u <= i:  # a unit word inside the last match, or where it ended
            continue
        if u - i > MAX_UNIT_NAME_WORDS:
            i = u - MAX_UNIT_NAME_WORDS
            at = starts[i]
        yield text[at : starts[u]]
        end = _end_of(unit, text, starts[u])
        i = bisect.bisect_right(starts, end) - 1  # the run the match ended in
        if end >= ends[i]:  # ended at a run's end: the next attempt is the next run
            i += 1
            at = starts[i] if i < len(runs) else len(text)
        else:  # "district-based": the next attempt starts inside the run
            at = end


def _end_of(unit: re.Pattern[str], text: str, at: int) -> int:
    matched = unit.match(text, at)
    return matched.end() if matched is not None else at


def regex_names(text: str, units: frozenset[str]) -> Iterator[str]:
    """The plain reading (slow): ``group(1)`` of every match of the one regex."""
    alternatives = "|".join(sorted(units))
    pattern = rf"((?:\S+\s+){{1,{MAX_UNIT_NAME_WORDS}}}?)(?:{alternatives})\b"
    for m in re.finditer(pattern, text, re.I):
        yield m.group(1)
