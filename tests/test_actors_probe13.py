"""Claim sources the thirteenth probe got wrong: a name inside the claimant's relative
clause taken for the claimant, a generic "Foreign Office" given the one country of the
actors table, "they", "he" and "its founder" sent to the wrong speaker, a camp taken for
a mother's employer, "the Geneva-based group" and "the panel" not linked to the body
named before, a regional government seated in the national capital, the place a
statement was sent "from", a senator "of" a state, and organisations typed as people."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_a_name_in_the_claimant_s_relative_clause_is_not_the_claimant() -> None:
    claims = placed_claims(
        "Ethiopia's army, which has been at war with the Oromo Liberation Army since 2019, "
        "said on Monday that it had retaken two towns."
    )
    actor = actor_by(
        claims, "Ethiopia's army, which has been at war with the Oromo Liberation Army since 2019"
    )
    assert "Oromo" not in actor.name
    assert actor.country_code == "ET"


def test_a_foreign_office_briefing_in_a_capital_is_that_state_s() -> None:
    claims = placed_claims(
        "At the weekly press briefing in New Delhi on Thursday, Foreign Office spokesperson "
        "Ravi Kumar said India had lodged a protest."
    )
    actor = actor_by(claims, "Foreign Office spokesperson Ravi Kumar")
    assert actor.country_code == "IN"
    assert seat_of(actor).place_name == "New Delhi"


def test_a_bare_foreign_office_takes_the_article_s_country() -> None:
    claims = placed_claims(
        "NEW DELHI: India's ties with Nepal are strained. The Foreign Office said the envoy "
        "had been summoned."
    )
    assert actor_by(claims, "The Foreign Office").country_code == "IN"


def test_a_foreign_office_with_no_other_clue_is_the_table_s() -> None:
    claims = placed_claims("The Foreign Office said the envoy had been summoned.")
    assert actor_by(claims, "The Foreign Office").country_code == "GB"


def test_they_after_residents_is_the_residents_not_a_body_quoted_before() -> None:
    claims = placed_claims(
        "The embassy rejected the report on Friday. Fishermen in Beira said by phone that "
        "boats kept leaving at night. Most of the catch, they said, was sold in Quelimane."
    )
    assert actor_by(claims, "they") == actor_by(claims, "Fishermen in Beira")


def test_he_opening_the_next_paragraph_goes_on_with_the_last_speaker() -> None:
    claims = placed_claims(
        'In Accra, army spokesman Kofi Mensah rejected the claims. "We do not allow this," he '
        "said on Saturday.\n\nAt a briefing in Abuja on Friday, Foreign Ministry spokesperson "
        'Musa Bello said Nigeria had evidence.\n\n"We have shared this evidence," he said.'
    )
    assert actor_by(claims, "he", nth=1).name == "Musa Bello"


def test_its_founder_works_for_the_group_quoted_just_before() -> None:
    claims = placed_claims(
        "Italy's interior ministry said 5,000 people had arrived in Lampedusa. The migrant "
        'rights group Mare Libero said the real toll was far higher. "We estimate that more '
        'died," its director Lucia Bianchi said.'
    )
    group = actor_by(claims, "The migrant rights group Mare Libero")
    assert (group.name, group.kind) == ("Mare Libero", "organisation")
    assert actor_by(claims, "its director Lucia Bianchi").organisation == "Mare Libero"


def test_a_mother_in_a_camp_is_a_person_not_the_camp() -> None:
    claims = placed_claims(
        "A displaced mother of four in Bardarash camp, who asked not to be named, said her "
        "family would return to Mosul next month."
    )
    actor = actor_by(
        claims, "A displaced mother of four in Bardarash camp, who asked not to be named"
    )
    assert actor.kind == "person" and actor.organisation is None
    assert "Bardarash" not in actor.name.split()[0]


def test_the_city_based_group_is_the_group_named_before_seated_there() -> None:
    claims = placed_claims(
        "Timber is smuggled out of the north, according to a report published on Monday by "
        "the Forest Trust Initiative (FTI). The Geneva-based group said its investigators "
        "had tracked 500 containers."
    )
    actor = actor_by(claims, "The Geneva-based group")
    assert actor.name == "Forest Trust Initiative"
    assert seat_of(actor).place_name == "Geneva"


def test_the_panel_is_the_author_of_the_panel_s_report() -> None:
    claims = placed_claims(
        "A confidential report by the UN panel of experts on Libya, seen by AFP, said that "
        "mercenaries had been seen near Sirte. The panel said the men had arrived by road."
    )
    assert (
        actor_by(claims, "The panel").name
        == actor_by(
            claims, "A confidential report by the UN panel of experts on Libya, seen by AFP"
        ).name
    )


def test_a_named_regional_government_sits_in_its_region_s_seat() -> None:
    claims = placed_claims(
        "The Tigray Regional Government (TRG) rejected the plan. The TRG said the troops had "
        "withdrawn. Ana Lee, director of the TRG's crisis office, said the camps were full."
    )
    for who in ("The TRG", "Ana Lee, director of the TRG's crisis office"):
        assert seat_of(actor_by(claims, who)).place_name == "Mek'ele"


def test_a_statement_sent_from_a_city_places_the_speaker_there() -> None:
    claims = placed_claims(
        "Chad's army spokesman General Ali Mahamat said in a televised statement from Abeche "
        "that the rebels had crossed the border."
    )
    seat = seat_of(actor_by(claims, "Chad's army spokesman General Ali Mahamat"))
    assert seat.place_name == "Abéché"


def test_a_senator_of_a_state_sits_in_the_state_at_region_precision() -> None:
    claims = placed_claims(
        "The balloon flew over missile sites, said Senator Ann Walker of Montana."
    )
    actor = actor_by(claims, "Senator Ann Walker of Montana")
    seat = seat_of(actor)
    assert actor.country_code == "US"
    assert (seat.place_name, seat.precision) == ("Helena", "admin1")


def test_a_body_named_in_apposition_to_its_service_is_no_person() -> None:
    claims = placed_claims(
        "Malta's sea rescue agency, Salvatore Borg, said on Monday that its crews had pulled "
        "40 survivors from the water."
    )
    actor = actor_by(claims, "Malta's sea rescue agency, Salvatore Borg")
    assert actor.kind == "organisation" and actor.country_code == "MT"


def test_a_name_spelled_out_by_an_acronym_is_one_organisation() -> None:
    claims = placed_claims(
        "Soldiers have begun leaving the towns of Nekemte and Gimbi, the Oromo People's "
        "Liberation Congress (OPLC) says. The OPLC said the soldiers left at night."
    )
    first = actor_by(claims, "the Oromo People's Liberation Congress (OPLC)")
    assert first.kind == "organisation"
    assert first.name == actor_by(claims, "The OPLC").name == "Oromo People's Liberation Congress"


def test_a_president_named_by_a_region_s_demonym_is_placed_in_the_region() -> None:
    claims = placed_claims(
        "Hundreds of migrants reached Sicily on Sunday. The Sicilian president, Marco Rossi, "
        "said the island could not cope alone."
    )
    actor = actor_by(claims, "The Sicilian president, Marco Rossi")
    assert actor.located == "Sicily"
    assert seat_of(actor).place_name != "Rome"
