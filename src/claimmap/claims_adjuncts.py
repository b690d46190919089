"""Claims in a trailing adjunct of another claim's content: "Lynch said A, though she
noted B", "Cruz endorses Trump, who says he is honored", "refuses to discuss X, aside from
saying Y". The clause after the comma is the reporter's (a concession, a relative, a time),
not more of what the first source said, and the cue in it makes a claim of its own, which
PolNeAR annotates beside the first one: the first content ends at the comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import Offsets, RawClaim, ended_at, span_at, subject_of, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Words that open a trailing adjunct clause the reporter adds after a comma.
_OPENERS = frozenset(
    {
        "though", "although", "while", "whereas", "when", "before", "after", "with",
        "aside", "who", "which", "whose", "whom",
    }
)  # fmt: skip
_CLAUSES = frozenset({"advcl", "relcl", "pcomp", "prep", "acl", "advmod"})
#: Parts of speech a content cannot end on: "has not been charged with" is no content.
_DANGLING = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART"})
_PUNCT_TAIL = frozenset(".,;:!?”\"'’) ")


def end_before_adjuncts(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """Cut each content before a trailing adjunct clause (after a comma, opened by a
    subordinator or a relative word) that holds another claim's cue."""
    body = text(parsed)
    cuts: dict[int, int] = {}
    for inner in claims:
        for n, outer in enumerate(claims):
            if outer is inner or not outer.content[0] < inner.cue[0] < outer.content[1]:
                continue
            comma = _adjunct_comma(parsed, parsed[inner.cue_token], outer.content)
            if comma is not None and outer.cue[1] <= comma:
                cuts[n] = min(cuts.get(n, comma), comma)
    return ended_at(claims, cuts, body, lambda content: _whole(parsed, content))


def _adjunct_comma(doc: Doc, cue: Token, content: Offsets) -> int | None:
    """The offset of the comma before the adjunct clause holding ``cue`` that runs to the
    end of ``content``, if there is one."""
    tok: Token | None = cue
    while tok is not None and content[0] <= tok.idx < content[1]:
        first = tok.left_edge
        if (
            tok.dep_ in _CLAUSES
            and first.i > 0
            and first.lower_ in _OPENERS
            and doc[first.i - 1].text == ","
            and doc[first.i - 1].idx > content[0]
            and _runs_to_end(doc, tok, content)
        ):
            return doc[first.i - 1].idx
        tok = tok.head if tok.head.i != tok.i else None
    return None


def _runs_to_end(doc: Doc, clause: Token, content: Offsets) -> bool:
    """Whether nothing but punctuation follows ``clause`` in ``content`` (a clause in the
    middle, "the plan, which critics say costs more, was dropped", is part of it)."""
    end = clause.right_edge.idx + len(clause.right_edge.text)
    return all(ch in _PUNCT_TAIL for ch in text(doc)[end : content[1]])


def _whole(doc: Doc, content: Offsets) -> bool:
    """Whether the cut content is a phrase of its own, not a word left hanging."""
    words = span_at(doc, content[0], content[1])
    return content[1] > content[0] and (words is None or words[-1].pos_ not in _DANGLING)


def own_clause_before(verb: Token, comp: Token) -> bool:
    """ "Police say X; rights groups accuse Y": a clause before a semicolon that is a
    claim with its own cue and speaker is no complement of the cue after it (the parser
    hangs it on the later verb as a ccomp)."""
    if comp.i > verb.i or not any(c.dep_ == "nsubj" for c in comp.children):
        return False
    if verb_frame(cue_lemma(comp.lemma_, comp.lower_)) is None:
        return False
    if not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children):
        return False  # "X says Y; county denies it": "it" is what the first one said
    return any(t.text == ";" for t in verb.doc[comp.right_edge.i + 1 : verb.i])


def spliced_clause_before(verb: Token, comp: Token) -> bool:
    """ "Drones hit a refinery, Russia claims 40 drones downed": a clause set off by a
    comma before the cue, when the cue takes a clause of its own right after it, is the
    writer's statement spliced on, not a second complement of the cue ("X, he said, Y"
    has a comma after the cue, and X is his)."""
    if comp.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return False
    doc = verb.doc
    after = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i > verb.i
        and not any(t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    if not after:
        return False
    said_by = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    start = said_by.left_edge.i if said_by is not None else verb.i
    gap = doc[comp.right_edge.i + 1 : start]
    if any(t.text in _CLOSING_QUOTES for t in gap):
        return False  # '"X," he wrote on Y. "Z"': a quotation closing before him is his
    return any(t.text == "," for t in gap)


#: Marks that close a quotation.
_CLOSING_QUOTES = frozenset({'"', "\u201d"})


def after_quoted_complement(verb: Token, head: Token) -> bool:
    """ "X told reporters that the state “will not allow …”, and accused Y of Z": the
    complement is a quotation that closes before the conjunct, which therefore cannot be
    part of it; it goes with the verb that introduced the quotation."""
    doc = verb.doc
    opens = any(t.tag_ == "``" for t in doc[head.head.i + 1 : head.i])
    closes = [t.i for t in doc[head.i + 1 : verb.i] if t.tag_ == "''"]
    if not opens or not closes or any(t.tag_ == "``" for t in doc[closes[-1] : verb.i]):
        return False
    return not _clause_goes_on(doc[closes[-1] + 1 : verb.left_edge.i])


def _clause_goes_on(between: Span) -> bool:
    """ "that it had “lost control” of the mine and could not ...": words of the clause
    after the closing mark show that the quotation was a fragment inside the clause."""
    return any(not t.is_punct and t.dep_ != "cc" for t in between)


#: Auxiliaries of reported speech: "said the state would provide X and had approved Y".
_BACKSHIFT = frozenset({"had", "would", "could", "might"})


def backshifted_conjunct(verb: Token) -> bool:
    """ "X said the government would provide aid and had approved a request": a conjunct
    with its own backshifted auxiliary under the complement of a past speech verb is more
    of what was said, not a new claim by the complement's subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.tag_ != "VBD":
        return False
    if verb_frame(cue_lemma(head.head.lemma_, head.head.lower_)) != "speech":
        return False
    if after_quoted_complement(verb, head) or subject_of(verb) is not None:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in verb.children)
