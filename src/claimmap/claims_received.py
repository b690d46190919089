"""Claims told from the listener's side: "The Panel received information from Member State
France that the vessel had been tracked", "the committee heard reports from residents that
soldiers looted the market".

The one who gives the information ("from X") is the claimant, the that-clause the content;
the receiver (a panel, a committee) only records it. A title before a state's name
("Member State France") is the body's formal style, not part of the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import RawClaim, lemmas_where, tok_end, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RECEIVE = words("receive obtain get hear")
#: What is received that carries a claim: "information from X that …".
_TOLD_NOUNS = words(
    "information report word assurance confirmation intelligence testimony account message "
    "indication complaint allegation evidence"
)
#: Formal titles before a state's name: "Member State France".
_STATE_TITLES = ("member state ", "the member state ")


def received_claims(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with the claims of "received <information> from X that Y": one that reads
    the same content with no claimant ("reports … that Y") gives way to it."""
    out = list(found)
    for i in lemmas_where(parsed, _RECEIVE):
        raw = _received(parsed[i])
        if raw is None:
            continue
        same = [r for r in out if r.content[0] <= raw.content[0] < r.content[1]]
        if all(r.claimant is None for r in same):
            out = [r for r in out if r not in same] + [raw]
    return out


def _received(verb: Token) -> RawClaim | None:
    if verb.pos_ != "VERB":
        return None
    noun = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TOLD_NOUNS), None
    )
    if noun is None:
        return None
    source = next(
        (g for p in noun.children if p.lower_ == "from" for g in p.children if g.dep_ == "pobj"),
        None,
    )
    clause = next(
        (
            c
            for c in (*noun.children, *verb.children)
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if source is None or clause is None or clause.left_edge.i <= source.i:
        return None
    doc = verb.doc
    that = next(m for m in clause.children if m.lower_ == "that")
    last = clause.right_edge
    while last.is_punct and last.i > that.i:
        last = doc[last.i - 1]
    who = tokens_offsets(doc, source.left_edge.i, source.right_edge.i)
    name = doc.text[who[0] : who[1]]
    for title in _STATE_TITLES:
        if name.lower().startswith(title) and len(name) > len(title):
            who = (who[0] + len(title), who[1])
    sent = verb.sent
    return RawClaim(
        cue=(verb.idx, tok_end(noun)),
        content=(that.idx, tok_end(last)),
        claimant=who,
        claimant_token=source.i,
        outlet=None,
        cue_token=verb.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )
