"""Descriptions that bring in a body of their own rather than refer back to one.

"The parliamentary intelligence committee" is no body the text called a service or an
agency before; "the newspaper" no ministry. A writer who says where a body is based
("the Benghazi-based government", "the eastern-based administration") tells it apart
from the bodies named before: after "Greek officials said" it is a new body, not the
Greek government, and refers back only to an actor of its own country. Its country is
that of the place named ("Benghazi-based"), else that of a "-based" body of the same
paragraph that names one, else the one country the paragraph's places lie in. And an
organisation's name is whole with the parts the model left out of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import paragraph_first
from claimmap.claims_actor_phrases import STATE_BODY, clean, institution, organ_noun
from claimmap.claims_actor_places import BASED, SEAT_KINDS, Where
from claimmap.claims_cues import words
from claimmap.claims_tokens import sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Place


def based_words(noun: Token) -> Span | None:
    """The words before "-based" modifying ``noun``: "Benghazi" of "the Benghazi-based
    government", "eastern" of "the eastern-based administration"."""
    doc = noun.doc
    for mod in noun.children:
        if mod.lower_ not in BASED or mod.i >= noun.i or mod.i < 2:
            continue
        hyphen = doc[mod.i - 1]
        if hyphen.text not in ("-", "‐") or hyphen.whitespace_ or doc[mod.i - 2].whitespace_:
            continue
        first = last = mod.i - 2
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
            first -= 1
        return doc[first : last + 1]
    return None


def based_body(noun: Token, places: Sequence[Place]) -> Actor | None:
    """ "The Benghazi-based government" as a body of its own: of the place's country and
    seated there; "the eastern-based administration" of the country its paragraph gives
    (see the module); None for a noun with no "-based" on it."""
    said = based_words(noun)
    if said is None:
        return None
    doc = noun.doc
    where = _city(said, places) or _paragraph_based(doc, noun.i, places)
    code = where.country_code if where is not None else _paragraph_places(doc, noun.i, places)
    first = next((t.i for t in noun.subtree if t.dep_ != "det" and t.i >= said.start), said.start)
    name = clean(doc[first : noun.i + 1].text)
    located = where.label if where is not None else None
    if institution(noun):
        return Actor(name, "government", country_code=code, located=located)
    return Actor(name, "organisation", country_code=code, located=located)


def of_another_country(earlier: Actor | None, body: Actor | None) -> bool:
    """An earlier actor a "-based" description cannot refer back to: one of another
    country than the body described."""
    if earlier is None or body is None or body.country_code is None:
        return False
    return earlier.country_code not in (None, body.country_code)


def _city(said: Span, places: Sequence[Place]) -> Where | None:
    """The city or region the words before "-based" name, as the geoparser resolved them
    (a country is no seat: "a Britain-based monitor")."""
    if not said.text[:1].isupper():
        return None
    lo, hi = said.start_char, said.end_char
    for place in places:
        if place.kind not in SEAT_KINDS:
            continue
        if any(lo <= m.start and m.end <= hi for m in place.mentions):
            return Where(place.name, place.country_code, said.start, said.end)
    return None


def _paragraph_based(doc: Doc, at: int, places: Sequence[Place]) -> Where | None:
    """The place of the nearest other "-based" description of the paragraph that names
    one ("The eastern-based administration denied it. ..., prime minister of the
    Benghazi-based government")."""
    first, last = paragraph_first(doc, at), _paragraph_end(doc, at)
    found = []
    for tok in doc[first:last]:
        said = based_words(tok) if tok.i != at and tok.pos_ in ("NOUN", "PROPN") else None
        where = _city(said, places) if said is not None else None
        if where is not None:
            found.append((abs(tok.i - at), where))
    return min(found, key=lambda f: f[0])[1] if found else None


def _paragraph_places(doc: Doc, at: int, places: Sequence[Place]) -> str | None:
    """The one country the places of the paragraph (all of it) lie in, else None."""
    lo, hi = doc[paragraph_first(doc, at)].idx, doc[_paragraph_end(doc, at) - 1].idx
    codes = {
        p.country_code
        for p in places
        if p.country_code and any(lo <= m.start <= hi for m in p.mentions)
    }
    return codes.pop() if len(codes) == 1 else None


def _paragraph_end(doc: Doc, at: int) -> int:
    """The token after the paragraph of token ``at``."""
    end = sentence_at(doc, at).end
    while end < len(doc) and paragraph_first(doc, end) == paragraph_first(doc, at):
        end = sentence_at(doc, end).end
    return end


#: Head nouns any kind of body answers to: "the group" may be a service, a party or a
#: company; a more telling noun ("the committee") is only what the text called so.
ANY_BODY = words(
    """
    group organisation organization agency body company network outlet authority
    """
)


#: Nouns only news media answer to ("the network" may be a monitoring network).
_PRESS = words(
    """
    newspaper paper daily broadcaster magazine tabloid channel website
    """
)


def called_otherwise(earlier: Actor, head: str) -> bool:
    """ "The committee" cannot be the "National Intelligence Service" or "the spy agency"
    met before: a name or description ending in another body noun tells another kind."""
    from claimmap.claims_actor_context import MEDIA_NOUNS, ORG_NOUNS

    if head in _PRESS and earlier.kind != "outlet":
        return True  # "the newspaper" is no ministry quoted before
    if head == "group" and STATE_BODY.search(earlier.name.lower()):
        return True  # "the group" is no police, army or ministry quoted before
    if head == "company" and not _may_be_firm(earlier):
        return True  # "the company" is no UN office, ministry or charity quoted before
    last = earlier.name.split()[-1].lower() if earlier.name.split() else ""
    telling = head in ORG_NOUNS and head not in ANY_BODY | MEDIA_NOUNS
    return telling and last in ORG_NOUNS | ANY_BODY | {"service"} and last != head


#: Kinds of the actors table no company is: intergovernmental and state bodies, charities.
_NO_FIRM = frozenset(
    {"igo", "ministry", "government", "agency", "intelligence", "law_enforcement", "military"}
    | {"ngo", "think_tank", "armed_group"}
)


#: Last words of names of bodies no company bears ("... Maritime Bureau", "... Command").
_NO_FIRM_HEADS = words(
    """
    bureau agency ministry office council commission committee court tribunal command
    police army navy guard institute foundation association union coalition organisation
    organization programme program fund department service authority observatory mission
    """
)


def _may_be_firm(earlier: Actor) -> bool:
    """An actor "the company" can refer back to: no government, nor a body the actors
    table knows as another kind than a firm or an outlet, nor a state body by its name."""
    from claimmap.actors_table import load_actors

    if earlier.kind == "government" or STATE_BODY.search(earlier.name.lower()):
        return False
    last = earlier.name.split()[-1].lower() if earlier.name.split() else ""
    if earlier.name[:1].isupper() and last in _NO_FIRM_HEADS:
        return False  # "the International Maritime Bureau" is no company
    row = load_actors().find(earlier.name) if earlier.kind == "organisation" else None
    return row is None or row.kind not in _NO_FIRM


def whole_org(ent: Span, span: Span) -> Span:
    """An organisation's name with the parts the model left out, inside the claimant
    phrase: a titled owner ("U.S. Attorney's Office", not a country's or a person's: "Russia's
    Security Council" stays the country's) and the place its last word is "of" ("Southern
    District of Florida")."""
    doc, start, end = ent.doc, ent.start, ent.end
    owner = doc[start - 2] if start - 2 >= span.start else None
    if (
        owner is not None
        and doc[start - 1].lower_ in ("'s", "’s")
        and owner.dep_ == "poss"
        and owner.is_title
        and not owner.ent_type_
        and ent.start <= owner.head.i < ent.end
    ):
        start = max(owner.left_edge.i, span.start)
    before = doc[start - 1] if start - 1 > span.start else None
    body = before.head if before is not None and before.lower_ == "of" else None
    if body is not None and body.i < start - 1 and body.is_title and body.lower_ in _NAMED_OF:
        # "Diocese of [Ras-Kotor]": the model took only the see for the name
        start = next(
            t.i for t in doc[max(body.left_edge.i, span.start) : body.i + 1] if t.pos_ != "DET"
        )
    # "... District of Florida": the model may stop before "of" or right after it
    of = next((t for t in doc[end - 1 : min(end + 1, span.end)] if t.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    placed = obj is not None and obj.is_title and obj.pos_ == "PROPN"
    if of is not None and obj is not None and ent.start <= of.head.i < ent.end and placed:
        end = max(end, obj.right_edge.i + 1) if obj.right_edge.i < span.end else end
    end = _listed_on(doc, end, span.end)
    end = _named_on(doc, end, span.end)
    if end < span.end and _organ_after(doc[end - 1]):
        end += 1  # "the Interior ministry": the model left out the lower-case organ noun
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


#: Bodies named "X of <place>", whose place the model may take for the whole name.
_NAMED_OF = frozenset(
    {"diocese", "archdiocese", "eparchy", "bishopric", "patriarchate", "church", "university"}
    | {"municipality", "prefecture", "governorate", "council", "bank"}
)


def _listed_on(doc: Doc, end: int, last: int) -> int:
    """Where a name "of" a list ends: "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    which the model cut at a comma; the capitalised words, commas and "and" after it up to
    the end of the claimant phrase are the rest of the list."""
    if end >= last or doc[end].text != "," or not doc[end - 1].is_title:
        return end
    if not any(t.lower_ == "of" for t in doc[max(end - 6, 0) : end]):
        return end
    rest = [t for t in doc[end:last] if not t.is_punct or t.text == ","]
    listed = all(t.text == "," or t.lower_ == "and" or (t.is_title and t.is_alpha) for t in rest)
    joined = any(t.lower_ == "and" for t in rest)
    return last if listed and joined and doc[last - 1].is_title else end


def _organ_after(last: Token) -> bool:
    """Does a name's last word qualify the lower-case organ noun right after it?"""
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return nxt is not None and nxt.is_lower and organ_noun(nxt.text) and last.head.i == nxt.i


def _named_on(doc: Doc, end: int, last: int) -> int:
    """Where a name the model cut short ends: "NGO Forest" of "the NGO Forest Trends
    Watch", whose last word is the head of the capitalised words it left out."""
    head = doc[end - 1].head
    if doc[end - 1].dep_ != "compound" or not end <= head.i < last or head.pos_ != "PROPN":
        return end
    rest = doc[end : head.i + 1]
    return head.i + 1 if all(t.is_title and not t.ent_type_ for t in rest) else end
