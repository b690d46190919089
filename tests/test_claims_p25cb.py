"""Claims and claim sources in invented sentences written after the 25th probe: the frame
of a piece (the writer's own "I", a headline of briefs, a hearing's questions, each brief's
dateline), people named by their part in a report or after a colon, a "he" after a
hyphenated given name, participles that go on with a cue, and disputes summed in a noun.
"""

from __future__ import annotations

from datetime import datetime

from helpers import analysed_claims, claim_by_cue, seat_name, text_of
from helpers import claims_of as claims_in

from claimmap.model import Claim

PUBLISHED = datetime(2026, 5, 4, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="p25cb")


def _analysed(text: str) -> list[Claim]:
    return analysed_claims(text, "p25cb")


# --- people named by their part in a report, or after a colon ------------------------------

REPORT = (
    "Arms pipeline report\nTest Wire, 2026-05-04\nLONDON — Rifles keep reaching militias in "
    "South Sudan, according to a field investigation published on Monday by Small Arms "
    "Survey (SAS).\n\nThe rifles were flown to Juba, the report says.\n\nKenya's interior "
    'ministry said in a statement that no weapons had crossed its territory.\n\n"The '
    "northern corridor is now the main route,\" said Ruth Ambler, the report's lead author."
)


def test_the_reports_lead_author_works_for_the_body_that_published_it() -> None:
    found = _analysed(REPORT)
    author = next(c for c in found if "Ruth Ambler" in (text_of(c.claimant) or ""))
    assert author.actor is not None and author.actor.name == "Ruth Ambler"
    assert author.actor.organisation == "Small Arms Survey"
    assert author.actor.country_code != "KE"  # not the ministry quoted just before


def test_the_report_says_is_the_investigations_publisher() -> None:
    says = claim_by_cue(_analysed(REPORT), "says")
    assert says.actor is not None and says.actor.name == "Small Arms Survey"


def test_its_after_a_colon_is_the_subject_before_the_colon() -> None:
    found = claims_of(
        "Turkey's foreign ministry said on Tuesday that the flights were routine. Niger's "
        "military government was sharper: its spokesman, Colonel Amadou Sidibé, denied on "
        "Friday that any foreign troops had landed."
    )
    denied = claim_by_cue(found, "denied")
    assert denied.actor is not None and denied.actor.name == "Amadou Sidibé"
    assert denied.actor.country_code == "NE"


def test_he_after_a_hyphenated_given_name_is_that_speaker() -> None:
    found = claims_of(
        "Matthew Brooks, a deputy director of the Drug Enforcement Administration (DEA), "
        'replied that most rifles came from Texas. "We lose them at the border," he said.\n\n'
        "Peru's justice minister, Jean-Pierre Salas, told the committee by video link from "
        "Lima that gangs now controlled most of the capital. He said the smugglers also used "
        "small boats from Paita to reach Tumbes."
    )
    he = [c for c in found if text_of(c.claimant) == "He"]
    assert len(he) == 1 and he[0].actor is not None
    assert he[0].actor.name == "Jean-Pierre Salas"  # (not "Jean - Pierre Salas", nor Brooks)


# --- the writer's own voice --------------------------------------------------------------

OPINION = (
    "Opinion: the air bridge is back\nThe Desert Review, 2026-05-04\nROME — I have watched "
    "these flights for years, and it is not what I am writing about today.\n\nThe "
    "Libyan army's spokesman, Colonel Omar Fathi, said the base was used only for aid "
    "flights. I think it is likely that the aircraft carried armoured vehicles. I find that "
    "hard to square with satellite imagery published by Planet Labs that shows at least 12 "
    "aircraft parked at the base on May 2.\n\nA smaller convoy may have continued to Agadez, "
    "in Niger, and on to Arlit."
)


def test_an_i_outside_quotes_is_the_author_seated_at_the_dateline() -> None:
    found = _analysed(OPINION)
    think = claim_by_cue(found, "think")
    assert think.actor is not None and think.actor.name == "author"
    assert seat_name(think) == "Rome"


def test_the_writers_frame_and_judgement_are_no_claims() -> None:
    cues = [text_of(c.cue) for c in _analysed(OPINION)]
    assert "am writing" not in cues and "find" not in cues
    assert not any(c and "continued" in c for c in cues)  # a journey, not speech


def test_imagery_cited_in_a_relative_clause_is_its_publishers_claim() -> None:
    shows = claim_by_cue(_analysed(OPINION), "shows")
    assert text_of(shows.claimant) == "satellite imagery published by Planet Labs"
    assert shows.actor is not None and shows.actor.name == "Planet Labs"
    assert shows.content.text == "at least 12 aircraft parked at the base on May 2"


# --- a roundup: its headline, each item's dateline, disputes -------------------------------

BRIEFS = (
    "Daily digest: Lima protests Chilean tariff, floods in Peru, Quito rally\nTest Wire, "
    "2026-05-04\nLIMA, Peru (AP) — The National Water Authority (ANA) said on Monday that "
    "14 people had died in the floods. The provincial governor disputed that, saying "
    '"no death is hidden".\n\nQUITO, Ecuador (Reuters) — Thousands rallied in Quito, '
    'organisers said. Interior Minister Rosa Vela said officers had "shown restraint", a '
    "claim rejected by the rights group Andean Legal Aid, which said several people were "
    "beaten."
)


def test_a_briefs_headline_gives_no_claim() -> None:
    found = _analysed(BRIEFS)
    assert all(c.cue is None or c.cue.start > BRIEFS.index("\n") for c in found)


def test_each_item_seats_and_credits_its_own_claims() -> None:
    found = _analysed(BRIEFS)
    (ana,) = [c for c in found if text_of(c.claimant) == "The National Water Authority (ANA)"]
    assert seat_name(ana) == "Lima" and text_of(ana.outlet) == "AP"
    governor = claim_by_cue(found, "disputed")  # a local office: not seated in the capital
    assert seat_name(governor) is None and text_of(governor.outlet) == "AP"
    legal = claim_by_cue(found, "rejected")
    assert seat_name(legal) == "Quito" and text_of(legal.outlet) == "Reuters"


def test_disputed_that_saying_is_one_denial_of_the_quote() -> None:
    found = _analysed(BRIEFS)
    disputed = claim_by_cue(found, "disputed")
    assert disputed.content.text == '"no death is hidden"' and disputed.modality == "denied"
    assert not any(text_of(c.cue) == "saying" for c in found)


def test_a_claim_rejected_by_a_group_ends_before_it_and_is_denied_by_the_group() -> None:
    found = _analysed(BRIEFS)
    minister = [c for c in found if text_of(c.claimant) == "Interior Minister Rosa Vela"]
    assert [c.content.text for c in minister] == ['officers had "shown restraint"']
    rejected = claim_by_cue(found, "rejected")
    assert text_of(rejected.claimant) == "the rights group Andean Legal Aid"
    assert rejected.content.text == 'officers had "shown restraint"'
    assert rejected.modality == "denied"


# --- a hearing ------------------------------------------------------------------------------

HEARING = (
    "Senators press officials\nTest Wire, 2026-05-04\nWASHINGTON — Rifles bought in Texas "
    "gun shops are being shipped in sealed containers to Panama and smuggled on to Colombia, "
    "where they end up in the hands of armed gangs, a House Foreign Affairs subcommittee "
    "heard on Monday.\n\nSenator Ann Hale asked whether the agency had traced the pistols. "
    "Mark Lee replied that most had been bought in Phoenix."
)


def test_a_panel_heard_closing_the_lead_is_a_claim() -> None:
    heard = claim_by_cue(_analysed(HEARING), "heard")
    assert text_of(heard.claimant) == "a House Foreign Affairs subcommittee"
    assert heard.content.text.startswith("Rifles bought in Texas gun shops")
    assert heard.content.text.endswith("where they end up in the hands of armed gangs")


def test_asked_whether_is_a_question() -> None:
    found = _analysed(HEARING)
    assert claim_by_cue(found, "asked").kind == "question"
    assert claim_by_cue(found, "replied").kind == "report"


def test_a_single_storys_dateline_seats_no_unplaced_source() -> None:
    found = _analysed(
        "Grain exports rise\nTest Wire, 2026-05-04\nODESA — Ukraine shipped 4 million "
        "tonnes of grain in April, according to the shipping data firm Vessix."
    )
    assert seat_name(claim_by_cue(found, "according to")) != "Odesa"


# --- a thread ----------------------------------------------------------------------------


def test_a_post_number_and_a_bracketed_link_are_no_part_of_the_claimant() -> None:
    found = claims_of(
        "2/ Radar data shows the Aurora K leaving Varna on May 3. Satellite imagery from the "
        "port the day before (link: Sentinel-2 image, 2 May) shows trucks lined up on the "
        "quay."
    )
    assert [text_of(c.claimant) for c in found] == [
        "Radar data",
        "Satellite imagery from the port the day before",
    ]


def test_calling_goes_on_with_the_denier_not_the_contents_subject() -> None:
    found = claims_of(
        "The Russian embassy in Sofia denied on Monday that the vessel had carried any "
        'military equipment, calling the reports "fabrications spread by foreign spies".'
    )
    calling = claim_by_cue(found, "calling")
    assert text_of(calling.claimant) == "The Russian embassy in Sofia"


def test_another_speakers_find_and_what_clauses_stay_claims() -> None:
    found = claims_of(
        "Not every analyst finds the minister's budget plan credible. The panel compared "
        "what Senator Ruiz says her budget would do with what economists expect."
    )
    cues = [text_of(c.cue) for c in found]
    assert "finds" in cues and "says" in cues
