"""Claim sources and quantities of the ninth probe: a "-based" body is not the earlier
actor of another country, a lawyer speaks for himself, a committee is no spy agency, a
scholar's field is not his country, one actor keeps one country and seat in an article,
and South Asian multipliers, verbs of exceeding and prefixed dollars are read."""

from __future__ import annotations

from helpers import actor_by, claims_of, placed_claims

from claimmap.actors import seat_of
from claimmap.model import Claim, Quantity


def _quantities(claims: list[Claim]) -> list[Quantity]:
    return [q for c in claims for q in c.quantities]


def test_a_based_government_is_not_the_officials_of_another_country_quoted_before() -> None:
    claims = placed_claims(
        "Italian officials said the boats had left Misrata. The western-based "
        "administration rejected that. Ali Mansour, interior minister of the "
        "Tripoli-based government, said its patrols had stopped 900 migrants."
    )
    body = actor_by(claims, "The western-based administration")
    assert body.country_code == "LY"
    assert body.name != "Italian officials"
    minister = actor_by(claims, "Ali Mansour, interior minister of the Tripoli-based government")
    assert minister.country_code == "LY"
    assert minister.organisation != "Italian officials"
    assert seat_of(minister).place_name == "Tripoli"


def test_a_based_body_of_the_same_country_still_refers_back() -> None:
    claims = placed_claims(
        "The Kenya Wildlife Service said two rhinos were poached near Nakuru. "
        "The Nairobi-based agency said rangers had arrested three men."
    )
    assert actor_by(claims, "The Nairobi-based agency").country_code == "KE"


def test_a_lawyer_named_in_apposition_speaks_not_his_client() -> None:
    claims = claims_of(
        "Moreau's lawyer, Claire Dubois, said her client denies knowing what was in the crates."
    )
    actor = actor_by(claims, "Moreau's lawyer, Claire Dubois")
    assert actor.name == "Claire Dubois"


def test_an_unnamed_lawyer_speaks_not_his_client() -> None:
    claims = claims_of("Moreau's lawyer said the charges would be contested.")
    assert actor_by(claims, "Moreau's lawyer").name != "Moreau"


def test_a_committee_member_does_not_work_for_the_agency_quoted_before() -> None:
    claims = claims_of(
        "Japan's spy agency said hundreds of workers had left. The Public Security "
        "Intelligence Agency (PSIA) told lawmakers that 900 workers had gone, according to "
        "Ken Sato, a member of the parliamentary security committee."
    )
    actor = actor_by(claims, "Ken Sato, a member of the parliamentary security committee")
    assert actor.organisation is None or "Agency" not in actor.organisation


def test_a_professor_of_a_countrys_studies_is_not_of_that_country() -> None:
    claims = placed_claims(
        "Analysts say the trade pays well. Kim Dae-ho, a professor of Chinese studies at "
        "Kyungnam University in Seoul, said each worker is paid about 700 dollars."
    )
    actor = actor_by(
        claims, "Kim Dae-ho, a professor of Chinese studies at Kyungnam University in Seoul"
    )
    assert actor.country_code != "CN"


def test_a_surname_the_model_takes_for_a_noun_is_the_person_named_before() -> None:
    claims = claims_of(
        "Ukraine's children's ombudsman Olha Petrenko said 30 children were taken. "
        "Petrenko said the children were moved by train."
    )
    first = actor_by(claims, "Ukraine's children's ombudsman Olha Petrenko")
    assert actor_by(claims, "Petrenko") == first


def test_the_navy_is_the_navy_named_before() -> None:
    claims = claims_of(
        "Peru's navy, the Marina de Guerra del Peru, said it seized two containers. "
        "The cargo was bound for Lima, the navy said."
    )
    first = actor_by(claims, "Peru's navy, the Marina de Guerra del Peru")
    later = actor_by(claims, "the navy")
    assert later.name == first.name
    assert later.country_code == "PE"


def test_a_demonym_opening_an_organisations_name_gives_its_country() -> None:
    claims = claims_of("Fifty trucks crossed on Monday, the Jordanian Red Crescent said.")
    assert actor_by(claims, "the Jordanian Red Crescent").country_code == "JO"


def test_one_speaker_keeps_one_seat_in_an_article() -> None:
    claims = placed_claims(
        "Health ministry spokeswoman Ana Petrosyan said 300 people were treated. "
        "Petrosyan told reporters in Gyumri that 40 needed surgery."
    )
    first = actor_by(claims, "Health ministry spokeswoman Ana Petrosyan")
    later = actor_by(claims, "Petrosyan")
    assert seat_of(first).place_name == seat_of(later).place_name


def test_an_attorneys_office_keeps_its_whole_name_and_its_state() -> None:
    claims = placed_claims(
        "Agents found 12 rifles in a container, according to the U.S. Attorney's Office "
        "for the Northern District of Texas."
    )
    actor = actor_by(claims, "the U.S. Attorney's Office for the Northern District of Texas")
    assert actor.name.startswith("U.S. Attorney")
    assert actor.name.endswith("District of Texas")
    assert seat_of(actor).place_name != "Washington"


def test_crore_and_lakh_multiply() -> None:
    claims = claims_of(
        "Police said a tusk could sell for up to ₹2 crore and that Rs 4 lakh was seized."
    )
    found = {(q.value, q.bound, q.unit) for q in _quantities(claims)}
    assert (20_000_000.0, "at_most", "INR") in found
    assert (400_000.0, "exact", "INR") in found


def test_a_count_to_exceed_is_at_least() -> None:
    claims = claims_of("Officials said they expect the number of arrivals to exceed 50,000.")
    (q,) = _quantities(claims)
    assert (q.value, q.bound) == (50_000.0, "at_least")


def test_a_bare_count_after_a_ratio_counts_the_people_before() -> None:
    claims = claims_of(
        "The ministry said 9,412 Nepalis entered in 2023, five times more than a year "
        "earlier, including nearly 6,000 on work visas."
    )
    units = {q.value: q.unit for q in _quantities(claims)}
    assert units[6000.0] != "times"


def test_prefixed_dollars_are_dollars() -> None:
    claims = claims_of("Lim said each driver earns about US$650 a month.")
    (q,) = _quantities(claims)
    assert (q.value, q.bound, q.unit) == (650.0, "approx", "USD")


def test_a_chemical_name_is_no_count() -> None:
    claims = claims_of("The customs agency said it seized 2 tons of chemicals, including 4-AP.")
    assert [q.value for q in _quantities(claims)] == [2.0]


def test_the_panel_is_the_body_whose_panel_spoke_before() -> None:
    claims = claims_of(
        "A United Nations panel of experts said most of the rifles were bought abroad. "
        "The panel said the gangs control half of the capital."
    )
    assert (
        actor_by(claims, "The panel").name
        == actor_by(claims, "A United Nations panel of experts").name
    )


def test_a_name_states_share_is_of_the_state_the_article_names() -> None:
    claims = claims_of(
        "South Korea's spy agency said 300 workers had crossed. Later, the NIS said "
        "that 200 more had been sent."
    )
    actor = actor_by(claims, "the NIS")
    assert actor.country_code == "KR"
    assert seat_of(actor).place_name == "Seoul"


def test_the_post_of_whose_relative_speaks_is_not_his() -> None:
    claims = claims_of("The governor's brother, Omar Haddad, said the family had fled.")
    actor = actor_by(claims, "The governor's brother, Omar Haddad")
    assert actor.name == "Omar Haddad"
    assert actor.role != "governor"


def test_a_demonym_the_model_hangs_as_an_adjective_on_a_ministry_gives_its_country() -> None:
    claims = claims_of("Turkish Ministry of Interior data shows that 4,000 people crossed.")
    actor = actor_by(claims, "Turkish Ministry of Interior data")
    assert (actor.name, actor.country_code) == ("Turkish Ministry of Interior", "TR")
