"""A short unknown name in a place slot is not placed by a close spelling.

"The tanker had called at Taean before heading to Nampo": the gazetteer lacks the South
Korean county, and its closest spelling is a North Korean town ("T'aet'an-ŭp"), one letter
away. For a name NER did not call a place, kept only because its slot is a place's, a
spelling one edit from a town is weak evidence when the name is short: five letters sit one
edit from many towns. Such a name is reported unresolved, with the near spelling, instead
of being pinned on a namesake the article never meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_lexicon import PLACE_LABELS, TYPED_GUESS
from claimmap.places_scoring import drop_groups
from claimmap.places_slots import MISSPELT_EVIDENCE

if TYPE_CHECKING:
    from claimmap.model import Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Names with fewer letters than this are not placed by a misspelling alone.
MIN_GUESS_LETTERS = 6


def drop_short_fuzzy_guesses(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """Report a short slot-guessed name whose only match is a close spelling (see above)."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or not choice.fuzzy:
            return None
        if sum(ch.isalpha() for ch in group.name) >= MIN_GUESS_LETTERS:
            return None
        if not all(t.label not in PLACE_LABELS and _guessed(t) for t in group.toponyms):
            return None
        return (
            f"no gazetteer entry for {group.name!r}; the closest spelling, {choice.name} "
            f"({choice.country_code}), is too far for a short name written only in a place slot"
        )

    return drop_groups(groups, doc_id, text, why)


def _guessed(top: Toponym) -> bool:
    """Kept only as an unknown name in a place slot ("called at Xyz", "at Xyz")."""
    return any(e.startswith(TYPED_GUESS) or e.endswith(MISSPELT_EVIDENCE) for e in top.evidence)
