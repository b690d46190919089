"""Cue words that state nothing: "has not commented", "declined to comment", "a statement
posted on X", "asking not to be named", "The agency, citing a commander, reported ...".

A cue word is no claim when it is negated with nothing to deny, names a document or a
thing rather than saying something, or only cites the source of another verb's claim:
:func:`no_statement` drops these before a claim is proposed. :func:`unsaid` tells a
refusal or a silence that PolNeAR annotates as an attribution ("did not say what steps
it would take"), whose claim is then of the stance kind, so no route rests on what was
left unsaid. The word lists of cues are :mod:`claimmap.claims_cues`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import CUE_NOUNS, DOCUMENT_NOUNS, cue_lemma, verb_frame

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Cues that, negated and without a clause, say nothing was stated: "has not commented",
#: "could not independently confirm the figures".
_SILENT_WHEN_NEGATED = frozenset({"comment", "confirm", "verify", "respond", "reply"})
#: Clauses that ask for anonymity rather than state anything: "asking not to be named".
_ANONYMITY = frozenset({"name", "identify"})
#: Verbs that refuse what their infinitive names: "declining to be named".
_REFUSALS = frozenset({"decline", "refuse"})
#: Words that open an indirect question: "did not say what steps", "without saying whether".
_QUESTION_OPENERS = frozenset({"what", "whether", "if", "how", "when", "where", "why", "who"})
_QUESTION_OPENERS |= frozenset({"which", "whom"})


#: Verbs by which one claim resembles another ("The accusation mirrors earlier remarks").
_ECHOES = frozenset({"echo", "mirror", "repeat", "reference", "recall"})


def cited_source(verb: Token) -> bool:
    """ "The agency, citing a commander, reported that ...": a participle of citing that
    names only the source of the claim its head verb makes (no clause, no quotation);
    also "X reported, citing Y, that Z", where the parser hangs it on Z's verb."""
    if verb.lemma_ not in ("cite", "quote") or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    head = verb.head
    if head.dep_ == "ccomp" and head.head.i < verb.i < head.i:
        head = head.head  # (the cue before "citing" whose clause comes after it)
    elif head.i < verb.i:
        return False
    if head.pos_ not in ("VERB", "AUX") or verb_frame(cue_lemma(head.lemma_, head.lower_)) is None:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "prep") for c in verb.children):
        return False  # "citing X as saying ...", "citing reports that ..."
    return any(c.dep_ == "dobj" for c in verb.children)


def no_statement(verb: Token, lemma: str) -> bool:
    """Cues that report no statement: "The army has not commented on the toll", "Moscow
    did not comment", "AP could not independently confirm the figures" (negated, with no
    clause to deny), "a statement posted on X" (a participle that
    names the document), "continue to cross" (not the "he continued, ..." of speech),
    "asking not to be named", "declining to be identified"."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not clauses
    if participle and (_names_document(verb) or lemma in _NAMING):
        return True  # "a statement posted on X", "a visa program called EB-5"
    if lemma == "read" and not _text_reads(verb):
        return True  # "she read the letter aloud" is no claim; "the caption reads" is
    if lemma == "ask" and verb.tag_ == "VBN" and verb.dep_ == "advcl" and not _has_agent(verb):
        return True  # "Asked whether she would meet X, Lund paused": a question, not a claim
    if lemma in _SILENT_WHEN_NEGATED and _negated(verb) and not clauses:
        return True  # ("has not said much about X" is still a stance in the news)
    if lemma in _OWNING and _negated(verb) and clauses:
        return True  # "has never acknowledged sending troops": a silence, no statement
    if lemma == "assess" and not any(_that(c) for c in clauses):
        return True  # "are assessing whether the bridge can reopen": a task, no finding
    if lemma == "charge" and not clauses and not _has_prep(verb, "with"):
        return True  # "the networks charge $2,000 a person": a price, not an accusation
    echoed = lemma in _ECHOES and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CUE_NOUNS for c in verb.children
    )
    if echoed and not _has_agent(verb):  # ("His views were echoed by economists": theirs)
        return True  # "The claim echoes remarks by X, who told ...": X speaks, not the claim
    if cited_source(verb):
        return True  # "X, citing officials, said ...": the source of X's claim, no claim
    if lemma == "continue" and any(
        c.dep_ == "xcomp" and verb_frame(cue_lemma(c.lemma_, c.lower_)) is None
        for c in verb.children
    ):
        return True  # "continue to cross"; but "continued to call for" is a claim
    return any(
        c.dep_ == "xcomp"
        and c.lemma_ in _ANONYMITY
        and ((lemma in ("ask", "request") and _has(c, "neg")) or lemma in _REFUSALS)
        for c in verb.children
    )


def _text_reads(verb: Token) -> bool:
    """ "the caption reads", "the sign read: ...": a text that says something, not a
    reader (what follows a colon or a quotation mark is the text, not a thing read)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":  # "It shows a crowd and reads: …": shared
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    quoted = verb.i + 1 < len(verb.doc) and verb.nbor(1).text in (":", '"', "“")
    objects = not quoted and any(c.dep_ in ("dobj", "dative") for c in verb.children)
    texts = subj is not None and (
        (subj.pos_ == "NOUN" and not subj.ent_type_) or (quoted and subj.lower_ in _IT)
    )  # ("It reads: …" after "the post": the post's words)
    return texts and not objects


_IT = frozenset({"it", "this"})


def _that(clause: Token) -> bool:
    """A finding's clause ("assesses that X", "assesses X is likely"), not a question's
    ("whether X", "if X")."""
    return not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


#: Participles that give a thing its name: "a program called EB-5", "a group dubbed X".
_NAMING = frozenset({"call", "name", "dub", "term", "label", "title", "brand"})


def _names_document(participle: Token) -> bool:
    """A participle that tells how a document came out ("a statement posted on X") or who
    relayed it ("the figures cited by the agency"), not a misread finite cue ("Human
    Rights Watch alleged on Monday")."""
    noun = participle.head
    agent = any(c.dep_ == "agent" for c in participle.children)
    return agent or noun.lemma_.lower() in DOCUMENT_NOUNS | CUE_NOUNS


def _question(clause: Token) -> bool:
    """Whether a complement is an indirect question ("what practical steps it would take")."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _QUESTION_OPENERS and first.tag_ in ("WP", "WDT", "WRB", "IN", "WP$")


#: Cues that own up to something: negated ("has never admitted sending X") they tell
#: that the subject stayed silent on it, neither claiming nor denying it.
_OWNING = frozenset({"acknowledge", "admit", "concede", "confirm", "own"})


#: Silent refusals: "declined to comment", "refused to elaborate" state no content.
_UNSAID = frozenset({"comment", "elaborate", "respond", "answer", "say", "discuss", "speak"})


def unsaid(verb: Token, lemma: str) -> bool:
    """ "The Kremlin declined to comment", "He did not say what steps it would take",
    "without saying whether": PolNeAR annotates these as attributions, but they report a
    refusal or a silence, not a statement; claims of the stance kind, so no route rests
    on what was left unsaid."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if _negated(verb) and clauses and all(_question(c) for c in clauses):
        return True
    return lemma in _REFUSALS and any(
        c.dep_ == "xcomp" and c.lemma_ in _UNSAID and not _has(c, "ccomp") for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """ "did not say", "without saying"."""
    return _has(verb, "neg") or (verb.dep_ == "pcomp" and verb.head.lower_ == "without")


def _has(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def _has_prep(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)
