"""Claim sources the twentieth probe got wrong: a medium that reports "citing" a source
after its cue, a national medium's quoted official left without a country, a name that
follows a medium noun, a region's or a district's office, a diplomat or people reached
somewhere given that place's country, a village the gazetteer lacks replaced by the
capital of the story's other state, a named body merged into an earlier one, a title that
opens with an earlier body's last word, "a lawyer for the group", a diocese placed in the
capital, and a document "seen by" the article's own agency taken for a relaying outlet."""

from __future__ import annotations

from helpers import actor_by, placed_claims, text_of

from claimmap.actors import seat_of
from claimmap.model import Claim


def _claim(claims: list[Claim], claimant: str) -> Claim:
    found = [c for c in claims if text_of(c.claimant) == claimant]
    assert found, [(text_of(c.claimant), text_of(c.outlet)) for c in claims]
    return found[0]


# --- "X reported, citing Y, that ..." ---------------------------------------------------


def test_a_medium_citing_a_source_after_its_cue_is_the_outlet() -> None:
    claims = placed_claims(
        "NAIROBI (AP) - Gunmen crossed into northern Kenya from Somalia, officials said.\n\n"
        "The Daily Nation reported on Monday, citing a police commander in Mandera, that the "
        "attackers came from Bula Hawo."
    )
    claim = _claim(claims, "a police commander in Mandera")
    assert text_of(claim.outlet) == "The Daily Nation"
    assert claim.content.text == "that the attackers came from Bula Hawo"
    assert claim.actor is not None and claim.actor.country_code == "KE"
    assert seat_of(claim.actor).place_name == "Mandera"


def test_a_medium_citing_an_authored_report_passes_on_the_author() -> None:
    claims = placed_claims(
        "MOGADISHU (Reuters) - Drought has pushed thousands of families into camps.\n\n"
        "AFP reported last month, citing a World Bank report, that remittances to Somalia "
        "fell by a third."
    )
    claim = _claim(claims, "a World Bank report")
    assert text_of(claim.outlet) == "AFP"
    assert claim.actor is not None and claim.actor.name == "World Bank"
    assert not claim.content.text.startswith("citing")


def test_a_medium_citing_bare_figures_stays_the_claimant() -> None:
    claims = placed_claims(
        "MOGADISHU (Reuters) - Drought has pushed thousands of families into camps.\n\n"
        "The Daily Nation reported, citing official figures, that 40,000 people had fled."
    )
    claim = _claim(claims, "The Daily Nation")
    assert claim.outlet is None


# --- a medium's own name and country ----------------------------------------------------


def test_an_official_quoted_by_a_national_agency_is_of_its_country() -> None:
    """Since session 25 the claimant of "Y, quoted by X, said" is Y alone (the phrase
    with ", quoted by X" was the claimant before); X is the outlet, and Y still takes
    the national agency's country."""
    claims = placed_claims(
        "ACCRA (Reuters) - Floods hit northern Ghana and Togo this week.\n\n"
        "The Ghanaian news agency GNA quoted a district official as saying that 40 homes "
        "had collapsed.\n\n"
        "A health ministry official, quoted by the Ghana News Agency, said cholera cases "
        "were rising."
    )
    quoted = _claim(claims, "a district official")
    assert text_of(quoted.outlet) == "GNA"  # the medium's name (C0)
    assert quoted.actor is not None and quoted.actor.country_code == "GH"
    by = actor_by(claims, "A health ministry official")
    assert by.country_code == "GH"
    assert text_of(_claim(claims, "A health ministry official").outlet) == "the Ghana News Agency"


def test_a_source_quoted_by_a_wire_service_gets_no_country_from_it() -> None:
    claims = placed_claims(
        "ACCRA (AP) - Floods hit northern Ghana this week.\n\n"
        "Reuters quoted an official as saying that roads were closed."
    )
    assert actor_by(claims, "an official").country_code is None


def test_a_news_site_named_after_a_region_word_is_the_outlet() -> None:
    claims = placed_claims(
        "BISHKEK (Reuters) - Hundreds of migrants were sent home from Russia.\n\n"
        "A returning worker told the Uzbek news site Asia-Today that guards had beaten him."
    )
    claim = _claim(claims, "A returning worker")
    assert text_of(claim.outlet) == "Asia-Today"  # the medium's name (C0)


# --- offices of divisions, and where people only are ------------------------------------


def test_a_state_government_spokesman_is_of_the_states_country() -> None:
    claims = placed_claims(
        "ABUJA (Reuters) - Bandits attacked villages in northwest Nigeria, officials said.\n\n"
        "A Zamfara State government spokesman, Yusuf Idris, said 40 people had been abducted."
    )
    actor = actor_by(claims, "A Zamfara State government spokesman, Yusuf Idris")
    assert actor.country_code == "NG"
    assert actor.located == "Zamfara"


def test_a_district_officer_is_of_the_districts_country() -> None:
    claims = placed_claims(
        "SRINAGAR (Reuters) - Militants attacked a border post.\n\n"
        "According to the deputy commissioner of Kupwara district, Rajesh Kumar, the road "
        "was closed."
    )
    actor = actor_by(claims, "the deputy commissioner of Kupwara district, Rajesh Kumar")
    assert actor.country_code == "IN"


def test_a_diplomat_in_a_capital_is_seated_there_but_not_of_it() -> None:
    claims = placed_claims(
        "KAMPALA (Reuters) - Floods hit Uganda.\n\n"
        "A European diplomat in Kampala said the deal had been signed in secret.\n\n"
        "A French diplomat in Kampala said aid would arrive.\n\n"
        "An official in Kampala said 30 people had died."
    )
    western = actor_by(claims, "A European diplomat in Kampala")
    assert western.country_code is None
    assert seat_of(western).place_name == "Kampala"
    assert actor_by(claims, "A French diplomat in Kampala").country_code == "FR"
    assert actor_by(claims, "An official in Kampala").country_code == "UG"


def test_people_reached_somewhere_are_seated_there_without_its_country() -> None:
    claims = placed_claims(
        "KAMPALA (Reuters) - Dozens of Sudanese refugees were flown from Cairo to Kampala.\n\n"
        "Three of the refugees reached by phone in Kampala on Tuesday said they had not "
        "been told where they would live."
    )
    actor = actor_by(claims, "Three of the refugees reached by phone in Kampala on Tuesday")
    assert actor.country_code is None
    assert seat_of(actor).place_name == "Kampala"


def test_a_village_the_gazetteer_lacks_takes_no_other_states_capital() -> None:
    claims = placed_claims(
        "AIZAWL, Mizoram (Reuters) - More than 2,000 people fled fighting in Myanmar's "
        "Sagaing region and crossed into India's Manipur state.\n\n"
        "Myanmar's military government denied targeting civilians.\n\n"
        "A village council president in Khampatlung, who asked not to be named, said some "
        "of the refugees may have been wounded."
    )
    actor = actor_by(
        claims, "A village council president in Khampatlung, who asked not to be named"
    )
    assert actor.country_code is None
    assert seat_of(actor).precision == "unplaced"


# --- bodies named before ----------------------------------------------------------------


def test_a_named_observatory_is_not_an_earlier_body() -> None:
    claims = placed_claims(
        "TRIPOLI, Libya (AA) - At least 30 migrants drowned off Libya on Monday.\n\n"
        "Libya's coast guard said 50 survivors had been taken to Tripoli.\n\n"
        "The Tripoli-based Sahel Migrants Observatory said in a report on Sunday that "
        "guards may have killed dozens of migrants since June."
    )
    actor = actor_by(claims, "The Tripoli-based Sahel Migrants Observatory")
    assert actor.name == "Sahel Migrants Observatory"
    assert actor.kind == "organisation"
    assert seat_of(actor).place_name == "Tripoli"


def test_a_title_opening_with_an_earlier_bodys_word_works_for_it() -> None:
    claims = placed_claims(
        "SANTIAGO (Reuters) - Chile's Maritime Authority said on Monday that 20 foreign "
        "trawlers had entered its waters.\n\n"
        '"They turned off their radios as they crossed," said Authority Captain Rodrigo '
        'Vidal. "We followed them for hours."\n\n'
        "Peru's interior ministry rejected the reports. A ministry official said border "
        "forces had acted lawfully."
    )
    captain = actor_by(claims, "Authority Captain Rodrigo Vidal")
    assert (captain.organisation, captain.country_code) == ("Maritime Authority", "CL")
    official = actor_by(claims, "A ministry official")
    assert (official.organisation, official.country_code) == ("interior ministry", "PE")


def test_a_lawyer_for_the_group_works_for_the_group_named_before() -> None:
    claims = placed_claims(
        "MOMBASA (Reuters) - Police detained 40 migrants at the port in Mombasa, according "
        "to the Kenyan rights group Haki Africa.\n\n"
        '"They were held without water for two days," said Amina Yusuf, a lawyer for the '
        'group. "Nobody told them why."'
    )
    actor = actor_by(claims, "Amina Yusuf, a lawyer for the group")
    assert (actor.organisation, actor.country_code) == ("Haki Africa", "KE")


def test_a_lawyer_for_the_government_is_left_to_the_state_readers() -> None:
    claims = placed_claims(
        "MOMBASA (Reuters) - Police detained 40 migrants at the port, according to the "
        "Kenyan rights group Haki Africa.\n\n"
        "Ali Hassan, a lawyer for the government, said the detentions were lawful."
    )
    assert actor_by(claims, "Ali Hassan, a lawyer for the government").organisation != (
        "Haki Africa"
    )


def test_a_diocese_sits_in_its_see_not_in_the_capital() -> None:
    claims = placed_claims(
        "SKOPJE (Reuters) - Police raided a monastery in western North Macedonia.\n\n"
        "The Catholic Diocese of Gulu said its schools would stay closed.\n\n"
        "The Orthodox Diocese of Xyzgrad said the monks knew nothing."
    )
    assert seat_of(actor_by(claims, "The Catholic Diocese of Gulu")).place_name == "Gulu"
    unknown = seat_of(actor_by(claims, "The Orthodox Diocese of Xyzgrad"))
    assert unknown.precision == "unplaced"


def test_a_document_seen_by_the_articles_own_agency_has_no_outlet() -> None:
    claims = placed_claims(
        "Zambia says copper was smuggled through Chililabombwe\nReuters, 2026-10-02\n\n"
        "NDOLA, Zambia (Reuters) - At least 20 trucks left Kitwe without permits last "
        "month, according to a mines ministry report seen by Reuters.\n\n"
        "The trucks crossed at Kasumbalesa, according to a customs memo seen by Bloomberg."
    )
    assert _claim(claims, "a mines ministry report seen by Reuters").outlet is None
    assert text_of(_claim(claims, "a customs memo seen by Bloomberg").outlet) == "Bloomberg"


# --- bare officials speaking of their state's acts -----------------------------------------


def test_bare_officials_are_of_the_state_whose_organs_their_claim_names() -> None:
    claims = placed_claims(
        "LIMA (Reuters) - Peruvian authorities put at least 200 migrants on buses at the "
        "Desaguadero crossing on Tuesday and sent them south, officials said.\n\n"
        "Migrants crossed near Puno last week, officials said."
    )
    assert actor_by(claims, "officials").country_code == "PE"
    assert actor_by(claims, "officials", 1).country_code is None
