"""Military and police ranks written before a name: part of the title, never of the name
or of an organisation.

"The agency's Johor director, First Admiral Nurul Hizam Zakaria, told ...": the small
model reads "First Admiral Nurul" as an organisation and "Hizam Zakaria" as the person;
"Air Marshal Tan Kok Ming" as one person whose name starts with "Air"; "Vice Admiral Luis
Rafael Lee Ballester" as two persons. Before the claim sources are read, the words after
a rank become one person entity and the rank stays outside it (the role readers find the
rank right before the name, see ``claims_actor_named_person.rank_before``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_rank_words import RANK_HEADS
from claimmap.claims_rank_words import RANK_MODIFIERS as _RANK_MODIFIERS
from claimmap.claims_tokens import rebind
from claimmap.nlp import entities, set_entities, token_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Labels a name after a rank may carry, wrongly or rightly; a place ("General Santos")
#: or anything else is left alone.
_HEAD_FORMS = RANK_HEADS | {f"{w}." for w in RANK_HEADS}
_NAME_LABELS = frozenset({"PERSON", "ORG", ""})
_MAX_NAME = 5


def rank_end(doc: Doc, i: int) -> int:
    """The token after the capitalised rank starting at ``i`` ("Rear Admiral",
    "Lt.-Gen."), or ``i`` where none starts there."""
    end, found = i, i
    while end < len(doc) and end - i < 4:
        tok = doc[end]
        word = tok.lower_.rstrip(".")
        if tok.text == "-" and end > i:
            end += 1
            continue
        if not tok.text[:1].isupper() or not (word in RANK_HEADS or word in _RANK_MODIFIERS):
            break
        end += 1
        if word in RANK_HEADS:
            found = end
    return found


def ranked_names(doc: Doc) -> Doc:
    """``doc`` with each name after a rank made one person entity, the rank outside it.

    Only where the model already saw a person in the name, or split a rank of two or more
    words from the name as an organisation: "General Motors" stays a company."""
    from spacy.tokens import Span as SpacySpan

    ents = list(entities(doc))
    fixed: list[tuple[int, int, int]] = []  # (rank start, name start, name end)
    done = 0
    for head in token_positions(doc, _HEAD_FORMS):  # few: a loop over every token costs
        if head < done or not doc[head].text[:1].isupper():
            continue
        i = head
        while i > done and head - i < 3 and _opens_rank(doc[i - 1]):
            i -= 1
        end = rank_end(doc, i)
        if end <= head:
            continue
        name = _repaired(doc, ents, i, end)
        if name is not None:
            fixed.append((i, *name))
        done = end
    if not fixed:
        return doc
    kept = [e for e in ents if not any(e.start < b and a < e.end for a, _, b in fixed)]
    named = [SpacySpan(doc, s, e, label="PERSON") for _, s, e in fixed]
    set_entities(doc, [*kept, *named])
    rebind(doc)
    return doc


def _opens_rank(tok: Token) -> bool:
    """A capitalised word (or hyphen) that may stand before a rank's head word."""
    word = tok.lower_.rstrip(".")
    return tok.text == "-" or (tok.text[:1].isupper() and word in _RANK_MODIFIERS | RANK_HEADS)


def _repaired(doc: Doc, ents: list[Span], rank: int, start: int) -> tuple[int, int] | None:
    """The (start, end) of the person named after the rank ``rank``–``start``, where the
    entities around it need repair, else None."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME and _name_word(doc, end):
        end += 1
    if end == start:
        return None
    touched = [e for e in ents if e.start < end and rank < e.end]
    if not touched or any(e.label_ not in _NAME_LABELS for e in touched):
        return None
    if any(e.end > end or e.start < rank for e in touched):
        return None  # an entity running on past the name: not one we can read
    person = any(e.label_ == "PERSON" for e in touched)
    long_rank = start - rank >= 2
    if not person and not (long_rank and end - start >= 2):
        return None  # "General Motors", "Major League": no person seen
    if len(touched) == 1 and (touched[0].start, touched[0].end) == (start, end):
        return None if touched[0].label_ == "PERSON" else (start, end)
    return start, end


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a name, or the hyphen inside one ("Jean-Baptiste")."""
    tok = doc[i]
    if tok.text == "-" and 0 < i < len(doc) - 1 and not tok.whitespace_:
        return doc[i - 1].is_alpha and doc[i + 1].text[:1].isupper()
    if not (tok.is_alpha and tok.text[:1].isupper()) or tok.ent_type_ not in _NAME_LABELS:
        return False
    word = tok.lower_
    return word not in RANK_HEADS and tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB")
