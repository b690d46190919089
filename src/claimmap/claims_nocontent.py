"""Contents of cue verbs the complement rules of :mod:`claimmap.claims_content` miss.

Shapes where a known cue verb has no clausal complement, yet says something: a belief
stated as a small clause ("judged America a paper tiger"), a cognition aside on the main
clause ("as we saw in 2009, banks ..."), an embedded question the parser read as a time
clause ("has not said when it would vote"), and an infinitive the parser hung on a place
phrase after a directive's addressee ("told fans at a rally to vote") or on an intention
verb ("could decline to appeal"), and the claim at issue in an answer ("responded to
the charge that ..."); a label the parser made the object ("calls Obamacare ‘crazy
system’").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_asides import as_aside_content
from claimmap.claims_cues import CUE_NOUNS, words
from claimmap.claims_tokens import (
    Offsets,
    has_child,
    subject_of,
    subtree,
    text,
    tok_end,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_DIRECTIVES = words("urge ask tell warn implore encourage advise")
#: Verbs of judging whose object and predicate make the belief: "deemed the plan a failure".
_JUDGING = words("consider judge deem reckon believe think regard")
#: Verbs of telling whose negated use leaves an open question: "did not say when".
_DISCLOSING = words("say disclose specify explain reveal indicate")
#: Words opening an embedded question.
_QUESTION_WORDS = words("when where whether why how if")


def stray_infinitive(verb: Token, lemma: str) -> Token | None:
    """ "told his supporters at a rally to go vote": the parser hangs the infinitive on the
    noun of the place phrase after the object (a relative clause of "rally"); it is what
    the addressee was told to do."""
    if lemma not in _DIRECTIVES:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < obj.i or prep.lower_ in ("for", "to", "about"):
            continue
        for tok in prep.subtree:
            to = tok.doc[tok.left_edge.i]
            first = to.i == tok.left_edge.i and to.lower_ == "to" and to.dep_ == "aux"
            if tok.dep_ in ("relcl", "acl") and tok.pos_ == "VERB" and first:
                return tok
    return None


def judged_as(verb: Token, lemma: str) -> Offsets | None:
    """ "Bin Laden judged America a paper tiger": an active verb of judging with an object
    and a predicate after it states a belief, object and predicate together ("considered
    the vote" or "found the house" alone are no beliefs; a passive "is considered a
    favourite" has no believer)."""
    if lemma not in _JUDGING or verb.tag_ == "VBN" or subject_of(verb) is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    pred = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if obj is None or pred is None or pred.i < obj.i or obj.tag_ in ("WP", "WDT"):
        return None
    return tokens_offsets(verb.doc, obj.left_edge.i, pred.right_edge.i)


def cognition_aside(verb: Token) -> Offsets | None:
    """ "As we saw in 2009, banks can change their minds": an aside of knowing or seeing
    with its own subject and no object vouches for the main clause ("as you know" is
    addressed to the reader, "as he recognized the holiday" times an act)."""
    subj = subject_of(verb)
    if subj is None or subj.lower_ == "you" or has_child(verb, "dobj"):
        return None
    content = as_aside_content(verb)
    after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    main = subject_of(verb.head)
    if content is None or after is None or after.text != "," or main is None or main.i < verb.i:
        return content  # "Banks, as we saw, can ...": the aside sits inside the clause
    return trim(text(verb.doc), max(content[0], tok_end(after)), content[1])  # ("After all,")


def open_question(verb: Token, lemma: str) -> Offsets | None:
    """ "Lawmakers have not said when they would take up the bill": after a negated verb of
    telling, a clause opened by a question word is what was left unsaid, an embedded
    question the parser read as a time clause ("said so when she resigned" is a time)."""
    if lemma not in _DISCLOSING or not has_child(verb, "neg"):
        return None
    for clause in verb.children:
        first = clause.left_edge
        if clause.dep_ == "advcl" and clause.i > verb.i and first.lower_ in _QUESTION_WORDS:
            return subtree(clause)
    return None


def adverbial_infinitive(verb: Token) -> list[Token]:
    """ "could decline to appeal", "voted 19-15, to send the resolution": an infinitive
    after an intention verb with no object, which the parser hung on it as an adverbial
    clause, is what was intended ("offered money to buy votes" has its object)."""
    if has_child(verb, "dobj"):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and c.left_edge.lower_ == "to"
        and any(a.dep_ == "aux" and a.i == c.left_edge.i for a in c.children)
    ][:1]


#: Verbs of answering, whose "to" phrase names what is answered.
_ANSWERING = words("respond reply react retort")


def answered_claim(verb: Token, lemma: str) -> Offsets | None:
    """ "responded to the mayor's charge that the budget was padded": the that-clause of
    the noun answered states the claim at issue ("responded to the letter" has none; a
    claim noun, "the charge", carries that claim for its own speaker)."""
    if lemma not in _ANSWERING:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < verb.i:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() in CUE_NOUNS:
                continue
            for clause in noun.children:
                marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                if clause.dep_ in ("acl", "ccomp") and clause.i > noun.i and marked:
                    return subtree(clause)
    return None


def label_object(obj: Token) -> bool:
    """ "calls Obamacare ‘crazy system’", "called people “losers”": the parser made the
    label the object and the thing labelled its noun modifier, a small clause it split
    ("called Alicia Machado" has a name, its compound, and no label)."""
    return obj.dep_ == "dobj" and any(
        c.dep_ == "nmod" and c.i < obj.i and c.pos_ in ("NOUN", "PROPN", "PRON")
        for c in obj.children
    )
