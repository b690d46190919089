"""Claim frames written after a twelfth probe: who speaks when "according to" closes
another's words, two cues in one headline, a second verb after a quotation, contents cut
short or run long, channels (a lone paper name, a statement read on a broadcaster, a
message relayed by a monitor), dates of the saying and of the event, and cue verbs that
report no claim.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2023, 8, 18, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe12")


def by_cue(found: list[Claim], cue: str) -> Claim:
    hits = [c for c in found if c.cue.text == cue]
    assert hits, [(c.cue.text, text_of(c.claimant)) for c in found]
    return hits[0]


# --- who speaks (defects 1-4) ------------------------------------------------------------


def test_a_record_of_the_addressee_does_not_replace_the_speaker() -> None:
    found = claims_of(
        '"They drove us to the river at dawn and pushed us into the water," a Syrian '
        "woman told the charity, according to its report."
    )
    assert [text_of(c.claimant) for c in found] == ["a Syrian woman"]
    assert "pushed us" in found[0].content.text


def test_a_source_of_a_relative_detail_leaves_the_speaker_the_claimant() -> None:
    found = claims_of(
        "The agency said 3.1 million Sudanese had fled abroad, of whom about 500,000 are "
        "in Chad, according to government estimates."
    )
    claim = by_cue(found, "said")
    assert text_of(claim.claimant) == "The agency"
    assert "3.1 million Sudanese" in claim.content.text
    assert all(text_of(c.claimant) != "government estimates" for c in found)


def test_two_cues_either_side_of_a_semicolon_make_two_claims() -> None:
    found = claims_of(
        "Officials say dozens crossed the river from Niger into Benin; aid groups accuse "
        "the army of expulsions."
    )
    say, accuse = by_cue(found, "say"), by_cue(found, "accuse")
    assert text_of(say.claimant) == "Officials"
    assert text_of(accuse.claimant) == "aid groups"
    assert "Officials" not in accuse.content.text
    assert "army" in accuse.content.text


def test_a_verb_after_a_closed_quotation_goes_with_its_speaker() -> None:
    found = claims_of(
        'Interior Minister Ana Lopez told reporters in Quito that the state "will not let '
        'criminal gangs decide who enters the country", and accused smugglers of charging '
        "up to $300 a person."
    )
    accused = by_cue(found, "accused")
    assert text_of(accused.claimant) == "Interior Minister Ana Lopez"


def test_a_backshifted_conjunct_stays_in_the_first_claim() -> None:
    found = claims_of(
        "Premier Tom Hale, speaking in Perth on Thursday, said the state government would "
        'send "all the help needed" and had approved a request for aid from the town.'
    )
    assert len(found) == 1
    assert found[0].content.text.endswith("a request for aid from the town")
    assert found[0].date == date(2023, 8, 17)


# --- contents (defects 5, 9) -------------------------------------------------------------


def test_a_quotation_goes_on_after_an_anonymity_aside() -> None:
    found = claims_of(
        '"Several units left the area around Tillaberi and crossed into Niger," a military '
        'source said, asking not to be named. "From there they moved towards Dosso and Gaya."'
    )
    assert len(found) == 1
    assert "Dosso" in found[0].content.text


def test_a_gerund_clause_after_the_attribution_is_part_of_the_event() -> None:
    found = claims_of(
        "A group of 30 was found on Sunday in a van near Kavala, police said, after "
        "travelling from Orestiada without stopping."
    )
    claim = by_cue(found, "said")
    assert "Orestiada" in claim.content.text
    # "on Sunday" dates the finding, not the saying: the publication date stands in
    assert (claim.date_span, claim.date_precision) == (None, "published")


def test_a_dateline_split_keeps_the_first_word_and_drops_the_gloss() -> None:
    found = claims_of(
        "SEOUL, June 3 Yonhap - Three North Korean patrol boats crossed the maritime border "
        "on Monday, the military said, the second such incursion this week as Pyongyang "
        "tests the line."
    )
    claim = by_cue(found, "said")
    assert claim.content.text.startswith("Three North Korean")
    assert "the military said" not in claim.content.text
    assert "incursion" not in claim.content.text


def test_a_clause_after_the_attribution_still_goes_on() -> None:
    found = claims_of("The border will stay shut, the minister said, the men would have to wait.")
    assert "the men would have to wait" in by_cue(found, "said").content.text


# --- channels (defect 6) -----------------------------------------------------------------


def test_sources_tell_a_paper_known_by_one_word() -> None:
    found = claims_of("Greek police held 300 migrants, coast guard sources told Kathimerini.")
    assert text_of(by_cue(found, "told").outlet) == "Kathimerini"


def test_a_statement_read_on_a_broadcaster_speaks_through_it() -> None:
    found = claims_of(
        "A statement read on the state broadcaster ORTM last week said the army had killed "
        "dozens of fighters near Menaka."
    )
    claim = by_cue(found, "said")
    assert text_of(claim.claimant) == "A statement"
    assert claim.outlet is not None and "ORTM" in claim.outlet.text


def test_a_message_relayed_by_a_monitor_names_the_channel() -> None:
    found = claims_of(
        "The group claimed the raid in a message relayed by the Eagle Monitoring Group, "
        "saying its fighters had killed soldiers near Gaya."
    )
    claimed = by_cue(found, "claimed")
    assert text_of(claimed.outlet) == "the Eagle Monitoring Group"


def test_a_newspaper_named_before_its_noun_is_the_outlet_by_its_name() -> None:
    found = claims_of(
        "The army-run Northern Star Daily of Ruritania newspaper denied the report, saying "
        "troops had repelled the attacks."
    )
    denied = by_cue(found, "denied")
    assert text_of(denied.outlet) == "Northern Star Daily of Ruritania"


# --- dates (defect 7) --------------------------------------------------------------------


def test_a_date_right_after_the_cue_dates_the_saying() -> None:
    found = claims_of("Peru's government said last month it planned to open a centre in Tacna.")
    claim = by_cue(found, "said")
    assert claim.date_span is not None and claim.date_span.text == "last month"
    assert claim.content.text.startswith("it planned")


def test_the_day_of_the_speaking_aside_dates_the_claim() -> None:
    found = claims_of("Premier Tom Hale, speaking in Perth on Thursday, said the state would help.")
    said = by_cue(found, "said")
    assert said.date == date(2023, 8, 17)


def test_a_description_of_the_speaker_still_dates_nothing() -> None:
    found = claims_of("Peacekeepers, deployed after the 2020 war, said the road was closed.")
    said = by_cue(found, "said")
    assert (said.date_span, said.date_precision) == (None, "published")


# --- no claims (defect 8) ----------------------------------------------------------------


def test_a_territorial_claim_and_a_name_given_are_no_claims() -> None:
    assert claims_of("Vietnam also claims them, calling them Hoang Sa.") == []


def test_a_described_topic_stays_a_claim_as_polnear_marks_it() -> None:
    found = claims_of("She described the plan as reckless.")
    assert by_cue(found, "described").content.text == "the plan as reckless"


def test_a_pledge_in_a_background_relative_is_no_claim() -> None:
    assert claims_of("She went on to Tacna, where cousins had promised to house them.") == []


def test_a_rejection_of_that_is_still_a_claim() -> None:
    found = claims_of("Officials said the boats had left Sfax. The coast guard rejected that.")
    assert text_of(by_cue(found, "rejected").claimant) == "The coast guard"
