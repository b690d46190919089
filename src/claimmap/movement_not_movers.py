"""Counts that are no movers ("bringing the total to 40", "cases reached 300"), and the
one count that is: "the most critical cases were flown to X" are patients.

Split from :mod:`claimmap.movement_words`, which re-exports these names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Token


# Counts, not things: "bringing the total to 40", "cases reached 300".
NOT_MOVERS = _words(
    "total number toll count tally figure case price rate level share "
    "strike airstrike attack raid bombardment shelling"
)
# Conditions that make "cases" patients, not a count: "the most critical cases were flown to X".
PATIENT_STATES = _words("critical serious severe urgent injured wounded medical")


def patients(mover: Token | None) -> bool:
    """ "critical cases" are people in care, who are moved; "cases reached 300" a count."""
    return (
        mover is not None
        and mover.lemma_.lower() == "case"
        and any(c.lower_ in PATIENT_STATES for c in mover.children if c.dep_ == "amod")
    )
