"""Place names inside the names of organisations, outlets, parties and ships.

"the naval force Xyz", "local broadcaster Xyz la 1ere", "the Organization for Security and
Co-operation in Europe (OSCE)", "a Georgian Dream leader": the place word there belongs to a
body's name. Such a veto is read off one mention; it reaches the name's other mentions only
when none of them reads as a place ("Xyz said in a statement"): a name written after a
locative preposition, in a dateline or with a possessive elsewhere is a place there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.places_dateline import is_dateline
from claimmap.places_lexicon import LOCATIVE_PREPS, GazetteerLike, Toponym
from claimmap.places_slots import according_to
from claimmap.places_syntax import (
    OFFICE_NOUNS,
    POSSESSIVES,
    media_site,
    named_outlet,
    named_thing,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: "(OSCE)" right after a name: the acronym of the long name it closes.
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
#: Lower-case words inside a long organisation name ("Organization for Security and ...").
_NAME_JOINERS = frozenset({"for", "of", "and", "in", "on", "the", "de", "du", "des", "&"})
#: At most this many words make such a name.
_MAX_NAME_WORDS = 14


def without_things(
    parsed: Doc, found: list[Toponym], text: str, gaz: GazetteerLike
) -> list[Toponym]:
    """Drop names the text gives to an organisation or vessel (:func:`names_a_thing`): that
    mention, the mentions followed by the same word ("Xyz la 1ere" again), and — when no
    mention of the name reads as a place — every mention ("the naval force Xyz said ...
    Xyz said in a statement")."""
    things = [t for t in found if names_a_thing(parsed, t, gaz)]
    if not things:
        return found
    tails = {(t.name, _next_word(text, t)) for t in things}
    named = {t.name for t in things}
    placed = {
        t.name for t in found if t.name in named and t not in things and _reads_as_place(parsed, t)
    }

    def kept(top: Toponym) -> bool:
        if top.form != "name" or top.name not in named or top in things:
            return top not in things
        if (top.name, _next_word(text, top)) in tails and _next_word(text, top):
            return False
        return top.name in placed

    return [t for t in found if kept(t)]


def names_a_thing(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> bool:
    """ "the naval force Xyz", "the vessel Xyz", "the Xyz daily": a name in apposition to an
    organisation, vessel or outlet noun is that body's or ship's, whatever town shares it."""
    if top.form != "name":
        return False
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    whole = parsed[_name_start(span) : span.end]  # "the gang Tren de Xyz"
    return bool(
        named_thing(span)
        or named_thing(whole)
        or named_outlet(span)
        or media_site(span)
        or (_body_head(span) and not gaz.knows(top.name))
        or _office(span)
        or (named_product(span) and _town_or_unknown(top.name, gaz))
    )


#: Lower-case particles inside a Romance or Arabic name: "Tren de Xyz", "Casa del Abc".
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "da", "do", "di", "du", "des"})


def _name_start(span: Span) -> int:
    """The first token of the capitalised name that ``span`` closes: capitalised words and
    the particles between them ("Tren de" before "Xyz")."""
    doc = span.doc
    i = span.start
    while i >= 2 and doc[i - 1].lower_ in _NAME_PARTICLES and doc[i - 2].text[:1].isupper():
        i -= 2
        while i >= 1 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha:
            i -= 1
    return i


#: Capitalised last words of an organisation's name: "the Xyz Migrants Observatory".
BODY_HEADS = frozenset(
    {"Observatory", "Institute", "Forum", "Council", "Committee", "Foundation", "Network",
     "Watch", "Monitor", "Initiative", "Coalition", "Alliance", "Association", "Society",
     "Federation", "Commission", "Trust", "Project"}
)  # fmt: skip


def _body_head(span: Span) -> bool:
    """ "Horn Migrants Observatory" tagged a facility: a name of two words or more ending in an
    organisation's head noun is a body's (a name the gazetteer lacks, so no listed place)."""
    return len(span) > 1 and span[-1].text in BODY_HEADS


def _office(span: Span) -> bool:
    """ "White House press secretary Abc": a name ending in an office noun is the seat of
    power, an actor, with or without "the" (after a locative preposition it may be a place)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) > 1
        and span[-1].text in OFFICE_NOUNS
        and not (prev is not None and prev.lower_ in LOCATIVE_PREPS)
    )


#: Weapons and vehicles a capitalised product name comes before: "Xyz rocket launchers".
WEAPON_NOUNS = frozenset(
    {"launcher", "rocket", "missile", "drone", "tank", "jet", "helicopter", "howitzer",
     "rifle", "battery", "bomber", "warplane", "interceptor", "munition", "truck",
     "aircraft", "fighter", "gunship", "shell", "torpedo", "warhead"}
)  # fmt: skip
#: At most this many lower-case words between the name and the weapon noun ("multiple rocket").
_MAX_MODIFIERS = 3


def named_product(span: Span) -> str:
    """ "Xyz multiple rocket launchers", "four Xyz batteries": a capitalised name right before
    a lower-case phrase headed by a weapon or vehicle noun names the product, not a town —
    unless a locative preposition puts it somewhere ("in Xyz tanks were seen")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in LOCATIVE_PREPS:
        return ""
    for tok in doc[span.end : min(len(doc), span.end + _MAX_MODIFIERS)]:
        if not (tok.is_lower and tok.is_alpha):
            return ""
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        head = nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN")  # "rocket attack"
        if head:
            return tok.text if tok.pos_ == "NOUN" and tok.lemma_.lower() in WEAPON_NOUNS else ""
    return ""


def _town_or_unknown(name: str, gaz: GazetteerLike) -> bool:
    """Whether the gazetteer holds ``name`` only as a town or facility, or not at all (a
    country or province before "drones" is the maker's country, not a product)."""
    if not gaz.knows(name):
        return True
    best = gaz.lookup(name, limit=1, fuzzy=False)
    return not best or best[0].kind in {"city", "facility"}


def _next_word(text: str, top: Toponym) -> str:
    """The word right after the mention, on the same line ("la" in "Xyz la 1ere"), or ""."""
    match = re.match(r"[ \t]+([^\W\d_][\w'-]*)", text[top.end : top.end + 40])
    return match.group(1) if match else ""


def _reads_as_place(parsed: Doc, top: Toponym) -> bool:
    """A locative preposition before the name ("flown into Xyz"), a dateline, a possessive
    after it ("Xyz's capital"), a type cue, an owner or people placed in it."""
    if top.cue_kind or top.owner or top.person_in:
        return True
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in LOCATIVE_PREPS and not according_to(prev):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return is_dateline(span) or (after is not None and after.text in POSSESSIVES)


def in_acronymed_name(parsed: Doc, top: Toponym, gaz: GazetteerLike, text: str) -> bool:
    """ "the Organization for Security and Co-operation in Europe (OSCE)": a name that closes a
    longer capitalised name whose initials the parenthesised acronym after it spells is part
    of that body's name — unless the gazetteer knows the whole name ("Democratic Republic
    of Congo (DRC)")."""
    match = _ACRONYM_AFTER.match(text, top.end)
    if match is None or top.form != "name":
        return False
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    acronym = match.group(1).upper()
    words = _name_words_before(span)
    for first in range(len(words)):
        run = words[first:]
        if acronym in _initials(run, span) and not gaz.knows(parsed[run[0].i : span.end].text):
            return True
    return False


def _name_words_before(span: Span) -> list[Token]:
    """The words of the capitalised name that ends with ``span``: title-case words and the
    lower-case joiners between them, read backwards up to :data:`_MAX_NAME_WORDS`."""
    doc = span.doc
    i = span.start - 1
    out: list[Token] = []
    while i >= 0 and len(out) < _MAX_NAME_WORDS:
        tok = doc[i]
        if tok.text[:1].isupper() and tok.is_alpha:
            out.append(tok)
        elif not (tok.lower_ in _NAME_JOINERS or tok.text in {"-", "‑"} or _hyphened(tok)):
            break
        i -= 1
    return list(reversed(out))


def _hyphened(tok: Token) -> bool:
    """ "operation" of "Co-operation": a lower-case part glued to a hyphen before it."""
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].text in {"-", "‑"} and not doc[tok.i - 1].whitespace_


def _initials(words: list[Token], span: Span) -> set[str]:
    """The acronyms the capitalised words before ``span`` and ``span`` itself spell (the
    hyphened part of "Co-operation" counts once)."""
    if not words:
        return set()
    capitals = "".join(t.text[0] for t in words if t.text[:1].isupper())
    own = "".join(t.text[0] for t in span if t.text[:1].isupper())
    return {capitals + own}


#: Capitalised words of a state's institutions: "the Chinese Embassy spokesman" names the
#: country's embassy, so its demonym still points to the country.
_INSTITUTION_WORDS = frozenset(
    {"Embassy", "Consulate", "Army", "Navy", "Air", "Ministry", "Government", "Parliament",
     "Senate", "Cabinet", "Coast", "Border", "Police", "Foreign", "Defence", "Defense",
     "Interior", "Health", "Armed", "Special", "State", "National", "Central", "Supreme",
     "Constitutional", "Red", "Prime", "President", "Presidential", "Federal", "Royal"}
)  # fmt: skip


def in_party_name(parsed: Doc, top: Toponym) -> bool:
    """ "a Xian Dream leader": a demonym followed by a capitalised noun that no entity covers
    and a lower-case noun after it opens the name of a party or movement (NER calls the same
    words an organisation elsewhere), not a mention of the country — a state's institution
    ("the Xian Embassy spokesman") excepted."""
    if top.form != "demonym":
        return False
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(parsed):
        return False
    word, after = parsed[span.end], parsed[span.end + 1]
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and word.is_alpha
        and not word.ent_type_
        and word.text not in _INSTITUTION_WORDS
        and after.is_lower
        and after.pos_ == "NOUN"
    )
