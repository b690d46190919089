"""The locative phrase after a claimant's head: where it sits, not part of its name.

"The 9th Coast Guard Headquarters in Niigata", "a farmer from a village near Kalo": the
place is the claimant's seat, stated by the phrase, and is cut from the name.

Split from :mod:`claimmap.claims_actor_common`, which names a claimant by a common noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_borders import beyond_border
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place

#: Prepositions after a claimant's head that say where it is or comes from, not who it
#: is ("a farmer from a village near X", "the coast guard headquarters in X"); "of" and
#: "for" name the body itself ("Ministry of Foreign Affairs", "spokesman for the army").
_LOCATIVE = frozenset({"in", "from", "near", "outside", "at"})

#: Nouns of a place a locative phrase may name without a proper name ("from a village").
_PLACE_NOUNS = frozenset(
    {
        "village", "town", "city", "region", "province", "district", "county", "area",
        "camp", "neighbourhood", "neighborhood", "suburb", "prefecture", "state", "island",
    }
)  # fmt: skip


def name_before_place(core: Span, places: Sequence[Place]) -> tuple[Span, str | None]:
    """The claimant's name without the locative phrase after its head: the place is where
    it sits, already its seat, no part of its name ("the 9th Coast Guard Headquarters in
    Niigata" → "9th Coast Guard Headquarters", stated in Niigata). Also the place an "in"
    phrase names, as the name used to state it."""
    root, doc = core.root, core.doc
    for tok in core:
        if tok.i <= root.i or tok.lower_ not in _LOCATIVE or tok.dep_ != "prep":
            continue
        if not root.i <= tok.head.i < tok.i or tok.i == core.start:
            continue
        obj = doc[tok.i + 1 : min(tok.right_edge.i + 1, core.end)]
        label = _trailing_name(obj) if tok.lower_ in ("in", "from") else None
        site = facility_town(obj, places) if tok.lower_ in ("at", "in") else None
        if site is not None:  # "an official at Misrata airport": seated in Misrata
            return doc[core.start : tok.i], site
        if not (_names_place(obj, places) or _gazetteer_town(obj, label)):
            continue
        return doc[core.start : tok.i], label
    return core, None


#: Nouns of a site named after its town: "Misrata airport", "the port of Benghazi".
_FACILITY_NOUNS = frozenset(
    {
        "airport", "airbase", "port", "harbour", "harbor", "seaport", "crossing",
        "checkpoint", "terminal", "base", "garrison", "border",
    }
)  # fmt: skip


def facility_town(obj: Span, places: Sequence[Place]) -> str | None:
    """The town a site is named after, when the locative object is a site: "Misrata
    airport", "the port of Benghazi", "Ras Ajdir border crossing"; the town the geoparser
    resolved there (whatever entity the model made of the name) is where the claimant
    is, and the site is no body that employs it."""
    heads = [t for t in obj if t.lower_ in _FACILITY_NOUNS and t.pos_ == "NOUN"]
    if not heads:
        return None
    for place in places:
        for m in place.mentions:
            if obj.start_char <= m.start and m.end <= obj.end_char:
                named = obj.doc.char_span(m.start, m.end, alignment_mode="expand")
                if named is None or any(t.lower_ in _FACILITY_NOUNS for t in named):
                    continue
                if not beyond_border(named.root):  # (not "the X border post near Sudan")
                    return m.text
    return None


def _names_place(obj: Span, places: Sequence[Place]) -> bool:
    """A locative object that is a place: a place name (tagged, or resolved by the
    geoparser) or a noun of a place, and no organisation ("an official at the Health
    Ministry")."""
    spans = [(m.start, m.end) for p in places for m in p.mentions]

    def resolved(t: Token) -> bool:
        return any(lo <= t.idx < hi for lo, hi in spans)

    if not len(obj) or any(
        t.ent_type_ in ("ORG", "FAC", "PERSON") and not resolved(t) for t in obj
    ):
        return False
    return any(
        t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in _PLACE_NOUNS or resolved(t)
        for t in obj
    )


def _gazetteer_town(obj: Span, label: str | None) -> bool:
    """ "in Orestiada" the model did not tag: the whole object is a name the gazetteer
    holds as a city or region (as :func:`claimmap.actors.seat_of` reads it for a seat)."""
    from claimmap.actors import locate_jurisdiction
    from claimmap.actors_table import normalize

    if label is None or normalize(label) != normalize(obj.text):
        return False
    found = locate_jurisdiction(label, None)
    return found is not None and normalize(found.name) == normalize(label)


def _trailing_name(obj: Span) -> str | None:
    """The capitalised name that ends a locative phrase ("in Naha" → Naha)."""
    toks = list(obj)
    end = len(toks)
    while end and toks[end - 1].is_punct:
        end -= 1
    start = end
    while start and toks[start - 1].is_title:
        start -= 1
    return " ".join(t.text for t in toks[start:end]) if start < end else None


def stated_in(actor: Actor, stated: str | None) -> Actor:
    """The actor placed where its phrase stated it ("in Naha"), unless placed already."""
    return replace(actor, located=stated) if stated and not actor.located else actor
