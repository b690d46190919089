"""Entity toponyms: which spaCy entities name a place, whatever label NER gave them.

Why a module of its own: NER entities are the richest of the recognisers' sources and need
the most repair (a place-labelled entity kept even when unlisted, an entity of another
label kept only when the gazetteer and the text agree, demonyms read as countries);
:mod:`claimmap.recognise` fuses this source with proper-noun runs, untagged capitals and
datelines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.nlp import entities
from claimmap.places_context import (
    has_word,
    names_a_disease,
)
from claimmap.places_dateline import dateline_parts
from claimmap.places_entity_edges import led_name, without_edge_words
from claimmap.places_evidence import (
    compass_point,
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
    trimmed_entity,
    with_landform,
    with_name_possessive,
    with_own_article,
    without_office,
)
from claimmap.places_facilities import facility_city, listed_facility
from claimmap.places_lexicon import (
    NEVER_LABELS,
    PLACE_LABELS,
    TYPED_GUESS,
    GazetteerLike,
    Toponym,
)
from claimmap.places_lexicon import toponym_at as _toponym
from claimmap.places_lists import (
    listed_names,
    listed_with_person,
    located_names,
    titled_or_typed,
    unknown_list_item,
)
from claimmap.places_located_subject import located_subject
from claimmap.places_of_names import leading_unit, place_after_of
from claimmap.places_particles import particles_joined
from claimmap.places_regions import region_adjective
from claimmap.places_shapes import (
    country_as_date,
    hyphen_joined_places,
    leading_country,
    name_before_date,
    possessed_parts,
    with_admin_title,
    with_unit_title,
)
from claimmap.places_sites import unknown_site
from claimmap.places_slot_guess import slot_guess
from claimmap.places_slots import led_after_preposition, misspelt_after_preposition, went_to
from claimmap.places_spelling import (
    unlisted_article_name,
    variant_in_place_slot,
)
from claimmap.places_syntax import titled_preposition
from claimmap.places_unknown_slots import located_apposition, unknown_where
from claimmap.places_unlisted import (
    typed_unknown,
    unknown_continuation,
    unknown_facility,
    unknown_in_slot,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def entity_toponyms(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """Place-labelled entities as they are; demonyms; other entities when evidence agrees."""
    for ent in entities(parsed):
        span = trimmed_entity(ent)
        place = ent.label_ in PLACE_LABELS
        span = without_edge_words(span, gaz, place=place) if span is not None else None
        if span is not None and len(span) > 1 and titled_preposition(span[0], span[1:], gaz):
            span = span[1:]  # "Via Morocco" in a title-case headline
        if span is None or compass_point(span, gaz):
            continue  # "the West" is a notion, not a place with coordinates
        label = ent.label_
        if label in NEVER_LABELS and not country_as_date(span, label, gaz):
            if label in {"WORK_OF_ART", "LAW"}:  # "fled Kyaukme and Lashio", "on to Xyz": a title
                typed = titled_or_typed(span, gaz) or slot_guess(span, gaz, label)
                alone = [span] if typed else []
                for part in conjuncts(span) or joined_by_preposition(span) or alone:
                    yield from _other_entity(part, label, gaz)
            elif (lead := name_before_date(ent, gaz)) is not None:  # "in Xyz last month"
                yield from _other_entity(lead, "", gaz)
            elif facility := unknown_facility(span, label):  # "the Xyz crossing" as a date
                yield _toponym(span, label=label, evidence=(facility,))
            continue
        if label == "NORP" or (
            len(span) == 1 and (label not in PLACE_LABELS or not gaz.knows(span.text))
        ):
            code = gaz.country_of_demonym(span.text)  # "Kenyan" tagged PERSON, "Emirati" GPE
            named = demonym_name(span, gaz) if code else None
            if named is not None:  # "French Guiana": not France
                yield _toponym(named, label=label, evidence=("demonym beginning a known name",))
                continue
            region = "" if code or label != "NORP" else region_adjective(span, gaz)
            if region:  # "an East African hub": the region East Africa
                yield _toponym(span, name=region, label=label, evidence=(f"adjective of {region}",))
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
        joined = joined or located_names(span, gaz)  # "Xyz on the Red Sea" tagged ORG
        if not joined and label not in PLACE_LABELS:
            # "Crete and Gavdos", "Mozambique's Xyz" read as one organisation
            joined = listed_names(span, gaz) or possessed_parts(span, gaz)
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
    led = _demonym_led(span, gaz)
    if led is not None:  # "the Russian Black Sea port": Russia's, on the Black Sea
        code, rest = led
        said = (f"demonym of {code}",)
        yield _toponym(span[:1], form="demonym", label=label, country_code=code, evidence=said)
        yield from _place_entity(rest, label, gaz)
        return
    span = without_office(span)
    listed = listed_facility(span, gaz)
    if listed is not None:  # "Don Mueang airport": the airport's own entry
        yield _listed_airport(span, listed, label)
        return
    served = None if gaz.knows(span.text) else facility_city(span, gaz)
    if served is not None:  # "Jeddah Islamic Port": unlisted, but Jeddah's
        yield _served_city(label, served)
        return
    dashed = any(f" {d} " in span.text for d in ("-", "–", "—"))  # "West Africa - Xyz"
    if "," in span.text or " and " in span.text or dashed or hyphen_joined_places(span, gaz):
        for part in known_parts(span, gaz):
            if not name_tail(part, span):
                yield _toponym(part, label=label, evidence=(f"part of NER {label}",))
        return
    titled = with_admin_title(span, gaz)
    if titled is not None:  # "Xyz Krai" tagged a facility: the province Xyz (its title a cue)
        why = (f"NER {label}", f"type cue '{span[-1]}'")
        yield _toponym(span, name=titled.text, cue_kind="admin1", label=label, evidence=why)
        return
    unit = with_unit_title(span, gaz)
    if unit is not None:  # "Xyz District" tagged a facility: named after its seat
        why = (f"NER {label}", f"type cue '{span[len(unit) :].text}'")
        yield _toponym(unit, label=label, evidence=why)
        return
    if (of := place_after_of(span, gaz)) is not None:  # "the City of Xyz" tagged a place
        yield _toponym(of[0], label=label, evidence=(f"NER {label}", of[1]))
        return
    grown = extended_name(led_name(span, gaz), gaz)
    grown = with_name_possessive(particles_joined(grown, gaz), gaz)
    span = continued_name(grown) if grown == span and not gaz.knows(span.text) else grown
    yield _toponym(with_own_article(span, gaz), label=label, evidence=(f"NER {label}",))


def _demonym_led(span: Span, gaz: GazetteerLike) -> tuple[str, Span] | None:
    """ "Russian Black Sea" tagged one place: a demonym before a name the gazetteer knows,
    the whole unknown ("French Guiana" is known, and one place)."""
    if len(span) < 2 or gaz.knows(span.text) or not gaz.knows(span[1:].text):
        return None
    code = gaz.country_of_demonym(span[0].text)
    return (code, span[1:]) if code else None


def _listed_airport(span: Span, listed: Span, label: str) -> Toponym:
    """ "Cairo airport": the mention is the name as written ("Cairo", the literal place
    name), looked up with its head noun, so that it is the airport's entry."""
    why = (f"NER {label}", f"'{listed.text}': an airport the gazetteer lists")
    return _toponym(span, name=listed.text, label=label, evidence=why)


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
    """An entity of another label: a place only if the gazetteer or the text says so; a
    known name written where a place goes is kept for resolution to judge
    (:func:`slot_guess`), so that it resolves or is reported, never vanishes."""
    found = list(_other_entity_read(span, label, gaz))
    guess = "" if found else slot_guess(span, gaz, label)
    yield from found or ([_toponym(span, label=label, evidence=(guess,))] if guess else [])


def _other_entity_read(span: Span, label: str, gaz: GazetteerLike) -> Iterable[Toponym]:
    if (of := place_after_of(span, gaz)) is not None:  # "the Health Ministry of Xyz"
        yield _toponym(of[0], label=label, evidence=of[1:])
        return
    if unit := hyphened_unit(span):  # "the Xyz-Abc canton" tagged an organisation: one unit
        if gaz.knows(span.text):  # which the gazetteer holds
            yield _toponym(span, label=label, evidence=(f"NER {label} but type cue '{unit}'",))
        else:
            guessed = f"{TYPED_GUESS}'the {span.text} {unit}'"
            yield _toponym(span, label=label, evidence=(guessed,))
        return
    site = "" if gaz.knows(span.text) else unknown_site(span, label)
    # "taken to St. Mary Hospital" tagged ORG, "to Evin Prison" tagged PERSON; but in
    # "Kenya National Hospital" the country stays the place, as before
    if site and not leading_country(span, gaz):
        yield _toponym(span, label=label, evidence=(site,))
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
    continued = unknown_continuation(span, gaz)
    if continued is not None:  # "the town of Xyz Nova do Abc" with "Xyz Nova" tagged
        yield _toponym(continued[0], label=label, evidence=(continued[1],))
        return
    span = particles_joined(grown_name(span, gaz), gaz)  # "the Darien Gap": "Darien" a PERSON
    titled = with_admin_title(span, gaz)
    if titled is not None:  # "Chin State" tagged PERSON
        yield _toponym(titled, label=label, evidence=(f"NER {label} but '{span[-1]}'",))
        return
    seat = with_unit_title(span, gaz)
    if seat is not None:  # "Xyz Local Government Area" tagged ORG: named after its seat
        title = span[len(seat) :].text
        yield _toponym(seat, label=label, evidence=(f"NER {label} but type cue '{title}'",))
        return
    variant = variant_in_place_slot(span, gaz)
    if variant:  # "from al-Jufra" tagged ORG: "Al Jufrah" (not "Jufra", a town's alias)
        yield _toponym(span, label=label, evidence=(f"spelling variant of {variant!r}",))
        return
    # Mislabelled places: the whole entity is a known name and the text backs it.
    lead = leading_name(span, gaz)
    led = "" if gaz.knows(span.text) else led_after_preposition(span, lead)
    if led and gaz.lookup(lead.text, limit=1, fuzzy=True):  # "in Xyz Abc", tagged a person
        yield _toponym(lead, label=label, evidence=(led,))
        return
    listed = listed_facility(span, gaz)
    if listed is not None:  # "Benina airport" tagged a person
        yield _listed_airport(span, listed, label)
        return
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
            or unknown_where(span, label)  # "a shelter in Xyz Abc", "off Ras Xyz"
        )
        slot = unknown_in_slot(span, label)  # "in Xyz camp": reported even if no misspelling
        if guess or slot:
            evidence = tuple(dict.fromkeys(e for e in (guess, slot) if e))
            yield _toponym(span, label=label, evidence=evidence)
            return
    if gaz.knows(span.text) and not listed_with_person(span, label, gaz):
        why = place_evidence(span, gaz, label=label)
        area = "" if why else unknown_facility(span, label)
        went = "" if why or area else went_to(span, objects=False) or _located(span)
        if why or area or went:  # (a known name that "the al-Hol camp" makes a place: "Hol")
            evidence = (f"NER {label} but known place", *why) if why else (area or went,)
            yield _toponym(span, label=label, evidence=evidence)
    elif label == "ORG":
        embedded = leading_country(span, gaz)
        if embedded is not None:
            yield _toponym(embedded, label=label, evidence=("country named in an organisation",))
        elif (body := leading_unit(span, gaz)) is not None:  # "the Xyz Department of Health"
            yield _toponym(body, label=label, evidence=("province whose government it is",))


def _located(span: Span) -> str:
    """ "from Xyz, near Abc" (:func:`located_apposition`), "Xyz is near Abc"
    (:func:`located_subject`) as evidence: the text places the name, so resolution places it
    or reports why not."""
    located = located_apposition(span) or located_subject(span)
    return f"{TYPED_GUESS}'{located}'" if located else ""


def _inside_sentences(doc: Doc) -> dict[str, bool]:
    """Words written somewhere other than at a sentence's start, once per document (a
    lookup per candidate over the whole text made long articles quadratic)."""
    key = "claimmap_inside_sentences"
    seen = doc.user_data.get(key)
    if seen is None:
        seen = doc.user_data[key] = {t.text: True for t in doc if not t.is_sent_start}
    return seen
