"""Claims told by the layout of lines, not by syntax: a transcript's speaker label
("PENCE: Well, look ..."), a fact-check's "Claim: ..." line, and a quotation signed with
a dash ("“...” ― Sonya H."). A label that opens with a speech verb ("Said Ellis: ...")
is an inverted attribution, read by :mod:`claimmap.claims_inverted`, not a speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_inverted import INVERTED_FORMS
from claimmap.claims_quotes import MIN_WORDS, WORD, paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Doc

Offsets = tuple[int, int]

_SPEAKER = re.compile(
    r"^[\"“]?(?P<name>[A-Z][A-Z.'’\- ]{1,40}|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
    r"(?P<topic> (?:on|about) [^:\n]{2,40})?:\s+\S"
)
_DASH = re.compile(
    r"(?P<content>.*[”\"’'])[\s\xa0]*(?P<cue>[―—])[\s\xa0]*"
    r"(?P<name>[A-Z][\w.'’\- ]{1,60}?)[\s\xa0.]*$"
)
_NOT_SPEAKERS = frozenset(
    ["Update", "Note", "Editor", "Photo", "Source", "Related", "Read", "Watch", "Video", "Image"]
)
#: Genre labels that open a line of a fact-check, live blog or news release: the outlet's
#: own headings, never a speaker ("Verdict: False ...", "NEW REPORT: ...").
GENRE_LABELS = frozenset(
    {
        "verdict", "claim", "the claim", "rating", "our rating", "ruling", "our ruling",
        "update", "updated", "correction", "clarification", "editor's note", "note",
        "new report", "report", "breaking", "breaking news", "analysis", "fact check",
        "context", "the facts", "the bottom line", "bottom line", "what we found", "exclusive",
        "opinion", "live", "watch", "read more", "explainer", "summary",
    }
)  # fmt: skip
#: The genre label that states the checked claim itself ("Claim: Chinese planes flew ...").
CLAIM_LABELS = frozenset({"claim", "the claim"})


def genre_label(name: str) -> str | None:
    """The normalised genre label ``name`` is, if it is one ("Editor’s Note" → "editor's note")."""
    key = " ".join(name.replace("’", "'").lower().split())
    return key if key in GENRE_LABELS else None


def layout_claims(text: str) -> list[tuple[Offsets, Offsets, Offsets]]:
    """(claimant, cue, content) told by layout, not syntax: a transcript's speaker label
    ("PENCE: Well, look ...") and a quotation signed with a dash ("“...” ― Sonya H.")."""
    out = []
    for start, para in paragraphs(text):
        m = _SPEAKER.match(para)
        label = genre_label(m.group("name")) if m else None
        if m and label in CLAIM_LABELS:
            colon, end = start + m.end("name"), start + len(para.rstrip())
            if end - colon > 10:  # the claim checked: said by someone the line does not name
                out.append(((colon, colon), (colon, colon + 1), (start + m.end() - 1, end)))
            continue
        if m and label is None and _speaker_label(m.group("name")):
            name = (start + m.start("name"), start + m.end("name"))
            colon = start + m.end("topic") if m.group("topic") else name[1]  # "Obama on X:"
            body = start + m.end() - 1
            end = start + len(para.rstrip())
            if end - body > 10:
                out.append((name, (colon, colon + 1), (body, end)))
            continue
        d = _DASH.match(para)
        if d and len(WORD.findall(d.group("content"))) >= MIN_WORDS:
            out.append(
                (
                    (start + d.start("name"), start + d.end("name")),
                    (start + d.start("cue"), start + d.end("cue")),
                    (start + len(para) - len(para.lstrip()), start + d.end("content")),
                )
            )
    return out


def _speaker_label(name: str) -> bool:
    """A label that names who speaks: not a heading ("Update:") and not an inverted
    attribution ("Said Ellis:", whose first word is the cue)."""
    first = name.split()[0].lower() if name.split() else ""
    return name.strip().title() not in _NOT_SPEAKERS and first not in INVERTED_FORMS


def place_label(parsed: Doc, label: str) -> bool:
    """ "Mozambique: Rwandan troops reinforced in ...": a country's name in ordinary case
    before a colon is a section label, not a speaker, unless the article makes that name
    the subject of a speech verb somewhere ("Iran said ...")."""
    from claimmap.claims_cues import cue_lemma, verb_frame

    name = label.strip()
    if label.isupper() or " " in name or not (_country(name) or _located(parsed, name)):
        return False
    return not any(
        t.text == name
        and t.dep_ == "nsubj"
        and verb_frame(cue_lemma(t.head.lemma_, t.head.lower_)) == "speech"
        for t in parsed
    )


#: Prepositions that place something at a spot: "the school in Kuriga".
_AT = frozenset({"in", "at", "near", "from", "outside", "around"})


def _located(parsed: Doc, name: str) -> bool:
    """ "Kuriga: Freed pupils arrive in ...": a headline kicker the article itself uses as
    a place ("the school in Kuriga") labels the story's setting; it is no speaker."""
    return any(t.text == name and t.dep_ == "pobj" and t.head.lower_ in _AT for t in parsed)


def _country(name: str) -> bool:
    """Whether the gazetteer holds ``name``, as written, as a country ("Poll" is a village
    somewhere, but a "Poll:" headline cites a poll)."""
    from claimmap.errors import GazetteerError
    from claimmap.gazetteer import default_gazetteer

    try:
        found = default_gazetteer().lookup(name, limit=3, fuzzy=False)
    except GazetteerError:
        return False
    return any(c.kind == "country" and c.matched_name.lower() == name.lower() for c in found)
