"""Who a reference means where the nearest candidate is the wrong one.

A name set beside "a hotline" is a body though the model took it for a person; "the
company" is the last body a company may be, not a bureau quoted between; "the federal
government" is another tier than "the state government" quoted before; a place that
only qualifies a noun ("the embassy in X") is no antecedent of "it"; a person named in a
relative clause is no speaker a later "she" goes on with, and one the parser hung on
another noun right before a subject-less "said" is that verb's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS
from claimmap.claims_actor_phrases import PERSON_ROLES, content_words
from claimmap.claims_cues import words
from claimmap.claims_tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor


def described_as_body(ent: Span, span: Span) -> bool:
    """A name the model took for a person that its apposition describes as a body: "Sea
    Line, a hotline for people in distress" (a noun only bodies answer to), or that a
    "which" clause goes on with: the name is an organisation's."""
    return ent.label_ == "PERSON" and apposed_body(ent.root, span.end)


def apposed_body(name: Token, end: int) -> bool:
    """A proper noun set beside a noun only bodies answer to ("Fano, a militia that ..."),
    or that a "which" clause goes on with, before token ``end``."""
    if name.pos_ != "PROPN":
        return False
    for noun in (c for c in name.children if c.i < end):
        if noun.dep_ == "appos" and noun.tag_ == "NN" and noun.lemma_.lower() in BODY_NOUNS:
            return not _member_noun(noun)
        if noun.dep_ == "relcl" and any(
            c.lower_ == "which" and c.i < noun.i for c in noun.children
        ):
            return True
    return False


def _member_noun(noun: Token) -> bool:
    """ "Ana Lee, a GARR monitor", "an OSCE monitor": a noun both a person and a body answer
    to, led by a body's name, is the body's member (a "war monitor" is a body)."""
    if noun.lemma_.lower() not in PERSON_ROLES:
        return False
    return any(
        c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.text.isupper())
        for c in noun.lefts
    )


#: Nouns only bodies answer to, set beside a name ("X, a hotline for ..."); people are
#: never called so.
BODY_NOUNS = ORG_NOUNS | words(
    """
    hotline helpline charity firm platform initiative project coalition alliance union
    association foundation institute institution centre center ngo nonprofit watchdog
    consortium startup airline bank organisation organization body network group
    collective movement operator militia faction outfit
    """
)


#: Words naming a tier of government: "the state government" is not "the federal" one.
_TIERS = words(
    """
    federal national central union state provincial regional local municipal city county
    district
    """
)


def other_tier(span: Span, earlier: Actor) -> bool:
    """The phrase names a tier of government and the earlier one another tier."""
    said = {w.lower() for w in content_words(span)} & _TIERS
    named = set(earlier.name.lower().split()) & _TIERS
    return bool(said and named and not said & named)


def last_called_so(met: Context, head: str) -> Actor | None:
    """The last body met that the general noun ``head`` ("the company") may refer to."""
    from claimmap.claims_actor_fresh import called_otherwise

    kinds = ("organisation", "government", "outlet")
    return next(
        (a for a in reversed(met) if a.kind in kinds and not called_otherwise(a, head)), None
    )


def qualifies(place: Span) -> bool:
    """A place that only qualifies a noun: "the U.S. embassy in Addis Ababa" (the "in" says
    where the embassy sits; the embassy, not the place, is what an "it" means)."""
    root = place.root
    if root.dep_ in ("compound", "poss", "amod", "nmod"):
        return root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= place.end
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def before_bare_verb(ent: Span) -> bool:
    """ "In X, the head of the Y Force, Ana Ruiz, said ...": a name set right before a verb
    the parser left without a subject (it hung the name on another noun) is its subject."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].text == ",":
        end += 1
    if end >= len(doc) or end == ent.end or doc[end].pos_ != "VERB":
        return False
    verb = doc[end]
    return verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECTS for c in verb.children)


def in_relative(ent: Span) -> bool:
    """ "Ana Ruiz, whose son Marco was detained, said": a person a relative clause names
    is the subject of that clause only, no speaker a later "he" or "she" goes on with; so
    is one a participle names ("Ana Ruiz, representing the owner, Marco Lee, said")."""
    clauses = any(t.dep_ == "relcl" or _participle(t) for t in ent.root.ancestors)
    return clauses or _object_apposed(ent.root)


def _participle(tok: Token) -> bool:
    return tok.dep_ == "acl" and tok.tag_ == "VBG"


def _object_apposed(root: Token) -> bool:
    """ "Ana Ruiz, representing the owner, Marco Lee, said": the parser may hang the name
    beside the subject, but it follows the participle's object, which it names."""
    if root.dep_ != "appos":
        return False
    first = root.left_edge.i
    return any(
        _participle(c)
        and c.i < first
        and c.right_edge.i + 2 >= first
        and any(o.dep_ == "dobj" for o in c.children)
        for c in root.head.children
    )
