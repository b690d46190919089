"""Cue verbs used as deeds, not words: "customs officers found 412 tortoises in four
suitcases" (a seizure, not a finding) and "militants attacked one of its vessels near the
strait" (an assault, not a verbal attack). Judged from the verb's own arguments: a counted
thing found somewhere, an armed subject or a thing attacked at a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that put a deed at a place or in a container.
_WHERE = frozenset({"in", "at", "inside", "near", "off", "outside", "along", "aboard", "on"})
#: Verbs that are a verbal attack only by figure: "X attacked the plan", "X hit out".
_ASSAULTS = frozenset({"attack", "strike", "hit", "target", "pound", "shell", "bomb"})
#: Heads of an armed subject: a small closed class of combatants and their weapons.
_ARMED = words(
    """
    militant militants rebel rebels insurgent insurgents gunman gunmen fighter fighters
    troops soldier soldiers militia militias jihadist jihadists pirate pirates army
    drone drones missile missiles jet jets warplane warplanes bomber bombers raider
    """
)
#: Prepositions of a verbal attack's reason or label: "attacked him over X", "as weak".
_ABOUT = frozenset({"as", "for", "over", "on", "about"})


def physical_find(verb: Token, lemma: str) -> bool:
    """ "Officers found 412 tortoises in four suitcases": what a person finds counted and
    put in a place is a seizure, not a finding ("a study found 40% of ..." keeps its
    impersonal source, and "found that ..." its clause)."""
    if lemma != "find" or _clausal(verb) or _impersonal(verb):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not all(_counted(o) for o in objs):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _WHERE for c in verb.children)


def armed_attack(verb: Token, lemma: str) -> bool:
    """ "Militants attacked one of its vessels near the strait": an attack by an armed
    subject, or one on a thing at a place, is a deed; "attacked the minister as weak",
    "attacked the plan over its cost" keep their verbal sense."""
    if lemma not in _ASSAULTS or _clausal(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _ABOUT for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _armed(subj):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(not _personal(o) and _placed(o) for o in objs)


def _armed(subj: Token) -> bool:
    return subj.lower_ in _ARMED or subj.lemma_.lower() in _ARMED


def _placed(obj: Token) -> bool:
    """An object with a place after it: "one of its vessels near the X strait"."""
    return any(
        tok.dep_ == "prep"
        and tok.lower_ in _WHERE
        and tok.i > obj.i
        and any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in tok.subtree)
        for tok in obj.subtree
    )


def _personal(tok: Token) -> bool:
    """A person or a body, which one may attack with words."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "one", "this", "that")
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _counted(obj: Token) -> bool:
    """ "412 tortoises", "two bodies", "a cache of 30 rifles": a count of things."""
    if any(c.dep_ == "nummod" for c in obj.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and _counted(g) for g in c.children)
        for c in obj.children
    )


def _impersonal(verb: Token) -> bool:
    """A document or study as the finder: "a survey found 40 cases in X"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _DOCUMENTS


_DOCUMENTS = words("study survey report poll audit review investigation probe analysis census")


def _clausal(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)
