"""A headline's "X reported doing Y" is a passive report, not X's claim.

"Convoy of trucks reported crossing the Sahara": headlines drop the "is" of "is reported
to be crossing"; the convoy is what is reported on, and no one is named who reports it. In
a body sentence "The army reported seizing two tonnes" is the army's own report, so only
the headline line is read so, and only where its subject is no speaker (a person, a body,
a place standing for its government).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity types of a subject that may well report something itself.
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def reported_doing(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a headline's "reported" + participle with a subject that is no
    speaker ("Convoy of trucks reported crossing ...")."""
    if lemma != "report" or verb.tag_ not in ("VBD", "VBN") or verb.i + 1 >= len(verb.doc):
        return False
    if "\n" in doc_text(verb.doc)[: verb.idx]:
        return False  # not the headline line
    nxt = verb.nbor(1)
    if nxt.tag_ != "VBG" or nxt.head.i != verb.i or nxt.dep_ != "xcomp":
        return False
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    from claimmap.claims_actor_context import ORG_NOUNS
    from claimmap.claims_actor_mentions import PEOPLE

    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = subj or (verb.head if verb.dep_ == "acl" else None)
    if subj is None:
        return True
    lemma_ = subj.lemma_.lower()
    return not (subj.ent_type_ in _SPEAKER_TYPES or lemma_ in PEOPLE or lemma_ in ORG_NOUNS)
