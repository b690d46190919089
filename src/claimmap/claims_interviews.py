"""An interview's answers: paragraphs that are one quotation with no attribution of their
own, after a sentence that says the interviewee spoke to the outlet ("Lund spoke to us in
Nuuk"); each is a claim of the interviewee.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, RawClaim, subject_of, subtree, text, tok_end, trim
from claimmap.nlp import token_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: "She spoke to us", "talked with me": the article is an interview with the subject.
_INTERVIEW_VERBS = frozenset({"speak", "talk"})
_US = frozenset({"us", "me"})
_OPENERS = ('"', "“")
_CLOSERS = ('"', "”")


def interview_answers(doc: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The answers of an interview: paragraphs that are one quotation with no attribution
    of their own, after a sentence that says the interviewee spoke to the outlet ("Lund
    spoke to us in Nuuk"); each is a claim of the interviewee (named there or, for "she",
    the person the article names most often)."""
    verbs = (doc[i] for i in token_positions(doc, _INTERVIEW_VERBS, lemma=True))
    marker = next((t for t in verbs if _interview_marker(t)), None)
    if marker is None:
        return []
    body = text(doc)
    speaker = _interviewee(doc, marker)
    if speaker is None:
        return []
    out = []
    pos = tok_end(marker)
    for para in body[pos:].split("\n"):
        start, end = trim(body, pos, pos + len(para))
        pos += len(para) + 1
        quoted = body[start:end].startswith(_OPENERS) and body[start:end].endswith(_CLOSERS)
        if (
            not quoted
            or end - start < 20
            or any(q in body[start + 1 : end - 1] for q in _CLOSERS[1:])
        ):
            continue  # (a paragraph that closes a quotation and opens another is attributed)
        if any(_from_outside(r, start, end) for r in found):
            continue  # the close of a quotation attributed before it
        cue = doc.char_span(start, start + 1, alignment_mode="expand")
        if cue is None:
            continue
        out.append(
            RawClaim(
                cue=(start, start + 1),
                content=(start, end),
                claimant=_name(speaker),
                claimant_token=speaker.i,
                outlet=None,
                cue_token=cue.start,
                frame="speech",
                sentence=(cue.sent.start_char, cue.sent.end_char),
            )
        )
    return out


def _interview_marker(tok: Token) -> bool:
    if tok.lemma_ not in _INTERVIEW_VERBS or tok.pos_ != "VERB":
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("to", "with") and any(o.lower_ in _US for o in p.children)
        for p in tok.children
    )


def _interviewee(doc: Doc, marker: Token) -> Token | None:
    """The name the marker's subject gives ("the minister, Aviaaja Lund, spoke to us"), or
    for "she" the name most often a subject or an apposition in the article (the tagger's
    entity labels are no help with unfamiliar names)."""
    subj = subject_of(marker)
    if subj is None:
        return None
    if subj.pos_ == "PROPN":
        return subj
    if subj.pos_ != "PRON":
        return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
    counts: dict[str, int] = {}
    for t in doc:
        if t.pos_ == "PROPN" and t.dep_ in _NAMED and _maybe_person(t):
            counts[t.lower_] = counts.get(t.lower_, 0) + 1
    named = [t for t in doc[: marker.i] if counts.get(t.lower_) and t.dep_ in _NAMED]
    if not named:
        return None
    return max(named, key=lambda t: (counts[t.lower_], -t.i))


_NAMED = frozenset({"nsubj", "nsubjpass", "appos"})


def _maybe_person(tok: Token) -> bool:
    """A person's name, or a first and last name the tagger took for something else."""
    full = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    return tok.ent_type_ in ("PERSON", "") or full


def _name(tok: Token) -> Offsets:
    """A name with the words before it that belong to it ("Aviaaja Lund")."""
    first = min(
        (c for c in tok.children if c.dep_ == "compound" and c.i < tok.i),
        default=tok,
        key=lambda c: c.i,
    )
    if tok.pos_ != "PROPN":
        return subtree(tok)
    return first.idx, tok_end(tok)


def _from_outside(raw: RawClaim, start: int, end: int) -> bool:
    return raw.content[0] < end and start < raw.content[1] and not start <= raw.cue[0] < end
