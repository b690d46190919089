"""Attitudes held towards a clause: "protesters were frustrated that Y", "we are convinced Y".

An attitude word with a clausal complement attributes the clause to whoever holds the
attitude, as a belief does (PolNeAR counts beliefs and feelings about a state of affairs).
:mod:`claimmap.claims_stance` reads the adjectives ("is sure that Y"); the same words as
passive participles escape it, since the parser makes them verbs: "were frustrated that
Y" (a passive with no agent, which a cue verb would refuse as sourceless), "are convinced
(that) Y", "came away convinced that Y" (the participle a complement of a verb of
becoming, its holder that verb's subject), and, in a relative clause, "the election, in
which she was sure Y". The holder must be able to hold a view (a person, group, pronoun
or common noun): an expletive or demonstrative ("it was certain that") holds none.

Impersonal frames name no holder: "it is clear/obvious that Y" is the writer's claim Y,
read here with no claimant. "It is unclear whether Y" (or "not clear") asserts nothing of
Y, an open question, and is no claim (on PolNeAR's dev set, 2 right and 0 wrong for the
certain frames; 1 right and 4 wrong for the uncertain ones).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import COPULAS, STANCE_ADJECTIVES
from claimmap.claims_tokens import (
    RawClaim,
    lemmas_where,
    overlap,
    stance_raw,
    subtree,
    tok_end,
    unowned_stance,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs of becoming or remaining that take an attitude as complement: "came away
#: convinced", "grew worried", "remained confident", "left frustrated".
_BECOMING = COPULAS | frozenset({"come", "grow", "get", "feel", "stay", "leave", "walk"})
_SUBJECTS = ("nsubjpass", "nsubj")
_IS = frozenset({"'s", "’s"})
#: Subjects that hold no view: expletives and demonstratives ("it was certain that").
_NO_HOLDER = frozenset({"it", "this", "that", "there", "which", "what"})
_HOLDER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Certainty the writer asserts in an impersonal frame: "it is clear that Y".
_IMPERSONAL_WORDS = frozenset({"clear", "obvious", "evident", "apparent", "certain", "plain"})
_CANDIDATES = (
    STANCE_ADJECTIVES
    | _IMPERSONAL_WORDS
    | frozenset(
        {"convince", "worry", "frustrate", "concern", "satisfy", "please", "disappoint", "upset"}
    )
)


def attitude_claims(parsed: Doc, kept: list[RawClaim]) -> list[RawClaim]:
    """A stance claim for each attitude word with a clause in ``parsed`` that no claim in
    ``kept`` already covers."""
    taken = [r.content for r in kept] + [r.cue for r in kept]
    out = []
    for i in lemmas_where(parsed, _CANDIDATES):
        raw = _attitude(parsed[i])
        if raw is None or any(overlap(raw.content, t) or overlap(raw.cue, t) for t in taken):
            continue
        out.append(raw)
        taken += [raw.content, raw.cue]
    return out


def _attitude(word: Token) -> RawClaim | None:
    clause = _clause(word)
    if clause is None:
        return None
    if _it_subject(word):
        return _impersonal(word, clause) if word.lower_ in _IMPERSONAL_WORDS else None
    if word.lower_ not in STANCE_ADJECTIVES:
        return None
    head, holder = _holder(word)
    if head is None or holder is None:
        return None
    aux = [c.idx for c in head.children if c.dep_ in ("auxpass", "neg") and c.i < head.i]
    cue = (min([head.idx, word.idx, *aux]), tok_end(word))  # "were frustrated", "is sure"
    if holder.tag_ == "WP" and head.dep_ == "relcl":  # "farmers who were worried that Y":
        holder = head.head  # the farmers, named up to their relative clause
        return stance_raw(
            head, holder, subtree(clause), cue, (holder.left_edge.idx, tok_end(holder))
        )
    return stance_raw(head, holder, subtree(clause), cue)


def _clause(word: Token) -> Token | None:
    """The finite clause after the word: "that Y", "if Y", or a bare "Y" with a subject
    (an infinitive, "eager to go", is an intention the stance module reads)."""
    holders = [word, word.head] if word.dep_ == "acomp" else [word]  # (the parser often
    for h in holders:  # hangs the clause on the copula: "was sure [Trump would win]")
        for c in h.children:
            if (
                (c.dep_ == "ccomp" or (c.dep_ == "advcl" and _asked(word, c)))
                and c.i > word.i
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            ):
                return c
    return None


def _asked(word: Token, clause: Token) -> bool:
    """An open question the parser made an adverbial: "weren't sure if Y", "unsure whether
    Y" (a bare "sure if you ask" is a condition, not what the holder is sure of)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    negated = any(c.dep_ == "neg" for c in (*word.children, *word.head.children))
    return "whether" in marks or ("if" in marks and negated)


def _holder(word: Token) -> tuple[Token | None, Token | None]:
    """The verb the attitude hangs on and the one who holds it: the participle's own
    passive subject ("were frustrated"), or the subject of the copula or verb of becoming
    it complements ("are convinced", "came away convinced"), or of the verb a misparse
    coordinates it with ("met her and came away convinced")."""
    if word.tag_ == "VBN" and word.dep_ not in ("acomp", "oprd", "xcomp", "conj", "amod"):
        aux = [c for c in word.children if c.dep_ in ("auxpass", "aux")]  # (or on "are")
        subjects = [c for h in [word, *aux] for c in h.children if c.dep_ in _SUBJECTS]
        subj = subjects[0] if subjects else None
        if subj is None or any(c.dep_ == "agent" for c in word.children):
            return None, None  # ("was convinced by X that Y" is X's speech act)
        return word, _animate(subj)
    head = word.head
    if word.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):  # "met X and came away convinced"
        came = next((c for c in head.children if c.dep_ == "conj" and c.i < word.i), None)
        if came is None or came.lemma_.lower() not in _BECOMING:
            return None, None
        return came, _animate(_subject(head))
    if word.dep_ not in ("acomp", "oprd", "xcomp") or not _becoming(head):
        return None, None
    return head, _animate(_subject(head))


def _becoming(verb: Token) -> bool:
    """A copula or verb of becoming ("’s" the model may leave unlemmatised)."""
    return verb.lemma_.lower() in _BECOMING or (verb.tag_ == "VBZ" and verb.lower_ in _IS)


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":  # "… and was sure that Y": the first verb's
        return _subject(verb.head)
    return subj


def _animate(subj: Token | None) -> Token | None:
    """``subj`` if it can hold an attitude: a person, group or personal pronoun, or a
    common noun the model gave no other entity type (not "it", "this", a date)."""
    if subj is None or subj.lower_ in _NO_HOLDER:
        return None
    if subj.ent_type_ in _HOLDER_ENTS or subj.pos_ == "PRON":
        return subj
    return subj if subj.pos_ in ("NOUN", "PROPN") and not subj.ent_type_ else None


def _it_subject(word: Token) -> bool:
    """Whether the word is predicated of an expletive "it" ("it is clear that")."""
    head = word.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "expl")), None)
    return word.dep_ == "acomp" and subj is not None and subj.lower_ == "it"


def _impersonal(word: Token, clause: Token) -> RawClaim | None:
    """ "It is clear that Y": the writer's claim Y, no claimant (not "it is not clear")."""
    head = word.head
    subj = next(c for c in head.children if c.dep_ in ("nsubj", "expl"))
    if not _becoming(head) or any(c.dep_ == "neg" for c in (*head.children, *word.children)):
        return None
    return unowned_stance(word, (min(subj.idx, head.idx), tok_end(word)), subtree(clause))
