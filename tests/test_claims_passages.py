"""Claims in short news-style passages written for these tests: one phenomenon each.

Passive voice, denials, preposed "according to", postposed attribution, quotations over
two sentences, several claimants, pronoun and title references, outlets, dates, numbers,
an unattributed statement and text with no claim at all.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.actors import seat_of
from claimmap.claims import claims as claims_frame
from claimmap.claims import extract_claims
from claimmap.documents import from_text
from claimmap.model import Claim, Document, Place, Span
from claimmap.nlp import load_nlp, parse

PUBLISHED = datetime(2020, 10, 6, 12, 0)  # a Tuesday


def doc_of(text: str, published: datetime | None = PUBLISHED) -> Document:
    return from_text(text, doc_id="passage", published=published)


def claims_of(text: str, published: datetime | None = PUBLISHED) -> list[Claim]:
    return claims_in(text, published)


def test_denial_of_sending_troops() -> None:
    c = only(claims_of("Moscow denied sending troops to the border region."))
    assert text_of(c.claimant) == "Moscow"
    assert c.content.text == "sending troops to the border region"
    assert c.modality == "denied"
    assert c.actor is not None and (c.actor.kind, c.actor.country_code) == ("government", "RU")


def test_denial_with_that_clause() -> None:
    c = only(claims_of("Turkey has repeatedly denied that it recruits Syrian fighters."))
    assert c.modality == "denied"
    assert c.content.text == "that it recruits Syrian fighters"


def test_passive_it_was_reported_has_no_claimant() -> None:
    c = only(claims_of("It was reported that 200 soldiers had crossed into Lebanon."))
    assert c.claimant is None and c.actor is None
    assert c.content.text == "that 200 soldiers had crossed into Lebanon"
    (q,) = c.quantities
    assert (q.value, q.bound, q.unit) == (200.0, "exact", "soldiers")


def test_preposed_according_to() -> None:
    c = only(
        claims_of(
            "According to the Syrian Observatory for Human Rights, at least 64 fighters were "
            "killed near Idlib."
        )
    )
    assert text_of(c.cue) == "According to"
    assert text_of(c.claimant) == "the Syrian Observatory for Human Rights"
    assert c.content.text == "at least 64 fighters were killed near Idlib"
    (q,) = c.quantities
    assert (q.span.text, q.value, q.bound) == ("at least 64", 64.0, "at_least")


def test_postposed_attribution_with_weekday() -> None:
    c = only(
        claims_of(
            "The militants were transferred to Libya, the Syrian Observatory for Human Rights "
            "said on Saturday."
        )
    )
    assert c.content.text == "The militants were transferred to Libya"
    assert text_of(c.claimant) == "the Syrian Observatory for Human Rights"
    assert (c.date, c.date_precision) == (date(2020, 10, 3), "day")


def test_quotation_over_two_sentences() -> None:
    c = only(
        claims_of(
            '"The fighters arrived in Baku last week. They were paid by a private company," '
            "said Ahmed Hassan, a commander in northern Syria."
        )
    )
    assert c.content.text.startswith('"The fighters arrived in Baku last week.')
    assert c.content.text.endswith('private company,"')
    assert c.actor is not None and (c.actor.name, c.actor.kind) == ("Ahmed Hassan", "person")
    assert c.actor.role == "commander"


def test_two_claimants_accusation_and_rejection() -> None:
    found = claims_of(
        "Armenia accused Turkey of sending mercenaries to the region, while Azerbaijan rejected "
        "the accusation."
    )
    assert [(text_of(c.claimant), c.modality) for c in found] == [
        ("Armenia", "alleged"),
        ("Azerbaijan", "denied"),
    ]
    assert found[0].content.text == "Turkey of sending mercenaries to the region"


def test_outlet_after_told() -> None:
    c = only(claims_of("The president told Press TV that the sanctions would fail."))
    assert text_of(c.outlet) == "Press TV"
    assert text_of(c.claimant) == "The president"
    assert c.content.text == "that the sanctions would fail"
    assert c.modality == "asserted"


def test_outlet_in_an_interview_and_approximate_number() -> None:
    c = only(
        claims_of(
            "Speaking in an interview with Al Jazeera, the foreign minister said about 2,000 "
            "refugees had reached the camp."
        )
    )
    assert text_of(c.outlet) == "Al Jazeera"
    assert text_of(c.claimant) == "the foreign minister"
    (q,) = c.quantities
    assert (q.span.text, q.value, q.bound, q.unit) == ("about 2,000", 2000.0, "approx", "refugees")


def test_statement_without_attribution_is_no_claim() -> None:
    assert claims_of("The convoy reached Damascus on Sunday after a three-day journey.") == []


def test_text_without_any_claim() -> None:
    text = "The weather in the capital was mild and the markets were busy. Traffic was light."
    assert claims_of(text) == []


def test_reportedly_hedges() -> None:
    c = only(claims_of("Officials reportedly believe the shipment was moved through Iraq."))
    assert c.modality == "hedged"
    assert c.content.text == "the shipment was moved through Iraq"


def test_pronoun_links_to_last_named_claimant_and_month_precision() -> None:
    first, second = claims_of(
        "John Smith, a spokesman for the United Nations, said earlier this month that thousands "
        "of families had fled. He warned that the crisis could worsen."
    )
    assert first.actor is not None
    assert (first.actor.name, first.actor.organisation, first.actor.role) == (
        "John Smith",
        "United Nations",
        "spokesman",
    )
    assert (first.date, first.date_precision) == (date(2020, 10, 1), "month")
    assert text_of(second.claimant) == "He"
    assert second.actor == first.actor
    assert second.modality == "hedged"


def test_title_reference_links_to_named_person() -> None:
    first, second = claims_of(
        "Interior Minister Omar Khaled said on Monday that the border was closed. "
        "The minister added that 30 trucks had been stopped."
    )
    assert first.actor is not None and first.actor.name == "Omar Khaled"
    assert (first.date, first.date_precision) == (date(2020, 10, 5), "day")
    assert text_of(second.claimant) == "The minister"
    assert second.actor == first.actor


def test_relative_date_without_publication_date_is_unknown() -> None:
    c = only(claims_of("The Kremlin said on Tuesday that it had no plans.", published=None))
    assert text_of(c.date_span) == "Tuesday"
    assert (c.date, c.date_precision) == (None, "unknown")


def test_claimant_clause_is_not_a_claim_of_its_own() -> None:
    c = only(
        claims_of(
            "A senior US official, who spoke on condition of anonymity, said the drones were "
            "launched from Iran."
        )
    )
    assert c.content.text == "the drones were launched from Iran"
    assert c.actor is not None and (c.actor.name, c.actor.country_code) == (
        "senior US official",
        "US",
    )


def test_up_to_is_an_upper_bound() -> None:
    c = only(claims_of("Human Rights Watch claimed that up to 300 prisoners were moved to Raqqa."))
    (q,) = c.quantities
    assert (q.span.text, q.value, q.bound, q.unit) == ("up to 300", 300.0, "at_most", "prisoners")
    assert c.modality == "alleged"


def test_claim_lists_the_places_its_content_mentions() -> None:
    doc = doc_of("The ministry said the convoy left Aleppo for Baku. Fighting continued in Idlib.")

    def place(pid: str, name: str, lat: float, lon: float) -> Place:
        at = doc.text.index(name)
        mention = Span(doc.id, at, at + len(name), name)
        return Place(pid, doc.id, name, "city", None, pid, lat, lon, (mention,))

    places = [
        place("gn:170063", "Aleppo", 36.20124, 37.16117),
        place("gn:587084", "Baku", 40.37767, 49.89201),
        place("gn:169389", "Idlib", 35.93062, 36.63393),
    ]
    c = only(extract_claims(doc, parse(doc), places))
    assert c.place_ids == ("gn:170063", "gn:587084")


def test_claims_frame_has_one_row_per_claim_with_seats() -> None:
    frame = claims_frame(
        doc_of("Reuters reported that 12 ships had left the port. Nothing else happened.")
    )
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["claimant"], row["cue"], row["actor_kind"]) == (
        "Reuters",
        "reported",
        "outlet",  # a news agency of geo/actors.csv speaking for itself
    )
    assert (row["seat"], row["seat_precision"]) == ("London", "city")
    assert row["content"] == "that 12 ships had left the port"
    assert row["quantities"] == [{"text": "12", "value": 12.0, "bound": "exact", "unit": "ships"}]
    assert str(frame["content_start"].dtype) == "Int64"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Said.", "\u201c\u201d said he.", "According to."],
)
def test_degenerate_text_does_not_break(text: str) -> None:
    doc = Document(id="d", text=text)
    assert extract_claims(doc, load_nlp()(text), []) == []


@pytest.mark.parametrize(
    ("text", "claimant", "outlet", "content"),
    [
        (
            "Militants were moved to Libya, Defence Minister Ali Reza said, as cited by Interfax.",
            "Defence Minister Ali Reza",
            "Interfax",
            "Militants were moved to Libya",
        ),
        (
            "The fighters are being sent to Azerbaijan, Lavrov was quoted by TASS as saying.",
            "Lavrov",
            "TASS",
            "The fighters are being sent to Azerbaijan",
        ),
        (
            "TASS quoted Lavrov as saying that the fighters were being sent to Azerbaijan.",
            "Lavrov",
            "TASS",
            "that the fighters were being sent to Azerbaijan",
        ),
        (
            "Erdogan said in an interview with CNN that Turkey had sent no troops.",
            "Erdogan",
            "CNN",
            "that Turkey had sent no troops",
        ),
        (
            '"We will not allow this," he wrote on Twitter.',
            "he",
            "Twitter",
            '"We will not allow this,"',
        ),
        (
            "The foreign ministry said in a statement that the talks would resume next week.",
            "The foreign ministry",
            None,
            "that the talks would resume next week",
        ),
    ],
)
def test_outlets_are_kept_apart_from_claimants(
    text: str, claimant: str, outlet: str | None, content: str
) -> None:
    c = only(claims_of(text))
    assert (text_of(c.claimant), text_of(c.outlet), c.content.text) == (claimant, outlet, content)


def test_colon_introduces_a_quotation() -> None:
    c = only(
        claims_of(
            'The army said: "Our forces repelled the attack near Shusha and destroyed three tanks."'
        )
    )
    assert c.content.text.startswith('"Our forces') and c.content.text.endswith('tanks."')
    (q,) = c.quantities
    assert (q.value, q.unit) == (3.0, "tanks")


@pytest.mark.parametrize(
    ("text", "content", "modality"),
    [
        (
            "It is alleged that the group recruited fighters in Idlib.",
            "that the group recruited fighters in Idlib",
            "alleged",
        ),
        (
            "Dozens of fighters are said to have been killed.",
            "Dozens of fighters are said to have been killed",
            "hedged",  # hearsay with no source (claims_passive_hedges)
        ),
    ],
)
def test_agentless_passives(text: str, content: str, modality: str) -> None:
    c = only(claims_of(text))
    assert c.claimant is None and c.actor is None
    assert (c.content.text, c.modality) == (content, modality)


def test_lede_description_is_named_in_the_next_sentence() -> None:
    lede, named = claims_of(
        "A senior Turkish official said on Monday that the border would stay closed. "
        "Omer Celik, a spokesman for the Turkish government, said 40 trucks had been turned back."
    )
    assert text_of(lede.claimant) == "A senior Turkish official"
    assert lede.actor == named.actor
    assert named.actor is not None and named.actor.name == "Omer Celik"


def test_lede_description_of_another_country_stays_anonymous() -> None:
    lede, named = claims_of(
        "A senior US official said on Monday that the border would stay closed. "
        "Omer Celik, a spokesman for the Turkish government, said 40 trucks had been turned back."
    )
    assert lede.actor is not None and (lede.actor.name, lede.actor.country_code) == (
        "senior US official",
        "US",
    )
    assert named.actor is not None and named.actor.country_code == "TR"


def test_surname_alone_is_the_person_named_before() -> None:
    first, second = claims_of(
        'Anne Schuchat, a director at the agency, said the cases were sporadic. "It is too soon '
        'to say what this means," Schuchat said.'
    )
    assert first.actor is not None and first.actor.name == "Anne Schuchat"
    assert second.actor == first.actor


def test_speech_verb_with_a_plain_object_is_no_claim() -> None:
    assert claims_of("Kenya has maintained strong ties with Britain since 1963.") == []


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("The French government said that the fighters had been moved through Turkey.", "Paris"),
        ("The Turkish government denied that it had sent any fighters.", "Ankara"),
        ("The Syrian presidency said the claims were false.", "Damascus"),
        ("Russia's Foreign Intelligence Service said militants were on the move.", "Moscow"),
    ],
)
def test_government_claimants_are_seated_in_their_capital(text: str, seat: str) -> None:
    c = only(claims_of(text))
    assert c.actor is not None
    assert seat_of(c.actor).place_name == seat


def test_content_stays_in_the_paragraph_of_its_cue() -> None:
    text = (
        "Officials warned of more violence. The ministry blamed rebels for the attack on "
        "the convoy\n\nAnother paragraph begins here with text."
    )
    found = claims_of(text)
    assert all("\n" not in c.content.text for c in found)
    assert all("Another paragraph" not in c.content.text for c in found)


def test_quotation_after_a_colon_and_a_paragraph_break() -> None:
    c = only(
        claims_of(
            "The minister continued:\n\n“We will not send troops to the border region. "
            "Our soldiers stay home.”\n\nThe talks resumed."
        )
    )
    assert text_of(c.claimant) == "The minister"
    assert c.content.text.startswith("“We will not send troops")
    assert c.content.text.endswith("stay home.”")


def test_fronted_phrase_is_no_content() -> None:
    found = claims_of("Through a spokesman, the governor declined to comment. It rained.")
    assert all(not c.content.text.startswith("Through") for c in found)
    assert claims_of("But in March, the mining company failed as predicted.") == []


def test_each_side_is_a_claimant_without_a_single_actor() -> None:
    found = claims_of(
        "Armenia and Azerbaijan traded blame on Sunday. "
        "Each side accused the other of shelling civilian areas."
    )
    c = found[-1]
    assert text_of(c.claimant) == "Each side"
    assert c.actor is None


def test_participle_after_a_comma_is_a_claim_of_its_own() -> None:
    found = claims_of(
        "The minister mocked the complaint, saying anybody who complains about the "
        "border is not serious."
    )
    assert [(text_of(c.cue), c.content.text) for c in found] == [
        ("mocked", "the complaint"),
        ("saying", "anybody who complains about the border is not serious"),
    ]
    assert [text_of(c.claimant) for c in found] == ["The minister", "The minister"]


def test_saying_under_a_preposition_takes_the_clause_subject() -> None:
    c = only(claims_of("The envoy began by saying the talks in Geneva had failed."))
    assert text_of(c.claimant) == "The envoy"
    assert c.content.text == "the talks in Geneva had failed"
    c = only(claims_of("The minister was criticised for saying that the border was safe."))
    assert text_of(c.claimant) == "The minister"


def test_the_accused_is_no_source_and_the_asked_no_asker() -> None:
    c = only(claims_of("Russia was accused of planning to send troops to the border."))
    assert c.claimant is None and c.actor is None
    assert (c.content.text, c.modality) == ("of planning to send troops to the border", "alleged")
    found = claims_of("Asked about the explosion, the governor said it was a bomb.")
    asked = [c for c in found if text_of(c.cue) == "Asked"]
    said = [c for c in found if text_of(c.cue) == "said"]
    assert all(c.claimant is None for c in asked)
    assert [text_of(c.claimant) for c in said] == ["the governor"]


def test_pronouns_follow_the_gender_the_text_gives() -> None:
    found = claims_of(
        "Maria Zakharova said on Monday that she had seen the report. "
        "Sergei Lavrov said the talks had failed. "
        "She added that Moscow would respond. He said the ceasefire held."
    )
    assert [(text_of(c.claimant), c.actor and c.actor.name) for c in found] == [
        ("Maria Zakharova", "Maria Zakharova"),
        ("Sergei Lavrov", "Sergei Lavrov"),
        ("She", "Maria Zakharova"),
        ("He", "Sergei Lavrov"),
    ]


def test_raised_belief_without_a_believer_is_a_hedged_claim() -> None:
    c = only(claims_of("About 300 militants are believed to have crossed into Azerbaijan."))
    assert c.claimant is None and c.actor is None
    assert c.content.text.startswith("About 300 militants")
    assert c.modality == "hedged"
    assert [(q.value, q.unit) for q in c.quantities][:1] == [(300, "militants")]


def test_live_blog_time_stamps_and_labels_are_no_claimants() -> None:
    c = only(claims_of("12:15 p.m.\n\nDonald Trump says political correctness has run wild."))
    assert text_of(c.claimant) == "Donald Trump"
    c = only(claims_of("The Latest: Erdogan urges supporters to monitor polling places.\n\nMore."))
    assert text_of(c.claimant) == "Erdogan"


def test_employer_before_a_lower_case_role_is_the_organisation() -> None:
    c = only(claims_of("Pentagon spokesman John Kirby said the convoy had reached Erbil."))
    assert c.actor is not None
    assert (c.actor.name, c.actor.organisation, c.actor.role) == (
        "John Kirby",
        "Pentagon",
        "spokesman",
    )
    assert seat_of(c.actor).place_name == "Arlington"


def test_title_case_office_is_no_employer() -> None:
    c = only(claims_of("Defence Minister Ali Reza said the troops had left Kirkuk."))
    assert c.actor is not None
    assert (c.actor.name, c.actor.organisation) == ("Ali Reza", None)


def test_named_organisation_in_apposition_to_a_description() -> None:
    c = only(claims_of("The UN refugee agency UNHCR said 4,000 people had fled Kherson."))
    assert c.actor is not None and c.actor.name == "UNHCR"
    assert seat_of(c.actor).place_name == "Geneva"


@pytest.mark.parametrize(
    ("text", "actor", "seat"),
    [
        (
            "Doctors Without Borders said 300 patients were treated.",
            "Médecins Sans Frontières",
            "Geneva",
        ),
        ("The U.N. refugee agency said thousands had crossed.", "UNHCR", "Geneva"),
    ],
)
def test_known_organisation_the_model_cuts_short(text: str, actor: str, seat: str) -> None:
    c = only(claims_of(text))
    assert c.actor is not None and c.actor.name == actor
    assert seat_of(c.actor).place_name == seat


def test_person_in_a_relative_clause_is_not_the_claimant() -> None:
    c = only(
        claims_of(
            "The Arakan Army, which controls much of northern Rakhine, said it had not "
            "attacked the camps."
        )
    )
    assert c.actor is not None and (c.actor.name, c.actor.kind) == ("Arakan Army", "organisation")


def test_paragraph_break_ends_a_sentence() -> None:
    # the small parser glues a headline to the paragraph below it; a blank line is a break
    text = "Ceasefire holds in the north\n\nThe ministry said the truce held overnight."
    parsed = parse(doc_of(text))
    starts = [s.text.strip() for s in parsed.sents]
    assert starts == ["Ceasefire holds in the north", "The ministry said the truce held overnight."]
    c = only(claims_of(text))
    assert (text_of(c.claimant), c.content.text) == ("The ministry", "the truce held overnight")


def test_according_to_with_a_clause_hung_on_the_source() -> None:
    # the parser reads "the move reeks of ..." as an apposition of the source's name
    c = only(claims_of("According to radio host Rush Limbaugh, the move reeks of fear."))
    assert text_of(c.claimant) == "radio host Rush Limbaugh"
    assert c.content.text == "the move reeks of fear"


def test_that_clause_attached_as_an_adverbial() -> None:
    c = only(
        claims_of(
            "The governor tweeted in the early morning hours that the bridge was unsafe "
            "and closed it."
        )
    )
    assert text_of(c.claimant) == "The governor"
    assert c.content.text.startswith("that the bridge was unsafe")


def test_postposed_source_with_an_abbreviation_in_brackets() -> None:
    c = only(
        claims_of(
            "More than 900 migrants reached the island over the weekend after crossing the "
            "sea from Tunisia, the United Nations High Commissioner for Refugees (UNHCR) "
            "said on Monday."
        )
    )
    assert text_of(c.claimant) == "the United Nations High Commissioner for Refugees (UNHCR)"
    assert c.content.text.endswith("crossing the sea from Tunisia")
    assert c.quantities[0].value == 900 and c.quantities[0].bound == "at_least"


def test_a_gloss_after_a_parenthetical_source_is_not_the_claim() -> None:
    found = claims_of(
        "Hundreds of mercenaries have been flown from Sudan to Chad in the past week, "
        "Western diplomats said, in a move that could widen the war."
    )
    c = only(found)
    assert c.content.text == (
        "Hundreds of mercenaries have been flown from Sudan to Chad in the past week"
    )
    assert c.modality == "asserted"  # the reporter's "could" is not the diplomats' hedge


def test_an_appositive_gloss_after_an_allegation_is_not_the_claim() -> None:
    found = claims_of(
        "Armenia has moved artillery to the border, Azerbaijani officials alleged on "
        "Monday, a charge Yerevan rejected."
    )
    c = next(c for c in found if c.cue is not None and c.cue.text == "alleged")
    assert c.content.text == "Armenia has moved artillery to the border"
    assert c.date == date(2020, 10, 5) and c.date_precision == "day"


def test_a_quotation_before_wrote_on_a_platform_is_the_content() -> None:
    c = only(claims_of("“Our ports are open and working,” the minister wrote on Telegram."))
    assert c.content.text == "“Our ports are open and working,”"


def test_a_second_that_clause_is_part_of_the_content() -> None:
    c = only(
        claims_of(
            "The spokesman told reporters that no troops were in the country, and that "
            "reports of convoys were pure fabrication."
        )
    )
    assert c.content.text.endswith("reports of convoys were pure fabrication")


def test_the_month_may_is_no_hedge() -> None:
    c = only(claims_of("The agency said the families had fled two towns that were shelled in May."))
    assert c.modality == "asserted"


def test_a_weekly_news_conference_is_no_date() -> None:
    c = only(claims_of("The spokesman told a weekly news conference that the talks had failed."))
    assert (c.date_span, c.date_precision) == (None, "published")  # no phrase: publication


def test_a_date_under_a_second_cue_dates_that_cue() -> None:
    found = claims_of(
        "“No boat left with our knowledge,” a coast guard spokesman told Reuters, adding that "
        "his service had stopped 2,000 people last month."
    )
    told = next(c for c in found if c.cue is not None and c.cue.text == "told")
    assert (told.date_span, told.date_precision) == (None, "published")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said several hundred fighters were flown in.", [(200, "at_least", "fighters")]),
        (
            "The UN said tens of thousands of people had fled.",
            [(10_000, "at_least", "people")],
        ),
        (
            "The agency said that from 200 to 300 fighters had left.",
            [(200, "at_least", "fighters"), (300, "at_most", "fighters")],
        ),
        (
            "Police said the van was stopped on Interstate 35 with 23 migrants inside.",
            [(23, "exact", "migrants")],
        ),
        (
            "The ministry said 1,200 people arrived on Monday, up from 800 on Sunday.",
            [(1200, "exact", "people"), (800, "exact", "people")],
        ),
    ],
)
def test_counts_in_claims(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    c = only(claims_of(sentence))
    assert [(q.value, q.bound, q.unit) for q in c.quantities] == expected


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        (
            "A senior defence official, who spoke to AFP on condition of anonymity, said the "
            "convoy had crossed at night.",
            "AFP",
        ),
        ("Speaking to Reuters by phone, the commander said his troops had withdrawn.", "Reuters"),
        ("The minister, who spoke to reporters in Rome, said talks would resume.", None),
    ],
)
def test_the_medium_a_claimant_spoke_to_is_the_outlet(sentence: str, outlet: str | None) -> None:
    c = only(claims_of(sentence))
    assert text_of(c.outlet) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "OUAGADOUGOU, Burkina Faso (Reuters) - Gunmen killed at least 30 people in a raid on a "
        "market town, two security sources told Reuters.",
        "Gunmen raid market town\n\nBAMAKO (AP) — Gunmen killed at least 30 people in a raid "
        "on a market town, two security sources told Reuters.",
    ],
)
def test_a_dateline_is_not_part_of_the_lead_claim(text: str) -> None:
    c = only(claims_of(text))
    assert text_of(c.claimant) == "two security sources"
    assert c.content.text.startswith("Gunmen killed at least 30 people")
    assert text_of(c.outlet) == "Reuters"
    assert [(q.value, q.bound) for q in c.quantities] == [(30, "at_least")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army has not commented on the toll.",
        "The agency could not independently confirm the figures.",
        "Record numbers of migrants continue to cross the channel.",
    ],
)
def test_statements_of_silence_are_no_claims(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_a_negated_denial_is_not_a_denial() -> None:
    c = only(claims_of("Ankara did not deny that it had sent drones to the region."))
    assert c.modality != "denied"


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("According to a U.N. report seen by Reuters, 3,000 civilians fled the town.", "Reuters"),
        (
            "The group said in a statement carried by its al-Manar television station that "
            "it had fired rockets.",
            "al-Manar",
        ),
        ("The spokesman said on state television that the attack had been repelled.", None),
    ],
)
def test_relayed_and_broadcast_outlets(sentence: str, outlet: str | None) -> None:
    c = only(claims_of(sentence))
    assert text_of(c.outlet) == (outlet or "state television")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He estimated that nearly half of the rifles came from abroad.",
            (50, "approx", "percent"),
        ),
        ("Police said smugglers charged up to €5,000 per person.", (5000, "at_most", "EUR")),
    ],
)
def test_shares_and_currencies(sentence: str, expected: tuple[float, str, str]) -> None:
    c = only(claims_of(sentence))
    assert [(q.value, q.bound, q.unit) for q in c.quantities] == [expected]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The spokeswoman told a briefing in Hanoi that the ships were on routine patrol and "
            "urged Manila to stop provocations.",
            "urged",
        ),
        (
            "The militia's spokesman denied that the group shelled the camp, telling the BBC "
            "by phone that the army had staged the attack.",
            "telling",
        ),
    ],
)
def test_a_second_speech_verb_hung_on_the_complement_keeps_the_speaker(text: str, cue: str) -> None:
    found = claims_of(text)
    second = next(c for c in found if c.cue is not None and c.cue.text == cue)
    first = next(c for c in found if c is not second)
    assert text_of(second.claimant) == text_of(first.claimant)


def test_a_dateline_with_country_and_date_is_its_own_sentence() -> None:
    c = only(
        claims_of(
            "GOMA, Democratic Republic of Congo, Jan 24 (AP) - Rebels seized the town of Sake "
            "on Wednesday, residents said."
        )
    )
    assert c.content.text == "Rebels seized the town of Sake on Wednesday"


def test_units_keep_what_they_measure() -> None:
    c = only(claims_of("The navy said the ship was 380 nautical miles east of the islands."))
    assert [(q.value, q.unit) for q in c.quantities] == [(380, "nautical miles")]


@pytest.mark.parametrize(
    ("passage", "speaker", "day"),
    [
        (
            "The convoy, a police spokesman said on Monday, had left the border town at dawn.",
            "a police spokesman",
            date(2020, 10, 5),
        ),
        (
            "These recruits, the colonel explained later in a briefing, were paid in cash.",
            "the colonel",
            None,
        ),
    ],
)
def test_speaker_in_a_parenthesis_with_adverbials(passage: str, speaker: str, day: date) -> None:
    """ "X, <speaker> said on Monday, Y": the parser takes X for a second subject of the cue."""
    c = only(claims_of(passage))
    assert text_of(c.claimant) == speaker
    assert c.content.text == passage.rstrip(".")
    assert c.date == (day or date(2020, 10, 6))  # undated: the publication date
    assert (c.date_precision == "published") == (day is None)


def test_a_source_puts_a_toll_at_a_number() -> None:
    c = only(claims_of("Local officials put the death toll at more than 200 on Monday."))
    assert text_of(c.claimant) == "Local officials"
    assert c.content.text == "the death toll at more than 200"
    assert c.date == date(2020, 10, 5)
    assert [(q.value, q.bound) for q in c.quantities] == [(200, "at_least")]
    assert claims_of("She put the book on the table at noon.") == []


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        ("The Latest: Merkel urges voters to stay calm after the blast.", "Merkel"),
        ("Back when he ran the fund, Mr. Osei said that debt was a last resort.", "Mr. Osei"),
        ("Ama Mensah, the head of the agency, vowed to publish the audit.", "Ama Mensah"),
    ],
)
def test_of_two_subjects_before_a_cue_the_one_next_to_it_speaks(passage: str, speaker: str) -> None:
    """A headline label ("The Latest:") or a fronted phrase the parser also hangs on the cue
    as a subject is no speaker; an apposition between commas stays the name's."""
    c = claims_of(passage)[0]
    assert text_of(c.claimant) is not None and text_of(c.claimant).startswith(speaker)


def test_a_closing_quote_mark_is_not_part_of_the_speaker() -> None:
    c = only(
        claims_of("“The ceasefire is holding,” Mensah, a senior army officer, said on state radio.")
    )
    assert text_of(c.claimant) == "Mensah, a senior army officer"


def test_a_name_and_a_plural_cue_noun_before_that_are_a_speaker_and_verb() -> None:
    """ "Trump charges that ..." parses as a noun phrase with "charges" as its object."""
    c = only(claims_of("Okonjo charges that the donors paid millions to the foundation."))
    assert text_of(c.claimant) == "Okonjo"
    assert c.content.text.startswith("that the donors paid")


def test_a_subject_the_parse_runs_past_its_verb_ends_at_the_verb() -> None:
    passage = (
        "Turnout was low.\n\nA majority of voters expect Mensah to win Monday's debate, "
        "the first of three."
    )
    c = only(claims_of(passage))
    assert text_of(c.claimant) == "A majority of voters"
