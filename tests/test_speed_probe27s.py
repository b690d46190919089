"""Faster readings that must answer as the slow ones did (task S of session 27).

* ``is_trigger`` turns away, on its lemma and form, every word none of its tests can take:
  checked against :func:`reads_as_trigger` (every test, no prefilter) on every token of
  invented sentences that use each kind of trigger it knows.
* The per-parse columns of :mod:`claimmap.parse_columns` equal the ``Token`` attributes
  they stand for, and the scans rewritten on them give what the token loops gave.
"""

from __future__ import annotations

import pytest

from claimmap.claims_denials import clause_heads
from claimmap.movement_loaded import loaded
from claimmap.movement_misread import misread_verb
from claimmap.movement_words import is_trigger, reads_as_trigger
from claimmap.nlp import load_nlp
from claimmap.parse_columns import (
    dep_labels,
    head_indices,
    last_words,
    lemma_forms,
    lower_forms,
    pos_labels,
    punct_flags,
    space_flags,
    span_tops,
    token_starts,
    word_count,
    word_flags,
)

#: one or more sentences for each branch of is_trigger (invented names and places)
TRIGGER_TEXTS = [
    "The freighter Oskala, bound for Port Venrel, was headed toward the Tarsk Strait.",
    "The pills were intended for buyers in Mirovo and destined for Kallan.",
    "The cargo was rerouted through Dessel and the men waded across the Ulva.",
    "The crew set sail for Ambrel and later set out from Korvath.",
    "The families made their way to Lintz after they joined the Abrelo area.",
    "Those who made it into Sarnia were expected in Tovel on Monday.",
    "The plane refuelled in Gantry and stopped over in Ossery before it landed.",
    "Their dinghy was intercepted off the island of Imbry. The feeder ship called at Velmar.",
    "The migrants were put on buses to Harlow and others ended up in Quenby.",
    "Coast guards tracked the vessel from Brisk to Faren as it passed through the Orlen Gulf.",
    "The disease spread to Pelham. I have been to Norwick twice.",
    "Rebels smuggled rifles into Tamsin; the shipment and the transfer were delayed.",
    "It is a loop which normally sails from Ketter, officials said on Tuesday.",
    "The ministry denied the report and said the talks would resume in Geneva.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def test_trigger_prefilter_turns_away_no_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    taken = set()
    for text in TRIGGER_TEXTS:
        for tok in nlp(text):
            assert is_trigger(tok) == reads_as_trigger(tok), (text, tok.text)
            if is_trigger(tok):
                taken.add(tok.lower_)
    # the words each branch takes (if the parser reads them so), and none of the others
    for word in ("bound", "intended", "set", "way", "joined", "made", "expected", "refuelled"):
        assert word in taken
    for word in ("intercepted", "called", "put", "ended", "tracked", "passed", "spread"):
        assert word in taken
    for word in ("been", "smuggled", "shipment", "transfer", "rerouted", "sails", "stopped"):
        assert word in taken
    assert not taken & {"said", "denied", "report", "talks", "cargo", "pills", "twice"}


def test_loaded_and_misread_verbs_still_read(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The grain was loaded at Portvel. The tanker took on crude at Mersa Tolb.")
    assert [t.text for t in doc if loaded(t)] == ["loaded", "took"]
    doc = nlp("The firm was trucking maize flour from Ardo to Pemba.")
    assert [(t.text, str(misread_verb(t))) for t in doc if misread_verb(t)] == [
        ("trucking", "flour")
    ]
    doc = nlp("The firm was shipping maize flour and the farmers were selling it.")
    assert all(misread_verb(t) is None for t in doc)  # no from/to, or no verb of moving


def test_columns_are_the_token_attributes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(" ".join(TRIGGER_TEXTS) + "\n\nA second paragraph, “quoted” - and done.")
    assert head_indices(doc) == [t.head.i for t in doc]
    assert lower_forms(doc) == [t.lower_ for t in doc]
    assert lemma_forms(doc) == [t.lemma_ for t in doc]
    assert dep_labels(doc) == [t.dep_ for t in doc]
    assert pos_labels(doc) == [t.pos_ for t in doc]
    assert word_flags(doc) == [not (t.is_punct or t.is_space) for t in doc]
    assert punct_flags(doc) == [t.is_punct for t in doc]
    assert space_flags(doc) == [t.is_space for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    assert sum(space_flags(doc)) == 1 and sum(punct_flags(doc)) == 25  # "\n\n", the marks
    empty = nlp("")
    assert head_indices(empty) == [] and word_flags(empty) == [] and lower_forms(empty) == []


def test_scans_on_columns_give_what_token_loops_gave(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Officials in Dravo said the convoy, which left Kessin on Monday, had reached "
        "Ulmar and would go on to Pradt unless the road was closed, the Orvel agency reported."
    )
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        assert last_words(sent, 4) == words[-4:]
        assert last_words(sent, 1) == words[-1:]
        assert word_count(doc, sent.start, sent.end) == len(words)
    content = doc[5:25]  # "the convoy ... unless the road": tops inside, heads outside
    old_tops = [t for t in content if not content.start <= t.head.i < content.end or t.head == t]
    assert span_tops(content) == old_tops
    assert [t.text for t in span_tops(doc[:])] == ["said"]
    old_heads = []
    for top in (t for t in old_tops if t.pos_ in ("VERB", "AUX")):
        old_heads.append(top)
        old_heads += [c for c in top.conjuncts if c.pos_ in ("VERB", "AUX") and c.i < content.end]
    assert clause_heads(content) == old_heads


def test_a_reader_added_beside_the_filter_is_let_through(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "switched its transponder back on" (an AIS gap's end, movement_dark.back_on) came in
    with the prefilter: its verb's lemma must be among those the filter lets through."""
    doc = nlp("The tanker Velor switched its transponder back on near Port Ossin two days later.")
    taken = [t.lower_ for t in doc if is_trigger(t)]
    assert [t.lower_ for t in doc if reads_as_trigger(t)] == taken
    assert "switched" in taken
