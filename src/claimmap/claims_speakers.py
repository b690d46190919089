"""Who speaks when the parse does not say it plainly: a quotation beside the cue, a colon,
"X, he said, Y", ", the observatory said." without a subject, "Interfax cited X as saying",
two subjects of which one sits inside the quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_quotes import adjacent_quote
from claimmap.claims_tokens import (
    SUBJECTS,
    Offsets,
    agent_of,
    subject_of,
    subtree,
    text,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "ADP", "CCONJ", "PART", "ADV"})


def within(full: str, span: Offsets, sent: Offsets) -> Offsets | None:
    """A claimant cut to its sentence and its line (a mis-parse can reach a headline)."""
    start, end = max(span[0], sent[0]), min(span[1], sent[1])
    cut = full.rfind("\n", start, end)
    if cut != -1:
        start = cut + 1
    start, end = trim(full, start, end)
    return (start, end) if end > start else None


def speaker_subject(verb: Token, quotes: list[Offsets]) -> Token | None:
    """The verb's subject; of two ("“… mode,” said Wimes" parses "mode" as one too), the one
    outside the quotation."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    outside = [s for s in subjects if not any(q[0] <= s.idx < q[1] for q in quotes)]
    chosen = outside or subjects
    return chosen[0] if chosen else None


def postposed(verb: Token, sent: Span, clause_after: bool = False) -> tuple[Offsets, int] | None:
    """ "..., the observatory said." parsed without a subject: the noun phrase between the
    last comma and the verb is the claimant (returned with its first token's index)."""
    doc = verb.doc
    i = verb.i - 1
    while i > sent.start and doc[i].text != "," and doc[i].pos_ in _NP_POS:
        i -= 1
    if i <= sent.start or doc[i].text != "," or i == verb.i - 1:
        return None
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not clause_after and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    first = i + 1
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first : verb.i]):
        return None
    return tokens_offsets(doc, first, verb.i - 1), first


def cites_as_saying(verb: Token) -> bool:
    return verb.lemma_ in ("cite", "quote") and any(
        c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children) for c in verb.children
    )


def cited_passive(verb: Token) -> bool:
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_
        in (
            "cite",
            "quote",
        )
    )


def cited_as(cite: Token) -> tuple[Offsets | None, int | None, Offsets | None]:
    """ "Interfax cited X as saying": claimant X, outlet Interfax (either voice)."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    subj = subject_of(cite)
    agent = agent_of(cite)
    if obj is not None:
        outlet = subtree(subj) if subj is not None else None
        return subtree(obj), obj.i, outlet
    if subj is not None:  # "X was cited by Interfax as saying"
        return subtree(subj), subj.i, subtree(agent) if agent is not None else None
    return None, None, None


def quote_or_colon(
    verb: Token, sent: Span, quotes: list[Offsets], claimant: Offsets | None
) -> Offsets | None:
    """Content for a speech verb without a complement: a quotation beside it, or a colon."""
    doc = verb.doc
    lo = min(verb.idx, claimant[0]) if claimant else verb.idx
    hi = max(verb.idx + len(verb.text), claimant[1]) if claimant else verb.idx + len(verb.text)
    quote = adjacent_quote(text(doc), quotes, lo, hi)
    if quote is not None:
        return quote
    if claimant is not None and sent.start_char < claimant[0] and claimant[1] <= verb.idx:
        before = text(doc)[sent.start_char : claimant[0]].rstrip()
        between = text(doc)[claimant[1] : verb.idx].split()
        if before.endswith(",") and len(before.split()) >= 3 and len(between) <= 2:
            after = doc[verb.i + 1 : sent.end]
            if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in after):
                return trim(text(doc), sent.start_char, sent.end_char)  # "X, he said, Y"
            return trim(text(doc), sent.start_char, claimant[0])  # "X, he said (, as cited)."
    nxt = verb.i + 1
    while nxt < len(doc) and nxt < sent.end + 1 and doc[nxt].pos_ in ("ADV", "PROPN", "NOUN"):
        nxt += 1
    if nxt < len(doc) and doc[nxt].text == ":":
        start = doc[nxt].idx + 1
        end = text(doc).find("\n", start + 1)
        while end != -1 and not text(doc)[start:end].strip():
            end = text(doc).find("\n", end + 1)
        return trim(text(doc), start, len(text(doc)) if end == -1 else end)
    return None
