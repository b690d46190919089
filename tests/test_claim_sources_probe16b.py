"""Claim sources the sixteenth probe left wrong (second round): where a claimant "lives",
is "based in the port city of X" or, as an envoy, spoke in the state he is posted to; a
"he" after a claim read with another claimant goes on with the last person quoted; a
title's own owner ("Tuareg military spokesman") is no body of another met before; a
body's own name after its description ("border agency Frontex"), its shortened name
("Central Command") and its last word ("the airline") are that body; "the ministry's
director" is not the director of a group quoted before."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_who_lives_in_exile_in_a_city_is_seated_there() -> None:
    claims = placed_claims(
        "Moldovan opposition leader Ion Rusu, who lives in exile in Riga, said the vote "
        "had been rigged."
    )
    actor = actor_by(claims, "Moldovan opposition leader Ion Rusu, who lives in exile in Riga")
    assert seat_of(actor).place_name == "Riga"


def test_a_singular_who_after_a_plural_goes_with_the_head() -> None:
    claims = placed_claims(
        "A cousin of one of the prisoners, who lives in Izmir and asked not to be named, "
        "told reporters that the family had heard nothing."
    )
    found = [c for c in claims if c.actor is not None]
    assert found
    assert seat_of(found[0].actor).place_name in ("Izmir", "İzmir")


def test_based_in_the_port_city_of_a_town_is_there() -> None:
    claims = placed_claims(
        "Somalia's regional administration, based in the southern port city of Kismayo, "
        "said it had closed the border."
    )
    found = [c for c in claims if c.actor is not None]
    assert found
    assert seat_of(found[0].actor).place_name == "Kismayo"


def test_who_is_based_hung_on_a_region_goes_with_the_person() -> None:
    claims = placed_claims(
        "The birds were bound for Dubai, said Maria Okafor, BirdLife's director for West "
        "Africa, who is based in Ibadan."
    )
    found = [c for c in claims if c.actor is not None and c.actor.kind == "person"]
    assert found
    assert seat_of(found[0].actor).place_name == "Ibadan"


def test_an_envoy_speaking_in_the_state_he_is_posted_to_is_seated_there() -> None:
    claims = placed_claims(
        "India's ambassador to Kenya, Ravi Nair, said at a reception in Mombasa that "
        "two warships would visit."
    )
    actor = actor_by(claims, "India's ambassador to Kenya, Ravi Nair")
    assert seat_of(actor).place_name == "Mombasa"


def test_a_title_owned_by_a_group_is_not_the_body_met_before() -> None:
    claims = placed_claims(
        "The French military said on Monday it had seized a truck carrying drone parts. "
        "Polisario military spokesman Ahmed Salem said in Tindouf that the group builds "
        "its own drones."
    )
    actor = actor_by(claims, "Polisario military spokesman Ahmed Salem")
    assert actor.organisation == "Polisario military"


def test_a_body_named_right_after_its_description_is_that_body() -> None:
    claims = placed_claims(
        "The European Union's border agency Frontex said it would send 50 officers to Lithuania."
    )
    actor = actor_by(claims, "The European Union's border agency Frontex")
    assert actor.name == "Frontex"
    assert seat_of(actor).place_name == "Warsaw"


def test_a_table_name_after_a_lower_case_head_is_that_body() -> None:
    claims = placed_claims("Danish container giant Maersk said on Monday it would pause sailings.")
    actor = actor_by(claims, "Danish container giant Maersk")
    assert seat_of(actor).place_name == "Copenhagen"


def test_a_shortened_name_is_the_body_quoted_before() -> None:
    claims = placed_claims(
        "The Nigerian Coastal Command said its boats sank two skiffs. Coastal Command said "
        "a search was under way."
    )
    first = actor_by(claims, "The Nigerian Coastal Command")
    assert actor_by(claims, "Coastal Command") == first


def test_the_airline_is_the_airline_named_before() -> None:
    claims = placed_claims(
        "Zambezi Airlines said it was working with the authorities in Lusaka. The airline "
        "said it had trained 300 pilots."
    )
    first = actor_by(claims, "Zambezi Airlines")
    assert actor_by(claims, "The airline") == first


def test_the_ministrys_director_is_not_a_groups_director_met_before() -> None:
    claims = placed_claims(
        '"This is a known route," said Maria Okafor, BirdLife\'s director for West Africa. '
        '"These parrots must come back," the ministry\'s director of wildlife said in '
        "Accra on Tuesday."
    )
    director = actor_by(claims, "the ministry's director of wildlife")
    assert director.name != "Maria Okafor"


def test_he_goes_on_with_the_last_person_quoted() -> None:
    claims = placed_claims(
        "Kenyan army spokesman Paul Njoroge told reporters in Nairobi that the border was "
        'calm. "Our troops will stay," he said.\n\n'
        "In Garowe, Puntland's finance minister Abdi Warsame said the deployment was "
        '"a provocation". "They are not welcome here," he told AFP by telephone.'
    )
    he = actor_by(claims, "he", nth=1)
    assert he.name == "Abdi Warsame"


def test_a_name_owning_an_organisation_lets_the_organisation_speak() -> None:
    claims = placed_claims(
        "Rebel commander Idris Kamau's Northern Liberation Front said it had taken the town."
    )
    actor = actor_by(claims, "Rebel commander Idris Kamau's Northern Liberation Front")
    assert actor.kind != "person"
    assert "Front" in actor.name


def test_its_ministry_is_of_the_country_the_sentence_before_is_about() -> None:
    claims = placed_claims(
        "Kenya, which has troops in Somalia, reacted angrily. Its interior ministry said "
        "on Tuesday that it would not stand by."
    )
    actor = actor_by(claims, "Its interior ministry")
    assert actor.country_code == "KE"


def test_the_n_year_old_is_the_person_named_before() -> None:
    claims = placed_claims(
        'Amina Farah walked from Garissa to Nairobi. "Our cattle died," the 41-year-old '
        "told the BBC."
    )
    assert actor_by(claims, "the 41-year-old").name == "Amina Farah"


def test_a_demonym_inside_a_navys_name_gives_its_country() -> None:
    claims = placed_claims("The Royal Australian Navy said its frigate had left Darwin.")
    actor = actor_by(claims, "The Royal Australian Navy")
    assert actor.country_code == "AU"
