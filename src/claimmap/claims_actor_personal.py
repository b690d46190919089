"""A bare personal name the model took for an organisation, a place or nothing at all.

"Dário Kopenawa said", "Gergely Gulyás told ...", then "According to Gulyás": two or
three capitalised words, none a word organisations are named by, that the actors table
does not know, are a given and a family name; one such word alone is a person where the
text named it so before. Which kind of entity the model made of the words does not
matter: unfamiliar names are its weak point.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS
from claimmap.claims_actor_hyphens import hyphened_given
from claimmap.claims_actor_phrases import PERSON_ROLES, organ_noun
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor, Place

CountryOf = Callable[[str], str | None]

#: Words organisations, firms and media are named by ("Goldman Bank", "Kalo Motors"):
#: a name holding one is no person's.
_ORG_WORDS = words(
    """
    bank group international watch motors airlines airways energy holdings partners
    capital university institute foundation fund trust association union federation
    alliance coalition front movement party league club company corporation corp inc ltd
    plc llc times post news press radio television tv journal herald tribune gazette
    telegraph courier mail express daily weekly agency network media
    clan cartel gang syndicate militia brigade brigades army forces council committee
    county parish borough township district province prefecture region state city town
    village oblast governorate department territory municipality island islands river
    lake mountain mountains valley airport port street road square
    """
)


def personal_name(span: Span, country_of: CountryOf, places: Sequence[Place] = ()) -> Span | None:
    """The claimant phrase as a person's name: two or three capitalised words (with the
    given name written right before the phrase, at the start of its sentence), or one word
    the text wrote after a given name before; ``None`` when it may name a body or a place
    (one the geoparser resolved there)."""
    name = [t for t in span if not t.is_punct]
    given = hyphened_given(name)
    longest = 4 if given else 3  # "Jean-Yves Le Drian"
    if not 1 <= len(name) <= longest or not all(_name_word(t, country_of) for t in name):
        return None
    whole = span.doc[name[0].i : name[-1].i + 1]
    body = any(e.label_ == "ORG" for e in whole.ents if e.start <= name[0].i)
    if len(name) > 1 and body and not given:
        return None  # "Wells Fargo", "Zero Hedge": the model read the whole name as a body
    if any(_in_place(t, places) for t in name):
        return None
    doc, first = span.doc, name[0]
    if len(name) == 1 and first.i > 0 and _given_name(doc[first.i - 1], country_of):
        return doc[first.i - 1 : first.i + 1]  # "Gergely Gulyás told": cut at the given name
    if len(name) > 1:
        return doc[first.i : name[-1].i + 1] if _unknown(name) else None
    return _introduced(first, country_of)


def _in_place(tok: Token, places: Sequence[Place]) -> bool:
    """The word lies inside a mention of a place the geoparser resolved."""
    import bisect

    from claimmap.claims_tokens import memo

    spans = memo(
        tok.doc,
        "place_mention_spans",
        lambda: sorted((m.start, m.end) for p in places for m in p.mentions),
    )
    at = bisect.bisect_right(spans, (tok.idx, 1 << 62)) - 1
    return at >= 0 and spans[at][0] <= tok.idx < spans[at][1]


def _name_word(tok: Token, country_of: CountryOf) -> bool:
    """A capitalised word that may be part of a personal name: no title, no word of a
    body's name, no country and no acronym."""
    bare = tok.text.replace("-", "").replace("'", "")
    return (
        tok.is_title
        and not tok.is_stop
        and bare.isalpha()
        and not tok.is_upper
        and tok.lower_ not in ORG_NOUNS | PERSON_ROLES | _ORG_WORDS
        and not organ_noun(tok.lower_)
        and tok.ent_type_ not in ("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL")
        and not country_of(tok.text)
    )


def _given_name(tok: Token, country_of: CountryOf) -> bool:
    """A capitalised word opening the sentence right before a name, that is no common word
    capitalised there ("Meanwhile", "Later"): a given name the model did not mark."""
    starts = tok.is_sent_start or tok.i == 0
    common = tok.is_stop or tok.pos_ in ("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "VERB")
    plain = tok.lower_ in _COMMON_OPENERS
    return starts and not common and not plain and _name_word(tok, country_of)


#: Capitalised sentence openers that are no given names.
_COMMON_OPENERS = words(
    """
    later earlier meanwhile separately yesterday today still instead also then now however
    officials police residents witnesses analysts critics
    """
)


def _unknown(name: list[Token]) -> bool:
    """A name the actors table knows no body by."""
    from claimmap.claims_actor_lookup import table_actor

    said = " ".join(t.text for t in name)
    return table_actor(said) is None and table_actor(said, exact=False) is None


def _introduced(word: Token, country_of: CountryOf) -> Span | None:
    """ "According to Gulyás" after "Gergely Gulyás told ...": the full name the text wrote
    the word in before (a given name opening a sentence, or a name of two words)."""
    from claimmap.claims_actor_lookup import table_actor
    from claimmap.claims_tokens import memo

    doc = word.doc
    names = memo(doc, "introduced_names", lambda: _full_names(doc, country_of))
    found = names.get(word.text)
    if found is None or found[1] > word.i or table_actor(word.text) is not None:
        return None
    return doc[found[0] : found[1]]


def _full_names(doc: Doc, country_of: CountryOf) -> dict[str, tuple[int, int]]:
    """The first two-word personal name each family name ends, in one pass per parse."""
    out: dict[str, tuple[int, int]] = {}
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.text in out or not tok.is_title or not _name_word(tok, country_of):
            continue
        proper = before.pos_ == "PROPN" and before.ent_type_ in ("", "PERSON")
        if (proper and _name_word(before, country_of)) or _given_name(before, country_of):
            out[tok.text] = (before.i, tok.i + 1)
    return out


def plain_person(
    actor: Actor | None, span: Span, country: str | None, met: Context
) -> Actor | None:
    """The actor read as a body (or as nothing known) where its phrase is a bare personal
    name: the person, met before under that name or new; any other actor as it is."""
    if actor is not None and actor.kind not in ("organisation", "unknown"):
        return actor
    if actor is not None and actor.organisation is not None:
        return actor
    if _headline(span) and not hyphened_given([t for t in span if not t.is_punct]):
        return actor  # (a hyphened given name is a person's, whatever the capitals say)
    called = personal_name(span, met.country_of, met.places)
    if called is None:
        return actor
    from claimmap.claims_actor_context import same_person
    from claimmap.claims_actor_phrases import clean
    from claimmap.model import Actor

    name = clean(called.text)
    return same_person(name, met) or Actor(name, "person", country_code=country)


def _headline(span: Span) -> bool:
    """A sentence in title case ("New Poll Shows Minor Bump"): its capitals say nothing."""
    sent = span.sent
    alpha = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(alpha) > 2 and sum(t.is_title for t in alpha) * 3 > len(alpha) * 2
