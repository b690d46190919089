"""A quotation interrupted by its attribution: the claim keeps the whole stretch as its
content and gives the speaker's own words as two parts (claims_parts)."""

from __future__ import annotations

from helpers import claims_of, only

from claimmap.claims_parts import quote_parts
from claimmap.export import claim_json
from claimmap.maps_html import content_marks

SPLIT = (
    '"We will not leave our villages," Ahmad Karimi, a farmer from the valley, said on '
    'Monday. "This land belongs to our grandfathers."'
)


def test_the_two_quotations_are_the_parts_and_the_attribution_is_left_out() -> None:
    claim = only(claims_of(SPLIT))
    assert [p.text for p in claim.content_parts] == [
        '"We will not leave our villages,"',
        '"This land belongs to our grandfathers."',
    ]
    assert claim.content.text == SPLIT  # the hull: every word the speaker said is inside
    assert "said" not in claim.content_text
    assert claim.content_text.startswith('"We will not leave') and " … " in claim.content_text


def test_a_content_that_is_all_the_speakers_has_no_parts() -> None:
    claim = only(claims_of("The ministry said on Tuesday that 40 trucks had crossed the border."))
    assert claim.content_parts == ()
    assert claim.content_text == claim.content.text == "that 40 trucks had crossed the border"


def test_the_json_and_the_map_mark_the_parts() -> None:
    claim = only(claims_of(SPLIT))
    row = claim_json(claim)
    assert [p["text"] for p in row["content_parts"]] == [p.text for p in claim.content_parts]
    marks = content_marks(claim)
    assert [(s, e) for s, e, _ in marks] == [(p.start, p.end) for p in claim.content_parts]


def test_a_long_narration_between_the_quotations_is_no_attribution() -> None:
    text = '"A," he said' + " and then went on" * 10 + ' "B and C."'
    cue = (text.index("said"), text.index("said") + 4)
    assert quote_parts(text, (0, len(text)), cue, (text.index("he"), text.index("he") + 2)) == ()


def test_a_cue_outside_the_content_gives_no_parts() -> None:
    text = 'He said: "We are ready."'
    assert quote_parts(text, (9, len(text)), (3, 7), (0, 2)) == ()
