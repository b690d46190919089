"""Speaker spans the parse draws wrong, and the claims they hide.

"“We will act,” Tulsa police Chief Ana Ruiz said": the tagger may hang a speaker's first
word ("Tulsa") on the quotation, so the content runs past the quotation's closing mark and
the claimant starts one word late. A quotation closed after its own punctuation (``,”``)
ends there; the words after it up to the claimant open the claimant's name.

"said Mr. Dorn, who stressed that ...": the subject's subtree holds a relative clause with
a claim of its own; the speaker's name ends before it, so both claims stand.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, RawClaim, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A quotation closed after its own punctuation: ``,”`` ``?"`` ``.''``
_CLOSING = re.compile(r"[,.?!](?:”|\"|'')")


def speaker_after_quote(parsed: Doc, raw: RawClaim) -> RawClaim:
    """``raw`` with its content ending at the closing mark and its claimant starting right
    after it, when the words between run straight into the claimant before the cue."""
    if raw.claimant is None or raw.content[1] > raw.cue[0] or raw.claimant[1] > raw.cue[0]:
        return raw
    body = text(parsed)
    start, end = raw.content
    closes = list(_CLOSING.finditer(body, start, end))
    if not closes or raw.claimant[0] < closes[-1].end():
        return raw
    mark_end = closes[-1].end()
    between = body[mark_end : raw.claimant[0]]  # content's tail (if any) and a gap
    if mark_end < end and body[end : raw.claimant[0]].strip():
        return raw  # words of the content, then others: not one name
    if not _name_words(between):
        return raw
    first = mark_end + len(between) - len(between.lstrip())
    return replace(raw, content=(start, mark_end), claimant=(first, raw.claimant[1]))


def _name_words(tail: str) -> bool:
    """A few capitalised-first words with no punctuation of their own: the start of a
    speaker's name ("Tulsa police")."""
    words = tail.split()
    if not 0 < len(words) <= 4 or not words[0][:1].isupper():
        return False
    return all(w.replace(".", "").isalpha() for w in words)


#: The prepositions of a topic a speaker talks about before quoting ("said of the plan").
_TOPIC_PREPS = frozenset({"of", "about", "on"})


def quoted_after_topic(
    verb: Token, content: Offsets | None, quotes: list[Offsets]
) -> Offsets | None:
    """ "who joked of the museum, “I haven't seen it yet”": a speech verb whose only content
    is the topic phrase after it; the quotation that follows the phrase's comma is what was
    said."""
    if content is None or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    if topic is None or topic.lower_ not in _TOPIC_PREPS:
        return None
    end = topic.right_edge.idx + len(topic.right_edge.text)
    if content[1] > end or content[0] < topic.idx:
        return None
    comma = re.match(r"\s*,\s*", text(verb.doc)[end:])
    if comma is None:
        return None
    return next((q for q in quotes if q[0] == end + comma.end()), None)


_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd"})


def speakers_without_relatives(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """Claimants ended before a ", who ..." clause that holds another claim's cue and
    content (which the filters would otherwise drop as nested in the speaker)."""
    body = text(parsed)
    relatives = [o for o in found if parsed[o.cue_token].dep_ == "relcl"]  # few: checked once
    out = []
    for raw in found:
        cut = next((c for c in (_relative_cut(parsed, raw, o) for o in relatives) if c), None)
        who = raw.claimant
        out.append(replace(raw, claimant=trim(body, who[0], cut)) if cut and who else raw)
    return out


def _relative_cut(parsed: Doc, raw: RawClaim, inner: RawClaim) -> int | None:
    """Where ``raw``'s claimant should end for ``inner``'s relative clause, if it should."""
    who = raw.claimant
    verb = parsed[inner.cue_token]
    if who is None or inner is raw or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "who has been challenging the industry": a description, not a claim
    if not (who[0] < inner.cue[0] and inner.content[0] >= who[0] and inner.content[1] <= who[1]):
        return None
    opener = verb.left_edge
    comma = parsed[opener.i - 1] if opener.i > 0 else None
    if opener.tag_ not in ("WP", "WDT") or comma is None or comma.text != ",":
        return None
    return comma.idx if who[0] < comma.idx else None


def participle_speaker(parsed: Doc, raw: RawClaim) -> RawClaim:
    """ "Two drivers interviewed in Mwanza, who spoke on condition of anonymity, said ...":
    the parser may read the reduced relative ("drivers interviewed in ...") as a clause of
    its own that the cue governs, and the cue is left with no subject. That clause's
    subject is the speaker when the clause opens the sentence, runs up to the comma before
    the cue, and its verb has no auxiliary and no object (a passive participle, not a
    clause "X did Y" that someone said)."""
    if raw.claimant is not None:
        return raw
    cue = parsed[raw.cue_token]
    if any(c.dep_ in _SUBJECTS for c in cue.children):
        return raw
    verb = next((c for c in cue.lefts if c.dep_ in ("ccomp", "advcl", "csubj")), None)
    if verb is None or verb.tag_ not in ("VBN", "VBD"):
        return raw
    if raw.content[0] <= verb.idx < raw.content[1]:
        return raw  # the clause is what was said
    if any(c.dep_ in _NOT_PARTICIPLE for c in verb.children):
        return raw
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.i != cue.sent.start:
        return raw
    after = verb.right_edge.i + 1
    if after != cue.i - 1 or parsed[after].text != ",":
        return raw  # the clause does not reach the cue
    first, last = subj.left_edge, subj
    return replace(raw, claimant=(first.idx, last.idx + len(last.text)), claimant_token=subj.i)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Children that make a verb a clause's own, not a passive participle after its noun.
_NOT_PARTICIPLE = frozenset({"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative", "attr"})


def mended_speakers(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The repairs: the name after a closing quotation mark, the relative clause's claim,
    the speaker the parser took for the subject of a reduced relative."""
    mended = [participle_speaker(parsed, speaker_after_quote(parsed, r)) for r in found]
    return speakers_without_relatives(parsed, mended)
