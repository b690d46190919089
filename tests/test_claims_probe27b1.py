"""Claims in genre formats, invented after probe 27b: an interview printed as turns under
the speakers' names ("Berg: …?" / "Lindqvist: …"), a timeline of dated lines ("May 9 —
…"), a post quoted after "reads:", a checker's verdict ("VERDICT: FALSE", "The claim is
false"), an institution's own cues ("assesses that … likely", "designated X for Y"), a
speech verb inside an "if" clause, and the legs an institution's report tells in its own
voice.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claim_by_cue, claims_of, seat_name, text_of

import claimmap
from claimmap.model import Analysis, Claim

_INTERVIEW = (
    "Nordic Wire, 2026-03-02\n"
    '"We sailed at midnight": a fisherman on his road to Tromsø\n'
    "TROMSØ — Anders Lindqvist, 41, left Murmansk in 2023 and now lives in Norway. He "
    "spoke to Nordic Wire's Maja Berg in Tromsø last month.\n\n"
    "Berg: Why did you leave?\n\n"
    "Lindqvist: My brother was arrested in Murmansk and the police came to our flat twice. "
    "A neighbour I trusted said a captain could take me to Norway for 3,000 euros.\n\n"
    "Berg: How did you travel?\n\n"
    "Lindqvist: We sailed from Murmansk to Kirkenes in a small trawler. The captain told us "
    "the coast guard had been paid. A cousin of mine was sent to Petrozavodsk, I heard, but "
    "nobody has seen him since.\n\n"
    "Berg: Moscow says nobody is punished for leaving and that it has not arrested anyone at "
    "the border. What do you say to that?\n\n"
    "Lindqvist: That is not true. My landlord said if I stayed he would report me to the "
    "police.\n"
)


def _analysed(text: str) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text, doc_id="p27b1"))


def _by_actor(found: list[Claim] | tuple[Claim, ...], name: str) -> list[Claim]:
    return [c for c in found if c.actor is not None and c.actor.name == name]


def test_questions_under_a_name_tag_are_no_claims() -> None:
    found = claims_of(_INTERVIEW)
    assert not any(c.content.text.endswith("?") for c in found)
    assert not _by_actor(found, "Maja Berg")
    assert all(text_of(c.claimant) != "Berg" for c in found)


def test_each_answer_sentence_is_the_interviewees_claim() -> None:
    found = claims_of(_INTERVIEW)
    answers = [c for c in found if text_of(c.cue) == "Lindqvist"]
    texts = [c.content.text for c in answers]
    assert "We sailed from Murmansk to Kirkenes in a small trawler" in texts
    assert "My brother was arrested in Murmansk and the police came to our flat twice" in texts
    assert {c.actor.name for c in answers if c.actor} == {"Anders Lindqvist"}
    assert all(text_of(c.claimant) == "Anders Lindqvist" for c in answers)
    # what others told him stays theirs
    told = claim_by_cue(found, "told")
    assert text_of(told.claimant) == "The captain"


def test_an_answers_i_is_the_interviewee_not_the_author() -> None:
    heard = claim_by_cue(claims_of(_INTERVIEW), "heard")
    assert heard.actor is not None
    assert heard.actor.name == "Anders Lindqvist"
    assert heard.modality == "hedged"  # "…, I heard": hearsay


def test_a_question_relays_a_third_partys_claim() -> None:
    says = claim_by_cue(claims_of(_INTERVIEW), "says")
    assert text_of(says.claimant) == "Moscow"
    assert says.actor is not None and says.actor.country_code == "RU"
    assert says.modality == "denied"


def test_a_speech_verb_in_a_condition_is_no_cue() -> None:
    found = claims_of(_INTERVIEW)
    assert all(text_of(c.cue) != "stayed" for c in found)
    said = [c for c in found if text_of(c.claimant) == "My landlord"]
    assert [c.content.text for c in said] == ["if I stayed he would report me to the police"]
    assert text_of(said[0].cue) == "said"
    lone = claims_of("If she complained that the food was cold, the guards laughed at her.")
    assert all(text_of(c.cue) != "complained" for c in lone)


def test_interviewee_sits_where_the_interview_was_held_and_owns_his_legs() -> None:
    a = _analysed(_INTERVIEW)
    answers = [c for c in a.claims if text_of(c.cue) == "Lindqvist"]
    assert answers and {seat_name(c) for c in answers} == {"Tromsø"}
    names = {p.id: p.name for p in a.places}
    ids = {c.id for c in answers}
    legs = [
        leg
        for r in a.routes
        for leg in r.legs
        if (names[leg.from_place], names[leg.to_place]) == ("Murmansk", "Kirkenes")
    ]
    assert legs and set(legs[0].claim_ids) <= ids and legs[0].claim_ids


def test_name_tags_without_questions_stay_speaker_labels() -> None:
    debate = (
        "Senators Ann Hale and Tom Ruiz debated in Boise on Monday.\n\n"
        "Hale: We will close the depot at Twin Falls by June.\n\n"
        "Ruiz: The depot has never handled weapons from Nevada.\n\n"
        "Hale: The records from Elko show otherwise.\n\n"
        "Ruiz: Those records were forged by the contractor.\n"
    )
    found = claims_of(debate)
    assert {text_of(c.claimant) for c in found if text_of(c.cue) == ":"} == {"Hale", "Ruiz"}


_TIMELINE = (
    "Reuters, 2026-05-30\n"
    "Timeline: the voyage of the cargo ship Baltic Star\n"
    "GDANSK, May 30 (Reuters) - The Baltic Star reached Gdansk on Friday.\n\n"
    "May 3 — The Baltic Star leaves Klaipeda with 40 containers, Lithuania's customs "
    "service later says.\n\n"
    "May 9 — Port workers in Rotterdam tell the newspaper NRC that the ship was seen off the "
    "Dutch coast. The next day the Dutch coast guard denies that it had any contact with the "
    "vessel.\n\n"
    "May 14 — The ship is escorted to Antwerp by a Belgian navy patrol, the prosecutor's "
    "office says.\n\n"
    "May 17 — The crew come ashore at Antwerp. They are then driven to a detention centre in "
    "Brussels.\n\n"
    "May 20 — The owner's lawyer, Jan Peeters, says the crew had first sailed from Tallinn "
    "to Riga.\n"
)
_PUBLISHED = datetime(2026, 5, 30)


def _said_by(found: list[Claim], claimant: str) -> Claim:
    hits = [c for c in found if text_of(c.claimant) == claimant]
    assert len(hits) == 1, [(text_of(c.claimant), c.content.text) for c in found]
    return hits[0]


def test_timeline_lines_date_their_claims() -> None:
    found = claims_of(_TIMELINE, _PUBLISHED)
    assert _said_by(found, "Lithuania's customs service").date == date(2026, 5, 3)  # "later"
    assert _said_by(found, "Port workers in Rotterdam").date == date(2026, 5, 9)
    assert claim_by_cue(found, "denies").date == date(2026, 5, 10)  # "The next day"
    assert _said_by(found, "the prosecutor's office").date == date(2026, 5, 14)
    assert _said_by(found, "The owner's lawyer, Jan Peeters").date == date(2026, 5, 20)


def test_timeline_date_heads_are_cut_from_claimants_and_contents() -> None:
    found = claims_of(_TIMELINE, _PUBLISHED)
    told = claim_by_cue(found, "tell")
    assert text_of(told.claimant) == "Port workers in Rotterdam"
    assert told.actor is not None and told.actor.name.startswith("Port workers")
    lawyer = _said_by(found, "The owner's lawyer, Jan Peeters")
    assert lawyer.actor is not None and lawyer.actor.name == "Jan Peeters"
    customs = _said_by(found, "Lithuania's customs service")
    assert customs.content.text == "The Baltic Star leaves Klaipeda with 40 containers"


def test_year_heads_date_their_lines_at_year_precision() -> None:
    found = claims_of(
        "Key dates in the Sahel smuggling trade.\n\n"
        "2019: Smugglers open a route from Agadez to Sabha, the UN later says.\n\n"
        "2021: The route closes after clashes near Ubari, Libyan officials say.\n"
    )
    un = _said_by(found, "the UN")
    assert (un.date, un.date_precision) == (date(2019, 1, 1), "year")
    assert _said_by(found, "Libyan officials").date == date(2021, 1, 1)
    assert un.date_span is not None and un.date_span.text == "2019"


def test_timeline_lines_date_their_movements_not_earlier_ones() -> None:
    text = _TIMELINE.replace("Reuters, 2026-05-30\n", "")
    a = claimmap.analyze(claimmap.from_text(text, doc_id="p27b1", published=_PUBLISHED))
    by_trigger = {m.trigger.text: m for m in a.movements}
    assert by_trigger["driven"].date == date(2026, 5, 17)  # a sentence without the date
    assert by_trigger["leaves"].date == date(2026, 5, 3)
    assert by_trigger["sailed"].date is None  # "had first sailed": before the line's day


_POST = (
    'The video was first posted on May 2 by "Baltic Watch", a Telegram channel. It shows a '
    'column of trucks and reads: "Lithuania sent 40 trucks of ammunition from Vilnius to Lviv '
    'this week."'
)


def test_a_quoted_post_is_its_publishers_claim() -> None:
    reads = claim_by_cue(claims_of(_POST), "reads")
    assert text_of(reads.claimant) == "Baltic Watch"
    assert reads.content.text.startswith('"Lithuania sent 40 trucks')
    assert reads.modality == "asserted"  # no verdict in the piece: just what it says


def test_a_checked_post_alleges_and_the_verdict_is_the_checkers() -> None:
    text = "Faktabaari, 2026-05-04\nHELSINKI, May 4 - " + _POST + "\n\nVERDICT: FALSE\n"
    a = _analysed(text)
    reads = claim_by_cue(list(a.claims), "reads")
    assert reads.modality == "alleged"
    verdict = claim_by_cue(list(a.claims), "VERDICT")
    assert verdict.content.text == "FALSE"
    assert verdict.actor is not None and verdict.actor.name == "Faktabaari"
    assert seat_name(verdict) == "Helsinki"


def test_a_verdict_in_prose_is_the_checkers_but_not_a_quoted_one() -> None:
    found = claims_of(
        "Lead Stories, 2026-05-04\nA post claims that buses took migrants from Narva to "
        "Tartu. The claim is false: no buses crossed the bridge that week.\n"
    )
    verdict = claim_by_cue(found, "false")
    assert verdict.content.text == "The claim is false"
    assert verdict.actor is not None and verdict.actor.name == "Lead Stories"
    quoted = claims_of("The claim is false, the ministry said on Monday.")
    assert all(text_of(c.cue) != "false" for c in quoted)


def test_an_institutions_assessment_and_designation_are_its_claims() -> None:
    found = claims_of(
        "Today, Finland's customs service designated three companies for their role in "
        "shipping drone parts from Kotka to Russia. The service assesses that the network "
        "likely moved more than 900 parcels last year."
    )
    designated = claim_by_cue(found, "designated")
    assert text_of(designated.claimant) == "Finland's customs service"
    assert designated.content.text.startswith("three companies for their role in shipping")
    assert designated.modality == "alleged"
    assessed = claim_by_cue(found, "assesses")
    assert text_of(assessed.claimant) == "The service"
    assert assessed.modality == "hedged"
    task = claims_of("Engineers are assessing whether the bridge at Narva can reopen.")
    assert task == []  # a task, not a finding


def test_a_sanction_without_a_reason_is_a_measure_not_a_claim() -> None:
    found = claims_of(
        "The Treasury sanctioned Norgold, a mining firm based in Kiruna, in 2019 and has "
        "warned that ore exports help Minsk evade sanctions.",
        _PUBLISHED,
    )
    assert [text_of(c.cue) for c in found] == ["has warned"]
    assert found[0].date == date(2026, 5, 30)  # the 2019 is the sanction's, not the warning's


_REPORT = (
    "{outlet}, 2026-09-01\n"
    "Final report of the Panel of Experts on Libya\n"
    "12. The Panel documented at least six cargo flights to Benghazi between March and May "
    "2026.\n\n"
    "13. The crates are flown from Latakia to Benghazi on chartered aircraft and then "
    "trucked to Sabha.\n"
)


def _leg_claims(a: Analysis, ends: tuple[str, str]) -> tuple[str, ...]:
    names = {p.id: p.name for p in a.places}
    legs = [
        leg
        for r in a.routes
        for leg in r.legs
        if (names[leg.from_place], names[leg.to_place]) == ends
    ]
    assert legs, [(names[g.from_place], names[g.to_place]) for r in a.routes for g in r.legs]
    return legs[0].claim_ids


def test_an_institutions_report_tells_its_legs_in_its_own_voice() -> None:
    a = _analysed(_REPORT.format(outlet="United Nations Security Council"))
    documented = claim_by_cue(list(a.claims), "documented")
    assert _leg_claims(a, ("Latakia", "Benghazi")) == (documented.id,)
    assert _leg_claims(a, ("Benghazi", "Sabha")) == (documented.id,)


def test_a_news_medium_narrator_lends_no_voice_to_legs() -> None:
    a = _analysed(_REPORT.format(outlet="Reuters"))
    assert _leg_claims(a, ("Latakia", "Benghazi")) == ()
