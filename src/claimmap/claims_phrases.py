"""Claims that are not a verb with its arguments: "according to X", "the claim that",
a transcript's speaker label, a signed quotation, and a cue verb the parser mistook for
a modifier ("President X blasted Turkey" with "Turkey" as the sentence root).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_content import stray_appositive
from claimmap.claims_cues import STANCE_NOUNS, cue_lemma, verb_frame
from claimmap.claims_dates import only_dates
from claimmap.claims_quotes import layout_claims
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    cue_offsets,
    memo,
    span_at,
    subject_of,
    subtree,
    text,
    tok_end,
    tokens_offsets,
    tokens_where,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def repaired_verb(
    verb: Token, sent: Span, frame: str, repaired: dict[int, tuple[Offsets, int]]
) -> RawClaim | None:
    """A past-tense cue parsed as a modifier ("President X blasted Turkey" → "Turkey" ROOT)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == sent.start or doc[verb.i - 1].pos_ != "PROPN":
        return None
    if verb.head.i <= verb.i or frame not in ("speech", "evaluation"):
        return None
    start = verb.i - 1
    while start > sent.start and (
        doc[start - 1].pos_ == "PROPN"
        or doc[start - 1].ent_type_ == "NORP"
        or doc[start - 1].text == "-"
    ):
        start -= 1
    head = verb.head
    end = head.i
    for c in head.children:
        if c.i > head.i and c.dep_ in ("prep", "appos", "acl", "relcl"):
            end = max(end, c.right_edge.i)
    claimant = tokens_offsets(doc, start, verb.i - 1)
    repaired[head.i] = (claimant, verb.i - 1)
    return RawClaim(
        cue=cue_offsets(verb),
        content=tokens_offsets(doc, verb.i + 1, end),
        claimant=claimant,
        claimant_token=verb.i - 1,
        outlet=outlet_of(verb, sent),
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )


#: Entities that can label a quotation or headline ("Sanders: ...", "Politifact: ...").
_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def layout(parsed: Doc) -> list[RawClaim]:
    out = []
    for claimant, cue, content in layout_claims(text(parsed)):
        span = span_at(parsed, cue[0], cue[1])
        if span is None:
            continue
        who = span_at(parsed, claimant[0], claimant[1]) if claimant[1] > claimant[0] else None
        if claimant[1] > claimant[0]:  # an empty claimant: a fact-check's "Claim: ..." line
            label = text(parsed)[claimant[0] : claimant[1]]
            if who is None or (
                not label.isupper() and not all(t.ent_type_ in _LABEL_ENTS for t in who)
            ):
                continue  # "Stealth Over Health: ..." is a headline, "Pat Caddell: ..." a speaker
        sent = span.sent
        out.append(
            RawClaim(
                cue=cue,
                content=content,
                claimant=claimant if who is not None else None,
                claimant_token=who.root.i if who is not None else None,
                outlet=None,
                cue_token=span.start,
                frame="speech",
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return out


# --- "according to" and nouns -----------------------------------------------------------


def according_to(tok: Token, sent: Span) -> RawClaim | None:
    doc = tok.doc
    to = doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    pp_start = tok.i
    pp_end = max(obj.right_edge.i, to.i)
    before = trim(text(doc), sent.start_char, doc[pp_start].idx)
    after = trim(text(doc), tok_end(doc[pp_end]), sent.end_char)
    claimant = subtree(obj)
    if max(after[1] - after[0], before[1] - before[0]) < 10:
        # "According to X, the move reeks of fear": the parser hung the whole clause on X
        # as an apposition; the source ends at the comma after its name
        comma = next((t for t in doc[obj.i + 1 : pp_end] if t.text == ","), None)
        if comma is not None and tok.i == sent.start:
            claimant = (claimant[0], trim(text(doc), claimant[0], comma.idx)[1])
            after = trim(text(doc), tok_end(comma), sent.end_char)
    content = after if after[1] - after[0] >= before[1] - before[0] else before
    described = stray_appositive(doc, content) if content == after else None
    if described is not None:  # "According to a report by X (XR), a Beirut-based group, ..."
        claimant = (claimant[0], described[0])
        content = trim(text(doc), described[1], content[1])
    if content[1] - content[0] < 10:
        return None
    return RawClaim(
        cue=(tok.idx, tok_end(to)),
        content=content,
        outlet=outlet_of(tok, sent),  # "according to a report seen by Reuters"
        claimant=claimant,
        claimant_token=obj.i,
        cue_token=tok.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )


def _misread_verb(noun: Token) -> Token | None:
    """ "Trump charges that ...": a capitalised word opening the sentence before a plural cue
    noun, which the tagger made its head or its modifier, is a subject and its verb (the
    that-clause shows it). Returns the subject's token."""
    if noun.tag_ != "NNS" or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if not before.text[:1].isupper() or not before.is_alpha:
        return None
    if noun.dep_ == "dobj" and noun.head == before and before.dep_ == "ROOT":
        return before
    if noun.dep_ == "ROOT" and before.head == noun and before.dep_ in ("amod", "compound"):
        return before
    return None


def noun_cue(noun: Token, sent: Span) -> RawClaim | None:
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None and owner is not None and noun.lemma_.lower() in STANCE_NOUNS:
        clause = _stance_object(noun)  # "Clinton's criticism of Trump", "his plan to cut taxes"
    if clause is None:
        return None
    claimant_tok = next(
        (
            c
            for c in noun.children
            if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        ),
        None,
    )
    claimant: Offsets | None = None
    if claimant_tok is not None:
        claimant = tokens_offsets(noun.doc, claimant_tok.left_edge.i, claimant_tok.i)
    else:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
        if pobj is not None:
            claimant_tok = pobj
            claimant = subtree(pobj)
    misread = _misread_verb(noun) if claimant is None else None
    if misread is not None:  # "Trump charges that ..." read as a noun phrase
        claimant_tok = misread
        claimant = tokens_offsets(noun.doc, misread.i, misread.i)
    cue = noun
    verb = noun.head.head if noun.head.dep_ == "prep" else None
    if claimant is None and verb is not None and verb.pos_ == "VERB":
        # "The ministry said in a statement that ...": the claim is the verb's subject's.
        subj = subject_of(verb)
        if subj is not None:
            cue, claimant_tok, claimant = verb, subj, subtree(subj)
    return RawClaim(
        cue=cue_offsets(cue),
        content=subtree(clause),
        claimant=claimant,
        claimant_token=claimant_tok.i if claimant_tok is not None else None,
        outlet=None,
        cue_token=cue.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )


def _stance_object(noun: Token) -> Token | None:
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "about", "against", "for", "to"):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
        if c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None


def outlet_of(verb: Token, sent: Span) -> Offsets | None:
    """The channel: "told Al Jazeera", "in an interview with CNN", "cited by TASS"."""
    found = _outlet_of(verb, sent)
    return _whole_medium(verb.doc, found, sent) if found is not None else None


#: Newspaper nouns that follow a title: "the Izvestia daily", "the Kommersant newspaper".
_PAPER_NOUNS = frozenset({"daily", "weekly", "newspaper", "paper", "agency", "channel"})


def _whole_medium(doc: Doc, found: Offsets, sent: Span) -> Offsets:
    """An outlet with the words the parser split off it: the noun after a title ("told
    the Izvestia daily") or the name after a medium noun ("carried by the agency Nordpress")."""
    span = doc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None or span.end >= sent.end:
        return found
    last, nxt = doc[span.end - 1], doc[span.end]
    if nxt.lower_ in _PAPER_NOUNS and nxt.is_lower and last.pos_ == "PROPN":
        return found[0], tok_end(nxt)
    medium = last.lemma_.lower() in _MEDIUM_NOUNS and nxt.ent_type_ not in _NOT_MEDIA
    if medium and nxt.pos_ == "PROPN" and nxt.is_title:
        return found[0], _name_end(nxt)
    return found


def _outlet_of(verb: Token, sent: Span) -> Offsets | None:
    for c in verb.children:  # "told AFP", "told state television"
        if verb.lemma_ == "tell" and c.dep_ in ("dobj", "dative"):
            named = _medium_name(c)
            if named is not None:  # "told the state news agency IRNA"
                return subtree(c)[0], _name_end(named)
            if _told_medium(c):
                return subtree(c)
    for c in verb.children:  # "wrote on Twitter", "said on state television"
        if c.dep_ == "prep" and c.lower_ == "on":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _names_channel(obj):
                return subtree(obj)
            if obj is not None and obj.lemma_.lower() in _BROADCAST_NOUNS:
                return subtree(obj)
    spoke = _spoke_to(verb, sent)
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
                    if obj is not None and _is_org_like(obj):
                        return subtree(obj)
        if tok.lemma_ in _RELAYED and tok.tag_ == "VBN" and tok != verb and _ours(tok, verb):
            for a in tok.children:  # "..., as cited by TASS"
                obj = next((g for g in a.children if g.dep_ == "pobj"), None)
                if a.dep_ == "agent" and obj is not None and _is_medium(obj):
                    return subtree(obj)
    return None


#: What makes a common noun a newsroom: "the news agency", "the press service".
_NEWS_WORDS = frozenset({"news", "press", "wire"})


def _medium_name(obj: Token) -> Token | None:
    """The name after a listener that is a medium by its noun ("told the state news
    agency IRNA", "told the news agency Anadolu"), which the parser hangs on the cue as a
    complement or an adverb of its own."""
    if obj.lemma_.lower() not in _MEDIUM_NOUNS:
        return None
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if nxt is None or nxt.head.i != obj.head.i:
        return None
    if not (_is_org_like(nxt) or nxt.is_upper or nxt.is_title):
        return None
    if nxt.ent_type_ in _NOT_MEDIA or nxt.dep_ in ("dobj", "nsubj", "prep"):
        return None
    return nxt


def _name_end(tok: Token) -> int:
    """Where the name starting at ``tok`` ends: its entity, not the words hung on it."""
    last = tok
    while last.i + 1 < len(tok.doc) and last.nbor(1).ent_iob_ == "I":
        last = last.nbor(1)
    return tok_end(last)


def _told_medium(obj: Token) -> bool:
    """A listener that is a medium ("AFP", "state television"), not "the media" at large."""
    return _is_org_like(obj) or obj.lemma_.lower() in _BROADCAST_NOUNS - {"media"}


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
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "via", "through"):
            continue
        if prep.i < verb.i and prep.head.i != verb.i:
            continue  # a fronted phrase is the cue's only if it hangs on the cue
        post = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if post is None or post.lemma_.lower() not in _POSTS or not _under(prep, verb):
            continue
        for on in _on_phrases(post):
            obj = next((g for g in on.children if g.dep_ == "pobj"), None)
            posted = on.head.lemma_.lower() == "post" and obj is not None and obj.is_title
            if obj is not None and (_platform(post, obj) or (posted and _is_name(obj))):
                return subtree(prep), subtree(obj)
    return None


def _is_name(tok: Token) -> bool:
    """A capitalised word that is no date or place ("posted on X", "posted on Telegram")."""
    return tok.ent_type_ not in _NOT_MEDIA and tok.i > tok.sent.start


def _on_phrases(post: Token) -> list[Token]:
    """ "a post on X", "a statement posted on X", "a statement read on state television"."""
    out = [c for c in post.children if c.dep_ == "prep" and c.lower_ == "on"]
    for acl in post.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _RELEASED:
            out += [c for c in acl.children if c.dep_ == "prep" and c.lower_ == "on"]
    return out


#: Participles that put a document on a channel: "a statement posted on X", "read on TV".
_RELEASED = frozenset({"post", "publish", "read", "air", "broadcast", "release", "issue"})


#: Things posted on a platform: "a post on Twitter" names one even if NER takes it for a person.
_SOCIAL_POSTS = frozenset({"post", "tweet", "video", "thread", "message", "update"})


def _platform(post: Token, obj: Token) -> bool:
    if obj.ent_type_ in _NOT_MEDIA:
        return False  # "a statement on Tuesday", "a speech on Syria"
    social = post.lemma_.lower() in _SOCIAL_POSTS and (obj.pos_ == "PROPN" or _capitalised(obj))
    return social or _is_org_like(obj) or obj.lemma_.lower() in _BROADCAST_NOUNS


def _names_channel(obj: Token) -> bool:
    return (_is_org_like(obj) or _capitalised(obj)) and obj.ent_type_ not in _NOT_MEDIA


def _capitalised(tok: Token) -> bool:
    """A capitalised word inside a sentence the tagger took for a common noun: "on X"."""
    return tok.text[:1].isupper() and tok.i > tok.sent.start and tok.ent_type_ != "PERSON"


def _under(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through no clause of its own."""
    for above in tok.ancestors:
        if above.i == verb.i:
            return True
        if above.dep_ in _CLAUSE_DEPS and above.pos_ in ("VERB", "AUX"):
            return False
    return False


def without_channel(verb: Token, sent: Span, content: Offsets) -> Offsets:
    """The content less a channel phrase that ends it ("… as lies in a post on Twitter")."""
    posted = channel_phrase(verb, sent)
    if posted is None:
        return content
    phrase = posted[0]
    ends = content[1] <= phrase[1] or only_dates(verb.doc, phrase[1], content[1])
    if content[0] < phrase[0] < content[1] and ends:
        return trim(text(verb.doc), content[0], phrase[0])
    return content


def _spoke_to(verb: Token, sent: Span) -> Offsets | None:
    """ "An official, who spoke to AFP on condition of anonymity, said", "speaking to
    Reuters, he said": the medium the claimant spoke to, in a clause on the claimant or
    the cue."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for tok in sent:
        if tok.lemma_ not in ("speak", "talk") or tok.pos_ != "VERB":
            continue
        on_cue = tok.head.i == verb.i and tok.dep_ in ("advcl", "conj", "xcomp")
        on_claimant = tok.dep_ in ("relcl", "acl") and any(tok.head.i == s.i for s in subjects)
        if not (on_cue or on_claimant):
            continue
        for p in tok.children:
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            medium = obj is not None and _is_org_like(obj) and obj.ent_type_ not in _NOT_MEDIA
            if p.dep_ == "prep" and p.lower_ in ("to", "with") and obj is not None and medium:
                return subtree(obj)
    return None


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
#: Channels named by a common noun: "said on state television".
_BROADCAST_NOUNS = frozenset({"television", "tv", "radio", "media", "broadcaster", "channel"})

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
_NOT_MEDIA = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


def _is_medium(tok: Token) -> bool:
    """An organisation, or a channel named by a common noun ("its al-Manar television
    station", "the state news agency")."""
    return _is_org_like(tok) or tok.lemma_.lower() in _MEDIUM_NOUNS


_MEDIUM_NOUNS = _BROADCAST_NOUNS | {"station", "newspaper", "agency", "outlet", "website"}


def _is_org_like(tok: Token) -> bool:
    return tok.ent_type_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART") or (
        tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"
    )
