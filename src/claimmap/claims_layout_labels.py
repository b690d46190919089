"""Which labelled lines are claims: a label is a speaker ("PENCE: ...", "Pat Caddell:
...") or a named source ("Poll: Voters abandon ..."), not a headline ("Stealth Over
Health: ...") or a place.

:mod:`claimmap.claims_layout` finds the labelled lines in the text; this maps them onto
the parse and keeps a label that is all capitals, that the model tags as a person or
body, or that the article names elsewhere (the model is poor at headlines), and drops a
dateline's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_asides import dateline_label, entity_words
from claimmap.claims_layout import layout_claims, place_label
from claimmap.claims_tokens import RawClaim, span_at, text

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Entities that can label a quotation or headline ("Sanders: ...", "Politifact: ...").
_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP"})


#: Documents a headline names as its source: "Poll: Voters abandon ...", "Study: ...".
_HEADLINE_SOURCES = frozenset({"poll", "survey", "study", "audit", "census"})


def layout(parsed: Doc) -> list[RawClaim]:
    """Claims told by the layout of lines: "PENCE: ...", "Sanders: Clinton needs ...", a
    quotation signed with a dash. A label the model tags nothing in its line (headlines
    are hard for it) counts when the article names it elsewhere as a person or body."""
    named_elsewhere = entity_words(parsed)
    out = []
    found = layout_claims(text(parsed))
    for claimant, cue, content in found:
        span = span_at(parsed, cue[0], cue[1])
        if span is None or dateline_label(parsed, claimant, found, named_elsewhere):
            continue
        who = span_at(parsed, claimant[0], claimant[1]) if claimant[1] > claimant[0] else None
        if claimant[1] > claimant[0]:  # an empty claimant: a fact-check's "Claim: ..." line
            label = text(parsed)[claimant[0] : claimant[1]]
            if (
                who is None
                or not (
                    label.isupper()
                    or all(t.ent_type_ in _LABEL_ENTS for t in who)
                    or label.lower() in _HEADLINE_SOURCES
                    or label in named_elsewhere
                )
                or place_label(parsed, label)
            ):
                continue  # "Stealth Over Health: ..." is a headline, "Pat Caddell: ..." a speaker
        sent = span.sent
        out.append(
            RawClaim(
                cue=cue,
                content=content,
                claimant=claimant if who is not None else None,
                claimant_token=who.root.i if who is not None else None,
                outlet=None,
                cue_token=span.start,
                frame="speech",
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return out
