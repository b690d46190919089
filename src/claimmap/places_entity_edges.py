"""Words at the edge of an entity that are not part of the place's name.

spaCy's small model runs an entity over a capitalised word next to the name: a sentence's
first word ("Neighbouring Xyz has stepped up ...", "Landlocked Xyz") or a body's acronym after
it ("Xyz RCMP say ..."). The whole is no name the gazetteer knows, and the place was lost
("no gazetteer entry for 'Neighbouring Xyz'"). When the name without that word is known,
the word is trimmed off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_extent import leading_name
from claimmap.places_lexicon import DIRECTIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.places_lexicon import GazetteerLike

#: Parts of speech of a sentence's first word that qualify the name after it.
_QUALIFYING_POS = frozenset({"ADJ", "VERB"})


def without_edge_words(span: Span, gaz: GazetteerLike, *, place: bool) -> Span:
    """``span`` less a trailing acronym or, for an entity tagged a ``place``, a
    sentence-opening adjective, when the rest is a name the gazetteer knows and the whole is
    not; else ``span``. (An organisation's first word is its name's: "Racing Xyz".)"""
    if len(span) < 2 or gaz.knows(span.text):
        return span
    first, last = span[0], span[-1]
    if (
        place
        and first.is_sent_start
        and (first.pos_ in _QUALIFYING_POS or first.tag_ == "VBG")
        and first.lower_ not in DIRECTIONS  # "Northern Xyz": an area, read elsewhere
        and gaz.knows(span[1:].text)
    ):
        return span[1:]
    lead = _direction_lead(span)
    if lead and _town(span[lead:], gaz) and not gaz.lookup(span.text, limit=1, fuzzy=False):
        return span[lead:]  # "North-Western Xyz": a part of the town Xyz ("Eastern Abc" is
        # read whole as the area of a country, "Western Abc" may be a former province's name)
    letters = last.text.replace(".", "")
    if (
        len(letters) >= 2
        and letters.isalpha()
        and letters.isupper()
        and not span[-2].is_punct
        and not gaz.knows(last.text)
        and gaz.knows(span[:-1].text)
    ):
        return span[:-1]  # "Xyz RCMP", "Xyz EMS": the body of the place
    return span


#: Endings of a participle that qualifies a name: "Neighbouring", "Landlocked".
_PARTICIPLE_ENDS = ("ing", "ed")
#: Kinds of a name that no capitalised word before it continues unless the whole is known.
_WHOLE_KINDS = frozenset({"country", "disputed", "admin1"})


def led_name(span: Span, gaz: GazetteerLike) -> Span:
    """:func:`leading_name` ("at Paso Canoas": the proper noun before the entity begins the
    name), except for a participle opening a sentence before a country or province it does
    not make a known name of: "Neighbouring Xyz has stepped up ..." is the country Xyz
    ("Birds Xyz", a society's name, stays whole)."""
    led = leading_name(span, gaz)
    first = led[0]
    if (
        led.start == span.start
        or not first.is_sent_start
        or not first.lower_.endswith(_PARTICIPLE_ENDS)
        or gaz.knows(led.text)
    ):
        return led
    cands = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
    return span if cands and cands[0].kind in _WHOLE_KINDS else led


#: Hyphens between the halves of a compass adjective: "North-Western".
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _direction_lead(span: Span) -> int:
    """How many tokens of a capitalised compass adjective open ``span`` ("Western",
    "North-Western", "South-East"), ending in an adjective ("-ern"), or 0. "North Xyz" is left
    whole: a district's own name as often as not."""
    i = 0
    while i < len(span) - 1 and (
        span[i].lower_ in DIRECTIONS
        or span[i].lower_ in {"north", "south", "east", "west"}
        or (i > 0 and span[i].text in _HYPHENS)
    ):
        i += 1
    return i if i and span[i - 1].lower_.endswith("ern") else 0


def _town(span: Span, gaz: GazetteerLike) -> bool:
    """Whether ``span`` is a name whose first entry is a town."""
    cands = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
    return bool(cands) and cands[0].kind == "city"
