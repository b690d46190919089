"""The per-document lookups that keep long inputs linear give what a walk over every token
(or spaCy's own ``Span.ents``) gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.documents import from_text
from claimmap.nlp import entities, entities_within, parse, token_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT = (
    "The Lomarian capital was quiet on Monday, officials in Brenvale said.\n\n"
    "Aircraft from 12 Wing Halden flew over the disputed region, and Mara Tesk of the "
    "Coastal Watch Group spoke to us about the CAPITAL's defences.\n\n"
    "Tesk said the Capital Region Authority talked with reporters in Ostrava."
)


def _doc() -> Doc:
    return parse(from_text(_TEXT, doc_id="long-input-scaling"))


def test_token_positions_match_a_walk_over_every_token() -> None:
    doc = _doc()
    for words in (("capital",), ("wing", "group"), ("region", "area")):
        assert token_positions(doc, words) == [t.i for t in doc if t.lower_ in words]


def test_token_positions_by_lemma_find_every_form_of_the_verb() -> None:
    doc = _doc()
    found = token_positions(doc, ("speak", "talk"), lemma=True)
    assert found == [t.i for t in doc if t.lemma_ in ("speak", "talk")]
    assert [doc[i].text for i in found] == ["spoke", "talked"]


def test_entities_are_the_parse_entities_built_once() -> None:
    doc = _doc()
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert entities(doc) is entities(doc)
    assert len(entities(doc)) >= 3


def test_entities_within_give_what_span_ents_gives() -> None:
    doc = _doc()
    for sent in doc.sents:
        expected = [(e.start, e.end, e.label_) for e in sent.ents]
        got = [(e.start, e.end, e.label_) for e in entities_within(doc, sent.start, sent.end)]
        assert got == expected
    for start, end in ((0, 3), (5, 20), (10, len(doc))):
        expected = [(e.start, e.end) for e in doc[start:end].ents]
        assert [(e.start, e.end) for e in entities_within(doc, start, end)] == expected
