"""Doubt told without a modal on the verb: an impersonal guess ("it was possible that the
warheads had been moved", "it seems likely that") or a place given as a hedged choice ("at
X or possibly at Y", "through a X or Y hub"). No claim carries that doubt, so the movement
itself is only possible.

Split from :mod:`claimmap.movement_mood`, which reads a movement as made, possible or meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_mood_words import DOUBT_ADVERBS, DOUBT_FRAMES, DOUBT_HEADS, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def impersonal_doubt(verb: Token) -> bool:
    """Is the clause told under an impersonal guess ("it was possible that the warheads had
    been moved", "it is believed that", "it seems likely that")? Who guesses is not named,
    so no claim carries the doubt: the movement itself is only possible."""
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb:
        return False
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if _own_guess(head, subj):
        return True  # "We believe this cargo is going to X": the speaker's guess, not a sighting
    if not subj or any(s.lower_ != "it" for s in subj):
        return False
    words = {c.lower_ for c in head.children if c.dep_ in ("acomp", "oprd", "attr")}
    return bool(words & DOUBT_FRAMES) or lemma_of(head) in DOUBT_HEADS


def _own_guess(head: Token, subj: list[Token]) -> bool:
    """ "We believe", "I suspect": a speaker's own guess, in the present, about a movement."""
    first = len(subj) == 1 and subj[0].lower_ in ("we", "i")
    guess = lemma_of(head) in _GUESS_HEADS and head.tag_ in ("VBP", "VBZ")
    return first and guess


#: verbs of a speaker's own guess: "we believe", "I suspect", "we think"
_GUESS_HEADS = frozenset(["believe", "think", "suspect", "fear", "presume"])


def hedged_choices(trig: Token, verb: Token) -> bool:
    """Does the trigger, the verb it is coordinated with, or the verb told before it give
    its place as a hedged or undecided choice ("loaded at X or possibly at Y and was heading
    for Z", "through a X or Y hub")?"""
    return any(hedged_choice(w) for w in {trig, verb, _told_before(trig)})


def _told_before(trig: Token) -> Token:
    """The verb coordinated before the trigger ("loaded at X and was heading for Y"), whose
    phrases tell the start of its journey; else the trigger."""
    head = trig.head
    if trig.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i < trig.i:
        return head
    return trig


def hedged_choice(word: Token) -> bool:
    """Does a phrase of ``word`` give its place as one of several ways, one hedged ("at X or
    possibly at Y", "to X or perhaps Y"), or as either of two places of one thing ("through
    a X or Y hub")? Then no way is told as made."""
    preps = [c for c in word.children if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")]
    for prep in preps:  # "through X and then through a Y or Z hub": a second "through"
        for tok in prep.subtree:
            if not any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children):
                continue
            alts = [c for c in tok.children if c.dep_ == "conj"]
            hedged = any(
                c.dep_ == "advmod" and c.lower_ in DOUBT_ADVERBS for a in alts for c in a.children
            )
            if hedged or (alts and _one_of_two(tok, alts)):
                return True
    return False


def _one_of_two(tok: Token, alts: list[Token]) -> bool:
    """ "a X or Y hub": the places are modifiers of one noun (the parser may also hang the
    noun on the first name, with the article before it), so the thing is in one of them."""
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN":
        return True
    single = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return tok.pos_ == "PROPN" and single and any(a.pos_ == "NOUN" for a in alts)
