"""The group a bare quantifier subject is part of: "They were driven to X. Several said they
crossed into Y": the several are some of those the sentence before was about, even when
that sentence named them only by a pronoun, not the trucks they rode in.

Read by :mod:`claimmap.movement_antecedents`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_before(quant: Token) -> Token | None:
    """The plural pronoun subject ("They were driven to X.") of the main clause of the
    sentence before ``quant``'s, if any: whom that sentence went on about."""
    start = quant.sent.start
    if start == 0:
        return None
    before = quant.doc[start - 1].sent
    root = before.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    # only a pronoun: a noun there ("Aid groups say ...", "Hundreds of men have ...") is
    # found by the antecedent search itself, which weighs tellers and counts
    return subj if subj.lower_ in ("they", "those") else None
