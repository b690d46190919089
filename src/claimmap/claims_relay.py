"""Relayed reports: "According to X, which cited Y, <content>", "According to X, citing
Y, <content>", "X, citing Y, reported that ..." and "X reported, citing Y, that ...".

X is an outlet that passes on what Y told it: Y is the claimant and X its outlet. The
parser often hangs the content on Y as an apposition, so the source's noun phrase would
swallow the content; the commas around "which cited Y" mark the spans instead. A
concessive clause at the end (", although Seoul did not ...") is the writer's aside, not
part of what the outlet relayed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimmap.claims_according_relay import according_relatives, relayed_attributions
from claimmap.claims_actor_own_agency import came_by_own_agency
from claimmap.claims_outlet_names import named_medium
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    cue_offsets,
    text,
    tok_end,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CITE = frozenset({"cite", "quote"})
_RELATIVES = frozenset({"which", "who", "that"})
#: Conjunctions that open a writer's concession after the relayed content.
_CONCESSIVE = frozenset({"although", "though", "whereas"})
#: At most this many tokens name the outlet or the cited source.
_MAX_NAME = 10
_NAME_POS = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass(frozen=True)
class Relay:
    """The spans of a relayed report."""

    outlet: Offsets
    claimant: Offsets
    claimant_token: int
    content: Offsets


def relayed_according(to: Token, sent: Span) -> Relay | None:
    """The outlet, cited source and content of "According to X, which cited Y, ..."."""
    doc = to.doc
    first = _comma_after(doc, to.i + 1, sent.end)
    if first is None or not _names(doc[to.i + 1 : first]):
        return None
    start = _cited_from(doc, first + 1, sent.end)
    if start is None:
        return None
    second = _comma_after(doc, start, sent.end)
    if second is None or not _names(doc[start:second]):
        return None
    end = _concession(doc, second + 1, sent.end)
    body = text(doc)
    content = trim(body, tok_end(doc[second]), tok_end(doc[end - 1]))
    if len(body[content[0] : content[1]].split()) < 3:
        return None
    source = doc[start:second]
    return Relay(
        outlet=tokens_offsets(doc, to.i + 1, first - 1),
        claimant=tokens_offsets(doc, start, second - 1),
        claimant_token=source.root.i,
        content=content,
    )


def cite_of_relay(verb: Token) -> bool:
    """ "which cited Y" (or "citing Y") on the source of "according to": no claim of its own,
    the relayed report is read at "according to"."""
    if verb.lemma_.lower() not in _CITE:
        return False
    doc = verb.doc
    i = verb.i - 1
    if i >= 0 and doc[i].lower_ in _RELATIVES:
        i -= 1
    if i < 2 or doc[i].text != ",":
        return False
    for j in range(i - 1, max(i - _MAX_NAME - 2, -1), -1):
        if doc[j].lower_ == "to" and j > 0 and doc[j - 1].lower_ == "according":
            return True
        if doc[j].is_punct:
            return False
    return False


def _comma_after(doc: Doc, start: int, end: int) -> int | None:
    """The comma that closes a name of at most ``_MAX_NAME`` words; a bracketed short form
    ("a source in Ukraine's military intelligence agency (HUR)") costs none."""
    spent, depth = 0, 0
    for i in range(start, end):
        if doc[i].text == "," and not depth:
            return i
        depth += (doc[i].text == "(") - (doc[i].text == ")")
        spent += not depth and doc[i].text != ")"
        if spent > _MAX_NAME:
            return None
    return None


def _names(span: Span) -> bool:
    return any(t.pos_ in _NAME_POS for t in span if t.text not in ("(", ")"))


def _cited_from(doc: Doc, i: int, end: int) -> int | None:
    """The first token of Y after ", which cited" or ", citing"."""
    if i + 1 >= end:
        return None
    if doc[i].lower_ in _RELATIVES and doc[i + 1].lemma_.lower() in _CITE:
        return i + 2 if doc[i + 1].tag_ in ("VBD", "VBZ", "VBP") else None
    if doc[i].lemma_.lower() in _CITE and doc[i].tag_ == "VBG":
        return i + 1
    return None


def _concession(doc: Doc, start: int, end: int) -> int:
    """The end of the relayed content: before ", although ..." if there is one."""
    for t in doc[start:end]:
        if t.lower_ in _CONCESSIVE and t.i > start and doc[t.i - 1].text == ",":
            return t.i - 1
    last = end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    return last


# --- "X, citing Y, reported ..." -----------------------------------------------------------


def relayed_reports(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """ "X reported, citing Y, that ...": the parser hangs the that-clause on "citing", so
    the claim read at "citing" is the one made at the cue, and the one read at the bare
    cue (with some other content, often the quotation before it) goes."""
    merged = {_cue_of(parsed, r): r for r in found if _cue_of(parsed, r) is not None}
    out = []
    for raw in found:
        if raw.cue_token in merged and merged[raw.cue_token] is not raw:
            continue  # "reported" whose that-clause hangs on the "citing" after it
        raw = cited_after_cue(parsed, _moved_cue(parsed, raw))
        if raw.outlet is not None and came_by_own_agency(parsed, raw.outlet):
            raw = replace(raw, outlet=None)  # "a report seen by the AP" in an AP story
        out.append(replace(raw, outlet=named_medium(parsed, raw.outlet)) if raw.outlet else raw)
    return according_relatives(parsed, relayed_attributions(parsed, out))  # "X, Y told Z,
    # according to W": W relays Y's claim; "according to X, a Y group, which said"


def cited_after_cue(parsed: Doc, raw: RawClaim) -> RawClaim:
    """ "Reuters reported on Monday, citing a police source, that ...": the medium only
    passes on what its source told it, as in "According to X, citing Y"; Y is the
    claimant and X the outlet. A source that names no speaker ("citing figures") leaves
    the medium the claimant."""
    if raw.claimant is None or raw.outlet is not None:
        return raw
    doc = parsed
    cue = parsed[raw.cue_token]
    end = min(cue.sent.end, cue.i + _MAX_NAME)
    comma = next((t.i for t in doc[cue.i + 1 : end] if t.text == ","), None)
    if comma is None or comma + 1 >= len(doc) or doc[comma + 1].lower_ not in _CITING_WORDS:
        return raw
    if any(t.is_punct or t.pos_ == "VERB" for t in doc[cue.i + 1 : comma]):
        return raw  # the comma closes more than the cue's time or place words
    start = comma + 2
    close = _comma_after(doc, start, cue.sent.end)
    if close is None or close == start or not cited_speaker(doc[start:close]):
        return raw
    after = tok_end(doc[close])
    if raw.content[1] <= after:
        return raw  # the relayed words are not after the cited source
    from claimmap.claims_relayed_sources import medium_name

    return replace(
        raw,
        outlet=medium_name(doc, raw.claimant),  # "Russian news agency Interfax": Interfax
        claimant=tokens_offsets(doc, start, close - 1),
        claimant_token=doc[start:close].root.i,
        content=trim(text(doc), max(raw.content[0], after), raw.content[1]),
    )


_CITING_WORDS = frozenset({"citing", "quoting"})


def cited_speaker(span: Span) -> bool:
    """A person, people or body ("an unnamed police source", "the governor of X", "two
    fighters"), or a document whose author the phrase names ("a United Nations report"),
    not bare figures."""
    from claimmap.claims_actor_phrases import DOCUMENTS
    from claimmap.claims_relayed_sources import person_phrase

    root = span.root
    if any(c.dep_ == "conj" for c in root.children):
        return False  # "citing police and hospital officials": several sources
    word = root.lemma_.lower()
    if word in DOCUMENTS:
        return any(t.pos_ == "PROPN" and t.i < root.i for t in span)
    return person_phrase(span) or cited_body(span)


#: Nouns of a body that speaks through a press office beside :data:`ORG_NOUNS`: "citing
#: the port of Xyz", "citing the regional governorate".
_MORE_BODIES = frozenset(
    {"port", "governorate", "municipality", "directorate", "coastguard", "command", "prosecutor"}
)


def cited_body(span: Span) -> bool:
    """ "citing the port authority in Xyz", "citing the regional administration": a body
    (an authority, ministry, administration, port) the medium got its figures from, written
    with a determiner so that it is one body, not the word in general."""
    from claimmap.claims_actor_context import ORG_NOUNS

    root = span.root
    word = root.lemma_.lower()
    if root.pos_ != "NOUN" or not (word in ORG_NOUNS or word in _MORE_BODIES):
        return False
    return any(c.dep_ in {"det", "poss"} for c in root.children)


def _cite(verb: Token) -> Token | None:
    """The "citing Y" set off by a comma on ``verb``, if any."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.lemma_.lower() in _CITE
            and c.i > 0
            and verb.doc[c.i - 1].text == ","
        ),
        None,
    )


def _cue_of(parsed: Doc, raw: RawClaim) -> int | None:
    """The cue before "citing Y" that a claim read at "citing" belongs to."""
    cite = parsed[raw.cue_token]
    cited = _cite(cite.head) if cite.dep_ == "advcl" and cite.head.i < cite.i else None
    if cited is None or cited.i != cite.i:
        return None
    if any(c.dep_ in _OWN_CONTENT for c in cite.head.children):
        return None  # "said X, citing Y": the cue has words of its own
    return cite.head.i if any(c.dep_ == "ccomp" for c in cite.children) else None


#: What a cue's own content hangs on it as.
_OWN_CONTENT = frozenset({"ccomp", "dobj", "xcomp"})


def _moved_cue(parsed: Doc, raw: RawClaim) -> RawClaim:
    """``raw`` read at "citing" with the cue before it as its cue."""
    head = _cue_of(parsed, raw)
    if head is None:
        return raw
    verb = parsed[head]
    return replace(raw, cue=cue_offsets(verb), cue_token=head)
