"""Who holds the feeling or claim a noun names: "The mayor voiced fears that X" is the
mayor's; "..., officials say, raising fears that X" is nobody's, a gloss of the
reporter's on the story, so no claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose subject utters the noun they take: "voiced fears that", "made the claim".
_UTTERING = frozenset({"voice", "express", "raise", "make", "air", "repeat", "reiterate"})


#: Verbs whose subject enters the commitment they take: "signed an agreement to".
_COMMITTING = frozenset({"sign", "reach", "strike", "extract", "conclude", "seal", "forge"})
_HOLDING = _UTTERING | _COMMITTING


def voiced_by(noun: Token) -> Token | None:
    """The subject of a verb that utters ``noun`` ("The mayor voiced fears that ...") or
    enters it ("the two countries signed an agreement to ..."), not one that answers it
    ("rejected claims that ..." holds the claims false)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _HOLDING or verb.pos_ != "VERB":
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.dep_ == "nsubj" else None


def reporters_gloss(noun: Token) -> bool:
    """ "..., officials say, raising fears that X": the object of a participle clause hung
    on the reporter's sentence names a feeling the report stirs; nobody holds or says it."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl", "xcomp")
        and subject_of(verb) is None
    )
