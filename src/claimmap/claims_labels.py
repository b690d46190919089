"""Passive labels: "the claim was rated false", "Pence was dubbed the winner".

A verb that puts a label on a thing ("rate", "dub", "label", "brand", "deem", "term"),
in the passive with its label after it, attributes the whole judgement to someone: the
thing labelled is part of what was said, so the content runs from the passive subject
through the label ("it was labeled “Mostly True”"), not the label alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import Offsets, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose object gets a label: "rated the claim false", "dubbed him the winner".
LABEL_VERBS = words("rate dub label brand deem term")
#: What the label can be after a passive label verb.
_LABEL_DEPS = ("oprd", "attr", "acomp", "xcomp", "dobj")


def passive_label(verb: Token, lemma: str) -> Offsets | None:
    """The subject through the label of "X was rated (as) Y", or ``None``."""
    if lemma not in LABEL_VERBS or verb.tag_ != "VBN":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    labels = [
        c
        for c in verb.children
        if c.i > verb.i
        and (c.dep_ in _LABEL_DEPS or (c.dep_ == "prep" and c.lower_ == "as" and any(c.children)))
    ]
    if not labels:
        return None  # "the plant was rated at 50 megawatts": a measure, no label
    return tokens_offsets(verb.doc, subj.left_edge.i, max(c.right_edge.i for c in labels))
