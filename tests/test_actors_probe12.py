"""Claim sources and counts the twelfth probe got wrong: a speaker's home town taken for
his employer, a place taken for a person, a title read inside a hyphenated town, a
statement taken for its issuer, a country carried over from what was said, a mayor's
town the gazetteer spells otherwise, "the coast guard" after its full name, a territory's
government seated in the national capital, "20 or 30" and numbered unit names."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of
from claimmap.actors_table import load_actors
from claimmap.claims_quantities import quantities_in
from claimmap.documents import from_text
from claimmap.nlp import parse


def test_a_village_near_a_town_is_where_the_farmer_lives_not_his_employer() -> None:
    claims = placed_claims(
        '"They came over the hills at night," a herder from a village near Natitingou told Reuters.'
    )
    actor = actor_by(claims, "a herder from a village near Natitingou")
    assert actor.kind == "person"
    assert actor.name != "Natitingou" and actor.organisation is None
    assert seat_of(actor).place_name == "Natitingou"


def test_local_officials_in_a_town_are_not_an_organisation_named_after_it() -> None:
    claims = placed_claims("Local officials in Kilkis said the camp was full.")
    actor = actor_by(claims, "Local officials in Kilkis")
    assert actor.name != "Kilkis" and actor.kind != "organisation"


def test_a_named_farmer_from_near_a_town_is_seated_there() -> None:
    claims = placed_claims(
        '"Our house burned," said Ana Petrovic, 47, a farmer from a village near Hakha.'
    )
    actor = actor_by(claims, "Ana Petrovic, 47, a farmer from a village near Hakha")
    assert (actor.name, actor.organisation) == ("Ana Petrovic", None)
    assert seat_of(actor).place_name == "Hakha"


def test_a_prefecture_after_a_city_is_no_person() -> None:
    claims = placed_claims(
        "The boats left at noon, according to the 7th District Border Office in Kagoshima, "
        "Kagoshima Prefecture."
    )
    actor = actor_by(claims, "the 7th District Border Office in Kagoshima, Kagoshima Prefecture")
    assert actor.kind == "organisation"
    assert actor.country_code == "JP"


def test_a_lower_case_organ_noun_completes_the_ministry_s_name() -> None:
    claims = placed_claims(
        "ACCRA - The first 200 Ghanaian soldiers bound for a UN mission in Mali landed in "
        "Bamako on Tuesday, the Defence ministry said."
    )
    actor = actor_by(claims, "the Defence ministry")
    assert actor.name == "Defence ministry"
    assert actor.country_code == "GH"


def test_a_title_inside_a_hyphenated_town_is_no_title() -> None:
    claims = placed_claims(
        "In Port-au-Prince, the militia chief Ana Lafleur, a former customs officer who "
        "runs the Baz coalition, said her men would resist."
    )
    actor = next(c.actor for c in claims if c.actor is not None)
    assert actor.role != "prince"
    assert "prince" not in seat_of(actor).reason


def test_a_statement_from_a_body_is_the_body_s() -> None:
    claims = placed_claims(
        "Some 200 people were detained in Lima last week, according to a statement "
        "from the national police."
    )
    actor = actor_by(claims, "a statement from the national police")
    assert actor.name == "national police"


def test_a_country_in_what_was_said_before_is_not_the_office_s() -> None:
    claims = placed_claims(
        "The Treasury's Office of Sanctions Policy (OSP) listed nine firms, saying they had "
        "shipped parts to Iran. Deputy Treasury Secretary Ana Lowe said the networks "
        "mattered."
    )
    lowe = actor_by(claims, "Deputy Treasury Secretary Ana Lowe")
    assert lowe.country_code != "IR"
    assert seat_of(lowe).place_name != "Tehran"
    office = actor_by(claims, "The Treasury's Office of Sanctions Policy (OSP)")
    assert "(" not in office.name


def test_a_mayor_s_town_is_the_one_the_geoparser_resolved() -> None:
    claims = placed_claims('"We have no room left," Alexandroupolis mayor Ana Lee said.')
    actor = actor_by(claims, "Alexandroupolis mayor Ana Lee")
    assert actor.country_code == "GR"
    assert seat_of(actor).place_name == "Alexandroupoli"


def test_the_coast_guard_is_the_coast_guard_named_before() -> None:
    claims = placed_claims(
        "The Ruritanian Coast Guard said three boats entered its waters. The coast guard "
        "said the boats left at dusk."
    )
    first = actor_by(claims, "The Ruritanian Coast Guard")
    assert actor_by(claims, "The coast guard") == first


def test_a_territorial_government_sits_in_the_territory_s_seat() -> None:
    claims = placed_claims(
        "Thousands of people left Whitehorse for British Columbia after fires neared the "
        "capital of Yukon. The territorial government said 9,000 people had left "
        "Whitehorse by road."
    )
    actor = actor_by(claims, "The territorial government")
    assert actor.organisation == "Yukon"
    assert seat_of(actor).place_name == "Whitehorse"


def test_the_official_agency_is_the_agency_of_the_table() -> None:
    table = load_actors()
    assert table.find("official Xinhua News Agency") is not None
    assert table.find("the state-run Xinhua news agency") is not None
    for name in ("OFAC", "Office of Foreign Assets Control", "Japan Coast Guard", "RUSI"):
        assert table.find(name) is not None, name


def _counts(text: str) -> list[tuple[str, float, str, str | None]]:
    parsed = parse(from_text(text))
    return [
        (q.span.text, q.value, q.bound, q.unit)
        for q in quantities_in(parsed, text, 0, len(text), "x")
    ]


def test_twenty_or_thirty_is_one_rough_count() -> None:
    assert _counts("Perhaps 40 or 50 trucks crossed the border.") == [
        ("40 or 50", 45.0, "approx", "trucks")
    ]


def test_a_numbered_unit_name_counts_nothing() -> None:
    found = _counts(
        "Crews flew 800 people out on planes from 4 Wing Cold Lake and 3 Wing Bagotville."
    )
    assert found == [("800", 800.0, "exact", "people")]


def test_a_count_before_a_proper_name_and_its_noun_still_counts() -> None:
    found = _counts("Five China Coast Guard ships and 12 Border Force officers were there.")
    assert [(v, u) for _, v, _, u in found] == [(5.0, "ships"), (12.0, "officers")]


def test_the_report_s_author_wrote_the_report_not_a_statement_or_data() -> None:
    claims = placed_claims(
        "The Centre for Maritime Studies (CMS) said in the report that 300 ships were "
        "involved. Shipping data compiled by Lloyd's List showed exports doubled. "
        '"Nobody checks," Deputy Finance Minister Ana Lowe said in a statement. '
        "The report's lead author, Tom Reyes, said the trade would move to Oman."
    )
    author = actor_by(claims, "The report's lead author, Tom Reyes")
    assert author.organisation not in ("Ana Lowe", "Lloyd's List")


def test_a_named_farmer_from_near_a_town_keeps_no_place_of_his_clause() -> None:
    claims = placed_claims(
        '"We ran at night," said Ana Petrovic, a farmer from near Hakha, who reached '
        "Champhai on Monday with her sons."
    )
    actor = next(c.actor for c in claims if c.actor is not None)
    assert actor.name == "Ana Petrovic" and actor.organisation is None
    # where she reached is where she speaks from; "from near Hakha" is only her origin
    assert seat_of(actor).place_name == "Champhai"


def test_the_federal_government_is_not_the_territorial_one() -> None:
    claims = placed_claims(
        "Fires neared Whitehorse, the capital of Yukon. The territorial government said "
        "9,000 people had left Whitehorse. The federal government said it had sent planes."
    )
    federal = actor_by(claims, "The federal government")
    assert federal.organisation is None
    assert seat_of(federal).place_name == "Ottawa"


def test_provincial_officials_without_the_province_s_seat_stay_unplaced() -> None:
    claims = placed_claims(
        "Evacuees from Whitehorse reached British Columbia. The provincial government "
        "said shelters were full."
    )
    actor = actor_by(claims, "The provincial government")
    assert actor.organisation is None
