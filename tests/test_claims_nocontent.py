"""Known cue verbs with no clausal complement that still say something: a judgment as a
small clause ("judged X a Y"), a cognition aside on the main clause ("as we saw in 2009,
X"), an open question after a negated "say" ("have not said when X"), an infinitive read as
an adverbial clause ("could decline to appeal"), the claim answered ("responded to the
quip that X"); and their look-alikes that say nothing ("considered the proposal", "as you
know", "said so when she resigned", "responded to the letter")."""

from __future__ import annotations

import pytest
from helpers import claims_of, text_of


def triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rebel commander judged the garrison a spent force, ordering an advance.",
            ("The rebel commander", "judged", "the garrison a spent force"),
            id="judged-small-clause",
        ),
        pytest.param(
            "The farm minister considers the trade treaty a betrayal of growers.",
            ("The farm minister", "considers", "the trade treaty a betrayal of growers"),
            id="considers-small-clause",
        ),
        pytest.param(
            "After all, as we saw in 2009, lenders that are loose now with credit can "
            "change their minds overnight.",
            (
                "we",
                "saw",
                "lenders that are loose now with credit can change their minds overnight",
            ),
            id="as-we-saw-aside",
        ),
        pytest.param(
            "As the hydrologists found last year, the reservoir levels are falling fast.",
            ("the hydrologists", "found", "the reservoir levels are falling fast"),
            id="as-found-aside",
        ),
        pytest.param(
            "Border officials have not said when they would reopen the crossing at Rafah.",
            ("Border officials", "have not said", "when they would reopen the crossing at Rafah"),
            id="not-said-when",
        ),
        pytest.param(
            "If the governor wins, the state could decline to appeal to the high court.",
            ("the state", "could decline", "to appeal to the high court"),
            id="decline-to-as-adverbial",
        ),
        pytest.param(
            "The council voted 7-2 on Tuesday, to send the budget back to the mayor.",
            ("The council", "voted", "to send the budget back to the mayor"),
            id="voted-to-as-adverbial",
        ),
        pytest.param(
            "The deputy responded to the mayor's quip that the budget was padded with bonuses.",
            ("The deputy", "responded", "that the budget was padded with bonuses"),
            id="responded-to-noun-that",
        ),
        pytest.param(
            "The governor calls the senators ‘cowards’ in a radio interview.",
            ("The governor", "calls", "the senators ‘cowards’"),
            id="calls-label-as-object",
        ),
    ],
)
def test_a_content_without_a_clause_is_read(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council considered the proposal on Monday.",
        "As you know, the senator left the dinner early.",
        "The mayor said so when she resigned from the council in March.",
        "The umpire judged the ball carefully before the replay.",
        "The deputy responded to the letter within a day.",
        "The union called an emergency meeting of its members.",
        "The army responded to the attack by shelling the town.",
    ],
)
def test_a_look_alike_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_a_passive_judgment_has_no_believer() -> None:
    assert claims_of("The new envoy is considered a moderate in the capital.") == []


def test_an_aside_with_its_own_object_times_an_act() -> None:
    assert claims_of("The president hosts the refugees as he marks the holiday.") == []


def test_a_claim_noun_answered_keeps_its_own_speaker() -> None:
    found = triples("The deputy responded to the mayor's charge that the budget was padded.")
    assert found == [("the mayor", "charge", "that the budget was padded")]
