"""A cue verb inside an "if" clause: "He said if I complained he would call the police".

A speech verb the condition puts ("if I complained", "unless they say so") is no statement
anyone made, though the parser often hangs the consequence on it as its complement; when a
speech verb governs the condition ("He said if …"), the condition and its consequence are
what that verb's subject said.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import RawClaim, cue_offsets, subject_of, subtree, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that make a clause a condition, not a statement.
_CONDITIONS = frozenset({"if", "unless"})


def unconditional(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with each claim whose cue sits in a condition dropped, or given to the
    speech verb that governs the condition ("He said if I complained he would …")."""
    out = []
    for raw in found:
        cue = parsed[raw.cue_token]
        if not _conditional(cue):
            out.append(raw)
            continue
        said = _outer_claim(raw, cue)
        if said is not None and not any(r.cue_token == said.cue_token for r in found):
            out.append(said)
    return out


def _conditional(cue: Token) -> bool:
    return cue.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in cue.children
    )


def _outer_claim(raw: RawClaim, cue: Token) -> RawClaim | None:
    """The claim of the speech verb the condition hangs on, its content the condition and
    the consequence together."""
    head = cue.head
    if head.pos_ != "VERB" or verb_frame(cue_lemma(head.lemma_, head.lower_)) != "speech":
        return None
    if any(c.dep_ in ("ccomp", "dobj") for c in head.children):
        return None  # the verb has a complement of its own: the condition is not its content
    subj = subject_of(head)
    if subj is None or subj.i > cue.i:
        return None
    start = cue.left_edge.idx
    start, end = trim(text(cue.doc), start, max(raw.content[1], tok_end(cue.right_edge)))
    sent = cue.sent
    return replace(
        raw,
        cue=cue_offsets(head),
        cue_token=head.i,
        claimant=subtree(subj),
        claimant_token=subj.i,
        content=(start, end),
        sentence=(sent.start_char, sent.end_char),
    )
