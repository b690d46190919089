"""Titles written short before a name: "Brig. Gen. Ana Lee", "Gov. Ana Lee", "Supt. Ana Lee".

The small model's parser takes the dot of such a title for a full stop ("Its spokesman,
Brig." | "Gen. Ana Lee told ...") and the claim loses its speaker. The tokenizer keeps
the dot with the title (see :func:`claimmap.nlp.load_nlp`), and the sentence splitter
(:func:`claimmap.nlp.paragraph_breaks`) starts no sentence after it when a name follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Titles written short before a name ("Brig. Gen. Ana Lee", "Gov. Ana Lee"): the dot
#: after one ends no sentence when a capitalised name follows it.
TITLE_ABBREVIATIONS = frozenset(
    {
        "Brig",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Sgt",
        "Adm",
        "Cmdr",
        "Gov",
        "Sen",
        "Rep",
        "Insp",
        "Supt",
        "Cpl",
        "Pvt",
        "Cdr",
        "Cdre",
    }
)


def title_abbreviation(tok: Token) -> bool:
    """The dot of "Brig." (one token, or two where the tokenizer cuts it off) followed, on
    the same line, by a capitalised word that is no function word ("Brig. Gen. Ana Lee",
    "Gov. Ana Lee"): a title before a name, not the end of a sentence ("led by a Maj. It
    ..." still ends one)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or "\n" in tok.whitespace_:
        return False
    if tok.text.endswith(".") and len(tok.text) > 1:
        word = tok.text[:-1]
    elif tok.text == "." and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        word = doc[tok.i - 1].text
    else:
        return False
    nxt = doc[tok.i + 1]
    return word in TITLE_ABBREVIATIONS and nxt.text[:1].isupper() and not nxt.is_stop


def title_before_function_word(tok: Token) -> bool:
    """A short title followed, on the same line, by a capitalised function word: "led by a
    Maj. It returned" ends its sentence at the dot."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or "\n" in tok.whitespace_ or tok.text[:-1] not in TITLE_ABBREVIATIONS:
        return False
    nxt = doc[tok.i + 1]
    return tok.text.endswith(".") and nxt.is_title and nxt.is_stop


#: Entity labels a title written short never begins: "Brig." is no town in "Brig. Gen.".
_NOT_TITLED = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def without_titles(ents: list[Span]) -> list[Span] | None:
    """The entities with the short titles that open a place's, body's or people's entity
    before a capitalised word cut off ("Brig." GPE in "Brig. Gen. Ana Lee"), and those of
    titles alone dropped; ``None`` when no entity opens so."""
    from spacy.tokens import Span as SpacySpan

    out: list[Span] = []
    changed = False
    for ent in ents:
        start = ent.start
        while start < ent.end and ent.label_ in _NOT_TITLED and title_abbreviation(ent.doc[start]):
            start += 1
        if start == ent.start:
            out.append(ent)
            continue
        changed = True
        if start < ent.end:
            out.append(SpacySpan(ent.doc, start, ent.end, label=ent.label_))
    return out if changed else None
