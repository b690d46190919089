"""How far a claimant's name runs: the parts the model cut off it.

"Park Sun-won" (the model reads "won" as the currency), "Jean-Pierre" cut at the hyphen,
"Badran Jia Kurd" whose first name it took for a place, "Narayan Kaji Shrestha" cut before
the surname, "Iraq's national security adviser" cut before "Qassim al-Araji", and "Rights
group the Xyz Committee" cut at its organisation noun: the claimant is read whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS
from claimmap.claims_actor_hyphens import nicknamed, surname_after
from claimmap.claims_actor_phrases import PERSON_ROLES, is_rank
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
