"""The organisation a person's phrase says they work for.

"The group's leader" leads the organisation "the group" refers back to, "its spokesman"
speaks for the body met last, "the report's author" wrote the report; "General Staff
spokesperson Ali Reza" or "AFP Superintendent Ali Reza" works for the capitalised words
before the title, a body the model did not mark.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import MEDIA_NOUNS, ORG_NOUNS, STATE_NOUNS, last_of
from claimmap.claims_actor_countries import owner_country
from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_org_reference import antecedent_org, org_reference
from claimmap.claims_actor_phrases import DOCUMENTS, PERSON_ROLES, is_rank
from claimmap.claims_tokens import ents_in, memo, sentence_at, text
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context


def owner_org(core: Span, history: Context) -> Actor | None:
    """ "The group's leader": the organisation "the group" refers back to; "its official"
    the body met last; "the report's author" the report's; "a researcher at the group"
    (a definite organisation noun after a preposition) the one the noun refers back to."""
    for tok in core:
        the = any(c.lower_ in ("the", "this", "that") for c in tok.children)
        named = tok.lower_ in ORG_NOUNS | MEDIA_NOUNS or _named_by(tok)
        if tok.dep_ == "poss" and tok.lower_ == "its":
            # "India's foreign ministry has not confirmed it. Its spokesman ...": the body
            # the sentence before made its subject, quoted or not, else the last one quoted
            from claimmap.claims_actor_colon_owner import colon_subject
            from claimmap.claims_actor_refs import body_subject

            return (
                colon_subject(core.doc, history, tok.i)  # "X was blunter: its spokesman"
                or body_subject(core.doc, history, tok.i)
            ) or last_of(history, ("organisation", "government"))
        if tok.dep_ == "poss" and the and tok.lemma_.lower() in DOCUMENTS and history.authors:
            return history.author(tok.lemma_.lower())
        if tok.dep_ == "poss" and named and the and tok.lower_ in STATE_NOUNS:
            # "the junta's spokesman": a state body named so before, not the last group
            return org_reference(core.doc[tok.i - 1 : tok.i + 1], tok.lower_, history)
        if tok.dep_ == "poss" and named and the:
            from claimmap.claims_actor_them import recent_body

            found = antecedent_org(core.doc, core.start, tok.lower_, history)
            return found or recent_body(core.doc, core.start, history)
        at = tok.dep_ == "pobj" and tok.head.lower_ in ("at", "with", "of", "from")
        last = tok.i == core.end - 1 or core.doc[tok.i + 1].text == ","  # "from the group, X"
        if at and the and tok.lower_ in ORG_NOUNS and last:
            found = org_reference(core.doc[tok.i - 1 : tok.i + 1], tok.lower_, history)
            return replace(found, role=None) if found is not None else None
    return None


def _named_by(noun: Token) -> bool:
    """ "the corporation's chairman" after "the National Oil Corporation": the common noun
    repeats the last word of an organisation named in this sentence or the one before."""
    doc = noun.doc
    sent = sentence_at(doc, noun.i)
    start = sentence_at(doc, sent.start - 1).start if sent.start > 0 else sent.start
    return any(e[-1].lower_ == noun.lower_ for e in ents_in(doc, start, noun.i, ("ORG",)))


def title_org(desc: Span, person: Span) -> Actor | None:
    """ "General Staff spokesperson Ali Reza": the capitalised words before a lower-case
    role name the employer the model did not mark (with the country the text gives it)."""
    role = person.start - 1
    while role > desc.start and desc.doc[role].is_title and is_rank(desc.doc[role]):
        role -= 1  # "CENTCOM commander General Ali Reza": the rank is no employer
    title = desc.doc[role]
    # "AFP Superintendent Ali Reza" after "the Australian Federal Police": the acronym
    # the article spelled, with a capitalised title
    spelled = role > desc.start and _spelled_acronym(desc.doc[role - 1])
    if role <= desc.start or title.lower_ not in PERSON_ROLES or not (title.is_lower or spelled):
        return None
    first = role
    while first > desc.start and _name_word(desc.doc[first - 1]):
        first -= 1
    name = desc.doc[first:role].text
    if not name[:1].isupper():
        return None
    found = table_actor(name, doc=desc.doc)
    return found or Actor(name, "organisation", country_code=owner_country(desc.doc, name))


def _spelled_acronym(tok: Token) -> bool:
    """An acronym the article spelled out before, in brackets or by an earlier name."""
    from claimmap.claims_actor_names import initialled, spelled_out

    if not (tok.is_upper and tok.is_alpha and len(tok) > 1):
        return False
    spelled = memo(tok.doc, "spelled_out", lambda: spelled_out(text(tok.doc)))
    return tok.text in spelled or tok.text in initialled(tok.doc)


def _name_word(tok: Token) -> bool:
    """A word of a name: a proper noun, or an acronym the model took for a common noun."""
    return tok.pos_ == "PROPN" or (tok.is_upper and tok.is_alpha and len(tok) > 1)
