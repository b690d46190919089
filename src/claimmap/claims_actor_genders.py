"""Which gender the text tells of a person: by a title, a gendered noun, or the pronoun
that follows the name, so that "she" finds the woman and "he" the man where English says.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, sentence_at, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Actor

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: Honorifics and gendered titles written before a name ("Mrs. Clinton", "spokeswoman
#: Ana Lee"): English grammar genders them, not a list of names.
TITLE_GENDER = {
    **dict.fromkeys(words("mr mr. sir lord king prince spokesman congressman"), "m"),
    **dict.fromkeys(
        words(
            """
            mrs mrs. ms ms. miss dame lady madam queen princess spokeswoman congresswoman
            chairwoman businesswoman
            """
        ),
        "f",
    ),
}


def person_genders(parsed: Doc) -> dict[str, str]:
    """Surname (and "first:" given name) → "m" / "f" where the text tells: a title ("Mrs.
    Clinton", "spokeswoman Ana Lee") or the pronoun that follows the name in its sentence
    before another person is named ("Clinton said she ..."). Names the text leaves open
    stay out, and a pronoun may take them."""
    votes: dict[str, list[str]] = {}
    people = ents_in(parsed, 0, len(parsed), ("PERSON",))
    pronouns = tokens_where(parsed, _GENDERED)
    for n, ent in enumerate(people):
        said: list[str] = []
        if ent.start > 0 and parsed[ent.start - 1].lower_ in TITLE_GENDER:
            said += [TITLE_GENDER[parsed[ent.start - 1].lower_]] * 3
        stop = sentence_at(parsed, ent.start).end
        if n + 1 < len(people):
            stop = min(stop, people[n + 1].start)
        at = bisect.bisect_left(pronouns, ent.end)
        if at < len(pronouns) and pronouns[at] < stop and parsed[pronouns[at]].pos_ == "PRON":
            said.append(PRONOUN_GENDER[parsed[pronouns[at]].lower_])
        for key in _gender_keys(ent.text):
            votes.setdefault(key, []).extend(said)
    for name, gender in _apposed_genders(parsed):
        for key in _gender_keys(name):
            votes.setdefault(key, []).extend([gender] * 2)
    out = {}
    for key, said in votes.items():
        m, f = said.count("m"), said.count("f")
        if m != f:
            out[key] = "m" if m > f else "f"
    return out


def _apposed_genders(parsed: Doc) -> list[tuple[str, str]]:
    """(name, gender) for a name with a gendered noun in apposition ("Aminata, 34, a
    mother of five, said"; "Ali, a father who fled"), whatever entity the model made of
    the name: what English says of her or him."""
    out = []
    for tok in parsed:
        if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.lower_ not in _NOUN_GENDER:
            continue
        name = tok.head
        if name.pos_ != "PROPN" or not name.is_title or name.i > tok.i:
            continue
        first = min([c.i for c in name.children if c.dep_ == "compound"] + [name.i])
        out.append((parsed[first : name.i + 1].text, _NOUN_GENDER[tok.lower_]))
    return out


def _gender_keys(name: str) -> list[str]:
    """The surname, and the given name of a name in full: the text's "she" for Ana Lee
    tells of Ana Ruiz too."""
    parts = name.replace("’s", "").replace("'s", "").split()
    first = [f"first:{parts[0].lower()}"] if len(parts) > 1 else []
    return [p.lower() for p in parts[-1:]] + first  # "McCormick" alone: found as in full


def gender_of(name: str, genders: dict[str, str]) -> str | None:
    keys = [k.lower() for k in _gender_keys(name)]
    return next((genders[k] for k in keys if k in genders), None)


#: Nouns English genders: "a 17-year-old girl" is a "she", "the spokesman" a "he".
_NOUN_GENDER = {
    **TITLE_GENDER,
    **dict.fromkeys(words("man boy father son husband brother widower grandfather"), "m"),
    **dict.fromkeys(words("fisherman businessman"), "m"),
    **dict.fromkeys(words("woman girl mother daughter wife sister widow grandmother"), "f"),
}


def actor_gender(actor: Actor, genders: dict[str, str]) -> str | None:
    """The gender the text tells of a person: by name, else by the nouns of an unnamed one
    ("17-year-old girl from Oromia") or the title ("spokeswoman")."""
    said = gender_of(actor.name, genders) if _named(actor) else None
    said = said or (_surname_gender(actor.name) if _named(actor) else None)
    nouns = [w.lower() for w in actor.name.split()] if not _named(actor) else []
    return (
        said
        or next((_NOUN_GENDER[w] for w in nouns if w in _NOUN_GENDER), None)
        or (_NOUN_GENDER.get(actor.role or ""))
    )


def _named(actor: Actor) -> bool:
    """The actor goes by a name ("Ana Lee"), not by a description ("a girl from Oromia")."""
    return any(w[:1].isupper() for w in actor.name.split()[-1:])


_GENDERED = frozenset(PRONOUN_GENDER)


#: Surname endings Slavic languages give women only ("Nowakowska", "Petrova", "Novakova"):
#: English text keeps them, so they tell a woman where the text says nothing else.
_FEMININE_SURNAME = re.compile(r"(?:[sc]ka|[sc]kaya|ova|eva|ová|ská|cká)$")


def _surname_gender(name: str) -> str | None:
    """ "f" for a full name whose surname has a feminine Slavic ending."""
    parts = name.split()
    return "f" if len(parts) > 1 and _FEMININE_SURNAME.search(parts[-1].lower()) else None
