"""A bare verb the parser hung on the wrong clause: "Smugglers said the migrants planned
to travel overland to X and then cross to Y". "cross" has no subject, no auxiliary and no
"to" of its own; the parser joins it to "said", a finite verb it cannot share a tense with,
so its mover read as the smugglers and its mood as made. A bare verb coordinates with the
bare verb told before it ("travel"): that one's subject moved, in that one's mood.

Used by :mod:`claimmap.movement_movers` and :mod:`claimmap.movement_mood`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: finite verb tags a base-form verb cannot be coordinated with
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: what makes a verb's clause its own: an auxiliary (a bare verb with a subject but no
#: auxiliary, "The migrants planned to travel to X and then cross", is the same misreading:
#: "planned" taken for a participle on the migrants, "cross" for the main verb)
_OWN = frozenset({"aux", "auxpass", "expl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def bare_partner(trig: Token) -> Token | None:
    """The infinitive ``trig`` truly coordinates with, when the parser hung the bare verb
    on a finite one (as a conjunct after it, or as what a trailing "said" tells): the last
    "to"-infinitive before it in its sentence, with an "and"/"or" between them and no
    subject of its own after that infinitive."""
    if trig.tag_ != "VB" or trig.dep_ not in ("conj", "ccomp"):
        return None
    head = trig.head
    if head is trig or head.tag_ not in _FINITE or (trig.dep_ == "conj" and head.i > trig.i):
        return None
    if any(c.dep_ in _OWN for c in trig.children):
        return None
    subj = next((c for c in trig.children if c.dep_ in _SUBJECTS), None)
    start = head.i + 1 if head.i < trig.i else trig.sent.start
    words = trig.doc[start : trig.i]
    infinitives = [
        t
        for t in words
        if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    ]
    if not infinitives:
        return None
    partner = infinitives[-1]
    if subj is not None and subj.i > partner.i:
        return None  # "... to travel to X, and we cross to Y": a clause of its own
    between = trig.doc[partner.i + 1 : trig.i]
    return partner if any(t.lower_ in ("and", "or") for t in between) else None
