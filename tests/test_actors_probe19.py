"""Claim sources of the nineteenth probe: "the junta" is the military government met
before, a statement a newspaper carried is its issuer's, a medium that reviewed material
is no claimant, "the outlet" is the one named before, "she" may be an unnamed witness, a
Moscow-installed governor sits in the region he governs, and think tanks and NGOs named
after a common noun are the table's bodies."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of

_JUNTA = (
    "CHIANG RAI, Thailand (AP) — Myanmar's military government denied shelling the "
    "town. Its spokesman, General Aung Kyaw, told state-run television on Monday that "
    "troops were safe.\n\n"
    "The junta also accused the rebels of bringing guns in from Laos. According to a "
    "statement carried by the Myanma Alinn daily, rifles bought in Vientiane were "
    "trucked to Tachileik."
)


def test_the_junta_is_the_military_government_met_before_not_the_dateline_state() -> None:
    claims = placed_claims(_JUNTA)
    junta = actor_by(claims, "The junta")
    assert junta.country_code == "MM"
    assert seat_of(junta).place_name == "Nay Pyi Taw"


def test_a_statement_a_newspaper_carried_is_the_issuers_and_the_paper_the_outlet() -> None:
    claims = placed_claims(_JUNTA)
    claimant = "a statement carried by the Myanma Alinn daily"
    actor = actor_by(claims, claimant)
    assert actor.kind == "government"
    assert actor.country_code == "MM"
    assert "Alinn" not in actor.name
    claim = next(c for c in claims if c.claimant and c.claimant.text == claimant)
    assert claim.outlet is not None and "Myanma Alinn" in claim.outlet.text


def test_a_spokesman_after_a_states_army_is_of_that_state_not_the_issuer_before() -> None:
    claims = placed_claims(
        "CHIANG RAI, Thailand (AP) — Myanmar's military government denied shelling the "
        "town.\n\nAccording to a statement carried by the Myanma Alinn daily, rifles bought "
        "in Vientiane were trucked to Tachileik. Thailand's army rejected the claim. "
        '"No arms crossed our border," Third Army Region spokesman Colonel Prasert Wongsakul '
        "said on Thursday."
    )
    actor = actor_by(claims, "Third Army Region spokesman Colonel Prasert Wongsakul")
    assert actor.country_code == "TH"


def test_a_report_published_by_a_body_is_still_that_bodys() -> None:
    claims = placed_claims(
        "A report published by Human Rights Watch said 40 villages had been burned."
    )
    assert actor_by(claims, "A report published by Human Rights Watch").name == (
        "Human Rights Watch"
    )


def test_a_medium_that_reviewed_the_material_is_not_the_claimant() -> None:
    claims = placed_claims(
        "Ruritania has sent rockets to Borduria across the lake in recent weeks, according "
        "to three Western intelligence officials and customs records reviewed by Reuters."
    )
    actor = actor_by(
        claims, "three Western intelligence officials and customs records reviewed by Reuters"
    )
    assert "Reuters" not in actor.name
    assert "officials" in actor.name
    assert "records" not in actor.name
    assert seat_of(actor).place_name != "London"


def test_the_outlet_is_the_medium_named_before() -> None:
    claims = placed_claims(
        "The broadcaster Radio Kabul Today said on Monday that 300 families had crossed "
        "at the border, citing a local official. The outlet said some families had been "
        "split up."
    )
    actor = actor_by(claims, "The outlet")
    assert actor.name == "Radio Kabul Today"
    assert actor.kind == "outlet"


def test_she_is_the_unnamed_witness_just_quoted_not_a_woman_named_further_back() -> None:
    claims = placed_claims(
        "Irina Volkova, Borduria's commissioner for families, said that no children had "
        'been taken against their wishes. The trips were "ordinary holidays," she wrote on '
        "Telegram.\n\nA nurse from the town, who spoke on condition of anonymity for fear "
        "of reprisals, told Reuters that soldiers had guarded the school. She said four "
        "buses left the town at dawn."
    )
    assert actor_by(claims, "she").name == "Irina Volkova"
    assert actor_by(claims, "She").name == "nurse"


def test_she_is_still_the_woman_named_when_the_unnamed_person_is_further_back() -> None:
    claims = placed_claims(
        "A nurse who asked not to be named said soldiers guarded the school.\n\n"
        "Irina Volkova, Borduria's commissioner for families, denied it. The trips were "
        '"ordinary holidays," she wrote.\n\nThe ministry did not comment. Officials in the '
        "capital said buses were sent. She said all would return soon."
    )
    assert actor_by(claims, "She").name == "Irina Volkova"


def test_a_moscow_installed_governor_sits_in_the_region_he_governs() -> None:
    claims = placed_claims(
        "Ukraine said on Monday that Russian forces had moved 200 villagers from the "
        "occupied part of the Zaporizhzhia region to Crimea. Some were later taken on to "
        "the Rostov region, it said.\n\nYevgeny Balitsky, the Moscow-installed governor of "
        "the occupied part of the region, said the villagers had been evacuated for their "
        "safety."
    )
    actor = actor_by(
        claims, "Yevgeny Balitsky, the Moscow-installed governor of the occupied part of the region"
    )
    assert actor.organisation == "Zaporizhzhya Oblast"
    seat = seat_of(actor)
    assert seat.place_name == "Zaporizhzhya"
    assert seat.place_name != "Moscow"


def test_a_kremlin_appointed_mayor_named_with_his_city_sits_there() -> None:
    claims = placed_claims(
        "Oleg Marin, the Kremlin-appointed mayor of Melitopol, said on Tuesday that the "
        "schools had reopened."
    )
    actor = actor_by(claims, "Oleg Marin, the Kremlin-appointed mayor of Melitopol")
    assert seat_of(actor).place_name == "Melitopol"


def test_a_listed_ngo_after_a_common_noun_is_the_tables_body() -> None:
    claims = placed_claims(
        "The London-based group Global Witness said that 300 containers of rosewood left "
        "Mombasa in 2025."
    )
    actor = actor_by(claims, "The London-based group Global Witness")
    assert actor.name == "Global Witness"
    assert actor.kind == "organisation"
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("London", "city")


def test_the_washington_institute_is_seated_in_washington() -> None:
    claims = placed_claims(
        "Security analyst Dana Kiprop of the Washington Institute said the trade was growing."
    )
    actor = actor_by(claims, "Security analyst Dana Kiprop of the Washington Institute")
    assert actor.country_code == "US"
    assert seat_of(actor).place_name == "Washington"
