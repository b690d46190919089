"""Lists of names that NER read as one entity of another label: "Crete and Gavdos" or
"Yerevan, Vayots Dzor" tagged an organisation. Each item is a name of its own, weighed
as a place like any other, so that the place the gazetteer holds is not lost with its
unknown neighbour.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.places_context import type_cue
from claimmap.places_extent import conjuncts, is_name_token
from claimmap.places_lexicon import (
    DIRECTIONS,
    LOCATIVE_PREPS,
    PLACE_LABELS,
    TYPED_GUESS,
    toponym_at,
)
from claimmap.places_slots import according_to, misspelt_after_preposition

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.places_lexicon import GazetteerLike, Toponym


def listed_names(span: Span, gaz: GazetteerLike) -> list[Span]:
    """The items of a coordination of names, when the whole is no known name and at least
    one item is. Each item must still find its own evidence of being a place, so a firm
    named "Xyz and Abc" yields no place unless the text puts it in a place slot."""
    if gaz.knows(span.text):
        return []
    parts = conjuncts(span)
    if len(parts) < 2 or not any(gaz.knows(p.text) for p in parts):
        return []
    return parts


def unknown_list_item(span: Span, gaz: GazetteerLike) -> str:
    """ "arrived on Crete and Xyz": an unknown name coordinated with a known one (or one NER
    tags a place) that follows a locative preposition is a place the gazetteer lacks
    (reported unresolved, not lost)."""
    doc = span.doc
    if gaz.knows(span.text) or not all(is_name_token(t) for t in span) or span.text.isupper():
        return ""
    if span.start < 2 or doc[span.start - 1].lower_ not in {"and", "or"}:
        return ""
    mate = _name_before(doc, span.start - 1)
    if mate is None or mate.start == 0 or not (gaz.knows(mate.text) or _tagged_place(mate)):
        return ""
    prep = doc[mate.start - 1]
    if prep.lower_ == "on":  # "landed on Crete and Xyz": islands and regions, not towns
        top = gaz.lookup(mate.text, limit=1, fuzzy=False)
        if not top or top[0].kind == "city":
            return ""
    elif prep.lower_ not in LOCATIVE_PREPS or according_to(prep):
        return ""
    if _parallel_person(doc, span, prep):
        return ""
    return f"{TYPED_GUESS}listed after '{prep.text} {mate.text}'"


def _parallel_person(doc: Doc, span: Span, prep: Token) -> bool:
    """ "writers Ann Lee in Xyz and Bob Roe in Abc": the name before the preposition and the
    item each carry their own "in <Name>", so the item pairs with that name (a person, a
    firm), not with the place after the preposition."""
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    owner = doc[prep.i - 1] if prep.i > 0 else None
    return (
        nxt is not None
        and after is not None
        and owner is not None
        and nxt.lower_ == prep.lower_
        and is_name_token(after)
        and is_name_token(owner)
        and not owner.is_sent_start
    )


#: Prepositions that put one name inside or beside another ("Xyz on the Red Sea").
_LOCATING_PREPS = frozenset({"on", "in", "near", "off", "at"})


def located_names(span: Span, gaz: GazetteerLike) -> list[Span]:
    """ "Xyz on the Red Sea", "Abc in Sicily" read as one organisation: a name, a lower-case
    locating preposition (and "the") and another name are two names, each weighed as a
    place of its own — unless the gazetteer holds the whole ("Southend on Sea"), or [].
    """
    doc = span.doc
    preps = [t for t in span if t.is_lower and t.lower_ in _LOCATING_PREPS]
    if len(preps) != 1 or gaz.knows(span.text):
        return []
    prep = preps[0]
    after = prep.i + 1 + (prep.i + 1 < span.end and doc[prep.i + 1].lower_ == "the")
    left, right = doc[span.start : prep.i], doc[after : span.end]
    if not len(left) or not len(right):
        return []
    if not all(is_name_token(t) for t in (*left, *right)):
        return []
    return [left, right]


def known_list_mate(span: Span, gaz: GazetteerLike) -> str:
    """ "allow Xyz and Abc to become ...", both tagged people or bodies: a known name
    coordinated with another known name that has an entry in a country one of its own
    entries lies in — two places of one country listed together — as evidence, or ""."""
    root = span.root
    doc = span.doc
    for tok in _coordinated(root):
        mate = _name_around(doc, tok)
        if mate is None or mate.text == span.text or not gaz.knows(mate.text):
            continue
        own = {c.country_code for c in gaz.lookup(span.text, limit=3, fuzzy=False)}
        theirs = {c.country_code for c in gaz.lookup(mate.text, limit=3, fuzzy=False)}
        shared = sorted(code for code in own & theirs if code)
        if shared:
            return f"listed with {mate.text}, a place of {shared[0]} too"
    return ""


def _coordinated(root: Token) -> list[Token]:
    """The other items of the coordination ``root`` is in ("A, B and C"), nearest first."""
    top = root
    for _ in range(MAX_LIST_ITEMS):
        if top.dep_ != "conj":
            break
        top = top.head
    items: list[Token] = []
    todo = [top]
    while todo and len(items) < MAX_LIST_ITEMS:
        tok = todo.pop()
        items.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return sorted((t for t in items if t.i != root.i), key=lambda t: abs(t.i - root.i))


def _name_around(doc: Doc, tok: Token) -> Span | None:
    """The run of name tokens that ends at ``tok`` (its compounds before it), or None."""
    if not is_name_token(tok):
        return None
    start = tok.i
    while start > 0 and is_name_token(doc[start - 1]) and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start : tok.i + 1]


#: How far up a chain of list items ("A, B, C and D") the first item is looked for.
MAX_LIST_ITEMS = 8


def list_in_place_slot(span: Span) -> str:
    """ "towards Xyz, Abc and Def": a later item of a list of names whose first item is the
    object of a locative preposition stands in that slot too, whatever an unknown item
    between them ("Abc") made NER think, as evidence, or ""."""
    item = span.root
    steps = 0
    while item.dep_ == "conj" and steps < MAX_LIST_ITEMS and is_name_token(item.head):
        item = item.head
        steps += 1
    if not steps or item.dep_ != "pobj" or item.head.i >= item.i:
        return ""
    prep = item.head
    if not prep.is_lower or prep.lower_ not in LOCATIVE_PREPS or according_to(prep):
        return ""
    return f"after '{prep.text}', listed with {item.text}"


def _tagged_place(span: Span) -> bool:
    """ "in Xyz and Abc" with Xyz tagged a place: the mate is a place even when the gazetteer
    lacks it, so the item coordinated with it is one too."""
    return all(t.ent_type_ in PLACE_LABELS for t in span)


def _name_before(doc: Doc, end: int) -> Span | None:
    """The run of name tokens ending just before token ``end``."""
    start = end
    while start > 0 and is_name_token(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def titled(span: Span, gaz: GazetteerLike) -> bool:
    """ "and then on to Xyz" tagged a law or a title: one known capitalised word right after
    a locative preposition is weighed as a place (its evidence still decides)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) == 1
        and span.text[:1].isupper()
        and prev is not None
        and prev.lower_ in LOCATIVE_PREPS
        and not according_to(prev)
        and gaz.knows(span.text)
    )


def with_elided_heads(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "Central and South America", "North and South Korea": a one-word name coordinated
    with a longer one shares its last words; it is the name they make together (Central
    America) when the gazetteer knows it, not a province called "Central" or "North"."""
    starts = {t.start: t for t in found}
    taken = {i for t in found for i in range(t.start, t.end)}
    out = []
    for top in found:
        span = parsed.char_span(top.start, top.end, alignment_mode="expand")
        longer = None if span is None else _shared_tail(span, starts, gaz)
        if longer is not None and top.form == "name":
            why = (*top.evidence, f"shares its last words with {longer!r}")
            top = replace(top, name=longer, evidence=why)
        out.append(top)
        elided = None if span is None or top.form != "name" else _elided(span, taken, gaz)
        if elided is not None:  # "East and Southeast Asia"
            out.append(elided)
    return out


def _elided(span: Span, taken: set[int], gaz: GazetteerLike) -> Toponym | None:
    """ "East" of "East and Southeast Asia", named with the words it shares with ``span``
    where the gazetteer knows that name ("East Asia")."""
    word = _elided_word(span, taken)
    if word is None:
        return None
    longer = f"{word.text} {span[1:].text}"
    if not gaz.knows(longer):
        return None
    why = (f"shares its last words with {span.text!r}: {longer!r}",)
    return toponym_at(word.doc[word.i : word.i + 1], name=longer, evidence=why)


def _elided_word(span: Span, taken: set[int]) -> Token | None:
    """ "East" in "East and Southeast Asia": a lone capitalised word before "and"/"or" and a
    name of two words or more, that no other name covers (nor a capitalised word before it)."""
    doc = span.doc
    i = span.start - 2
    if len(span) < 2 or i < 0 or doc[i + 1].lower_ not in {"and", "or"}:
        return None
    word = doc[i]
    if not (word.is_title and word.is_alpha) or word.idx in taken or word.is_sent_start:
        return None
    before = doc[i - 1] if i > 0 else None
    return None if before is not None and before.text[:1].isupper() else word


def _shared_tail(span: Span, starts: dict[int, Toponym], gaz: GazetteerLike) -> str | None:
    """The name ``span`` makes with the words after the first of the next conjunct."""
    doc = span.doc
    if len(span) != 1 or span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"and", "or"}:
        return None
    nxt = starts.get(doc[span.end + 1].idx)
    if nxt is None or nxt.form != "name":
        return None
    other = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
    if other is None or len(other) < 2:
        return None
    longer = f"{span.text} {other[1:].text}"
    return longer if gaz.knows(longer) else None


def titled_or_typed(span: Span, gaz: GazetteerLike) -> bool:
    """A title NER made of a name: "on to Xyz", a known title, or a type noun after it ("in
    Abc, Def and Xyz districts")."""
    return bool(misspelt_after_preposition(span) or titled(span, gaz) or type_cue(span)[0])


def with_shared_directions(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """ "northern, southern and eastern Ukraine": compass adjectives coordinated before one
    name each qualify it, so each is a part of its own (three areas, not only the last). The
    earlier ones are written as the adjective alone, the name shared with the last."""
    out = list(found)
    for top in found:
        if not top.direction:
            continue
        span = parsed.char_span(top.start, top.end, alignment_mode="expand")
        if span is None or span.start < 2:
            continue
        i = span.start - 2  # the token before the direction written next to the name
        while i >= 0 and parsed[i].lower_ in {",", "and", "or"}:
            word = parsed[i - 1] if i > 0 else None
            if word is None or word.lower_ not in DIRECTIONS or not word.text.islower():
                break
            why = f"'{word.text}' coordinated with '{top.direction} {top.text}'"
            out.append(
                replace(
                    top,
                    start=word.idx,
                    end=word.idx + len(word),
                    text=word.text,
                    direction=word.lower_,
                    head=word.i,
                    evidence=(*top.evidence, why),
                )
            )
            i -= 2
    return out


def listed_with_person(span: Span, label: str, gaz: GazetteerLike) -> bool:
    """ "Reporting by Ann Lee in Xyz and Bo Tan in Abc", "By Ann Lee and Bo Tan": a name NER
    calls a person, joined by "and" or a comma to another person's name (itself perhaps
    followed by "in <Place>"), is one of a list of people, whatever the gazetteer knows."""
    doc = span.doc
    i = span.start - 1
    if label != "PERSON" or i < 1 or doc[i].lower_ not in {"and", ","}:
        return False
    prev = _entity_ending_at(doc, i)
    if prev is not None and prev.label_ in PLACE_LABELS:
        j = prev.start - 1  # "Ann Lee in Xyz and ...": skip "in Xyz"
        if j < 1 or doc[j].lower_ not in LOCATIVE_PREPS:
            return False
        prev = _entity_ending_at(doc, j)
    return bool(prev and prev.label_ == "PERSON" and len(prev) > 1 and not gaz.knows(prev.text))


def _entity_ending_at(doc: Doc, end: int) -> Span | None:
    """The entity whose last token is ``end - 1``, read off the tokens' IOB tags (a walk over
    ``doc.ents`` per name made long texts quadratic)."""
    from spacy.tokens import Span

    last = end - 1
    if last < 0 or not doc[last].ent_type_ or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    start = last
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return Span(doc, start, end, label=doc[last].ent_type_)


#: Compass nouns that open a hyphenated name ("South-West", "North-East").
_COMPASS = frozenset({"north", "south", "east", "west"})


def with_hyphen_directions(text: str, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "the North-West and South-West regions" with only "West" found in the second: a name
    that a capitalised compass word and a hyphen open is that whole name when the gazetteer
    knows it, never the bare half (a "West" province elsewhere in the country)."""
    out = []
    for top in found:
        head = text[max(0, top.start - 16) : top.start]  # a compass word and its hyphen
        word = head[:-1].rsplit(None, 1)[-1] if head.endswith("-") and head[:-1].strip() else ""
        whole = f"{word}-{top.text}"
        if top.form == "name" and word.lower() in _COMPASS and word[:1].isupper():
            if gaz.knows(whole):
                start = top.start - len(word) - 1
                top = replace(top, start=start, text=whole, name=whole)
            else:
                continue  # a part of a name the gazetteer lacks is no place of its own
        out.append(top)
        mate = _hyphen_mate(text, top, gaz)
        if mate is not None and not any(t.start == mate.start for t in found):
            out.append(mate)
    return out


_HYPHEN_MATE = re.compile(r"(?:,| and| or) ([A-Z][a-z]+-[A-Z][a-z]+)\b")


def _hyphen_mate(text: str, top: Toponym, gaz: GazetteerLike) -> Toponym | None:
    """ "the North-West and South-West regions": the hyphenated compass name coordinated
    after a found one (tagged an adjective, so never found itself), when the gazetteer
    knows it."""
    if "-" not in top.text or top.text.split("-")[0].lower() not in _COMPASS:
        return None
    m = _HYPHEN_MATE.match(text, top.end)
    if m is None or m.group(1).split("-")[0].lower() not in _COMPASS or not gaz.knows(m.group(1)):
        return None
    why = f"coordinated with '{top.text}'"
    return replace(
        top,
        start=m.start(1),
        end=m.end(1),
        text=m.group(1),
        name=m.group(1),
        evidence=(*top.evidence, why),
    )
