"""The extent of a place name in the parsed text: where an NER span should start and end
("the Darien Gap" with only "Darien" tagged, "Harris County Sheriff", "Scott County"), and
how a span that holds several names splits ("Kyaukme and Lashio", "Bari to Durres").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimmap.nlp import doc_memo, token_texts
from claimmap.parse_columns import lower_forms, pos_labels, punct_flags, space_flags
from claimmap.places_lexicon import (
    ADMIN_TITLES,
    FEATURE_NOUNS,
    LOCATIVE_PREPS,
    MAX_NAME_TOKENS,
    OFFICE_TITLES,
    PLACE_LABELS,
    TYPE_NOUNS,
    GazetteerLike,
)
from claimmap.places_syntax import titled_preposition
from claimmap.places_units import numbered_unit_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Lower-case landform nouns that finish a name the gazetteer knows: "the Crimean
#: peninsula", "the Arabian peninsula" (the adjective alone is no place).
LANDFORM_NOUNS = frozenset(
    {"peninsula", "desert", "mountains", "islands", "sea", "gulf", "strait", "plateau",
     "basin", "delta", "valley", "coast", "archipelago"}
)  # fmt: skip


def with_landform(span: Span, gaz: GazetteerLike) -> Span:
    """ "Crimean" tagged a nationality before "peninsula": the name with its lower-case
    landform noun, when the gazetteer knows the two together."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    noun = doc[span.end]
    if noun.lower_ not in LANDFORM_NOUNS or not noun.text.islower():
        return span
    longer = doc[span.start : span.end + 1]
    return longer if gaz.knows(longer.text) else span


def grown_name(span: Span, gaz: GazetteerLike) -> Span:
    """The entity with the untagged proper nouns right after it, when the gazetteer knows
    the longer name."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and end < span.end + 2
        and doc[end].pos_ == "PROPN"
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        if doc[end].ent_type_:
            break
        end += 1
    for stop in range(end, span.end, -1):
        if gaz.knows(doc[span.start : stop].text):
            return doc[span.start : stop]
    return span


def conjuncts(span: Span) -> list[Span]:
    """ "Kyaukme and Lashio" → both names: the parts of a coordination of proper nouns,
    or [] when the span is anything else."""
    doc = span.doc
    joins = [t.i for t in span if t.lower_ in {"and", "or", ","}]
    if not joins or not all(is_name_token(t) for t in span if t.i not in joins):
        return []
    bounds = zip([span.start, *(i + 1 for i in joins)], [*joins, span.end], strict=True)
    return [doc[a:b] for a, b in bounds if b > a]


def joined_by_preposition(span: Span) -> list[Span]:
    """ "Bari to Durres" tagged one organisation: capitalised names joined by a lower-case
    locative preposition (or a conjunction) are each a name, or [] for anything else."""
    doc = span.doc
    preps = [t.i for t in span if t.text.islower() and t.lower_ in LOCATIVE_PREPS]
    joins = [t.i for t in span if t.i in preps or t.lower_ in {"and", "or", ","}]
    if not preps or any(
        not (t.is_alpha and t.text[:1].isupper()) and not _inner_particle(t, span)
        for t in span
        if t.i not in joins
    ):
        return []
    bounds = zip([span.start, *(i + 1 for i in joins)], [*joins, span.end], strict=True)
    return [doc[a:b] for a, b in bounds if b > a]


def _inner_particle(tok: Token, span: Span) -> bool:
    """ "Mar del Plata": a short lower-case particle between two capitalised words of a
    name (not a conjunction nor a preposition that joins two names)."""
    doc = span.doc
    return (
        span.start < tok.i < span.end - 1
        and tok.is_lower
        and tok.is_alpha
        and len(tok) <= 3
        and tok.lower_ not in LOCATIVE_PREPS | {"and", "or"}
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
    )


def organisation_province(span: Span) -> bool:
    """ "Islamic State Sahel Province": a province title after an organisation's name is the
    name of one of its branches, not the province."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    return (
        span[-1].text in ADMIN_TITLES
        and prev is not None
        and prev.ent_type_ == "ORG"
        and prev.text[:1].isupper()
    )


def without_office(span: Span) -> Span:
    """ "Harris County Sheriff", "St. Louis Police" tagged a place: the place is the post's
    or the body's jurisdiction, the name without the office."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].lower_ in OFFICE_TITLES:
        end -= 1
    return span.doc[span.start : end]


def continued_name(span: Span) -> Span:
    """ "Char Kukri Mukri" with only "Char Kukri" tagged a place: an unknown name whose last
    word modifies a proper noun after it goes on to that noun."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i >= end
        and is_name_token(doc[end])
        and doc[end].lower_ not in OFFICE_TITLES
        and not (doc[end].ent_type_ and end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I")
        and doc[end].ent_type_ not in PLACE_LABELS
    ):  # into a one-word entity at most ("Dwip" tagged PERSON), never a person's full name
        end += 1
    return doc[span.start : end]


def leading_name(span: Span, gaz: GazetteerLike) -> Span:
    """ "at Paso Canoas" with only "Canoas" tagged a place: a capitalised proper noun right
    before the entity, in no entity itself and modifying it, begins the same name (the
    border post is not the town "Canoas" and the word "Paso")."""
    doc = span.doc
    start = span.start
    while start > span.end - MAX_NAME_TOKENS:
        tok = doc[start - 1] if start > 0 else None
        if (
            tok is None
            or not is_name_token(tok)
            or tok.dep_ != "compound"
            or not span.start <= tok.head.i < span.end
            or tok.ent_type_
            or tok.lower_ in OFFICE_TITLES
            or numbered_unit_word(tok)  # "17 Wing Trenton": the unit's, not the town's name
            or gaz.country_of_demonym(tok.text)
            or titled_preposition(tok, doc[start : span.end], gaz)
        ):  # "Flee Mobilization Via Georgia": a headline's preposition, not the name's
            break
        start -= 1
    return doc[start : span.end]


def extended_name(span: Span, gaz: GazetteerLike) -> Span:
    """Grow an NER span over a capitalised feature noun ("Scott County", "Baltic Sea")
    or an "of"-phrase the gazetteer knows ("Democratic Republic of Congo")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].text in FEATURE_NOUNS:
        end += 1
    if end == span.end and end < len(doc):
        nxt = doc[end]
        joined = nxt.lower_ == "of" or (
            nxt.text == "-" and not doc[end - 1].whitespace_ and not nxt.whitespace_
        )
        for stop in range(min(len(doc), span.end + 4), span.end + 1, -1):
            if joined and not doc[stop - 1].is_punct and gaz.knows(doc[span.start : stop].text):
                end = stop
                break
    return doc[span.start : end]


def is_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


def known_parts(span: Span, gaz: GazetteerLike) -> Iterable[Span]:
    """Longest known sub-spans, left to right (``"Pandi, Bulacan"`` → both names)."""
    i = span.start
    doc = span.doc
    while i < span.end:
        for j in range(min(span.end, i + MAX_NAME_TOKENS), i, -1):
            part = doc[i:j]
            if part[0].is_punct or part[-1].is_punct or not part.text[:1].isupper():
                continue
            if gaz.knows(part.text):
                if not _type_noun_tail(part, span):
                    yield part
                i = j
                break
        else:
            i += 1


#: Lower-case nouns of a unit a hyphen-joined name can be ("the Xyz-Abc canton").
UNIT_NOUNS = frozenset({"canton", "county", "district", "province", "region", "municipality"})


def hyphened_unit(run: Span) -> str:
    """ "the Una-Sana canton": a run of names joined by hyphens, right before a lower-case
    unit noun, is that one unit's name — not a town called after either half. The noun,
    or ""."""
    doc = run.doc
    joined = any(t.text in {"-", "‑"} and not t.whitespace_ for t in run)
    after = doc[run.end] if run.end < len(doc) else None
    if not joined or after is None or not after.is_lower or after.lower_ not in UNIT_NOUNS:
        return ""
    return after.text


def name_tail(part: Span, run: Span) -> bool:
    """ "the Grande Barriere and Petite Barriere posts": a known word right after another
    capitalised word of the same entity ends a longer name the gazetteer lacks; it is not
    the town that happens to carry that last word (Barrière, Canada)."""
    prev = part.doc[part.start - 1] if part.start > run.start else None
    return prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.is_stop


def _type_noun_tail(part: Span, run: Span) -> bool:
    """ "the Plum Island Animal Disease Center": a lone type noun ("Island", "River") right
    after a capitalised word of the same run ends that unknown name; it is not the place
    the gazetteer files under the noun ("Island", Iceland's own name for itself)."""
    doc = part.doc
    return (
        len(part) == 1
        and part[0].lower_ in TYPE_NOUNS
        and part.start > run.start
        and doc[part.start - 1].is_alpha
        and doc[part.start - 1].text[:1].isupper()
    )


def particle_joined(span: Span, gaz: GazetteerLike) -> Span:
    """ "Rio Grande do Sul" with only "Rio Grande" tagged: a short lower-case particle ("do",
    "de", "upon") and the capitalised words after it continue the name when the gazetteer
    knows the longer name; the shorter one is often a town of the province it begins."""
    doc = span.doc
    end = span.end
    hyphened = _hyphened_particle(span, gaz)
    if hyphened is not None:
        return hyphened
    if end + 1 >= len(doc) or not (doc[end].is_lower and doc[end].is_alpha and len(doc[end]) <= 4):
        return span
    for stop in range(min(len(doc), end + 4), end + 1, -1):
        tail = doc[end + 1 : stop]
        longer = doc[span.start : stop]
        if (
            all(t.is_alpha and t.text[:1].isupper() for t in tail)
            and gaz.knows(longer.text)
            and not (doc[end].lower_ in {"and", "or"} and _grouping(longer.text, gaz))
        ):
            return longer
    return span


def _hyphened_particle(span: Span, gaz: GazetteerLike) -> Span | None:
    """ "Rostov-on-Don", "Stratford-upon-Avon": a name, a hyphen, a short lower-case particle,
    a hyphen and a capitalised word, written without spaces, are one name when the gazetteer
    knows it (the tokeniser splits it, and "Don" alone is tagged a person)."""
    doc = span.doc
    end = span.end
    if end + 3 > len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return None
    for stop in range(min(len(doc), end + 5), end + 2, -1):
        longer = doc[span.start : stop]
        if (
            longer[-1].text[:1].isupper()
            and not any(t.whitespace_ for t in doc[end - 1 : stop - 1])
            and any(t.is_lower and t.is_alpha and len(t) <= 4 for t in doc[end:stop])
            and gaz.knows(longer.text)
        ):
            return longer
    return None


def _grouping(name: str, gaz: GazetteerLike) -> bool:
    """ "Australia and New Zealand": a region named by its parts is the two places the text
    lists, unlike a province that carries "and" in its name ("Jammu and Kashmir")."""
    cands = gaz.lookup(name, limit=1, fuzzy=False)
    return not cands or cands[0].kind == "region"


def trimmed_entity(ent: Span) -> Span | None:
    """Drop a leading "the" or direction word, a trailing possessive, lower-case type noun
    ("Nyanza province") or punctuation from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc  # (read off the parse's columns: asked of every entity, often twice)
    texts, lows = token_texts(doc), lower_forms(doc)
    punct, space = punct_flags(doc), space_flags(doc)
    while start < end and (punct[start] or lows[start] == "the" or not texts[start][:1].isupper()):
        start += 1
    while end > start and (
        punct[end - 1]
        or space[end - 1]  # "Robotyne\n\n": a headline's entity runs into the break
        or lows[end - 1] in {"'s", "’s", "'"}
        or texts[end - 1].islower()
    ):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    last = texts[end - 1]  # (the span's text ends with its last word's)
    if last.endswith(".") and last.count(".") == 1 and len(last) > 2:
        # A dot the tokenizer left on a word is an abbreviation's ("Calif.", "Va."): keep it.
        cut = doc.char_span(span.start_char, span.end_char - 1, alignment_mode="contract")
        return cut if cut is not None and len(cut) else span
    return span


def with_name_possessive(span: Span, gaz: GazetteerLike) -> Span:
    """ "St. John's", "Martha's" of a known name: a trailing "'s" that possesses nothing (no
    noun follows it) and makes a name the gazetteer knows is part of the name."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or doc[end].lower_ not in {"'s", "’s"}:
        return span
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
        return span  # "Kyiv's mayor": a possessive
    grown = doc[span.start : end + 1]
    return grown if gaz.knows(grown.text) else span


def proper_runs(parsed: Doc) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns (hyphen-joined, also through a short
    lower-case particle: "Bouches-du-Rhône", "Saint-Martin-de-Ré") outside any NER entity;
    found once per parse (several rules read them)."""
    return doc_memo(parsed, "claimmap_proper_runs", lambda: tuple(_proper_runs(parsed)))


def _proper_runs(parsed: Doc) -> Iterable[Span]:
    i, n = 0, len(parsed)
    pos = pos_labels(parsed)  # (a name token is a PROPN: the others need no Token object)
    while i < n:
        if pos[i] != "PROPN" or not is_name_token(parsed[i]) or parsed[i].ent_type_:
            i += 1
            continue
        j = i + 1
        while j < n and not parsed[j].ent_type_:
            if is_name_token(parsed[j]):
                j += 1
            elif _hyphen_at(parsed, j) and j + 1 < n and is_name_token(parsed[j + 1]):
                j += 2
            elif (
                _hyphen_at(parsed, j)
                and j + 3 < n
                and parsed[j + 1].is_lower
                and parsed[j + 1].is_alpha
                and len(parsed[j + 1]) <= 4
                and not parsed[j + 1].ent_type_
                and _hyphen_at(parsed, j + 2)
                and is_name_token(parsed[j + 3])
            ):
                j += 4
            else:
                break
        yield parsed[i:j]
        i = j


def _hyphen_at(parsed: Doc, j: int) -> bool:
    """A hyphen at ``j`` written without spaces on either side: it joins one name."""
    return (
        parsed[j].text in {"-", "‑"} and not parsed[j - 1].whitespace_ and not parsed[j].whitespace_
    )


def with_own_article(span: Span, gaz: GazetteerLike) -> Span:
    """ "THE HAGUE, Netherlands", "talks in The Hague": an article written in capitals, as
    part of the name (not a sentence's first word), that the gazetteer's entry carries too."""
    doc = span.doc
    if span.start == 0:
        return span
    the = doc[span.start - 1]
    in_capitals = the.text == "THE" and span.text.isupper()
    if not (in_capitals or (the.text == "The" and not the.is_sent_start)):
        return span
    longer = doc[span.start - 1 : span.end]
    cands = gaz.lookup(longer.text, limit=1, fuzzy=False) if gaz.knows(longer.text) else []
    return longer if cands and cands[0].name.lower().startswith("the ") else span


def demonym_name(span: Span, gaz: GazetteerLike) -> Span | None:
    """ "French Guiana", "British Columbia": a demonym with the capitalised words after it
    making a name the gazetteer knows is that place (a territory or province), not the
    nation the adjective names."""
    doc = span.doc
    for stop in range(min(len(doc), span.end + 3), span.end, -1):
        tail = doc[span.end : stop]
        if all(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start for t in tail) and (
            gaz.knows(doc[span.start : stop].text)
        ):
            return doc[span.start : stop]
    return None
