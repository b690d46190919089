"""Who stands behind a document a claim is attributed to.

"A UN report seen by Reuters" is the UN's, "a statement from the ministry" the ministry's,
"a report released by the group Swissaid" Swissaid's; "the report" alone is the author of
the document called so before, else the body just quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import last_of
from claimmap.claims_actor_phrases import DOCUMENTS
from claimmap.claims_cues import words
from claimmap.claims_tokens import sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context


def author_of(span: Span) -> Span | None:
    """Who a participle on the document says made it: "a report released on Wednesday by
    the development group Swissaid" → "the development group Swissaid"."""
    root = span.root
    for verb in (c for c in root.children if c.dep_ in ("acl", "relcl") and c.i > root.i):
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i < span.end:
                return span.doc[obj.left_edge.i : obj.right_edge.i + 1]
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        # "a statement from the ministry", "a statement by the national police"; not "a
        # report from Gaza" (where it was filed from)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i >= span.end or obj.ent_type_ in ("GPE", "LOC", "DATE"):
            continue
        return span.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def said_before(span: Span) -> bool:
    """The text spoke of the document before ("A study in Nature found ... the study")."""
    lemma = span.root.lemma_.lower()
    return any(t.lemma_.lower() == lemma for t in span.doc[: span.start])


def sentences_back(span: Span, n: int) -> int:
    """The first token ``n`` sentences before the span's."""
    first = sentence_at(span.doc, span.start).start
    for _ in range(n):
        first = sentence_at(span.doc, first - 1).start if first > 0 else first
    return first


def document_source(span: Span, met: Context) -> Actor | None:
    """Who stands behind a document: its author named in the phrase ("a UN report seen by
    Reuters" → UN), else the author of the document named before ("the report")."""
    seen = without_viewer(span)
    author = author_of(seen)
    actor = met.describe(author) if author is not None else None
    if actor is None or actor.kind == "unknown":
        actor = met.describe(seen)
    if actor is not None and actor.kind != "unknown":
        met.wrote(actor, span.root.lemma_.lower())
        return actor
    written = met.author(span.root.lemma_.lower()) if definite(span) else None
    if written is not None:
        return written
    if definite(span) and not said_before(span):  # "the report": the body just quoted's
        return last_of(met.since(sentences_back(span, 2)), ("organisation", "government")) or actor
    return actor


#: Verbs of a clause that tells who saw a document, not who wrote it: "seen by Reuters".
_SEEN = words(
    """
    see obtain review view acquire leak share
    """
)


def is_document(span: Span) -> bool:
    """ "The report", "a UN study": a text, not a speaker; so are "data compiled by the
    researcher Ana Lee", whose author the phrase names, and "the data" they then are."""
    word = span.root.lemma_.lower()
    return word in DOCUMENTS or (word in _DATA and (definite(span) or author_of(span) is not None))


#: Nouns of figures a body or a person gathers: "data compiled by ...", "figures from ...".
_DATA = words(
    """
    data datum figure statistic record tally count estimate
    """
)


def without_viewer(span: Span) -> Span:
    """A document claimant without the clause naming who saw it: "the report, seen by Al
    Jazeera" → "the report"."""
    root = span.root
    for tok in root.children:
        if tok.i > root.i and tok.dep_ in ("acl", "relcl") and tok.lemma_.lower() in _SEEN:
            cut = tok.left_edge.i
            while cut > span.start and span.doc[cut - 1].is_punct:
                cut -= 1
            return span.doc[span.start : cut] if cut > span.start else span
    return span


def definite(span: Span) -> bool:
    return span[0].lower_ in ("the", "this", "that")
