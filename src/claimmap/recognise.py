"""Recognition: which stretches of an article name a place (geotagging).

spaCy's small model finds most toponyms but mislabels some (a country tagged PERSON, a
city tagged NORP, a disputed region tagged ORG) and misses others. We fuse three sources,
each span scored against the gazetteer:

* NER entities GPE / LOC / FAC, kept even when the gazetteer does not know them (fuzzy
  resolution may still place a misspelt name);
* NER entities of other labels, and proper-noun runs outside entities, kept only when the
  gazetteer knows the name *and* the text gives evidence it is a place (capitalisation,
  tag, a locative preposition, a type cue, a big or high-level place);
* demonyms (NORP) that the gazetteer maps to a country.

Type cues ("the Iraqi province of Anbar", "the Italian city of Turin", "Anbar
province"), directional areas ("northern Iraq") and descriptive references ("the
Kenyan capital") are read from the tokens around each name. The result is a list of
:class:`Toponym`, and the spans are also written to ``doc.spans["claimmap_places"]``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.places_article import article_countries, in_article_country, official_name
from claimmap.places_caseless import caseless_matches, text_casing
from claimmap.places_context import (
    conjuncts,
    continued_name,
    descriptors,
    disputed_references,
    extended_name,
    grown_name,
    is_name_token,
    joined_by_preposition,
    known_parts,
    names_a_disease,
    non_overlapping,
    organisation_province,
    overlap,
    trimmed_entity,
    type_cue,
    with_context,
    without_office,
    write_spans,
)
from claimmap.places_evidence import (
    COMPASS,
    WEAK_PERSON_MIN_POPULATION,
    also_a_person,
    in_capitals,
    listed_with_place,
    misspelt_after_preposition,
    place_evidence,
)
from claimmap.places_lexicon import (
    DIRECTIONS,
    HONORIFICS,
    LOCATIVE_PREPS,
    NEVER_LABELS,
    PLACE_LABELS,
    SPAN_KEY,
    GazetteerLike,
    Toponym,
)
from claimmap.places_lexicon import toponym_at as _toponym
from claimmap.places_shapes import (
    country_as_date,
    hyphen_joined_places,
    leading_country,
    province_of_region,
    with_admin_title,
)
from claimmap.places_water import NO_PROVINCE_EVIDENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


log = logging.getLogger(__name__)

MAX_LIST_ROUNDS = 3
#: A name spaCy calls a person is a listed place only if it is a city at least this big.
LISTED_PERSON_MIN_POPULATION = 100_000

__all__ = ["SPAN_KEY", "GazetteerLike", "Toponym", "recognise", "text_casing"]


def recognise(parsed: Doc, gaz: GazetteerLike, text: str | None = None) -> list[Toponym]:
    """Find every place reference of a parsed article, in text order, without overlaps.

    ``text`` is ``parsed.text`` when the caller has it (spaCy rebuilds it on each access).
    """
    casing = text_casing(parsed.text if text is None else text)
    if casing != "mixed":
        found = list(caseless_matches(parsed, gaz, upper=casing == "upper"))
    else:
        found = [
            *_entity_toponyms(parsed, gaz),
            *_proper_noun_toponyms(parsed, gaz),
            *_untagged_capitals(parsed, gaz),
        ]
        found = _with_listed(parsed, found, gaz)
        found = _with_repeated(parsed, found)
        found = _not_person_names(parsed, found, gaz)
    found = [
        _region_cue(parsed, with_context(parsed, t, gaz), gaz)
        for t in _official(parsed, found, gaz)
    ]
    found = non_overlapping(found)
    described = list(descriptors(parsed, found, gaz))
    if described:  # "the Kenyan capital" replaces its demonym "Kenyan"
        found = [t for t in found if not any(overlap(t, d) for d in described)]
        found.extend(described)
    found.extend(disputed_references(parsed, found))
    found.sort(key=lambda t: (t.start, t.end))
    write_spans(parsed, found)
    return found


def _region_cue(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> Toponym:
    """ "the Kherson region": a province's cue where a province of that name is at hand
    (:func:`province_of_region`), not a region's ("the Somme region")."""
    if top.cue_kind or top.form != "name":
        return top
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.end >= len(parsed) or parsed[span.end].lower_ != "region":
        return top
    if province_of_region(span, gaz) is None:  # "the Gulf region": a region, maybe unlisted
        return replace(top, evidence=(*top.evidence, NO_PROVINCE_EVIDENCE))
    why = (*top.evidence, f"type cue '{parsed[span.end].text}': a province of that name")
    return replace(top, cue_kind="admin1", evidence=why)


def _official(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "The Hashemite Kingdom" (NER GPE, unknown as written) → the official name of the one
    country of the article that it begins."""
    short = [
        i
        for i, t in enumerate(found)
        if t.form == "name" and t.label in PLACE_LABELS and not gaz.knows(t.name)
    ]
    if not short:
        return found
    codes = set(article_countries(parsed, gaz))
    for top in found:  # "Jordan" tagged PERSON is a country of the article too
        if top.form == "demonym" and top.country_code:
            codes.add(top.country_code)
        elif top.form == "name" and gaz.knows(top.name):
            cands = gaz.lookup(top.name, limit=1, fuzzy=False)
            if cands and cands[0].kind == "country" and cands[0].country_code:
                codes.add(cands[0].country_code)
    out = list(found)
    for i in short:
        full = official_name(found[i].name, codes, gaz)
        if full is not None:
            why = (*found[i].evidence, f"short for {full!r}")
            out[i] = replace(found[i], name=full, evidence=why)
    return out


# --- candidate spans ------------------------------------------------------------------------


def _entity_toponyms(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """Place-labelled entities as they are; demonyms; other entities when evidence agrees."""
    for ent in parsed.ents:
        span = trimmed_entity(ent)
        if span is None or span.text.lower() in COMPASS:
            continue  # "the West" is a notion, not a place with coordinates
        label = ent.label_
        if label in NEVER_LABELS and not country_as_date(span, label, gaz):
            if label == "WORK_OF_ART":  # "fled Kyaukme and Lashio" read as a title
                for part in conjuncts(span) or joined_by_preposition(span):
                    yield from _other_entity(part, label, gaz)
            continue
        if label == "NORP" or (
            len(span) == 1 and (label not in PLACE_LABELS or not gaz.knows(span.text))
        ):
            code = gaz.country_of_demonym(span.text)  # "Kenyan" tagged PERSON, "Emirati" GPE
            if code:
                yield _toponym(
                    span,
                    form="demonym",
                    label=label,
                    country_code=code,
                    evidence=(f"demonym of {code}",),
                )
                continue
        joined = joined_by_preposition(span)
        if joined:  # "from Bari to Durres" read as one organisation: the label is the slip's
            for part in joined:
                if label in PLACE_LABELS:
                    yield from _place_entity(part, label, gaz)
                else:
                    yield from _other_entity(part, "", gaz)
        elif label in PLACE_LABELS:
            yield from _place_entity(span, label, gaz)
        else:
            yield from _other_entity(span, label, gaz)


def _place_entity(span: Span, label: str, gaz: GazetteerLike) -> Iterable[Toponym]:
    """A place-labelled entity, kept even when the gazetteer does not know it."""
    if names_a_disease(span) or organisation_province(span):
        return
    span = without_office(span)
    if "," in span.text or " and " in span.text or hyphen_joined_places(span, gaz):
        for part in known_parts(span, gaz):
            yield _toponym(part, label=label, evidence=(f"part of NER {label}",))
        return
    grown = extended_name(span, gaz)
    span = continued_name(grown) if grown == span and not gaz.knows(span.text) else grown
    yield _toponym(span, label=label, evidence=(f"NER {label}",))


def _other_entity(span: Span, label: str, gaz: GazetteerLike) -> Iterable[Toponym]:
    """An entity of another label: a place only if the gazetteer or the text says so."""
    joined = hyphen_joined_places(span, gaz)
    if joined:  # "the Mali-Burkina Faso border" tagged ORG
        for part in joined:
            yield _toponym(part, label=label, evidence=("hyphen-joined places",))
        return
    span = grown_name(span, gaz)  # "the Darien Gap" with only "Darien" tagged PERSON
    titled = with_admin_title(span, gaz)
    if titled is not None:  # "Chin State" tagged PERSON
        yield _toponym(titled, label=label, evidence=(f"NER {label} but '{span[-1]}'",))
        return
    # Mislabelled places: the whole entity is a known name and the text backs it.
    if not gaz.knows(span.text):
        guess = misspelt_after_preposition(span) or _typed_unknown(span, label)
        if guess:
            yield _toponym(span, label=label, evidence=(guess,))
            return
    if gaz.knows(span.text):
        why = place_evidence(span, gaz, label=label)
        if why:
            yield _toponym(span, label=label, evidence=(f"NER {label} but known place", *why))
    elif label == "ORG":
        embedded = leading_country(span, gaz)
        if embedded is not None:
            yield _toponym(embedded, label=label, evidence=("country named in an organisation",))


def _typed_unknown(span: Span, label: str) -> str:
    """ "Ko Tao, an island in the Gulf", "the town of Xyz" tagged a person: a name the
    gazetteer lacks that the text calls a town or an island (reported as unresolved)."""
    if label == "ORG" or not all(is_name_token(t) for t in span):
        return ""
    kind, _, cue = type_cue(span)
    after = span.doc[span.end].text if span.end < len(span.doc) else ""
    if kind not in {"city", "place"} or cue == after:  # "the Rhine port": on the river
        return ""
    return f"unknown name, but type cue '{cue}'"


def _with_listed(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """A second look at known names spaCy called people or organisations: listed with places
    already found ("Dublin and Glasgow", "Kharkiv and Mariupol") they are places too."""
    names = list(_names_to_recheck(parsed))
    for _ in range(MAX_LIST_ROUNDS):  # "A, B, C and D" may take a few rounds
        placed = _tokens_of(parsed, found)
        extra = []
        for span, label in names:
            if not placed.isdisjoint(range(span.start, span.end)):
                continue
            neighbour = listed_with_place(span, placed)
            if not neighbour or not gaz.knows(span.text):
                continue
            cands = gaz.lookup(span.text, limit=3, fuzzy=False)
            if not cands:
                continue
            top = cands[0]
            floor = LISTED_PERSON_MIN_POPULATION if label == "PERSON" else 1_000
            why = (f"listed with {neighbour}", f"known {top.kind}")
            if top.kind == "city" and top.population < floor:
                near = in_article_country(  # "near Safed and Kiryat Shmona", in Israel
                    span, cands, gaz, min_population=WEAK_PERSON_MIN_POPULATION
                )
                if not near or also_a_person(span):
                    continue
                why = (f"listed with {neighbour}", near)
            extra.append(_toponym(span, label=label, evidence=why))
        if not extra:
            break
        found = [*found, *extra]
    return found


def _with_repeated(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """One sense per discourse: a name found as a place once is a place where NER calls
    it an organisation further on ("near Tillaberi" … "the Tillaberi region")."""
    names = {t.text for t in found if t.form == "name" and _firmly_placed(t)}
    if not names:
        return found
    placed = _tokens_of(parsed, found)
    extra = [
        _toponym(span, label=label, evidence=("named as a place elsewhere in the article",))
        for span, label in _names_to_recheck(parsed)
        if span.text in names
        and placed.isdisjoint(range(span.start, span.end))
        and (label in {"ORG", ""} or (label == "PERSON" and _object_not_person(span)))
    ]
    return [*found, *extra] if extra else found


def _firmly_placed(top: Toponym) -> bool:
    """Recognised on evidence that holds for every mention: a place label, a strong prior, or
    a type cue ("the Greek island of Samos")."""
    return (
        top.label in PLACE_LABELS
        or bool({"known admin1", "known country"} & set(top.evidence))
        or any(e.startswith("type cue") for e in top.evidence)
    )


def _object_not_person(span: Span) -> bool:
    """ "police on Samos" tagged PERSON: the object of a preposition, and no person of
    that name in the article (the "Harden" of "Maya Harden")."""
    return span.root.dep_ == "pobj" and not also_a_person(span)


def _tokens_of(parsed: Doc, found: list[Toponym]) -> set[int]:
    tokens: set[int] = set()
    for t in found:
        span = parsed.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def _names_to_recheck(parsed: Doc) -> Iterable[tuple[Span, str]]:
    """Entities (not places, times or numbers) and proper-noun runs, with their NER label."""
    for ent in parsed.ents:
        span = trimmed_entity(ent)
        if span is not None and ent.label_ not in PLACE_LABELS | NEVER_LABELS:
            yield span, ent.label_
    for run in _proper_runs(parsed):
        yield run, ""


def _not_person_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """One sense per discourse for people: "Maya Harden … Harden was" is not a place,
    unless the name is a country or a disputed area ("Georgia")."""
    people: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    for ent in parsed.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not gaz.knows(ent.text):
            people[ent.text] += 1
            people[ent[-1].text] += 1  # the surname, used alone later
        elif ent.label_ in PLACE_LABELS:
            placed[ent.text] += 1
    kept = []
    for top in found:
        if top.form == "name" and _after_honorific(parsed, top):
            continue  # "Mr. Jordan", "President Buhari"
        if top.form == "name" and top.text in people and top.label != "PERSON":
            if placed[top.text] >= people[top.text] and _in_place_slot(parsed, top):
                kept.append(top)  # "SOS Children's Village Malakal" (PERSON), "in Malakal"
                continue
            log.debug("%r dropped: also a person's name here", top.text)
            cands = gaz.lookup(top.text, limit=1, fuzzy=False)
            if not cands or cands[0].kind not in {"country", "disputed"}:
                continue
        kept.append(top)
    return kept


def _in_place_slot(parsed: Doc, top: Toponym) -> bool:
    """After a locative preposition or listed with a place: where people rarely stand."""
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    prev = parsed[span.start - 1] if span.start > 0 else None
    return (prev is not None and prev.lower_ in LOCATIVE_PREPS) or bool(listed_with_place(span))


def _after_honorific(parsed: Doc, top: Toponym) -> bool:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return parsed[span.start - 1].text.rstrip(".").lower() in HONORIFICS


def _proper_noun_toponyms(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """Known names in proper-noun runs that NER left out of every entity."""
    for run in _proper_runs(parsed):
        for part in known_parts(run, gaz):
            if part.text.lower() in COMPASS:
                continue  # "West" of "West Midlands": a notion, not the province "West"
            why = () if names_a_disease(part) else place_evidence(part, gaz)
            if why:
                yield _toponym(part, evidence=("gazetteer match", *why))


def _untagged_capitals(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "by rail via Dzhankoi" (tagged a plural noun): a capitalised word inside a sentence
    that spaCy took for neither a name nor an entity, known to the gazetteer, with context
    and an entry in a country the article names."""
    for tok in parsed:
        if tok.ent_type_ or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        code = gaz.country_of_demonym(tok.text) if tok.pos_ in {"ADJ", "NOUN"} else None
        if code:  # "Malian troops" at the start of a sentence, no entity
            yield _toponym(
                parsed[tok.i : tok.i + 1],
                form="demonym",
                country_code=code,
                evidence=(f"demonym of {code}",),
            )
            continue
        if (
            tok.pos_ in {"PROPN", "PUNCT", "NUM", "SPACE"}
            or tok.is_sent_start
            or not tok.is_alpha
            or not tok.text[:1].isupper()
            or (tok.text.isupper() and not in_capitals(parsed[tok.i : tok.i + 1]))
            or tok.lower_ in COMPASS
            or tok.lower_ in DIRECTIONS
            or not gaz.knows(tok.text)
        ):
            continue
        span = parsed[tok.i : tok.i + 1]
        why = place_evidence(span, gaz, strict=True)
        if why:
            yield _toponym(span, evidence=("capitalised word the gazetteer knows", *why))


def _proper_runs(parsed: Doc) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns (hyphen-joined) outside any NER entity."""
    i, n = 0, len(parsed)
    while i < n:
        if not is_name_token(parsed[i]) or parsed[i].ent_type_:
            i += 1
            continue
        j = i + 1
        while j < n and not parsed[j].ent_type_:
            if is_name_token(parsed[j]):
                j += 1
            elif (
                parsed[j].text in {"-", "‑"}
                and j + 1 < n
                and not parsed[j - 1].whitespace_
                and not parsed[j].whitespace_
                and is_name_token(parsed[j + 1])
            ):
                j += 2
            else:
                break
        yield parsed[i:j]
        i = j
