"""Content a speech verb takes from beside it when it has no complement of its own.

"“It makes no sense,” he said" and "he continued: ..." give the verb no clause: the
quotation next to it, or the lines after a colon, are what was said. "X, he said, Y" is a
parenthetical attribution inside its content, unless the words after it are the
reporter's own time or circumstance ("X, residents said, days after Y") or the words
before the speaker are the cue's own fronted adverbials ("When Congress cut the funds,
Mexico said enough"). Where the quotations are is :mod:`claimmap.claims_quotes`'s to find.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_content_steps import event_goes_on
from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_parenthetical import appositive_gloss
from claimmap.claims_quotes import WORD, adjacent_quote
from claimmap.claims_tokens import Offsets, has_child, relative_after, subject_of, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Words that open the reporter's context after "X, officials said,": "days after Y",
#: "as Y", "amid Y", "without saying whether Y" (not the speaker's words going on, as in
#: "X, he said, is Y").
GLOSS_OPENERS = frozenset(
    {"after", "before", "as", "amid", "while", "following", "despite", "without", "with"}
    | {"though", "although"}  # "X, the army said, though fragments fell": a caveat
)


def reporters_gloss(verb: Token, sent: Span) -> bool:
    """Whether the words after a parenthetical cue ("X, residents said, days after the
    minister admitted Y") are the reporter's time or circumstance, not more of X."""
    doc = verb.doc
    if any(event_goes_on(verb, c) for c in verb.children):
        return False  # "X, they said, before landing at Y": X's next step (claims_content_steps)
    i = verb.right_edge.i + 1
    if doc[verb.right_edge.i].text != ",":
        if i >= sent.end or doc[i].text != ",":
            return False
        i += 1
    while i < sent.end and doc[i].ent_type_ in ("DATE", "TIME") and doc[i].pos_ != "ADP":
        i += 1  # "days", "two weeks", "hours"
    step = i + 1 < sent.end and doc[i].lower_ in _EVENT_STEPS and doc[i + 1].tag_ == "VBG"
    if step and verb_frame(cue_lemma(doc[i + 1].lemma_, doc[i + 1].lower_)) is None:
        return False  # "X was found, police said, after travelling from Y": X's own step
    if i < sent.end and _participle_clause(doc[i]):
        return True  # "X, leaders say, raising fears that Y": the reporter's consequence
    if i < sent.end and doc[i].pos_ == "CCONJ":  # "X, the agency said, and Y were under
        return not _speaker_goes_on(doc[i + 1 : sent.end])  # way": the reporter's clause
    return (i < sent.end and doc[i].lower_ in GLOSS_OPENERS) or appositive_gloss(verb, sent)


def _speaker_goes_on(rest: Span) -> bool:
    """ "X, she said, and “I had to ...”": a quotation or a first person after the
    conjunction is still the speaker talking."""
    if not len(rest):
        return False
    first = rest[0]
    return first.tag_ in ("``", "''") or first.text in "\"“‘'" or first.lower_ in ("i", "we")


def _participle_clause(tok: Token) -> bool:
    """A subjectless participle clause ("raising fears that ...", "prompting ...")."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "xcomp", "conj", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


#: Openers of a subjectless gerund clause that tells a further step of the event.
_EVENT_STEPS = frozenset({"after", "before", "without"})


def quote_or_colon(
    verb: Token, sent: Span, quotes: list[Offsets], claimant: Offsets | None
) -> Offsets | None:
    """Content for a speech verb without a complement: a quotation beside it, or a colon."""
    doc = verb.doc
    lo = min(verb.idx, claimant[0]) if claimant else verb.idx
    hi = max(verb.idx + len(verb.text), claimant[1]) if claimant else verb.idx + len(verb.text)
    quote = adjacent_quote(text(doc), quotes, lo, hi)
    if quote is not None and quote[1] <= sent.start_char and has_child(verb, "dobj"):
        quote = None  # "“...” The group posted photographs": its object, not the quotation
    if quote is not None and _quote_inside_clause(text(doc), quote, lo, sent):
        return trim(text(doc), sent.start_char, sent.end_char)  # "X, he added, “Y” Z"
    if quote is not None:
        return quote
    if claimant is not None and sent.start_char < claimant[0] and claimant[1] <= verb.idx:
        before = text(doc)[sent.start_char : claimant[0]].rstrip()
        between = text(doc)[claimant[1] : verb.idx].split()
        if before.endswith(",") and len(before.split()) >= 3 and len(between) <= 2:
            if own_adjunct(verb, sent, claimant[0]):
                return None  # "When Congress cut the funds, Mexico said enough": a frame
            # the cue's own dependents are the attribution's ("…, officials alleged, a
            # charge Tehran dismissed"): only a clause beyond them continues the content
            own = [
                c.right_edge.i
                for c in verb.children
                if c.dep_ != "punct" and not relative_after(c) and not event_goes_on(verb, c)
            ]
            after = doc[max([verb.i, *own]) + 1 : sent.end]
            goes_on = any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in after)
            if goes_on and not reporters_gloss(verb, sent):
                return trim(text(doc), sent.start_char, sent.end_char)  # "X, he said, Y"
            return trim(text(doc), sent.start_char, claimant[0])  # "X, he said (, as cited)."
    nxt = verb.i + 1
    while nxt < len(doc) and nxt < sent.end + 1 and doc[nxt].pos_ in ("ADV", "PROPN", "NOUN"):
        nxt += 1
    if nxt < len(doc) and doc[nxt].text == ":":
        start = doc[nxt].idx + 1
        end = text(doc).find("\n", start + 1)
        while end != -1 and not text(doc)[start:end].strip():
            end = text(doc).find("\n", end + 1)
        return trim(text(doc), start, len(text(doc)) if end == -1 else end)
    return None


#: Words that open an adverbial clause: its content is when or why, not what, was said.
_SUBORDINATORS = frozenset(
    {"when", "after", "before", "while", "if", "because", "since", "until", "once", "as"}
)


def own_adjunct(verb: Token, sent: Span, end: int) -> bool:
    """ "But when Congress cut the funds, Mexico said enough", "Speaking to students,
    Biden responded": the words before the speaker are the cue's own fronted adverbials
    (a subordinate clause, a participle or a prepositional phrase, with their adverbs),
    so they frame the saying and are not what was said."""
    words = [t for t in sent if t.idx < end and not t.is_punct]
    found = {_branch(verb, t) for t in words}
    branches = [b for b in found if b is not None]
    if not words or len(branches) < len(found) or any(b.dep_ not in _FRAMING for b in branches):
        return False
    return any(b.dep_ == "prep" or (b.dep_ == "advcl" and _adverbial(b)) for b in branches)


_FRAMING = frozenset({"prep", "advcl", "advmod", "npadvmod", "cc"})


def _branch(verb: Token, tok: Token) -> Token | None:
    """The child of ``verb`` whose subtree holds ``tok``, if any."""
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok
        tok = tok.head
    return None


def _adverbial(clause: Token) -> bool:
    marked = any(
        t.dep_ in ("mark", "advmod") and t.lower_ in _SUBORDINATORS for t in clause.children
    )
    return marked or (clause.tag_ in ("VBG", "VBN") and subject_of(clause) is None)


def _quote_inside_clause(body: str, quote: Offsets, lo: int, sent: Span) -> bool:
    """ "Togo's output, he added, “could not possibly account for” the volumes": a quoted
    fragment after a parenthetical attribution, with the clause going on around it; the
    sentence is what was said, not the fragment."""
    before = body[sent.start_char : lo].rstrip()
    after = body[quote[1] : sent.end_char]
    return quote[0] >= lo and before.endswith(",") and len(WORD.findall(after)) >= 2
