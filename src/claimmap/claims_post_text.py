"""Whose words a quoted post is: 'The post was first published by "Granica24" … It shows a
crowd and reads: "Belavia flew 300 Afghans from Istanbul to Minsk …"'.

A text that "reads" something is a post, a caption or a leaflet, and the "it" that reads
is the text the sentence before made its subject; a post the text says someone published,
posted, shared or wrote is that someone's claim ("Granica24"), else the post's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_factcheck import MEDIA_NOUNS
from claimmap.claims_tokens import Offsets, RawClaim, sentence_at, subtree, text, tok_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs that make their agent the author of a post: "published by X", "posted by X".
_AUTHORED = words("publish post share write upload tweet send circulate create")
_IT = frozenset({"it", "this"})
#: Texts besides media that read something: "the message reads", "the caption reads".
_TEXTS = MEDIA_NOUNS | words("message caption text leaflet letter banner sign note")


def post_authors(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found``, each "it reads: …" given the post the sentence before spoke of, or the
    one who published it."""
    body = text(parsed)
    out = []
    for raw in found:
        cue = parsed[raw.cue_token]
        said_by = raw.claimant
        if cue.lemma_ != "read" or said_by is None or body[slice(*said_by)].lower() not in _IT:
            out.append(raw)
            continue
        post = _post_before(parsed, cue)
        author = _author(post) if post is not None else None
        who = author or post
        if who is None:
            out.append(raw)
            continue
        out.append(replace(raw, claimant=_name(who), claimant_token=who.i))
    return out


def _name(tok: Token) -> Offsets:
    """A name with its compounds ("Grupa Granica"), a noun with its phrase ("The post"),
    without the quotation marks around it."""
    if tok.pos_ != "PROPN":
        return subtree(tok)
    first = min((c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i), default=tok.i)
    return tok.doc[first].idx, tok_end(tok)


def _post_before(parsed: Doc, cue: Token) -> Token | None:
    """The subject of the sentence before, where it is a post or another text."""
    sent = sentence_at(parsed, cue.i)
    if sent.start == 0:
        return None
    before = sentence_at(parsed, sent.start - 1)
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.lemma_.lower() in _TEXTS else None


def _author(post: Token) -> Token | None:
    """Who the post's own sentence says published it: the agent of "was published by"."""
    verb = post.head
    if post.dep_ != "nsubjpass" or verb.lemma_ not in _AUTHORED:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
