"""The speed-ups keep every answer: per-parse caches (text, token texts, memoised scans),
the gazetteer's answer cache, and the fast scan for names written before unit words
checked against the plain regex it replaces. Sentences are invented, news-style."""

from __future__ import annotations

import random

import pytest

from claimmap.gazetteer import Gazetteer, default_gazetteer
from claimmap.nlp import doc_memo, doc_text, load_nlp, token_texts
from claimmap.places_extent import proper_runs
from claimmap.places_unit_names import names_before_units, names_from, regex_names, scanned_runs
from claimmap.places_vetoes import UNIT_TITLES

TEXT = (
    "MERVALE, Dornland (Wire) - Officials in Kestrel Province said on Tuesday that 40 "
    "families fled the Ashby-Corran border crossing toward the Lund district, while the "
    "Harrow County sheriff told reporters the A14 was closed.\n\n"
    "A spokesman for the state-run Talvo Agency said aid would reach Upper Brennock Parish."
)


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    return load_nlp()(TEXT)


def test_doc_text_is_the_text_and_kept(parsed) -> None:  # type: ignore[no-untyped-def]
    assert doc_text(parsed) == TEXT
    assert doc_text(parsed) is doc_text(parsed)  # joined once, not per call


def test_token_texts_match_tokens(parsed) -> None:  # type: ignore[no-untyped-def]
    words = token_texts(parsed)
    assert words == [t.text for t in parsed]
    assert "Ashby" in words and "A14" in words
    assert token_texts(load_nlp()("")) == []


def test_doc_memo_computes_once(parsed) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return 7

    assert doc_memo(parsed, "test_speed_memo", compute) == 7
    assert doc_memo(parsed, "test_speed_memo", compute) == 7
    assert calls == [1]


def test_proper_runs_kept_per_parse(parsed) -> None:  # type: ignore[no-untyped-def]
    first = proper_runs(parsed)
    assert proper_runs(parsed) is first
    assert all(run.text[:1].isupper() for run in first)


def test_lookup_cache_gives_equal_fresh_lists() -> None:
    gaz = default_gazetteer()
    first = gaz.lookup("Lyon", limit=3)
    first.clear()  # a caller's edit of its list must not reach the cache
    again = gaz.lookup("Lyon", limit=3)
    assert again and again[0].country_code == "FR"
    assert abs(again[0].lat - 45.76) < 0.1 and abs(again[0].lon - 4.84) < 0.1
    uncached = Gazetteer.open(gaz.path).lookup("Lyon", limit=3)
    assert again == uncached
    assert gaz.lookup("lyon", limit=1, fuzzy=False) == again[:1]  # another key, same entry


def test_country_and_demonym_cached_answers() -> None:
    gaz = default_gazetteer()
    chile = gaz.country(" cl ")
    assert chile is not None and chile.name == "Chile" and chile.country_code == "CL"
    assert gaz.country("CL") == chile
    assert gaz.country("QQ") is None and gaz.country("QQ") is None
    assert gaz.country_of_demonym("Peruvians") == "PE"
    assert gaz.country_of_demonym("Peruvian") == "PE"
    assert gaz.country_of_demonym("Zzyzxian") is None


def test_unit_names_found() -> None:
    text = "Fighting in Kestrel Province and the Lund district; Harrow County's sheriff."
    names = names_before_units(text, UNIT_TITLES)
    assert {"kestrel", "in kestrel", "lund", "the lund"} <= names
    assert "harrow" in names
    # a match runs from where the scan stood: "Fighting in Kestrel", not "Fighting" alone
    assert "fighting in kestrel" in names and "fighting" not in names


def test_unit_scan_after_a_unit_inside_a_word() -> None:
    text = "a District-based team, Lund Parish and Kestrel State"
    assert list(scanned_runs(text, UNIT_TITLES)) == list(regex_names(text, UNIT_TITLES))
    assert list(scanned_runs(text, UNIT_TITLES)) == ["a ", "-based team, Lund ", "and Kestrel "]


WORDS = [
    "Province", "province", "State", "states", "district", "District-based", "County,",
    "(Lund", "Dornland", "the", "in", "x", "KRAI", "Oblast.", "Statehood", "-State", "Parish",
    "“Upper", "Brennock", "governorate's",
]  # fmt: skip


def test_unit_scan_equals_the_regex_on_random_texts() -> None:
    rng = random.Random(20261127)
    seps = [" ", "  ", "\n", "\t", "", "\n\n"]
    for _ in range(3000):
        n = rng.randint(0, 16)
        text = "".join(rng.choice(WORDS) + rng.choice(seps) for _ in range(n))
        assert list(scanned_runs(text, UNIT_TITLES)) == list(regex_names(text, UNIT_TITLES)), text
        assert names_before_units(text, UNIT_TITLES) == names_from(text, UNIT_TITLES, regex_names)
