"""An outlet is the medium's name: "Ukrinform", not "Ukraine's Ukrinform news agency".

The phrase that names a claim's channel often describes it too: its country ("Ukraine's",
"the Indonesian"), its status ("state", "independent") and its press noun ("news agency",
"newspaper", "site"). The outlet column holds the name alone, as it does for a medium that
speaks itself ("Iranian news agency Tasnim reported" → Tasnim), so one medium has one
spelling across claims and the actors table finds its seat. A name the press noun belongs
to ("Middle East News Agency", "the Ghana News Agency", capitalised) stays whole, and so does a
phrase with no name ("state television", "the Geneva-based charity").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import Offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Lower-case nouns of a medium that a phrase puts before or after the medium's name.
_PRESS = words(
    """
    agency newspaper paper daily weekly tabloid magazine broadcaster website site portal
    outlet channel station television network
    """
)
#: Parts of speech of the words a phrase may put between a name and its press noun
#: ("the Kommersant business daily", "the Ukrinform news agency").
_DESCRIBING = frozenset({"NOUN", "ADJ", "PROPN"})


def medium_only(parsed: Doc, outlet: Offsets) -> Offsets:
    """The name inside an outlet phrase (see the module doc); the phrase when it has
    no press noun or no name apart from it."""
    span = parsed.char_span(outlet[0], outlet[1], alignment_mode="expand")
    if span is None:
        return outlet
    toks = [t for t in span]
    while toks and toks[-1].is_punct:
        toks.pop()
    owner = _country_owner(toks)
    if owner:  # "Egypt's Middle East News Agency": the country's name is no part of the medium's
        toks = toks[owner:]
        outlet = _offsets(toks)
    press = [n for n, t in enumerate(toks) if t.is_lower and t.lemma_.lower() in _PRESS]
    if not press:
        return outlet
    after = toks[press[-1] + 1 :]  # "the news agency Baltic Wire", "the site Asia-Today"
    if after and _name(after):
        return _offsets(after)
    if after:
        return outlet
    first = press[0]
    while first > 0 and toks[first - 1].is_lower and toks[first - 1].pos_ in _DESCRIBING:
        first -= 1  # "news", "state", "business"
    end = first
    while first > 0 and _name_word(toks[first - 1]):
        first -= 1
    while first > 1 and toks[first - 1].text == "-" and toks[first - 2].is_alpha:
        first -= 2  # "al-Manar"
    run = toks[first:end]
    if not run or all(t.ent_type_ in ("NORP", "GPE") for t in run if t.text != "-"):
        return outlet  # "Syrian state television": no name, a people's adjective
    return _offsets(run)


def _country_owner(toks: list[Token]) -> int:
    """How many tokens a country's possessive opening the phrase takes ("Turkey's"), when
    a name follows it; 0 otherwise."""
    mark = next((n for n, t in enumerate(toks) if t.tag_ == "POS"), None)
    if mark is None or mark == 0 or mark + 1 >= len(toks):
        return 0
    if not all(t.ent_type_ == "GPE" for t in toks[:mark]):
        return 0
    return mark + 1 if any(_name_word(t) for t in toks[mark + 1 :]) else 0


def _name(toks: list[Token]) -> bool:
    """A run of name words, hyphens joining them ("Asia-Today")."""
    return all(
        _name_word(t) or (t.text == "-" and 0 < n < len(toks) - 1) for n, t in enumerate(toks)
    )


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name; not a common word a sentence opens on ("State")."""
    if not tok.is_alpha or tok.is_lower or tok.lower_ in ("the", "a", "an"):
        return False
    return not (tok.is_sent_start and tok.pos_ != "PROPN" and not tok.is_upper)


def _offsets(toks: list[Token]) -> Offsets:
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
