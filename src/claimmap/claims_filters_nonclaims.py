"""Cue verbs that report no claim, whatever their complement: a name given ("calling
them X"), a bare pronoun held ("Taiwan also claims them") and a pledge told as background
("a town where relatives had promised to shelter them"). Each is judged from syntax and
closed classes. (PolNeAR does annotate "described the journey", "Not everyone finds X
compelling" and an unsourced "is expected to": those stay claims.) Also the aside that
only says why a speaker goes unnamed ("asking not to be named"), which says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, span_at

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that give a thing its name: "calling them Tiaoyutai".
_NAMING = frozenset({"call", "name", "dub", "term", "rename"})
#: Relative adverbs of a clause that tells the story's background: "where", "when".
_SETTING = frozenset({"where", "when"})
#: Pledges: "where relatives had promised to shelter them".
_PLEDGES = frozenset({"promise", "pledge", "vow", "offer", "agree"})
_PRONOUNS = frozenset({"it", "them", "these", "those"})


def no_claim(verb: Token, lemma: str, frame: str, content: Offsets) -> bool:
    """Whether ``verb`` with ``content`` reports no claim (see the module docstring)."""
    words = span_at(verb.doc, content[0], content[1])
    if (
        lemma == "claim"
        and words is not None
        and len(words)
        and all(t.lower_ in _PRONOUNS or t.is_punct for t in words)
    ):
        return True  # "Taiwan also claims them": what is held, not what is said
    if lemma in _NAMING and _given_name(verb):
        return True
    return (
        (frame == "intention" or lemma in _PLEDGES)
        and verb.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ in _SETTING for c in verb.children)
    )


def _given_name(verb: Token) -> bool:
    """ "calling them Tiaoyutai": an object followed by a proper name as its complement."""
    named = [c for c in verb.children if c.dep_ == "oprd"]
    return bool(named) and all(t.pos_ == "PROPN" or t.is_punct for c in named for t in c.subtree)


#: Words of an aside that only says why the speaker is not named.
_UNNAMED = frozenset(
    {"named", "identified", "anonymity", "anonymously", "authorised", "authorized"}
)


def anonymity_asides(cue: Token) -> set[int]:
    """ "“A,” a source said, asking not to be named. “B.”": the participle after the cue
    tells why the speaker is unnamed, not more of what was said."""
    return {
        t.i
        for c in cue.children
        if c.dep_ in ("advcl", "xcomp", "conj")
        and c.i > cue.i
        and any(w.lower_ in _UNNAMED for w in c.subtree)
        for t in c.subtree
    }
