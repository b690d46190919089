"""Who stands behind a document a claim is attributed to.

"A UN report seen by Reuters" is the UN's, "a statement from the ministry" the ministry's,
"a report released by the group Swissaid" Swissaid's; "the report" alone is the author of
the document called so before, else the body just quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import last_of
from claimmap.claims_actor_document_staff import document_author
from claimmap.claims_actor_phrases import DOCUMENTS
from claimmap.claims_cues import words
from claimmap.claims_tokens import sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context


def author_of(span: Span) -> Span | None:
    """Who a participle on the document says made it: "a report released on Wednesday by
    the development group Swissaid" → "the development group Swissaid"."""
    root = span.root
    for verb in (c for c in root.children if c.dep_ in ("acl", "relcl") and c.i > root.i):
        if channelled(verb):
            continue  # "a statement carried by the state daily": the daily only printed it
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
    quoted = _quoted_document(span, met) if definite(span) else None
    if quoted is not None:  # "a police report seen by X said ... The report said": it
        return quoted
    written = met.author(span.root.lemma_.lower()) if definite(span) else None
    if written is not None:
        return written
    published = document_author(span, met) if definite(span) else None
    if published is not None:  # "an investigation published by X found … the report says"
        return published
    if definite(span) and not said_before(span):  # "the report": the body just quoted's
        return last_of(met.since(sentences_back(span, 2)), ("organisation", "government")) or actor
    if author is None and _carried(span):
        # "The junta accused ... According to a statement carried by state media, ...":
        # the body that just spoke issued it; the medium is only the outlet
        return last_of(met.since(sentences_back(span, 1)), ("government", "organisation")) or actor
    return actor


def _quoted_document(span: Span, met: Context) -> Actor | None:
    """The last claimant that was itself a document of the same noun ("an intelligence
    report seen by Reuters said"): "the report" after it is that report, not the author
    of some statement quoted in between."""
    lemma = span.root.lemma_.lower()
    for start, end, actor in reversed(met.claimants):
        said = span.doc[start:end]
        if start < span.start and said.root.lemma_.lower() == lemma and said.root.pos_ == "NOUN":
            return actor
    return None


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


#: Verbs of a clause that tells which medium carried a document, not who issued it.
_CARRIED = words(
    """
    carry air broadcast relay
    """
)
#: Verbs that name the author, unless their agent is a medium ("published by the UN" is
#: the UN's report; "published by the state newspaper" a statement the paper printed).
_PRINTED = words(
    """
    publish print run
    """
)


def channelled(verb: Token) -> bool:
    """A participle telling which medium carried a document ("carried by the state
    daily", "published by state media"), whose agent is then the outlet, not the author."""
    lemma = verb.lemma_.lower()
    if lemma in _CARRIED:
        return True
    if lemma not in _PRINTED:
        return False
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if obj is not None and _medium(obj.doc[obj.left_edge.i : obj.right_edge.i + 1]):
            return True
    return False


def _named_agency(phrase: Span) -> bool:
    """An agency's capitalised name that says nothing of news ("the Environmental
    Investigation Agency", unlike "the Xinhua News Agency")."""
    root = phrase.root
    return (
        root.lower_ == "agency"
        and root.is_title
        and not any(t.lower_ in ("news", "press") for t in phrase)
    )


def _medium(phrase: Span) -> bool:
    from claimmap.actors import OUTLET_KINDS
    from claimmap.actors_table import load_actors
    from claimmap.claims_actor_context import MEDIA_NOUNS

    if phrase.root.lower_ in MEDIA_NOUNS | {"media", "television", "radio", "agency"}:
        # "the state news agency"; "the Environmental Investigation Agency" is no medium
        return not _named_agency(phrase)
    row = load_actors().find(phrase.text)
    return row is not None and row.kind in OUTLET_KINDS


def _carried(span: Span) -> bool:
    """The document phrase names the medium that carried it, not its author ("a
    statement carried by the state daily")."""
    root = span.root
    return any(
        c.dep_ in ("acl", "relcl") and c.i > root.i and c.i < span.end and channelled(c)
        for c in root.children
    )


def without_viewer(span: Span) -> Span:
    """A document claimant without the clause naming who saw it: "the report, seen by Al
    Jazeera" → "the report"."""
    root = span.root
    for tok in root.children:
        if tok.i > root.i and tok.dep_ in ("acl", "relcl") and _viewing(tok):
            return _cut_before(span, tok)
    return span


def without_seen_clause(span: Span) -> Span:
    """A claimant without a closing clause naming the medium that saw or carried the
    material: "two officials and shipping data reviewed by Reuters" → "two officials and
    shipping data" (Reuters is the channel, not the source); so for people "quoted by" a
    medium ("local fishermen quoted by the news agency X": the fishermen speak)."""
    for tok in span:
        if tok.dep_ != "acl" or tok.i == span.start or tok.right_edge.i < span.end - 1:
            continue
        relayed = tok.lemma_.lower() in _QUOTED and tok.head.pos_ == "NOUN"
        if (_viewing(tok) or relayed) and any(c.dep_ == "agent" for c in tok.children):
            return _cut_before(span, tok)
    return span


#: Participles by which a medium passes people's words on: "fishermen quoted by X".
_QUOTED = frozenset({"quote", "cite", "interview"})


def _cut_before(span: Span, clause: Token) -> Span:
    """``span`` up to the clause headed by ``clause`` and the punctuation before it."""
    cut = clause.left_edge.i
    while cut > span.start and span.doc[cut - 1].is_punct:
        cut -= 1
    return span.doc[span.start : cut] if cut > span.start else span


def speaker_with_data(span: Span) -> Span:
    """ "Two officials and shipping data": the people are the claimant, the data only
    what they drew on; a coordination of one speaker with records or documents is read
    as the speaker alone."""
    root = span.root
    conjs = [c for c in root.children if c.dep_ == "conj" and c.i > root.i and c.i < span.end]
    if len(conjs) != 1 or root.lemma_.lower() in _DATA | DOCUMENTS:
        return span
    if conjs[0].lemma_.lower() not in _DATA | DOCUMENTS:
        return span
    cut = min(c.i for c in root.children if c.dep_ in ("cc", "conj", "punct") and c.i > root.i)
    while cut > span.start and span.doc[cut - 1].is_punct:
        cut -= 1
    return span.doc[span.start : cut] if cut > span.start else span


def _viewing(verb: Token) -> bool:
    return verb.lemma_.lower() in _SEEN or channelled(verb)


def definite(span: Span) -> bool:
    return span[0].lower_ in ("the", "this", "that")
