"""Whether a claim's content is hedged by its own words: a modal, "is believed to", "we
think", "appears to"; a hedge inside one coordinated clause of the content leaves the
others asserted, so it hedges the claim only when it governs the whole content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from claimmap.claims_cues import HEDGE_CUES, cue_lemma
from claimmap.parse_columns import lemma_forms, lower_forms, span_tops

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_


def any_hedge(parsed: Doc, hedges: list[int], content: Span_) -> bool:
    """Whether a hedge word in the content governs the whole of it, or doubts a past
    deed in one of its coordinated clauses (see :func:`doubted_deed`)."""
    inside = [i for i in hedges if content.start <= i < content.end]
    return any(
        whole_of(parsed[i], content)
        or (doubted_deed(parsed[i]) and whole_of(parsed[i], content, True))
        for i in inside
    )


_EPISTEMIC = frozenset({"may", "might", "could"})


def doubted_deed(tok: Token) -> bool:
    """ "troops were massing in X and may have sent a column towards Y": a perfect modal
    ("may/might/could have done") doubts a past fact the speaker reports, so it hedges
    the claim even from one conjunct; a plain modal ("and may send them back") is an
    open plan beside an asserted fact, which stays asserted."""
    if tok.lower_ not in _EPISTEMIC or tok.dep_ != "aux":
        return False
    verb = tok.head
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" and c.i > tok.i for c in verb.children)
    return perfect and verb.tag_ == "VBN"


def whole_of(tok: Token, content: Span_, conjuncts: bool = False) -> bool:
    """ "said it had sent 12 tonnes and that a further load was expected": a hedge inside
    one conjunct of the content leaves the other conjunct asserted, so it hedges only if
    no coordinated clause of the content lies on its way up (unless ``conjuncts``: a
    hedge that reaches across coordination)."""
    while content.start <= tok.i < content.end and tok.head.i != tok.i:
        if (
            tok.dep_ == "conj"
            and tok.pos_ in ("VERB", "AUX")
            and _inside(tok.head, content)
            and not conjuncts
        ):
            return False
        if _noun_clause(tok) and _inside(tok.head, content):
            return False  # "despite warnings that they could face torture": the warning's
        tok = tok.head  # doubt, not the speaker's
    return True


def _noun_clause(tok: Token) -> bool:
    """A clause that completes or modifies a noun ("warnings that ...", "a risk that ...")."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.dep_ in ("acl", "relcl", "ccomp")
        and tok.head.pos_ in ("NOUN", "PROPN")
    )


def _inside(tok: Token, content: Span_) -> bool:
    return content.start <= tok.i < content.end


_SEEMING = frozenset({"appear", "seem"})


def _words_where(content: Span_, test: Callable[[str, str], bool]) -> Iterator[Token]:
    """The tokens of ``content`` whose lemma and lower-case form pass ``test``, read off the
    parse's columns: each hedge test below looks for a few words in every claim's content,
    and a loop over its tokens built a ``Token`` for every word it passed."""
    doc = content.doc
    lemmas, lows = lemma_forms(doc), lower_forms(doc)
    return (doc[i] for i in range(content.start, content.end) if test(lemmas[i], lows[i]))


def _hedge_cue(lemma: str, low: str) -> bool:
    return cue_lemma(lemma, low) in HEDGE_CUES


def seeming(content: Span_) -> bool:
    """ "the men “appear to have been transported” through X", "it seems that ...": a
    content that only looks so to its speaker."""
    return any(
        t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("xcomp", "ccomp", "acomp") for c in t.children)
        and whole_of(t, content)
        for t in _words_where(content, lambda lemma, _: lemma.lower() in _SEEMING)
    )


def seeming_cue(cue: Token) -> bool:
    """ "A video appeared to show a man stuffing ballots": a source that only seems to say
    something hedges all of it."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _SEEMING


def held(content: Span_) -> bool:
    """ "Traders are suspected of carrying it", "is believed to have started": a content
    told as what unnamed others believe, not as a fact."""
    return any(
        t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) and whole_of(t, content)
        for t in _words_where(content, _hedge_cue)
    )


_POSSIBLE = frozenset({"possible", "conceivable", "plausible", "likely", "probable"})


def only_possible(content: Span_) -> bool:
    """ "said it was possible that the warheads had been moved": a content that its
    speaker holds only possible ("it is likely that ...") is hedged."""
    return any(
        t.dep_ == "acomp"
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in t.head.children)
        and whole_of(t, content)
        for t in _words_where(content, lambda _, low: low in _POSSIBLE)
    )


_SELF = frozenset({"i", "we"})


def self_hedged(content: Span_) -> bool:
    """ "“We think hundreds more are ...”": a speaker who only thinks or believes it; and
    "Police believe X, a source told AFP": a relayed belief, the top of the content, is
    held by others, not stated as a fact."""
    return any(
        any(c.dep_ == "nsubj" and (c.lower_ in _SELF or _top(t, content)) for c in t.children)
        and whole_of(t, content)
        for t in _words_where(content, _hedge_cue)
    )


def _top(tok: Token, content: Span_) -> bool:
    """Whether ``tok`` heads the content (its head lies outside it)."""
    return tok.head.i == tok.i or not content.start <= tok.head.i < content.end


def not_ruled_out(content: Span_) -> bool:
    """ "said it could not rule out that a second shipment was ready", "cannot exclude
    that ...": a possibility the speaker leaves open, not a fact stated."""
    return any(
        (t.lemma_.lower() == "exclude" or any(c.lower_ == "out" for c in t.children))
        and any(c.dep_ == "neg" for c in t.children)
        and whole_of(t, content)
        for t in _words_where(content, lambda lemma, _: lemma.lower() in ("rule", "exclude"))
    )


_CONDITIONS = frozenset({"unless", "if"})
_MODAL_AUX = frozenset({"will", "'ll", "would", "shall", "may", "might", "could"})


def conditional(content: Span_) -> bool:
    """ "said Hungary will send them to X unless the fine is dropped": a future told on a
    condition is a threat or a pledge, no fact, hedged as a pledge is."""
    for top in span_tops(content):
        if not any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in top.children):
            continue  # (the conjuncts share the modal: "will put X and send Y unless Z")
        verbs = [top, *(c for c in top.conjuncts if _inside(c, content))]
        if any(_on_condition(c) for v in verbs for c in v.children):
            return True
    return False


def _on_condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children
    )
