"""Evidence that a known name which NER did not call a place is one here.

spaCy's small model tags some places PERSON, ORG or NORP, and leaves others untagged. A
name the gazetteer knows is kept only with reasons from the text, which become the place's
evidence: a strong prior (a country, a disputed area, a province, a city of a million, a
national capital), or context — a locative preposition, a type cue, "the mayor of X", a
list with other places, a container after a comma. A word also used in lower case in the
same article ("March", "Reading") is not a name here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.gazetteer_query import ARABIC_ARTICLES
from claimmap.nlp import entities
from claimmap.places_admin2 import ADMIN2_WORDS, UNIT_KINDS
from claimmap.places_article import in_article_country
from claimmap.places_context import has_word, type_cue
from claimmap.places_cue_words import dweller_noun, province_code
from claimmap.places_dateline import is_dateline
from claimmap.places_lexicon import (
    ATTACK_NOUNS,
    FACILITY_HEADS,
    LOCATIVE_PREPS,
    MOTION_VERBS,
    TYPE_NOUNS,
    GazetteerLike,
    motion_verb,
)
from claimmap.places_lists import known_list_mate, list_in_place_slot
from claimmap.places_located_subject import located_subject
from claimmap.places_neighbours import (
    apposed_in,
    followed_by_container,
    inside_named_container,
    listed_with_place,
    near_sentence_place,
)
from claimmap.places_shapes import province_of_region
from claimmap.places_slots import (
    GOING_VERBS,
    PLACE_OF_NOUNS,
    according_to,
    addressed_person,
    owned_in_place_slot,
    place_of_noun,
    wide_feature,
)
from claimmap.places_spelling import leading_article
from claimmap.places_syntax import border_facility, dotted_unit, region_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Prepositions after which a name is a place even when it is a village: "near Krynky".
NEAR_PREPS = frozenset(
    {"near", "in", "into", "outside", "toward", "towards", "around", "inside", "through", "via",
     "across", "within"}
)  # fmt: skip
#: Compass words alone ("the West", "the North") are not places to put on a map.
COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
#: ...nor are the points between them ("the Southwest", "the North-East"), which the
#: gazetteer would only match by spelling to a province somewhere ("South-West", Cameroon).
COMPASS_POINTS = COMPASS | {
    f"{a}{sep}{b}" for a in ("north", "south") for b in ("east", "west") for sep in ("", "-", " ")
}
#: An organisation-labelled name that is only a town needs a town at least this big...
ORG_CITY_MIN_POPULATION = 50_000
#: ...and a person-labelled one a city this big (with a preposition or a type cue).
PERSON_CITY_MIN_POPULATION = 100_000
#: With only a verb or a facility noun as context, and a country the article names, a town
#: needs this many people — a person-labelled name more.
WEAK_MIN_POPULATION = 1_000
#: An organisation's name after a preposition that no verb of going governs ("through
#: Congress", "in Parliament") is a place by its country alone only for a town this big:
#: bodies share their names with small towns (Congress, Arizona).
WEAK_ORG_MIN_POPULATION = 20_000
WEAK_PERSON_MIN_POPULATION = 20_000
#: A verb with one of these dependents is not one of motion: "left Jackson furious".
VERB_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "ccomp"})


def place_evidence(
    span: Span, gaz: GazetteerLike, *, label: str = "", strict: bool = False
) -> tuple[str, ...]:
    """Reasons to read a known name that NER did not call a place as a place, or ().

    A strong prior (a country, a disputed area, a province, a city of a million) suffices
    unless the word is also used as a common word in this text; a weaker one needs a
    locative preposition or a type cue. Person names need the strong prior. The weakest
    context — the object of a motion verb ("fled Kherson"), a modifier of a facility noun
    ("the Kerch bridge") — or a word spaCy did not even take for a proper noun (``strict``)
    also needs an entry in a country the article names (:func:`in_article_country`).
    """
    first = span[0]
    doc = span.doc
    if (
        any(
            not (
                t.text[:1].isupper()
                or t.is_punct
                or _inner_possessive(t, span)
                or _own_article(t, span)
                or (len(span) > 2 and _inner_particle(t, span))
            )
            for t in span
        )
        or len(span.text) < 3
    ):
        return ()
    if len(span) == 1 and (first.is_stop or has_word(doc, first.lower_)):
        return ()  # "Of", "Along", "March": the word also occurs as a common word here
    dateline = is_dateline(span)  # "BANGKOK (AP) —": capitals, yet no acronym
    acronym = span.text.isupper() and not (in_capitals(span) or dateline or dotted_unit(span, gaz))
    skip = 3 if leading_article(span) else 1  # "from al-Kufra": the word before "al-"
    prev = doc[span.start - skip] if span.start >= skip else None
    written_the = prev is not None and prev.lower_ == "the"  # before a wide feature skips it
    if written_the and wide_feature(span, gaz):
        prev = doc[span.start - skip - 1] if span.start > skip else None  # "in the Xyz Range"
    context: list[str] = ["dateline"] if dateline else []
    if prev is not None and prev.lower_ in LOCATIVE_PREPS and not according_to(prev):
        context.append(f"after '{prev.text}'")
    written = doc[span.start - skip + 1 : span.end] if skip > 1 else span  # with its "al-"
    kind, _, cue_text = type_cue(written)
    region = region_noun(span)
    if not kind and region is not None and province_of_region(span, gaz) is not None:
        kind, cue_text = "admin1", region.text  # "the Kherson region"
    if kind:
        context.append(f"type cue '{cue_text}'")
    elif (noun := place_of_noun(span)) is not None:
        context.append(f"'{noun.text} of'")
    elif span.root.dep_ == "poss" and span.root.head.lemma_.lower() in PLACE_OF_NOUNS:
        context.append(f"'s {span.root.head.text}")  # "Donetsk's outskirts", "Kyiv's mayor"
    elif (dweller := dweller_noun(span)) is not None:
        context.append(f"'{span.text} {dweller.text}': people of the place")
    listed = listed_with_place(span)
    if listed:
        context.append(f"listed with {listed}")
    elif not context and (chained := list_in_place_slot(span)):
        context.append(chained)  # "towards Xyz, Abc and Def" with "Abc" unknown
    if not context and (located := located_subject(span)):
        context.append(f"'{located}'")  # "Xyz is near Abc": the subject of a position
    slot = facility_in_place_slot(span)
    if slot and not context:
        context.append(slot)
    cands = gaz.lookup(span.text, limit=3, fuzzy=False)
    top = cands[0] if cands else None
    if top is None:
        return ()
    if label == "NORP" and top.kind != "country" and _modifies_noun(span):
        return ()  # "Balkan war-era weapons": an adjective of a people, not the province
    strong: list[str] = []
    organisation = label == "ORG" and not dotted_unit(span, gaz)  # "White House", not "B.C."
    if (
        top.kind in {"country", "disputed"}
        or (top.kind in {"admin1", "region"} and not acronym and not organisation)
        or (top.kind == "admin2" and any(t.lower_ in ADMIN2_WORDS for t in span))
    ):
        strong.append(f"known {top.kind}")
    elif top.population >= 1_000_000 and not acronym:
        strong.append(f"city of {top.population:,}")
    elif any(w == "national capital" for w in top.why) and not acronym:
        strong.append("national capital")
    elif acronym and (code := province_code(span, top, gaz)):
        strong.append(code)  # "regional NSW", "the NSW government"
    if written_the and not acronym and _river_or_lake(span, gaz):
        strong.append("a river or lake, written 'the X'")  # "the Danube" tagged PERSON
    if followed_by_container(span, gaz):
        context.append("followed by ', <country or province>'")
    if strong and not strict:
        return (*strong, *context)
    if label == "PERSON" and addressed_person(prev):
        return ()  # "a letter from Xyz": its writer, not a town
    inside = inside_named_container(span, gaz)
    if inside and not context and apposed_in(span):
        context.append("followed by ', in'")  # "Xyz, in Abc County, Ohio,": where it lies
    owned = "" if context else owned_in_place_slot(span, gaz)
    if owned and not (label == "PERSON" and also_a_person(span)):
        return (*strong, owned)  # "towards Italy's Xyz": the text places it
    if inside and context and not (label == "PERSON" and also_a_person(span)):
        return (*context, inside)  # "to Pozzallo in Sicily": the text places it
    if label == "PERSON":  # "in Nottingham", "the town of Garissa"; not "according to Yap"
        min_population = PERSON_CITY_MIN_POPULATION
    else:
        min_population = ORG_CITY_MIN_POPULATION if organisation else 1_000
    if acronym:
        return ()
    unit = any(c.kind in UNIT_KINDS and "exact name" in c.why for c in cands)  # "in Cornwall"
    if (
        context
        and not strict
        and (kind or unit or top.kind != "city" or top.population >= min_population)
    ):
        return (*context, f"known {top.kind}")  # a type cue says what it is: any size will do
    near = (
        ""
        if strict or not context or also_a_person(span)
        else near_sentence_place(span, cands, gaz) or known_list_mate(span, gaz)
    )  # "towards Xyz, Abc and Def": a town listed with a town of its country
    if near:  # "from Fort Nelson ... to Prince George": a town near the sentence's other place
        return (*context, near)
    # a word spaCy took for a common noun ("Republicans attacked Reading of the bill") is not
    # made a place by its verb alone
    verb = "" if strict and not in_capitals(span) else action_on_place(span)
    event = "" if strict else event_place(span)
    weak = [w for w in (verb, names_facility(span), event) if w]
    mated = not (strong or context or weak)  # "allow Xyz and Abc to ...": a list mate only
    weak = weak or _mate(span, gaz, label)
    if not (strong or context or weak) or (label == "PERSON" and also_a_person(span)):
        return ()
    floor = WEAK_PERSON_MIN_POPULATION if label == "PERSON" else WEAK_MIN_POPULATION
    if (organisation and not weak and not _going_before(prev)) or mated:
        floor = max(floor, WEAK_ORG_MIN_POPULATION)  # "push through Congress"; "Ford and Xyz"
    if not strict and (
        (prev is not None and prev.lower_ in NEAR_PREPS) or border_facility(span) or event
    ):  # "near Krynky", "the Lachin corridor": a village of a country the article names
        floor = 0
    cand = in_article_country(span, cands, gaz, min_population=floor)
    return (*strong, *context, *weak, cand) if cand else ()


def _mate(span: Span, gaz: GazetteerLike, label: str) -> list[str]:
    """A known list mate in a country this name has an entry in (:func:`known_list_mate`),
    for a name NER called a person or a body, as weak evidence (the article must still name
    the country)."""
    if label not in {"PERSON", "ORG"} or also_a_person(span):
        return []
    mate = known_list_mate(span, gaz)
    return [mate] if mate else []


def _going_before(prep: Token | None) -> bool:
    """ "arrived in X", "fled through X": a verb of going governs the preposition."""
    if prep is None or prep.head.pos_ != "VERB":
        return False
    return prep.head.lemma_.lower() in GOING_VERBS or motion_verb(prep.head.text)


def _modifies_noun(span: Span) -> bool:
    """ "Balkan weapons", not "the Punjab province": a modifier of a noun other than a type
    noun."""
    root = span.root
    return (
        root.dep_ in {"amod", "compound", "nmod"}
        and root.head.i >= span.end
        and root.head.lemma_.lower() not in TYPE_NOUNS
        and dweller_noun(span) is None  # "a Xyz woman": she lives there
    )


def _river_or_lake(span: Span, gaz: GazetteerLike) -> bool:
    water = gaz.lookup(span.text, kind="water", limit=1, fuzzy=False)
    return bool(water) and water[0].kind == "water"


def _inner_possessive(tok: Token, span: Span) -> bool:
    """ "Cox's Bazar", "Martha's Vineyard": a possessive inside a name, not at its end."""
    return tok.lower_ in {"'s", "’s"} and span.start < tok.i < span.end - 1


def _own_article(tok: Token, span: Span) -> bool:
    """ "the province of al-Bayda": the Arabic article opening the name, and its hyphen."""
    return (
        len(span) > 2
        and span[0].lower_ in ARABIC_ARTICLES
        and span[1].text in {"-", "‑"}
        and not span[0].whitespace_
        and tok.i in {span.start, span.start + 1}
    )


def _inner_particle(tok: Token, span: Span) -> bool:
    """ "Rio Grande do Sul", "Newcastle upon Tyne": a short lower-case word inside a name."""
    return tok.is_lower and tok.is_alpha and len(tok) <= 4 and span.start < tok.i < span.end - 1


def in_capitals(span: Span) -> bool:
    """Whether ``span`` sits in a line written in capitals (a headline), where every word
    looks like an acronym: its neighbouring words are capitals too."""
    doc = span.doc
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    words = [t for t in near if t.is_alpha and len(t) > 1]
    return bool(words) and all(t.text.isupper() for t in words)


#: Spans of time a place named for what happened there is counted from: "ten years after X".
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "decade"})


def event_place(span: Span) -> str:
    """ "ten years after Xyz, schools are still unsafe": a name alone after a span of time and
    "after"/"since", closed by punctuation, stands for what happened there (the place of a
    massacre or an abduction); its village may be a hamlet of a country the article names."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or not doc[span.end].is_punct:
        return ""
    prep, time = doc[span.start - 1], doc[span.start - 2]
    if prep.lower_ not in {"after", "since"} or time.lemma_.lower() not in _TIME_NOUNS:
        return ""
    return f"'{time.text} {prep.text}' a place's event"


def action_on_place(span: Span) -> str:
    """ "fled Kherson", "Bakhmut was captured": the object (or passive subject) of a verb of
    movement or armed action — unless the verb takes a complement ("left Jackson furious")."""
    root = span.root
    head = root.head
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if span.text.isupper() and prev is not None and prev.text.isupper() and motion_verb(prev.text):
        return f"after '{prev.text}'"  # a headline in capitals: "TROOPS LEAVE KHERSON"
    if (
        root.dep_ == "pobj"
        and head.lower_ in {"on", "against"}
        and head.head.lemma_.lower() in ATTACK_NOUNS
        and head.head.pos_ == "NOUN"
    ):
        return f"'{head.head.text} {head.text}'"  # "a drone attack on Belgorod"
    if root.dep_ not in {"dobj", "nsubjpass"} or not (
        head.lemma_.lower() in MOTION_VERBS or motion_verb(head.text)
    ):
        return ""
    if head.pos_ not in {"VERB", "AUX"} or any(c.dep_ in VERB_COMPLEMENTS for c in head.children):
        return ""
    return f"object of '{head.lemma_.lower()}'"


def names_facility(span: Span) -> str:
    """ "the Kerch bridge", "the Mosul dam", "the Syria-Iraq border": a name modifying a
    lower-case facility noun (through other modifiers: "the Mariupol steel plant")."""
    tok = span.root
    while tok.dep_ in {"compound", "nmod", "amod"} and span.end <= tok.head.i <= span.end + 2:
        tok = tok.head
        if tok.text.islower() and tok.lemma_.lower() in FACILITY_HEADS:
            return f"names the {tok.text}"
    return ""


def facility_in_place_slot(span: Span) -> str:
    """ "to the Fujairah anchorage", "at the Mosul dam": a name modifying a facility noun
    that is itself the object of a locative preposition sits in a place slot, as "to
    Fujairah" would."""
    if not names_facility(span):
        return ""
    tok = span.root
    while tok.dep_ in {"compound", "nmod", "amod"} and tok.head.i >= span.end:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPS or according_to(prep):
        return ""
    return f"'{prep.text} the {tok.text}'"


def also_a_person(span: Span) -> bool:
    """Whether the article names a person with this name ("Adam Lincoln … Lincoln")."""
    doc = span.doc
    people = doc.user_data.get("claimmap_people")
    if people is None:
        people = frozenset(
            name
            for ent in entities(doc)
            if ent.label_ == "PERSON" and len(ent) > 1
            for name in (ent[0].text, ent[-1].text)
        )
        doc.user_data["claimmap_people"] = people
    return span.text in people


def compass_point(span: Span, gaz: GazetteerLike) -> bool:
    """ "the West", "the Southwest": a notion, not a place with coordinates — unless, for the
    points between, a province carries the name ("North West", South Africa)."""
    text = span.text.lower()
    return text in COMPASS or (text in COMPASS_POINTS and not gaz.knows(span.text))
