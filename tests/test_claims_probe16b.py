"""Claims after a sixteenth probe, second round: a medium that relays a speaker ("...,"
he said, according to <agency>"; "X said Y, state news agency Z reported"; "according to
a transcript published by ...") is the channel, not the claimant; deeds told with cue
verbs ("officers found 300 parrots in crates", "gunmen attacked a ferry near X") are no
claims; a country label before a headline's colon is no speaker; a closing attribution
with a bracketed short form and a trailing "as ..." clause is read; "the U.N." ends a
sentence when a country's name and a verb follow; a weekday in a past-perfect content
dates the event, not the claim; "by May 3 or 4" counts nothing; a bracketed short form
stays with its source; a currency word the tagger calls an adjective is the unit."""

from __future__ import annotations

from datetime import datetime

from helpers import claim_by_cue, claims_of, only, text_of

from claimmap.documents import from_text
from claimmap.nlp import parse

PUBLISHED = datetime(2026, 3, 13, 9, 0)  # a Friday

# --- the relaying medium is the channel ---------------------------------------------------


def test_a_listed_agency_after_a_quoted_speaker_is_the_outlet() -> None:
    c = only(claims_of('"We will not close the border," he said, according to Reuters.'))
    assert text_of(c.claimant) == "he"
    assert text_of(c.outlet) == "Reuters"


def test_a_transcript_published_by_an_agency_leaves_the_speaker() -> None:
    c = only(
        claims_of(
            '"We have enough fuel for the winter," Tokayev told a state channel, according '
            "to a transcript published by the news agency Kazinform."
        )
    )
    assert text_of(c.claimant) == "Tokayev"
    assert text_of(c.outlet) is not None and "Kazinform" in text_of(c.outlet)


def test_a_closing_agency_report_relays_the_speaker() -> None:
    c = only(
        claims_of(
            "The Omani government said three tankers had sailed from Muscat to Salalah, "
            "state news agency ONA reported."
        )
    )
    assert text_of(c.claimant) == "The Omani government"
    assert text_of(c.outlet) == "ONA"  # the medium's name (C0)
    assert c.content.text == "three tankers had sailed from Muscat to Salalah"


def test_a_view_in_a_court_document_stays_the_holders() -> None:
    c = only(
        claims_of(
            "Detectives believe the heroin was driven through Styria to Vienna, according "
            "to a court document."
        )
    )
    assert text_of(c.claimant) == "Detectives"
    assert text_of(c.outlet) == "a court document"
    assert c.content.text == "the heroin was driven through Styria to Vienna"


# --- deeds are no claims ------------------------------------------------------------------


def test_officers_finding_counted_things_somewhere_make_no_claim() -> None:
    found = claims_of("Kenyan police officers found 300 live parrots in six crates at the port.")
    assert found == []


def test_a_study_that_finds_still_claims() -> None:
    c = only(claims_of("A survey found 40 cases of measles in the camp."))
    assert text_of(c.claimant) == "A survey"


def test_gunmen_attacking_a_thing_make_no_claim() -> None:
    found = claims_of("The airline cancelled flights after gunmen attacked one of its buses.")
    assert all(text_of(c.cue) != "attacked" for c in found)


def test_a_thing_attacked_at_a_place_is_a_deed() -> None:
    found = claims_of(
        "The company said nothing after a drone attacked one of its tankers near Aden."
    )
    assert all(text_of(c.cue) != "attacked" for c in found)


def test_a_verbal_attack_over_something_stays_a_claim() -> None:
    c = only(claims_of("The senator attacked the minister over the budget cuts."))
    assert text_of(c.claimant) == "The senator"


# --- headlines and ledes ------------------------------------------------------------------


def test_a_country_label_before_a_headlines_colon_is_no_speaker() -> None:
    found = claims_of(
        "Tanzania: Kenyan police deployed in Arusha as protests spread\n\n"
        "Kenya has sent about 300 police officers to Tanzania's northern region of Arusha, "
        "the Kenya Police Service (KPS) announced on Monday, as protests spread south."
    )
    c = only(found)
    assert text_of(c.claimant) == "the Kenya Police Service (KPS)"
    assert c.content.text.startswith("Kenya has sent about 300 police officers")
    assert c.content.text.endswith("region of Arusha")


# --- sentences ----------------------------------------------------------------------------


def test_a_dotted_acronym_ends_a_sentence_before_a_country_and_its_verb() -> None:
    doc = from_text(
        "Thousands were held in camps, according to activists and the U.N. Myanmar denies it."
    )
    sents = [s.text for s in parse(doc).sents]
    assert len(sents) == 2
    assert sents[1] == "Myanmar denies it."


def test_a_dotted_acronym_before_a_name_stays_in_its_sentence() -> None:
    doc = from_text("The U.S. Navy said the ship had left port.")
    assert len(list(parse(doc).sents)) == 1


# --- dates --------------------------------------------------------------------------------


def test_a_weekday_in_a_past_perfect_content_dates_the_event_only() -> None:
    c = only(
        claims_of(
            "Spain's Civil Guard said it had arrested three men in Cadiz on Wednesday.",
            published=PUBLISHED,
        )
    )
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_trailing_attribution_does_not_take_the_events_weekday() -> None:
    c = only(claims_of("Three men were arrested in Cadiz on Wednesday, police said.", PUBLISHED))
    assert c.date is not None and c.date.isoformat() == "2026-03-13"  # the publication date
    assert (c.date_span, c.date_precision) == (None, "published")


# --- quantities and bounds ----------------------------------------------------------------


def test_a_day_after_or_in_a_date_counts_nothing() -> None:
    c = only(claims_of("He said the bridge would reopen by May 3 or 4."))
    assert c.quantities == ()


def test_a_bracketed_short_form_stays_with_the_source() -> None:
    c = only(
        claims_of(
            "According to the World Food Programme (WFP), at least 20,000 families have fled "
            "the valley."
        )
    )
    assert text_of(c.claimant) == "the World Food Programme (WFP)"
    assert c.content.text.startswith("at least 20,000")


def test_a_closing_bracketed_short_form_is_closed() -> None:
    c = only(
        claims_of(
            "About 900 people were killed in the north last year, according to the Armed "
            "Violence Monitoring Group (AVMG)."
        )
    )
    assert text_of(c.claimant) == "the Armed Violence Monitoring Group (AVMG)"


def test_a_relative_claim_ends_before_the_reporters_while_clause() -> None:
    found = claims_of(
        "Two Chinese destroyers docked in Colombo for a visit that Sri Lanka said posed no "
        "risk to shipping, while Indian patrol boats watched the harbour."
    )
    c = claim_by_cue(found, "said")
    assert text_of(c.claimant) == "Sri Lanka"
    assert c.content.text.endswith("posed no risk to shipping")


def test_a_currency_word_before_a_bracket_is_the_unit() -> None:
    c = only(
        claims_of(
            "Police said a court froze 12 buses and about 40 million pesos ($2 million) in assets."
        )
    )
    units = [(q.value, q.unit) for q in c.quantities]
    assert (40_000_000.0, "pesos") in units


def test_over_a_period_is_no_lower_bound() -> None:
    c = only(claims_of("Police said the ring moved 5 tonnes of hashish to Italy over three years."))
    assert [(q.value, q.bound, q.unit) for q in c.quantities][-1] == (3.0, "exact", "years")
    d = only(claims_of("Police said the ring had worked for over three years."))
    assert [(q.value, q.bound) for q in d.quantities] == [(3.0, "at_least")]


def test_a_cue_read_as_a_modifier_after_a_quotation_still_attributes_it() -> None:
    found = claims_of(
        'Halima Noor walked from Wajir to Garissa. "Our goats died," the 52-year-old told '
        "reporters."
    )
    c = claim_by_cue(found, "told")
    assert text_of(c.claimant) == "the 52-year-old"
    assert c.content.text.startswith('"Our goats died,')
