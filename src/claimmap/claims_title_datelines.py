"""Datelines in ordinary case with no day: "Boa Vista, Roraima - Thousands of ...".

:mod:`claimmap.datelines` takes a name in ordinary case for a dateline only when a day
follows it, since "However, Smith said - " is a sentence. For claims the gazetteer can
tell instead: a paragraph that opens with one or two place names, comma-joined, then a
spaced dash and a capitalised word, opens with the story's place, not with its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_NAME = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}"
_TITLED = re.compile(
    rf"(?P<place>{_NAME})(?:, (?P<region>{_NAME}))?[ \t]+(?:--|[-—–])[ \t]+(?=[A-Z\"“])"
)


def titled_datelines(
    body: str, starts: Iterable[int], known: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """(start, story start) of each such dateline opening a paragraph at ``starts``;
    ``known`` says whether the gazetteer holds a name as written."""
    out = []
    for start in starts:
        m = _TITLED.match(body, start)
        if m is None:
            continue
        names = [m.group("place"), *([m.group("region")] if m.group("region") else [])]
        if all(known(n) for n in names):
            out.append((start, m.end()))
    return out
