"""A question-and-answer transcript: "Q:" lines are the interviewer's, "A:" lines the
interviewee's, whom the introduction names ("He spoke to us on Sunday", "… spoke to
Commander X").

Each sentence of an answer is a claim of the interviewee (a denial among them reads as
one: "There are no flights from X to Y"); a question makes no claim of the interviewer's,
though one can report a third party's ("Q: The Observatory says that …", read by syntax).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_interviews import _interview_marker, _interviewee, _name
from claimmap.claims_tokens import RawClaim, overlap, subject_of, text, trim
from claimmap.nlp import token_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LINE = re.compile(r"^(?P<label>Q|A|Question|Answer)\s*[:.]\s+\S", re.MULTILINE)
_ANSWERS = frozenset({"A", "Answer"})
#: An answer's sentence shorter than this ("No.", "It is political.") states too little.
_MIN_WORDS = 4
_TOLD = frozenset({"speak", "talk"})


def transcript_answers(doc: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The interviewee's claims, one per sentence of each "A:" line, unless a claim the
    syntax found already covers that sentence."""
    body = text(doc)
    lines = list(_LINE.finditer(body))
    labels = {m.group("label")[0] for m in lines}
    if labels != {"Q", "A"} or len(lines) < 3:
        return []  # not a transcript: both questions and answers, more than one exchange
    speaker = _speaker(doc, lines[0].start())
    if speaker is None:
        return []
    out = []
    for m in lines:
        if m.group("label") not in _ANSWERS:
            continue
        end = body.find("\n", m.start())
        end = len(body) if end < 0 else end
        label = (m.start(), m.start() + len(m.group("label")))
        cue = doc.char_span(label[0], label[1], alignment_mode="expand")
        if cue is None:
            continue
        for sent in (s for s in doc.sents if s.end_char > m.end() - 1 and s.start_char < end):
            span = trim(body, max(sent.start_char, m.end() - 1), min(sent.end_char, end))
            if len(body[span[0] : span[1]].split()) < _MIN_WORDS:
                continue
            if any(overlap(r.content, span) for r in found):
                continue
            out.append(
                RawClaim(
                    cue=label,
                    content=span,
                    claimant=_name(speaker),
                    claimant_token=speaker.i,
                    outlet=None,
                    cue_token=cue.start,
                    frame="speech",
                    sentence=span,
                )
            )
    return out


def _speaker(doc: Doc, first_line: int) -> Token | None:
    """The interviewee: the subject of "spoke to us" in the introduction when it names
    someone ("Commander X spoke to us"); for "he", the first person the introduction
    makes a subject ("Colonel X commands the Y Division. … He spoke to us")."""
    verbs = (doc[i] for i in token_positions(doc, _TOLD, lemma=True))
    marker = next((t for t in verbs if t.idx < first_line and _interview_marker(t)), None)
    subj = subject_of(marker) if marker is not None else None
    if marker is not None and subj is not None and subj.pos_ != "PRON":
        return _interviewee(doc, marker)
    last = marker.i if marker is not None else len(doc)
    return next(
        (
            t
            for t in doc[:last]
            if t.idx < first_line
            and t.ent_type_ == "PERSON"
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
        ),
        None,
    )
