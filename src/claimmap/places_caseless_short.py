"""Short forms in text without capitals: "u.s.", "nsw", "the drc", "the us".

In lower case or ALL CAPS the gazetteer's acronyms ("U.S.", "NSW", "DRC") are written like
words, and the plain n-gram match of :mod:`claimmap.places_caseless` misses them (its
lookup of "u.s." finds the Kazakh village Us). Read here as the acronym they spell:

- a dotted form ("u.s.", "u.k.", "d.c.") is never an English word: always;
- "us" is mostly the pronoun ("told us", "for us to say"): only after an article ("the
  us army", "a us soldier") and not before a currency sign ("us$5 million");
- another dotless form: a country's of two letters ("uk"), or any of three or more that
  is not an English word ("nsw", "drc", "uae"; not "act", the Australian Capital
  Territory). A two-letter province ("nt") is a piece of a word ("do", "nt" from "dont").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.places_lexicon import GazetteerLike, Toponym, toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Candidate

#: Letters with dots ("u.s.", "u.k", "n.w.t."): an abbreviation, not a word.
_DOTTED = re.compile(r"^(?:[a-z]\.)+[a-z]?\.?$", re.IGNORECASE)
#: Acronyms that are also English words: read as the word in caseless text.
_WORD_ACRONYMS = frozenset({"act", "us"})
#: Kinds an acronym may name here (the table's "EU" region stays out: the cased reading
#: annotates "E.U." but not "EU").
_KINDS = frozenset({"country", "admin1", "region"})
#: Short forms are looked up only in this length (letters and dots).
_MAX_CHARS = 8


def short_form_at(
    parsed: Doc, i: int, gaz: GazetteerLike
) -> tuple[int, Toponym, str | None] | None:
    """The acronym place starting at token ``i``, the token after it and the place's
    country (a town after "in" counts in a country the text names), or ``None``."""
    tok = parsed[i]
    text = tok.text
    if len(text) > _MAX_CHARS or not text[:1].isalpha():
        return None
    dotted = "." in text and bool(_DOTTED.match(text))
    if not dotted and not (text.isalpha() and 2 <= len(text) <= 4):
        return None
    if tok.is_stop and tok.lower_ != "us":  # "the", "and", "was": no lookup
        return None
    end = i + 1
    form = text.upper()
    if dotted and not text.endswith(".") and not tok.whitespace_ and _period_at(parsed, end):
        end += 1  # "u.k" + "." at a sentence's end
        form += "."
    lower = text.lower()
    if not dotted and lower in _WORD_ACRONYMS and not _country_us(parsed, i, lower):
        return None
    top = _acronym_entry(gaz, form)
    if top is None:
        return None
    if not dotted and lower != "us" and len(text) == 2 and top.kind != "country":
        return None
    span = parsed[i:end]
    why = f"caseless short form '{form}' of {top.name} ({top.kind})"
    return end, toponym_at(span, name=form, evidence=(why,)), top.country_code


def _country_us(parsed: Doc, i: int, lower: str) -> bool:
    """ "the us army", not "told us": "us" after an article, and no currency ("a us$5 fee")."""
    if lower != "us" or i == 0 or parsed[i - 1].lower_ not in {"the", "a", "an"}:
        return False
    nxt = parsed[i + 1].text if i + 1 < len(parsed) else ""
    return not (nxt.startswith("$") or (not parsed[i].whitespace_ and nxt[:1].isdigit()))


def _period_at(parsed: Doc, i: int) -> bool:
    return i < len(parsed) and parsed[i].text == "."


def _acronym_entry(gaz: GazetteerLike, form: str) -> Candidate | None:
    """The country, province or region the table writes as ``form`` ("NSW", "U.S.")."""
    if not gaz.knows(form):
        return None
    letters = form.replace(".", "")
    for cand in gaz.lookup(form, limit=3, fuzzy=False):
        alternates = (w[16:-1] for w in cand.why if w.startswith("alternate name '"))
        if cand.kind in _KINDS and any(a.replace(".", "") == letters for a in alternates):
            return cand
    return None
