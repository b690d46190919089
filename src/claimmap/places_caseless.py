"""Recognition in text where capitalisation tells nothing: ALL CAPS or all lower case.

spaCy's tagger and NER lean on capitals, so here n-grams are matched against the gazetteer
directly: big places (a country, a province, a city of 100,000) alone, smaller towns only
after a locative preposition or a motion verb ("left kherson") and in a country the text
names. Common words that are alternate names of places in other languages ("chili" →
Chile, "pet" → Perth), common nouns after an article ("a man", "the capital"), people
("dr. hamilton") and compass phrases ("the far north-west") are left out; a big city's old
name, a place tagged a person and a sea's LOC label are read in
:mod:`claimmap.places_caseless_names`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from claimmap.names import normalize_name
from claimmap.nlp import entity_bounds
from claimmap.places_article import ARTICLE_COUNTRY_EVIDENCE
from claimmap.places_caseless_names import alias_cities, caseless_label, person_tagged_place
from claimmap.places_caseless_short import short_form_at
from claimmap.places_evidence import COMPASS
from claimmap.places_lexicon import (
    DIRECTIONS,
    HONORIFICS,
    LOCATIVE_PREPS,
    PLACE_LABELS,
    GazetteerLike,
    Toponym,
    motion_verb,
    toponym_at,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Candidate

#: A town after a preposition or motion verb needs this many people.
CASELESS_MIN_POPULATION = 10_000
#: Longest n-gram looked up; past four words only a name joined by "of", "-" or "'s"
#: ("democratic republic of the congo", "port-au-prince", "people's republic of china").
_MAX_WORDS = 6
_LONG_NAME_JOINERS = frozenset({"of", "-", "'s"})
#: Tokens inside a name besides words.
_JOINERS = frozenset({"-", "'s"})
#: Compass phrases ("far north-west") are not places to put on a map.
COMPASS_WORDS = COMPASS | {
    "northeast", "northwest", "southeast", "southwest", "far", "central", "middle", "upper",
    "lower", "north-east", "north-west", "south-east", "south-west", "mid",
}  # fmt: skip


def text_casing(text: str) -> Literal["mixed", "upper", "lower"]:
    """Whether capitalisation carries information in ``text`` (not in ALL CAPS or all lower)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if len(letters) < 20:
        return "mixed"
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper > 0.6:
        return "upper"
    if upper < 0.005:
        return "lower"
    return "mixed"


def caseless_matches(parsed: Doc, gaz: GazetteerLike, *, upper: bool) -> Iterable[Toponym]:
    """ALL CAPS or all lower-case text: n-grams the gazetteer knows as big places, and
    smaller towns after a locative preposition or a motion verb ("left kherson") in a
    country the text names."""
    countries: set[str] = set()
    pending: list[tuple[Span, list[Candidate], str]] = []  # name, candidates, its context
    ends: set[int] = set()  # token indices where a matched name ends
    i, n = 0, len(parsed)
    while i < n:
        short = short_form_at(parsed, i, gaz)  # "u.s.", "nsw", "the us"
        if short is not None:
            i, found, code = short
            ends.add(i)
            if code:
                countries.add(code)
            yield found
            continue
        for j in range(min(n, i + _MAX_WORDS), i, -1):
            part = parsed[i:j]
            if (
                part[0].is_stop
                or part[-1].is_stop
                or (part[0].lower_ in DIRECTIONS and j - i == 1)
                or not (part[0].is_alpha and part[-1].is_alpha)  # not "france-" of "france-presse"
                or not all(t.is_alpha or t.text in _JOINERS for t in part)
                or (j - i > 4 and not any(t.lower_ in _LONG_NAME_JOINERS for t in part))
                or not caseless_name(part, gaz)
            ):
                continue
            text = part.text
            code = gaz.country_of_demonym(text)
            if code and len(part) == 1 and not _country_named(text, code, gaz):
                countries.add(code)
                yield toponym_at(part, form="demonym", country_code=code, evidence=("demonym",))
                i = j
                break
            if not gaz.knows(text):
                continue
            ranked = cands = gaz.lookup(text, limit=3, fuzzy=False)
            aliases: list[Candidate] = []
            if not _tagged_name(part, upper):  # "chili" (Chile), "a man", "the capital"
                aliases = alias_cities(part, cands)  # "madras": only with a context
                cands = [c for c in cands if own_name(text, c) and not _after_article(part, c)]
            top = cands[0] if cands else None
            context = _context(parsed, i, ends)
            if top is None and aliases and context and not context.startswith("listed"):
                pending.append((part, aliases, context))
                ends.add(j)
                i = j
                break
            if top is None or (_compass_start(part) and not _compass_named(part, top)):
                continue
            if _person_tagged(part):  # "bandar seri begawan": a place in a country named
                pending.append((part, cands, "though tagged a person"))
                ends.add(j)
                i = j
                break
            label = caseless_label(part)  # "the pacific" (LOC): the sea, not the town
            # a county's name is often a word ("lot", "down", "var"): a context, as for towns
            if top.kind not in {"city", "admin2"} or (
                top.kind == "city" and top.population >= 100_000
            ):
                if top.country_code and top.kind in {"country", "admin1", "admin2"}:
                    countries.add(top.country_code)
                why = f"caseless match of a known {top.kind}"
                yield toponym_at(part, label=label, evidence=(why,))
                ends.add(j)
                i = j
                break
            if context:
                pending.append((part, [c for c in ranked if c in cands or c in aliases], context))
                ends.add(j)
                i = j
                break
        else:
            i += 1
            continue
    for part, cands, context in pending:
        for cand in cands:
            if cand.country_code in countries and cand.population >= CASELESS_MIN_POPULATION:
                why = f"{context}, a {cand.kind} in {cand.country_code}"
                yield toponym_at(
                    part, evidence=(f"caseless match {why}{ARTICLE_COUNTRY_EVIDENCE}",)
                )
                break


def _country_named(text: str, code: str, gaz: GazetteerLike) -> bool:
    """ "philippines", "laos", "singapore": the country's own name, which the demonym table
    also lists ("Singapore officials"), is a name, as when written with capitals."""
    return any(
        c.kind == "country" and c.country_code == code and own_name(text, c)
        for c in gaz.lookup(text, limit=1, fuzzy=False)
    )


def _context(parsed: Doc, i: int, ends: set[int]) -> str:
    """What before token ``i`` lets a town's name count ("after 'in'", "listed after a
    place"), or ""."""
    if i == 0:
        return ""
    if _caseless_context(parsed[i - 1]):
        return f"after '{parsed[i - 1].text}'"
    return "listed after a place" if _listed_after(parsed, i, ends) else ""


def _person_tagged(part: Span) -> bool:
    """Whether spaCy tags (some of) ``part`` a person of several words: a place then only in
    a country the text names ("shah alam said" may be a man)."""
    return any(t.ent_type_ == "PERSON" and _in_long_person(t) for t in part)


def _listed_after(parsed: Doc, i: int, ends: set[int]) -> bool:
    """ "in pandi, bulacan", "kherson and oleshky": a name listed right after a matched one
    takes its context."""
    return i > 1 and parsed[i - 1].lower_ in {",", "and"} and (i - 1) in ends


def _compass_start(part: Span) -> bool:
    return part[0].lower_ in DIRECTIONS or _compass_only(part)


def _compass_only(part: Span) -> bool:
    return all(t.lower_ in COMPASS_WORDS for t in part if t.is_alpha)


def _compass_named(part: Span, top: Candidate) -> bool:
    """ "northern ireland", "western australia", "the middle east": a country, province or
    region whose own name starts with a compass word or is made of them (else "northern X"
    is X, with its area, and "marched north", "the far north-west" no place)."""
    if _compass_only(part):
        return len(part) > 1 and top.kind == "region" and own_name(part.text, top)
    return top.kind in {"country", "admin1"} and own_name(part.text, top)


def _tagged_name(part: Span, upper: bool) -> bool:
    """Whether spaCy reads ``part`` as a name even without capitals (a proper noun — in
    lower case only: in capitals every word is one — or a place entity): then an alternate
    name ("britain", "burma") counts too."""
    return any((t.pos_ == "PROPN" and not upper) or t.ent_type_ in PLACE_LABELS for t in part)


def _after_article(part: Span, top: Candidate) -> bool:
    """ "a man", "the capital", "the media": a common noun, unless it names a country or
    a region ("the philippines", "the americas")."""
    prev = part.doc[part.start - 1].lower_ if part.start > 0 else ""
    return prev in {"a", "an"} or (
        prev == "the" and len(part) == 1 and top.kind not in {"country", "region"}
    )


def _caseless_context(prev: Token) -> bool:
    word = prev.lower_
    return (word in LOCATIVE_PREPS and word not in {"to", "off"}) or motion_verb(prev.text)


def caseless_name(part: Span, gaz: GazetteerLike) -> bool:
    """In text without capitals: whether ``part`` may be a name — not inside a person's name
    ("david paterson", "dr. hamilton"), unless the person is wholly a place's own name of
    several words ("near rahim yar khan")."""
    doc = part.doc
    i = part.start - 1
    if i > 0 and doc[i].text == ".":
        i -= 1  # "dr. hamilton" is tokenised "dr", ".", "hamilton"
    if i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
        return False
    return not _person_tagged(part) or person_tagged_place(part, gaz)


def _in_long_person(tok: Token) -> bool:
    start, end = entity_bounds(tok)
    return end - start > 1


def own_name(text: str, cand: Candidate) -> bool:
    """In text without capitals, only an entry's own name counts: its alternate names in
    other languages are English words there ("pet" → Perth, "soul" → Seoul, "chili" → Chile)."""
    return normalize_name(cand.name) == normalize_name(text) or any(
        w == "exact name" for w in cand.why
    )
