"""A quotation that one attribution cuts or that runs on after it is one claim of one
speaker: the words describing the speaker ("X, a lawyer who has fought the port for
years,") or the scene ("summing up the talks") do not end it, a nickname in quotes inside
the name is no quotation of its own, and "“A,” X said, “B.”" read with B as the content
still opens at A. A second report ("adding", "she asked") keeps its own claim.
"""

from __future__ import annotations

from helpers import claims_of, text_of

from claimmap.claims_filters_quotations import _opening
from claimmap.claims_quotes import quote_regions
from claimmap.claims_tokens import RawClaim
from claimmap.model import Claim


def _rows(found: list[Claim]) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in found]


# --- the quotation after a long description of the speaker ---------------------------------


def test_relative_clause_describing_the_speaker_does_not_end_the_quotation() -> None:
    text = (
        "“The harbour is silting up,” said Ana Ruiz, a marine engineer who has advised the"
        " port authority for a decade. “I am skeptical the dredging can keep pace. The"
        " budget is too small.”"
    )
    assert _rows(claims_of(text)) == [
        (
            "Ana Ruiz, a marine engineer who has advised the port authority for a decade",
            "said",
            text,
        )
    ]


def test_participle_of_the_scene_does_not_end_the_quotation() -> None:
    text = (
        "“The talks went well,” said Commissioner Pablo Varga, summing up a week of meetings"
        " that covered fishing quotas. “People are worried about what they see as a loss"
        " of income.”"
    )
    found = claims_of(text)
    assert [(text_of(c.cue), c.content.text) for c in found] == [("said", text)]


def test_nickname_in_quotes_is_part_of_the_name() -> None:
    text = (
        "“We will rebuild the bridge,” the mayor's deputy, Carla “Cici” Ortega, told the"
        " crowd. “We have to show that we keep our promises.”"
    )
    assert _rows(claims_of(text)) == [("the mayor's deputy, Carla “Cici” Ortega", "told", text)]


def test_quotation_ending_mid_sentence_still_continues() -> None:
    found = claims_of(
        "“The levy is a patch,” said Ivo Hart, an economist at the Baltic Institute. “I would"
        " not call it reform. It is basically a tax on small farms” for the coming decade."
    )
    assert [(text_of(c.cue), c.content.text.endswith("a tax on small farms”")) for c in found] == [
        ("said", True)
    ]


# --- a quotation resumed in the same sentence -------------------------------------------------


def test_quotation_resumed_after_the_attribution_is_one_content() -> None:
    text = (
        "“What we owe the fishermen is honesty,” Ms. Berg said, “and to say that, look, the"
        " quotas are shrinking. That is going to be true everywhere.”"
    )
    assert _rows(claims_of(text)) == [("Ms. Berg", "said", text)]


def test_told_resumes_the_quotation_after_its_listener() -> None:
    text = (
        "“Every time you repeat that,” Lind told the panel, “you give ammunition to the people"
        " who want to close the clinic.”"
    )
    assert _rows(claims_of(text)) == [("Lind", "told", text)]


def _said(body: str, content: str) -> RawClaim:
    """A "said" claim of ``body`` whose content is the quotation ``content``."""
    cue = body.index(" said") + 1
    start = body.index(content)
    who = body.index("Lind")
    return RawClaim(
        cue=(cue, cue + 4),
        content=(start, start + len(content)),
        claimant=(who, who + 4),
        claimant_token=None,
        outlet=None,
        cue_token=0,
        frame="speech",
        sentence=(0, len(body)),
    )


def test_content_read_after_the_cue_opens_at_the_quotation_it_cuts() -> None:
    body = "“Every time you say that,” Lind said, “you give ammunition to the clinic's foes.”"
    raw = _said(body, "“you give ammunition to the clinic's foes.”")
    assert _opening(body, raw, quote_regions(body)) == (0, body.index(" Lind"))


def test_a_quotation_closed_by_a_full_stop_opens_nothing() -> None:
    body = "“The clinic stays open.” Lind said, “and the ward too.”"
    raw = _said(body, "“and the ward too.”")
    assert _opening(body, raw, quote_regions(body)) is None


def test_words_between_the_cut_quotation_and_the_speaker_open_nothing() -> None:
    body = "“Every time you say that,” he wrote in May, and Lind said, “you lose the ward.”"
    raw = _said(body, "“you lose the ward.”")
    assert _opening(body, raw, quote_regions(body)) is None


# --- where the quotation has a report of its own ----------------------------------------------


def test_adding_keeps_the_second_quotation_apart() -> None:
    found = claims_of(
        "“We cannot afford the ferry anymore,” Mayor Holm said, adding later, “The island"
        " is costing us a fortune.”"
    )
    assert [(text_of(c.cue), c.content.text) for c in found] == [
        ("said", "“We cannot afford the ferry anymore,”"),
        ("adding", "“The island is costing us a fortune.”"),
    ]


def test_quotation_with_its_own_question_cue_is_not_continued() -> None:
    found = claims_of(
        "“The dam will hold,” the engineer said. “Will it hold next spring?” the reporter asked."
    )
    assert ("the engineer", "said", "“The dam will hold,”") in _rows(found)


def test_attribution_that_says_more_still_ends_the_quotation() -> None:
    found = claims_of(
        "“The dam will hold,” the engineer said, adding that repairs would start in May."
        " “The spillway is another matter.”"
    )
    said = [c for c in found if text_of(c.cue) == "said"]
    assert [c.content.text for c in said] == ["“The dam will hold,”"]


def test_quotation_used_in_the_reporters_clause_is_not_continued() -> None:
    found = claims_of(
        "“The levy is a patch,” said Ivo Hart, an economist at the Baltic Institute. “A tax on"
        " small farms” is how critics describe the plan."
    )
    said = [c for c in found if text_of(c.cue) == "said"]
    assert [c.content.text for c in said] == ["“The levy is a patch,”"]
