"""Claims after a fourteenth probe, second round: a split quotation around "wrote on X."
keeps both halves; a country reporting cases speaks; a hedge in one conjunct leaves the
other asserted; a capitals dateline before a colon is no speaker, even when the
gazetteer spells it with diacritics; a quoted day and a delayed event ("nobody came until
Sunday") neither date nor deny; a storm claims nothing; a verb after a name set off by
commas is the clause's own; a poll "puts" a party on a share; "according to figures"
inside a said-clause leaves the speaker the claimant."""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.claims_asides import _folded
from claimmap.model import Claim

PUBLISHED = datetime(2026, 11, 26, 9, 0)  # a Thursday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe14b")


# --- regressions ----------------------------------------------------------------------------


def test_a_quote_split_around_wrote_on_x_keeps_both_halves() -> None:
    c = only(
        claims_of(
            '"Lagos is home to big ports," Obi wrote on X. "Why did we let them rot for years?"'
        )
    )
    assert text_of(c.claimant) == "Obi"
    assert text_of(c.content).startswith('"Lagos is home')
    assert text_of(c.content).endswith('rot for years?"')


def test_a_clause_spliced_before_a_cue_is_still_the_writers() -> None:
    c = only(claims_of("Drones hit a depot, Kyiv claims 30 drones downed."))
    assert text_of(c.content) == "30 drones downed"


def test_a_country_reporting_cases_is_a_claimant() -> None:
    c = only(claims_of("Chad reported more than 9,000 cases in the same period."))
    assert text_of(c.claimant) == "Chad"
    assert "9,000 cases" in text_of(c.content)


def test_a_hedge_in_one_conjunct_leaves_the_claim_asserted() -> None:
    c = only(
        claims_of(
            "The agency said it had flown 8 tonnes of chlorine from Kampala to Gulu and "
            "that a second load was expected to reach Lira next week."
        )
    )
    assert c.modality == "asserted"


def test_a_hedge_over_the_whole_content_still_hedges() -> None:
    c = only(claims_of("The agency said the second load was expected to reach Lira on Monday."))
    assert c.modality == "hedged"


def test_a_modal_in_one_conjunct_leaves_the_claim_asserted() -> None:
    c = only(claims_of("The army said it had pulled out two battalions and may send them back."))
    assert c.modality == "asserted"


# --- datelines ----------------------------------------------------------------------------


def test_a_capitals_dateline_before_a_colon_is_no_speaker() -> None:
    c = only(claims_of("KOHAT: Three shops were burned near Hangu, the police said."))
    assert text_of(c.claimant) == "the police"
    assert text_of(c.content) == "Three shops were burned near Hangu"


def test_a_place_is_known_without_its_diacritics() -> None:
    assert _folded("Shikārpūr") == _folded("SHIKARPUR") == "shikarpur"


# --- quoted days and delayed events ---------------------------------------------------------


def test_a_day_inside_a_quote_does_not_date_the_claim() -> None:
    c = only(claims_of('"The lorries only came on Friday," said Omar Diallo, a baker in Kayes.'))
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_delayed_event_is_no_denial_and_its_bound_no_date() -> None:
    c = only(claims_of('"No one helped us until Sunday," said Awa Keita, a farmer in Kita.'))
    assert c.modality == "asserted"
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_deadline_day_does_not_date_the_claim() -> None:
    c = only(claims_of("Awa Keita said the shops had reopened by Sunday."))
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_past_day_before_the_attribution_does_not_date_it() -> None:
    c = only(claims_of("About 400 people were evacuated on Friday, officials said."))
    assert (c.date, c.date_span, c.date_precision) == (date(2026, 11, 26), None, "published")


def test_a_quoted_denial_is_still_a_denial() -> None:
    c = only(claims_of('"We did not fire on anyone," the army said.'))
    assert c.modality == "denied"


# --- natural forces and appositive predicates ---------------------------------------------


def test_a_storm_as_subject_makes_no_claim() -> None:
    assert (
        claims_of(
            "Storm Dana slams Galicia as a Category 2 storm, knocking out power to more "
            "than 90,000 homes."
        )
        == []
    )


def test_an_agency_named_for_storms_still_speaks() -> None:
    c = only(claims_of("The storm agency said the flood had killed four people."))
    assert text_of(c.claimant) == "The storm agency"


def test_a_verb_after_a_name_set_off_by_commas_belongs_to_the_content() -> None:
    c = only(
        claims_of(
            "The ISPR said two porters were wounded near Bagh and a soldier, Naik Imran "
            "Khan, embraced shahadat in the Leepa valley."
        )
    )
    assert text_of(c.claimant) == "The ISPR"
    assert text_of(c.content).endswith("embraced shahadat in the Leepa valley")


# --- polls and figures ----------------------------------------------------------------------


def test_a_poll_that_puts_a_candidate_on_a_share_is_a_claim() -> None:
    c = only(
        claims_of(
            "A poll by Ipsos for the Evening Post put Maria Lund on 31%, with Per Dahl on 22%."
        )
    )
    assert text_of(c.cue) == "put"
    assert text_of(c.claimant) == "Ipsos"
    assert text_of(c.outlet) == "the Evening Post"
    assert text_of(c.content) == "Maria Lund on 31%, with Per Dahl on 22%"


def test_a_person_who_puts_a_thing_on_shelves_makes_no_claim() -> None:
    assert claims_of("He put the boxes on 3 shelves.") == []


def test_figures_cited_inside_a_said_clause_leave_the_speaker_the_claimant() -> None:
    c = only(
        claims_of(
            "A council official said the town housed 300 refugees in May, according to "
            "data from the ministry, and that no camps remained."
        )
    )
    assert text_of(c.claimant) == "A council official"
    assert "according to data from the ministry" in text_of(c.content)


def test_lawyers_after_a_said_clause_still_relay_it() -> None:
    c = only(claims_of("Police have said the man fled, according to lawyers."))
    assert text_of(c.claimant) == "lawyers"


def test_a_survey_by_a_firm_is_the_firms_claim() -> None:
    c = only(claims_of("A survey by YouGov showed Labour on 40%."))
    assert text_of(c.claimant) == "YouGov"


def test_an_absence_in_one_conjunct_is_no_denial_of_the_whole() -> None:
    c = only(
        claims_of(
            "A council official said the town housed 300 refugees in May, and that there "
            "were no camps in Arden."
        )
    )
    assert c.modality == "asserted"


def test_an_absence_over_the_whole_content_still_denies() -> None:
    c = only(claims_of("The ministry said there were no foreign troops at the base."))
    assert c.modality == "denied"


def test_a_centre_named_for_hurricanes_still_speaks() -> None:
    c = only(
        claims_of(
            "Hurricane Lee made landfall near Halifax early Saturday, the National "
            "Hurricane Center said."
        )
    )
    assert text_of(c.claimant) == "the National Hurricane Center"
