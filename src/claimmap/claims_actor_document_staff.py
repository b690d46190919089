"""A person the text calls by their part in a document: "Tomas Berg, the report's lead
investigator", "Ana Lee, the study's co-author".

The possessor is a document the article spoke of before, so the person works for whoever
wrote it (the body that published the report), not for the organisation quoted last (a
ministry that denied the report's findings in between).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import INQUIRIES, employed
from claimmap.claims_actor_phrases import DOCUMENTS, PERSON_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

__all__ = ["document_author", "document_staff"]

#: Roles a person holds in the making of a document, besides ``PERSON_ROLES``.
_DOCUMENT_ROLES = frozenset(
    {"investigator", "author", "co-author", "coauthor", "editor", "researcher", "writer"}
)


def document_staff(actor: Actor | None, span: Span, met: Context) -> Actor | None:
    """``actor`` employed by the author of the document "the report's X" in its phrase
    names, where the text told who wrote that document."""
    if actor is None or actor.kind != "person":
        return actor
    for role in span:
        noun = _document_possessor(role, span)
        if noun is None:
            continue
        # the document quoted as a claimant, before the last statement's writer ("Oman's
        # ministry said in a statement" wrote no report)
        author = document_author(span, met, noun) or met.author(noun)
        if author is not None and author.kind in ("organisation", "government"):
            # the country and seat came with the body quoted last: the writer's stand instead
            mine = replace(actor, organisation=None, country_code=None, located=None)
            return employed(mine, replace(author, role=None))
    return actor


def _document_possessor(role: Token, span: Span) -> str | None:
    """ "the report's lead investigator": "report" for the role noun, else ``None``."""
    if role.lemma_.lower() not in PERSON_ROLES | _DOCUMENT_ROLES or role.pos_ != "NOUN":
        return None
    for owner in (c for c in role.children if c.dep_ == "poss" and span.start <= c.i < span.end):
        word = owner.lemma_.lower()
        definite = any(c.lower_ == "the" for c in owner.children)
        if definite and (word in DOCUMENTS or word in INQUIRIES):
            return word
    return None


def document_author(span: Span, met: Context, noun: str | None = None) -> Actor | None:
    """The body behind the last document quoted as a claimant before ``span`` ("a field
    investigation published by X found …"; one called ``noun`` first): who "the report"
    later means."""
    doc = span.doc
    found: list[tuple[bool, Actor]] = []
    for start, end, actor in met.claimants:
        root = doc[start:end].root
        if start >= span.start or root.pos_ != "NOUN":
            continue
        word = root.lemma_.lower()
        if (word in DOCUMENTS or word in INQUIRIES) and actor.kind in (
            "organisation",
            "government",
        ):
            found.append((word == noun, actor))
    same = [a for named, a in found if named] or [a for _, a in found]
    return same[-1] if same else None
