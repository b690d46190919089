"""Quotations in a text: where they are, and how a claim's content grows to cover them.

A parser splits "“It makes no sense. It doesn't work,” he said." into two sentences and
gives "said" only the second; the quote marks tell the whole content, so contents are
widened to the quotations they touch, across sentences. The attributions that stand
beside a quotation or after their content are read here too: "“...,” he said", "he said:
...", "X, he added, “Y” Z", "..., the observatory said.", "..., say residents", "TASS
cited X as saying".
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_parenthetical import appositive_gloss
from claimmap.claims_tokens import (
    Offsets,
    agent_of,
    has_child,
    inside_noun_phrase,
    relative_after,
    subject_of,
    subtree,
    text,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OPEN = "“"
_CLOSE = "”"
MIN_WORDS = 3
_CURLY_MARK = re.compile("[“”]")
_ANY_QUOTE = re.compile("[“”\"]|''")
WORD = re.compile(r"\w+")
_GAP = re.compile(r"^[\s,;:—–-]*$")


def quote_regions(text: str) -> list[Offsets]:
    """``[start, end)`` of each quotation, quote marks included, in text order.

    Curly quotes pair by direction; straight double quotes pair within a paragraph. A quote
    still open at the end of its paragraph closes there (the convention for quotes that run
    over several paragraphs reopens the next one).
    """
    regions: list[Offsets] = []
    if not _ANY_QUOTE.search(text):
        return regions
    for para_start, para in paragraphs(text):
        if _ANY_QUOTE.search(para):
            regions.extend(_curly(para, para_start))
            regions.extend(_straight(para, para_start))
    return sorted(regions)


def in_quote(pos: int, quotes: list[Offsets]) -> Offsets | None:
    """The quotation of ``quotes`` (sorted :func:`quote_regions`) holding offset ``pos``."""
    at = bisect.bisect_right(quotes, (pos, 1 << 62)) - 1
    return quotes[at] if at >= 0 and quotes[at][0] <= pos < quotes[at][1] else None


def paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for part in text.split("\n"):
        out.append((pos, part))
        pos += len(part) + 1
    return out


def _curly(para: str, offset: int) -> list[Offsets]:
    out = []
    start: int | None = None
    for m in _CURLY_MARK.finditer(para):
        i, ch = m.start(), m.group()
        if ch == _OPEN:
            start = i if start is None else start
        elif start is not None:
            out.append((offset + start, offset + i + 1))
            start = None
    if start is not None and len(WORD.findall(para[start:])) >= MIN_WORDS:
        out.append((offset + start, offset + len(para.rstrip())))
    return out


def _straight(para: str, offset: int) -> list[Offsets]:
    """Straight quotes pair in order; so do doubled apostrophes ('' ... ''), an old style."""
    out = []
    for mark in ('"', "''"):
        marks = [m.start() for m in re.finditer(re.escape(mark), para)]
        w = len(mark)
        out += [(offset + a, offset + b + w) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    return out


def is_claim_sized(text: str, region: Offsets) -> bool:
    """A quotation long enough to be said, not a scare quote like “main instigator”."""
    return len(WORD.findall(text[region[0] : region[1]])) >= MIN_WORDS


def adjacent_quote(text: str, quotes: list[Offsets], lo: int, hi: int) -> Offsets | None:
    """The quotation just before ``[lo, hi)`` (an attribution like ", Clinton said"), or just
    after it ("he said: “...”"); both when the attribution interrupts one quotation."""
    before = next((q for q in reversed(quotes) if q[1] <= lo and _GAP.match(text[q[1] : lo])), None)
    after = next((q for q in quotes if q[0] >= hi and _GAP.match(text[hi : q[0]])), None)
    if before is not None and not is_claim_sized(text, before):
        before = None
    if after is not None and not is_claim_sized(text, after):
        after = None
    if before and after and "\n" in text[before[1] : lo]:
        return after  # "“...”\n\nX continued:\n\n“...”": a line that leads on, not back
    if before and after:
        return before[0], after[1]
    return before or after


def widen_to_quotes(content: Offsets, quotes: list[Offsets], cue: Offsets) -> Offsets:
    """Grow ``content`` to whole quotations it partly covers (never one holding the cue)."""
    start, end = content
    for q in quotes:
        if q[0] < end and start < q[1] and not (q[0] <= cue[0] < q[1]):
            start, end = min(start, q[0]), max(end, q[1])
    return start, end


def one_paragraph(text: str, content: Offsets, cue: Offsets) -> Offsets:
    """The part of ``content`` in the cue's paragraph, or in the next one after a colon
    ("Caddell continued:\n\n“...”"); empty if neither holds any. A parse that runs a
    sentence over a line break ("...\n\n___", a dateline and its story) would otherwise
    give a claim words from another paragraph. Scored by overlap, a quotation over several
    paragraphs keeps its first one."""
    start, end = content
    para_start = text.rfind("\n", 0, cue[0]) + 1
    para_end = text.find("\n", cue[1])
    para_end = len(text) if para_end < 0 else para_end
    if para_start <= start and end <= para_end:
        return content
    if start < para_end and end > para_start:  # the content's part in the cue's paragraph
        return max(start, para_start), min(end, para_end)
    if start >= para_end and text[cue[1] : para_end].rstrip().endswith(":"):
        gap = text[para_end:start]
        if not gap.strip():
            nxt = text.find("\n", start)
            return start, min(end, len(text) if nxt < 0 else nxt)
    return start, start


# --- quotations beside a cue ------------------------------------------------------------


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
                c.right_edge.i for c in verb.children if c.dep_ != "punct" and not relative_after(c)
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


# --- attributions placed after their content --------------------------------------------

_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "ADP", "CCONJ", "PART", "ADV"})


def postposed(verb: Token, sent: Span, clause_after: bool = False) -> tuple[Offsets, int] | None:
    """ "..., the observatory said." parsed without a subject: the noun phrase between the
    last comma and the verb is the claimant (returned with its first token's index); with
    an appositive ("..., a spokesperson for the authority, Naabol, told us"), both."""
    doc = verb.doc
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not clause_after and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    last = verb.i - 1
    i = _comma_before(doc, last, sent.start)
    if i == last and last - 1 > sent.start:  # "..., Naabol, told": an appositive name
        inner = _comma_before(doc, last - 1, sent.start)
        i = _comma_before(doc, inner - 1, sent.start) if inner not in (None, last - 1) else None
        last -= 1
    if i is None or i <= sent.start or i == last:
        return None
    first = i + 1
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first : last + 1]):
        return None
    return tokens_offsets(doc, first, last), first


def _comma_before(doc: Doc, i: int, start: int) -> int | None:
    """The comma that opens the noun phrase ending at token ``i``, if one does."""
    while i > start and doc[i].text != ",":
        if doc[i].tag_ == "''" and doc[i - 1].text == ",":
            return i  # "“…,” Tulsa police Chief Ana Ruiz said": the quotation's comma
        if doc[i].text == ")":  # "the International Organization for Migration (IOM)"
            opening = _opening_bracket(doc, i, start)
            if opening is None:
                return None
            i = opening - 1
        elif doc[i].pos_ in _NP_POS or inside_noun_phrase(doc[i]) or _name_word(doc[i]):
            i -= 1
        else:
            break
    return i if i > start and doc[i].text == "," else None


def _name_word(tok: Token) -> bool:
    """A capitalised word inside a speaker's name that the tagger read as a verb ("Tulsa
    police Chief ..."): mid-sentence, before another word of the noun phrase."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "VERB"
        and nxt is not None
        and nxt.pos_ in ("NOUN", "PROPN")
    )


#: Verbs that news English puts before their speaker ("…, say residents", "…, added
#: Smith"); others take an object there ("…, told reporters", "…, declared bankruptcy").
_INVERTING = frozenset({"say", "add", "claim", "write", "insist", "argue", "report"})
#: How the parser attaches a speaker placed after its verb: subject, object, attribute.
_AFTER_VERB = frozenset({"nsubj", "dobj", "attr"})


def inverted(verb: Token, sent: Span) -> tuple[Offsets, int, Offsets] | None:
    """ "Troops still in the north, say residents, as ...": a cue after a comma with the
    speaker after it, which the parser read as the verb's object (and took the clause
    before the comma for its subject). Returns (claimant, its first token, content)."""
    doc = verb.doc
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if (
        lemma not in _INVERTING
        or verb.tag_ not in ("VBD", "VBP", "VBZ")
        or verb.i <= sent.start + 1
    ):
        return None
    if doc[verb.i - 1].text != "," or any(_clause_on_line(verb, c) for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in _AFTER_VERB and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    after = obj.right_edge.i + 1
    if after < sent.end and not (doc[after].is_punct or doc[after].is_space):
        return None  # "…, say the reports were false": a clause, not a speaker
    content = trim(text(doc), sent.start_char, doc[verb.i - 1].idx)
    if len(text(doc)[content[0] : content[1]].split()) < 3:
        return None
    return subtree(obj), obj.i, content


def _clause_on_line(verb: Token, child: Token) -> bool:
    """A complement of the verb in its own line (one across a line break is a parse that
    glued a headline to the story below it)."""
    if child.dep_ not in ("ccomp", "xcomp"):
        return False
    low, high = sorted((verb.idx, child.idx))
    return "\n" not in text(verb.doc)[low:high]


def _opening_bracket(doc: Doc, close: int, floor: int) -> int | None:
    """The index of the "(" that a ")" at ``close`` closes, within a few words."""
    for j in range(close - 1, max(floor, close - 8) - 1, -1):
        if doc[j].text == "(":
            return j
    return None


def cites_as_saying(verb: Token) -> bool:
    return verb.lemma_ in ("cite", "quote") and any(
        c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children) for c in verb.children
    )


def cited_passive(verb: Token) -> bool:
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_ in ("cite", "quote")
    )


def cited_as(cite: Token) -> tuple[Offsets | None, int | None, Offsets | None]:
    """ "TASS cited X as saying": claimant X, outlet TASS (either voice)."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    subj = subject_of(cite)
    agent = agent_of(cite)
    if obj is not None:
        outlet = subtree(subj) if subj is not None else None
        return subtree(obj), obj.i, outlet
    if subj is not None:  # "X was cited by TASS as saying"
        return subtree(subj), subj.i, subtree(agent) if agent is not None else None
    return None, None, None
