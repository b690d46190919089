"""Cue words that are nouns in apposition, though the tagger reads a verb.

"The group says it has seized 40 boats, claims that analysts have said are inflated": after
a comma, with no "and", "claims" sums up what went before; the "that" opening its clause is
a relative pronoun, not a complementiser, and leaves a gap: the clause inside ("are
inflated") has no subject of its own. The claimant of the summed-up claim is not the one
who "claims" here; the analysts speak of the claims.

Objects that carry a content of their own are read here too: a quotation ("added the words
“X”") and a view ("saw the remark as a dig").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import has_child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.claims_tokens import Offsets


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def appositive_noun(verb: Token) -> bool:
    """Whether a cue read as a verb after a comma is a plural noun summing up the clause
    before, shown by the gap in the relative clause after it."""
    doc = verb.doc
    if verb.tag_ != "VBZ" or verb.dep_ != "conj" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
        return False  # "says X, and claims that Y": a verb
    return any(_relative_gap(c) for c in verb.children if c.dep_ == "ccomp")


def _relative_gap(clause: Token) -> bool:
    """ "that analysts have said are inflated": a "that" clause whose own clause lacks a
    subject (the "that" stands for it)."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if not any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    inner = [c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    return any(_gapped(c) for c in inner)


def _gapped(clause: Token) -> bool:
    """ "are inflated": a finite clause with no subject."""
    if any(g.dep_ in _SUBJECTS or g.dep_ == "mark" for g in clause.children):
        return False
    return any(
        g.dep_ in ("aux", "auxpass") or g.tag_ in _FINITE for g in (clause, *clause.children)
    )


_FINITE = frozenset({"VBP", "VBZ", "VBD"})


def gap_content(verb: Token, content: Offsets | None) -> Offsets | None:
    """ "..., claims that analysts have said are inflated": what the analysts said is that
    the claims are inflated; the content runs from the noun to the clause's end."""
    noun = verb.head
    if content is None or verb.dep_ != "ccomp" or noun.dep_ != "conj":
        return content
    if not appositive_noun(noun) or not _relative_gap(verb):
        return content
    return noun.idx, content[1]


def target_participle(verb: Token) -> bool:
    """ "as militia accused of new killings", "The brigade accused of looting left": the
    noun a past participle modifies is its target, not its source. Not when the noun is
    the sentence's root ("A panel of economists estimated that ..."): there the tagger
    took the finite verb for a participle."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl":
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.lemma_ in _ACCUSING and nxt is not None and nxt.lower_ in _CHARGE_PREPS:
        return True  # "accused of", "blamed for", "charged with": the shape decides
    root = verb.sent.root
    return root.pos_ in ("VERB", "AUX") and root.i != verb.head.i


_ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "criticize", "criticise"})
_CHARGE_PREPS = frozenset({"of", "for", "over", "with"})


# --- objects that carry a content ---------------------------------------------------

#: Verbs of sight that, with "X as Y", tell a view: "saw the remark as a dig".
_VIEWING = frozenset({"see", "view", "regard"})


def seen_as(verb: Token) -> bool:
    """ "see the programme as an easy route": an object and the "as" phrase that says how
    it is seen, a view rather than a sight."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    viewing = verb.lemma_.lower() in _VIEWING  # ("assumed a role as X": the parse is alike)
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and not has_child(c, "amod")
        for c in (*verb.children, *(obj.children if viewing else ()))
    )


def holds_quote(obj: Token) -> bool:
    """An object that is a quotation or names one: "sang “American Skin”", "added the
    words “X”" (not one that a relative clause far inside it quotes)."""
    doc = obj.doc
    near = doc[obj.left_edge.i : min(obj.i + 3, obj.right_edge.i + 1)]
    return any(t.tag_ == "``" or t.text in ("“", "''", '"') for t in near)
