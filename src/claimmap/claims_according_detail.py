"""An "according to" phrase that sources a detail inside a named speaker's words.

"The IOM said 7 million had left, of whom 400,000 are in X, according to government
estimates": the phrase closes a relative detail in the speaker's complement, so it is
neither the source of the report nor part of what the speaker said; "a man told the
group, according to its report" names the addressee's record of the man's words. In both
the named speaker stays the claimant, and the phrase leaves the speaker's content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame, words
from claimmap.claims_tokens import Offsets, sentence_at, text, tok_end, trim
from claimmap.parse_columns import lower_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


def under_named_speaker(according: Token, source: Token) -> bool:
    """ "The agency said 7 million had left, of whom 400,000 are in X, according to
    government estimates": a phrase that closes a relative detail inside a speaker's
    complement sources that detail, not the report; and "a man told the group, according
    to its report" (or "to a statement from it") names the addressee's record of the
    man's words. The named speaker stays the claimant. (Otherwise the phrase relays the
    report: "police have said X, according to lawyers".)"""
    if source.lemma_.lower() in _DATA_NOUNS and _inside_speech(according):
        return True  # "a spokesperson said X was 611, according to figures from Y"
    head = according.head
    if head.i < according.i and _speaks(head):
        owner = next((c for c in source.children if c.dep_ == "poss"), None)
        issued = any(c.dep_ == "prep" and c.lower_ == "from" for c in source.children)
        recorded = issued or (owner is not None and owner.pos_ == "PRON")
        return recorded and _addressed(head)  # "its report", "a statement from the agency"
    while head.i != head.head.i and not (head.i < according.i and _speaks(head)):
        head = head.head
    return head.i < according.i and _speaks(head) and _after_relative(according, head)


#: Sources that are figures, not speakers: they give a speaker's numbers, not relay him.
_DATA_NOUNS = words("figure figures data datum statistic statistics record records number numbers")


def _inside_speech(according: Token) -> bool:
    """Whether ``according`` hangs inside the complement of a speaking verb before it."""
    return any(v.i < according.i and _speaks(v) for v in according.ancestors)


def before_sourced_detail(verb: Token, content: Offsets) -> Offsets:
    """ "The IOM said 7 million had left, of whom 400,000 are in X, according to government
    estimates": the closing phrase sources the relative detail, not ``verb``'s report (see
    ``under_named_speaker``), so it is no part of what the speaker said."""
    doc = verb.doc
    lows = lower_forms(doc)
    for i in range(verb.i + 1, sentence_at(doc, verb.i).end - 1):
        if lows[i] != "according" or lows[i + 1] != "to":
            continue
        tok, to = doc[i], doc[i + 1]
        if not content[0] < tok.idx < content[1]:
            continue
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None or tok_end(obj.right_edge) < content[1] - 1:
            continue  # more of the report follows the phrase
        if _speaks(verb) and _after_relative(tok, verb) and _sourced_under(tok, verb):
            return trim(text(doc), content[0], doc[tok.i - 1].idx)
    return content


def _sourced_under(according: Token, verb: Token) -> bool:
    """Whether ``according`` hangs inside ``verb``'s clause (not on a later verb)."""
    return verb in according.ancestors


def _after_relative(according: Token, verb: Token) -> bool:
    """Whether the words right before ", according to" end a relative clause ("of whom
    400,000 are in X") under the speaker's complement."""
    doc = according.doc
    if according.i < 2 or doc[according.i - 1].text != ",":
        return False
    for above in [doc[according.i - 2], *doc[according.i - 2].ancestors]:
        if above.i == verb.i:
            return False
        first = above.left_edge
        wh = first.tag_ in ("WP", "WDT", "WRB") or (
            first.pos_ == "ADP" and doc[first.i + 1].tag_ in ("WP", "WDT")
        )
        if above.dep_ in ("relcl", "advcl") and wh:
            return True
    return False


def _addressed(verb: Token) -> bool:
    """Whether a speech verb names whom it was said to ("told the group")."""
    return any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _speaks(verb: Token) -> bool:
    """A speech verb with a named subject ("the IOM said", "a man told"), not "it said"."""
    if verb.pos_ != "VERB" or verb_frame(cue_lemma(verb.lemma_, verb.lower_)) != "speech":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this") for c in verb.children)
