"""Plural names: "the Carolinas", "the Dakotas" are several places, not a town of the singular.

Why a module of its own: a plural the gazetteer lacks fuzzy-matches its singular ("the
Carolinas" → Carolina, a town in Puerto Rico), putting a wide area on one small dot. A name
written "the Xs" whose only matches are towns or provinces spelt as the singular is left
unresolved with the reason (a region of the singular, "the Koreas" → Korea, may stand).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.names import normalize_name

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

#: Kinds of one town or unit: no plural of their name means them.
SINGLE_KINDS = frozenset({"city", "admin1", "admin2", "facility"})
#: The NER label of a group of people: "the Marines" (a PERSON or ORG label is too often a
#: misread place, "the Azores").
_PEOPLE_LABELS = frozenset({"NORP"})


def plural_singular(group: Group) -> str:
    """The singular of a plural name written "the Xs" at every mention, or ""."""
    name = group.name
    if len(name) < 5 or not name.endswith("s") or name.endswith("ss") or " " in name:
        return ""
    if not all(t.form == "name" and (t.determiner or t.article) for t in group.toponyms):
        return ""
    return name[:-1]


def without_singular_namesakes(group: Group, exact: bool) -> list[Candidate]:
    """``group``'s candidates less the towns and provinces a plural reaches only by its
    singular spelling (a fuzzy match, or an exact one when the gazetteer lacks the plural)."""
    singular = plural_singular(group)
    if not singular:
        return group.candidates
    if exact:
        return [c for c in group.candidates if not _people_plural(group, c)]
    key = normalize_name(singular)
    return [
        c
        for c in group.candidates
        if not (c.kind in SINGLE_KINDS and normalize_name(c.name) == key)
    ]


def _people_plural(group: Group, cand: Candidate) -> bool:
    """ "delivered food to the Marines": a plural written "the Xs" that NER calls a group of
    people at every mention, and no type cue calls a place, is that group; a town spelt so
    is not meant."""
    return (
        cand.kind == "city"
        and normalize_name(cand.name) == normalize_name(group.name)
        and all(t.label in _PEOPLE_LABELS and not t.cue_kind for t in group.toponyms)
    )


def drop_singular_namesakes(group: Group, gaz: GazetteerLike) -> str:
    """Set aside ``group``'s singular namesakes (:func:`without_singular_namesakes`); the
    reason, for the report should nothing be left, or "" when none was set aside."""
    before = len(group.candidates)
    exact = gaz.knows(group.name)
    group.candidates = without_singular_namesakes(group, exact)
    if len(group.candidates) == before:
        return ""
    if exact:
        return f"is written 'the {group.name}', a body of people; only a town of the name matches"
    singular = plural_singular(group)
    return f"names several places ('the {group.name}'); only the singular {singular!r} matches"
