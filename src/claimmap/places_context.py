"""Context around a recognised place name: type cues, directions, metonymy, and the
references that are not names (descriptive: "the Kenyan capital"; coreferent: "the
disputed region").

"the restive western Iraqi province of Anbar" → kind admin-1 in IQ; "the Italian
city of Turin" → a city in IT; "northern Iraq" → an area; "Nairobi said" → the
capital as an actor (metonymy).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.places_lexicon import (
    ADMIN_TITLES,
    COREF_NOUNS,
    DIRECTIONS,
    DISEASE_NOUNS,
    FEATURE_NOUNS,
    LOCATIVE_PREPS,
    MAX_NAME_TOKENS,
    OFFICE_TITLES,
    PLACE_LABELS,
    SETTING_VERBS,
    SPAN_KEY,
    TITLE_KINDS,
    TYPE_NOUNS,
    GazetteerLike,
    Toponym,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def with_context(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> Toponym:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return top
    evidence = list(top.evidence)
    kind, country, cue_text = type_cue(span, gaz)
    if kind:
        evidence.append(f"type cue '{cue_text}'")
    elif top.form == "name" and is_dateline(span):
        kind = "city"
        evidence.append("dateline: a city")
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
    determiner = (  # "the (western) Pacific"; not "the Fredericton area", where "the" is the area's
        top.form == "name"
        and before is not None
        and before.lower_ == "the"
        and not (span.root.dep_ in {"compound", "amod", "nmod"} and span.root.head.i >= span.end)
    )
    if not kind and prev is not None and prev.lower_ in {"river", "lake"} and prev.text.islower():
        kind, cue_text = "water", prev.text  # "the river Jordan"
        evidence.append(f"type cue '{cue_text}'")
    agent = top.form == "name" and is_agent(span)
    if agent:
        evidence.append(f"subject of '{span.root.head.lemma_}'")
    return replace(
        top,
        cue_kind=kind or top.cue_kind,
        cue_country=country or top.cue_country,
        direction=direction,
        agent=agent,
        determiner=determiner,
        evidence=tuple(evidence),
    )


def is_dateline(span: Span) -> bool:
    """ "WASHINGTON (Reuters) -", "BEIRUT, Oct 6 —": a wire story's dateline names a city."""
    doc = span.doc  # token look-ups only: Doc.text is rebuilt on every access
    if not span.text.isupper() or len(span.text) < 3 or span.end >= len(doc):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        prev is not None
        and not (prev.is_space and "\n" in prev.text)
        and "\n" not in prev.whitespace_
    ):
        return False
    return doc[span.end].text[:1] in {"(", "-", "—", "–", ","}


def type_cue(span: Span, gaz: GazetteerLike | None = None) -> tuple[str | None, str | None, str]:
    """Kind (and country) a phrase announces: "province of X", "X province", "the Italian
    city of X"."""
    doc = span.doc
    # "… province of X" / "the Italian city of X"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        noun = doc[span.start - 2]
        kind = TYPE_NOUNS.get(noun.lower_)
        if kind:
            country = None
            if gaz is not None:
                for left in doc[max(0, noun.i - 4) : noun.i]:
                    code = gaz.country_of_demonym(left.text) if left.text[:1].isupper() else None
                    if code:
                        country = code
            start = max(0, noun.i - 4)
            return kind, country, doc[start : span.start].text.strip()
    # "X province", "X Governorate" (not "X region", which names disputed areas too)
    if span.end < len(doc):
        noun = doc[span.end]
        kind = TYPE_NOUNS.get(noun.text) or TITLE_KINDS.get(noun.text)  # not "Mexico City"
        if noun.text in ADMIN_TITLES:  # "Rakhine State", NER left the title out
            kind = "admin1"
        if kind and kind not in {"region", "country"} and noun.lower_ != "capital":
            return kind, None, noun.text
    kind, noun_text = classed_by_noun(span)
    return (kind, None, noun_text) if kind else (None, None, "")


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


#: Verbs whose subject, when it is a capital, stands for a government.
def is_agent(span: Span) -> bool:
    """ "Nairobi said", "Moscow was sending": the name is the subject of an action
    verb. "Paris is rainy", "Paris hosted the games" are about the place itself."""
    root = span.root
    if root.dep_ != "nsubj":
        return False
    head = root.head
    return head.pos_ == "VERB" and head.lemma_.lower() not in SETTING_VERBS


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


def descriptors(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "The Kenyan capital", "Iraq's capital" (no name after it) → a reference to that
    country's capital."""
    if not has_word(parsed, "capital", any_case=True):
        return
    taken = [(t.start, t.end) for t in found]
    for tok in parsed:
        if tok.lower_ != "capital" or tok.i == 0:
            continue
        nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.text[:1].isupper()):
            continue  # "the Kenyan capital of Nairobi", "the capital Nairobi": Nairobi is named
        demonym = parsed[tok.i - 1]
        code = gaz.country_of_demonym(demonym.text) if demonym.text[:1].isupper() else None
        if code:
            start = tok.i - 2 if tok.i >= 2 and parsed[tok.i - 2].lower_ == "the" else tok.i - 1
            own = (demonym.idx, demonym.idx + len(demonym))
        elif demonym.text in {"'s", "’s"} and tok.i >= 2:  # "Iraq's capital"
            owner = next((t for t in found if t.end == demonym.idx and t.form == "name"), None)
            code = _country_named(owner, gaz)
            start, own = tok.i, (-1, -1)
        if not code:
            continue
        span = parsed[start : tok.i + 1]
        if any(s < span.end_char and span.start_char < e and (s, e) != own for s, e in taken):
            continue
        yield Toponym(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=span.text,
            form="descriptor",
            country_code=code,
            cue_kind="city",
            head=tok.i,
            evidence=(f"'{span.text}': the capital of {code}",),
        )


def _country_named(top: Toponym | None, gaz: GazetteerLike) -> str | None:
    if top is None:
        return None
    cands = gaz.lookup(top.name, limit=1, fuzzy=False)
    return cands[0].country_code if cands and cands[0].kind == "country" else None


def disputed_references(parsed: Doc, found: list[Toponym]) -> Iterable[Toponym]:
    if not any(has_word(parsed, w, any_case=True) for w in ("disputed", "breakaway", "contested")):
        return
    taken = [(t.start, t.end) for t in found]
    for tok in parsed[2:]:
        if tok.lower_ not in COREF_NOUNS:
            continue
        det, adj = parsed[tok.i - 2], parsed[tok.i - 1]
        if det.lower_ != "the" or adj.lower_ not in {"disputed", "breakaway", "contested"}:
            continue
        span = parsed[det.i : tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        yield Toponym(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=span.text,
            form="coref",
            cue_kind="disputed",
            head=tok.i,
            evidence=(f"'{span.text}' refers back to the disputed area",),
        )


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


# --- the extent of a name -------------------------------------------------------------------


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
        not (t.is_alpha and t.text[:1].isupper()) for t in span if t.i not in joins
    ):
        return []
    bounds = zip([span.start, *(i + 1 for i in joins)], [*joins, span.end], strict=True)
    return [doc[a:b] for a, b in bounds if b > a]


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
                yield part
                i = j
                break
        else:
            i += 1


def trimmed_entity(ent: Span) -> Span | None:
    """Drop a leading "the" or direction word, a trailing possessive, lower-case type noun
    ("Nyanza province") or punctuation from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (
        doc[start].is_punct or doc[start].lower_ == "the" or not doc[start].text[:1].isupper()
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space  # "Robotyne\n\n": a headline's entity runs into the break
        or doc[end - 1].lower_ in {"'s", "’s", "'"}
        or doc[end - 1].text.islower()
    ):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    if span.text.endswith(".") and span[-1].text.count(".") == 1 and len(span[-1]) > 2:
        # A dot the tokenizer left on a word is an abbreviation's ("Calif.", "Va."): keep it.
        cut = doc.char_span(span.start_char, span.end_char - 1, alignment_mode="contract")
        return cut if cut is not None and len(cut) else span
    return span
