"""Attributions set in the middle of what they attribute: "The convoy, a police spokesman
said on Tuesday, had left ..." (the sentence around the parenthesis is the claim), and
"..., French officials said, in a move that could ..." (the words after the cue are the
reporter's gloss, not the claim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import QUOTE_VERBS
from claimmap.claims_tokens import Offsets, relative_after, subtree, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: What the parser makes of the fronted noun phrase: a subject, an unlabelled dependent,
#: or, before a clause it reads as the cue's conjunct ("These workers, X explained, were
#: well paid"), a bare-noun adverbial.
_FRONTED = frozenset({"nsubj", "dep", "npadvmod"})


def interrupting_speaker(
    verb: Token, sent: Span, lemma: str
) -> tuple[Offsets, int, Offsets] | None:
    """ "The convoy, a police spokesman said on Tuesday, had left ...": the parser hangs the
    fronted noun phrase and the speaker both on the cue, as subjects, and the rest of the
    sentence on it too. The subject next to the cue speaks; the sentence around the
    parenthesis is what was said. Returns (claimant, claimant token, content)."""
    if lemma not in QUOTE_VERBS:
        return None
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in _FRONTED]
    if len(before) < 2:
        return None
    fronted, speaker = before[-2], before[-1]
    doc = verb.doc
    comma = fronted.right_edge.i + 1
    if speaker.dep_ != "nsubj" or doc[comma].text != "," or speaker.left_edge.i != comma + 1:
        return None
    if speaker.right_edge.i != verb.i - 1 and doc[speaker.right_edge.i + 1 : verb.i].text.strip():
        return None  # only adverbs may sit between the speaker and the cue
    goes_on = [
        c
        for c in verb.children
        if c.i > verb.i and c.pos_ in ("VERB", "AUX") and doc[c.left_edge.i - 1].text == ","
    ]
    if not goes_on:
        return None
    return subtree(speaker), speaker.i, trim(text(doc), sent.start_char, sent.end_char)


def speaker_in_next_clause(
    verb: Token, sent: Span, lemma: str
) -> tuple[Offsets, int, Offsets] | None:
    """ "“We ran,” said a teacher who fled and asked not to be named": the parser takes the
    noun after the cue for the subject of a verb further on ("asked"), leaving the cue with
    no subject. A subjectless cue right after a closed quotation, followed at once by that
    noun, has it for its speaker (up to its relative clause); the quotation is the claim.
    Returns (claimant, claimant token, content)."""
    doc = verb.doc
    if lemma not in QUOTE_VERBS or verb.i < sent.start + 2 or verb.i + 1 >= sent.end:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if doc[verb.i - 1].tag_ != "''" or doc[verb.i - 2].text not in (",", "?", "!"):
        return None
    speaker = next(
        (
            s
            for c in verb.children
            if c.i > verb.i and c.dep_ in ("ccomp", "conj")
            for s in c.children
            if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1
        ),
        None,
    )
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    described = [c.left_edge.i for c in speaker.children if c.dep_ in ("relcl", "acl")]
    last = min([*described, speaker.right_edge.i + 1]) - 1
    claimant = trim(text(doc), doc[verb.i + 1].idx, doc[last].idx + len(doc[last].text))
    return claimant, speaker.i, trim(text(doc), sent.start_char, doc[verb.i - 1].idx + 1)


def attribution_ends_sentence(verb: Token, sent: Span) -> bool:
    """Whether the words after a parenthetical cue all hang on the cue itself ("…, French
    officials said, in a move that could …"): the reporter's gloss, not the claim."""
    rest = verb.doc[verb.right_edge.i + 1 : sent.end]
    if any(relative_after(c) for c in verb.children):
        return False  # "X, it said, where Y": the relative clause goes on with X
    return verb.right_edge.i > verb.i and all(t.is_punct or t.is_space for t in rest)


#: What the parser makes of a sentence-final speaker it hangs on the clause before it.
_TRAILING = frozenset({"dep", "appos", "npadvmod", "attr", "dobj"})
#: What may follow a sentence-final cue: its date, place, manner.
_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct", "pobj", "agent"})


def trailing_relative(verb: Token, sent: Span, lemma: str) -> tuple[Offsets, int, Offsets] | None:
    """ "..., but smugglers are moving more people towards X, the EU border agency Frontex
    said on Friday.": the parser reads the speaker's title as a noun on the clause before
    the comma and the cue as its relative clause, leaving the cue with no content. The
    title and name before the cue speak; the sentence before the comma is what was said.
    Returns (claimant, claimant token, content)."""
    if lemma not in QUOTE_VERBS or verb.dep_ != "relcl" or verb.i >= sent.end - 1:
        return None
    head, doc = verb.head, verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if head.dep_ not in _TRAILING or head.pos_ not in ("NOUN", "PROPN") or subj is None:
        return None
    if subj.tag_ in ("WDT", "WP") or subj.right_edge.i != verb.i - 1 or head.i > subj.i:
        return None
    start = head.left_edge.i
    if start <= sent.start + 3 or doc[start - 1].text != ",":
        return None
    if any(c.i > verb.i and c.dep_ not in _ADJUNCTS for c in verb.children):
        return None  # "..., the agency that said X": a relative clause with its own content
    if any(t.i > verb.right_edge.i and not (t.is_punct or t.is_space) for t in sent):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : start - 1]):
        return None
    claimant = trim(text(doc), doc[start].idx, verb.idx)
    return claimant, subj.i, trim(text(doc), sent.start_char, doc[start - 1].idx)


def appositive_gloss(verb: Token, sent: Span) -> bool:
    """ "X entered the waters, the coast guard said, the third such intrusion this month":
    a bare noun phrase after a parenthetical cue, with no verb of its own above it, is the
    reporter's comment on X, not more of what was said (but "…, he said, the men would
    leave" goes on with a clause)."""
    doc = verb.doc
    i = verb.right_edge.i + 1
    if doc[i - 1].text != ",":
        if i >= sent.end or doc[i].text != ",":
            return False
        i += 1
    if i >= sent.end or doc[i].pos_ != "DET":
        return False
    top = doc[i]
    while sent.start <= top.head.i and top.head.i >= i and top.head.i != top.i:
        top = top.head
    return top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("dobj", "appos", "npadvmod", "attr")
