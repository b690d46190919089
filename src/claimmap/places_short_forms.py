"""Short forms of country names that news writes and the gazetteer lacks: "PNG" for Papua
New Guinea, "the Solomons" for the Solomon Islands. Built from the gazetteer's own country
names, not from a list of names: the initials of a name of three capitalised words or more,
and the plural of the first word of a two-word "X Islands".
"""

from __future__ import annotations

import string
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.nlp import doc_text, token_texts
from claimmap.places_evidence import in_capitals
from claimmap.places_lexicon import LOCATIVE_PREPS, toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Initials of a formal name opening "Republic of ..." stand for other republics too ("ROC"
#: is Taiwan's Republic of China as often as the Congo's republic): not read as either.
_GENERIC_FIRST = frozenset({"Republic"})

_FORMS: dict[int, dict[str, str]] = {}


def short_forms(gaz: GazetteerLike) -> dict[str, str]:
    """Short form → the country's name, once per gazetteer; forms two countries share (or
    that are themselves a country code) are left out."""
    cached = _FORMS.get(id(gaz))
    if cached is not None:
        return cached
    seen: dict[str, set[str]] = {}
    for a in string.ascii_uppercase:
        for b in string.ascii_uppercase:
            country = gaz.country(a + b)
            if country is None:
                continue
            for form in _forms_of(country.name):
                seen.setdefault(form, set()).add(country.name)
    forms = {form: next(iter(names)) for form, names in seen.items() if len(names) == 1}
    _FORMS[id(gaz)] = forms
    return forms


def _forms_of(name: str) -> list[str]:
    words = name.split()
    capitalised = [w for w in words if w[:1].isupper() and w.isalpha()]
    out = []
    if 3 <= len(capitalised) <= 4 and capitalised[0] not in _GENERIC_FIRST:
        out.append("".join(w[0] for w in capitalised))  # "PNG"
    if len(words) == 2 and words[1] == "Islands":
        out.append(f"the {words[0]}s")  # "the Solomons"
    return out


def short_country_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """``found`` plus each short form of a country name written outside every recognised
    name: "exported from PNG to China", "logs from the Solomons". Initials count after a
    locative preposition, or anywhere in an article that also names the country in full."""
    forms = short_forms(gaz)
    out = list(found)
    taken: set[str] = set()
    for i, word in enumerate(token_texts(parsed)):
        if f"the {word}" not in forms and not (word.isupper() and word in forms):
            continue  # neither a plural short form nor initials: the test below fails
        tok = parsed[i]
        plural = f"the {word}" in forms and _after_the_in_place_slot(parsed, tok.i)
        plural = plural or _named_in_full(parsed, tok.i, forms)
        initials = word.isupper() and word in forms and not in_capitals(parsed[tok.i : tok.i + 1])
        if not (plural or initials):
            continue
        covering = [t for t in found if t.start <= tok.idx < t.end]
        if covering and not (plural and _just(covering, tok.idx, word)):
            continue
        out = [t for t in out if t not in covering]  # the bare plural read as a town's name
        name = forms[f"the {word}" if plural else word]
        slot = tok.i > 0 and parsed[tok.i - 1].lower_ in LOCATIVE_PREPS
        if initials and not (slot or word in taken or name in doc_text(parsed)):
            continue  # "CAR T-cell therapy": no country
        taken.add(word)
        why = f"short form of {name!r}"
        out.append(toponym_at(parsed[tok.i : tok.i + 1], name=name, label="GPE", evidence=(why,)))
    return sorted(out, key=lambda t: (t.start, t.end))


def _after_the_in_place_slot(parsed: Doc, i: int) -> bool:
    """ "from the Solomons": "the" after a locative preposition ("the Cooks said" is a
    family)."""
    return i > 1 and parsed[i - 1].lower_ == "the" and parsed[i - 2].lower_ in LOCATIVE_PREPS


def _named_in_full(parsed: Doc, i: int, forms: dict[str, str]) -> bool:
    """ "the Solomons" in an article that names the Solomon Islands in full: the plural
    short form, wherever it is written."""
    form = f"the {parsed[i].text}"
    return (
        i > 0
        and parsed[i - 1].lower_ == "the"
        and form in forms
        and forms[form] in doc_text(parsed)
    )


def _just(covering: list[Toponym], start: int, word: str) -> bool:
    """The recognised name over the short form is that word alone (no longer name)."""
    return all(t.start == start and t.text == word for t in covering)


#: Compass initials a headline writes before a name: "N. Korea", "S. Sudan".
_COMPASS_INITIALS = {
    "N.": ("North", "Northern"),
    "S.": ("South", "Southern"),
    "E.": ("East", "Eastern"),
    "W.": ("West", "Western"),
}


def with_compass_initials(found: list[Toponym], gaz: GazetteerLike, text: str) -> list[Toponym]:
    """ "N. Korea": a name opened by a compass initial — inside the span or right before it,
    NER having left the initial out — that the gazetteer lacks is the name with the compass
    word written out, where the gazetteer knows that one ("North Korea")."""
    out = []
    for top in found:
        before = text[max(0, top.start - 3) : top.start]
        wider = None
        if top.form == "name" and before in _COMPASS_INITIALS_SPACED and _word_start(text, top):
            wider = replace(
                top, start=top.start - 3, text=before + top.text, name=before + top.name
            )
        if wider is not None and gaz.knows(wider.name):
            out.append(wider)  # an initial the gazetteer holds with the name ("S. Sudan")
            continue
        written = _written_out(wider, gaz) if wider is not None else None
        out.append(written or _written_out(top, gaz) or top)
    return out


_COMPASS_INITIALS_SPACED = frozenset(f"{k} " for k in _COMPASS_INITIALS)


def _word_start(text: str, top: Toponym) -> bool:
    """Whether the initial before ``top`` opens a word ("N. Korea", not "UN. Korea")."""
    at = top.start - 3
    return at == 0 or not text[at - 1].isalnum()


def _written_out(top: Toponym, gaz: GazetteerLike) -> Toponym | None:
    first, _, rest = top.name.partition(" ")
    words = _COMPASS_INITIALS.get(first, ())
    if top.form != "name" or not rest or gaz.knows(top.name):
        return None
    for full in (f"{word} {rest}" for word in words):
        if gaz.knows(full):
            return replace(top, name=full, evidence=(*top.evidence, f"written for {full!r}"))
    return None
