"""Claims in invented wire-style sentences written after a 23rd probe of unseen articles:
live-blog time stamps, circumstance clauses after an attribution, closing speakers the
parser hung on the clause, non-answers, a present content cut at "and rejected", passive
hearsay, and the day a speaker's next sentence keeps.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim
from claimmap.timestamps import timestamp_ends

PUBLISHED = datetime(2026, 3, 12, 9, 0)  # a Thursday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="p23c")


def _at(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if text_of(c.cue) == cue]
    assert found, [(text_of(c.cue), c.content.text) for c in claims]
    return found[0]


LIVE = (
    "Live: tanker seized off Libya\n\n"
    "08:10 GMT — A second tanker is involved, Libyan officials say.\n\n"
    "09:45 GMT — Satellite images reviewed by the Reuters news agency appear to show a "
    "tanker moored at the oil terminal in Zawiya on March 9.\n\n"
    "10:30 UTC: Malta's transport ministry says it is checking the papers.\n"
)


def test_time_stamps_open_paragraphs_of_a_live_blog() -> None:
    ends = timestamp_ends(LIVE)
    assert [LIVE[a:b] for a, b in ends] == ["08:10 GMT — ", "09:45 GMT — "]
    assert timestamp_ends("Prices rose 10.5 percent - the most since 2019.") == []


def test_time_stamp_is_neither_claimant_nor_content() -> None:
    claims = claims_of(LIVE)
    say = _at(claims, "say")
    assert say.content.text == "A second tanker is involved"
    assert text_of(say.claimant) == "Libyan officials"
    assert all("GMT" not in (text_of(c.claimant) or "") for c in claims)
    assert all(c.actor is None or c.actor.name != "GMT" for c in claims)


def test_circumstance_after_an_attribution_is_no_claim() -> None:
    c = only(
        claims_of(
            "More than 300 migrants were rescued off Lampedusa over the weekend, Italy's coast "
            "guard said on Monday, as departures from Tunisia continued despite strong winds."
        )
    )
    assert text_of(c.claimant) == "Italy's coast guard" and text_of(c.cue) == "said"
    assert c.content.text == "More than 300 migrants were rescued off Lampedusa over the weekend"


def test_closing_compound_speaker_hung_on_the_clause() -> None:
    c = only(
        claims_of(
            "A column of about 60 armoured vehicles belonging to Turkish-backed factions "
            "crossed from Jarabulus into northern Syria on Monday night and headed south "
            "towards Manbij, local sources and a war monitor said."
        )
    )
    assert text_of(c.claimant) == "local sources and a war monitor"
    assert c.content.text.startswith("A column of about 60 armoured vehicles")
    assert c.content.text.endswith("headed south towards Manbij")


def test_closing_body_with_its_article_after_a_comma() -> None:
    c = only(
        claims_of(
            "In the past month, at least 30 tankers have left Syria through Baniyas, the "
            "Observatory estimates."
        )
    )
    assert text_of(c.cue) == "estimates"
    assert c.claimant is not None and c.claimant.text.endswith("Observatory")
    assert c.actor is not None and c.actor.name == "Observatory"
    assert (
        c.content.text == "In the past month, at least 30 tankers have left Syria through Baniyas"
    )


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The navy said it had intercepted a trawler off Pemba. It did not say where the "
            "boat had sailed from.",
            "did not say",
            "where the boat had sailed from",
        ),
        (
            "Harbour police arrested a man in Mombasa on Tuesday. It did not say whose boats "
            "they were.",
            "did not say",
            "whose boats they were",
        ),
        (
            "Kenya's government has said nothing about departures from its coast.",
            "has said",
            "nothing about departures from its coast",
        ),
        (
            "A European official said Brussels was aware of the reports. The official declined "
            "to say whether patrol aircraft had been involved.",
            "declined",
            "to say whether patrol aircraft had been involved",
        ),
    ],
)
def test_non_answers_keep_their_attribution_with_their_own_kind(
    sentence: str, cue: str, content: str
) -> None:
    c = _at(claims_of(sentence), cue)
    assert (c.kind, c.content.text) == ("non_answer", content)


def test_a_statement_is_no_non_answer() -> None:
    c = only(claims_of("The navy said it had intercepted a trawler off Pemba."))
    assert c.kind == "report"


def test_a_claim_no_one_could_verify_is_a_caveat_not_a_claim() -> None:
    c = only(
        claims_of(
            "The activists said the detainees had been beaten, a claim that independent "
            "monitors could not verify."
        )
    )
    assert text_of(c.cue) == "said" and c.content.text == "the detainees had been beaten"
    assert c.modality == "asserted"
    assert [k.text for k in c.caveats] == ["a claim that independent monitors could not verify"]


def test_and_rejected_after_a_present_content_is_a_denial_of_its_own() -> None:
    claims = claims_of(
        'The Omani foreign ministry said in a statement that the country "enforces strict '
        'customs checks" and rejected any suggestion that Omani ports were knowingly used by '
        "smugglers."
    )
    said, rejected = _at(claims, "said"), _at(claims, "rejected")
    assert said.content.text == 'that the country "enforces strict customs checks"'
    assert said.modality == "asserted"
    assert rejected.content.text == (
        "any suggestion that Omani ports were knowingly used by smugglers"
    )
    assert rejected.modality == "denied" and rejected.claimant == said.claimant


def test_a_deed_after_a_pluperfect_content_is_no_claim() -> None:
    c = only(
        claims_of(
            "Kenya's marine police said it had arrested five men near Kiunga in July and "
            "found rifle parts hidden in fishing nets."
        )
    )
    assert text_of(c.cue) == "said"
    assert c.content.text.endswith("found rifle parts hidden in fishing nets")


def test_passive_hearsay_is_hedged_and_carries_on_the_source_before() -> None:
    claims = claims_of(
        "A third tanker is involved, Libyan officials say. The Malta-flagged Sea Falcon is "
        "said to have loaded fuel at Zawiya before sailing north."
    )
    said = _at(claims, "said")
    assert said.claimant is None and said.modality == "hedged"
    assert said.actor is not None and said.actor == _at(claims, "say").actor


def test_passive_hearsay_with_no_source_before_stays_unattributed() -> None:
    c = only(
        claims_of("The convoy split near Homs. The other is believed to be heading to Latakia.")
    )
    assert (c.actor, c.modality) == (None, "hedged")


def test_the_next_sentence_of_a_speaker_keeps_the_day() -> None:
    claims = claims_of(
        "UNHCR spokesman Ali Noor told reporters in Geneva on Tuesday that at least 300 "
        "people were at sea. He added that two boats had engine trouble.\n\n"
        "Navy spokesman Budi Santoso said on Monday that no boat had been towed. He rejected "
        "accusations that sailors had pushed boats back."
    )
    assert _at(claims, "told").date == date(2026, 3, 10)
    assert (_at(claims, "added").date, _at(claims, "added").date_precision) == (
        date(2026, 3, 10),
        "day",
    )
    rejected = _at(claims, "rejected")
    assert rejected.actor is not None and rejected.actor.name == "Budi Santoso"
    assert rejected.date == date(2026, 3, 9)


def test_a_new_paragraph_does_not_keep_the_day() -> None:
    claims = claims_of(
        "UNHCR spokesman Ali Noor told reporters in Geneva on Tuesday that at least 300 "
        "people were at sea.\n\nHe added that two boats had engine trouble."
    )
    assert _at(claims, "added").date_precision == "published"


def test_passive_hearsay_in_a_new_paragraph_stays_unattributed() -> None:
    claims = claims_of(
        "A third tanker is involved, Libyan officials say.\n\nThe Malta-flagged Sea Falcon is "
        "said to have loaded fuel at Zawiya before sailing north."
    )
    assert _at(claims, "said").actor is None


def test_an_aside_on_a_negated_speech_verb_still_attributes_its_clause() -> None:
    claims = claims_of(
        "The video also does not answer whether the driver had a knife, as police have said."
    )
    c = _at(claims, "have said")
    assert text_of(c.claimant) == "police"


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor has proposed nothing that would raise his own taxes.",
        "The minister has steadfastly refused to disclose detailed medical records.",
    ],
)
def test_proposals_and_refusals_to_hand_over_things_are_no_non_answers(sentence: str) -> None:
    assert all(c.kind != "non_answer" for c in claims_of(sentence))
