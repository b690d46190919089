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
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.nlp import token_texts
from claimmap.places_aliases import called_aliases, stated_aliases
from claimmap.places_article import with_official_names
from claimmap.places_bodies import without_body_names
from claimmap.places_caseless import caseless_matches, text_casing
from claimmap.places_compounds import (
    without_compound_pieces,
    without_court_districts,
    without_member_titles,
)
from claimmap.places_context import (
    names_a_disease,
    non_overlapping,
    overlap,
    type_cue,
    with_context,
    write_spans,
)
from claimmap.places_crossings import crossing_towns
from claimmap.places_dateline import dateline_names, dateline_regions
from claimmap.places_descriptors import descriptors, disputed_references
from claimmap.places_entities import entity_toponyms
from claimmap.places_events import mark_event_names
from claimmap.places_evidence import (
    COMPASS,
    compass_point,
    in_capitals,
    place_evidence,
)
from claimmap.places_extent import (
    hyphened_unit,
    known_parts,
    proper_runs,
)
from claimmap.places_gulf import with_gulf_named
from claimmap.places_heads import with_full_names
from claimmap.places_joined import with_joined_names
from claimmap.places_languages import without_spoken_languages
from claimmap.places_lexicon import (
    ADMIN_TITLES,
    DIRECTIONS,
    FACILITY_HEADS,
    SPAN_KEY,
    TYPED_GUESS,
    GazetteerLike,
    Toponym,
)
from claimmap.places_lexicon import toponym_at as _toponym
from claimmap.places_lists import (
    with_elided_heads,
    with_hyphen_directions,
    with_shared_directions,
)
from claimmap.places_org_names import in_acronymed_name, in_party_name, without_things
from claimmap.places_particles import particles_joined
from claimmap.places_people_demonyms import with_people_demonyms
from claimmap.places_possessive_names import with_possessive_names
from claimmap.places_products import without_product_names
from claimmap.places_recheck import not_person_names, with_listed, with_repeated
from claimmap.places_references import state_references
from claimmap.places_shapes import (
    province_of_region,
)
from claimmap.places_short_forms import short_country_names, with_compass_initials
from claimmap.places_sites import road_codes, unknown_site
from claimmap.places_slot_guess import slot_guess
from claimmap.places_slots import went_to
from claimmap.places_spelling import (
    article_form,
    article_respelling,
    in_place_slot,
    known_variant,
    with_article,
)
from claimmap.places_syntax import desk_title, region_noun
from claimmap.places_title_words import without_title_words
from claimmap.places_units import unit_bases
from claimmap.places_unknown_slots import unknown_where
from claimmap.places_unlisted import unknown_facility, unknown_in_slot
from claimmap.places_valleys import valley_units
from claimmap.places_water import NO_PROVINCE_EVIDENCE, short_sea_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
            *entity_toponyms(parsed, gaz),
            *_proper_noun_toponyms(parsed, gaz),
            *_untagged_capitals(parsed, gaz),
            *_dateline_cities(parsed, gaz),
            *unit_bases(parsed, gaz),  # "17 Wing Winnipeg" with the town tagged a date
            *(_toponym(span, evidence=(why,)) for span, why in road_codes(parsed)),  # "the M5"
        ]
        sides = list(crossing_towns(parsed, gaz))  # "the Xyz-Abc border crossing": a side's
        found = [t for t in found if not any(overlap(t, s) for s in sides)] + sides  # town
        found = with_listed(parsed, found, gaz)
        found = with_repeated(parsed, found)
        found = without_body_names(parsed, not_person_names(parsed, found, gaz), gaz)
        found = with_possessive_names(parsed, found, gaz)  # "St. Xyz's Island": one name
    found = [
        _region_cue(parsed, with_context(parsed, with_article(parsed, t), gaz), gaz)
        for t in with_official_names(parsed, found, gaz)
    ]
    full = parsed.text if text is None else text
    found = with_elided_heads(parsed, non_overlapping(found), gaz)
    found = with_joined_names(found, gaz, full)  # "Khor" + "Xyz": the town "Khor Xyz"
    found = without_things(parsed, found, full, gaz)  # "the naval force Xyz", "(OSCE)"
    found = [
        t
        for t in found
        if not (in_acronymed_name(parsed, t, gaz, full) or in_party_name(parsed, t))
    ]
    found = with_full_names(parsed, found, full)  # "the Cape"
    found = _without_desks(parsed, found)  # "the group's Asia director"
    found = with_shared_directions(parsed, found)  # "northern and eastern X": two parts
    found = with_hyphen_directions(full, found, gaz)
    found = short_country_names(parsed, stated_aliases(parsed, found, gaz), gaz)
    found = called_aliases(parsed, found)  # "Xyz, which Armenians call Abc"
    found = with_compass_initials(found, gaz, full)  # "N. Korea"
    described = list(descriptors(parsed, found, gaz))
    if described:  # "the Kenyan capital" replaces its demonym "Kenyan"
        found = [t for t in found if not any(overlap(t, d) for d in described)]
        found.extend(described)
    found.extend(disputed_references(parsed, found))
    found.extend(state_references(parsed, found, gaz))
    found.extend(short_sea_names(parsed, found, gaz))
    found = with_gulf_named(parsed, found, gaz)  # "the Gulf" alone: the Persian Gulf, …
    found = mark_event_names(parsed, found, gaz)  # "the Xyz agreement": an event, reported
    found = without_spoken_languages(parsed, _without_languages(full, found))  # "spoke X"
    found = without_product_names(parsed, found, gaz)  # "Xyz pills": a drug, no place
    found = without_title_words(parsed, found, gaz)  # "Federal Minister", "the Queen of Soul"
    found = without_compound_pieces(full, found, gaz)  # "Dual-Use": a word, no town's alias
    found = without_court_districts(full, found, gaz)  # "the Southern District of Florida"
    found = without_member_titles(parsed, found, gaz)  # "Member State Turkey": the country
    found = with_people_demonyms(parsed, found)  # "Eritrean migrants": their origin
    found = valley_units(found, gaz)  # "the Bekaa Valley": the province named after it
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


#: "known in Xyz as Abc": the name after "in" is the language the other name is written in.
_NAMED_IN = re.compile(
    r"\b(?:known|called|named|spelt|spelled|written|pronounced)\s+(?:locally\s+)?in\s+$",
    re.IGNORECASE,
)
_AS_NEXT = re.compile(r"\s+as\s+\S")
#: "French-speaking", "Arabic-language", "English-medium": the word before is a tongue.
_TONGUE_NEXT = re.compile(r"[-\u2010\u2011\u2013](?:speaking|speakers?|language|medium)\b", re.I)
#: "a Panama-flagged tanker", "Liberian-flagged": the flag a ship flies is its registry, not a
#: place of the story.
_FLAG_NEXT = re.compile(r"[-\u2010\u2011\u2013]flagged\b", re.I)


def _without_languages(text: str, found: list[Toponym]) -> list[Toponym]:
    """Drop a name written as a language: "Uralsk, known in Kazakh as Oral" ("known in X
    as Y" names a tongue, whatever town or demonym shares X), and "the French-speaking
    regions" (a tongue spoken there, not the country); and "a Panama-flagged ship" (its
    registry)."""
    return [
        t
        for t in found
        if not (
            _NAMED_IN.search(text[max(0, t.start - 40) : t.start]) and _AS_NEXT.match(text, t.end)
        )
        and not _TONGUE_NEXT.match(text, t.end)
        and not _FLAG_NEXT.match(text, t.end)
    ]


def _without_desks(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """Drop a name that is part of someone's post ("the group's Asia director"): the desk
    covers the area, the story is not set there. Other mentions of the name stay."""
    return [t for t in found if not _desk(parsed, t)]


def _desk(parsed: Doc, top: Toponym) -> bool:
    if top.form != "name":
        return False
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    return span is not None and bool(desk_title(span))


# --- candidate spans ------------------------------------------------------------------------


def _proper_noun_toponyms(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """Known names in proper-noun runs that NER left out of every entity."""
    for run in proper_runs(parsed):
        if unit := hyphened_unit(run):  # "the Una-Sana canton": not a town named after a half
            if gaz.knows(run.text):  # the unit itself, where the gazetteer holds it
                yield _toponym(run, evidence=("gazetteer match", f"type cue '{unit}'"))
            else:
                yield _toponym(run, evidence=(f"{TYPED_GUESS}'the {run.text} {unit}'",))
            continue
        kept = False
        for part in map(lambda p: particles_joined(p, gaz), known_parts(run, gaz)):
            if compass_point(part, gaz) or _facility_head(part, run):
                continue  # "West" of "West Midlands": a notion, not the province "West"
            why = () if names_a_disease(part) else place_evidence(part, gaz) or _went(part)
            if why:
                kept = True
                yield _toponym(part, evidence=("gazetteer match", *why))
        guess = "" if kept else slot_guess(run, gaz, "", untagged=True)
        if guess:  # "in the Xyz area", "drones over Xyz": kept for resolution to judge
            yield _toponym(run, evidence=(guess,))
            continue
        placed = in_place_slot(run) or bool(type_cue(run)[0])
        variant = "" if not placed or gaz.knows(run.text) else _variant(run, gaz)
        if variant:  # "al-Hudayda province", "to Hodeidah" (listed with its article)
            yield _toponym(run, evidence=(f"spelling variant of {variant!r}",))
        elif not gaz.knows(run.text) and (
            area := unknown_facility(run)
            or unknown_in_slot(run)
            or unknown_site(run)
            or unknown_where(run, "", untagged=True)  # "before they reached Xyz"
        ):  # "the Qalamoun mountains", "in Xyz camp", "on Oak Street"
            yield _toponym(run, evidence=(area,))


def _facility_head(part: Span, run: Span) -> bool:
    """ "the Xyz-Abc Friendship Bridge": the last word of a longer name, a facility's head
    noun, is no town of that name ("Bridge", GB)."""
    return (
        len(part) == 1 and part.end == run.end and len(run) > 1 and part[0].lower_ in FACILITY_HEADS
    )


def _variant(run: Span, gaz: GazetteerLike) -> str:
    return known_variant(run, gaz) or article_form(run, gaz) or article_respelling(run.text, gaz)


def _dateline_cities(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "NAIROBI/GENEVA, Aug 22 (AFP) -": every known city of a dateline, whatever NER made
    of it (one organisation for two cities, or nothing for the second)."""
    for start, end in dateline_names(parsed):
        span = parsed[start:end]
        if gaz.knows(span.text):
            yield _toponym(span, evidence=("wire dateline",))
    for start, end in dateline_regions(parsed):  # "PLEASANTON, Calif.--(BUSINESS WIRE)--"
        region = parsed.text[start:end]
        tok = parsed.char_span(start, end, alignment_mode="expand")
        if tok is not None and gaz.knows(region):
            why = ("region of a wire dateline",)
            yield Toponym(start, end, region, region, head=tok.end - 1, evidence=why)


def _untagged_capitals(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "by rail via Dzhankoi" (tagged a plural noun): a capitalised word inside a sentence
    that spaCy took for neither a name nor an entity, known to the gazetteer, with context
    and an entry in a country the article names."""
    for i, word in enumerate(token_texts(parsed)):
        if not word[:1].isupper():
            continue
        tok = parsed[i]
        if tok.ent_type_ or not tok.is_alpha:
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
            or (tok.is_sent_start and not _titled(tok))
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


def _titled(tok: Token) -> bool:
    """ "Xyz Oblast Governor ... said": a sentence's first word followed by a province title
    is capitalised as a name, not as the sentence's start."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ADMIN_TITLES


def _went(span: Span) -> tuple[str, ...]:
    """ "arrived in Xyz", "had taken Xyz" (:func:`went_to`), as evidence."""
    went = went_to(span)
    return (went,) if went else ()
