"""Aliases the text states: "sent to Artemovsk," she said, using the Soviet-era name for
Bakhmut; "the occupied Umm al-Rashrash area," using the Arabic name the group uses for
Eilat. The name before such a phrase is the place named after it, whatever the gazetteer
makes of the name alone (a Russian village, or nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.nlp import doc_text
from claimmap.places_lexicon import toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Lower-case words between a name and the phrase: "the Xyz area, using ...".
_TRAILING_NOUNS = frozenset({"area", "region", "city", "town", "district", "village"})
#: Lower-case particles inside a name ("Umm al-Rashrash", "Rostov-on-Don").
_PARTICLES = frozenset({"al", "el", "ad", "as", "ar", "ash", "at", "on", "de", "du", "la", "le"})

#: ", using the Soviet-era name for Xyz", "(its former name of Xyz": a phrase saying the
#: name written just before is another name of the place named after it.
_ALIAS_IN_TEXT = re.compile(
    r"[,;(](?P<phrase>[\s\"'”’]*(?:(?:using|giving)\s+)?(?:the|its|their|an?)\s+"
    r"(?:[\w-]+\s+){1,6}?name\s+(?:[\w-]+\s+){0,4}?(?:for|of)\s+)"
    r"(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
)


def stated_aliases(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """``found`` with each name an alias phrase points from renamed as the place it points
    to, and such a name (or the place) added when nothing recognised it."""
    out = list(found)
    text = doc_text(parsed)
    for m in _ALIAS_IN_TEXT.finditer(text):
        place = parsed.char_span(m.start("place"), m.end("place"), alignment_mode="contract")
        if place is None:
            continue
        target = next((t for t in out if t.start == place.start_char and t.form == "name"), None)
        if target is None:
            if not gaz.knows(place.text):
                continue
            why = "the place an alias stated before it stands for"
            target = toponym_at(place, evidence=("gazetteer match", why))
            out.append(target)
        sent = place.sent
        end = next((t.i for t in sent if t.idx >= m.start()), None)
        if end is None:
            continue
        head = _name_before(parsed, sent.start, end) or _last_name(
            parsed, out, sent.start, end, target
        )
        if head is None:
            continue
        why = f"the text calls it another name for {target.text!r}"
        hits = [t for t in out if t.start < head.end_char and head.start_char < t.end]
        alias = toponym_at(head, name=target.name, evidence=(why,))
        if hits:
            alias = replace(hits[0], name=target.name, evidence=(*hits[0].evidence, why))
        out = [t for t in out if t not in hits] + [alias]
    return sorted(out, key=lambda t: (t.start, t.end))


def _last_name(
    parsed: Doc, found: list[Toponym], first: int, end: int, target: Toponym
) -> Span | None:
    """ "sent to Xyz within a week," she said, using ...: the last name recognised in the
    sentence before the phrase, when words other than a name precede it."""
    start, stop = parsed[first].idx, parsed[end].idx
    names = [t for t in found if t.form == "name" and start <= t.start and t.end <= stop]
    names = [t for t in names if t.name != target.name]
    if not names:
        return None
    last = max(names, key=lambda t: t.start)
    return parsed.char_span(last.start, last.end, alignment_mode="expand")


def _name_before(parsed: Doc, first: int, end: int) -> Span | None:
    """The run of capitalised words (with "al-" particles) ending before token ``end``,
    skipping closing quotes and a trailing "area"."""
    i = end - 1
    while i >= first and (parsed[i].is_punct or parsed[i].lower_ in _TRAILING_NOUNS):
        i -= 1
    stop = i + 1
    while i >= first and _name_token(parsed[i]):
        i -= 1
    start = i + 1
    while start < stop and not parsed[start].text[:1].isupper():
        start += 1
    if start >= stop or not parsed[stop - 1].text[:1].isupper():
        return None
    return parsed[start:stop]


def _name_token(tok: Token) -> bool:
    if tok.text[:1].isupper() and tok.is_alpha:
        return True
    return tok.text == "-" or tok.lower_ in _PARTICLES


#: A name as the text writes one (up to three capitalised words).
_NAME = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
#: ", which Armenians call Xyz", ", known locally as Xyz", ", called Xyz by Kurds",
#: " (Xyz in Armenian)": the name after the phrase is another name of the one before it.
_CALLED = re.compile(
    rf",\s+(?:which|that)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[a-z]+)?\s+(?:call|calls|called|"
    rf"know|knows)\s+(?:it\s+)?(?:as\s+)?(?P<a>{_NAME})"
    rf"|,\s+(?:also\s+|locally\s+|formerly\s+)?(?:known|called)\s+(?:locally\s+)?"
    rf"(?:(?:in|to|by)\s+(?:the\s+)?[A-Z][\w-]*\s+)?as\s+(?P<b>{_NAME})"
    rf"|\s+\((?P<c>{_NAME})\s+in\s+[A-Z][\w-]*\)"
)


def called_aliases(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """ "through Xyz, which Armenians call Abc", "Xyz (Abc in Armenian)": the second name is
    the place the first one names, whatever the gazetteer makes of it alone; and the
    people or tongue the phrase names ("Armenians", "in Armenian") hold no place."""
    text = doc_text(parsed)
    by_end = {t.end: t for t in found if t.form == "name"}
    out = list(found)
    for m in _CALLED.finditer(text):
        first = by_end.get(m.start())
        alias = m.lastgroup
        if first is None or alias is None:
            continue
        lo, hi = m.span(alias)
        span = parsed.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            continue
        why = f"the text gives it as another name of {first.text!r}"
        hits = [t for t in out if t.start < hi and lo < t.end]
        named = toponym_at(span, name=first.name, evidence=(why,))
        if hits and hits[0].form == "name":
            named = replace(hits[0], name=first.name, evidence=(*hits[0].evidence, why))
        inside = [t for t in out if m.start() < t.start and t.end <= m.end()]  # "Armenians"
        out = [t for t in out if t not in hits and t not in inside] + [named]
    return sorted(out, key=lambda t: (t.start, t.end))
