"""Who a claimant phrase means, by what the text said before it and around it.

"The official", "the girl" or "one of the officials" is the last mention whose head is the
same noun, quoted or not ("an official with the agency told Reuters"); "she" may be an
unnamed "17-year-old girl" the sentence before made its subject; "the agency" the body
whose "customs officers" the sentence names; "air force spokesman Ali Reza" works for the
air force quoted before. Names are taken whole ("Badran Jia Kurd", "Qassim al-Araji"),
an entity keeps one kind ("the aid group Fairtrek" is no person, nor is "Ana Lee, a
zoologist" an organisation), and "the New York-based rights group" says where it sits.
One name of a person named in full before is :mod:`claimmap.claims_actor_full_names`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS, last_of
from claimmap.claims_actor_hyphens import nicknamed, surname_after
from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_phrases import (
    PERSON_NOUNS,
    PERSON_ROLES,
    clean,
    content_words,
    is_rank,
)
from claimmap.claims_actor_places import BASED, Where, definite, without_viewer
from claimmap.claims_cues import words
from claimmap.claims_tokens import SUBJECTS, ents_in, memo, sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context

CountryOf = Callable[[str], str | None]


def whole_name(ent: Span) -> Span:
    """A name with the hyphened part the model left out: "Park Sun-won" (the model reads
    "won" as the currency), "Jean-Pierre" cut at the hyphen; and with a first name it took
    for a place ("Badran Jia Kurd"): a capitalised proper noun compounded into the name."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start > 0 and _first_name(doc[start - 1], ent):
        start -= 1
    joined = end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    if end > joined and joined - start == 1:
        end = surname_after(doc, end)  # "Mayor Pierre-Yves Le Gall": the model kept "Pierre"
    if end < len(doc) and _last_name(doc[end], doc[end - 1]):
        end += 1  # "Narayan Kaji Shrestha" the model cut before the surname
    return doc[start : nicknamed(doc, start, end)]


def _last_name(tok: Token, before: Token) -> bool:
    """A capitalised proper noun the name's last word is compounded into, which is no
    title or organisation word."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and tok.ent_type_ in ("", "PERSON")
        and before.dep_ == "compound"
        and before.head.i == tok.i
        and tok.lower_ not in PERSON_ROLES | ORG_NOUNS
    )


#: Honorifics and clerical titles written before a name ("Dr Ali Reza", "Imam Ali Reza").
_HONORIFICS = words(
    """
    mr mrs ms miss dr sir dame lord lady madam rabbi imam bishop archbishop cardinal
    father rev reverend justice saint mullah
    """
)


def _first_name(tok: Token, ent: Span) -> bool:
    """A word before a name that belongs to it: a capitalised proper noun modifying a word of
    the name, which is no title, rank or country ("Defence Minister", "Iraq")."""
    from claimmap.claims import country_code_of

    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and tok.dep_ == "compound"
        and ent.start <= tok.head.i < ent.end
        and tok.lower_ not in PERSON_ROLES | _HONORIFICS
        and not is_rank(tok)
        and tok.ent_type_ not in ("NORP", "ORG")
        and not country_code_of(tok.text)
    )


def described_as_person(ent: Span, span: Span) -> bool:
    """A name the model took for an organisation that its apposition describes as a person:
    "Ana Lee, a zoologist at the University of Ibadan" (a role, a noun for people, or a
    noun of a practitioner: "-ist", "-ian"), or that is set beside a role: "an emergency
    coordinator, Ana Lee"."""
    if ent.label_ != "ORG":
        return False
    head = ent.root.head  # "An MSF emergency coordinator, Ana Lee": the role it is set by
    beside = ent.root.dep_ == "appos" and span.start <= head.i < ent.start and len(ent) > 1
    if beside and head.tag_ == "NN" and _personal(head.lemma_.lower()):
        return True
    for noun in (c for c in ent.root.children if c.dep_ == "appos" and c.i < span.end):
        if noun.tag_ == "NN" and _personal(noun.lemma_.lower()):
            return True
    return False


def _personal(word: str) -> bool:
    return word in PERSON_ROLES | PERSON_NOUNS or word.endswith(_PRACTICE)


#: Endings of nouns for practitioners: "zoologist", "economist", "historian", "physician".
_PRACTICE = ("ist", "ian")


def author_of(span: Span) -> Span | None:
    """Who a participle on the document says made it: "a report released on Wednesday by
    the development group Swissaid" → "the development group Swissaid"."""
    root = span.root
    for verb in (c for c in root.children if c.dep_ in ("acl", "relcl") and c.i > root.i):
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i < span.end:
                return span.doc[obj.left_edge.i : obj.right_edge.i + 1]
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        # "a statement from the ministry", "a statement by the national police"; not "a
        # report from Gaza" (where it was filed from)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i >= span.end or obj.ent_type_ in ("GPE", "LOC", "DATE"):
            continue
        return span.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def based_in(span: Span) -> Span | None:
    """The place words of "the New York-based rights group", "a Hague-based group" (said of
    the claimant or its apposition: "migrants interviewed by the New York-based group" are
    not in New York)."""
    doc, root = span.doc, span.root
    for tok in span:
        hyphen = doc[tok.i - 1] if tok.i > span.start + 1 else None
        if tok.lower_ not in BASED or hyphen is None or hyphen.text not in ("-", "‐"):
            continue
        noun = tok.head
        if noun.i != root.i and not (noun.dep_ == "appos" and noun.head.i == root.i):
            continue
        first = last = tok.i - 2
        while first > span.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
            first -= 1
        if doc[last].is_title and not hyphen.whitespace_:
            return doc[first : last + 1]
    return None


def based_place(span: Span) -> Where | None:
    """ "The Washington-based institute": the city (or region) of that very name where the
    body has its seat, the best known of the gazetteer (a headquarters is where it says,
    whatever other places the text names); a country is none ("a Britain-based monitor")."""
    from claimmap.actors import locate_jurisdiction

    words_ = based_in(span)
    found = locate_jurisdiction(words_.text, None, "city") if words_ is not None else None
    if words_ is None or found is None:
        return None
    return Where(found.name, found.country_code, words_.start, words_.end)


def staff_body(doc: Doc, before: int, country_of: CountryOf) -> Actor | None:
    """ "Nigerian customs officers have seized ..., the agency said": the body whose staff
    the sentence (or the one before) makes the subject, named by the noun before their
    title ("customs"), of the country its demonym names."""
    sent = sentence_at(doc, min(before, len(doc) - 1))
    start = sentence_at(doc, sent.start - 1).start if sent.start > 0 else sent.start
    for tok in reversed(doc[start:before]):
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in PERSON_ROLES or tok.dep_ not in SUBJECTS:
            continue
        body = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if body and body[-1].i == tok.i - 1:
            first = body[0].left_edge.i
            owners = [country_of(c.text) for c in tok.children if c.i < first]
            code = next((c for c in owners if c), None)
            return Actor(doc[first : tok.i].text, "organisation", country_code=code)
    return None


def org_called(ent: Span) -> bool:
    """A name the model took for a person that an organisation noun right before it calls a
    body: "the aid organisation Fairtrek", "the rights group Ana"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ != "PERSON" or before is None:
        return False
    if before.text == "," and ent.start > 1:  # "Spain's rescue service, Salvamento Marítimo,"
        before = ent.doc[ent.start - 2]
        if before.lower_ in ORG_NOUNS and ent.root.dep_ == "appos" and ent.root.head == before:
            return not _member_of(before)
    if before.lower_ not in ORG_NOUNS:
        return _spelled_as_acronym(ent)  # "the Tigray Farmers Front (TFF)": no person's name
    return before.head.i in range(ent.start, ent.end) or (
        ent.root.dep_ == "appos" and ent.root.head == before  # "the rights group Ana Lima"
    )


def _member_of(body: Token) -> bool:
    """ "A lawmaker from the group, Ali Reza": the body is the object of a preposition on a
    person's noun, so the name after it (the parser hangs it on the body) is that person's."""
    prep = body.head if body.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("from", "of", "with", "in"):
        return False
    return prep.head.lemma_.lower() in _PEOPLE and prep.head.pos_ == "NOUN"


def _spelled_as_acronym(ent: Span) -> bool:
    """A name the article spells an acronym out as: people get no acronyms."""
    from claimmap.claims_actor_names import spelled_out
    from claimmap.claims_tokens import text

    spelled = memo(ent.doc, "spelled_out", lambda: spelled_out(text(ent.doc)))
    name = _bare(ent.text)
    return any(_bare(full) == name for full in spelled.values())


def _bare(name: str) -> str:
    """A name without its article and possessive marks: "the Tigray People's" → "Tigray People"."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return " ".join(name.replace("’s", "").replace("'s", "").split())


def unnamed_people(parsed: Doc, met: Context, first: int, at: int) -> list[tuple[int, Actor]]:
    """People the sentences before token ``at`` describe but do not name, as the subject of
    a clause ("A 17-year-old girl from Oromia was among them. She said ..."), outside the
    claims' contents and claimants (those are met already)."""
    out = []
    for tok in parsed[first:at]:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in _PEOPLE:
            continue
        if not subject(tok) or any(lo <= tok.idx < hi for lo, hi in met.contents):
            continue
        if any(s <= tok.i < e for s, e, _ in met.claimants):
            continue
        phrase = parsed[tok.left_edge.i : tok.right_edge.i + 1]
        if any(t.ent_type_ == "PERSON" for t in phrase) or tok.head.ent_type_ == "PERSON":
            continue  # "Ali Reza, a senior official": the name is met as such
        found = met.describe(phrase)
        person = found if found is not None and found.kind == "person" else None
        out.append((tok.i, person or Actor(clean(phrase.text), "person")))
    return out


def single_person(span: Span) -> bool:
    """A claimant phrase that means one person whatever actor it resolved to: "one of the
    officials" (the officials quoted before), "a girl from Oromia"."""
    root = span.root
    return root.lower_ == "one" or (root.tag_ == "NN" and root.lemma_.lower() in _PEOPLE)


_PEOPLE = PERSON_NOUNS | PERSON_ROLES


def one_of(span: Span) -> Token | None:
    """The group noun of "one of the officials", "one of them" aside."""
    root = span.root
    if root.lower_ != "one":
        return None
    objs = [o for p in root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return next((o for o in objs if o.pos_ == "NOUN" and o.lemma_.lower() in _PEOPLE), None)


def described_before(
    span: Span, noun: Token, met: Context, country: str | None = None
) -> Actor | None:
    """ "The official", "the girl", "one of the officials": the last mention before the
    phrase whose head is the same noun, whether it was a claimant ("two Western security
    officials said") or not ("an official with the agency told Reuters"), outside what
    was said; a country the phrase names must not be another ("the Iraqi official")."""
    doc, lemma = span.doc, noun.lemma_.lower()
    own = qualifiers(noun)
    for tok in reversed(doc[: span.start]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or _plural_for_one(noun, tok):
            continue
        if any(lo <= tok.idx < hi for lo, hi in met.contents):
            continue
        if own and qualifiers(tok) and not own & qualifiers(tok):
            continue  # "the ministry's director of forests" is not "the group's director"
        actor = _mentioned(tok, met)
        if actor is not None and (country is None or actor.country_code in (None, country)):
            return actor
    return None


def _plural_for_one(noun: Token, earlier: Token) -> bool:
    """ "The man said" after "40 men": one person is not a group named by the plural of the
    same noun ("the official" is not "U.S. officials")."""
    return noun.tag_ == "NN" and earlier.tag_ == "NNS"


def qualifiers(noun: Token) -> frozenset[str]:
    """The words that say whose or of what a role noun is: its owner ("the ministry's
    director") and the objects of its "of" / "for" ("director of forests")."""
    out = {c.lemma_.lower() for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        out |= {o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"}
    return frozenset(out)


def _mentioned(noun: Token, met: Context) -> Actor | None:
    """Who the mention of a person by this noun is: the claimant whose phrase it heads
    ("Ali Reza, a senior official"), else the noun phrase as it describes them."""
    for start, end, actor in reversed(met.claimants):
        if start <= noun.i < end:
            return actor if _heads(noun, noun.doc[start:end]) else None
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    return met.describe(phrase)


def _heads(noun: Token, span: Span) -> bool:
    """The noun is the claimant phrase's head, a title or apposition of it, or the group of
    "one of the officials"."""
    root = span.root
    if noun.i == root.i or (noun.head.i == root.i and noun.dep_ in ("appos", "compound")):
        return True
    return one_of(span) is not None and noun.i == one_of(span).i  # type: ignore[union-attr]


#: Prepositions that give examples of a subject: "Others, like Ana, say".
_EXAMPLES = frozenset({"like", "including"})


def subject(tok: Token) -> bool:
    """The token is the subject of its clause, in apposition to it or an example of it."""
    while tok.dep_ in ("appos", "conj", "compound") or (
        tok.dep_ == "pobj" and tok.head.lower_ in _EXAMPLES
    ):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in SUBJECTS


def with_name(span: Span) -> Span:
    """The claimant with the name its phrase was cut before or inside: "Iraq's national
    security adviser" + "Qassim al-Araji" (a title runs into the name that follows it)."""
    doc, end = span.doc, span.end
    last = doc[end - 1]
    if end < len(doc) and last.ent_iob_ in ("B", "I") and doc[end].ent_iob_ == "I":
        inside = last.ent_type_ == "PERSON"
    else:
        inside = end < len(doc) and doc[end].ent_iob_ == "B" and last.lower_ in PERSON_ROLES
    body = _body_named_after(span)
    if body is not None:  # "Rights group [the Xyz Committee]": the group's name
        return body
    if not inside or doc[end].ent_type_ != "PERSON":
        return span
    names = (e for e in ents_in(doc, span.start, len(doc), ("PERSON",)) if e.end >= end)
    name = next(names, None)
    return doc[span.start : whole_name(name).end] if name is not None else span


def _body_named_after(span: Span) -> Span | None:
    """ "Rights group the Xyz Committee disputed it": a phrase cut at its organisation
    noun, whose name follows it with no comma between, with that name."""
    doc, end = span.doc, span.end
    last = doc[end - 1]
    if end >= len(doc) or last.lower_ not in ORG_NOUNS or last.whitespace_ == "":
        return None
    if doc[end].ent_iob_ != "B" or doc[end].ent_type_ != "ORG":
        return None
    name = next((e for e in ents_in(doc, end, len(doc), ("ORG",)) if e.start == end), None)
    return doc[span.start : name.end] if name is not None else None


def said_before(span: Span) -> bool:
    """The text spoke of the document before ("A study in Nature found ... the study")."""
    lemma = span.root.lemma_.lower()
    return any(t.lemma_.lower() == lemma for t in span.doc[: span.start])


def sentences_back(span: Span, n: int) -> int:
    """The first token ``n`` sentences before the span's."""
    first = sentence_at(span.doc, span.start).start
    for _ in range(n):
        first = sentence_at(span.doc, first - 1).start if first > 0 else first
    return first


def people_led(run: Span | None, country_of: CountryOf) -> bool:
    """A body a people leads ("Kurdish-led", "Tuareg-led"), not a state: its government
    is no state's and does not sit in the capital."""
    return run is not None and run.label_ == "NORP" and not country_of(run.text)


def described_by(span: Span) -> list[str]:
    """The words describing a body, but for where it is based ("the New York-based rights
    group" is a rights group)."""
    based = based_in(span)
    rest = span.doc[based.end + 2 : span.end] if based is not None else span
    return [w for w in content_words(rest) if w not in ("'s", "’s")]  # "the army's ... wing"


def document_source(span: Span, met: Context) -> Actor | None:
    """Who stands behind a document: its author named in the phrase ("a UN report seen by
    Reuters" → UN), else the author of the document named before ("the report")."""
    seen = without_viewer(span)
    author = author_of(seen)
    actor = met.describe(author) if author is not None else None
    if actor is None or actor.kind == "unknown":
        actor = met.describe(seen)
    if actor is not None and actor.kind != "unknown":
        met.wrote(actor, span.root.lemma_.lower())
        return actor
    written = met.author(span.root.lemma_.lower()) if definite(span) else None
    if written is not None:
        return written
    if definite(span) and not said_before(span):  # "the report": the body just quoted's
        return last_of(met.since(sentences_back(span, 2)), ("organisation", "government")) or actor
    return actor


def alias_actor(alias: Span, span: Span, country: str | None) -> Actor:
    """A described claimant by the name it goes by: the table's row, a person with the
    head as role ("a commander known as Abu Ali"), or an organisation."""
    if any(t.ent_type_ == "PERSON" for t in alias):
        role = span.root.lower_ if span.root.lower_ in PERSON_ROLES else None
        return Actor(clean(alias.text), "person", country_code=country, role=role)
    known = table_actor(alias.text, doc=span.doc)
    if known is not None:
        return replace(known, country_code=known.country_code or country)
    return Actor(clean(alias.text), "organisation", country_code=country)
