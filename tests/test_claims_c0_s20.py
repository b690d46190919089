"""Claims and seats left over from session 20's grading (task C0): refusals to give details
are non-answers, passives that hide their "is" name no speaker, a participle that goes on
from "told X" keeps X as its outlet, a negated agentless passive after a denial is no
denial, an outlet is the medium's name, "the newspaper"/"the agency" is the medium of that
kind named last, "re-" words stay whole, and seats of envoys, government spokesmen, posts
near a border and a body the table now knows.
"""

from __future__ import annotations

from helpers import analysed_claims, claim_by_cue, claims_of, only, seat_name, text_of

from claimmap.actors import seat_of
from claimmap.documents import from_text
from claimmap.nlp import parse

# --- non-answers --------------------------------------------------------------------------


def test_declining_to_give_details_is_a_non_answer() -> None:
    c = only(claims_of("The coast guard declined to give details."))
    assert (text_of(c.claimant), c.kind) == ("The coast guard", "non_answer")
    c = only(claims_of("The navy refused to provide further information about the crew."))
    assert c.kind == "non_answer"


def test_refusing_a_deed_or_a_thing_is_no_non_answer() -> None:
    c = only(claims_of("The army refused to release the prisoners."))
    assert c.kind == "report"


# --- passives with no speaker -------------------------------------------------------------


def test_stands_accused_names_the_accused_not_a_speaker() -> None:
    c = only(claims_of("Ramon Vidal stands accused of smuggling migrants to Lampedusa."))
    assert c.claimant is None and c.actor is None
    assert (c.content.text, c.modality) == ("of smuggling migrants to Lampedusa", "alleged")


def test_an_accuser_keeps_the_charge_the_parser_hung_on_it() -> None:
    c = only(claims_of("Tomas Varga was accused by inspectors of falsifying logbooks."))
    assert text_of(c.claimant) == "inspectors"
    assert (c.content.text, c.modality) == ("of falsifying logbooks", "alleged")


def test_headline_passives_of_telling_and_reporting_have_no_speaker() -> None:
    body = "\n\nThe harbour master said on Monday that 40 boats had left Nouakchott."
    told = claims_of("Fishermen Told To Leave Harbour In Dakhla" + body)
    assert [text_of(c.claimant) for c in told] == ["The harbour master"]
    explain = claims_of("Skipper Told To Explain Catch Records" + body)
    assert [text_of(c.claimant) for c in explain] == ["The harbour master"]
    missing = claims_of("Trawler Reported Missing Off Mauritania" + body)
    assert all(text_of(c.claimant) != "Trawler" for c in missing)
    assert [text_of(c.claimant) for c in missing if c.claimant] == ["The harbour master"]


# --- the outlet of a continued cue, and denials -------------------------------------------


def test_a_participle_after_told_keeps_the_listener_as_outlet() -> None:
    found = claims_of(
        '"We followed every rule," the shipowner told the Hurriyet daily, adding that the '
        "hold had been sealed in Izmir."
    )
    adding = claim_by_cue(found, "adding")
    assert text_of(adding.claimant) == "the shipowner"
    assert text_of(adding.outlet) == "Hurriyet"
    assert adding.content.text == "that the hold had been sealed in Izmir"


def test_a_negated_agentless_passive_after_a_denial_is_no_denial() -> None:
    found = claims_of(
        "Officials said the tanker had smuggled diesel from Benghazi. The shipping company "
        "rejected the accusation, saying its tanks had not been opened since Malta."
    )
    assert claim_by_cue(found, "rejected").modality == "denied"
    assert claim_by_cue(found, "saying").modality == "asserted"


def test_a_negated_charged_act_after_a_denial_is_still_a_denial() -> None:
    found = claims_of(
        "Officials said diesel had been loaded onto the tanker in Benghazi. The shipping "
        "company rejected the accusation, saying no diesel had been loaded in Benghazi."
    )
    assert claim_by_cue(found, "saying").modality == "denied"


# --- outlets are the medium's name --------------------------------------------------------


def test_an_outlet_phrase_gives_the_medium_its_name_alone() -> None:
    outlets = [
        text_of(c.outlet)
        for c in claims_of(
            "The convoy reached Kherson, a local official said, Ukraine’s Ukrinform news "
            "agency reported. The ferry left Alexandria, a port official told Egypt's Middle "
            "East News Agency. The drone fell near Tabriz, according to the Iranian news "
            "agency Tasnim."
        )
    ]
    assert outlets == ["Ukrinform", "Middle East News Agency", "Tasnim"]


def test_an_outlet_with_no_name_stays_whole() -> None:
    c = claim_by_cue(
        claims_of("The minister said on state television that the port was open."), "said"
    )
    assert text_of(c.outlet) == "state television"


# --- "the newspaper", "the agency" --------------------------------------------------------


def test_the_agency_is_the_last_news_agency_named_even_as_an_outlet() -> None:
    found = analysed_claims(
        "The barge sank near Izmail, Ukraine's Ukrinform news agency reported. The tug was "
        "seized off Varna, Bulgaria's BTA news agency reported, citing coast guard officers. "
        "The crew was taken to Burgas, the agency said."
    )
    said = claim_by_cue(found, "said")
    assert said.actor is not None and said.actor.name == "BTA"
    assert text_of(said.outlet) == "BTA"


def test_the_paper_later_is_the_newspaper_named_before() -> None:
    found = analysed_claims(
        "The Washington Post reported that the freighter had sailed from Durban to Mombasa. "
        "The ship was later seen off Dar es Salaam, the newspaper said.\n\n"
        "Cargo was unloaded in Zanzibar in March, the paper said."
    )
    post = claim_by_cue(found, "reported").actor
    assert post is not None and post.kind == "outlet"
    later = [c for c in found if text_of(c.cue) == "said"]
    assert [text_of(c.claimant) for c in later] == ["the newspaper", "the paper"]
    assert all(c.actor == post for c in later)
    assert [text_of(c.outlet) for c in later] == ["Washington Post"] * 2


# --- hyphenated words ---------------------------------------------------------------------


def test_a_re_word_is_one_token_and_keeps_the_content_whole() -> None:
    doc = from_text("The Times of Malta reported that the fuel had been re-exported to Tunisia.")
    assert "re-exported" in [t.text for t in parse(doc)]
    c = only(claims_of(doc.text))
    assert c.content.text == "that the fuel had been re-exported to Tunisia"


# --- seats --------------------------------------------------------------------------------


def test_an_ambassador_sits_in_the_capital_he_is_posted_to() -> None:
    found = analysed_claims(
        "Chile's ambassador to Egypt, Marta Rojas, said the grain had reached Alexandria."
    )
    c = only(found)
    assert c.actor is not None and c.actor.country_code == "CL"
    assert seat_name(c) == "Cairo"


def test_a_government_spokesman_speaks_for_the_state_of_the_story() -> None:
    found = analysed_claims(
        "OUAGADOUGOU — Burkinabe troops retook the town of Djibo on Tuesday. A government "
        "spokesman said that 30 militants had fled toward Niger."
    )
    c = claim_by_cue(found, "said")
    assert c.actor is not None and c.actor.country_code == "BF"
    assert seat_name(c) == "Ouagadougou"


def test_a_post_near_a_border_is_not_the_neighbours() -> None:
    found = analysed_claims(
        "N'DJAMENA — Thousands of refugees have reached eastern Chad this month.\n\n"
        '"We counted 900 people on Sunday," a customs officer at the Zarmaka border post '
        "near Sudan said."
    )
    c = claim_by_cue(found, "said")
    assert c.actor is not None and c.actor.country_code != "SD"
    assert seat_name(c) != "Khartoum"


def test_the_international_energy_agency_sits_in_paris() -> None:
    found = analysed_claims(
        "NEW DELHI — The International Energy Agency said on Thursday that India's fuel "
        "imports from Oman had doubled."
    )
    c = claim_by_cue(found, "said")
    assert c.actor is not None
    assert seat_of(c.actor).place_name == "Paris"
