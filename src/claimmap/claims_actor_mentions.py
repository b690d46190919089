"""Who a claimant phrase means, by what the text said before it and around it.

"The official", "the girl" or "one of the officials" is the last mention whose head is the
same noun, quoted or not ("an official with the agency told Reuters"); "she" may be an
unnamed "17-year-old girl" the sentence before made its subject; "the agency" the body
whose "customs officers" the sentence names; "air force spokesman Ali Reza" works for the
air force quoted before; "the New York-based rights group" says where it sits. Names are
taken whole in :mod:`claimmap.claims_actor_whole_names`, an entity keeps one kind in
:mod:`claimmap.claims_actor_entity_kinds`, a document is its author's in
:mod:`claimmap.claims_actor_documents`; one name of a person named in full before is
:mod:`claimmap.claims_actor_full_names`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_phrases import PERSON_NOUNS, PERSON_ROLES, clean, content_words
from claimmap.claims_actor_places import BASED, Where
from claimmap.claims_tokens import SUBJECTS, sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context

CountryOf = Callable[[str], str | None]


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


def unnamed_people(parsed: Doc, met: Context, first: int, at: int) -> list[tuple[int, Actor]]:
    """People the sentences before token ``at`` describe but do not name, as the subject of
    a clause ("A 17-year-old girl from Oromia was among them. She said ..."), outside the
    claims' contents and claimants (those are met already)."""
    out = []
    for tok in parsed[first:at]:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in PEOPLE:
            continue
        if not subject(tok) or any(lo <= tok.idx < hi for lo, hi in met.contents):
            continue
        if any(s <= tok.i < e for s, e, _ in met.claimants):
            continue
        phrase = parsed[tok.left_edge.i : tok.right_edge.i + 1]
        if _named(tok, phrase) or tok.head.ent_type_ == "PERSON":
            continue  # "Ali Reza, a senior official": the name is met as such
        found = met.describe(phrase)
        person = found if found is not None and found.kind == "person" else None
        out.append((tok.i, person or Actor(clean(phrase.text), "person")))
    return out


def _named(noun: Token, phrase: Span) -> bool:
    """The phrase of an unnamed person's noun holds that person's name ("Ali Reza, a senior
    official"); one inside a phrase of place ("a smuggler from the town of Dar Kala", which
    the model may take for a person) is no name of theirs."""
    for tok in phrase:
        if tok.ent_type_ != "PERSON":
            continue
        path = [a for a in tok.ancestors if a.i != noun.i and noun in a.ancestors]
        if not any(a.dep_ == "prep" for a in path):
            return True
    return False


def single_person(span: Span) -> bool:
    """A claimant phrase that means one person whatever actor it resolved to: "one of the
    officials" (the officials quoted before), "a girl from Oromia"."""
    root = span.root
    return root.lower_ == "one" or (root.tag_ == "NN" and root.lemma_.lower() in PEOPLE)


#: Nouns and roles that name a person ("girl", "official"), not a body.
PEOPLE = PERSON_NOUNS | PERSON_ROLES


def one_of(span: Span) -> Token | None:
    """The group noun of "one of the officials", "one of them" aside."""
    root = span.root
    if _one_member(root) and _group_before(root, span):
        return root  # "Two diplomats in X said ... One diplomat said": one of them
    if root.lower_ != "one":
        return None
    objs = [o for p in root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return next((o for o in objs if o.pos_ == "NOUN" and o.lemma_.lower() in PEOPLE), None)


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
    return noun.tag_ == "NN" and earlier.tag_ == "NNS" and not _one_member(noun)


def _group_before(noun: Token, span: Span) -> bool:
    """A bare "One diplomat" (no words of its own but "one") after the plural of its noun
    as a source ("Two diplomats told ...", "according to diplomats"): "One driver from X"
    or "one local official" is someone described anew, and "an outlet with sources"
    quoted no group."""
    if noun.lemma_.lower() not in PEOPLE or len(span) != 2 or span.start != noun.i - 1:
        return False
    lemma = noun.lemma_.lower()
    last = next(
        (
            t
            for t in reversed(span.doc[: span.start])
            if t.tag_ == "NNS" and t.lemma_.lower() == lemma
        ),
        None,
    )
    return last is not None and _source_noun(last)


def _source_noun(noun: Token) -> bool:
    """The subject of a clause, or the object of "according to"."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _one_member(noun: Token) -> bool:
    """ "One diplomat", "one official": a singular noun counted as one, a member of the
    group the plural of its noun named before."""
    return (
        noun.tag_ == "NN"
        and noun.pos_ == "NOUN"
        and any(c.lower_ == "one" and c.dep_ in ("nummod", "det") for c in noun.children)
    )


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
