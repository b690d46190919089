"""Claims and claim sources in invented sentences written after the 26th probe: a medium
"citing the same source" it quoted before, a headline's listener after "tells", a report
whose "documents" the tagger makes a noun, "the filing said", "its demand", a crowd's
protest, local police and an agency's field staff seated where the sentence is, and
senators of a story filed from a capital.
"""

from __future__ import annotations

from helpers import analysed_claims, claim_by_cue, seat_name, text_of

from claimmap.model import Claim


def _analysed(text: str) -> list[Claim]:
    return analysed_claims(text, "p26c3")


# --- "citing the same source": the one that very medium quoted before ---------------------

SAME_SOURCE = (
    "KHARTOUM (Reuters) — According to a Sudanese army source quoted by the Nile Herald, the "
    "column left Kassala on Friday with about 30 lorries. A Kenyan police source told the BBC "
    "that Nairobi was watching the border.\n\nThe Nile Herald now says, citing the same "
    "source, that a second column of about 10 lorries left Kassala on Saturday."
)


def test_the_same_source_is_the_one_the_medium_quoted_before() -> None:
    says = claim_by_cue(_analysed(SAME_SOURCE), "says")
    assert says.actor is not None and says.actor.name == "Sudanese army source"
    assert says.actor.country_code == "SD"  # not the Kenyan source quoted last


# --- headlines and titled reports ----------------------------------------------------------


def test_a_headlines_listener_after_tells_is_no_content() -> None:
    found = _analysed(
        "Minister tells parliament army convoy was ambushed near Gao\n\nBAMAKO (Reuters) - "
        "The defence minister told lawmakers on Monday that the convoy was ambushed near Gao."
    )
    tells = claim_by_cue(found, "tells")
    assert text_of(tells.content) == "army convoy was ambushed near Gao"


def test_a_titled_report_documents_what_its_publisher_found() -> None:
    found = _analysed(
        "LONDON (Reuters) - Sand is being dredged illegally from Bangladeshi rivers, according "
        "to a study published on Monday by the Global Rivers Trust, a London-based group.\n\n"
        'The study, "Rivers of Sand," documents how sand dredged near Dhaka is shipped to '
        "Kolkata and sold to builders."
    )
    documents = claim_by_cue(found, "documents")
    assert text_of(documents.claimant) == "The study"
    assert text_of(documents.content) == (
        "how sand dredged near Dhaka is shipped to Kolkata and sold to builders"
    )
    assert documents.actor is not None and documents.actor.name == "Global Rivers Trust"


# --- documents and possessives -------------------------------------------------------------


def test_the_filing_is_the_body_that_filed_it() -> None:
    found = _analysed(
        "PHOENIX (Reuters) - The DEA said in a court filing unsealed in Phoenix last week that "
        "a gang bought pills in Tijuana. The pills were then driven to Yuma, the filing said."
    )
    filing = next(c for c in found if text_of(c.claimant) == "the filing")
    assert filing.actor is not None and filing.actor.name == "DEA"


def test_its_demand_is_the_demand_of_the_body_speaking() -> None:
    found = _analysed(
        "LIMA (Reuters) - Cocaine seized in Callao was shipped from Bolivia, Peru's interior "
        "ministry said on Monday, renewing its demand that La Paz tighten border checks."
    )
    demand = claim_by_cue(found, "demand")
    assert demand.actor is not None and demand.actor.name == "interior ministry"


def test_a_crowd_protesting_against_a_thing_states_nothing() -> None:
    found = _analysed(
        "Villagers in some coastal districts have protested against new fish farms in recent "
        "weeks. A district chief in Puerto Lobos said people were afraid for their catch."
    )
    assert [text_of(c.cue) for c in found] == ["said"]


# --- seats of sources on the spot, and of senators -----------------------------------------


def test_local_police_sit_in_the_town_their_sentence_names() -> None:
    found = _analysed(
        "JAKARTA (Reuters) - A second boat carrying about 40 people reached Sibolga on Sunday, "
        "local police said."
    )
    said = claim_by_cue(found, "said")
    assert seat_name(said) == "Sibolga"


def test_an_agencys_field_staff_speak_from_where_they_work() -> None:
    found = _analysed(
        "NAIROBI (AFP) - Aid workers from Médecins Sans Frontières said many patients in camps "
        "near Kakuma had not reached clinics."
    )
    said = claim_by_cue(found, "said")
    assert seat_name(said) == "Kakuma"


def test_senators_of_a_story_filed_from_washington_sit_there() -> None:
    found = _analysed(
        "WASHINGTON — Pistols bought in Georgia are being smuggled to Jamaica, a Senate "
        "Judiciary subcommittee heard on Tuesday.\n\nSenator Ana Ruiz asked whether customs "
        "officers had traced the weapons."
    )
    heard = claim_by_cue(found, "heard")
    assert heard.actor is not None and heard.actor.country_code == "US"
    assert seat_name(heard) == "Washington"
    asked = claim_by_cue(found, "asked")
    assert seat_name(asked) == "Washington"


def test_a_senator_of_a_story_filed_outside_a_capital_stays_unplaced() -> None:
    found = _analysed(
        "CEBU (Reuters) — Rice smuggled from Vietnam reached Cebu last month, Senator Ana Ruiz "
        "said on Tuesday."
    )
    said = claim_by_cue(found, "said")
    assert said.actor is not None and said.actor.country_code != "US"


def test_a_name_described_as_a_local_outlet_is_an_outlet_in_that_town() -> None:
    found = _analysed(
        "NIAMEY (Reuters) — Trucks crossed into Niger overnight, officials said.\n\n10:15 GMT "
        "— Sahel Matin, a local outlet in Zinder, reports that the trucks were escorted by "
        "army pickups as they passed through Tanout."
    )
    reports = claim_by_cue(found, "reports")
    assert reports.actor is not None and reports.actor.name == "Sahel Matin"
    assert reports.actor.kind == "outlet"
    assert seat_name(reports) == "Zinder"


def test_a_local_leader_is_not_seated_at_a_landmark_or_a_starting_point() -> None:
    found = _analysed(
        "GOMA (Reuters) — Rebels took Rubare, about 30 kilometres north of Goma, on Monday, "
        "according to a local chief, Jean-Paul Mushi."
    )
    according = claim_by_cue(found, "according to")
    assert according.actor is not None and according.actor.located is None
