"""The listener or relay a claim went out through: "told the news agency X", "told
local media", "spoke to the Guardian and said", "..., the Kyodo news agency reported".

Split from :mod:`claimmap.claims_outlets`, which asks every cue for its channel: these
readers look at who heard the claim or passed it on, and tell a medium from a body one
speaks before ("told the Senate") or a person ("told Smith").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_media import (
    BROADCAST_NOUNS,
    MEDIUM_NOUNS,
    NOT_MEDIA,
    is_org_like,
    listed_medium,
    listed_other,
)
from claimmap.claims_tokens import Offsets, subtree
from claimmap.parse_columns import lemma_forms, pos_labels

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def medium_name(obj: Token) -> Token | None:
    """The name after a listener that is a medium by its noun ("told the state news
    agency IRNA", "told the news agency Anadolu", "told the investigative site X"), which
    the parser hangs on the cue as a complement, an adverb of its own or an apposition."""
    if obj.lemma_.lower() not in MEDIUM_NOUNS | _TOLD_MEDIA:
        return None
    named = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
    if named is not None and (is_org_like(named) or named.is_title):
        if named.ent_type_ not in NOT_MEDIA or _name_of_noun(obj, named):
            return named
        return None
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if nxt is None or nxt.head.i != obj.head.i:
        return None
    if not (is_org_like(nxt) or nxt.is_upper or nxt.is_title):
        return None
    if nxt.ent_type_ in NOT_MEDIA or nxt.dep_ in ("dobj", "nsubj", "prep"):
        return None
    return nxt


def _name_of_noun(obj: Token, named: Token) -> bool:
    """ "the news site Asia-Net": a name right after a medium noun is the medium's,
    though the tagger reads a place word in it ("Asia") as a place."""
    return named.i == obj.i + 1 and obj.lower_ in _NEWSROOM_NOUNS and obj.nbor(-1).lower_ == "news"


#: Nouns that name a newsroom after "news": "the news site", "the news portal".
_NEWSROOM_NOUNS = frozenset({"site", "portal", "agency", "website", "outlet", "channel"})


def told_medium(obj: Token) -> bool:
    """A listener that is a medium ("AFP", "state television"), not "the media" at large,
    nor a body one speaks before ("told the Senate", "told a committee"): only media are
    outlets."""
    if obj.lemma_.lower() in _BODIES or listed_other(obj):
        return False
    if listed_medium(obj) or _lone_name_told(obj):
        return True  # "police sources told Kathimerini", which NER takes for a person
    if obj.lower_ == "media":  # "told local media", not "told the media" at large
        return any(c.dep_ in ("amod", "compound") and c.i < obj.i for c in obj.children)
    if _named_news_noun(obj):
        return True  # "told the Xyz Online news site", "told the Xyz state news agency"
    return is_org_like(obj) or obj.lemma_.lower() in BROADCAST_NOUNS


#: Medium nouns a name or "news" comes before: "the Xyz news site", "the Xyz state news agency".
_NEWS_NOUNS = frozenset({"site", "website", "portal", "agency", "outlet", "channel", "service"})


def _named_news_noun(obj: Token) -> bool:
    """A medium noun with "news" or a capitalised name before it."""
    if obj.lemma_.lower() not in _NEWS_NOUNS | _TOLD_MEDIA:
        return False
    before = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < obj.i]
    news = any(c.lower_ == "news" for c in before)
    named = any(c.pos_ == "PROPN" for c in before)
    return news or (named and obj.lemma_.lower() in _TOLD_MEDIA)


def _lone_name_told(obj: Token) -> bool:
    """ "police sources told Ekathimerini on Monday": an unnamed source speaks to media,
    not to one person known by a single word that the article never names in full."""
    subj = next((c for c in obj.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or obj.pos_ != "PROPN" or list(obj.children):
        return False
    if obj.ent_type_ not in ("PERSON", "ORG", ""):
        return False
    return not any(t.lower_ == obj.lower_ and t.ent_iob_ == "I" for t in obj.doc)


#: Nouns that name a medium a listener is ("told the investigative site X").
_TOLD_MEDIA = frozenset({"site", "portal", "magazine", "daily", "weekly", "broadcaster"})


_OWN_WORDS = frozenset({"ccomp", "dobj", "xcomp", "advcl"})
#: Verbs a medium reports another's words with: "..., the Kyodo news agency reported".
_REPORTING = frozenset({"report", "say"})


def relaying_report(verb: Token, sent: Span) -> tuple[Token, Offsets] | None:
    """ "Novak said X, the Kyodo news agency reported": a medium whose bare "reported"
    closes the sentence after a speaker's cue relays that speaker's words. Returns the
    medium's subject token and the medium."""
    if verb.lemma_.lower() == "report" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    lemmas, pos = lemma_forms(sent.doc), pos_labels(sent.doc)
    for i in range(max(sent.start, verb.i + 1), sent.end):
        if lemmas[i].lower() not in _REPORTING or pos[i] != "VERB":
            continue
        tok = sent.doc[i]
        if tok.head.i != verb.i and verb.head.i != tok.i:
            continue
        if any(c.dep_ in _OWN_WORDS and c.i > tok.i for c in tok.children):
            continue  # "…, the agency reported, citing …": words of its own
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i < verb.i or not _reporting_medium(subj):
            continue
        if subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
            continue
        return subj, _whole_subject(tok, subj)
    return None


def _whole_subject(verb: Token, subj: Token) -> Offsets:
    """ "..., state news agency WAM reported": the parser may give the verb two subjects
    (the medium noun and its name); the medium runs over both."""
    last = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i)
    return subtree(subj)[0], subtree(last)[1]


def relays_speaker(verb: Token) -> bool:
    """ "The ministry said X, state news agency WAM reported": a medium's closing
    "reported" over a speaker's cue is the channel of that speaker's claim (read at the
    speaker's cue), not a claim of the medium's own."""
    if verb.lemma_.lower() not in _REPORTING or verb.pos_ != "VERB":
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.head.i < verb.i and verb.dep_ in ("ccomp", "parataxis", "conj"):
        said.append(verb.head)  # (or the parser hangs "reported" on the speaker's cue)
    return any(
        _speech_cue(c)
        and (found := relaying_report(c, verb.sent)) is not None
        and found[0].head.i == verb.i
        for c in said
    )


def _speech_cue(verb: Token) -> bool:
    """A verb of saying ("said", "told"), whose words a medium can relay."""
    from claimmap.claims_cues import cue_lemma, verb_frame

    return verb.pos_ == "VERB" and verb_frame(cue_lemma(verb.lemma_, verb.lower_)) == "speech"


def _reporting_medium(subj: Token) -> bool:
    """ "the Kyodo news agency", "state television", "Reuters": a medium, not a person."""
    if subj.lemma_.lower() in MEDIUM_NOUNS or listed_medium(subj):
        return subj.ent_type_ not in NOT_MEDIA
    return subj.pos_ == "PROPN" and any(  # "state news agency ONA": a name after its noun
        c.dep_ == "compound" and c.lemma_.lower() in MEDIUM_NOUNS and c.i < subj.i
        for c in subj.children
    )


#: Heads of the assemblies, courts and meetings one tells things to, not through.
_BODIES = frozenset(
    {"senate", "parliament", "assembly", "council", "congress", "court", "tribunal", "house"}
    | {"committee", "commission", "chamber", "cabinet", "conference", "hearing", "summit"}
    | {"meeting", "session", "panel", "inquiry", "jury", "legislature", "lawmakers", "rally"}
)


def spoke_to(verb: Token, sent: Span) -> Offsets | None:
    """ "An official, who spoke to AFP on condition of anonymity, said", "speaking to
    Reuters, he said": the medium the claimant spoke to, in a clause on the claimant or
    the cue."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    lemmas, pos = lemma_forms(sent.doc), pos_labels(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in ("speak", "talk") or pos[i] != "VERB":
            continue
        tok = sent.doc[i]
        on_cue = tok.head.i == verb.i and tok.dep_ in ("advcl", "conj", "xcomp")
        # "spoke to the Guardian and said", "spoke to the Observer, saying": the same act
        on_cue = on_cue or (verb.head.i == tok.i and verb.dep_ in ("conj", "advcl"))
        on_claimant = tok.dep_ in ("relcl", "acl") and any(tok.head.i == s.i for s in subjects)
        if not (on_cue or on_claimant):
            continue
        for p in tok.children:
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            medium = obj is not None and _named_medium(obj)
            if p.dep_ == "prep" and p.lower_ in ("to", "with") and obj is not None and medium:
                return subtree(obj)
    return None


def _named_medium(obj: Token) -> bool:
    """An organisation's name, or a name after "the" that the tagger took for a person's
    ("spoke to the Herald"): people are not "the Smith"."""
    if obj.ent_type_ in NOT_MEDIA:
        return False
    titled = obj.pos_ == "PROPN" and any(d.lower_ == "the" for d in obj.children)
    return is_org_like(obj) or titled


def continued_cue(verb: Token) -> Token | None:
    """The cue ``verb`` goes on from with no subject of its own ("told the Herald, adding
    that ...", "told AFP and added ..."): the same words to the same listener, so the same
    channel."""
    head = verb.head
    if head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    conjunct = verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children)
    if not (participle or conjunct):
        return None
    said = verb_frame(cue_lemma(verb.lemma_, verb.lower_)) == "speech"
    return head if said and head.lemma_.lower() in _TELLING else None


#: Cues of speaking to a listener or on a channel, which a participle after them continues.
_TELLING = frozenset({"tell", "say", "speak"})
