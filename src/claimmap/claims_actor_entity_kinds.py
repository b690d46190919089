"""Which kind a named entity is when the model's label and the text disagree.

An entity keeps one kind: "Ana Lee, a zoologist" or "an emergency coordinator, Ana Lee"
is a person though the model took it for an organisation; "the aid group Fairtrek" or a
name the article spells an acronym out as ("the Tigray Farmers Front (TFF)") is a body
though the model took it for a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS
from claimmap.claims_actor_mentions import PEOPLE
from claimmap.claims_actor_phrases import PERSON_NOUNS, PERSON_ROLES
from claimmap.claims_tokens import memo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def described_as_person(ent: Span, span: Span) -> bool:
    """A name the model took for an organisation that its apposition describes as a person:
    "Ana Lee, a zoologist at the University of Ibadan" (a role, a noun for people, or a
    noun of a practitioner: "-ist", "-ian"), or that is set beside a role: "an emergency
    coordinator, Ana Lee"."""
    if ent.label_ != "ORG":
        return False
    head = ent.root.head  # "An MSF emergency coordinator, Ana Lee": the role it is set by
    head = _holder(head) if ent.root.dep_ == "appos" else head
    beside = ent.root.dep_ == "appos" and span.start <= head.i < ent.start and len(ent) > 1
    if beside and head.tag_ == "NN" and _personal(head.lemma_.lower()):
        return True
    for noun in (c for c in ent.root.children if c.dep_ == "appos" and c.i < span.end):
        if noun.tag_ == "NN" and _personal(noun.lemma_.lower()):
            return True
    return False


def _holder(noun: Token) -> Token:
    """ "the governor of Ouaddai province, Ana Lee": the parser sets the name beside the
    place that ends the role's "of" phrase; the role is what it describes (a body's noun,
    "the spokesman for the group, X", names the group instead)."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("of", "for", "in")
        and noun.lemma_.lower() not in ORG_NOUNS
        and noun.head.head.tag_ == "NN"
    ):
        noun = noun.head.head
    return noun


def _personal(word: str) -> bool:
    return word in PERSON_ROLES | PERSON_NOUNS or word.endswith(_PRACTICE)


#: Endings of nouns for practitioners: "zoologist", "economist", "historian", "physician".
_PRACTICE = ("ist", "ian")


def org_called(ent: Span) -> bool:
    """A name the model took for a person that an organisation noun right before it calls a
    body: "the aid organisation Fairtrek", "the rights group Ana"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ != "PERSON" or before is None:
        return False
    if before.text == "," and ent.start > 1:  # "Spain's rescue service, Salvamento Marítimo,"
        before = ent.doc[ent.start - 2]
        if before.lower_ in ORG_NOUNS and ent.root.dep_ == "appos" and ent.root.head == before:
            return not _member_of(before)
    if before.lower_ not in ORG_NOUNS:
        return _spelled_as_acronym(ent)  # "the Tigray Farmers Front (TFF)": no person's name
    return before.head.i in range(ent.start, ent.end) or (
        ent.root.dep_ == "appos" and ent.root.head == before  # "the rights group Ana Lima"
    )


def _member_of(body: Token) -> bool:
    """ "A lawmaker from the group, Ali Reza", "The head of fraud at the Tax Service, Ali
    Reza": the body is the object of a preposition on a person's noun, so the name after it
    (the parser hangs it on the body) is that person's."""
    prep = body.head if body.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("from", "of", "with", "in", "at"):
        return False
    return prep.head.lemma_.lower() in PEOPLE and prep.head.pos_ == "NOUN"


def _spelled_as_acronym(ent: Span) -> bool:
    """A name the article spells an acronym out as: people get no acronyms."""
    from claimmap.claims_actor_names import spelled_out
    from claimmap.claims_tokens import text

    spelled = memo(ent.doc, "spelled_out", lambda: spelled_out(text(ent.doc)))
    name = _bare(ent.text)
    if any(_bare(full) == name for full in spelled.values()):
        return True
    # "the Support Group for Returnees and Refugees (GARR)": an acronym the article gives
    # in brackets names a body, even one whose letters spell another language's name
    return len(ent) == 1 and ent.text.isupper() and f"({ent.text})" in text(ent.doc)


def _bare(name: str) -> str:
    """A name without its article and possessive marks: "the Tigray People's" → "Tigray People"."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return " ".join(name.replace("’s", "").replace("'s", "").split())
