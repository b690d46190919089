"""Claims after probe 25a: a house name written in lowercase ("dpa") in the header and after
"told"; "X said Y, the state news agency Z reported" is X's claim through Z; a name
described as a person ("Oksana, a nurse from X", "the minister, Jean-Baptiste Y") is a
person whom a later "she"/"he" means; a wish about one's own name is no claim; "gave no
details about X" holds no view; "thirty-two" is one count; the "one" of '"A," said one
member of the panel. "B."' is no figure; "Ombudsman X" holds the office quoted before; a
UN body named by the country it studies is the UN's; "the company" is the business the
sentence before named."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import claims_of as claims_in
from helpers import text_of

from claimmap import analyze, from_text
from claimmap.actors import seat_of
from claimmap.document_header import read_header
from claimmap.model import Claim

PUBLISHED = datetime(2026, 6, 10, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe25a")


def analysed(text: str) -> list[Claim]:
    return analyze(from_text(text, doc_id="probe25a-full", published=PUBLISHED)).claims


def by_cue(found: list[Claim], cue: str, nth: int = 0) -> Claim:
    return [c for c in found if text_of(c.cue) == cue][nth]


# --- the header and the outlet of a lowercase house name ----------------------------------


@pytest.mark.parametrize("house", ["dpa", "afp", "bne"])
def test_a_lowercase_house_name_on_the_date_line_is_the_outlet(house: str) -> None:
    h = read_header(f"Storm closes the harbour\n{house}, 2026-03-04\nHAMBURG ({house}) — The port")
    assert h.title == "Storm closes the harbour"
    assert h.outlet == house
    assert h.published == datetime(2026, 3, 4)


def test_a_date_lead_in_lowercase_is_no_outlet() -> None:
    assert read_header("Storm closes the harbour\nupdated, 2026-03-04\nThe port").outlet is None


def test_a_lowercase_header_dates_the_claims_of_the_story() -> None:
    doc = from_text(
        "Storm closes the harbour\ndpa, 2026-03-04\nHAMBURG (dpa) — The harbour was closed "
        "on Tuesday, one of the pilots said on Wednesday.\n",
        doc_id="probe25a-header",
    )
    assert doc.published is not None and doc.published.date() == date(2026, 3, 4)
    found = analyze(doc).claims
    assert by_cue(found, "said").date == date(2026, 3, 4)


def test_told_a_lowercase_agency_is_the_outlet() -> None:
    found = claims_of("The harbour was closed on Tuesday, one of the pilots told dpa.")
    assert text_of(by_cue(found, "told").outlet) == "dpa"


def test_told_a_lowercase_common_noun_is_no_outlet() -> None:
    found = claims_of("The harbour was closed on Tuesday, one of the pilots told police.")
    assert by_cue(found, "told").outlet is None


# --- "X said Y, the state news agency Z reported" --------------------------------------------


def test_a_speaker_relayed_by_a_closing_news_agency_keeps_the_claim() -> None:
    found = claims_of(
        "Chile's interior minister said last week that more than 400 migrants had crossed "
        "from Bolivia at Colchane this year, the state news agency Xinhua reported."
    )
    said = by_cue(found, "said")
    assert text_of(said.claimant) == "Chile's interior minister"
    assert text_of(said.outlet) == "Xinhua"  # the medium's name (C0)
    assert text_of(said.content) == (
        "that more than 400 migrants had crossed from Bolivia at Colchane this year"
    )
    assert said.date_precision == "week"
    assert not [c for c in found if text_of(c.cue) == "reported"]


def test_an_agency_hung_on_the_clause_still_relays_the_speaker() -> None:
    found = claims_of(
        "Brazil's presidential commissioner for indigenous rights said last week that more "
        'than 700 families from "the northern reserves" had moved to camps in Roraima and '
        "Amazonas state this year, the state news agency Agencia Brasil reported."
    )
    assert len(found) == 1
    said = found[0]
    assert text_of(said.cue) == "said"
    assert text_of(said.claimant) == "Brazil's presidential commissioner for indigenous rights"
    assert text_of(said.outlet) == "Agencia Brasil"  # the medium's name (C0)
    assert "Agencia Brasil" not in text_of(said.content)


# --- people described as people ----------------------------------------------------------------


def test_a_name_described_as_a_nurse_is_a_person_whom_she_means() -> None:
    found = analysed(
        "Peru's interior commissioner said the camps were voluntary. \"Nobody was forced to "
        'go," he said.\n\nOksana, a nurse from Puno who asked that her surname not be '
        'published, said her daughter was taken from school last month. "They told us it '
        'was a short trip. She has been gone for six weeks now," she said.'
    )
    nurse = found[2]
    assert nurse.actor is not None and nurse.actor.name == "Oksana"
    assert nurse.actor.kind == "person"
    she = by_cue(found, "said", 3)
    assert text_of(she.claimant) == "she"
    assert she.actor is not None and she.actor.name == "Oksana"
    assert seat_of(she.actor).place_name == "Puno"


def test_an_age_description_makes_a_person_from_a_town() -> None:
    found = analysed(
        "Ibrahim Sow, a 22-year-old from Bamako, said he had travelled by truck from Gao to "
        'Tamanrasset in May. "We waited two weeks in a yard. Then the drivers put '
        'thirty-two of us on a lorry," he told The Associated Press.'
    )
    told = by_cue(found, "told")
    assert told.actor is not None and told.actor.name == "Ibrahim Sow"
    assert told.actor.organisation is None
    assert seat_of(told.actor).place_name == "Bamako"
    assert [(q.span.text, q.value) for q in told.quantities] == [
        ("two", 2.0),
        ("thirty-two", 32.0),
    ]


def test_a_hyphenated_name_after_a_title_is_one_person_with_one_name() -> None:
    found = analysed(
        "Bolivia's mines minister, Jean-Baptiste Mamani, told reporters in La Paz last week "
        "that the country was losing millions. He said armed groups were taxing miners."
    )
    told, said = by_cue(found, "told"), by_cue(found, "said")
    assert told.actor is not None and said.actor is not None
    assert told.actor.kind == "person"
    assert told.actor.name == said.actor.name == "Jean-Baptiste Mamani"
    assert said.actor.country_code == "BO"


def test_a_titled_name_holds_the_office_quoted_before() -> None:
    found = analysed(
        "Moldova's human rights ombudsman said on Monday that 30 children had been moved.\n\n"
        "Ombudsman Petru Rusu said the children were taken in April."
    )
    named = found[1]
    assert named.actor is not None and named.actor.name == "Petru Rusu"
    assert named.actor.country_code == "MD"
    assert seat_of(named.actor).place_name == "Chisinau"


# --- no claims ----------------------------------------------------------------------------------


def test_a_wish_to_stay_unnamed_is_no_claim() -> None:
    found = claims_of(
        "A woman from Gao, who did not want her name published, said the drivers had charged "
        "each passenger 300 dollars."
    )
    assert [text_of(c.cue) for c in found] == ["said"]
    assert text_of(found[0].claimant) == "A woman from Gao, who did not want her name published"


def test_a_wish_about_something_else_stays_a_claim() -> None:
    found = claims_of("Residents want their names added to the voter list.")
    assert [text_of(c.cue) for c in found] == ["want"]


def test_no_details_about_a_topic_is_no_stance() -> None:
    found = claims_of(
        "The port authority said traffic had risen by about 30 percent, but it gave no "
        "details about the goods."
    )
    assert [text_of(c.cue) for c in found] == ["said"]


# --- figures of an interrupted quotation ---------------------------------------------------


def test_the_one_of_one_member_is_no_figure_of_the_quotation() -> None:
    found = claims_of(
        '"Almost none of this timber is declared," said one member of the panel, who spoke '
        'on condition of anonymity. "About 40 trucks leave Ucayali every week."'
    )
    said = by_cue(found, "said")
    assert [(q.span.text, q.value) for q in said.quantities] == [("About 40", 40.0)]


# --- bodies ---------------------------------------------------------------------------------


def test_a_un_panel_on_a_country_is_the_uns() -> None:
    found = analysed(
        "According to the UN Panel of Experts on Libya, weapons were flown from Benghazi to Kufra."
    )
    panel = found[0]
    assert panel.actor is not None
    assert panel.actor.name == "UN Panel of Experts on Libya"
    assert panel.actor.country_code is None
    assert seat_of(panel.actor).place_name == "New York City"


def test_the_company_is_the_business_named_the_sentence_before() -> None:
    found = analysed(
        "The report named the Blue Ridge refinery in Mombasa as one of the main buyers. In a "
        'statement on Wednesday, the company rejected the accusation. "We have never bought '
        'smuggled gold," it said.'
    )
    rejected, said = by_cue(found, "rejected"), by_cue(found, "said")
    assert rejected.actor is not None and rejected.actor.name == "Blue Ridge refinery"
    assert said.actor is not None and said.actor.name == "Blue Ridge refinery"
    assert seat_of(said.actor).place_name == "Mombasa"


def test_a_member_of_the_panel_speaks_from_the_un_panel() -> None:
    found = analysed(
        "According to the UN Panel of Experts on Libya, weapons were flown from Benghazi to "
        'Kufra. "Almost none of this is declared," said one member of the panel, who spoke '
        "on condition of anonymity."
    )
    member = by_cue(found, "said")
    assert member.actor is not None and member.actor.organisation == "United Nations"
    assert member.actor.country_code is None
    assert seat_of(member.actor).place_name == "New York City"


def test_a_thai_police_rank_places_the_officer_in_thailand() -> None:
    found = analysed(
        "According to Pol Col Anan Chaiyaporn, commander of the Narcotics Suppression "
        "Bureau's southern division, the pills were hidden in a truck."
    )
    officer = found[0]
    assert officer.actor is not None and officer.actor.country_code == "TH"
