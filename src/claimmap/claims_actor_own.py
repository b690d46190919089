"""The country a claimant's own phrase places an office holder in.

"AJK Prime Minister Ana Lee, who visited the hospital in Muzaffarabad" is of the country
the towns of his own phrase lie in, not of the country the paragraph before spoke of
("Officials in Indian-administered Kashmir said ..."): the claimant's own words beat
what the text around carried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_sovereign import sovereign
from claimmap.claims_tokens import memo
from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Place

CountryOf = Callable[[str], str | None]


def own_places_country(span: Span, places: Sequence[Place]) -> str | None:
    """The one country of the towns and regions resolved inside the claimant phrase and
    the clauses on its head ("..., who visited Kotli"), or None when it names none or
    those of several countries."""
    lo, hi = span.start_char, span.end_char
    for clause in (c for c in span.root.children if c.dep_ in ("relcl", "acl", "appos")):
        hi = max(hi, span.doc[clause.right_edge.i].idx + len(span.doc[clause.right_edge.i]))
    codes = {
        place.country_code
        for place in places
        if place.country_code and place.kind != "country"
        for m in place.mentions
        if lo <= m.start < hi and not _destination(span.doc, m.start, m.end)
    }
    # "who landed at Dzaoudzi airport": a dependency's town is its sovereign's
    return sovereign(codes.pop()) if len(codes) == 1 else None


#: Prepositions whose object is where someone went, not where he is from.
_GOAL_PREPS = frozenset({"to", "into", "toward", "towards"})


def _destination(doc: Doc, start: int, end: int) -> bool:
    mention = doc.char_span(start, end, alignment_mode="expand")
    return mention is not None and went_to(mention.root)


def went_to(tok: Token) -> bool:
    """A place a clause on the claimant says he went to ("..., who visited New Delhi in
    October", "who flew to Paris"): a trip, not the holder's own country (unlike "who
    visited the hospital in Muzaffarabad", where the place is where he is)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "New" of "New Delhi"
    if tok.dep_ == "pobj" and tok.head.lower_ in _GOAL_PREPS:
        tok = tok.head
    elif tok.dep_ != "dobj":
        return False
    return tok.head.pos_ in ("VERB", "AUX") and tok.head.dep_ in ("relcl", "acl")


#: Capitalised nouns that make the name before them a place's: "Taylor County", "Orleans
#: Parish", "Hampton Township".
_PLACE_NOUNS = frozenset({"County", "Parish", "Borough", "Township", "District", "Province"})


def names_a_place(ent: Span) -> bool:
    """A name the model took for a person that a place noun follows ("Taylor County
    Sheriff Ana Lee"): part of the place, not the claimant."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in _PLACE_NOUNS


#: Nouns of counties that a name before them names together with ("Dixie County").
_COUNTY_NOUNS = frozenset({"County", "Parish", "Borough", "Township"})


def county_named(doc: Doc, end: int, name: str) -> str | None:
    """ "Dixie County", where the model marked only "Dixie" (ending before token ``end``):
    the county, not a town of that name elsewhere."""
    if end < len(doc) and doc[end].text in _COUNTY_NOUNS and name[-1:].isalpha():
        return f"{name} {doc[end].text}"
    return None


def _title_starts(doc: Doc, title: list[str]) -> list[int]:
    """Tokens where the words ``title`` are written again, found by a text search (one
    scan in C, not a token walk per titled person: long texts name hundreds of them)."""
    lowered = memo(doc, "lowered_text", lambda: doc_text(doc).lower())
    found = []
    for hit in re.finditer(r"\b" + r"\s+".join(map(re.escape, title)) + r"\b", lowered):
        span = doc.char_span(hit.start(), hit.end())
        if span is not None and [t.lower_ for t in span] == title:
            found.append(span.start)
    return found


def titled_elsewhere(span: Span, country_of: CountryOf) -> str | None:
    """The one country the text gives the office a titled person holds where it names it
    again ("Prime Minister Ana Lee's aide said ... the Ruritanian prime minister said"),
    when the person's paragraph names that country too: the office's own country beats
    the paragraph's or the dateline's (a premier's aide quoted in a story filed from the
    city his government threatens)."""
    from claimmap.claims_actor_countries import country_mentions, paragraph_first

    doc = span.doc
    person = next((e for e in span.ents if e.label_ == "PERSON"), None)
    title = [t.lower_ for t in doc[span.start : person.start] if t.is_alpha] if person else []
    if person is None or not title or not doc[person.start - 1].is_title:
        return None
    named = dict(country_mentions(doc, country_of))
    codes = set()
    for i in _title_starts(doc, title):
        if i < 1 or i == person.start - len(title):
            continue
        after = doc[i + len(title)] if i + len(title) < len(doc) else None
        if after is not None and after.ent_type_ == "PERSON" and after.text not in person.text:
            continue  # "British Prime Minister Ana Lee": another holder
        before = i - 2 if doc[i - 1].lower_ in ("'s", "’s") else i - 1
        if before in named:
            codes.add(named[before])
    if len(codes) != 1:
        return None
    code = codes.pop()
    first = doc[paragraph_first(doc, span.start)].idx
    end = doc_text(doc).find("\n", span.start_char)
    end = len(doc_text(doc)) if end < 0 else end
    here = any(first <= doc[i].idx < end and c == code for i, c in named.items())
    return code if here else None


def its_country(span: Span, country_of: CountryOf) -> str | None:
    """ "Ethiopia ... reacted angrily. Its foreign ministry said": an "its" owning the
    claimant's head, opening its sentence, is the country the sentence before made its
    subject."""
    from claimmap.claims_tokens import sentence_at

    root = span.root
    its = any(c.dep_ == "poss" and c.lower_ == "its" for c in root.children)
    sent = sentence_at(span.doc, span.start)
    if not its or span.start != sent.start or sent.start == 0:
        return None
    before = sentence_at(span.doc, sent.start - 1)
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ != "GPE":
        return None
    return country_of(span.doc[subj.left_edge.i : subj.i + 1].text)
