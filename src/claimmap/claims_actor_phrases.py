"""What the words of a claimant phrase say, read off the parse.

The head and its title ("General Staff spokesperson Ali Reza" is a spokesperson), the
clauses that say nothing about who the claimant is ("..., who expelled Russian advisers"),
and cleaned names. The names an article gives (acronyms it spells out, "known as HUR")
are read in :mod:`claimmap.claims_actor_names`; the country a phrase names ("Chad's",
"Burkinabe") in :mod:`claimmap.claims_actor_countries`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimmap.claims_actor_set_off import set_off_relative
from claimmap.claims_cues import words
from claimmap.claims_rank_words import is_rank_word
from claimmap.claims_tokens import ents_in

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CountryOf = Callable[[str], str | None]

#: Claimants that are texts: their author is named in the phrase or with them before.
DOCUMENTS = words(
    """
    study report survey poll analysis statement letter document paper article memo review
    audit speech interview book filing
    """
)
#: Titles and roles that make a noun phrase a person ("the official", "the Syrian president").
PERSON_ROLES = words(
    """
    president vice-president premier chancellor minister secretary spokesman spokeswoman
    spokesperson official officer director chief head leader commander general colonel
    ambassador envoy diplomat senator congressman congresswoman representative governor
    mayor king queen prince emir sheikh ayatollah pope chairman chairwoman chair ceo
    founder analyst expert researcher professor lawyer attorney prosecutor judge
    candidate nominee lawmaker legislator deputy adviser advisor aide source witness
    activist reporter journalist correspondent editor host mufti cleric monitor sheriff
    resident villager survivor eyewitness doctor medic nurse agent manager commissioner
    administrator superintendent councillor councilman councilwoman coordinator fellow
    co-founder co-chair co-chairman co-director co-host ombudsman ombudswoman ombudsperson
    """
)
#: Titles written short before a name: "Gov. Ann Lee", "Sen. Ali Reza".
_SHORT_TITLES = {"gov.": "governor", "sen.": "senator", "rep.": "representative"}
#: Common nouns for people that are no titles ("a 17-year-old girl", "a farmer"): a person,
#: whom a later "she" or "the girl" may mean, but who speaks for no office.
PERSON_NOUNS = words(
    """
    man woman boy girl child teenager mother father son daughter wife husband brother
    sister widow widower grandmother grandfather migrant refugee farmer fisherman
    herder trader driver smuggler student teacher worker miner passenger victim
    mourner relative neighbour neighbor shopkeeper businessman businesswoman people
    """
)
#: "The Hamas-run health ministry": the body of the government an organisation runs.
_RUN = words(
    """
    run controlled led administered
    """
)
#: Last words of the names of state organs ("the German Marshall Fund" is none).
_ORGANS = words(
    """
    guard navy army fleet force forces police ministry service command corps gendarmerie
    intelligence directorate embassy parliament government military marines
    """
)


def organ_noun(word: str) -> bool:
    """A noun state organs are named by: "the air force", "the coast guard"."""
    return word.lower() in _ORGANS


def organ_name(name: str) -> bool:
    """A name ending as the names of state organs do: "National Intelligence Service", or
    one whose head before its "of" does: "General Directorate of Migration"."""
    parts = name.split(" of ")[0].split()
    return len(name.split()) > 1 and parts[0][:1].isupper() and parts[-1].lower() in _ORGANS


DETERMINERS = words(
    """
    the a an this that these those so-called so called
    """
)


#: Possessive pronouns that may open a claimant phrase ("Its foreign ministry").
_OWNERS = frozenset(["its", "their", "our"])


#: Names of state bodies that, named without a country, are the country's of their paragraph.
STATE_BODY = re.compile(
    r"\b(?:ministry|government|presidency|cabinet|parliament|army|military|police|junta|"
    r"regime|administration|authorities|directorate|state (?:media|television|tv|radio|news))\b"
)
_INSTITUTION_HEADS = words(
    """
    officials authorities government administration cabinet junta regime
    """
)


def institution(root: Token) -> bool:
    """ "officials", "authorities", "government": a country's state, not one person."""
    return root.lower_ in _INSTITUTION_HEADS


def run_by(desc: Span) -> Span | None:
    """The organisation of "the Hamas-run health ministry", before a state body only."""
    if not STATE_BODY.search(desc.root.lower_):
        return None
    for tok in desc:
        if tok.lower_ in _RUN and tok.i >= desc.start + 2 and tok.doc[tok.i - 1].text == "-":
            ents = ents_in(desc.doc, tok.i - 2, tok.i - 1, ("ORG", "NORP"))
            if ents and ents[-1].end == tok.i - 1:
                return ents[-1]
    return None


def names_institution(ent: Span, root: Token) -> bool:
    """ "The Biden administration": a person's name as the modifier of a government."""
    modifier = ent.root.dep_ == "compound" and ent.root.head.i == root.i
    return ent.label_ == "PERSON" and modifier and institution(root)


def places_named(desc: Span, country_of: CountryOf) -> list[str]:
    """Places below a country that a description names: "the New York state attorney
    general" is not any attorney met before, "the Ohio governor" the one of Ohio."""
    places = ents_in(desc.doc, desc.start, desc.end, ("GPE",))
    named = [clean(e.text) for e in places if not country_of(e.text)]
    # "the deputy commissioner of Poonch": a name the model did not mark as a place
    named += [
        t.text
        for prep in desc.root.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for t in prep.children
        if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.i < desc.end and not country_of(t.text)
    ]
    return list(dict.fromkeys(named))


def appositive(ent: Span, span: Span) -> bool:
    """A name in apposition to the head ("The group's deputy leader, Naim Qassem"), or one
    that ends the phrase after a comma, wherever the parser hung it ("a former inspector
    with the UN Development Programme, Ali Reza")."""
    if ent.root.dep_ == "appos" and ent.root.head.i == span.root.i:
        return True
    last = max((t.i for t in span if not t.is_punct), default=-1)
    first = ent.start  # "..., Lt. Col. Ali Reza": ranks the model left out of the name
    while first > span.start and (is_rank(span.doc[first - 1]) or span.doc[first - 1].text == "."):
        first -= 1
    after_comma = first > span.start and span.doc[first - 1].text == ","
    return ent.end - 1 == last and after_comma and span.root.pos_ != "PROPN"


def _clause(tok: Token) -> bool:
    """A relative clause, or a participle set off by a comma ("..., speaking on condition
    of anonymity"), that does not say whom the claimant works for: "who heads the Center",
    "who served as U.S. ambassador" do; "a study that appeared in the BMJ" or "a speech
    Mrs. Clinton delivered" name their source in it; a clause inside a name is none."""
    if tok.ent_iob_ == "I" or tok.head.lower_ in DOCUMENTS:
        return False
    if tok.lemma_.lower() in AFFILIATION and not _state_of_being(tok):
        return False
    if tok.dep_ == "relcl":
        return True
    return tok.dep_ == "acl" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


#: Verbs of a relative clause that tell the claimant's post: "who heads", "who served as".
AFFILIATION = words(
    """
    be head lead run chair direct serve work helm teach study found command manage oversee
    """
)


def _state_of_being(verb: Token) -> bool:
    """A "be" clause that tells a state, not a post: "which has been at war with the
    RSF", "who was in talks with Ankara" (a common noun after the preposition); "who is
    the head of", "who is with the Red Cross" tell the post."""
    if verb.lemma_.lower() != "be" or any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False
    objs = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objs = [o for o in objs if o.ent_type_ not in ("DATE", "TIME")]  # "since April"
    return bool(objs) and all(o.pos_ == "NOUN" for o in objs)


def without_clauses(span: Span) -> Span:
    """The claimant without its relative clause: "Chad's authorities, who expelled Russian
    advisers" tells nothing about Russia, nor "a distributor whose company imports from
    Sinaloa" (a clause on an appositive) about Ali Reza; appositives ("an IOM spokesman")
    stay."""
    root = span.root
    heads = {root.i} | {c.i for c in root.children if c.dep_ == "appos" and c.i < span.end}
    for tok in span:
        if tok.i > root.i and (tok.head.i in heads or set_off_relative(tok, span)) and _clause(tok):
            cut = tok.left_edge.i
            while cut > span.start and span.doc[cut - 1].is_punct:
                cut -= 1
            return span.doc[span.start : cut] if cut > span.start else span
    return span


def title_part(org: Span, person: Span) -> bool:
    """Is a one-word ORG right before a name part of the person's title ("Defence Minister")?"""
    gap = person.start - org.end
    if len(org) != 1 or not 0 <= gap <= 1:
        return False
    return gap == 0 or org.doc[org.end].is_title


def org_at_head(span: Span, orgs: list[Span]) -> Span | None:
    """The ORG holding the claimant's head word, or named in apposition to it (or right
    after it, however the model attached it)."""
    root = span.root
    for org in orgs:
        if org.start <= root.i < org.end:
            return org
    for org in orgs:
        if org.root.dep_ == "appos" and org.root.head.i == root.i:
            return org
        if org.start == root.i + 1 and root.pos_ == "NOUN" and root.is_lower:
            return org  # "the bloc's border agency Xyzex": the agency's own name
    return None


def head_phrase(span: Span) -> Span:
    """The claimant without its appositive or relative clause: "a senior official, who ..."."""
    for tok in span:
        if tok.i > span.root.i and (tok.text in ",(" or tok.dep_ in ("relcl", "acl")):
            # "a commander who gave his name as X": the clause starts at its pronoun
            cut = tok.left_edge.i if tok.text not in ",(" else tok.i
            cut = cut if cut > span.root.i else tok.i
            return span.doc[span.start : cut] if cut > span.start else span
    return span


def role_in(span: Span, person: Span) -> str | None:
    """The post of a named claimant: the head's ("the spokesman, Colonel Ali Reza"), else
    the last title before the name ("General Staff spokesperson Ali Reza"), else any; not
    the post of whose the claimant is ("The minister's brother, Ali Hassan")."""
    roles = [t for t in span if title_word(t) and t.ent_type_ != "PERSON" and t.dep_ != "poss"]
    head = [t for t in roles if t.i == span.root.i]
    before = [t for t in roles if t.i < person.start]
    # "Mining minister Colonel Ali Reza": the office, not the rank written after it
    offices = [t for t in before if not is_rank(t)]
    found = head or offices[-1:] or before[-1:] or roles
    return title_word(found[0]) if found else None


def title_word(tok: Token) -> str | None:
    """The post a word names, written out or short ("Gov." → "governor"); none in a
    hyphenated name ("Port-au-Prince")."""
    if _hyphenated(tok):
        return None
    if tok.lower_ in PERSON_ROLES:
        return _prefixed(tok) or tok.lower_
    return _SHORT_TITLES.get(tok.lower_) if tok.is_title else None


def _prefixed(tok: Token) -> str | None:
    """ "vice-president", which the model splits at the hyphen: not the president."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "‐") or doc[tok.i - 1].whitespace_:
        return None
    joined = f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return joined if joined in PERSON_ROLES and not doc[tok.i - 2].whitespace_ else None


def _hyphenated(tok: Token) -> bool:
    """A capitalised word after a hyphen and a lower-case particle ("Port-au-Prince"),
    unlike "Vice-President"."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "‐") or doc[tok.i - 1].whitespace_:
        return False
    particle = doc[tok.i - 2]
    return not particle.whitespace_ and particle.is_lower and tok.is_title


def before_title(ent: Span) -> bool:
    """ "Forestry and Parks Minister Ann Lee", "Kpler analyst Ana Lee": a name the model
    found in a title, right before its post and the name of the one who holds it."""
    doc = ent.doc
    if ent.end + 1 >= len(doc):
        return False
    post, nxt = doc[ent.end], doc[ent.end + 1]
    written = post.is_title or post.is_lower
    return written and title_word(post) is not None and nxt.ent_type_ == "PERSON"


def starts_with(span: Span, ent: Span) -> bool:
    first = next((t for t in span if t.lower_ not in DETERMINERS and not t.is_punct), None)
    return first is not None and ent.start <= first.i < ent.end


def content_words(span: Span) -> list[str]:
    return [t.text for t in span if not t.is_punct and t.lower_ not in DETERMINERS]


def strip_owner(span: Span, country_of: CountryOf) -> str:
    """ "Japan's Kyodo news agency" → "Kyodo news agency" (the country is kept apart); "two
    Western officials" → "Western officials" (how many spoke is no part of who they are)."""
    toks = [t for t in span if not (t.i == span.start and t.lower_ in DETERMINERS)]
    if toks and toks[0].tag_ == "CD" and toks[0].head.tag_ == "NNS":
        toks = toks[1:]
    for i, tok in enumerate(toks):
        owner = toks[i - 1] if i > 0 else None  # "the country's migration directorate" too
        if tok.dep_ == "case" and owner is not None and _state_owner(owner, country_of):
            toks = toks[i + 1 :]
            break
    return "".join(t.text_with_ws for t in toks).strip() if toks else ""


def _state_owner(tok: Token, country_of: CountryOf) -> bool:
    """A country owning a body: by name, or "the country's", "the nation's"."""
    return tok.lower_ in ("country", "nation") or bool(country_of(tok.text))


def clean(name: str) -> str:
    name = " ".join(name.replace("’s", "").replace("'s", "").split())
    if name.count("(") > name.count(")"):  # "Office of Foreign Assets Control (OFAC"
        name = name[: name.rindex("(")]
    words = name.split()
    while len(words) > 1 and (words[0].lower() in DETERMINERS or words[0].lower() in _OWNERS):
        words = words[1:]  # "Its foreign ministry": the owner is found apart, not named
    return " ".join(words).strip(" ,.;:()")


def is_rank(tok: Token) -> bool:
    return is_rank_word(tok.lower_)


def county_in(desc: Span) -> str | None:
    """The county a phrase names ("Santa Cruz County Sheriff Ann Lee" → "Santa Cruz
    County"), as written."""
    for tok in desc:
        if tok.text == "County" and tok.i > desc.start:
            first = tok.i
            while first > desc.start and desc.doc[first - 1].pos_ == "PROPN":
                first -= 1
            if first < tok.i:
                return desc.doc[first : tok.i + 1].text
    return None


def of_several(span: Span) -> bool:
    """ "The governors of the Kharkiv and Belgorod regions": office holders of several."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS"):
        return False
    objs = [o for p in root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(t.dep_ == "cc" and t.ent_iob_ != "I" for o in objs for t in o.subtree)


def prep_object(ent: Span, span: Span) -> bool:
    """ "Doctors in Tigray", "a lawyer for Ali Reza": a name after a preposition of the
    phrase is not the claimant's ("According to Ali Reza" has its preposition outside)."""
    if ent.root.dep_ != "pobj" or not span.start <= ent.root.head.i < span.end:
        return False
    # "special agent in charge Ali Reza": a title ending "in <noun>" the name follows
    doc, prep = ent.doc, ent.root.head
    title = doc[ent.start - 1]
    bare = title.is_lower and title.pos_ == "NOUN" and title.i == prep.i + 1
    return not (bare and prep.lower_ == "in" and title.head.i in range(ent.start, ent.end))


#: Bodies a name owns that speak for themselves: "Galmudug's police", "X's defence ministry".
_OWNED_BODIES = words(
    """
    police force forces army navy military ministry coastguard guard
    """
)


def person_owner(ent: Span, span: Span, others: int) -> bool:
    """ "Pierre's lawyer, Ana Lee" or "Pierre's lawyer": the lawyer speaks, not Pierre; a
    name owning an organisation's name at the head owns that body, which speaks; a
    name owning the person noun at the head is whose that person is. (A spokesman,
    unnamed, speaks for the one whose he is: "Putin's spokesman said".)"""
    head = ent.root.head
    if ent.root.dep_ != "poss" or head.i != span.root.i:
        return False
    if head.pos_ == "PROPN" and head.ent_type_ == "ORG" and others == 0:
        return True  # "Ana Lee's Free Party said": the party speaks, not its leader
    noun = head.lemma_.lower()
    if noun in _OWNED_BODIES and others == 0:
        return True  # "Galmudug's maritime police force said" (a region the model took
        # for a person): the force speaks, whoever or wherever owns it
    spokes = noun in ("spokesman", "spokeswoman", "spokesperson")
    return noun in PERSON_ROLES | PERSON_NOUNS and (others > 0 or not spokes)
