"""Names inside longer phrases that are no place of their own, or a place under a title.

* "Dual-Use Electronics": a capitalised piece of a hyphenated compound whose other piece is
  a common word is a word of that compound; when the piece matches a town only by an
  alternate name ("Dual", an old name of Douala) nothing in the text calls it a place.
* "the Southern District of Florida": a US federal court district is no subdivision (the
  gazetteer's "Southern District" is Israel's); the state after "of" is read on its own.
* "Member State Turkey", "Member States France and Italy": the UN's title before a country
  is no part of its name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.nlp import doc_text
from claimmap.places_lexicon import PLACE_LABELS, toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.places_lexicon import GazetteerLike, Toponym

#: A hyphen joining two words with no space: "Dual-Use", "Anti-Drone".
_HYPHENS = "-\u2010\u2011"
_WORD_AFTER = re.compile(rf"[{_HYPHENS}]([A-Za-z]+)\b")
_WORD_BEFORE = re.compile(rf"\b([A-Za-z]+)[{_HYPHENS}]$")
#: "Southern District", "Eastern District" (of a US state): a federal court's district.
_COURT_DISTRICT = re.compile(r"(?:Northern|Southern|Eastern|Western|Middle|Central) District")
_OF_STATE = re.compile(r"\s+of\s+((?:[A-Z][a-z]+\s?){1,2})")
#: The UN's title of a state, written before its name.
_MEMBER_TITLE = re.compile(r"(?:Member|Observer|Non-Member) States?\s+")
_MEMBER_COUNTRY = re.compile(r"\b(?:Member|Observer) States?\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def without_compound_pieces(text: str, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """Drop a one-word name hyphened to a word the gazetteer does not know ("Dual-Use"),
    when NER did not call it a place and it is no entry's own name (only an alias)."""
    return [t for t in found if not _compound_piece(text, t, gaz)]


def _compound_piece(text: str, top: Toponym, gaz: GazetteerLike) -> bool:
    if top.form != "name" or top.label in PLACE_LABELS or " " in top.text:
        return False
    after = _WORD_AFTER.match(text, top.end)
    before = _WORD_BEFORE.search(text[max(0, top.start - 30) : top.start])
    other = after.group(1) if after else before.group(1) if before else ""
    if not other or gaz.knows(other):
        return False  # "Narva-Ivangorod", "Ningbo-Zhoushan": two places
    cands = gaz.lookup(top.name, limit=5, fuzzy=False)
    return not any("exact name" in c.why for c in cands)


def without_court_districts(text: str, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """Drop "the Southern District" of "the Southern District of Florida" (a US federal
    court's district: the state is named after it and read on its own)."""
    return [t for t in found if not _court_district(text, t, gaz)]


def _court_district(text: str, top: Toponym, gaz: GazetteerLike) -> bool:
    if not _COURT_DISTRICT.fullmatch(top.text):
        return False
    state = _OF_STATE.match(text, top.end)
    if state is None:
        return False
    cands = gaz.lookup(state.group(1).strip(), limit=5, fuzzy=False)
    return any(c.country_code == "US" and c.kind in {"admin1", "region"} for c in cands) or (
        state.group(1).strip() == "Columbia"
    )


def without_member_titles(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "Member State Turkey" read as one name, or "State Turkey" as a person: the country
    after the title, as its own toponym."""
    text = doc_text(parsed)
    out = []
    for top in found:
        title = _MEMBER_TITLE.match(top.text)
        rest = top.text[title.end() :] if title else ""
        if title and rest and gaz.knows(rest):
            why = (*top.evidence, f"'{title.group(0).strip()}': the UN's title of a state")
            top = replace(top, start=top.start + title.end(), text=rest, name=rest, evidence=why)
        out.append(top)
    for match in _MEMBER_COUNTRY.finditer(text):
        start, end = match.span(1)
        if any(t.start <= start < t.end and t.end >= end for t in out):
            continue  # already read as the country
        span = parsed.char_span(start, end)
        top_entry = gaz.lookup(match.group(1), limit=1, fuzzy=False) if span is not None else []
        if span is None or not top_entry or top_entry[0].kind != "country":
            continue
        out = [t for t in out if not (t.start < end and start < t.end)]
        why = (f"'{match.group(0)[: start - match.start()].strip()}': the UN's title of a state",)
        out.append(toponym_at(span, evidence=why))
    return sorted(out, key=lambda t: (t.start, t.end))
