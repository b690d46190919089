"""Evidence named as where something is shown: "All of this is documented in the film".

A passive verb of showing or recording with no agent, but with "in" and a document or
recording ("documented in the film", "detailed in court filings", "shown in the footage"),
names its source in that phrase: the film is the claimant and the passive subject what
it shows (PolNeAR attributes evidence as it does speech). A place or time after "in"
("was shown in Berlin", "in 2015") is no source, and neither is a document that is only
where the subject stands ("the clause is in the contract": no verb of showing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import DOCUMENT_NOUNS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose passive, with "in" a record, shows the subject there.
SHOWING = words("document show reveal detail record describe outline depict chronicle")
#: Documents and recordings that can show something (beyond the cue list's documents).
EVIDENCE_NOUNS = DOCUMENT_NOUNS | words(
    """
    film documentary footage record records data filing filings recording photo photograph
    image images transcript transcripts audit records documents papers emails report
    """
)


def evidence_in(verb: Token) -> Token | None:
    """The record an agentless passive ``verb`` shows its subject in ("documented in the
    film" → "film"), or None."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in SHOWING:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in EVIDENCE_NOUNS and not obj.ent_type_:
            return obj
    return None
