"""Where the people are from, told as who they are, is no start of the movement: "a boat
carrying 412 people, mostly from Egypt, Bangladesh and Pakistan, was escorted to X". A
"from" phrase sorted by share ("mostly", "many", "including some from") naming countries
describes the passengers' nationalities, not the place the boat (or they) set off from;
"most of them from camps near X" still tells where they left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_place_ref import place_ref

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

# words sorting a group by where its members are from: a make-up, not a journey
_SHARES = frozenset(
    [
        "mostly",
        "mainly",
        "largely",
        "chiefly",
        "predominantly",
        "primarily",
        "overwhelmingly",
        "many",
        "most",
        "some",
        "others",
        "several",
        "including",
        "among",
    ]
)
_PEOPLE = frozenset(
    [
        "people",
        "migrant",
        "migrants",
        "passenger",
        "passengers",
        "refugee",
        "refugees",
        "asylum",
        "seeker",
        "seekers",
        "national",
        "nationals",
        "men",
        "women",
        "children",
        "minors",
        "survivors",
        "crew",
    ]
)


def nationals_from(ctx: SlotContext, tok: Token) -> bool:
    """True when ``tok`` is the country of a "from" telling who the people are: "people,
    mostly from X", "passengers, many of them from X", "migrants, including some from X"."""
    ref = place_ref(ctx, tok)
    if ref.place_id is None or ctx.kinds.get(ref.place_id) != "country":
        return False
    prep = tok
    while prep.dep_ in ("conj", "appos", "compound") and prep.head != prep:
        prep = prep.head
    if prep.dep_ == "pobj":
        prep = prep.head
    if prep.lower_ != "from":
        return False
    words = [t for t in prep.doc[max(prep.sent.start, prep.i - 6) : prep.i]]
    words = [t for t in words if t.lower_ not in ("of", "them", "whom", "these", "those")]
    if not words or words[-1].lower_ not in _SHARES:
        return False
    before = [t for t in words[:-1] if not t.is_digit]
    while before and before[-1].lower_ in _SHARES:
        before.pop()
    return bool(before) and (before[-1].text == "," or before[-1].lower_ in _PEOPLE)
