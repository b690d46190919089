"""People the model did not mark as such, told by the grammar of the claimant phrase.

"A jade broker in Ruili, who asked not to be named" is one person a later "he" may
mean, though "broker" is on no list of titles: a singular noun of an agent ("-er",
"-ist", "-ian") or one a "who" clause describes. "Ana Petrovic, a lawyer with the rights
group Xyz" is a person the model left without a label, not the group; "Fairtrade
Watch campaigner Ana Lee" is Ana Lee of Fairtrade Watch, not a person called "Fairtrade
Watch". A named spokesperson, "the spokesperson of Operation Xyz, Col. Ana Lee", is Ana
Lee herself, not the office of Operation Xyz.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import DOCUMENTS, PERSON_NOUNS, PERSON_ROLES, clean, is_rank
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context

#: Endings of English nouns for agents and practitioners: "broker", "campaigner",
#: "investor", "economist", "historian".
_AGENT = ("er", "or", "ist", "ian")


def person_noun(tok: Token) -> bool:
    """A singular common noun for a person: a title or noun for people, or one of an
    agent by its ending that names no body, medium or document ("the newspaper")."""
    from claimmap.claims_actor_context import MEDIA_NOUNS, ORG_NOUNS

    word = tok.lemma_.lower()
    if tok.tag_ != "NN" or not tok.is_lower or word in ORG_NOUNS | MEDIA_NOUNS | DOCUMENTS:
        return False
    return word in PERSON_ROLES | PERSON_NOUNS or (len(word) > 4 and word.endswith(_AGENT))


def speaks_as_one(span: Span) -> bool:
    """A claimant phrase that means one person a later "he" or "she" may take up: "a jade
    broker in Ruili", "a trader who asked not to be named"."""
    root = span.root
    if root.tag_ != "NN" or root.pos_ != "NOUN":
        return False
    who = any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.subtree)
        for c in root.children
    )
    return who or person_noun(root)


def unmarked_person(span: Span) -> Span | None:
    """ "Ana Petrovic, a lawyer with ...": the proper nouns at the head of the phrase, no
    entity of the model's, that an apposition describes as a person."""
    root = span.root
    if root.pos_ != "PROPN" or not root.is_title or root.ent_type_ not in _NO_SPEAKER:
        return None
    if not any(c.dep_ == "appos" and c.i > root.i and person_noun(c) for c in root.children):
        return None
    first = root.i
    while first > span.start and _name_part(span.doc[first - 1], root):
        first -= 1
    return span.doc[first : root.i + 1]


def _name_part(tok: Token, root: Token) -> bool:
    named = tok.ent_type_ in _NO_SPEAKER and tok.ent_type_ == root.ent_type_
    return tok.pos_ == "PROPN" and tok.is_title and tok.head.i == root.i and named


#: Entity types no speaker is, which the model gives a name it does not know ("Ana Lee,
#: the minister" as a work of art): no entity at all, as far as speakers go.
_NO_SPEAKER = ("", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE")


def titled_after(ent: Span, span: Span) -> tuple[Span, Span] | None:
    """ "Fairtrade Watch campaigner Ana Lee": a name (the model's person or organisation) right
    before a lower-case noun for a person and the capitalised name ending the phrase, is
    the employer; (employer, person) is returned."""
    doc, post = ent.doc, ent.end
    if ent.label_ not in ("PERSON", "ORG") or post >= span.end or not person_noun(doc[post]):
        return None
    if doc[post].lower_ in PERSON_ROLES:
        return None  # "RSF adviser Ali Reza": a title the claimant readers know already
    end = post + 1
    while end < span.end and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    named = doc[post + 1 : end]
    if len(named) < 2 or any(is_rank(t) for t in named) or span.root.i not in range(post, end):
        return None
    return ent, named


def named_spokesperson(inner: Span) -> bool:
    """ "The spokesperson of Operation Xyz, Lt. Col. Ana Lee": the principal's phrase ends
    in a comma and a person named in apposition; the spokesperson is named."""
    commas = [t for t in inner if t.text == ","]
    after = inner.doc[commas[0].i + 1 : inner.end] if commas else None
    return after is not None and any(t.ent_type_ == "PERSON" for t in after)


def owned(desc: Span) -> bool:
    """ "The junta's spokesman": the phrase says whose the spokesperson is, so the body
    quoted last is not taken for it."""
    return any(c.dep_ == "poss" for c in desc.root.children)


def modifies_clause(ent: Span, span: Span) -> bool:
    """ "Two people staying at the Rome shelter": a name modifying a common noun in a
    clause on a head that names people is where they are, not whom they speak for."""
    root, head = span.root, ent.root.head
    if _placed_in_clause(ent, span):
        return True
    if root.lemma_.lower() not in PERSON_NOUNS | PERSON_ROLES or ent.root.dep_ != "compound":
        return False
    clauses = [c for c in root.children if c.dep_ in ("acl", "relcl") and c.i > root.i]
    # "a mother of five in the Kara camp": where she lives, as in a clause
    clauses += [c for c in root.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS]
    inside = any(c.left_edge.i <= ent.start and ent.end <= c.right_edge.i + 1 for c in clauses)
    return inside and head.pos_ == "NOUN" and head.is_lower


#: Prepositions of where something is: their object is a place, whatever the model says.
_LOCATIVE = frozenset({"in", "near", "outside", "inside", "at", "around", "across"})


def _placed_in_clause(ent: Span, span: Span) -> bool:
    """ "Ana Lee, who has been sleeping in a grove outside Sfax": a name a locative
    preposition takes inside a relative clause of the phrase is where the claimant is or
    was, never the body he speaks for."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in _LOCATIVE:
        return False
    return any(a.dep_ == "relcl" and span.start <= a.i < span.end for a in prep.ancestors)


#: Prepositions that put people somewhere: "a mother in the Kara camp", "a man from ...".
_WHERE_PREPS = frozenset({"in", "near", "from", "inside"})


def clause_agent(ent: Span, span: Span) -> bool:
    """ "Many of the migrants interviewed by Reuters": the agent of a participle on the
    people who speak is whoever heard them, not who speaks."""
    by = ent.root.head
    if ent.root.dep_ != "pobj" or by.dep_ != "agent":
        return False
    verb = by.head
    if verb.dep_ not in ("acl", "relcl") or not span.start <= verb.i < ent.start:
        return False
    heard = verb.head  # "data reviewed by Al Jazeera" is the outlet's own reporting
    return heard.lemma_.lower() in PERSON_NOUNS | PERSON_ROLES or heard.ent_type_ == "NORP"


def met_as_other_kind(core: Span, ents: list[Span], met: Context) -> Actor | None:
    """The actor met before under the very name the phrase is, where the model now takes
    that name for the other of person and organisation (or the organisation of a person
    met): one entity has one kind."""
    named = [e for e in ents if e.label_ in ("PERSON", "ORG")]
    if len(named) != 1 or clean(named[0].text) != clean(core.text):
        return None
    kind = "person" if named[0].label_ == "PERSON" else "organisation"
    name = clean(named[0].text)
    for actor in reversed(met):
        if actor.name == name and actor.kind in ("person", "organisation"):
            return actor if actor.kind != kind else None
        if kind == "person" and actor.kind == "person" and actor.organisation == name:
            # "Global Witness estimated" after "Global Witness campaigner Ana Lee"
            return Actor(name, "organisation", country_code=actor.country_code)
    return None


def names_a_kind(ent: Span) -> bool:
    """ "a leader of the Kech transporters' association": a name the model took for a
    person that only qualifies a plural common noun ("Kech transporters") names whom the
    noun is of, no speaker."""
    root = ent.root
    head = root.head
    return (
        root.dep_ == "compound"
        and head.i >= ent.end
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and head.is_lower
    )


def office_of_person(span: Span, history: list[Actor]) -> Actor | None:
    """ "Lee's office said" after "Gov. Ann Lee's office said": the person met before whose
    office speaks (the model may take the surname for an organisation's name)."""
    from claimmap.claims_actor_context import same_person

    root = span.root
    if root.lower_ != "office":
        return None
    owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.i != owner.left_edge.i or not owner.is_title:
        return None
    return same_person(owner.text, history)


def titled_unmarked(span: Span) -> Span | None:
    """ "Odesa Oblast Governor Oleh Kiper" where the model found no entity at all: the two
    or three capitalised words after a capitalised title ending the phrase are a person,
    whom the words before the title place; not an organisation named by the whole string."""
    root = span.root
    if root.pos_ != "PROPN" or not root.is_title or root.ent_type_ not in _NO_SPEAKER:
        return None
    doc, first = span.doc, root.i
    while first > span.start and _unnamed_word(doc[first - 1]) and not is_rank(doc[first - 1]):
        first -= 1  # "Rear Admiral Ana Lee": a military rank is a title too
    named = doc[first : root.i + 1]
    title = doc[first - 1] if first > span.start else None
    if title is None or not title.is_title or not (title.lower_ in PERSON_ROLES or is_rank(title)):
        return None
    if not 2 <= len(named) <= 3 or any(is_rank(t) for t in named):
        return None
    return named


def _unnamed_word(tok: Token) -> bool:
    """A capitalised word of a name the model did not mark, not a title."""
    plain = tok.ent_type_ in _NO_SPEAKER and tok.lower_ not in PERSON_ROLES
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and plain


def acronym_word(tok: Token) -> bool:
    """ "WHO", "US": capitals spell an organisation or a country, never the pronoun."""
    return tok.is_upper and len(tok.text) > 1 and tok.is_alpha


def named_lede(span: Span | None) -> bool:
    """The lede names its speaker: a person the model marked, or a name after a title it
    did not ("Odesa Oblast Governor Oleh Kiper")."""
    if span is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in span) or titled_unmarked(span) is not None
