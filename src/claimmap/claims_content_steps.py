"""Further steps of a claim's event hung on the attribution set off inside it.

"The aircraft refuelled at X, they said, before landing at Y" and "The convoy stopped in
X, the ministry said, and then drove on to Y": the parser hangs the words after the
attribution's closing comma on the cue, but the speakers did not land or drive; the
content's own subject did. PolNeAR marks such a split attribution as one content in two
parts, so the content runs on past the cue (its parts are
:mod:`claimmap.claims_parts`'s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions whose gerund tells the next step of an event: "before landing at Y".
_STEPS = frozenset({"before", "after", "without"})
#: Words allowed between the cue and its closing comma ("they said on Monday,").
_MAX_SET_OFF_WORDS = 4


def event_goes_on(verb: Token, child: Token) -> bool:
    """Whether ``child`` of a set-off cue is a further step of the content's event: after
    the cue's closing comma, a subjectless gerund after "before"/"after"/"without", or a
    subjectless finite verb joined to the cue by "and"; either no cue itself ("adding
    that", "and added" stay the speaker's)."""
    doc = verb.doc
    if child.i <= verb.i + 1 or not _set_off_before(verb):
        return False
    if child.dep_ == "prep" and child.lower_ in _STEPS:
        step = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        opener: Token | None = child
    elif child.dep_ == "conj" and child.pos_ == "VERB" and child.tag_ in ("VBD", "VBZ", "VBP"):
        step = child if subject_of(child) is None else None
        opener = next((c for c in verb.children if c.dep_ == "cc" and c.i < child.i), None)
    else:
        return False
    if step is None or opener is None or verb_frame(cue_lemma(step.lemma_, step.lower_)):
        return False
    comma = doc[opener.i - 1]
    if comma.text != "," or comma.i - verb.i - 1 > _MAX_SET_OFF_WORDS:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[verb.i + 1 : comma.i])


def _set_off_before(verb: Token) -> bool:
    """Whether a comma opens the attribution (subject and cue) inside its sentence."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    first = subjects[-1].left_edge.i if subjects else verb.i  # (the parser may give two)
    return first - 1 > verb.sent.start and doc[first - 1].text == ","
