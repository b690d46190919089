"""The frame around a claim, apart from its cue's own arguments: asides that attribute
the clause they hang on ("as the minister noted", "as a memo put it"), "citing X" (a
source, no claim), a speaker the parser hung on a fronted phrase, datelines (no speaker
and no content: "QUETTA: ...", "Kathmandu, Jan 5 -- ...") and headlines ("X, US says;
Beijing denies", "US accused of ...").

An "as"-aside's cue verb has no complement of its own; what it reports is the main clause
around the aside, which the parser makes the aside's head.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_circumstance import circumstance_clause
from claimmap.claims_cited_evidence import cited_for_claim
from claimmap.claims_cues import QUOTE_VERBS, cue_lemma
from claimmap.claims_layout import layout_claims
from claimmap.claims_title_datelines import titled_datelines
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    memo,
    span_at,
    subject_of,
    subtree,
    text,
    tok_end,
    tokens_offsets,
    trim,
)
from claimmap.datelines import Dateline, find_datelines
from claimmap.errors import GazetteerError
from claimmap.nlp import entities
from claimmap.timelines import timeline_ends
from claimmap.timestamps import timestamp_ends

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def is_put_it(verb: Token) -> bool:
    """ "as X put it": "put" reports speech only with "it" as its object and an "as"."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and _as_mark(verb)
    )


def as_aside_content(verb: Token) -> Offsets | None:
    """The clause an "as"-aside attributes: the head's clause without the aside, on the
    side of the aside where the words are ("X, as he said" or "As he said, X")."""
    if verb.dep_ != "advcl" or not _as_mark(verb):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "as he said that ...": the aside carries its own content
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "..., as cited by an agency": a channel (claims_outlets), no speaker
    if circumstance_clause(verb):
        return None  # "…, the guard said, as departures continued": no aside
    head = verb.head
    body = text(verb.doc)
    first, last = head.left_edge, head.right_edge
    if verb.left_edge.i <= first.i:  # fronted: "As Simonyan put it in July, RT is ..."
        comma = next((t for t in verb.doc[verb.i : head.i] if t.text == ","), None)
        start = tok_end(comma if comma is not None else verb.right_edge)
        end = tok_end(last)
    else:  # "The program requires X, as a memo put it."; "X, as he noted, is Y": the
        start = first.idx  # clause runs on past the aside, which stays inside it
        end = tok_end(last) if last.i > verb.right_edge.i + 1 else verb.left_edge.idx
    content = trim(body, start, end)
    return content if content[1] - content[0] >= 10 else None


def _as_mark(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


# --- "citing X": the source or the evidence of a claim, no claim of its own ------------

_CITE = frozenset({"cite", "quote"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def misread_report(verb: Token) -> tuple[Offsets, int] | None:
    """ "The Herald, citing the agency MIA, reported that ...": the parser made "citing"
    (or "The Herald") the root and the report a clause on the object of citing. Returns
    who made the report, the subject of "citing" or the noun it hangs on, when ``verb``
    is that report."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in _FINITE or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != "," or head.dep_ != "dobj":
        return None
    cite = head.head
    if cite.lemma_ not in _CITE or cite.tag_ != "VBG":
        return None
    subj = next((c for c in cite.children if c.dep_ == "nsubj" and c.i < cite.i), None)
    if subj is not None:
        return subtree(subj), subj.i
    noun = cite.head
    rooted = cite.dep_ == "advcl" and noun.dep_ == "ROOT" and noun.pos_ in ("PROPN", "NOUN")
    if rooted and noun.i < cite.i:
        return tokens_offsets(verb.doc, noun.left_edge.i, noun.i), noun.i
    return _opening_name(cite)


#: Words of a noun phrase that names a source.
_NAME_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART"})


def _opening_name(cite: Token) -> tuple[Offsets, int] | None:
    """The noun phrase that opens the sentence and ends at the comma before "citing",
    wherever the parser hung it: "The Herald, citing ..."."""
    doc = cite.doc
    first = cite.sent.start
    if cite.i - first < 2 or doc[cite.i - 1].text != ",":
        return None
    words = doc[first : cite.i - 1]
    if any(t.pos_ not in _NAME_WORDS for t in words) or not words[-1].text[:1].isupper():
        return None
    return (words.start_char, words.end_char), words[-1].i


def reported_clause(verb: Token) -> Offsets | None:
    """ "..., reported last month that recruits were sent": the that-clause after a cue
    the parser left without its complement (it hung the clause elsewhere)."""
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after >= verb.sent.end or doc[after].lower_ != "that":
        return None
    return trim(text(doc), doc[after].idx, verb.sent.end_char)


def cites_evidence(verb: Token) -> bool:
    """ "X, citing Y, reported that ..." misparsed with "citing" as the root (or on the
    noun X) and the report on its object: the report is the claim, and "citing" names its
    source, no claim of its own."""
    if verb.lemma_ not in _CITE or verb.tag_ != "VBG":
        return False
    if cited_for_claim(verb):  # "said X may have entered Y, citing drone footage"
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(misread_report(g) is not None for o in objs for g in o.children)


# --- a speaker the parser hung on a fronted phrase --------------------------------------


#: Words a noun phrase that names a speaker is made of.
_SPEAKER_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PART"})


def fronted_speaker(verb: Token) -> tuple[Offsets, int] | None:
    """ "In the United States, Customs and Border Protection (CBP) said ...": the parser
    hangs the speaker on the fronted place as a conjunct and leaves the cue with no
    subject. The noun phrase between the phrase's comma and the cue speaks."""
    doc = verb.doc
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
    if fronted is None or fronted.left_edge.i != verb.sent.start or subject_of(verb) is not None:
        return None
    comma = next((t for t in reversed(doc[fronted.i : verb.i]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= verb.i or fronted not in comma.ancestors:
        return None
    words = doc[comma.i + 1 : verb.i]
    described = _appended_speaker(words)
    if described is not None:
        return (words.start_char, words.end_char), described.i
    if not words[0].text[:1].isupper() or any(
        t.pos_ not in _SPEAKER_WORDS and t.text not in "()" for t in words
    ):
        return None
    top = next((t for t in words if not words.start <= t.head.i < words.end), None)
    return (words.start_char, words.end_char), (top or words.root).i


def _appended_speaker(words: Span) -> Token | None:
    """ "Further up the valley in Ait Bouzid, a local official who asked not to be named
    told Reuters ...": the parser hangs the speaker on the fronted place as its apposition.
    A noun phrase opened by a determiner that fills the whole stretch between the comma and
    the cue is the cue's subject, not a description of the place."""
    top = next((t for t in words if not words.start <= t.head.i < words.end), None)
    if top is None or top.dep_ != "appos" or top.pos_ not in ("NOUN", "PROPN"):
        return None
    if top.left_edge.i != words.start or top.right_edge.i != words.end - 1:
        return None
    return top if words[0].pos_ == "DET" and words[0].lower_ not in ("this", "that") else None


# --- datelines: no speaker, no content ----------------------------------------------------


#: A dateline opens one of the story's first paragraphs.
_DATELINE_PARAGRAPHS = 3


def dateline_label(
    parsed: Doc, label: Offsets, found: list[tuple[Offsets, Offsets, Offsets]], names: set[str]
) -> bool:
    """ "QUETTA: More than 400 ... were deported": a place in capitals before a colon
    opening one of the first paragraphs is a dateline, not a speaker, when no other
    paragraph has a speaker label (a transcript has several) and the article names no
    person so (by a full name: the tagger may call a lone city a person)."""
    body = text(parsed)
    name = body[label[0] : label[1]].strip()
    if not name.isupper() or len(found) > 1 or label[1] <= label[0]:
        return False
    if name.title() in names and name.title() in _persons(parsed):
        return False  # "RUIZ: ..." where the article names a Ruiz: a speaker's label
    span = span_at(parsed, label[0], label[1])
    if span is not None and (span.start, span.end) in _dash_names(parsed):
        return True
    if label[0] not in line_starts(parsed)[:_DATELINE_PARAGRAPHS]:
        return False
    return known_place(name.title())


def datelines(parsed: Doc) -> list[Dateline]:
    """The parse's datelines (:func:`find_datelines`), once per parse."""
    return memo(parsed, "datelines", lambda: find_datelines(text(parsed), line_starts(parsed)))


def _dash_names(parsed: Doc) -> set[tuple[int, int]]:
    """Token bounds of the names of datelines a dash ends ("KABUL, Oct 6 —")."""
    spans = (span_at(parsed, a, b) for d in datelines(parsed) if not d.colon for a, b in d.names)
    return {(s.start, s.end) for s in spans if s is not None}


#: A wire's name in brackets that opens a paragraph, then a dash: "(Bloomberg) -- ".
_BYLINE = re.compile(r"\((?=[A-Z])[^()\n]{1,30}\)[ \t]*(?:--|[-—–])[ \t]+(?=\S)")


def dateline_ends(parsed: Doc) -> list[tuple[int, int]]:
    """(start, end) of every dateline that opens a paragraph, once per parse: the words of
    the story start at ``end``. A name in capitals before a colon counts only when it is
    no speaker's label (:func:`dateline_label` tells)."""

    def compute() -> list[tuple[int, int]]:
        found = layout_claims(text(parsed))
        names = entity_words(parsed)
        out = []
        for line in datelines(parsed):
            if line.kicker:
                continue  # a section's kicker is no dateline: its words may say who speaks
            label = (line.span[0], line.names[-1][1])
            if line.colon and not dateline_label(parsed, label, found, names):
                continue
            out.append((line.span[0], line.story))
        body = text(parsed)
        firsts = line_starts(parsed)[:_DATELINE_PARAGRAPHS]
        taken = {a for a, _ in out}
        for start, story in titled_datelines(body, firsts, known_place):
            if start not in taken:
                out.append((start, story))  # "Boa Vista, Roraima - Thousands of ..."
        for start in firsts:
            byline = _BYLINE.match(body, start)
            if byline is not None and not any(a == start for a, _ in out):
                out.append((start, byline.end()))  # "(Bloomberg) -- OPEC+ agreed ..."
        taken = {a for a, _ in out}
        out.extend(s for s in timestamp_ends(body) if s[0] not in taken)  # "12:15 GMT — "
        out.extend(s for s in timeline_ends(body) if s[0] not in taken)  # "July 24 — "
        return sorted(out)

    return memo(parsed, "dateline_ends", compute)


def without_dateline(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """Contents and claimants that start after a dateline rather than with it
    ("Kathmandu, Jan 5 -- Agents charged ...": the place and day are the story's)."""
    lines = dateline_ends(parsed)
    if not lines:
        return claims
    out = []
    for raw in claims:
        for start, end in lines:
            if start <= raw.content[0] < end < raw.content[1]:
                raw = replace(raw, content=(end, raw.content[1]))
            elif _split_after_dateline(text(parsed), end, raw):
                raw = replace(raw, content=(end, raw.content[1]), sentence=(end, raw.sentence[1]))
            who = raw.claimant
            if who is not None and start <= who[0] < end:
                cut = span_at(parsed, end, who[1]) if end < who[1] else None
                if cut is None or not len(cut):
                    raw = replace(raw, claimant=None, claimant_token=None)
                else:
                    raw = replace(raw, claimant=(end, who[1]), claimant_token=cut.root.i)
        out.append(raw)
    return out


def _split_after_dateline(body: str, story: int, raw: RawClaim) -> bool:
    """ "TOKYO, May 14 Kyodo - Four vessels entered ...": the parser ends a sentence after
    the story's first word, so a content that opens its sentence starts a word or two late."""
    if not story < raw.content[0] == raw.sentence[0]:
        return False
    gap = body[story : raw.content[0]]
    return len(gap.split()) <= 2 and not any(ch in gap for ch in '.!?\n:;"“”')


def line_starts(parsed: Doc) -> list[int]:
    """:func:`paragraph_offsets` of the parse's text, once per parse (every speaker label
    asks whether it opens one of the first paragraphs)."""
    return memo(parsed, "line_starts", lambda: paragraph_offsets(text(parsed)))


def paragraph_offsets(body: str) -> list[int]:
    """Where each non-blank line of ``body`` starts."""
    starts, at = [], 0
    for line in body.splitlines(keepends=True):
        if line.strip():
            starts.append(at + len(line) - len(line.lstrip()))
        at += len(line)
    return starts


@functools.lru_cache(maxsize=4096)
def known_place(name: str) -> bool:
    """Whether the gazetteer holds ``name`` as it is written, as a city, region or country."""
    from claimmap.gazetteer import default_gazetteer

    try:
        found = default_gazetteer().lookup(name, limit=3, fuzzy=False)
    except GazetteerError:
        return False
    return any(_folded(c.matched_name) == _folded(name) for c in found)


def _folded(name: str) -> str:
    """``name`` in lower case without its diacritics: a wire writes "Muzaffarabad" for the
    gazetteer's "Muzaffarābād"."""
    split = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in split if not unicodedata.combining(ch))


def _persons(parsed: Doc) -> set[str]:
    """Names tagged as persons, and the last words of those with two words or more: a
    dateline's city asks only about these, since the tagger often calls a city a body
    ("Iran's consulate in Quetta") and at times a lone city a person ("in Amritsar")."""
    return memo(parsed, "person_words", lambda: _full_person_names(parsed))


def _full_person_names(parsed: Doc) -> set[str]:
    found: set[str] = set()
    for ent in entities(parsed):
        if ent.label_ == "PERSON" and len(ent) > 1:
            found.update((ent.text, ent[-1].text))
    return found


def entity_words(parsed: Doc, labels: tuple[str, ...] = ("PERSON", "ORG")) -> set[str]:
    """The names and their last words the article tags as persons or bodies ("Mike
    Pence" gives "Mike Pence" and "Pence")."""
    found: set[str] = set()
    for ent in entities(parsed):
        if ent.label_ in labels:
            found.add(ent.text)
            found.add(ent[-1].text)
    return found


# --- headlines --------------------------------------------------------------------------


def headline_passive(verb: Token) -> bool:
    """ "Canada accused of sending drones to Y": headlines drop the "is" of a passive. An
    accusing verb with a subject but no object, no auxiliary and "of" (or "over") right
    after it says what the subject is accused of; the subject is no accuser."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i + 1 >= len(doc) or verb.lemma_ not in _ACCUSING:
        return False
    if doc[verb.i + 1].lower_ not in ("of", "over", "for", "with") or doc[verb.i + 1].head != verb:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"dobj", "aux", "auxpass", "dative", "ccomp"}


#: Verbs whose headline passive names the accused: "accused of", "blamed for", "charged with".
_ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "criticize", "criticise", "slam"})


def answered_content(verb: Token) -> Offsets | None:
    """ "Tanker carried oil to China, US says; Beijing denies": the second speaker answers
    what the first one said, not the first one's saying it. A cue with no object of its
    own, whose subject follows a semicolon that ends another attribution ("X, US says"),
    has that attribution's content (the parser hangs the first cue on the second one as
    a complement or a parataxis)."""
    doc = verb.doc
    subj = subject_of(verb)
    if subj is None or subj.i > verb.i or subj.left_edge.i == 0:
        return None
    semi = doc[subj.left_edge.i - 1]
    if semi.text != ";" or any(c.i > verb.i and c.dep_ in _OBJECTS for c in verb.children):
        return None
    said = next(
        (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < semi.i), None
    )
    if (
        said is None
        or said.right_edge.i > semi.i
        or cue_lemma(said.lemma_, said.lower_) not in QUOTE_VERBS
    ):
        return None
    own = subject_of(said)
    clauses = [c for c in said.children if c.dep_ == "ccomp" and c.i < said.i]
    if own is None or own.i > said.i or not clauses:
        return None
    return subtree(clauses[0])


#: What a cue's own content hangs on it as.
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "oprd"})
