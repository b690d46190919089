"""Pictures a named party examined: "Satellite images reviewed by the Xyz news agency
appear to show ...".

Images, footage or video do not speak; what they "show" is what the party that examined
them reads in them, so the agent of "reviewed/analysed/seen by" is the claimant (hedged
by "appear to", which the modality reader handles). Written documents keep their own
authors (see ``claims_actor_documents``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Nouns of pictures and recordings, which show only what someone reads in them.
_IMAGERY = words(
    """
    image imagery photo photograph picture footage video recording
    """
)
#: Participles of examining or coming by such material, or of putting it out ("imagery
#: published by Maxar", "footage released by the army": its publisher reads it so).
_EXAMINED = words(
    """
    review analyse analyze examine see obtain verify study publish release
    """
)


def examiner(span: Span) -> Span | None:
    """The party that examined the pictures the claimant phrase names, as a span."""
    root = span.root
    if root.lemma_.lower() not in _IMAGERY:
        return None
    for verb in root.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in _EXAMINED:
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is None or obj.right_edge.i >= span.end:
                continue
            named = span.doc[obj.left_edge.i : obj.right_edge.i + 1]
            # a name ("the Xyz news agency"), not "the research group" of some earlier body
            if any(t.pos_ == "PROPN" for t in named):
                return named
    return None
