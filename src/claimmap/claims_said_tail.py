"""A content that runs on past a mid-sentence attribution: "From X, some 700 were flown to
Y, she said, while the rest were driven on to Z", "The vans crossed at X that night, he
said, and were escorted through Y before reaching Z".

The parser hangs the words after ", she said," on the cue (a "while" clause, a conjunct),
so the content the cue's complement gives stops at the comma and the movements told after
it lose their claim. What follows the attribution is still the speaker's when it is a
contrastive "while"/"whereas" clause, or a conjunct that is no cue of its own and whose
subject is the content's, not the speaker's: a conjunct with its own subject (a noun,
not a pronoun that may be the speaker), or a subjectless one whose verb agrees in number
with the content's subject and not with the speaker ("The vans ..., he said, and were
escorted"). A narrator's "..., he said, and left the room", "..., he said, adding that
...", a clause with a cue of its own ("..., officials said, while a charity accused X of
...") keep their cut, and so does a gloss that is no clause ("..., officials said, in a
move that ...").

Two more ends of a content that the parser puts beside the cue rather than inside the
content are mended here: a cue verb coordinated with the cue ("said that X had crossed
and called the raid Y": the content ends before "and called"), and a participle that
modifies the content's last noun ("accused X of firing on migrants crossing from Y").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import RawClaim, sentence_at, text, tok_end, trim
from claimmap.parse_columns import last_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Subordinators that set a second event beside the first, told by the same speaker.
_CONTRASTS = frozenset({"while", "whereas"})
_COORDINATORS = frozenset({"and", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_WORDS = frozenset({"they", "we", "those", "these", "both", "others", "rest"})
_SINGULAR_WORDS = frozenset({"he", "she", "it", "i", "this", "that", "one"})
_PLURAL_VERBS = frozenset({"were", "are", "have", "do"})
_SINGULAR_VERBS = frozenset({"was", "is", "has", "does"})


def run_on_past_cue(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """The claims, each content that stops before ", X said," carried on through the
    clause of the same speaker that follows the attribution."""
    return [_run_on(parsed, raw) or raw for raw in raws]


def _run_on(parsed: Doc, raw: RawClaim) -> RawClaim | None:
    body = text(parsed)
    if raw.claimant is None or raw.content[1] > raw.cue[0]:
        return None
    attribution = (min(raw.cue[0], raw.claimant[0]), max(raw.cue[1], raw.claimant[1]))
    if body[raw.content[1] : attribution[0]].strip() != ",":
        return None  # not "..., she said": a cue at the start or end of its content
    cue = parsed[raw.cue_token]
    sent = sentence_at(parsed, cue.i)
    last = _last_word(sent)
    if last is None:
        return None
    subject = _content_subject(parsed, raw)
    for tail in (c for c in cue.children if tok_end(c) > attribution[1]):
        if not _speakers(tail, cue, subject):
            continue
        first = _tail_start(tail, cue)
        if first is None or first.i == 0 or first.nbor(-1).text != ",":
            continue
        if tail.right_edge.i != last.i or first.nbor(-1).idx < attribution[1]:
            continue  # the clause must close the sentence, after the attribution
        end = trim(body, raw.content[0], tok_end(last))[1]
        return replace(raw, content=(raw.content[0], end))
    return None


def _last_word(sent: Span) -> Token | None:
    words = last_words(sent, 1)
    return words[0] if words else None


def _tail_start(tail: Token, cue: Token) -> Token | None:
    """The first word of the clause after the attribution: the "and" of a conjunct (a
    child of the cue just before it), else the clause's own first word."""
    if tail.dep_ == "conj":
        ccs = [c for c in cue.children if c.dep_ == "cc" and c.i < tail.left_edge.i]
        if not ccs or ccs[-1].lower_ not in _COORDINATORS:
            return None
        return ccs[-1]
    return tail.doc[tail.left_edge.i]


def _speakers(tail: Token, cue: Token, subject: Token | None) -> bool:
    """Whether the clause after the attribution goes on with what the speaker said."""
    if tail.pos_ not in ("VERB", "AUX") or verb_frame(cue_lemma(tail.lemma_, tail.lower_)):
        return False  # ("..., he said, and added that", "while a charity accused X of Y")
    if tail.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in tail.children)
    if tail.dep_ != "conj":
        return False
    speaker = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    own = next((c for c in tail.children if c.dep_ in _SUBJECTS), None)
    if own is not None:  # (a pronoun may be the speaker: "..., he said, and then he left")
        return own.pos_ != "PRON" and (speaker is None or own.lower_ != speaker.lower_)
    if subject is None or speaker is None:
        return False
    number = _verb_number(tail)
    return number is not None and number == _noun_number(subject) != _noun_number(speaker)


def _content_subject(parsed: Doc, raw: RawClaim) -> Token | None:
    """The subject of the content's main verb."""
    tokens = _tokens(parsed, raw.content[0], raw.content[1])
    tops = [t for t in tokens if not raw.content[0] <= t.head.idx < raw.content[1] or t.head == t]
    for top in tops:
        for c in top.children:
            if c.dep_ in _SUBJECTS:
                return c
    return None


def _verb_number(verb: Token) -> str | None:
    """ "were escorted" → plural, "was escorted" → singular, "crossed" → unknown."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    for word in [*finite, verb]:
        if word.lower_ in _PLURAL_VERBS or word.tag_ == "VBP":
            return "plural"
        if word.lower_ in _SINGULAR_VERBS or word.tag_ == "VBZ":
            return "singular"
    return None


def _noun_number(noun: Token) -> str | None:
    if noun.lower_ in _PLURAL_WORDS or noun.tag_ in ("NNS", "NNPS"):
        return "plural"
    if noun.lower_ in _SINGULAR_WORDS or noun.tag_ in ("NN", "NNP"):
        return "singular"
    if noun.like_num:
        return "plural"
    return None


def cue_conjuncts_cut(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """ "X said that “not a single rifle” had crossed from Y and called the raid Z": the
    parser hangs "called" on "crossed", but a past cue verb with no subject after a
    pluperfect content ("had crossed") goes on with the speaker ("said ... and called"),
    so the content ends before its "and" — and the second cue is a claim of the same
    speaker, its content the words after it ("the raid Z"). So does one after a content in
    the present ("said that it “maintains controls” and rejected any suggestion that Y")."""
    out: list[RawClaim] = []
    for raw in raws:
        out.extend(_cut(parsed, raw) or [raw])
    return out


def _cut(parsed: Doc, raw: RawClaim) -> list[RawClaim] | None:
    start, end = raw.content
    if start < raw.cue[1] or parsed[raw.cue_token].tag_ != "VBD":
        return None
    for tok in _tokens(parsed, start, end):
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or not start <= tok.head.idx < end:
            continue
        frame = verb_frame(cue_lemma(tok.lemma_, tok.lower_))
        if frame not in ("speech", "evaluation"):
            continue  # ("had arrested six men and found rocket parts": a deed, no claim)
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            continue
        head = tok.head
        pluperfect = head.tag_ == "VBN" and any(c.lower_ == "had" for c in head.children)
        if not pluperfect and head.tag_ not in ("VBZ", "VBP"):
            continue  # (a present content, "that X “maintains Y” and rejected Z", too)
        ccs = [c for c in head.children if c.dep_ == "cc" and c.i < tok.i]
        if not ccs or ccs[-1].i < head.i:
            continue
        body = text(parsed)
        cut = trim(body, start, ccs[-1].idx)
        second = replace(
            raw,
            cue=(tok.idx, tok_end(tok)),
            cue_token=tok.i,
            frame=frame,
            content=trim(body, tok_end(tok), end),
        )
        return [replace(raw, content=cut), second] if second.content[0] < end else None
    return None


def participles_run_on(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """ "accused the guards of firing on migrants crossing from X": a participle right
    after the content's last noun, with no comma, modifies that noun; the parser hangs it
    on the cue as an adverbial and the content stops before it."""
    return [_participle(parsed, raw) or raw for raw in raws]


def _participle(parsed: Doc, raw: RawClaim) -> RawClaim | None:
    body = text(parsed)
    start, end = raw.content
    if start < raw.cue[1]:
        return None
    cue = parsed[raw.cue_token]
    last = _last_word(sentence_at(parsed, cue.i))
    for tok in cue.children:
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.idx < end:
            continue
        if body[end : tok.idx].strip() or any(c.dep_ in _SUBJECTS for c in tok.children):
            continue  # (", citing X", "..., adding that": the cue's own adverbials)
        if tok.nbor(-1).is_punct or verb_frame(cue_lemma(tok.lemma_, tok.lower_)):
            continue  # ('... “baseless,” telling reporters that': the cue's, after a comma)
        if last is None or tok.right_edge.i != last.i or tok.left_edge.i != tok.i:
            continue
        return replace(raw, content=(start, trim(body, start, tok_end(last))[1]))
    return None


def _tokens(parsed: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start inside ``start``-``end``."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    return [t for t in span if start <= t.idx < end] if span is not None else []
