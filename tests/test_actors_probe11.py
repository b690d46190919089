"""Claim sources and sums the eleventh probe got wrong: an office holder given the state
his sentence sent people to, a town read as a foreign capital's old name, a spokesperson
taken for her agency, names cut or taken from what qualifies a noun, seats the text
states, and sums written with their currency in one word."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of
from claimmap.claims_quantities import quantities_in
from claimmap.documents import from_text
from claimmap.nlp import parse


def test_a_governor_does_not_govern_the_state_people_were_sent_to() -> None:
    claims = placed_claims(
        "Florida has flown 2,000 migrants to Ohio, Boston and Seattle, Gov. Dan Marsh's "
        "office said Tuesday."
    )
    actor = actor_by(claims, "Gov. Dan Marsh's office")
    assert actor.organisation != "Ohio"
    assert seat_of(actor).place_name != "Columbus"


def test_a_city_s_officials_are_of_the_city_the_article_resolved() -> None:
    claims = placed_claims(
        "Marsh said Ohio may start sending buses to Batavia. Batavia "
        "officials said nobody had called them."
    )
    actor = actor_by(claims, "Batavia officials")
    assert actor.country_code == "US"
    assert seat_of(actor).place_name == "Batavia"


def test_a_spokesperson_after_an_agency_name_is_a_person_and_she_is_her() -> None:
    claims = placed_claims(
        "Mayor Ann Lee said the shelters were full. A Utah Division of Wildlife "
        "spokesperson, who asked not to be named because she was not cleared to speak, "
        "said trucks leave daily. Trucks from Ogden cross Idaho, she said."
    )
    actor = actor_by(claims, "she")
    assert actor.kind == "person"
    assert actor.organisation == "Utah Division of Wildlife"
    assert "Lee" not in actor.name


def test_the_group_is_no_police_force_quoted_before() -> None:
    claims = placed_claims(
        "Petrol came from Iran, police said. Timber from Borneo is shipped to Japan, the "
        "group said."
    )
    assert actor_by(claims, "the group").name != "police"


def test_a_name_qualifying_a_plural_noun_is_no_speaker() -> None:
    claims = placed_claims(
        '"These figures are false," said a leader of the Turbat truckers\' union.'
    )
    actor = actor_by(claims, "a leader of the Turbat truckers' union")
    assert actor.name != "Turbat"
    assert actor.kind == "person"


def test_a_statement_issued_in_a_city_seats_its_speaker_there() -> None:
    claims = placed_claims(
        "In a statement issued in Lae on Friday, chief executive Tom Kila said all logs "
        "were checked."
    )
    assert seat_of(actor_by(claims, "chief executive Tom Kila")).place_name == "Lae"


def test_a_town_the_model_took_for_an_organisation_before_mayor() -> None:
    claims = placed_claims("Netanya Mayor Dov Ben told reporters the beach was closed.")
    actor = actor_by(claims, "Netanya Mayor Dov Ben")
    assert (actor.organisation, actor.country_code) == ("Netanya", "IL")


def test_a_ministry_named_after_a_two_word_country() -> None:
    claims = placed_claims(
        "A spokesperson for the Solomon Islands Ministry of Fisheries said tuna stocks "
        "were falling."
    )
    actor = actor_by(claims, "A spokesperson for the Solomon Islands Ministry of Fisheries")
    assert actor.country_code == "SB"
    assert seat_of(actor).place_name == "Honiara"


def test_the_military_after_a_state_s_armed_forces_is_them() -> None:
    claims = placed_claims(
        "The Israel Defense Forces said a drone was shot down over Haifa. In a statement, "
        "the military said the drone came from Lebanon."
    )
    assert actor_by(claims, "the military").name == "Israel Defense Forces"


def test_the_united_nations_refugee_agency_is_unhcr() -> None:
    claims = placed_claims(
        "More than 4,000 people fled into Niger last week, according to the United "
        "Nations refugee agency."
    )
    actor = actor_by(claims, "the United Nations refugee agency")
    assert actor.name == "UNHCR"
    assert seat_of(actor).place_name == "Geneva"


def _sums(text: str) -> list[tuple[str, float | None, str | None]]:
    doc = from_text(text, doc_id="sums")
    found = quantities_in(parse(doc), text, 0, len(text), "sums")
    return [(q.span.text, q.value, q.unit) for q in found]


def test_sums_written_with_their_currency_in_one_word() -> None:
    found = _sums(
        "Officials in Pakistan said smugglers evaded taxes worth Rs8 billion, and that "
        "losses topped Rs150bn a year."
    )
    assert ("Rs8 billion", 8e9, "PKR") in found
    assert ("Rs150bn", 1.5e11, "PKR") in found
    assert not any(text == "billion" for text, _, _ in found)


def test_short_multipliers_after_a_currency_sign() -> None:
    found = _sums("The port lost $4bn and £2.5bn, and built a 300m wall.")
    assert ("$4bn", 4e9, "USD") in found
    assert ("£2.5bn", 2.5e9, "GBP") in found
    assert all(value != 3e8 for _, value, _ in found)  # a 300m wall is metres


def test_a_surname_s_office_is_the_person_met_before() -> None:
    claims = placed_claims(
        "Gov. Dan Marsh's office said buses left daily. In a statement, Marsh's office said "
        "buses had left Tulsa."
    )
    assert actor_by(claims, "Marsh's office").name == "Dan Marsh"


def test_a_governor_named_bare_governs_the_state_of_the_dateline() -> None:
    claims = placed_claims(
        "SACRAMENTO, California (AP) — Buses carried 300 migrants to Chicago and Denver, "
        "Gov. Ann Lee said Tuesday. Mayor Tom Kay said the city would help."
    )
    governor = actor_by(claims, "Gov. Ann Lee")
    assert (governor.organisation, governor.country_code) == ("California", "US")
    assert seat_of(governor).place_name == "Sacramento"
    assert seat_of(actor_by(claims, "Mayor Tom Kay")).place_name is None  # no mayor by dateline


def test_a_name_set_beside_a_role_is_a_person_though_taken_for_an_organisation() -> None:
    claims = placed_claims(
        "Medecins Sans Frontieres (MSF) said its clinics were full. An MSF field "
        "coordinator, Sophie Girard, said many patients had gunshot wounds."
    )
    actor = actor_by(claims, "An MSF field coordinator, Sophie Girard")
    assert (actor.kind, actor.organisation) == ("person", "MSF")
