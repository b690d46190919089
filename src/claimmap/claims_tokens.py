"""Offsets from a spaCy parse, cheaply: cached text, token lookup by character, trimming.

``Doc.text`` and ``Doc.char_span`` rebuild the text on every call and ``Doc.ents``
rebuilds the entity list; over hundreds of claims per article that dominated the stage,
so the text, token starts and entities are kept once per parse here.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Offsets = tuple[int, int]
T = TypeVar("T")

TRIM = " \t\n\r.,;:-–—"
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")


@dataclass(frozen=True)
class RawClaim:
    """A claim as offsets, before actors, dates and places are attached."""

    cue: Offsets
    content: Offsets
    claimant: Offsets | None
    claimant_token: int | None
    outlet: Offsets | None
    cue_token: int
    frame: str
    sentence: Offsets
    #: "report" (speech, belief, intention, evaluation, document) or "stance" (an attitude)
    kind: str = "report"
    #: a cue in a relative clause, "(anything in his hands,) which he said were at his side":
    #: a claim of its own that ends the claim it sits in
    relative: bool = False
    #: a cue whose object is a noun summing up an earlier claim, "(X, Y alleged,) an
    #: accusation Z rejected": its content is that claim's content
    summary: bool = False


_CACHE = threading.local()


def text(doc: Doc) -> str:
    """``doc.text``, built once per parse."""
    bind(doc)
    return str(_CACHE.text)


def bind(doc: Doc, known_text: str | None = None) -> None:
    """Prime the cache for ``doc``, with its text when the caller already holds it."""
    if getattr(_CACHE, "doc", None) is not doc:
        _CACHE.doc = doc
        _CACHE.text = known_text if known_text is not None else doc.text
        _CACHE.array = _token_array(doc)
        _CACHE.starts = _CACHE.array[:, 0].tolist() if len(doc) else []
        _CACHE.ents = [(e.start, e.end, e.label_) for e in doc.ents]
        _CACHE.ent_starts = [s for s, _, _ in _CACHE.ents]
        _CACHE.memo = {}


def rebind(doc: Doc) -> None:
    """Prime the cache for ``doc`` afresh, after a repair changed its entities."""
    _CACHE.doc = None
    bind(doc)


_COLUMNS = ("IDX", "LEMMA", "LOWER", "LIKE_NUM", "SENT_START")


def _token_array(doc: Doc) -> Any:
    """One ``to_array`` for every token attribute the stage reads in bulk."""
    import numpy as np

    if not len(doc):
        return np.zeros((0, len(_COLUMNS)), dtype=np.uint64)
    return doc.to_array(list(_COLUMNS))


def memo(doc: Doc, key: str, compute: Callable[[], T]) -> T:
    """A per-parse value computed once (token indices of numbers, date phrases ...)."""
    bind(doc)
    table: dict[str, object] = _CACHE.memo
    if key not in table:
        table[key] = compute()
    return table[key]  # type: ignore[return-value]


def blank_lines_before(doc: Doc, end: int) -> int:
    """How many "\n\n" end before offset ``end`` (``text.count("\n\n", 0, end)``), by
    bisection over breaks found once: asked per mention, a count from the top each time
    made long inputs quadratic."""
    breaks = memo(doc, "blank_lines", lambda: _breaks(text(doc)))
    return bisect.bisect_right(breaks, end - 2)


def _breaks(body: str) -> list[int]:
    out, at = [], body.find("\n\n")
    while at != -1:
        out.append(at)
        at = body.find("\n\n", at + 2)
    return out


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``, found by bisection (``Token.sent`` scans)."""
    starts = memo(doc, "sentence_starts", lambda: _sentence_starts(doc))
    at = bisect.bisect_right(starts, i) - 1
    end = starts[at + 1] if at + 1 < len(starts) else len(doc)
    return doc[starts[at] : end]


def sentences(doc: Doc, limit: int) -> list[Span]:
    """The first ``limit`` sentences."""
    if not len(doc):
        return []
    starts = memo(doc, "sentence_starts", lambda: _sentence_starts(doc))
    return [sentence_at(doc, s) for s in starts[:limit]]


def _sentence_starts(doc: Doc) -> list[int]:
    import numpy as np

    flags = _CACHE.array[:, 4].astype("int64")
    if len(flags):
        flags[0] = 1
    return [int(i) for i in np.flatnonzero(flags == 1)] or [0]


def cue_candidates(doc: Doc) -> list[int]:
    """Indices of tokens whose lemma or form could start a claim, found on the lemma array
    at once (looking at every token from Python was most of the stage's time)."""

    from claimmap.claims_cues import ALL_CUE_WORDS

    bind(doc)
    if not len(doc):
        return []
    wanted = _hashes(doc.vocab.strings, ALL_CUE_WORDS)
    lemmas, lowers = _CACHE.array[:, 1].tolist(), _CACHE.array[:, 2].tolist()
    pairs = enumerate(zip(lemmas, lowers, strict=True))
    return [i for i, (a, b) in pairs if a in wanted or b in wanted]


def lemmas_where(doc: Doc, lemmas: frozenset[str]) -> list[int]:
    """Indices of tokens whose lemma is in ``lemmas``, read from the token array at once
    (``lemmas`` should be a module constant: hashes are cached per word-list object)."""
    bind(doc)
    if not len(doc):
        return []
    wanted = _hashes(doc.vocab.strings, lemmas)
    return [i for i, a in enumerate(_CACHE.array[:, 1].tolist()) if a in wanted]


def tokens_where(doc: Doc, lowers: frozenset[str], like_num: bool = False) -> list[int]:
    """Indices of tokens whose lower-cased form is in ``lowers`` (or that look like a
    number), read from the token array at once."""

    bind(doc)
    if not len(doc):
        return []
    wanted = _hashes(doc.vocab.strings, lowers)
    forms = _CACHE.array[:, 2].tolist()
    if like_num:
        nums = _CACHE.array[:, 3].tolist()
        return [i for i, (f, n) in enumerate(zip(forms, nums, strict=True)) if n or f in wanted]
    return [i for i, f in enumerate(forms) if f in wanted]


_HASHES: dict[tuple[int, int], frozenset[int]] = {}


def _hashes(strings: Any, words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of ``words`` (per vocabulary and word list, computed once)."""
    key = (id(strings), id(words))
    if key not in _HASHES:
        _HASHES[key] = frozenset(strings.add(w) for w in words)
    return _HASHES[key]


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``[start, end)`` (like ``char_span(..., "expand")``)."""
    bind(doc)
    starts: list[int] = _CACHE.starts
    if end <= start or not starts:
        return None
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if tok_end(doc[first]) <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return doc[first:last] if last > first else None


def ents_in(doc: Doc, first: int, last: int, labels: Iterable[str] | None = None) -> list[Span]:
    """Entities lying inside tokens ``[first, last)``, in order."""
    from spacy.tokens import Span as SpacySpan

    bind(doc)
    wanted = set(labels) if labels is not None else None
    ents = _CACHE.ents
    at = bisect.bisect_left(_CACHE.ent_starts, first)
    out = []
    while at < len(ents) and ents[at][0] < last:
        s, e, label = ents[at]
        if e <= last and (wanted is None or label in wanted):
            out.append(SpacySpan(doc, s, e, label=label))
        at += 1
    return out


def ended_at(
    claims: list[RawClaim], cuts: dict[int, int], body: str, keep: Callable[[Offsets], bool]
) -> list[RawClaim]:
    """``claims`` with the content of each claim ``cuts`` names (its index → a new end)
    ended there, where ``keep`` accepts what is left: the last step of the filters that
    end an outer content before an inner claim."""
    if not cuts:
        return claims
    out = []
    for n, raw in enumerate(claims):
        if n in cuts:
            content = trim(body, raw.content[0], cuts[n])
            raw = replace(raw, content=content) if keep(content) else raw
        out.append(raw)
    return out


def entity_at(tok: Token) -> Span | None:
    """The entity holding ``tok``, found by bisection (``doc.ents`` rebuilds every span)."""
    from spacy.tokens import Span as SpacySpan

    doc = tok.doc
    bind(doc)
    at = bisect.bisect_right(_CACHE.ent_starts, tok.i) - 1
    if at < 0:
        return None
    s, e, label = _CACHE.ents[at]
    return SpacySpan(doc, s, e, label=label) if s <= tok.i < e else None


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            return c
    return None


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def tokens_offsets(doc: Doc, first: int, last: int) -> Offsets:
    return trim(text(doc), doc[first].idx, tok_end(doc[last]))


def subtree(tok: Token) -> Offsets:
    return tokens_offsets(tok.doc, tok.left_edge.i, tok.right_edge.i)


def subtree_until(head: Token, stop: Token) -> Offsets:
    """The phrase of ``head`` up to (not including) its dependent ``stop``."""
    last = max(head.i, stop.left_edge.i - 1)
    return tokens_offsets(head.doc, head.left_edge.i, last)


def cue_offsets(verb: Token) -> Offsets:
    """The cue verb with its auxiliaries and particles: "has said", "called for"."""
    doc = verb.doc
    first = min(
        [verb.i]
        + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i and auxiliary(c)]
    )
    last = verb.i
    for c in verb.children:
        if c.dep_ == "prt" and c.i == last + 1:
            last = c.i
    return doc[first].idx, tok_end(doc[last])


def auxiliary(tok: Token) -> bool:
    """A real auxiliary or negation, not a name the parser hung on the verb as one ("The
    platform R4V said": "R4V" is tagged a noun but attached as "aux")."""
    return tok.tag_ in ("MD", "TO", "RB") or tok.tag_.startswith("VB")


def trim(text: str, start: int, end: int) -> Offsets:
    """Drop spaces and trailing punctuation, but keep a closing quote with its comma."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def hull(spans: object) -> Offsets:
    pairs = list(spans)  # type: ignore[call-overload]
    return min(p[0] for p in pairs), max(p[1] for p in pairs)


def has_child(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def overlap(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Dependencies that keep a word inside a noun phrase whatever its tag ("London-based").
_NP_DEPS = frozenset({"amod", "compound", "npadvmod", "case", "poss", "nummod"})


def inside_noun_phrase(tok: Token) -> bool:
    """ "an official with the London-based agency": "based" (a verb) and the hyphen (a
    punctuation mark) belong to the speaker's noun phrase."""
    if tok.dep_ in _NP_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    doc = tok.doc
    glued = 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
    return tok.text in ("-", "–") and glued


def relative_after(comp: Token) -> bool:
    """ "Couriers carried it to Lome, it said, where it was declared as local": a relative
    clause after a parenthetical cue, which the parser made the cue's complement; it goes
    on with the sentence around the cue, not with the cue."""
    verb = comp.head
    first = comp.doc[comp.left_edge.i]
    if verb.dep_ != "parataxis" or first.tag_ not in ("WRB", "WDT") or first.i < 1:
        return False
    return first.nbor(-1).text == "," and first.lower_ in ("where", "which", "when")


def listener_fragment(comp: Token) -> Token | None:
    """A complement with no subject, and no verb but maybe a name tagged as one, before a
    that-clause of the same cue (hung on the cue or on the name itself): a name the
    parser split off the listener ("told the agency IRNA on Monday that ...")."""
    named = comp.is_title or comp.is_upper
    if comp.pos_ in ("VERB", "AUX") and not named:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "dobj", "xcomp") for c in comp.children):
        return None
    later = [c for c in (*comp.head.children, *comp.children) if c.i > comp.i and _that(c)]
    return comp if later else None


def listener_name(comp: Token) -> bool:
    """ "“X,” he told the state news agency IRNA on Monday": the listener's name, split
    off its noun and read as a second complement, is no clause of the content."""
    before = comp.doc[comp.i - 1] if comp.i > 0 else None
    return (
        comp.i > comp.head.i
        and (comp.is_upper or comp.is_title)
        and before is not None
        and before.dep_ == "dobj"
        and before.head == comp.head
        and not any(c.dep_ in (*SUBJECTS, "aux", "dobj", "xcomp", "ccomp") for c in comp.children)
    )


def that_clauses(tok: Token) -> list[Token]:
    """The complements of ``tok`` opened by "that"."""
    return [c for c in tok.children if _that(c)]


def _that(clause: Token) -> bool:
    return clause.dep_ == "ccomp" and clause.doc[clause.left_edge.i].lower_ == "that"


def bracket_end(doc: Doc, last: int) -> int:
    """The last token of a name with its bracketed short form: "the Office for ... (OCHA)"
    when the parser left the bracket out of the name's phrase, or its closing bracket only
    ("... Project (ACLED" + ")")."""
    opened = sum(1 for t in doc[max(0, last - 12) : last + 1] if t.text == "(")
    closed = sum(1 for t in doc[max(0, last - 12) : last + 1] if t.text == ")")
    if opened > closed and last + 1 < len(doc) and doc[last + 1].text == ")":
        return last + 1
    if last + 1 >= len(doc) or doc[last + 1].text != "(":
        return last
    for k in range(last + 2, min(len(doc), last + 7)):
        if doc[k].text == ")":
            return k if k > last + 2 else last
        if doc[k].is_punct or "\n" in doc[k].whitespace_:
            return last
    return last


def stance_raw(
    head: Token, subj: Token, content: Offsets, cue: Offsets, claimant: Offsets | None = None
) -> RawClaim | None:
    """The stance claim of ``subj`` cued by ``head`` ("wondering about X", "X seems Y"),
    or ``None`` when the content is empty or runs into the claimant (``subj``'s subtree
    unless a narrower span is given, e.g. an owner without its "'s")."""
    claimant = subtree(subj) if claimant is None else claimant
    raw = None if overlap(claimant, content) else unowned_stance(head, cue, content)
    return None if raw is None else replace(raw, claimant=claimant, claimant_token=subj.i)


def unowned_stance(head: Token, cue: Offsets, content: Offsets) -> RawClaim | None:
    """A stance claim cued by ``head`` whose holder no phrase names ("it is clear that Y",
    "faced questions about X"): left to the claimant stage, or to nobody."""
    if content[1] <= content[0]:
        return None
    sent = sentence_at(head.doc, head.i)
    return RawClaim(
        cue=cue,
        content=content,
        claimant=None,
        claimant_token=None,
        outlet=None,
        cue_token=head.i,
        frame="stance",
        sentence=(sent.start_char, sent.end_char),
        kind="stance",
    )


_AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})
_AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def agent_subject(verb: Token) -> Token | None:
    """The active subject, if it can hold a view or an attitude (a person, group, place
    or pronoun)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.ent_type_ in _AGENT_ENTS or subj.lower_ in _AGENT_PRONOUNS:
        return subj
    return subj if subj.pos_ in ("NOUN", "PROPN") and not subj.ent_type_ else None
