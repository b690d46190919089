""" "One of them said", "the group's director": references to a body or group just quoted.

"Two security sources in Agadez said ... One of them said ...": the pronoun stands for
the group last quoted in its paragraph, so the second claim is that group's (its
country and seat too), not an unknown "One of them". "Save the Children said ... the
group's Asia director said": the body quoted just before employs the director.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import paragraph_first
from claimmap.claims_tokens import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

_PRONOUNS = frozenset({"them", "those", "these"})


def one_of_them(span: Span) -> bool:
    """ "One of them", "one of those": a member of a group named by a pronoun; so is a
    bare "One" or "Another" as the subject ("Two drivers said ... One said ... Another
    said ...")."""
    words_ = [t.lower_ for t in span if not t.is_punct]
    if words_ in (["one"], ["another"]):
        return span.root.pos_ == "NUM" or span.root.dep_ in ("nsubj", "nsubjpass")
    return len(words_) == 3 and words_[:2] == ["one", "of"] and words_[2] in _PRONOUNS


def plural_claimant(span: Span, claimants: Sequence[tuple[int, int, Actor]]) -> Actor | None:
    """The actor of the last claimant before ``span`` in its paragraph (past the group's
    members quoted since, "One said ... One of them said") whose phrase is headed by a
    plural noun ("Two security sources", "local officials"); ``None`` when the last
    claimant there is one speaker (then "them" are no speakers quoted)."""
    first = paragraph_first(span.doc, span.start)
    for start, end, actor in reversed(claimants):
        if start >= span.start:
            continue
        if start < first:
            return None
        said = span.doc[start:end]
        if one_of_them(said):
            continue  # "One said ... One of them said": both of the group before them
        plural = said.root.tag_ in ("NNS", "NNPS") and said.root.pos_ == "NOUN"
        plural = plural or opening_plural(said.root)
        several = any(c.dep_ == "conj" for c in said.root.children)
        return actor if plural and not several else None
    return None


def opening_plural(root: Token) -> bool:
    """ "Fishermen in Bukha said": a plural common noun opening its sentence, which the
    tagger may take for a proper name (no entity, a plural's ending)."""
    word = root.lower_
    if root.pos_ != "PROPN" or root.ent_type_ or root.i != root.sent.start or not root.is_title:
        return False
    return word.endswith("men") or (word.endswith("s") and not word.endswith("ss"))


def recent_body(doc: Doc, before: int, history: Context) -> Actor | None:
    """ "Save the Children said ... the group's Asia director, Ana Lee, said": the body
    quoted last, in this sentence or the one before, when the parser marked no name of an
    organisation there for "the group" to refer to."""
    sent = sentence_at(doc, min(before, len(doc) - 1))
    start = sentence_at(doc, sent.start - 1).start if sent.start > 0 else sent.start
    for actor, at in zip(reversed(history), reversed(history.at), strict=True):
        if at < start:
            return None
        if actor.kind == "organisation" and at < before:
            return replace(actor, role=None)
    return None


def quoted_organ(actor: Actor, span: Span, history: Context) -> Actor:
    """ "The Royal Thai Navy denied it. A navy spokesman said ...", "The Israeli military
    said ... military spokesman Ana Lee wrote": a person whose employer is one common word
    ("navy", "police"), or whose title opens with one, and who has no country works for
    the body quoted just before (in the two sentences before his) that the word names."""
    from claimmap.claims_actor_context import employed

    org = actor.organisation or _organ_title(span)
    if actor.kind != "person" or actor.country_code or not org or " " in org:
        return actor
    for body in reversed(history.since(sentences_back(span, 2))):
        if body.kind in ("organisation", "government") and _names_organ(body, org.lower()):
            return employed(replace(actor, organisation=None), replace(body, role=None))
    return actor


_ORGANS = frozenset({"military", "army", "navy", "police", "coastguard"})


def _organ_title(span: Span) -> str | None:
    """The organ word a title opens with: "military spokesman Ana Lee"; also the last
    word of a body's name before a rank or post, "Coastguard Captain Ana Lee", "a ministry
    official" (which :func:`_names_organ` then must find in a body quoted just before)."""
    from claimmap.claims_actor_phrases import PERSON_ROLES
    from claimmap.claims_actor_spokes import SPOKES

    for tok in span:
        nxt = span.doc[tok.i + 1] if tok.i + 1 < span.end else None
        if nxt is None:
            continue
        if tok.is_lower and tok.lower_ in _ORGANS and nxt.lower_ in SPOKES:
            return tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ == "PERSON":
            continue
        first = tok.i == span.start or span.doc[tok.i - 1].pos_ == "DET"
        post = nxt.lower_ in SPOKES | PERSON_ROLES | _RANKS
        if first and post and (tok.is_lower or tok.is_title) and tok.lower_ in _BODY_HEADS:
            return tok.lower_
    return None


#: Ranks written before a name: "Prefecture Captain Ana Lee".
_RANKS = frozenset({"captain", "lieutenant", "major", "sergeant", "inspector", "admiral"})
#: Last words of a body's name that a title may open with for that body.
_BODY_HEADS = frozenset(
    {"ministry", "prefecture", "agency", "authority", "commission", "directorate", "department"}
    | {"council", "office", "coastguard", "guard", "service", "force", "forces", "command"}
)


def _names_organ(body: Actor, word: str) -> bool:
    """ "Royal Thai Navy" is the navy; the Israel Defense Forces, a state's armed forces
    in the actors table, are its military or army."""
    from claimmap.actors_table import load_actors

    words_ = body.name.lower().split()
    if len(words_) > 1 and words_[-1] == word:
        return True
    if word not in ("military", "army") or body.kind != "organisation":
        return False
    row = load_actors().find(body.name)
    return row is not None and row.kind == "military" and row.country_code is not None


def sentences_back(span: Span, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the span's."""
    sent = sentence_at(span.doc, span.start)
    for _ in range(n):
        if sent.start == 0:
            break
        sent = sentence_at(span.doc, sent.start - 1)
    return sent.start


def briefed_by(actor: Actor, span: Span, history: Context) -> Actor:
    """ "Lawmaker Lee Min-ho, who was briefed by the agency, told reporters": a person of
    no country briefed by a body just quoted is of that body's country (a legislator the
    spy agency briefs sits in its state's parliament)."""
    if actor.kind != "person" or actor.country_code or actor.organisation:
        return actor
    briefed = any(t.lower_ == "briefed" and any(c.lower_ == "by" for c in t.children) for t in span)
    if not briefed:
        return actor
    for body in reversed(history.since(sentences_back(span, 2))):
        if body.kind in ("organisation", "government") and body.country_code:
            return replace(actor, country_code=body.country_code)
    return actor
