"""Stance claims: an agent's attitude to something, beyond reports of speech or belief.

PolNeAR (like PARC) attributes any stance of an agent: "Graham has been critical of
Trump", "Clinton has been a consistent supporter of NATO", "the group views Obama as
...". These are claims of ``kind="stance"``: the map shows them, but they report no
events, so no movement should rest on one (the routes stage's claim linking is meant to
take ``kind="report"`` claims only). Only attitude words from the lists in
``claims_cues`` count: any agentive verb with an object ("Ankara was transferring
militants") is an event, not a stance, and proved three times more often wrong than
right on PolNeAR. A sentence opened by a document ("In this poll, Trump rose ...") is
found here too, as a report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import (
    COPULAS,
    CUE_NOUNS,
    DENY_CUES,
    DISMISSALS,
    DOCUMENT_NOUNS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_AGENT_NOUNS,
    STANCE_PREPOSITIONS,
    STANCE_VERBS,
    cue_lemma,
)
from claimmap.claims_hedging import conditional
from claimmap.claims_intent_nouns import intent_claims
from claimmap.claims_raising import seeming_claims
from claimmap.claims_summed_denials import summed_relative
from claimmap.claims_tokens import (
    RawClaim,
    agent_subject,
    cue_offsets,
    lemmas_where,
    overlap,
    sentence_at,
    span_at,
    stance_raw,
    subtree,
    text,
    tok_end,
    tokens_offsets,
    trim,
)
from claimmap.claims_topics import topic_claims
from claimmap.model import Modality
from claimmap.parse_columns import span_tops

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

_STANCE_WORDS = STANCE_ADJECTIVES | STANCE_AGENT_NOUNS | STANCE_VERBS | LIGHT_NOUNS
_CANDIDATES = _STANCE_WORDS | {"in"}  # one object: its hashes are cached by identity
_VERB_OBJECTS = ("dobj", "xcomp", "ccomp", "oprd")


def stance_claims(parsed: Doc, kept: list[RawClaim]) -> list[RawClaim]:
    """Stance claims of ``parsed`` (and sentences framed by a document, "In a poll, ...")
    that no claim in ``kept`` already covers."""
    taken = [r.content for r in kept] + [r.cue for r in kept]
    out = []
    found = [_in_document(t) if t.lower_ == "in" else _stance_at(t) for t in _candidates(parsed)]
    for raw in [*found, *topic_claims(parsed), *seeming_claims(parsed), *intent_claims(parsed)]:
        if raw is None or any(overlap(raw.content, t) or overlap(raw.cue, t) for t in taken):
            continue
        out.append(raw)
        taken += [raw.content, raw.cue]
    return out


def _candidates(parsed: Doc) -> list[Token]:
    return [parsed[i] for i in lemmas_where(parsed, _CANDIDATES)]


def _in_document(prep: Token) -> RawClaim | None:
    """ "In a statement issued Tuesday, X was more circumspect", "In this poll, Trump rose":
    a sentence opened by a document reports what the document says (a report claim)."""
    sent = sentence_at(prep.doc, prep.i)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.i != sent.start or obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    frame_end = prep.right_edge.i + 1
    while frame_end < sent.end and prep.doc[frame_end].is_punct:
        frame_end += 1
    if frame_end >= sent.end - 1:
        return None
    content = tokens_offsets(prep.doc, frame_end, sent.end - 1)
    return RawClaim(
        cue=(prep.idx, tok_end(prep)),
        content=content,
        claimant=subtree(obj),
        claimant_token=obj.i,
        outlet=None,
        cue_token=prep.i,
        frame="document",
        sentence=(sent.start_char, sent.end_char),
    )


def _stance_at(tok: Token) -> RawClaim | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in STANCE_VERBS and tok.dep_ not in ("amod", "aux"):
        return _attitude_verb(tok)
    if tok.pos_ == "ADJ" and lemma in STANCE_ADJECTIVES and tok.dep_ == "acomp":
        return _predicative(tok, ("prep", "ccomp", "xcomp"))
    if tok.pos_ == "NOUN" and lemma in STANCE_AGENT_NOUNS and tok.dep_ == "attr":
        return _predicative(tok, ("prep",))
    if tok.pos_ == "NOUN" and lemma in LIGHT_NOUNS and tok.dep_ == "dobj":
        return _light_verb(tok)
    return None


def _light_verb(noun: Token) -> RawClaim | None:
    """ "X made a strong condemnation of Y", "X has questions about Y"."""
    verb = noun.head
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    subj = agent_subject(verb)
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS), None
    )
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
    if subj is None or prep is None or obj is None:
        return None
    return stance_raw(verb, subj, subtree(obj), (cue_offsets(verb)[0], tok_end(prep)))


def _predicative(word: Token, deps: tuple[str, ...]) -> RawClaim | None:
    """ "X is critical of Y", "X has been a supporter of Y", "X were willing to Y"."""
    cop = word.head
    if cop.lemma_.lower() not in COPULAS:
        return None
    subj = agent_subject(cop)
    comps = [
        c
        for c in word.children
        if c.i > word.i and c.dep_ in deps and (c.dep_ != "prep" or c.lower_ in STANCE_PREPOSITIONS)
    ]
    if subj is None or not comps:
        return None
    comp = comps[0]
    if comp.dep_ == "prep":
        obj = next((g for g in comp.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return None
        content, cue_end = subtree(obj), tok_end(comp)
    else:
        content, cue_end = subtree(comp), tok_end(word)
    return stance_raw(cop, subj, content, (cue_offsets(cop)[0], cue_end))


def _attitude_verb(verb: Token) -> RawClaim | None:
    """ "X openly admires Y", "X viewed Y as Z", "X would like to Y"."""
    subj = agent_subject(verb)
    comps = [
        c
        for c in verb.children
        if c.i > verb.i and (c.dep_ in _VERB_OBJECTS or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    if subj is None or not comps:
        return None
    first = min(c.left_edge.i for c in comps)
    last = max(c.right_edge.i for c in comps)
    return stance_raw(verb, subj, tokens_offsets(verb.doc, first, last), cue_offsets(verb))


# --- rebuttals: "X says Y; Z denies it", "X say Y, a claim Z deny" -----------------------

#: A noun that sums up the claim before it: ", a claim (that) county officials deny".
_NOUNS = (
    r"(?:claim|accusation|allegation|charge|assertion|contention|account"
    r"|suggestion|characteri[sz]ation)"
)
#: (a plural may go bare: ", allegations the authorities deny")
_NOUN = r"(?:(?:a|an|the)\s+" + _NOUNS + r"s?|" + _NOUNS + r"s)\s+(?:that\s+|which\s+)?"
_SUMMING = re.compile(r",\s+" + _NOUN, re.IGNORECASE)
_SUMMING_START = re.compile(_NOUN, re.IGNORECASE)


def rebuttals(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """A rebuttal split from the claim it rebuts: the parser reads "X says Y; Z denies
    it" as Z denying "X says Y", and ", a claim Z deny" as part of X's content or as Z's
    name; both are X's claim Y plus Z's denial of Y."""
    out: list[RawClaim] = []
    cues = {r.cue_token for r in claims}
    for raw in claims:
        raw = _unsummed_claimant(parsed, raw)
        inner = _rebutted(parsed, raw) if _denial(parsed, raw) else None
        if inner is not None and inner.cue_token not in cues:
            out.extend([inner, replace(raw, content=inner.content)])
            continue
        out.extend(_summed_tail(parsed, raw))
    out = [summed_relative(parsed, r, out) for r in out]
    return sorted(out, key=lambda r: (r.sentence[0], r.cue[0]))


def _denial(parsed: Doc, raw: RawClaim) -> bool:
    return cue_lemma(parsed[raw.cue_token].lemma_, parsed[raw.cue_token].lower_) in DENY_CUES


def _unsummed_claimant(parsed: Doc, raw: RawClaim) -> RawClaim:
    """ "a claim county commissioners (deny)": the summing noun is not the speaker."""
    if raw.claimant is None:
        return raw
    body = text(parsed)
    m = _SUMMING_START.match(body, raw.claimant[0], raw.claimant[1])
    if m is None or m.end() >= raw.claimant[1]:
        return raw
    who = span_at(parsed, m.end(), raw.claimant[1])
    if who is None or not len(who):
        return raw
    return replace(raw, claimant=(who.start_char, who.end_char), claimant_token=who.root.i)


def _rebutted(parsed: Doc, raw: RawClaim) -> RawClaim | None:
    """The speech claim that opens a denial's content, when the content precedes the cue."""
    if raw.content[1] > raw.cue[0]:
        return None
    content = span_at(parsed, *raw.content)
    if content is None:
        return None
    for verb in content:
        if cue_lemma(verb.lemma_, verb.lower_) not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subtree(subj)[0] != content.start_char or verb.i + 1 >= content.end:
            return None
        said = trim(text(parsed), tok_end(verb), raw.content[1])
        if said[1] - said[0] < 10:
            return None
        return replace(
            raw,
            cue=cue_offsets(verb),
            content=said,
            claimant=subtree(subj),
            claimant_token=subj.i,
            cue_token=verb.i,
            frame="speech",
            outlet=None,
        )
    return None


def _summed_tail(parsed: Doc, raw: RawClaim) -> list[RawClaim]:
    """ "X say Y, a claim Z flatly deny": Y is X's; Z denies it."""
    body = text(parsed)
    m = next(_SUMMING.finditer(body, raw.content[0] + 1, raw.content[1]), None)
    if m is None:
        return [raw]
    tail = span_at(parsed, m.end(), raw.content[1])
    if tail is None or not 2 <= len(tail) <= 8:
        return [raw]
    verb = tail[-1] if tail[-1].pos_ != "PUNCT" else tail[-2]
    if cue_lemma(verb.lemma_, verb.lower_) not in DENY_CUES or verb.i == tail.start:
        return [raw]
    last = verb.i - 1
    while last > tail.start and parsed[last].pos_ in ("ADV", "AUX", "PART"):
        last -= 1
    who = parsed[tail.start : last + 1]
    if any(t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON") for t in who):
        return [raw]
    claimed = trim(body, raw.content[0], m.start())
    denial = replace(
        raw,
        cue=cue_offsets(verb),
        content=claimed,
        claimant=(who.start_char, who.end_char),
        claimant_token=who.root.i,
        cue_token=verb.i,
        outlet=None,
        frame="speech",
    )
    return [replace(raw, content=claimed), denial]


# --- a fact-check's verdict on the claim it checks ---------------------------------------

#: A verdict line: "Verdict: False", "Our rating: Pants on Fire", or a bare "Misleading".
_VERDICT_LINE = re.compile(
    r"^\s*(?:(?:our\s+)?(?:verdict|rating|ruling|conclusion)\s*:\s*)?"
    r"(?P<verdict>[A-Za-z][A-Za-z' -]{1,30}?)\s*(?:[.!]|$)",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^\s*(?:our\s+)?(?:verdict|rating|ruling|conclusion)\s*:", re.IGNORECASE)
#: Verdicts that dispute the claim checked (it is "denied" by the outlet) ...
_DISPUTED = frozenset(
    {
        "false", "fake", "fabricated", "incorrect", "wrong", "misleading", "mostly false",
        "pants on fire", "partly false", "partially false", "manipulated", "altered",
        "out of context", "missing context", "baseless", "four pinocchios", "debunked",
    }
)  # fmt: skip
#: ... or leave it unproven (the claim stands "alleged").
_UNPROVEN = frozenset(
    {"unproven", "unverified", "unsupported", "unsubstantiated", "mixture", "half true"}
)
#: How many paragraphs after a checked claim its verdict may come.
_VERDICT_REACH = 3


def checked_verdict(text: str, claim_end: int) -> Modality | None:
    """The modality a fact-check's verdict gives the claim it checks ("Claim: ..." then
    "Verdict: False" makes the claim disputed, so no route is drawn from it as stated);
    None when no verdict line follows before another claim line."""
    following = text[claim_end:].split("\n")[1:]  # (the rest of the claim's own line)
    paragraphs = [p for p in following if p.strip()][:_VERDICT_REACH]
    for para in paragraphs:
        if re.match(r"^\s*(?:the\s+)?claim\s*:", para, re.IGNORECASE):
            return None  # the next checked claim
        m = _VERDICT_LINE.match(para)
        if m is None or not (_LABELLED.match(para) or len(para.split()) <= 4):
            continue  # a bare verdict is a short line of its own
        verdict = " ".join(m.group("verdict").lower().split())
        if verdict in _DISPUTED:
            return "denied"
        if verdict in _UNPROVEN:
            return "alleged"
    return None


def judged_false(cue: Token) -> bool:
    """ "The claim that ... is false": a claim noun the sentence itself calls false."""
    head = cue.head
    if cue.dep_ != "nsubj" or head.lemma_ != "be":
        return False
    said = [c for c in head.children if c.dep_ in ("acomp", "attr")]
    return any(c.lower_ in _DISPUTED for c in said) and not has_neg(head)


def has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


#: Pronouns by which a speaker names itself in its own content: "said it rejects ...".
_SELF_REFERENCE = frozenset({"i", "we", "it", "they", "he", "she"})


def denies_in_content(content: Span_) -> bool:
    """Whether the content itself is a denial: the speaker rejects something ("said it
    categorically rejects the charges") or calls a claim false ("said the allegations
    were fabricated"). Negated verbs deny nothing."""
    for head in span_tops(content):
        if has_neg(head):
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        lemma = cue_lemma(head.lemma_, head.lower_)
        if lemma in DENY_CUES and any(c.lower_ in _SELF_REFERENCE for c in subjects):
            return True
        if head.lower_ in DISMISSALS and any(c.lemma_.lower() in CUE_NOUNS for c in subjects):
            return True
    return False


#: Cues of a pledge or a threat: what they announce has not happened. (A warning is no
#: hedge: "warned that landlords would face action" states a policy.)
_PLEDGE_CUES = frozenset({"threaten", "vow", "pledge", "promise"})
_FUTURE = frozenset({"would", "will", "'ll", "shall", "to"})


def pledged(cue_lemmas: set[str], content: Span_) -> bool:
    """Whether a claim only announces an action ("threatened that it would act against
    any attempt to ...", "vowed to retaliate"): a conditional or future pledge states no
    fact."""
    if not cue_lemmas & _PLEDGE_CUES:
        return conditional(content)  # "said it will act unless ...": a conditional pledge
    heads = span_tops(content)
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for h in heads for c in h.children)
