"""Claim sources and quantities of the tenth probe: "he" may be an unnamed broker, a
lawyer the model left unlabelled is a person, "X campaigner Y" is Y of X, a named
spokesperson is herself, "the junta's spokesman" is no other group's, a ministry
spokesman briefing in a capital is that state's, a denial is not the accuser's, "data
compiled by" is its compiler's, and "per cent", names with numbers and troops of a named
force are read."""

from __future__ import annotations

from helpers import text_of

from claimmap.actors import seat_of
from claimmap.claims import extract_claims
from claimmap.documents import from_text
from claimmap.model import Actor, Claim, Quantity
from claimmap.nlp import parse
from claimmap.places import extract_places


def _claims(text: str) -> list[Claim]:
    doc = from_text(text, doc_id="passage")
    parsed = parse(doc)
    places, _ = extract_places(doc, parsed)
    return extract_claims(doc, parsed, places)


def _actors(claims: list[Claim], claimant: str) -> list[Actor | None]:
    found = [c.actor for c in claims if text_of(c.claimant) == claimant]
    assert found, [(text_of(c.claimant), c.actor) for c in claims]
    return found


def _actor(claims: list[Claim], claimant: str) -> Actor:
    actor = _actors(claims, claimant)[0]
    assert actor is not None
    return actor


def _quantities(claims: list[Claim]) -> list[Quantity]:
    return [q for c in claims for q in c.quantities]


def test_he_is_the_unnamed_trader_just_quoted_not_the_spokesman_before() -> None:
    claims = _claims(
        "The army spokesman, Colonel Ibrahim Saleh, said the troops had seized 40 tonnes "
        "of gold. A gold trader in Kassala, who asked not to be named, said the bars were "
        'moved at night. "They go through Tessenei," he said.'
    )
    he = _actor(claims, "he")
    assert "trader" in he.name
    assert he.name != "Ibrahim Saleh"


def test_an_agent_noun_claimant_is_one_person_for_a_later_he() -> None:
    claims = _claims(
        "Minister Omar Haddad said the port was closed. A fuel smuggler in Tobruk said "
        'the tankers still sailed. "Nobody stops us," he said.'
    )
    assert "smuggler" in _actor(claims, "he").name


def test_a_campaigner_of_a_named_group_is_the_person_of_that_group() -> None:
    claims = _claims(
        '"The forests are emptied for export," said Forest Trust campaigner Lena Holmqvist. '
        "Forest Trust estimated that 9,000 logs crossed the border last year."
    )
    person = _actor(claims, "Forest Trust campaigner Lena Holmqvist")
    assert (person.name, person.kind, person.organisation) == (
        "Lena Holmqvist",
        "person",
        "Forest Trust",
    )
    group = _actor(claims, "Forest Trust")
    assert group.kind == "organisation"


def test_a_named_spokesperson_of_an_operation_is_that_person() -> None:
    claims = _claims(
        "The spokesperson of Operation Safe Corridor, Lt. Col. Musa Danjuma, told "
        "journalists in Kano that soldiers had stopped three trucks."
    )
    actor = _actor(claims, "The spokesperson of Operation Safe Corridor, Lt. Col. Musa Danjuma")
    assert actor.kind == "person"
    assert actor.name == "Musa Danjuma"


def test_the_juntas_spokesman_is_not_the_rebel_group_quoted_before() -> None:
    claims = _claims(
        "The Shan State Army has said it taxes the ruby trade. The junta's spokesman, "
        "Brigadier General Aung Kyaw, said that exports only take place legally."
    )
    actor = _actor(claims, "The junta's spokesman, Brigadier General Aung Kyaw")
    assert actor.name == "Aung Kyaw"
    assert actor.organisation != "Shan State Army"


def test_a_ministry_spokesman_briefing_in_a_capital_is_of_that_state() -> None:
    claims = _claims(
        "Greece's coast guard said on Monday that Turkey had sent patrol boats. "
        '"Turkey has sent no boats," Foreign Ministry spokesman Oncu Keceli told '
        "reporters in Ankara."
    )
    actor = _actor(claims, "Foreign Ministry spokesman Oncu Keceli")
    assert actor.country_code == "TR"
    assert seat_of(actor).place_name == "Ankara"


def test_a_minister_of_a_named_state_keeps_it_wherever_he_speaks() -> None:
    claims = _claims(
        "Greece's Foreign Minister Nikos Dendias told reporters in Ankara that talks failed."
    )
    assert _actor(claims, "Greece's Foreign Minister Nikos Dendias").country_code == "GR"


def test_the_group_denying_an_allegation_is_not_its_accuser() -> None:
    claims = _claims(
        "UN experts said the rebels were paid in gold. The Tigers Front earns $500,000 a "
        "month from the mines, the report said. The group has denied the allegation."
    )
    actor = _actors(claims, "The group")[0]
    assert actor is None or actor.name != "UN"
    assert actor is not None and "Tigers Front" in actor.name


def test_a_denial_with_no_accused_named_gets_no_accusers_actor() -> None:
    claims = _claims(
        "A panel of UN experts said the militia earns $200,000 a month from gold. "
        "The group has denied the allegation."
    )
    actors = _actors(claims, "The group")
    assert all(a is None or "UN" not in a.name for a in actors)


def test_data_compiled_by_a_researcher_are_the_researchers() -> None:
    claims = _claims(
        "At least 20 flights landed in Tobruk, according to data compiled by the "
        "independent analyst Piet Marsman, who follows Turkish air force traffic."
    )
    actor = _actor(
        claims,
        "data compiled by the independent analyst Piet Marsman, who follows Turkish air "
        "force traffic",
    )
    assert actor.name == "Piet Marsman"
    assert actor.country_code is None


def test_per_cent_is_a_percentage() -> None:
    claims = _claims("Arrivals fell 64 per cent this year, the agency said.")
    assert [(q.value, q.unit) for q in _quantities(claims)] == [(64.0, "percent")]


def test_troops_of_a_named_force_count_troops() -> None:
    claims = _claims(
        "Between 1,500 and 2,000 Uganda People's Defence Force troops crossed into Ituri, "
        "the experts wrote."
    )
    units = {q.unit for q in _quantities(claims)}
    assert units == {"troops"}


def test_a_capitalised_number_word_in_a_name_counts_nothing() -> None:
    claims = _claims("Officials said the traffickers moved east to Seven Rivers Junction.")
    assert _quantities(claims) == []


def test_the_data_later_are_still_the_compilers() -> None:
    claims = _claims(
        "At least 12 flights reached Kufra, according to data compiled by the researcher "
        "Jan Verhoef. The data also show three flights to Sebha."
    )
    assert "Jan Verhoef" in _actor(claims, "The data").name
