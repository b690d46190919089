"""A speaker known by the name they gave: "One Iraqi Kurd from Duhok, who gave his name
only as Karwan, said ...".

The phrase describes a person (nationality, home town) and then names them in a relative
clause. Read for its own words, the head phrase would make the home town the speaker
("Duhok", an organisation). The speaker is the person the clause names; the demonym gives
the country and the town after "from" or "in" the seat. A head phrase already read as a
person ("A rebel leader who gave his name as Musa") keeps that reading, which its role
describes better than a first name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place

#: Verbs of a relative clause that names its antecedent: "gave his name as", "identified
#: (himself) only as", "asked to be called".
_NAMING = frozenset({"give", "identify", "call", "name"})
_HOME_PREPS = frozenset({"from", "in", "of"})
_PLACE_KINDS = frozenset({"city", "admin1", "admin2"})


def given_name_speaker(
    span: Span, places: Sequence[Place], country_of: Callable[[str], str | None]
) -> Actor | None:
    """The person a claimant phrase names in its relative clause ("who gave his name only
    as Karwan"), with the country of its demonym and the town it comes from; None when
    the phrase names no one that way."""
    name = _given_name(span)
    if name is None:
        return None
    head = [t for t in span if t.i < name[0].i and not _in_relative(t, span)]
    home = _home_place(head, places)
    code = next((c for t in head if t.pos_ == "ADJ" and (c := country_of(t.text))), None)
    if code is None and home is not None:
        code = home.country_code
    return Actor(
        name=" ".join(t.text for t in name),
        kind="person",
        country_code=code,
        located=home.name if home is not None else None,
    )


def _given_name(span: Span) -> list[Token] | None:
    """The proper name after "as" in a naming relative clause of ``span``."""
    for tok in span:
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in _NAMING:
            continue
        for as_ in tok.subtree:
            if as_.lower_ != "as" or not span.start <= as_.i < span.end:
                continue
            name = [t for t in span.doc[as_.i + 1 : span.end] if t.pos_ == "PROPN"]
            run = [t for n, t in enumerate(name) if t.i == as_.i + 1 + n]
            if run and run[0].is_title:
                return run
    return None


def _in_relative(tok: Token, span: Span) -> bool:
    return any(a.dep_ == "relcl" and span.start <= a.i < span.end for a in [tok, *tok.ancestors])


def _home_place(head: list[Token], places: Sequence[Place]) -> Place | None:
    """The town or region the phrase says the person is from ("a Kurd from Duhok")."""
    for tok in head:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _HOME_PREPS:
            continue
        for place in places:
            if place.kind in _PLACE_KINDS and any(
                m.start <= tok.idx < m.end for m in place.mentions
            ):
                return place
    return None
