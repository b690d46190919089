"""Claims in new genres, invented after a 24th probe: a fact-check (a negated "video does
not show" headline, a "Claim:" line that names its post, "According to the post"), a Q&A
transcript ("A:" lines are the interviewee's), a prosecutors' release (a headline's
"Charged With", "is believed to be", "according to the indictment, X, 51,"), a relay
("relayed the claim, citing Y"), a nested "according to them", a UN panel's "received
information from Member State X that", a bracketed resolution year, "they" after
families, "X for Y and Z" names, a namesake of a leader called a lawyer and an official
seated by the town before the post.
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 6, 10, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="p24b")


def _at(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if text_of(c.cue) == cue]
    assert found, [(text_of(c.cue), text_of(c.claimant), c.content.text) for c in claims]
    return found[0]


def _actor(c: Claim) -> str | None:
    return c.actor.name if c.actor is not None else None


def test_negated_video_headline_is_no_claim_by_the_video() -> None:
    claims = claims_of(
        "Fact check: Footage does not show Hungarian tanks moving from Debrecen to Uzhhorod\n"
        "Users on Telegram claimed that the tanks had crossed the border at Tiszabecs."
    )
    assert all(text_of(c.claimant) != "Footage" for c in claims)
    assert [text_of(c.cue) for c in claims] == ["claimed"]


def test_claim_line_is_the_posts_claim_and_according_to_the_post_follows() -> None:
    claims = claims_of(
        "Claim: “Hungarian tanks entered Ukraine at Tiszabecs this morning, heading for "
        "Uzhhorod,” reads the caption of a post by the account “Karpatsky Vestnik”, which has "
        "40,000 followers. According to the post, the tanks were first gathered in Debrecen "
        "and then driven through Nyíregyháza.\nVerdict: False"
    )
    read = _at(claims, "reads")
    assert text_of(read.claimant) == "a post by the account “Karpatsky Vestnik”"
    assert read.content.text.startswith("“Hungarian tanks entered Ukraine")
    assert read.content.text.endswith("Uzhhorod,”")
    assert read.modality == "alleged"
    post = _at(claims, "According to")
    assert text_of(post.claimant) == "the post"
    assert post.content.text.startswith("the tanks were first gathered in Debrecen")
    assert all(text_of(c.cue) not in (":", "Claim") for c in claims)


def test_claim_line_without_its_own_source_keeps_the_verdict() -> None:
    claims = claims_of(
        "Claim: Hungarian tanks entered Ukraine at Tiszabecs on Monday morning.\nVerdict: False"
    )
    c = _at(claims, ":")
    assert c.claimant is None
    assert c.modality == "denied"


_TRANSCRIPT = (
    "Major Idris Kanaan commands the Hamza Brigade near Jarablus. He spoke to us on "
    "Friday in Kilis.\n"
    "Q: Monitors say 800 fighters left Jarablus for Niger in May. Is that true?\n"
    "A: No. Nobody from my brigade went to Niger. These numbers are simply invented.\n"
    "Q: Relatives say the men were flown from Kilis to Niamey.\n"
    "A: There are no flights from Kilis to Niamey carrying my men.\n"
)


def test_transcript_answers_are_the_interviewees_claims() -> None:
    claims = claims_of(_TRANSCRIPT)
    answers = [c for c in claims if text_of(c.cue) == "A"]
    assert [c.content.text for c in answers] == [
        "Nobody from my brigade went to Niger",
        "These numbers are simply invented",
        "There are no flights from Kilis to Niamey carrying my men",
    ]
    assert {_actor(c) for c in answers} == {"Idris Kanaan"}
    assert answers[0].modality == "denied"
    assert answers[2].modality == "denied"  # "there are no flights from X to Y"
    assert _actor(_at(claims, "say")) == "Monitors"  # a question reports a third party


def test_answer_lines_without_questions_are_no_transcript() -> None:
    claims = claims_of(
        "Major Idris Kanaan commands the Hamza Brigade. He spoke to us on Friday.\n"
        "A: Nobody from my brigade went to Niger, and nobody will go.\n"
    )
    assert all(text_of(c.cue) != "A" for c in claims)


def test_headline_passive_charge_is_no_claim() -> None:
    claims = claims_of(
        "Two Charged With Exporting Drone Parts to Iran\n"
        "The defendants are charged with conspiracy and wire fraud. "
        "Prosecutors said the parts were shipped through Dubai."
    )
    assert "Charged" not in [text_of(c.cue) for c in claims]
    assert _at(claims, "said").claimant is not None
    charged = _at(claims, "charged")  # (a charge in the body has no source: PolNeAR's way)
    assert charged.claimant is None


def test_hearsay_passive_does_not_borrow_the_subject_as_claimant() -> None:
    """Since session 25 a claimant-less passive that only places someone ("is believed to
    be in Belarus") is no claim at all (it was pinned as a hedged claim with no claimant);
    the subject is still never its claimant."""
    claims = claims_of("Ivan Petrov remains at large and is believed to be in Belarus.")
    assert claims == []
    moving = claims_of("Ivan Petrov remains at large and is believed to be heading to Minsk.")
    c = _at(moving, "believed")
    assert c.claimant is None
    assert c.modality == "hedged"


def test_person_with_an_age_after_according_to_a_document_is_its_subject() -> None:
    claims = claims_of(
        "According to the complaint, Ivan Petrov, 51, of Coral Gables, bought 300 drones "
        "from dealers in Texas."
    )
    c = _at(claims, "According to")
    assert text_of(c.claimant) == "the complaint"
    assert c.content.text.startswith("Ivan Petrov, 51, of Coral Gables, bought")


def test_relayed_claim_citing_users_makes_them_the_source() -> None:
    claims = claims_of(
        "Users on Telegram claimed that 2,000 soldiers had reached Gomel. BelTA relayed the "
        "claim on Sunday, citing “residents of southern Belarus”."
    )
    c = _at(claims, "relayed")
    assert text_of(c.claimant) == "residents of southern Belarus"
    assert c.content.text == "the claim"
    assert text_of(c.outlet) == "BelTA"


def test_nested_according_to_them_does_not_take_the_claim() -> None:
    claims = claims_of(
        "About 300 gunmen are said to have left the Gao region in recent days, crossing the "
        "border to settle near Tahoua, according to local officials and aid workers contacted "
        "by AFP, who describe an exodus that, according to them, has grown since the harvest."
    )
    c = _at(claims, "according to")
    assert text_of(c.claimant) == "local officials and aid workers contacted by AFP"
    assert c.content.text.startswith("About 300 gunmen are said to have left the Gao region")
    assert c.modality == "hedged"
    assert all(text_of(c.claimant) != "them" for c in claims)


def test_information_received_from_a_member_state() -> None:
    claims = claims_of(
        "The Committee also received information from Member State Italy that the tanker "
        "had switched off its transponder near Benghazi."
    )
    c = _at(claims, "received information")
    assert text_of(c.claimant) == "Italy"
    assert c.content.text == "that the tanker had switched off its transponder near Benghazi"
    assert c.actor is not None and c.actor.country_code == "IT"


def test_bracketed_resolution_year_does_not_date_the_claim() -> None:
    claims = claims_of(
        "The Panel finds that the flights violate paragraph 9 of resolution 2292 (2016) and "
        "recommends that the Committee designate the airline."
    )
    c = _at(claims, "recommends")
    assert c.date_precision == "published"
    assert str(c.date) == "2026-06-10"


def test_they_after_families_means_the_families() -> None:
    claims = claims_of(
        "Families in Raqqa told us their sons were offered $900 a month. They say recruiters "
        "came to the camps near Tabqa."
    )
    c = _at(claims, "say")
    assert _actor(c) == "Families"


def test_group_named_x_for_y_and_z_keeps_its_whole_name() -> None:
    claims = claims_of(
        "According to Syrians for Truth and Justice, the men were taken from Homs to Latakia."
    )
    assert _actor(_at(claims, "According to")) == "Syrians for Truth and Justice"


def test_a_leaders_namesake_called_a_lawyer_is_not_the_leader() -> None:
    claims = claims_of(
        "Petrov's lawyer, Daniel Ortega, denied that his client knew where the parts went. "
        "“My client sold radios to a shop in Riga,” Ortega told the Miami Herald."
    )
    for c in (_at(claims, "denied"), _at(claims, "told")):
        assert c.actor is not None and c.actor.country_code != "NI"


def test_official_placed_by_the_town_before_the_post_is_seated_there() -> None:
    from claimmap.documents import from_text
    from claimmap.pipeline import analyze

    doc = from_text(
        "Troops massing near the border, says Kyiv\n"
        "KYIV, Ukraine (AP) — A Kharkiv regional official, Oleh Kovalenko, said there were "
        "no foreign troops in the city of Kharkiv.",
        doc_id="p24b-seat",
        published=PUBLISHED,
    )
    c = _at(analyze(doc, stages="claims").claims, "said")
    assert c.actor is not None
    assert c.actor.located == "Kharkiv"
