"""Find claims in a dependency parse: cue, claimant and content as character offsets.

One pass over each sentence proposes a :class:`RawClaim` for every cue that governs a
content: a verb with a clausal complement ("said that ..."), an object ("blasted Turkey
as ..."), an infinitive ("vowed to ..."), a quotation next to it ("“...,” he said"), a
colon ("continued: ..."); the phrase "according to X"; a noun with a that-clause ("the
claim that ..."). Quotations are then widened to their quote marks, across sentences.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import (
    CUE_NOUNS,
    DOCUMENT_VERBS,
    QUOTE_VERBS,
    cue_lemma,
    verb_frame,
    words,
)
from claimmap.claims_phrases import according_to, layout, noun_cue, outlet_of, repaired_verb
from claimmap.claims_quotes import adjacent_quote, quote_regions, widen_to_quotes
from claimmap.claims_tokens import (
    SUBJECTS,
    Offsets,
    RawClaim,
    agent_of,
    cue_offsets,
    has_child,
    hull,
    overlap,
    subject_of,
    subtree,
    subtree_until,
    text,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

__all__ = ["RawClaim", "find_claims"]

_CONTENT_PREPS = words(
    """
    for as of about on against over to with from into
    """
)
_RAISING = words(
    """
    say report believe think expect allege know rumor rumour claim
    """
)
_CONTAINER_NOUNS = words(
    """
    statement report letter release memo post tweet video ad
    """
)
_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "ADP", "CCONJ", "PART", "ADV"})
_FIRST_SECOND = frozenset({"i", "we", "you"})
_NP_INTENTIONS = words(
    """
    offer propose support want seek demand
    """
)


def find_claims(parsed: Doc) -> list[RawClaim]:
    """Every claim the parse shows, in text order, without duplicates."""
    quotes = quote_regions(text(parsed))
    found: list[RawClaim] = []
    for sent in parsed.sents:
        repaired: dict[int, tuple[Offsets, int]] = {}
        for tok in sent:
            raw = _claim_at(tok, sent, quotes, repaired)
            if raw is not None:
                found.append(raw)
    found.extend(layout(parsed))
    widened = [replace(r, content=widen_to_quotes(r.content, quotes, r.cue)) for r in found]
    return _outermost(_dedupe(widened))


def _claim_at(
    tok: Token, sent: Span, quotes: list[Offsets], repaired: dict[int, tuple[Offsets, int]]
) -> RawClaim | None:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return according_to(tok, sent)
    lemma = cue_lemma(tok.lemma_, tok.lower_)
    if tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
        return noun_cue(tok, sent)
    if tok.pos_ not in ("VERB", "AUX") or not tok.tag_.startswith("VB"):
        return None
    frame = verb_frame(lemma)
    if frame is None:
        return None
    if tok.dep_ in ("amod", "compound"):
        return repaired_verb(tok, sent, frame, repaired)
    if tok.dep_ in ("dobj", "appos", "npadvmod", "nmod") and tok.tag_ in ("VBZ", "VBD"):
        return _noun_rooted(tok, sent, frame)
    if tok.dep_ == "aux":
        return None
    return _verb_cue(tok, sent, frame, quotes, repaired)


# --- verbs ---------------------------------------------------------------------------------


def _verb_cue(
    verb: Token,
    sent: Span,
    frame: str,
    quotes: list[Offsets],
    repaired: dict[int, tuple[Offsets, int]],
) -> RawClaim | None:
    if _cites_as_saying(verb):
        return None  # the "saying" under "cited X as saying" carries the claim
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    content = _verb_content(verb, frame)
    if content is not None:
        content = (max(content[0], sent.start_char), min(content[1], sent.end_char))
    subj = _speaker_subject(verb, quotes)
    claimant: Offsets | None = None
    claimant_tok: int | None = None
    outlet: Offsets | None = None
    if subj is not None and subj.dep_ in ("nsubjpass", "csubjpass"):
        agent = agent_of(verb)
        if agent is not None:
            claimant, claimant_tok = subtree(agent), agent.i
        elif lemma in _RAISING and subj.lower_ in ("it", "this"):
            claimant = None  # "it was reported that ..."
        elif lemma in _RAISING and content is not None and has_child(verb, "xcomp"):
            content = (subtree(subj)[0], content[1])  # "troops are said to have ..."
        elif _cited_passive(verb):
            claimant, claimant_tok = subtree(subj), subj.i  # "X was quoted as saying"
        else:
            return None  # "Trump was criticised for ..." names a target, not a source
    elif subj is not None:
        claimant, claimant_tok = subtree(subj), subj.i
    else:
        postposed = _postposed(verb, sent) if lemma in QUOTE_VERBS else None
        inherited = postposed or _inherited_subject(verb, repaired)
        if inherited is not None:
            claimant, claimant_tok = inherited
        if postposed is not None:
            content = trim(text(verb.doc), sent.start_char, verb.doc[postposed[1]].idx)
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_ in ("cite", "quote")
    ):
        claimant, claimant_tok, outlet = _cited_as(verb.head.head)
    if content is None and lemma in QUOTE_VERBS:
        content = _quote_or_colon(verb, sent, quotes, claimant)
    if content is None and lemma in QUOTE_VERBS and verb.dep_ == "parataxis":
        content = trim(text(verb.doc), sent.start_char, sent.end_char)  # "X, Bush said, Y"
        if claimant is None:
            inside = _postposed(verb, sent, clause_after=True)
            claimant, claimant_tok = inside if inside else (None, None)
    if content is None:
        return None
    if frame in ("cognition", "intention", "evaluation", "document") and claimant is None:
        return None
    if frame in ("cognition", "intention") and subj is not None and subj.lower_ in _FIRST_SECOND:
        return None  # "I think", "you want": words inside someone's speech, not a source
    if outlet is None:
        outlet = outlet_of(verb, sent)
    if claimant is not None:
        claimant = _within(text(verb.doc), claimant, (sent.start_char, sent.end_char))
        claimant_tok = claimant_tok if claimant is not None else None
    parenthetical = content[0] <= verb.idx < content[1]  # "X, he said, Y"
    if claimant is not None and overlap(claimant, content) and not parenthetical:
        claimant = None
        claimant_tok = None
    return RawClaim(
        cue=cue_offsets(verb),
        content=content,
        claimant=claimant,
        claimant_token=claimant_tok,
        outlet=outlet,
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )


def _verb_content(verb: Token, frame: str) -> Offsets | None:
    """The complement of a cue verb, by the frame's rules."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        start, end = hull(subtree(c) for c in comps)
        return start, _cut_at_next_cue(verb, comps, end)
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
    if xcomps and frame in ("speech", "intention", "cognition"):
        start = min(c.left_edge.i for c in xcomps)
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        if objs and lemma in ("urge", "ask", "tell", "call", "warn", "want", "expect"):
            start = min(start, objs[0].left_edge.i)  # "urged Congress to act"
        return tokens_offsets(verb.doc, start, max(c.right_edge.i for c in xcomps))
    documented = lemma in DOCUMENT_VERBS and _impersonal_subject(verb)  # "a study found X"
    if frame == "cognition" and lemma not in ("fear", "question", "doubt") and not documented:
        return None  # "saw the video", "found a job" are no beliefs
    if frame == "document" and not _impersonal_subject(verb):
        return None  # "Trump found a way": a person finding is no report
    if frame == "intention" and lemma not in _NP_INTENTIONS:
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("dobj", "dative", "oprd")
            or (
                c.dep_ == "prep"
                and c.lower_ in _CONTENT_PREPS
                and c.lower_ != "to"
                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            )
        )
    ]
    if lemma == "call" and not any(c.dep_ in ("oprd", "prep") for c in right):
        return None  # "called a meeting"
    if lemma in ("tell", "ask", "inform", "assure") and not any(c.dep_ != "dative" for c in right):
        return None
    if not right:
        return None
    objs = [c for c in right if c.dep_ in ("dobj", "oprd", "prep")]
    if not objs:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and all(c.dep_ == "prep" for c in right):
        return None  # "Commenting on the conflict, he said ...": a frame, not a claim
    if lemma in ("tell", "inform", "assure"):
        right = [c for c in right if c.dep_ != "dobj" or c is not right[0]] or right
    return tokens_offsets(
        verb.doc, min(c.left_edge.i for c in right), max(c.right_edge.i for c in right)
    )


def _cut_at_next_cue(verb: Token, comps: list[Token], end: int) -> int:
    """End a content before a second cue of the same speaker inside it: "A, adding B",
    "A and warned B" (the parser often hangs these on the complement)."""
    for comp in comps:
        for tok in comp.subtree:
            if tok.i <= comp.i or tok.dep_ not in ("advcl", "conj") or subject_of(tok) is not None:
                continue
            if verb_frame(tok.lemma_.lower()) in ("speech", "evaluation") and tok.idx < end:
                first = tok.left_edge
                while first.i > comp.i and first.nbor(-1).dep_ in ("cc", "punct"):
                    first = first.nbor(-1)
                return min(end, trim(text(verb.doc), comp.left_edge.idx, first.idx)[1])
    return end


def _impersonal_subject(verb: Token) -> bool:
    subj = subject_of(verb)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON"


def _inherited_subject(
    verb: Token, repaired: dict[int, tuple[Offsets, int]], depth: int = 0
) -> tuple[Offsets, int] | None:
    """The claimant of a verb with no subject: "... and said", "..., saying", "who said"."""
    head = verb.head
    if depth > 4 or head is verb:
        return None
    if head.i in repaired and verb.dep_ == "conj":
        return repaired[head.i]
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        subj = subject_of(head)
        if subj is not None and subj.dep_ in ("nsubj", "csubj"):
            return subtree(subj), subj.i
        if subj is None:
            return _inherited_subject(head, repaired, depth + 1)
        agent = agent_of(head)
        return (subtree(agent), agent.i) if agent is not None else None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if head.lemma_.lower() in _CONTAINER_NOUNS and head.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(head.head)  # "X issued a statement saying ..."
            if subj is not None:
                return subtree(subj), subj.i
        return subtree_until(head, verb), head.i
    return None


def _within(full: str, span: Offsets, sent: Offsets) -> Offsets | None:
    """A claimant cut to its sentence and its line (a mis-parse can reach a headline)."""
    start, end = max(span[0], sent[0]), min(span[1], sent[1])
    cut = full.rfind("\n", start, end)
    if cut != -1:
        start = cut + 1
    start, end = trim(full, start, end)
    return (start, end) if end > start else None


def _noun_rooted(verb: Token, sent: Span, frame: str) -> RawClaim | None:
    """ "Trump refuses to ..." parsed with the name as root and the verb as its object."""
    head = verb.head
    if head.dep_ != "ROOT" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    content = _verb_content(verb, frame)
    if content is None:
        return None
    return RawClaim(
        cue=cue_offsets(verb),
        content=content,
        claimant=tokens_offsets(verb.doc, head.left_edge.i, verb.i - 1),
        claimant_token=head.i,
        outlet=outlet_of(verb, sent),
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )


def _speaker_subject(verb: Token, quotes: list[Offsets]) -> Token | None:
    """The verb's subject; of two ("“… mode,” said Wimes" parses "mode" as one too), the one
    outside the quotation."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    outside = [s for s in subjects if not any(q[0] <= s.idx < q[1] for q in quotes)]
    return (outside or subjects or [None])[0]


def _postposed(
    verb: Token, sent: Span, clause_after: bool = False
) -> tuple[Offsets, int] | None:
    """ "..., the observatory said." parsed without a subject: the noun phrase between the
    last comma and the verb is the claimant (returned with its first token's index)."""
    doc = verb.doc
    i = verb.i - 1
    while i > sent.start and doc[i].text != "," and doc[i].pos_ in _NP_POS:
        i -= 1
    if i <= sent.start or doc[i].text != "," or i == verb.i - 1:
        return None
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not clause_after and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    first = i + 1
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first : verb.i]):
        return None
    return tokens_offsets(doc, first, verb.i - 1), first


def _cites_as_saying(verb: Token) -> bool:
    return verb.lemma_ in ("cite", "quote") and any(
        c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children) for c in verb.children
    )


def _cited_passive(verb: Token) -> bool:
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_
        in (
            "cite",
            "quote",
        )
    )


def _cited_as(cite: Token) -> tuple[Offsets | None, int | None, Offsets | None]:
    """ "Interfax cited X as saying": claimant X, outlet Interfax (either voice)."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    subj = subject_of(cite)
    agent = agent_of(cite)
    if obj is not None:
        outlet = subtree(subj) if subj is not None else None
        return subtree(obj), obj.i, outlet
    if subj is not None:  # "X was cited by Interfax as saying"
        return subtree(subj), subj.i, subtree(agent) if agent is not None else None
    return None, None, None


def _quote_or_colon(
    verb: Token, sent: Span, quotes: list[Offsets], claimant: Offsets | None
) -> Offsets | None:
    """Content for a speech verb without a complement: a quotation beside it, or a colon."""
    doc = verb.doc
    lo = min(verb.idx, claimant[0]) if claimant else verb.idx
    hi = max(verb.idx + len(verb.text), claimant[1]) if claimant else verb.idx + len(verb.text)
    quote = adjacent_quote(text(doc), quotes, lo, hi)
    if quote is not None:
        return quote
    if claimant is not None and sent.start_char < claimant[0] and claimant[1] <= verb.idx:
        before = text(doc)[sent.start_char : claimant[0]].rstrip()
        between = text(doc)[claimant[1] : verb.idx].split()
        if before.endswith(",") and len(before.split()) >= 3 and len(between) <= 2:
            return trim(
                text(doc), sent.start_char, sent.end_char
            )  # "X, he said, Y" / "X, he said."
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


def _outermost(claims: list[RawClaim]) -> list[RawClaim]:
    """Drop claims whose cue sits inside another claim's content ("X said Y claimed Z").

    The outer attribution is the one the article makes; the inner one is part of what
    is attributed (PolNeAR annotates only the outer one too).
    """
    kept: list[RawClaim] = []
    for raw in sorted(claims, key=lambda r: r.content[0] - r.content[1]):
        if not any(k.content[0] <= raw.cue[0] < k.content[1] for k in kept):
            kept.append(raw)
    # "A senior official, who spoke on condition of anonymity, said": a claim's claimant
    # holds no claim of its own.
    kept = [
        r
        for r in kept
        if not any(k.claimant and k.claimant[0] <= r.cue[0] < k.claimant[1] for k in kept)
    ]
    return sorted(kept, key=lambda r: (r.sentence[0], r.cue[0]))


def _dedupe(claims: list[RawClaim]) -> list[RawClaim]:
    """One claim per content: a conjoined or repeated cue adds nothing new."""
    seen: set[Offsets] = set()
    out: list[RawClaim] = []
    for raw in sorted(claims, key=lambda r: (r.content[0], r.cue[0])):
        if raw.content[1] <= raw.content[0] or raw.content in seen:
            continue
        seen.add(raw.content)
        out.append(raw)
    return sorted(out, key=lambda r: (r.sentence[0], r.cue[0]))
