"""Cue verbs that report no claim, whatever their complement: a name given ("calling
them X"), a bare pronoun held ("Taiwan also claims them") and a pledge told as background
("a town where relatives had promised to shelter them"). Each is judged from syntax and
closed classes. (PolNeAR does annotate "described the journey", "Not everyone finds X
compelling": those stay claims; it also marks an unsourced "is expected to", but a
foreseen event told with nobody expecting it is the reporter's schedule, and the map
wants a source for every claim: :func:`forecast` drops it, at 0.001 content F1.) Also the aside that
only says why a speaker goes unnamed ("asking not to be named"), which says nothing,
and the reporter's caveat that closes a content ("a claim that could not be independently
verified"): the reporter's words, no part of what was claimed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_denials import CLAIM_NOUNS
from claimmap.claims_nonspeech import on_condition
from claimmap.claims_tokens import Offsets, RawClaim, memo, span_at, text, tokens_where, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
    if _never_told(verb, words) or _asked_of(verb, lemma):
        return True
    if frame == "cognition" and _headline_passive(verb):
        return True
    return (
        (frame == "intention" or lemma in _PLEDGES)
        and verb.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ in _SETTING for c in verb.children)
    )


def forecast(verb: Token) -> bool:
    """ "A second flight is expected to land on Saturday": with no one who expects it, a
    foreseen event in the reporter's own voice is a schedule, no claim (a belief about a
    past event, "is believed to have crossed", stays one)."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return (
        verb.lemma_.lower() == "expect"
        and verb.tag_ == "VBN"
        and xcomp is not None
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in xcomp.children)
    )


def _never_told(verb: Token, words: Span | None) -> bool:
    """ "countries, some that had never reported cases": a negated cue in a relative
    clause, whose subject is the relative pronoun, with a bare noun phrase for content,
    describes the noun by what it has not said; nobody is quoted (a negated cue of its
    own, "he did not mention X", PolNeAR keeps)."""
    if not any(c.dep_ == "neg" for c in verb.children) or words is None:
        return False
    relative = verb.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children
    )
    return relative and not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("``", "''") for t in words)


#: Verbs whose passive participle makes the speaker the one addressed: "when asked about".
_ADDRESSED = frozenset({"ask", "question", "quiz"})


def _asked_of(verb: Token, lemma: str) -> bool:
    """ "..., when asked about the deployment": a reduced passive of a question verb says
    what the speaker was asked about; the topic is no claim of anyone's (but "pressed by
    X about Y" is X's question, and PolNeAR keeps "when pressed on why ...")."""
    return (
        lemma in _ADDRESSED
        and verb.tag_ == "VBN"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in verb.children
        )
    )


def _headline_passive(verb: Token) -> bool:
    """ "Dozens feared dead as boats reach X", "Two presumed drowned": a participle with a
    predicate right after it and no object is a passive ("are feared dead") with no one who
    fears; its subject is what is feared for, not a source."""
    if verb.tag_ not in ("VBD", "VBN") or any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "aux", "auxpass", "agent") for c in verb.children
    ):
        return False
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return (
        nxt is not None
        and nxt.head.i == verb.i
        and nxt.dep_ in ("oprd", "acomp")
        and nxt.tag_ in ("JJ", "VBN")
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
        and (on_condition(c) or any(w.lower_ in _UNNAMED for w in c.subtree))
        for t in c.subtree
    }


#: Verbs that, negated, say a claim stands unchecked: "could not be independently verified".
_CHECK_WORDS = frozenset(
    {"verify", "verified", "confirm", "confirmed", "corroborate", "corroborated"}
    | {"authenticate", "authenticated", "substantiate", "substantiated"}
)


def caveats(parsed: Doc) -> list[int]:
    """Tokens of a reporter's caveat: a negated check verb, passive or "independently"
    ("could not be independently verified", "Reuters could not independently confirm")."""
    return memo(
        parsed,
        "caveats",
        lambda: [i for i in tokens_where(parsed, _CHECK_WORDS) if _caveat(parsed[i])],
    )


def _caveat(tok: Token) -> bool:
    kids = {c.dep_ for c in tok.children}
    checked = tok.pos_ == "VERB" and "neg" in kids
    independently = any(c.lower_ == "independently" for c in tok.children)
    summed = tok.dep_ == "relcl" and tok.head.lemma_.lower() in CLAIM_NOUNS  # "a claim X
    return checked and ("auxpass" in kids or independently or summed)  # could not verify"


def without_caveats(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """ "…, a claim that could not be independently verified": the reporter's caveat that
    ends a content is no part of it (the claim is hedged for it, see ``claims.modality``)."""
    found = caveats(parsed)
    if not found:
        return claims
    body = text(parsed)
    out = []
    for raw in claims:
        for i in found:
            cut = _caveat_start(parsed[i], raw.content)
            if cut is not None:
                raw = replace(raw, content=trim(body, raw.content[0], cut))
        out.append(raw)
    return out


def _caveat_start(tok: Token, content: Offsets) -> int | None:
    """Where a caveat clause that closes ``content`` begins (at its comma), if it does."""
    if tok.dep_ != "relcl" or not content[0] <= tok.idx < content[1]:
        return None
    noun = tok.head  # "…, a claim that could not be verified" (or "…, which could not")
    phrase = noun if noun.left_edge.i > 0 and noun.left_edge.nbor(-1).text == "," else tok
    first = phrase.left_edge
    if first.i == 0 or first.nbor(-1).text != "," or first.idx <= content[0]:
        return None
    last = phrase.right_edge
    if last.idx + len(last.text) < content[1] - 1:
        return None  # the content goes on after the caveat
    return first.nbor(-1).idx
