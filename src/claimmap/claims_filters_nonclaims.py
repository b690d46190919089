"""Cue verbs that report no claim, whatever their complement: a name given ("calling
them X"), a bare pronoun held ("Taiwan also claims them") and a pledge told as background
("a town where relatives had promised to shelter them"). Each is judged from syntax and
closed classes. (PolNeAR does annotate "described the journey", "Not everyone finds X
compelling": those stay claims; it also marks an unsourced "is expected to", kept here
but for a foreseen journey told with nobody expecting it, the reporter's schedule, which
:func:`forecast` drops.) Also the aside that
only says why a speaker goes unnamed ("asking not to be named"), which says nothing,
and the reporter's caveat that closes a content ("a claim that could not be independently
verified"): the reporter's words, no part of what was claimed. Nor are a wish or belief
told inside a quotation, thanks beside a "saying" participle, a case "referred" to a
court, an agentless accusation inside another source's words, or a cue inside the
clause a later attribution reports: each belongs to another claim.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_anonymity import anonymity_wish
from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_denials import CLAIM_NOUNS
from claimmap.claims_headline_reports import reported_doing
from claimmap.claims_nonspeech import on_condition
from claimmap.claims_quotes import in_quote, quote_regions
from claimmap.claims_tokens import Offsets, RawClaim, memo, span_at, text, tokens_where, trim
from claimmap.movement_words import CAUSED_MOTION, SELF_MOTION

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
    if _never_told(verb, words) or _asked_of(verb, lemma) or anonymity_wish(verb, lemma, content):
        return True  # (nor "who did not want her name published": a source's anonymity)
    if (frame == "cognition" and _headline_passive(verb)) or reported_doing(verb, lemma):
        return True  # "Convoy of trucks reported crossing X": no one reports (headline)
    if frame in ("cognition", "intention") and _quoted(verb):
        return True
    if frame == "evaluation" and _said_beside(verb, words):
        return True
    if _handed_on(verb, lemma) or _reported_charge(verb, lemma) or _told_after(verb):
        return True
    return (
        (frame == "intention" or lemma in _PLEDGES)
        and verb.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ in _SETTING for c in verb.children)
    )


def _quoted(verb: Token) -> bool:
    """'"Everybody here wants to go. Nobody wants to stay."': a wish or belief told
    inside someone's quotation is part of what the quoted speaker says, not a view the
    subject ("everybody", "Putin") is reported as holding."""
    regions = memo(verb.doc, "quote_regions", lambda: quote_regions(text(verb.doc)))
    region = in_quote(verb.idx, regions)
    return region is not None and region[0] < verb.idx


def _said_beside(verb: Token, words: Span | None) -> bool:
    """ "thanked X on social media, saying he had agreed to ...": the thanks name only
    whom they address; the participle of speech beside them carries the claim."""
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(o.pos_ in ("PROPN", "PRON") for o in objects):
        return False  # "mocked the complaint, saying ...": a view of the complaint
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False  # "thanked X for backing Y" says what X did
    return any(
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and verb_frame(cue_lemma(c.lemma_, c.lower_)) == "speech"
        for c in verb.children
    )


def _handed_on(verb: Token, lemma: str) -> bool:
    """ "referred the case to prosecutors": "refer" with an object passes a matter on;
    only "referred to X (as Y)" speaks of something."""
    kids = list(verb.children)
    return (
        lemma == "refer"
        and any(c.dep_ == "dobj" for c in kids)
        and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in kids)
    )


#: Accusation verbs whose agentless passive only describes its subject.
_CHARGES = frozenset({"accuse", "charge", "suspect", "blame"})


def _reported_charge(verb: Token, lemma: str) -> bool:
    """ "The group said the men had never been charged and were accused of gang
    membership": an agentless accusation inside what another source says is part of
    that claim, told by its speaker; nobody new is quoted."""
    if lemma not in _CHARGES or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("agent", "dobj") for c in verb.children):
        return False  # (a doer, or an object: "and accused smugglers of ...", active)
    tok = verb
    while tok.dep_ in ("conj", "ccomp", "xcomp", "advcl", "relcl") and tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "ccomp" and verb_frame(cue_lemma(head.lemma_, head.lower_)) == "speech":
            return True
        tok = head
    return False


_BREAKS = frozenset({";", ":"})


def _told_after(verb: Token) -> bool:
    """ "The kidnappers had demanded N1 billion ..., a community leader told the AP": a cue
    in the clause a later attribution reports is part of that claim (PolNeAR marks only
    the outer one), however far the parse runs its object on."""
    head = verb.head
    between = verb.doc[verb.i : head.i]
    if (
        verb.dep_ != "ccomp"
        or head.i <= verb.i
        or any(t.text in _BREAKS or "\n" in t.text for t in between)
    ):
        return False  # (nor a headline's cue run into the story's first sentence, nor a
        # clause of its own before a semicolon: "Leaders denounce X; Obama vows Y")
    if verb_frame(cue_lemma(head.lemma_, head.lower_)) != "speech":
        return False
    if any(c.dep_ == "ccomp" and c.i > head.i for c in head.children):
        return False  # "X resisted it, Y noted, that ...": the attribution goes on
    from claimmap.claims_outlet_listeners import relays_speaker

    if relays_speaker(head):
        return False  # "X said Y, the news agency Z reported": Z relays X's claim, read at X
    rest = verb.doc[head.right_edge.i + 1 : head.sent.end]
    return all(t.is_punct or t.is_space for t in rest)  # it closes the sentence


def forecast(verb: Token) -> bool:
    """ "A second flight is expected to land on Saturday": with no one who expects it, a
    foreseen journey in the reporter's own voice is a schedule, no claim (a belief about a
    past event, "is believed to have crossed", stays one). Other unsourced expectations,
    "turnout is expected to be low", "the veto is expected to come before Friday", are
    the writer's forecast, which PolNeAR attributes (3 right, 1 wrong on its dev set,
    where dropping every expectation lost 4 right ones); only journeys stay dropped."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return (
        verb.lemma_.lower() == "expect"
        and verb.tag_ == "VBN"
        and xcomp is not None
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in xcomp.children)
        and _journey(xcomp)
    )


#: Motion verbs that end or start a journey by themselves: "to land", "to arrive".
_ARRIVALS = frozenset({"land", "arrive", "dock", "depart", "reach", "leave"})
#: Prepositions of a path: "to fly to Lyon", "to travel from Aden".
_PATH = frozenset(
    {"to", "from", "into", "in", "at", "toward", "towards", "across", "through", "via"}
)


def _journey(verb: Token) -> bool:
    """Whether ``verb`` tells a movement: a motion verb that arrives or leaves, or one with
    a place or a path ("take the case to court" counts too: the words cannot tell)."""
    lemma = verb.lemma_.lower()
    if lemma not in SELF_MOTION | CAUSED_MOTION:
        return False
    if lemma in _ARRIVALS:
        return True
    place = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in verb.subtree)
    return place or any(c.dep_ == "prep" and c.lower_ in _PATH for c in verb.children)


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
    # "a claim X could not verify" (the parser may take "that" for a mark: no object then)
    relative = tok.dep_ == "relcl" or (tok.dep_ == "acl" and not kids & _OBJECTS)
    summed = relative and tok.head.lemma_.lower() in CLAIM_NOUNS
    return checked and ("auxpass" in kids or independently or summed)


_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr"})


def without_caveats(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """ "…, a claim that could not be independently verified": the reporter's caveat that
    ends a content is no part of it (it is kept as a caveat, see ``claims_modality.caveats_on``)."""
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
    if tok.dep_ not in ("relcl", "acl") or not content[0] <= tok.idx < content[1]:
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
