"""Known names NER called something else, written where a place goes: kept, then judged.

Why a module of its own: a name the gazetteer holds exactly, tagged a person, organisation
or title by NER ("rounded Xyz", "officials at Xyz", "back to Xyz", "the island of El Xyz"),
used to fall through every recogniser when its entry was small or abroad, and vanished with
no record. The rule of the kit is that every place-like mention resolves or is reported:
recognition keeps such a name with :data:`SLOT_GUESS` evidence, and resolution
(:func:`drop_unbacked_slot_guesses`) keeps its entry only when the article backs it (its
country is named, another place lies near, or it is the one town of note of that name
after a verb of going); otherwise the name is reported unresolved with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_evidence import also_a_person
from claimmap.places_facilities import TRANSPORT_HEADS
from claimmap.places_groups import named_countries
from claimmap.places_lexicon import LOCATIVE_PREPS, GazetteerLike
from claimmap.places_scoring import drop_groups
from claimmap.places_slot_more import more_slots
from claimmap.places_slots import (
    GOING_SLOT,
    GOING_VERBS,
    PATH_PREPS,
    SETTLEMENT_NOUNS,
    SLOT_GUESS,
    TAKING_VERBS,
    according_to,
    going_slot,
    place_of_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Verbs of passing a point at sea or on land: their object is a place ("rounded Xyz").
PASSING_VERBS = frozenset({"round", "cross", "transit", "circle", "skirt"})
#: Prepositions that put a person or body as often as a place after them ("a letter from
#: Xyz", "sent to Xyz"): they count for a person's or body's name only after a going verb.
RELATION_PREPS = frozenset({"to", "from", "between", "toward", "towards", "along", "across"})
#: Sites named after the town they stand in or beside ("the Xyz refinery", "the Xyz air
#: base"): a strong slot, unlike "the Xyz farm" or "the Xyz camp" (a family's, a candidate's).
SITE_NOUNS = TRANSPORT_HEADS | frozenset({"refinery", "base", "plant", "naval", "oilfield"})
#: Nouns of the land around a town ("in the Xyz area", "at the Xyz transit areas"): the
#: name before them, in a locative slot, is the town's.
AREA_NOUNS = frozenset({"area", "areas", "outskirts"})
#: Verbs whose bare object, in a route's account, is the port or town used ("used Xyz").
USING_VERBS = frozenset({"use"})
_USE_COMPLEMENTS = frozenset({"prep", "xcomp", "oprd", "dative", "advcl"})
#: Another place of the article this close backs the entry (a town across a border).
NEAR_KM = 400
#: The one town of note of a name, after a verb of going, is backed from this size...
SOLE_TOWN_POPULATION = 20_000
#: ...when every other entry of the name is this many times smaller.
SOLE_TOWN_MARGIN = 10


def slot_guess(span: Span, gaz: GazetteerLike, label: str, *, untagged: bool = False) -> str:
    """Evidence for a capitalised name the gazetteer knows written in a place slot, or "";
    a name NER calls a person or body must be an entry's own name, not only an alias. A
    proper noun NER left ``untagged`` counts only in a slot that calls it a place ("in the
    Xyz area", "Xyz, a town in", "drones over Xyz"), not after any preposition."""
    text = span.text
    if not text[:1].isupper() or text.isupper() or len(text) < 3 or also_a_person(span):
        return ""
    cands = gaz.lookup(text, limit=5, fuzzy=False)  # "El Xyz": known without its article
    exact = any("exact name" in c.why for c in cands)
    if not cands:
        return ""
    if (untagged or label in {"PERSON", "ORG"}) and not exact:
        # a body's or person's name that is only a town's alias ("arms to Hamas"), unless a
        # frame written only of places holds it ("set off from Xyz", "Xyz, a town in")
        more = more_slots(span)
        if more:
            return f"{more}{GOING_SLOT}{SLOT_GUESS}"
        used = _used_route(span, label) if not untagged else ""  # "smugglers used Xyz"
        return f"{used}{SLOT_GUESS}" if used and _any_city(cands) else ""
    if untagged:
        area = _area_noun(span)
        slot = f"before '{area.text}'" if area is not None else more_slots(span)
        return f"{slot}{GOING_SLOT}{SLOT_GUESS}" if slot else ""
    slot = _slot(span, label)
    return f"{slot}{SLOT_GUESS}" if slot else ""


def _slot(span: Span, label: str) -> str:
    """ "after 'at'", "object of 'round'", "'island of'", "before 'refinery'": where the
    name stands, or ""."""
    more = more_slots(span)  # "drones over Xyz", "set off from Xyz", "Doe, 47, of Xyz"
    if more:
        return f"{more}{GOING_SLOT}"
    root = span.root
    area = _area_noun(span)
    if area is not None:  # "in the Xyz and Abc transit areas"
        return f"before '{area.text}'{GOING_SLOT}"
    if root.dep_ in {"compound", "amod"} and root.head.i >= span.end and root.head.is_lower:
        root = root.head  # "to the Xyz oasis": the slot of the noun it names
        if _site_after(span, root, label):
            return f"before '{root.text}'{GOING_SLOT}"  # "the Xyz refinery": a town's site
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS and not according_to(head):
        went = going_slot(head) or _going_past_particle(head)
        if head.lower_ in PATH_PREPS and not went and label == "ORG":
            return ""  # "push a bill through Xyz": a body the business passes through
        if head.lower_ in RELATION_PREPS and label in {"PERSON", "ORG"} and not went:
            return ""
        return f"after '{went or head.text}'{GOING_SLOT}"
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        verb = head.lemma_.lower()
        if verb in TAKING_VERBS or verb in PASSING_VERBS:
            return f"object of '{verb}'{GOING_SLOT}"
    used = _used_route(span, label)
    if used:
        return used
    noun = place_of_noun(span)
    return f"'{noun.text} of'" if noun is not None else ""


def _any_city(cands: list[Candidate]) -> bool:
    """A town among the entries: "used Xyz" names a port or town, not a province."""
    return any(c.kind == "city" for c in cands)


def _used_route(span: Span, label: str) -> str:
    """ "smugglers had used Xyz instead": a person-tagged name the gazetteer knows, the bare
    object of "use", is the port or town a route ran through. Written with a
    leading quote so that, as a weak slot, it keeps its entry only when the article names
    the entry's country or a place near it (:func:`drop_unbacked_slot_guesses`); a body's
    name ("used Siemens") and "used Xyz as a courier" are left alone."""
    root = span.root
    verb = root.head
    if label != "PERSON" or root.dep_ != "dobj" or verb.pos_ != "VERB":
        return ""
    if verb.lemma_.lower() not in USING_VERBS or verb.i > span.start:
        return ""
    if any(c.dep_ in _USE_COMPLEMENTS and c.i >= span.end for c in verb.children):
        return ""  # "used Xyz as a courier", "used Xyz to carry"
    return f"'{verb.text} {span.text}', a route's port or town"


def _site_after(span: Span, noun: Token, label: str) -> bool:
    """ "at the Xyz refinery": a site noun right after the name; a body's name needs the
    site in a locative slot ("the Xyz plant said": a firm's plant, named after the firm)."""
    if noun.lower_ not in SITE_NOUNS or noun.i != span.end:
        return False
    return label != "ORG" or (noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS)


def _area_noun(span: Span) -> Token | None:
    """The area noun (:data:`AREA_NOUNS`) the name ``span`` (or the first name of its
    coordination) qualifies in a locative slot: "in the Xyz area", "at the Xyz and Abc
    transit areas"; at most one lower-case word between."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first
    for _ in range(2):
        if noun.dep_ not in {"compound", "amod", "nmod"} or not noun.head.is_lower:
            break
        noun = noun.head
    if noun.lower_ not in AREA_NOUNS or noun.i < span.end:
        return None
    between = [t for t in span.doc[span.end : noun.i] if t.is_lower and t.dep_ != "cc"]
    located = noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS
    return noun if located and len(between) <= 1 else None


def _going_past_particle(prep: Token) -> str:
    """ "go back to Xyz", "flew on to Xyz": the verb of going behind an adverb particle."""
    head = prep.head
    if head.pos_ == "ADV" and head.head.pos_ == "VERB" and head.head.i < prep.i:
        verb = head.head
        if verb.lemma_.lower() in GOING_VERBS:
            return f"{verb.text} {head.text} {prep.text}"
    return ""


#: Evidence of a mention recognised because another mention was (places_recheck).
REPEATED = "named as a place elsewhere in the article"


def only_slot_guesses(group: Group) -> bool:
    """Every mention was kept only for its slot, or only because another one was."""
    guessed = [any(e.endswith(SLOT_GUESS) for e in t.evidence) for t in group.toponyms]
    return any(guessed) and all(
        g or REPEATED in t.evidence for g, t in zip(guessed, group.toponyms, strict=True)
    )


def drop_unbacked_slot_guesses(
    groups: dict[str, Group], anchors: list[Candidate], doc_id: str, text: str
) -> list[Unresolved]:
    """A name kept only for its slot (:func:`slot_guess`) keeps its entry when the article
    backs it; otherwise it is reported, with the reason, instead of vanishing or landing on
    a namesake abroad."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or not only_slot_guesses(group):
            return None
        if choice.kind not in {"city", "admin1", "admin2", "facility"}:
            return None  # a region, sea or country: no namesake town to mistake it for
        if choice.country_code in named_countries(groups, besides=group):
            return None
        others = [p for p in anchors if p.source_id != choice.source_id and p.kind != "country"]
        if any(km(choice, p) < NEAR_KM or p.country_code == choice.country_code for p in others):
            return None  # beside, or in the country of, another place of the article
        if _sole_town_of_note(group, choice):
            return None
        labels = sorted({t.label for t in group.toponyms if t.label}) or ["no place"]
        return (
            f"{group.name!r}: written where a place goes but tagged {'/'.join(labels)}; its "
            f"entry {choice.name} ({choice.country_code}, population {choice.population:,}) "
            "lies in no country of the article's places, nor near them"
        )

    return drop_groups(groups, doc_id, text, why)


def _sole_town_of_note(group: Group, choice: Candidate) -> bool:
    """ "go back to Xyz", "the Xyz refinery", "the port of Xyz": after a verb of going or in
    a strong slot, a town of :data:`SOLE_TOWN_POPULATION` whose namesakes are all far smaller
    is the one meant, even when the article names no other place."""
    going = any(
        any(e.endswith(SLOT_GUESS) and not e.startswith("'") for e in t.evidence) and not _static(t)
        for t in group.toponyms
    )
    strong = any(_strong_slot(e) for t in group.toponyms for e in t.evidence)
    if not (going or strong) or choice.population < SOLE_TOWN_POPULATION or choice.fuzzy:
        return False
    rivals = [c for c in group.candidates if c.source_id != choice.source_id]
    return all(c.population * SOLE_TOWN_MARGIN <= choice.population for c in rivals)


def _static(top: Toponym) -> bool:
    """ "officials at Xyz": a static preposition, not a way somewhere."""
    return any(e.startswith(("after 'at'", "after 'in'", "after 'off'")) for e in top.evidence)


def _strong_slot(evidence: str) -> bool:
    """ "before 'refinery'", "'town of'": the text itself calls the name a town's."""
    if not evidence.endswith(SLOT_GUESS):
        return False
    if evidence.startswith("before '"):
        return True
    noun = evidence[1:].split(" of'", 1)[0] if evidence.startswith("'") else ""
    return noun.lower() in SETTLEMENT_NOUNS
