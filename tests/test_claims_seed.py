"""Claims of the seed article, as a careful reader finds them (seeds/README in ../shared).

The expectations live here, never in src/: who claims what, through which outlet, when,
with which numbers, and where each source sits on the map.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimmap.actors import seat_of
from claimmap.claims import extract_claims
from claimmap.documents import load
from claimmap.model import Actor, Claim, Document
from claimmap.nlp import parse

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_970ebeb8bf9b266c.txt"


@pytest.fixture(scope="module")
def seed() -> Document:
    return load(SEED)


@pytest.fixture(scope="module")
def seed_claims(seed: Document) -> list[Claim]:
    return extract_claims(seed, parse(seed), [])


def by_content(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in c.content.text]
    assert len(found) == 1, [c.content.text for c in claims]
    return found[0]


def test_every_span_is_the_text_it_claims_to_be(seed: Document, seed_claims: list[Claim]) -> None:
    assert len(seed_claims) >= 6
    for c in seed_claims:
        for span in (c.content, c.claimant, c.cue, c.outlet, c.date_span, c.sentence):
            if span is not None:
                assert seed.text[span.start : span.end] == span.text
                assert span.doc_id == seed.id
        assert c.sentence is not None and c.sentence.contains(c.cue)  # type: ignore[arg-type]


def test_naryshkin_via_interfax_on_tuesday(seed_claims: list[Claim]) -> None:
    c = by_content(seed_claims, "were being transferred to the Nagorno-Karabakh conflict zone")
    assert c.claimant is not None and c.claimant.text.startswith("Sergey Naryshkin")
    assert c.actor == Actor(
        name="Sergey Naryshkin",
        kind="person",
        organisation="Russian Foreign Intelligence Service",
        country_code="RU",
        role="director",
    )
    assert c.outlet is not None and "Interfax" in c.outlet.text
    assert c.cue is not None and c.cue.text == "saying"
    assert (c.date, c.date_precision) == (date(2020, 10, 6), "day")
    assert c.date_span is not None and c.date_span.text == "Tuesday"
    (q,) = c.quantities
    assert (q.span.text, q.value, q.bound, q.unit) == ("thousands", 1000.0, "at_least", "militants")


def test_the_russian_official_is_naryshkin_again(seed_claims: list[Claim]) -> None:
    c = by_content(seed_claims, "the warring sides would return to the negotiating table")
    assert c.claimant is not None and c.claimant.text == "the Russian official"
    assert c.actor is not None and c.actor.name == "Sergey Naryshkin"


def test_first_warning_is_hedged(seed_claims: list[Claim]) -> None:
    c = by_content(seed_claims, "could become a launch pad for terrorists")
    assert c.claimant is not None and c.claimant.text == "A high-ranking Russian official"
    assert c.actor is not None and c.actor.name == "Sergey Naryshkin"  # named in the next one
    assert c.modality == "hedged"


def test_france_recently_claimed_300(seed_claims: list[Claim]) -> None:
    c = by_content(seed_claims, "300 terrorists")
    assert c.actor == Actor(name="France", kind="government", country_code="FR")
    assert c.modality == "alleged"
    assert c.date_span is not None and c.date_span.text == "recently"
    assert (c.date, c.date_precision) == (date(2020, 10, 6), "month")
    (q,) = c.quantities
    assert (q.value, q.bound, q.unit) == (300.0, "exact", "terrorists")
    assert c.content.text.endswith("through the Turkish city of Gaziantep")


def test_assad_via_sputnik(seed_claims: list[Claim]) -> None:
    blasted = by_content(seed_claims, "main instigator")
    transfer = by_content(seed_claims, "Ankara was transferring Takfiri militants")
    for c in (blasted, transfer):
        assert c.claimant is not None and c.claimant.text == "Syrian President Bashar al-Assad"
        assert c.actor is not None
        assert (c.actor.name, c.actor.kind, c.actor.country_code, c.actor.role) == (
            "Bashar al-Assad",
            "person",
            "SY",
            "president",
        )
        assert c.outlet is not None and c.outlet.text.endswith("Sputnik")
    assert transfer.modality == "hedged"  # "Damascus could confirm"


def test_sohr_last_saturday_at_least_64(seed_claims: list[Claim]) -> None:
    c = by_content(seed_claims, "had been killed in clashes")
    assert c.actor is not None and c.actor.name == "Syrian Observatory for Human Rights"
    assert (c.date, c.date_precision) == (date(2020, 10, 3), "day")
    assert c.date_span is not None and c.date_span.text == "last Saturday"
    assert c.modality == "asserted"
    (q,) = c.quantities
    assert (q.span.text, q.value, q.bound, q.unit) == ("at least 64", 64.0, "at_least", "militants")


def test_turkey_blamed_armenia(seed_claims: list[Claim]) -> None:
    c = by_content(seed_claims, "Armenia for the eruption of the conflict")
    assert c.actor == Actor(name="Turkey", kind="government", country_code="TR")
    assert c.modality == "alleged"


def test_background_sentences_hold_no_claim(seed_claims: list[Claim]) -> None:
    for words in (
        "Hundreds have been killed",
        "A ceasefire, agreed in 1994",
        "The fighting continues",
    ):
        assert not any(words in c.content.text for c in seed_claims)


@pytest.mark.parametrize(
    ("actor", "outlet", "seat", "precision"),
    [
        (Actor("N", "person", "Russian Foreign Intelligence Service"), False, "Moscow", "city"),
        (Actor("SVR", "organisation"), False, "Moscow", "city"),
        (Actor("Russia’s Interfax news agency", "outlet"), True, "Moscow", "city"),
        (Actor("Russia’s Sputnik", "outlet"), True, "Moscow", "city"),
        (Actor("France", "government", None, "FR"), False, "Paris", "city"),
        (Actor("Bashar al-Assad", "person", None, "SY", "president"), False, "Damascus", "city"),
        (Actor("Syrian presidency", "government", None, "SY"), False, "Damascus", "city"),
        (Actor("The so-called Observatory (SOHR)", "organisation"), False, "Coventry", "city"),
        (Actor("Turkey", "government", None, "TR"), False, "Ankara", "city"),
        (Actor("Press TV", "outlet"), True, "Tehran", "city"),
    ],
)  # fmt: skip
def test_seats_of_the_seed_sources(actor: Actor, outlet: bool, seat: str, precision: str) -> None:
    found = seat_of(actor, outlet=outlet)
    assert (found.place_name, found.precision) == (seat, precision)
    assert found.lat is not None and found.lon is not None
    assert found.source and found.reason


def test_seats_of_extracted_claims(seed: Document, seed_claims: list[Claim]) -> None:
    seats = {c.actor.name: seat_of(c.actor).place_name for c in seed_claims if c.actor}
    assert seats["Sergey Naryshkin"] == "Moscow"
    assert seats["France"] == "Paris"
    assert seats["Bashar al-Assad"] == "Damascus"
    assert seats["Syrian Observatory for Human Rights"] == "Coventry"
    assert seats["Turkey"] == "Ankara"
    assert seed.outlet is not None
    assert seat_of(Actor(seed.outlet, "outlet"), outlet=True).place_name == "Tehran"
