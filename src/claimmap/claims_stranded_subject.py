"""A closing attribution whose speaker the parser hung on the content's last noun.

"X was shipped through Beira and off Mombasa, a London-based group said" is a content
ending in a place, then the speaker set off by a comma. The parser may read the place as
the verb's subject (with the speaker as its apposition), leaving the preposition before
it with no object; or it may hang the speaker on the place as its apposition and give the
verb no subject at all. A subject never opens right after a bare preposition, and an
apposition of a preposition's object never speaks: in both shapes the apposition is the
claimant and the content runs up to the comma before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles that may follow a closing attribution ("…, citing satellite imagery").
_CITING = frozenset({"cite", "quote"})


def stranded_subject(
    verb: Token, subj: Token | None, content: Offsets | None
) -> tuple[Token, Offsets | None] | None:
    """ "… off Ningbo, a Washington-based think tank said": the subject the parser gave
    ``verb`` is the object of a preposition left bare before it; the speaker is the
    subject's apposition. Returns (speaker token, content running up to the comma), or
    None when the subject is a real one."""
    if subj is None or subj.i > verb.i or subj.dep_ != "nsubj":
        return None
    first = subj.left_edge
    if first.i == 0:
        return None
    bare = first.doc[first.i - 1]
    if bare.pos_ != "ADP" or any(c.dep_ == "pobj" for c in bare.children):
        return None
    speaker = _closing_apposition(subj, verb)
    if speaker is None:
        return None
    return speaker, _to_comma(verb, content, speaker)


def apposed_speaker(
    verb: Token, content: Offsets | None, subj: Token | None
) -> tuple[Token, Offsets | None] | None:
    """ "… off Mombasa, a London-based group said on Monday, citing records": a cue with no
    subject, whose speaker the parser made the apposition of a preposition's object ending
    the clause before it. Returns (speaker token, content up to the comma), or None."""
    if subj is not None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    speaker = next((a for a in [last, *last.ancestors] if a.dep_ == "appos"), None)
    if speaker is None or speaker.right_edge.i != verb.i - 1:
        return None
    owner = speaker.head
    if owner.dep_ != "pobj" or owner.i >= speaker.i or not _in_clause_of(owner, verb):
        return None
    closing = _closing_apposition(owner, verb)
    if closing is None or closing.i != speaker.i or not _quiet_after(verb):
        return None
    return speaker, _to_comma(verb, content, speaker)


def _closing_apposition(noun: Token, verb: Token) -> Token | None:
    """The apposition of ``noun`` that runs from a comma right after it up to ``verb``."""
    doc = noun.doc
    comma = noun.i + 1
    if comma >= verb.i or doc[comma].text != ",":
        return None
    for child in noun.children:
        opens = child.dep_ == "appos" and child.left_edge.i == comma + 1
        if opens and child.right_edge.i == verb.i - 1 and child.pos_ in ("NOUN", "PROPN"):
            # (not "toward Goma, the capital of X, residents said": a list, not one speaker)
            return None if any(t.text == "," for t in child.subtree) else child
    return None


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """``tok`` sits in a clause that ``verb`` governs (its content)."""
    return any(a.i == verb.i for a in tok.ancestors)


def _quiet_after(verb: Token) -> bool:
    """Nothing after the cue but adverbials and a citing participle ("…, citing X")."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ in ("prep", "npadvmod", "advmod", "punct", "dobj"):
            continue
        if child.dep_ == "advcl" and child.lemma_ in _CITING and child.tag_ == "VBG":
            continue
        return False
    return True


def _to_comma(verb: Token, content: Offsets | None, speaker: Token) -> Offsets | None:
    """The content cut (or widened) to end at the comma before the speaker."""
    if content is None or content[0] >= speaker.idx:
        return None
    comma = verb.doc[speaker.left_edge.i - 1]
    return trim(text(verb.doc), content[0], comma.idx)
