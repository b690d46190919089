"""Context around a recognised place name: type cues, directions, metonymy. References
that are not names ("the Kenyan capital", "the disputed region") live in
:mod:`claimmap.places_descriptors`.

"the restive western Iraqi province of Anbar" → kind admin-1 in IQ; "the Italian
city of Turin" → a city in IT; "northern Iraq" → an area; "Nairobi said" → the
capital as an actor (metonymy, decided in :mod:`claimmap.places_agency`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.gazetteer_query import ARABIC_ARTICLES
from claimmap.places_agency import is_agent
from claimmap.places_dateline import DATELINE_EVIDENCE, is_dateline
from claimmap.places_lexicon import (
    ADMIN_TITLES,
    DIRECTIONS,
    DISEASE_NOUNS,
    FACILITY_HEADS,
    PLACE_LABELS,
    SPAN_KEY,
    STATE_PARTS,
    TITLE_KINDS,
    TYPE_NOUNS,
    GazetteerLike,
    Toponym,
)
from claimmap.places_syntax import (
    coordinated_type_noun,
    land_feature,
    noun_before,
    person_placed_in,
    port_of_entry,
    possessive_owner,
    unit_of_office,
)
from claimmap.places_syntax import with_arabic_article as article_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def with_context(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> Toponym:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return top
    evidence = list(top.evidence)
    kind, country, cue_text = type_cue(article_span(span), gaz)  # "province of al-Xyz"
    if kind:
        evidence.append(f"type cue '{cue_text}'")
    elif top.form == "name" and is_dateline(span):
        kind = "city"
        evidence.append(DATELINE_EVIDENCE)
    direction = None
    prev = parsed[span.start - 1] if span.start > 0 else None
    if (
        top.form == "name"
        and prev is not None
        and prev.lower_ in DIRECTIONS
        and (prev.text.islower() or prev.text.isupper())  # "Northern Ireland" is a name
    ):
        direction = prev.lower_
    before = parsed[span.start - 2] if direction and span.start > 1 else prev
    article = top.form == "name" and before is not None and before.lower_ == "the"
    determiner = article and not (  # "the (western) Pacific"; not "the Fredericton area"
        span.root.dep_ in {"compound", "amod", "nmod"} and span.root.head.i >= span.end
    )
    if not kind and prev is not None and prev.lower_ in {"river", "lake"} and prev.text.islower():
        kind, cue_text = "water", prev.text  # "the river Jordan"
        evidence.append(f"type cue '{cue_text}'")
    elif not kind and prev is not None and prev.lower_ in STATE_PARTS and prev.text.islower():
        kind = "admin1"  # "upstate X": the part of a state away from its namesake city
        evidence.append(f"type cue '{prev.text}'")
    agent = top.form == "name" and is_agent(span)
    if agent:
        evidence.append(f"subject of '{span.root.head.lemma_}'")
    owned = possessive_owner(span, gaz) if top.form == "name" else None
    if owned is not None:
        evidence.append(f"written '{owned[1]}'s {top.text}': inside {owned[0]}")
    person = person_placed_in(span) if top.form == "name" else ""
    if person:
        evidence.append(f"'{person} in {top.text}': people are in a town")
    return replace(
        top,
        cue_kind=kind or top.cue_kind,
        cue_country=country or top.cue_country or (owned and owned[0]),
        direction=direction,
        agent=agent,
        determiner=determiner,
        article=article,
        owner=owned and owned[0],
        person_in=bool(person),
        evidence=tuple(evidence),
    )


def type_cue(span: Span, gaz: GazetteerLike | None = None) -> tuple[str | None, str | None, str]:
    """Kind (and country) a phrase announces: "province of X", "X province", "the Italian
    city of X"."""
    doc = span.doc
    # "… province of X" / "the Italian city of X"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        noun = doc[span.start - 2]
        kind = TYPE_NOUNS.get(noun.lower_)
        if kind and _named_noun(noun, gaz):  # "the Xyz region of Abc": Abc holds Xyz
            return None, None, ""
        if kind:
            country = None
            if gaz is not None:
                for left in doc[max(0, noun.i - 4) : noun.i]:
                    code = gaz.country_of_demonym(left.text) if left.text[:1].isupper() else None
                    if code:
                        country = code
            start = max(0, noun.i - 4)
            if noun.lower_ == "capital" and country is None and not _owned(noun):
                return None, None, ""  # "the capital of Russia": X holds the capital
            return kind, country, doc[start : span.start].text.strip()
    listed = plural_list_cue(span, gaz)  # "the states of X, Y and Z": each is a state
    if listed[0]:
        return listed[0], None, listed[1]
    # "X province", "X Governorate" (not "X region", which names disputed areas too)
    if span.end < len(doc):
        noun = doc[span.end]
        kind = TYPE_NOUNS.get(noun.text) or TITLE_KINDS.get(noun.text)  # not "Mexico City"
        kind = kind or _two_word_unit(noun)  # "the Xyz regional unit"
        if noun.text in ADMIN_TITLES:  # "Rakhine State", NER left the title out
            kind = "admin1"
        if port_of_entry(noun):  # "the Mariposa port of entry": a border facility
            kind = None
        if kind and kind not in {"region", "country"} and noun.lower_ != "capital":
            return kind, None, noun.text
        if land_feature(span):  # "the Darién jungle": a wide area, no town
            return "region", None, noun.text
        plural = coordinated_type_noun(span)  # "the Kayes and Sikasso districts"
        kind = TYPE_NOUNS.get(plural.lemma_.lower()) if plural is not None else None
        if plural is not None and kind and kind not in {"region", "country"}:
            return kind, None, plural.text
    kind, noun_text = classed_by_noun(span)
    if not kind:
        kind, noun_text = noun_before(span)  # "the provincial capital Xyz"
    if not kind:
        kind, noun_text = unit_of_office(span)  # "the district health officer for Xyz"
    return (kind, None, noun_text) if kind else (None, None, "")


#: Two-word unit nouns after a name: "the Xyz regional unit" (Greece), "the Xyz local
#: government area" is read elsewhere; the first word, then the words it may open.
_TWO_WORD_UNITS = {"regional": ("unit", "units", "municipality"), "administrative": ("district",)}


def _two_word_unit(noun: Token) -> str | None:
    """ "admin1" for the first word of a two-word unit noun ("regional unit"), else None."""
    heads = _TWO_WORD_UNITS.get(noun.lower_, ())
    nxt = noun.nbor(1) if heads and noun.i + 1 < len(noun.doc) else None
    return "admin1" if nxt is not None and nxt.lower_ in heads else None


#: Kinds a plural type noun gives each name of the list after it ("the towns of X and Y");
#: not regions, countries nor capitals ("the capitals of X and Y" are held by them).
_PLURAL_LIST_KINDS = frozenset({"admin1", "city", "place"})


def plural_list_cue(span: Span, gaz: GazetteerLike | None = None) -> tuple[str | None, str]:
    """ "the states of X, Y and Z", "the towns of X and Y": a lower-case plural type noun
    before "of" and a list of names calls each name of the list so, later ones too; so
    does one ending the sentence before a list that opens its own ("...hit its northern
    counties. In X and Y, ..."). One name after a plural is its holder ("the provinces of
    X"), and so is a country in the list. Returns (kind, cue text)."""
    doc = span.doc
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # the first name of the list
    first = tok.left_edge.i
    if first < 2 or not any(c.dep_ == "conj" for c in tok.children):
        return None, ""
    if doc[first - 1].lower_ == "of":
        noun, cue = doc[first - 2], f"{doc[first - 2].text} of"
    elif (
        first > 2 and _opens_sentence(tok) and doc[first - 2].text == "."
    ):  # "three counties. In X and Y"
        noun, cue = doc[first - 3], f"{doc[first - 3].text}. {doc[first - 1].text}"
    else:
        return None, ""
    kind = TYPE_NOUNS.get(noun.lemma_.lower())
    if noun.tag_ != "NNS" or not noun.text.islower() or kind not in _PLURAL_LIST_KINDS:
        return None, ""
    if gaz is not None and any(c.kind == "country" for c in gaz.lookup(span.text, limit=1)):
        return None, ""
    return kind, cue


def _opens_sentence(name: Token) -> bool:
    """ "In X and Y, ...": the list is the object of a preposition opening its sentence."""
    prep = name.head
    return name.dep_ == "pobj" and prep.pos_ == "ADP" and bool(prep.is_sent_start)


def _named_noun(noun: Token, gaz: GazetteerLike | None) -> bool:
    """ "the Xyz region of Abc": a proper name before the type noun is the unit's own name,
    so the name after "of" is its holder ("the Italian city of X": a demonym, no name)."""
    if noun.i == 0:
        return False
    left = noun.doc[noun.i - 1]
    if left.pos_ != "PROPN" or not left.text[:1].isupper() or left.is_sent_start:
        return False
    return gaz is None or not gaz.country_of_demonym(left.text)


def _owned(noun: Token) -> bool:
    """ "Kenya's capital of Nairobi": an owner before the noun makes the name after "of"
    the capital itself ("the Kenyan capital of Nairobi" says so by its adjective)."""
    return any(c.dep_ == "poss" for c in noun.children)


#: Type nouns that name offices, not places: "the mayor" is no appositive of a city.
OFFICE_NOUNS = frozenset({"mayor", "governor"})


def classed_by_noun(span: Span) -> tuple[str | None, str]:
    """ "cities such as Boston, Denver and Miami", "Kyaukme and Lashio, two towns in northern
    Shan State", "Ko Tao, an island": a list under a type noun, or a type noun in
    apposition, says what each of its names is."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # the first of a coordination carries the list's attachments
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            kind = _kind_of_noun(child)
            if kind:
                return kind, child.text
    prep = tok.head
    if tok.dep_ == "pobj" and (
        prep.lower_ in {"including", "like"}
        or (prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
    ):
        noun = prep.head
        kind = _kind_of_noun(noun) if noun.tag_ == "NNS" else None
        if kind:
            return kind, f"{noun.text} {prep.text}"
    return None, ""


def _kind_of_noun(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    return None if lemma in OFFICE_NOUNS else TYPE_NOUNS.get(lemma)


def names_a_disease(span: Span) -> bool:
    """ "Marburg virus", "Reston ebolavirus": a place name lent to a pathogen — here, or
    anywhere in the article (one sense per discourse: "related to Ebola")."""
    return span.text in pathogen_names(span.doc)


def pathogen_names(doc: Doc) -> frozenset[str]:
    cached = doc.user_data.get("claimmap_pathogens")
    if cached is None and not any(has_word(doc, w, any_case=True) for w in DISEASE_NOUNS):
        cached = doc.user_data["claimmap_pathogens"] = frozenset()
    if cached is None:
        names = set()
        for tok in doc[1:]:
            if tok.lower_ in DISEASE_NOUNS or tok.lemma_.lower() in DISEASE_NOUNS:
                start = tok.i - 1
                while (
                    start > 0
                    and doc[start - 1].text[:1].isupper()
                    and not doc[start - 1].is_sent_start
                ):
                    start -= 1
                for i in range(start, tok.i):  # "West Nile virus": "West Nile", "Nile"
                    if doc[i].text[:1].isupper():
                        names.add(doc[i : tok.i].text)
        cached = frozenset(names)
        doc.user_data["claimmap_pathogens"] = cached
    return cached


def has_word(doc: Doc, word: str, *, any_case: bool = False) -> bool:
    """Whether ``word`` occurs in ``doc`` (as written, or in any case), from spaCy's counts:
    one C-level pass per document instead of a Python loop per rule."""
    from spacy.attrs import LOWER, ORTH

    attr = LOWER if any_case else ORTH
    key = f"claimmap_counts_{attr}"
    counts = doc.user_data.get(key)
    if counts is None:
        counts = doc.user_data[key] = doc.count_by(attr)
    return doc.vocab.strings[word] in counts


#: "the Pacific side", "mid-Atlantic states": a name then a lower-case word, after "the" or a
#: lower-case prefix hyphened to it.
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_PREFIX = re.compile(r"\b([a-z]+)-$")
_JOINERS = frozenset({"and", "or", "nor", "but"})


def adjectival_feature(top: Toponym, text: str) -> bool:
    """ "on the Pacific side of", "the Atlantic flyway": a name tagged a location (spaCy's
    label for seas and ranges) used after "the" as the adjective of a common noun names a
    sea or a wide region — or a town's area ("the Fredericton area"), which resolution tells
    apart by the article's other places. A facility or type noun ("the Lachin corridor",
    "Nyanza province") is named after a place."""
    if top.label != "LOC" or top.form != "name" or top.cue_kind:
        return False
    after = _NEXT_WORD.match(text, top.end)
    word = after.group(1) if after is not None else ""
    if not word or word in _JOINERS or word in FACILITY_HEADS or word in TYPE_NOUNS:
        return False  # "the Etoumbi and Mbomo districts": a list, not an adjective
    return prefixed_adjective(top, text) or (top.article and not top.determiner)


def prefixed_adjective(top: Toponym, text: str) -> bool:
    """ "9 mid-Atlantic states", "trans-Pacific flights": a lower-case prefix hyphened to a
    name makes it part of an adjective, never a town's name (an Arabic article, "al-Qaim",
    is part of the name)."""
    prefix = _PREFIX.search(text, max(0, top.start - 12), top.start)
    return prefix is not None and prefix.group(1) not in ARABIC_ARTICLES


def overlap(a: Toponym, b: Toponym) -> bool:
    return a.start < b.end and b.start < a.end


def non_overlapping(found: list[Toponym]) -> list[Toponym]:
    """Keep the longest of overlapping spans, NER place labels first."""
    ranked = sorted(found, key=lambda t: (-(t.end - t.start), t.label not in PLACE_LABELS, t.start))
    kept: list[Toponym] = []
    covered: set[int] = set()  # character offsets already taken: linear in the text
    for t in ranked:
        chars = range(t.start, t.end)
        if not covered.intersection(chars):
            kept.append(t)
            covered.update(chars)
    return sorted(kept, key=lambda t: t.start)


def write_spans(parsed: Doc, found: list[Toponym]) -> None:
    spans = []
    for t in found:
        span = parsed.char_span(t.start, t.end, label=t.form, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    parsed.spans[SPAN_KEY] = spans
