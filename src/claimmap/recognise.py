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
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.places_aliases import stated_aliases
from claimmap.places_article import with_official_names
from claimmap.places_caseless import caseless_matches, text_casing
from claimmap.places_context import (
    descriptors,
    disputed_references,
    has_word,
    names_a_disease,
    non_overlapping,
    overlap,
    type_cue,
    with_context,
    write_spans,
)
from claimmap.places_dateline import dateline_names, dateline_parts
from claimmap.places_evidence import (
    COMPASS,
    compass_point,
    in_capitals,
    place_evidence,
)
from claimmap.places_extent import (
    conjuncts,
    continued_name,
    demonym_name,
    extended_name,
    grown_name,
    hyphened_unit,
    joined_by_preposition,
    known_parts,
    leading_name,
    name_tail,
    organisation_province,
    particle_joined,
    proper_runs,
    trimmed_entity,
    with_landform,
    with_name_possessive,
    with_own_article,
    without_office,
)
from claimmap.places_facilities import facility_city
from claimmap.places_lexicon import (
    DIRECTIONS,
    NEVER_LABELS,
    PLACE_LABELS,
    SPAN_KEY,
    TYPED_GUESS,
    GazetteerLike,
    Toponym,
)
from claimmap.places_lexicon import toponym_at as _toponym
from claimmap.places_lists import (
    listed_names,
    titled_or_typed,
    unknown_list_item,
    with_elided_heads,
)
from claimmap.places_recheck import not_person_names, with_listed, with_repeated
from claimmap.places_references import state_references
from claimmap.places_shapes import (
    country_as_date,
    hyphen_joined_places,
    leading_country,
    province_of_region,
    with_admin_title,
)
from claimmap.places_short_forms import short_country_names
from claimmap.places_slots import misspelt_after_preposition, went_to
from claimmap.places_spelling import (
    in_place_slot,
    known_variant,
    unlisted_article_name,
    variant_in_place_slot,
    with_article,
)
from claimmap.places_syntax import named_outlet, named_thing, region_noun
from claimmap.places_unlisted import typed_unknown, unknown_facility
from claimmap.places_water import NO_PROVINCE_EVIDENCE, short_sea_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


log = logging.getLogger(__name__)


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
            *_dateline_cities(parsed, gaz),
        ]
        found = with_listed(parsed, found, gaz)
        found = with_repeated(parsed, found)
        found = not_person_names(parsed, found, gaz)
    found = [
        _region_cue(parsed, with_context(parsed, with_article(parsed, t), gaz), gaz)
        for t in with_official_names(parsed, found, gaz)
    ]
    found = _without_things(parsed, with_elided_heads(parsed, non_overlapping(found), gaz))
    found = short_country_names(parsed, stated_aliases(parsed, found, gaz), gaz)
    described = list(descriptors(parsed, found, gaz))
    if described:  # "the Kenyan capital" replaces its demonym "Kenyan"
        found = [t for t in found if not any(overlap(t, d) for d in described)]
        found.extend(described)
    found.extend(disputed_references(parsed, found))
    found.extend(state_references(parsed, found, gaz))
    found.extend(short_sea_names(parsed, found, gaz))
    found.sort(key=lambda t: (t.start, t.end))
    write_spans(parsed, found)
    return found


def _region_cue(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> Toponym:
    """ "the Kherson region": a province's cue where a province of that name is at hand
    (:func:`province_of_region`), not a region's ("the Somme region")."""
    if top.cue_kind or top.form != "name":
        return top
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    noun = region_noun(span) if span is not None else None
    if span is None or noun is None:
        return top
    if province_of_region(span, gaz) is None:  # "the Gulf region": a region, maybe unlisted
        return replace(top, evidence=(*top.evidence, NO_PROVINCE_EVIDENCE))
    why = (*top.evidence, f"type cue '{noun.text}': a province of that name")
    return replace(top, cue_kind="admin1", evidence=why)


def _without_things(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """Drop names the text gives to an organisation or vessel (:func:`_names_a_thing`), at
    every mention: "the naval force Xyz said ... Xyz said in a statement"."""
    things = {t.name for t in found if _names_a_thing(parsed, t)}
    return [t for t in found if t.form != "name" or t.name not in things]


def _names_a_thing(parsed: Doc, top: Toponym) -> bool:
    """ "the naval force Xyz", "the vessel Xyz", "the Xyz daily": a name in apposition to an
    organisation, vessel or outlet noun is that body's or ship's, whatever town shares it."""
    if top.form != "name":
        return False
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and bool(named_thing(span) or named_outlet(span))


# --- candidate spans ------------------------------------------------------------------------


def _entity_toponyms(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """Place-labelled entities as they are; demonyms; other entities when evidence agrees."""
    for ent in parsed.ents:
        span = trimmed_entity(ent)
        if span is None or compass_point(span, gaz):
            continue  # "the West" is a notion, not a place with coordinates
        label = ent.label_
        if label in NEVER_LABELS and not country_as_date(span, label, gaz):
            if label in {"WORK_OF_ART", "LAW"}:  # "fled Kyaukme and Lashio", "on to Xyz": a title
                alone = [span] if titled_or_typed(span, gaz) else []
                for part in conjuncts(span) or joined_by_preposition(span) or alone:
                    yield from _other_entity(part, label, gaz)
            continue
        if label == "NORP" or (
            len(span) == 1 and (label not in PLACE_LABELS or not gaz.knows(span.text))
        ):
            code = gaz.country_of_demonym(span.text)  # "Kenyan" tagged PERSON, "Emirati" GPE
            named = demonym_name(span, gaz) if code else None
            if named is not None:  # "French Guiana": not France
                yield _toponym(named, label=label, evidence=("demonym beginning a known name",))
                continue
            if code:
                yield _toponym(
                    span,
                    form="demonym",
                    label=label,
                    country_code=code,
                    evidence=(f"demonym of {code}",),
                )
                continue
        joined = joined_by_preposition(span) or dateline_parts(span)
        if not joined and label not in PLACE_LABELS:
            joined = listed_names(span, gaz)  # "Crete and Gavdos" read as one organisation
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
    if names_a_disease(span) or organisation_province(span) or _capitalised_word(span, gaz):
        return
    span = without_office(span)
    served = None if gaz.knows(span.text) else facility_city(span, gaz)
    if served is not None:  # "Jeddah Islamic Port": unlisted, but Jeddah's
        yield _served_city(label, served)
        return
    if "," in span.text or " and " in span.text or hyphen_joined_places(span, gaz):
        for part in known_parts(span, gaz):
            if not name_tail(part, span):
                yield _toponym(part, label=label, evidence=(f"part of NER {label}",))
        return
    grown = extended_name(leading_name(span, gaz), gaz)
    grown = with_name_possessive(particle_joined(grown, gaz), gaz)
    span = continued_name(grown) if grown == span and not gaz.knows(span.text) else grown
    yield _toponym(with_own_article(span, gaz), label=label, evidence=(f"NER {label}",))


def _served_city(label: str, served: tuple[Span, str, str]) -> Toponym:
    """The facility's mention, looked up as the city it serves (:func:`facility_city`)."""
    mention, city, why = served
    return replace(_toponym(mention, label=label, evidence=(f"NER {label}", why)), name=city)


def _capitalised_word(span: Span, gaz: GazetteerLike) -> bool:
    """ "Camp officials say ..." (tagged a facility) beside "the camp": one word capitalised
    only as a sentence's first, used in lower case elsewhere in the article and never
    capitalised inside a sentence, is that common word — unless it names a country."""
    first = span[0]
    if len(span) > 1 or not first.is_sent_start or not has_word(span.doc, first.lower_):
        return False
    if _inside_sentences(span.doc).get(first.text):
        return False
    cands = gaz.lookup(first.text, limit=1, fuzzy=False) if gaz.knows(first.text) else []
    return not (cands and cands[0].kind in {"country", "disputed"})


def _other_entity(span: Span, label: str, gaz: GazetteerLike) -> Iterable[Toponym]:
    """An entity of another label: a place only if the gazetteer or the text says so."""
    if unit := hyphened_unit(span):  # "the Xyz-Abc canton" tagged an organisation: one unit
        if gaz.knows(span.text):  # which the gazetteer holds
            yield _toponym(span, label=label, evidence=(f"NER {label} but type cue '{unit}'",))
        else:
            guessed = f"{TYPED_GUESS}'the {span.text} {unit}'"
            yield _toponym(span, label=label, evidence=(guessed,))
        return
    joined = hyphen_joined_places(span, gaz)
    if joined:  # "the Mali-Burkina Faso border" tagged ORG
        for part in joined:
            yield _toponym(part, label=label, evidence=("hyphen-joined places",))
        return
    landform = with_landform(span, gaz)
    if landform != span:  # "the Crimean peninsula" with "Crimean" tagged a nationality
        yield _toponym(landform, label=label, evidence=("known name with its landform noun",))
        return
    unlisted = unlisted_article_name(span, gaz)
    if unlisted is not None:  # "from al-Hol" with only "Hol" tagged: not the village Hol
        yield _toponym(unlisted[0], label=label, evidence=(unlisted[1],))
        return
    span = particle_joined(grown_name(span, gaz), gaz)  # "the Darien Gap": "Darien" a PERSON
    titled = with_admin_title(span, gaz)
    if titled is not None:  # "Chin State" tagged PERSON
        yield _toponym(titled, label=label, evidence=(f"NER {label} but '{span[-1]}'",))
        return
    variant = variant_in_place_slot(span, gaz)
    if variant:  # "from al-Jufra" tagged ORG: "Al Jufrah" (not "Jufra", a town's alias)
        yield _toponym(span, label=label, evidence=(f"spelling variant of {variant!r}",))
        return
    # Mislabelled places: the whole entity is a known name and the text backs it.
    if not gaz.knows(span.text):
        served = facility_city(span, gaz)
        if served is not None:  # "Durban Harbour" tagged a person
            yield _served_city(label, served)
            return
        guess = (
            misspelt_after_preposition(span)
            or typed_unknown(span, label)
            or unknown_facility(span, label)
            or unknown_list_item(span, gaz)
        )
        if guess:
            yield _toponym(span, label=label, evidence=(guess,))
            return
    if gaz.knows(span.text):
        why = place_evidence(span, gaz, label=label)
        area = "" if why else unknown_facility(span, label)
        went = "" if why or area else went_to(span, objects=False)
        if why or area or went:  # (a known name that "the al-Hol camp" makes a place: "Hol")
            evidence = (f"NER {label} but known place", *why) if why else (area or went,)
            yield _toponym(span, label=label, evidence=evidence)
    elif label == "ORG":
        embedded = leading_country(span, gaz)
        if embedded is not None:
            yield _toponym(embedded, label=label, evidence=("country named in an organisation",))


def _proper_noun_toponyms(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """Known names in proper-noun runs that NER left out of every entity."""
    for run in proper_runs(parsed):
        if unit := hyphened_unit(run):  # "the Una-Sana canton": not a town named after a half
            if gaz.knows(run.text):  # the unit itself, where the gazetteer holds it
                yield _toponym(run, evidence=("gazetteer match", f"type cue '{unit}'"))
            else:
                yield _toponym(run, evidence=(f"{TYPED_GUESS}'the {run.text} {unit}'",))
            continue
        for part in map(lambda p: particle_joined(p, gaz), known_parts(run, gaz)):
            if compass_point(part, gaz):
                continue  # "West" of "West Midlands": a notion, not the province "West"
            why = () if names_a_disease(part) else place_evidence(part, gaz) or _went(part)
            if why:
                yield _toponym(part, evidence=("gazetteer match", *why))
        variant = "" if gaz.knows(run.text) else known_variant(run, gaz)
        if variant and (type_cue(run)[0] or in_place_slot(run)):  # "al-Hudayda province"
            yield _toponym(run, evidence=(f"spelling variant of {variant!r}",))
        elif not gaz.knows(run.text) and (area := unknown_facility(run)):
            yield _toponym(run, evidence=(area,))  # "the Qalamoun mountains"


def _dateline_cities(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "NAIROBI/GENEVA, Aug 22 (AFP) -": every known city of a dateline, whatever NER made
    of it (one organisation for two cities, or nothing for the second)."""
    for start, end in dateline_names(parsed):
        span = parsed[start:end]
        if gaz.knows(span.text):
            yield _toponym(span, evidence=("wire dateline",))


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
        why = place_evidence(span, gaz, strict=True) or _went(span)
        if why:
            yield _toponym(span, evidence=("capitalised word the gazetteer knows", *why))


def _went(span: Span) -> tuple[str, ...]:
    """ "arrived in Xyz", "had taken Xyz" (:func:`went_to`), as evidence."""
    went = went_to(span)
    return (went,) if went else ()


def _inside_sentences(doc: Doc) -> dict[str, bool]:
    """Words written somewhere other than at a sentence's start, once per document (a
    lookup per candidate over the whole text made long articles quadratic)."""
    key = "claimmap_inside_sentences"
    seen = doc.user_data.get(key)
    if seen is None:
        seen = doc.user_data[key] = {t.text: True for t in doc if not t.is_sent_start}
    return seen
