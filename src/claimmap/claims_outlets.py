"""The channel a claim came through: "told Al Jazeera", "in an interview with CNN",
"cited by TASS", "in a post on Telegram".

Its own module because finding the outlet is one question asked of
every cue, however the claim itself was found (a verb, "according to", a repaired
parse), and it takes its own word lists of posts and relaying participles (what makes
a word a medium is :mod:`claimmap.claims_media`'s). :func:`without_channel` trims a
channel phrase that ends the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_dates import only_dates
from claimmap.claims_media import (
    BROADCAST_NOUNS,
    MEDIUM_NOUNS,
    NOT_MEDIA,
    capitalised,
    is_medium,
    is_org_like,
    listed_medium,
    name_end,
)
from claimmap.claims_outlet_listeners import (
    continued_cue,
    medium_name,
    relaying_report,
    spoke_to,
    told_medium,
)
from claimmap.claims_outlet_names import hyphened_end
from claimmap.claims_tokens import Offsets, memo, subtree, text, tok_end, tokens_where, trim
from claimmap.parse_columns import dep_labels, lower_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def outlet_of(verb: Token, sent: Span) -> Offsets | None:
    """The channel: "told Al Jazeera", "in an interview with CNN", "cited by TASS"."""
    found = _outlet_of(verb, sent)
    head = continued_cue(verb)
    if found is None and head is not None:  # "…, X told the Herald, adding that …"
        found = _outlet_of(head, sent)
    return whole_medium(verb.doc, _before_relative(verb.doc, found), sent) if found else None


def _appeal(verb: Token, on: Token) -> bool:
    """ "called on the European Union to extend sanctions": the addressee of an appeal."""
    if verb.lemma_.lower() != "call" or on.i != verb.i + 1:
        return False
    return any(
        g.dep_ == "aux" and g.lower_ == "to"
        for c in (*verb.children, *(p for o in on.children for p in o.children))
        for g in c.children
    )


def _before_relative(doc: Doc, found: Offsets) -> Offsets:
    """ "told Middle East Eye, which first reported the flights": the outlet is the name;
    the relative clause after its comma describes it."""
    span = doc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None:
        return found
    for tok in span[1:]:
        if tok.text == "," and tok.i + 1 < span.end and doc[tok.i + 1].tag_ in ("WDT", "WP"):
            return found[0], tok_end(doc[tok.i - 1])
    return found


#: Newspaper nouns that follow a title: "the Izvestia daily", "the Kommersant newspaper".
_PAPER_NOUNS = frozenset({"daily", "weekly", "newspaper", "paper", "agency", "channel"})


def whole_medium(doc: Doc, found: Offsets, sent: Span) -> Offsets:
    """An outlet with the words the parser split off it: the noun after a title ("told
    the Izvestia daily") or the name after a medium noun ("carried by the agency Nordpress")."""
    span = doc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None or span.end >= sent.end:
        return found
    last, nxt = doc[span.end - 1], doc[span.end]
    if nxt.lower_ in _PAPER_NOUNS and nxt.is_lower and last.pos_ == "PROPN":
        return found[0], tok_end(nxt)
    medium = last.lemma_.lower() in MEDIUM_NOUNS and nxt.ent_type_ not in NOT_MEDIA
    if medium and nxt.pos_ == "PROPN" and (nxt.is_title or nxt.is_upper):
        return found[0], name_end(nxt)
    return found


def according_medium(according: Token) -> tuple[Token, Offsets] | None:
    """ "“...,” Berglund said, according to the TT news agency": a medium after a speaker's
    own cue (or fronted on it: "According to TASS, a source said") is the channel of
    that speaker's words, not their source (but "X said,
    according to officials" leaves the officials the source). Returns the cue, wherever
    in its content the parser hung the phrase, and the medium."""
    verb = according.head
    while verb.dep_ in ("ccomp", "conj") and cue_lemma(verb.lemma_, verb.lower_) not in _SAID:
        verb = verb.head
    if according.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.i > according.i and according.head.i != verb.i:
        return None  # "According to TASS, an FSB source said ...": a fronted channel
    believed = cue_lemma(verb.lemma_, verb.lower_) in _BELIEVED and _record(obj_of(according))
    if (cue_lemma(verb.lemma_, verb.lower_) not in _SAID and not believed) or not any(
        c.dep_ == "nsubj" for c in verb.children
    ):
        return None
    to = according.doc[according.i + 1] if according.i + 1 < len(according.doc) else None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return None
    if listed_medium(obj):  # (NER takes "BelTA" for a person)
        return verb, subtree(obj)
    if obj.ent_type_ == "PERSON":
        return None
    if obj.lemma_.lower() in MEDIUM_NOUNS:
        return verb, subtree(obj)
    record = _record_medium(obj)
    return (verb, record) if record is not None else None


#: Records of someone's words or views that a medium or a court publishes: "according to
#: a transcript", "investigators believe X, according to a court document".
_RECORDS = frozenset({"transcript", "recording", "readout", "video", "footage", "excerpt"}) | {
    "document",
    "filing",
    "indictment",
    "affidavit",
    "complaint",
    "warrant",
}
#: Verbs by which a medium makes a record public ("a document seen by X" is not X's).
_PUBLISHED = frozenset({"publish", "release", "carry", "post", "issue", "air", "broadcast"})
#: Views a record reports someone holds: "investigators believe X, according to Y".
_BELIEVED = frozenset({"believe", "think", "suspect", "estimate"})


def obj_of(according: Token) -> Token | None:
    """The noun after "according to"."""
    doc = according.doc
    to = doc[according.i + 1] if according.i + 1 < len(doc) else None
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _record(obj: Token | None) -> bool:
    return obj is not None and obj.lemma_.lower() in _RECORDS


def _record_medium(obj: Token) -> Offsets | None:
    """ "X said, according to a transcript published by the state news agency Y": a
    record of the speaker's words is the channel, not the source; the medium that
    published it (when named) is the outlet."""
    if obj.lemma_.lower() not in _RECORDS:
        return None
    for acl in (c for c in obj.children if c.dep_ == "acl" and c.lemma_ in _PUBLISHED):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if by is not None and (by.lemma_.lower() in MEDIUM_NOUNS or listed_medium(by)):
                return subtree(by)
            if by is not None and by.pos_ == "PROPN":
                return subtree(by)
    return subtree(obj)


def _relaying(verb: Token, sent: Span) -> tuple[Token, Offsets] | None:
    """The "according" of a medium that relays ``verb``'s words, and the medium."""
    lows = lower_forms(sent.doc)
    for i in range(sent.start, sent.end):
        if lows[i] != "according" or i == verb.i:
            continue
        tok = sent.doc[i]
        found = according_medium(tok)
        if found is not None and found[0] == verb:
            return tok, found[1]
    return None


#: Cues a medium relays ("X said, according to ...").
_SAID = frozenset({"say", "tell", "add", "write", "state", "declare", "warn", "insist"})


def _outlet_of(verb: Token, sent: Span) -> Offsets | None:
    relayed = _relaying(verb, sent)  # "..., according to the state news agency"
    if relayed is not None:
        return relayed[1]
    reporting = relaying_report(verb, sent)  # "X said Y, the Kyodo news agency reported"
    if reporting is not None:
        return reporting[1]
    document = posted_subject(verb)  # "a statement read on state television said"
    if document is not None:
        return document[1]
    for c in verb.children:  # "told AFP", "told state television"
        if verb.lemma_ == "tell" and c.dep_ in ("dobj", "dative"):
            named = medium_name(c)
            if named is not None:  # "told the state news agency IRNA"
                last = subtree(named)[1] if named.dep_ == "appos" else name_end(named)
                last = max(last, hyphened_end(named))  # ("Asia-Net", "Net" hung elsewhere)
                return subtree(c)[0], last
            if told_medium(c):
                return subtree(c)
    for c in verb.children:  # "wrote on Twitter", "said on state television"
        if c.dep_ == "prep" and c.lower_ == "on" and not _appeal(verb, c):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _names_channel(obj):
                return subtree(obj)
            if obj is not None and obj.lemma_.lower() in BROADCAST_NOUNS:
                return subtree(obj)
    spoke = spoke_to(verb, sent)
    if spoke is not None:
        return spoke
    posted = channel_phrase(verb, sent)
    if posted is not None:
        return posted[1]
    channels = memo(verb.doc, "channel_words", lambda: tokens_where(verb.doc, _CHANNEL_WORDS))
    for tok in (verb.doc[i] for i in channels if sent.start <= i < sent.end):
        if tok.lemma_ in ("interview", "remark", "comment") and tok.i < len(tok.doc):
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                    obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if obj is not None and is_org_like(obj):
                        return subtree(obj)
        if tok.lemma_ in _RELAYED and tok.tag_ == "VBN" and tok != verb and _ours(tok, verb):
            for a in tok.children:  # "..., as cited by TASS"
                obj = next((g for g in a.children if g.dep_ == "pobj"), None)
                if a.dep_ == "agent" and obj is not None and is_medium(obj):
                    return subtree(obj)
    return None


#: What a claim is posted in: "in a post on Twitter", "in a video on Telegram".
_POSTS = frozenset(
    {"post", "tweet", "message", "video", "statement", "interview", "thread", "update"}
    | {"broadcast", "article", "column", "op-ed", "letter", "speech", "comment", "comments"}
)
#: Dependencies that open a clause of its own (a channel inside one is not the cue's).
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def channel_phrase(verb: Token, sent: Span) -> tuple[Offsets, Offsets] | None:
    """ "dismissed the reports as lies in a post on Twitter": the phrase that names the
    channel (wherever the parser hung it in the cue's own clause) and the channel."""
    deps, lows = dep_labels(sent.doc), lower_forms(sent.doc)
    for i in range(sent.start, sent.end):
        if deps[i] != "prep" or lows[i] not in ("in", "via", "through"):
            continue
        prep = sent.doc[i]
        if prep.i < verb.i and prep.head.i != verb.i:
            continue  # a fronted phrase is the cue's only if it hangs on the cue
        post = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if post is None or post.lemma_.lower() not in _POSTS or not _under(prep, verb):
            continue
        for on in _on_phrases(post):
            obj = next((g for g in on.children if g.dep_ == "pobj"), None)
            account = account_platform(obj) if obj is not None else None
            if account is not None:  # "a statement posted on its Weibo account"
                return subtree(prep), account
            posted = on.head.lemma_.lower() == "post" and obj is not None and obj.is_title
            if obj is not None and (_platform(post, obj) or (posted and _is_name(obj))):
                return subtree(prep), subtree(obj)
    return None


#: What a body holds on a platform: "its Weibo account", "his Telegram channel".
_ACCOUNTS = frozenset({"account", "page", "channel", "feed", "profile", "handle"})


def account_platform(obj: Token) -> Offsets | None:
    """ "posted on its Weibo account": the capitalised name before an account noun is the
    platform the claim went out on."""
    if obj.lemma_.lower() not in _ACCOUNTS or not obj.is_lower:
        return None
    names = [
        c
        for c in obj.children
        if c.dep_ in ("compound", "nmod", "amod") and c.i < obj.i and c.ent_type_ not in NOT_MEDIA
    ]
    names = [c for c in names if c.pos_ == "PROPN" or capitalised(c)]
    if not names:
        return None
    return subtree(names[0])[0], tok_end(obj.doc[obj.i - 1])


def _is_name(tok: Token) -> bool:
    """A capitalised word that is no date or place ("posted on X", "posted on Telegram")."""
    return tok.ent_type_ not in NOT_MEDIA and tok.i > tok.sent.start


def _on_phrases(post: Token) -> list[Token]:
    """ "a post on X", "a statement posted on X", "a statement read on state television"."""
    out = [c for c in post.children if c.dep_ == "prep" and c.lower_ == "on"]
    for acl in post.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _RELEASED:
            out += [c for c in acl.children if c.dep_ == "prep" and c.lower_ == "on"]
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _PASSED_ON:
            out += [c for c in acl.children if c.dep_ == "agent"]  # "a message relayed by X"
    return out


#: Participles of a medium passing a message on: "a message relayed by the X Group".
_PASSED_ON = frozenset({"relay", "carry", "circulate", "distribute"})


def posted_subject(verb: Token) -> tuple[int, Offsets] | None:
    """ "A statement read on the state broadcaster RTB said ...": a document that speaks,
    with the channel it went out on hung on it. Returns where the claimant's describing
    participle starts (the claimant ends before it) and the channel."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _POSTS:
        return None
    for on in _on_phrases(subj):
        obj = next((g for g in on.children if g.dep_ == "pobj"), None)
        if obj is not None and (_platform(subj, obj) or obj.lemma_.lower() in MEDIUM_NOUNS):
            medium = whole_medium(verb.doc, subtree(obj), verb.sent)
            medium = (medium[0], max(medium[1], _named_object(obj)))
            return on.head.idx if on.head.i != subj.i else on.idx, medium
    return None


def _named_object(medium: Token) -> int:
    """ "read on the state broadcaster RTB": the parser makes the name the participle's
    object (or a verb of its own); it names the medium just before it."""
    nxt = medium.doc[medium.i + 1] if medium.i + 1 < len(medium.doc) else None
    if nxt is None or not nxt.is_alpha or nxt.ent_type_ in NOT_MEDIA:
        return tok_end(medium)
    return name_end(nxt) if nxt.pos_ == "PROPN" or nxt.is_upper else tok_end(medium)


#: Participles that put a document on a channel: "a statement posted on X", "read on TV",
#: "circulated on Telegram".
_RELEASED = frozenset(
    {"post", "publish", "read", "air", "broadcast", "release", "issue"}
    | {"circulate", "share", "upload", "distribute"}
)


#: Things posted on a platform: "a post on Twitter" names one even if NER takes it for a person.
_SOCIAL_POSTS = frozenset({"post", "tweet", "video", "thread", "message", "update"})


def _platform(post: Token, obj: Token) -> bool:
    if obj.ent_type_ in NOT_MEDIA:
        return False  # "a statement on Tuesday", "a speech on Syria"
    social = post.lemma_.lower() in _SOCIAL_POSTS and (obj.pos_ == "PROPN" or capitalised(obj))
    return social or is_org_like(obj) or obj.lemma_.lower() in BROADCAST_NOUNS


def _names_channel(obj: Token) -> bool:
    return (is_org_like(obj) or capitalised(obj)) and obj.ent_type_ not in NOT_MEDIA


def _under(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through no clause of its own."""
    for above in tok.ancestors:
        if above.i == verb.i:
            return True
        if above.dep_ in _CLAUSE_DEPS and above.pos_ in ("VERB", "AUX"):
            return False
    return False


def without_channel(verb: Token, sent: Span, content: Offsets) -> Offsets:
    """The content less a channel phrase that ends it ("… as lies in a post on Twitter",
    "…, according to the state news agency")."""
    posted = channel_phrase(verb, sent)
    relayed = _relaying(verb, sent)
    if posted is None and relayed is not None and content[0] < relayed[0].idx < content[1]:
        return trim(text(verb.doc), content[0], relayed[0].idx)
    if posted is None:
        return content
    phrase = posted[0]
    ends = content[1] <= phrase[1] or only_dates(verb.doc, phrase[1], content[1])
    if content[0] < phrase[0] < content[1] and ends:
        return trim(text(verb.doc), content[0], phrase[0])
    return content


def _ours(tok: Token, verb: Token) -> bool:
    """Whether a relaying participle belongs to ``verb``'s statement, not to another
    speaker's ("X called it false, while Y said in a statement carried by KCNA ...")."""
    for above in tok.ancestors:
        if above.i == verb.i:
            return True
        if above.pos_ in ("VERB", "AUX") and verb_frame(cue_lemma(above.lemma_, above.lower_)):
            return not any(c.dep_ == "nsubj" for c in above.children)
    return True


#: Participles whose "by X" agent relays a claim: "as cited by TASS", "a report seen by
#: Reuters", "a statement carried by al-Manar".
_RELAYED = frozenset({"cite", "quote", "report", "see", "carry", "obtain", "air", "broadcast"})

_CHANNEL_WORDS = frozenset(
    [
        "interview",
        "interviews",
        "remark",
        "remarks",
        "comment",
        "comments",
        "cited",
        "quoted",
        "reported",
        "seen",
        "carried",
        "obtained",
        "aired",
        "broadcast",
    ]
)
