"""A second look at names recognition first left out, and at those it kept: one sense per
discourse. A known name listed with places ("Dublin and Glasgow") is a place too, as is a
name found as a place elsewhere in the article; a name the article also gives a person
("Maya Harden … Harden said") or that follows an honorific ("Mr. Jordan") is not.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimmap.nlp import doc_memo, entities
from claimmap.places_article import in_article_country
from claimmap.places_context import has_word
from claimmap.places_evidence import WEAK_PERSON_MIN_POPULATION, also_a_person
from claimmap.places_extent import joined_by_preposition, proper_runs, trimmed_entity
from claimmap.places_lexicon import (
    HONORIFICS,
    LOCATIVE_PREPS,
    NEVER_LABELS,
    PLACE_LABELS,
    GazetteerLike,
    Toponym,
)
from claimmap.places_lexicon import toponym_at as _toponym
from claimmap.places_lists import listed_with_person
from claimmap.places_neighbours import listed_with_place
from claimmap.places_slots import GOING_SLOT, SLOT_GUESS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Candidate

log = logging.getLogger(__name__)

MAX_LIST_ROUNDS = 3
#: A name spaCy calls a person is a listed place only if it is a city at least this big.
LISTED_PERSON_MIN_POPULATION = 100_000


def with_listed(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """A second look at known names spaCy called people or organisations: listed with places
    already found ("Dublin and Glasgow", "Kharkiv and Mariupol") they are places too."""
    names = list(_names_to_recheck(parsed))
    for _ in range(MAX_LIST_ROUNDS):  # "A, B, C and D" may take a few rounds
        placed = _tokens_of(parsed, found)
        places = _tokens_of(parsed, [t for t in found if t.form != "demonym"])
        extra = []
        for span, label in names:
            if not placed.isdisjoint(range(span.start, span.end)):
                continue
            neighbour = listed_with_place(span, places)  # "Libyan and Western": adjectives
            if not neighbour or not gaz.knows(span.text) or listed_with_person(span, label, gaz):
                continue  # "Ann Lee in Xyz and Bo Tan in Abc": people, each in a place
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
                # "El Obeid and Xyz": a namesake of the town listed beside it, if any entry
                # of the name is a town of the neighbour's country (not only the first)
                same = (c for c in gaz.lookup(span.text, limit=6, fuzzy=False) if c.kind == "city")
                whole = _whole_name(neighbour, found)  # "Obeid" of "El Obeid"
                near = near or next(filter(None, (_compatriot(c, whole, gaz) for c in same)), "")
                if not near or also_a_person(span):
                    continue
                why = (f"listed with {neighbour}", near)
            extra.append(_toponym(span, label=label, evidence=why))
        if not extra:
            break
        found = [*found, *extra]
    return found


def _whole_name(word: str, found: list[Toponym]) -> str:
    """The name of a found place that ``word`` (a token, as :func:`listed_with_place` gives
    it) belongs to: "Obeid" → "El Obeid"; the word itself when none holds it."""
    return next((t.text for t in found if word in t.text.split()), word)


def _compatriot(cand: Candidate, neighbour: str, gaz: GazetteerLike) -> str:
    """ "from Xyz and Velika Abc": a small town listed with a town of its own country that
    is the only entry of its name, named without its country as short wire items do."""
    if not gaz.knows(neighbour):
        return ""
    other = gaz.lookup(neighbour, limit=2, fuzzy=False)
    if len(other) != 1 or other[0].kind != "city" or other[0].country_code != cand.country_code:
        return ""
    return f"a town of {cand.country_code}, as {neighbour} is"


def with_repeated(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
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
        and (label in {"ORG", "NORP", ""} or (label == "PERSON" and _object_not_person(span)))
    ]
    return [*found, *extra] if extra else found


def _firmly_placed(top: Toponym) -> bool:
    """Recognised on evidence that holds for every mention: a place label, a strong prior, a
    type cue ("the Greek island of Samos"), or a known name written after a locative
    preposition ("columns moved from Xyz" … "the fighting for Xyz"); a name kept only as a
    guess for its slot (a known name NER called a body: "Republicans in Xyz") is not."""
    if any(e.endswith(SLOT_GUESS) for e in top.evidence):
        return False
    return (
        top.label in PLACE_LABELS
        or bool({"known admin1", "known country"} & set(top.evidence))
        or any(e.startswith(("type cue", "after '")) or GOING_SLOT in e for e in top.evidence)
    )


def _object_not_person(span: Span) -> bool:
    """ "police on Samos", "after taking Samos", "Kos and Samos" tagged PERSON: the object of
    a preposition or verb, or a list item, and no person of that name in the article (the
    "Harden" of "Maya Harden")."""
    return span.root.dep_ in {"pobj", "dobj", "conj"} and not also_a_person(span)


def _tokens_of(parsed: Doc, found: list[Toponym]) -> set[int]:
    tokens: set[int] = set()
    for t in found:
        span = parsed.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def _names_to_recheck(parsed: Doc) -> Iterable[tuple[Span, str]]:
    """Entities (not places, times or numbers) and proper-noun runs, with their NER label
    (found once per parse: two rechecks read them)."""
    return doc_memo(parsed, "claimmap_names_to_recheck", lambda: tuple(_recheck_names(parsed)))


def _recheck_names(parsed: Doc) -> Iterable[tuple[Span, str]]:
    for ent in entities(parsed):
        span = trimmed_entity(ent)
        if span is not None and ent.label_ not in PLACE_LABELS | NEVER_LABELS:
            yield span, ent.label_
    for run in proper_runs(parsed):
        yield run, ""
    for tok in parsed:  # "Xyz residents first noticed ...": a sentence's first word, read as a
        if (  # common noun, that the article never writes in lower case
            tok.is_sent_start
            and tok.pos_ == "NOUN"
            and not tok.ent_type_
            and tok.is_alpha
            and tok.text[:1].isupper()
            and not has_word(parsed, tok.lower_)
        ):
            yield parsed[tok.i : tok.i + 1], ""


def not_person_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """One sense per discourse for people: "Maya Harden … Harden was" is not a place,
    unless the name is a country or a disputed area ("Georgia")."""
    people: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    for ent in entities(parsed):
        if (
            ent.label_ == "PERSON"
            and _full_name(ent)
            and not gaz.knows(ent.text)
            and not _joined_places(ent, gaz)  # "Xyz to Abc" read as one person
        ):
            people[ent.text] += 1
            people[ent[-1].text] += 1  # the surname, used alone later
        elif ent.label_ in PLACE_LABELS:
            placed[ent.text] += 1
    kept = []
    for top in found:
        if top.form == "name" and _after_honorific(parsed, top):
            continue  # "Mr. Jordan", "President Buhari"
        if top.form == "name" and not gaz.knows(top.name) and _first_name(parsed, top):
            continue  # "official Badran Jia Kurd": "Badran" tagged a place, unknown as one
        if top.form == "name" and _apposed_person(parsed, top, gaz):
            continue  # "its spokeswoman, Xyz Abc": each word tagged a place
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


def _joined_places(ent: Span, gaz: GazetteerLike) -> bool:
    """ "from Mar del Xyz to Abc" tagged one person: known names joined by a preposition."""
    parts = joined_by_preposition(ent)
    return len(parts) > 1 and all(gaz.knows(p.text) for p in parts)


def _full_name(ent: Span) -> bool:
    """A person's name of two words or more ("Maya Harden", "Qassim al-Araji"), not one name
    with its Arabic article ("al-Hol", tagged a person)."""
    return sum(t.is_alpha and t.text[:1].isupper() for t in ent) > 1


def _in_place_slot(parsed: Doc, top: Toponym) -> bool:
    """After a locative preposition or listed with a place: where people rarely stand."""
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    prev = parsed[span.start - 1] if span.start > 0 else None
    return (prev is not None and prev.lower_ in LOCATIVE_PREPS) or bool(listed_with_place(span))


def _first_name(parsed: Doc, top: Toponym) -> bool:
    """Whether a person's name begins right after ``top``, with no punctuation between: the
    name is the first of that person's names."""
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.end >= len(parsed) or not span[-1].whitespace_:
        return False
    nxt = parsed[span.end]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and nxt.text[:1].isupper()


#: Nouns of a person's role that a name in apposition follows: "its spokeswoman, Xyz Abc".
ROLE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "director", "minister",
     "ambassador", "envoy", "chief", "head", "president", "chairman", "chairwoman",
     "secretary", "commander", "officer", "analyst", "lawyer", "aide", "adviser", "advisor",
     "prosecutor", "investigator", "correspondent", "reporter", "founder", "owner"}
)  # fmt: skip


def _apposed_person(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> bool:
    """ "said its spokeswoman, Xyz Abc": two or more capitalised words, no known name as a
    whole, set off by a comma after a noun of a person's role, are that person's names (NER
    may tag each word a place, and a first name may be a town's)."""
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    start, end = span.start, span.end
    while start > 0 and _name_word(parsed[start - 1]) and parsed[start - 1].whitespace_:
        start -= 1
    while end < len(parsed) and _name_word(parsed[end]) and parsed[end - 1].whitespace_:
        end += 1
    run = parsed[start:end]
    return (
        len(run) >= 2
        and start >= 2
        and parsed[start - 1].text == ","
        and parsed[start - 2].lemma_.lower() in ROLE_NOUNS
        and not gaz.knows(run.text)
    )


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def _after_honorific(parsed: Doc, top: Toponym) -> bool:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return parsed[span.start - 1].text.rstrip(".").lower() in HONORIFICS
