"""A sanction with its reason: "Today, OFAC designated four individuals … for their role in
shipping Iranian crude oil to refineries in China", "The EU sanctioned two firms over
drone deliveries to Russia".

A designation or a sanction that gives its reason charges its target with a deed, as "X
accused Y of Z" does: the body that imposes it claims the deed (alleged), and the deed
may be a route. Without a reason ("sanctioned Minerven in 2019") it is a measure, no
claim; and the verbs are no speech cues elsewhere (a date on them stays theirs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import RawClaim, cue_offsets, subtree, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Measures that charge their target with a deed when they give a reason.
_MEASURES = words("designate sanction blacklist")
#: Prepositions that give a measure's reason: "for their role in", "over drone deliveries".
_REASONS = frozenset({"for", "over"})


def measure_claims(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """A claim for each designation or sanction with a reason that ``found`` lacks."""
    taken = {r.cue_token for r in found}
    out = []
    for tok in parsed:
        if tok.lemma_ not in _MEASURES or tok.pos_ != "VERB" or tok.i in taken:
            continue
        raw = _measure(tok)
        if raw is not None:
            out.append(raw)
    return out


def _measure(verb: Token) -> RawClaim | None:
    """The claim of an active measure with a reason: its imposer, the target and reason."""
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    imposer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if target is None or imposer is None:
        return None
    # (the parser may hang the reason on the last target: "X, Y and five vessels for …")
    heads = [verb, target, *(t for t in target.subtree if t.dep_ == "conj")]
    reasons = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _REASONS]
    reason = min(reasons, key=lambda c: c.i, default=None)
    if reason is None or reason.i < target.i:
        return None
    end = max(tok_end(reason.right_edge), tok_end(target.right_edge))
    content = trim(text(verb.doc), target.left_edge.idx, end)
    sent = verb.sent
    return RawClaim(
        cue=cue_offsets(verb),
        content=content,
        claimant=subtree(imposer),
        claimant_token=imposer.i,
        outlet=None,
        cue_token=verb.i,
        frame="evaluation",
        sentence=(sent.start_char, sent.end_char),
    )
