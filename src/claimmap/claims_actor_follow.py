"""Claims that continue the speaker of the claim before them.

"COGAT denied that Israel was blocking the crossing, blaming Hamas": the parser hangs
the participle on the reported clause, whose subject ("Israel") then looks like the one
blaming; English makes a comma-set participle after a reported clause the main
speaker's. "President Ali Reza said ... Speaking in Astana, he said": the capital the
office holder briefs in shows whose office he holds when quoted before, too. "The
prefecture" is the body quoted before as "the prefecture of Reunion".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_accused import DENY_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_tokens import RawClaim
    from claimmap.model import Actor


def continues_speaker(raw: RawClaim, before: RawClaim, parsed: Doc) -> bool:
    """The claim's cue is a participle set off by a comma ("..., blaming Hamas") hung on
    a word of the claim before's content, and its claimant is a word of that content:
    the speaker before goes on speaking."""
    cue = parsed[raw.cue_token]
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj") or cue.i == 0:
        return False
    if parsed[cue.i - 1].text != "," or raw.claimant is None:
        return False
    lo, hi = before.content
    inside = lo <= cue.head.idx < hi and lo <= raw.claimant[0] < hi
    same = parsed[before.cue_token].sent.start == cue.sent.start
    if not (inside and same and before.cue_token < cue.i):
        return False
    # the clause's subject did not do what was denied, and a country spoken of is the
    # topic ("said Kazakhstan would help them, describing ..."); a person may well be
    # the one the participle goes on with ("said police held him, accusing him of ...")
    subject = parsed[before.cue_token].lemma_.lower() in DENY_LEMMAS
    claimant = parsed.char_span(*raw.claimant, alignment_mode="expand")
    return subject or (claimant is not None and claimant.root.ent_type_ in ("GPE", "LOC"))


def hosted(out: list[Actor | None], first: Actor, actor: Actor) -> tuple[list[Actor | None], Actor]:
    """The actors so far with ``first`` (a person as quoted before) replaced by ``actor``
    where the place he now speaks in changed his country; and ``actor``."""
    if first.kind != "person" or actor.country_code == first.country_code:
        return out, actor
    return [actor if a == first else a for a in out], actor


def named_spokesperson(actor: Actor | None, before: Actor | None) -> Actor | None:
    """ "A defence spokesperson in Jammu said ... 'We retaliated,' Lt Col Ana Lee said": a
    named officer or spokesperson of no stated body, quoted right after an unnamed
    spokesperson, is that spokesperson named: of the body, country and seat given him."""
    from claimmap.claims_actor_phrases import is_rank_word
    from claimmap.claims_actor_spokes import SPOKES

    if actor is None or before is None or actor.kind != "person" or before.kind != "person":
        return actor
    if actor.organisation or actor.country_code or actor.located:
        return actor
    if not (actor.role in SPOKES or is_rank_word(actor.role or "")):
        return actor
    unnamed = before.role in SPOKES and before.name == before.name.lower()
    if not unnamed or not (before.organisation or before.country_code):
        return actor
    return replace(
        actor,
        organisation=before.organisation,
        country_code=before.country_code,
        located=before.located,
    )


def named_again(span: Span, claimants: Sequence[tuple[int, int, Actor]]) -> Actor | None:
    """ "The prefecture denied it" after "The prefecture of Reunion in Saint-Denis said":
    a definite noun alone is the body last quoted under a longer phrase of that head."""
    words_ = [t for t in span if not t.is_punct]
    if len(words_) != 2 or words_[0].lower_ != "the" or words_[1].pos_ != "NOUN":
        return None
    head = words_[1].lemma_.lower()
    for start, end, actor in reversed(claimants):
        said = span.doc[start:end]
        if start >= span.start:
            continue
        if actor.kind == "person":
            if _one_of_same(words_[1], said):
                return actor  # "The official" after "an official who spoke ...": that one
            continue
        longer = len(said) > len(words_)
        if longer and _same_noun(words_[1], said.root):
            return actor
        if longer and _ends_named(said, words_[1]):
            return actor  # "The Xyz research group, which ..." the model misparsed
        if (
            said.root.pos_ == "PROPN"
            and said.root.i > start
            and said.root.lower_ in (head, head + "s")
        ):
            return actor  # "The airline" after "Xyz Airlines said": the name's last word
    return None


def _one_of_same(noun: Token, said: Span) -> bool:
    """A person quoted under a singular phrase headed by the same noun ("a Spanish police
    official who ..." for "the official"): nearer than any group of that noun before."""
    root = said.root
    same = root.lemma_.lower() == noun.lemma_.lower() and root.tag_ == noun.tag_ == "NN"
    return same and not any(c.dep_ == "conj" for c in root.children)


def _same_noun(noun: Token, root: Token) -> bool:
    """ "The group" names a phrase headed by "group", not "aid groups and residents": one
    body is no plural of bodies ("the official" may well be one of "three officials"),
    nor is anyone several coordinated speakers."""
    from claimmap.claims_actor_coref import BODY_NOUNS

    if root.lemma_.lower() != noun.lemma_.lower() or root.pos_ != "NOUN":
        return False
    body = noun.lemma_.lower() in BODY_NOUNS
    plural = body and noun.tag_ == "NN" and root.tag_ == "NNS"
    return not plural and not any(c.dep_ == "conj" for c in root.children)


def _ends_named(said: Span, noun: Token) -> bool:
    """A capitalised name ends in the noun before any comma ("The All Eyes on Xyz research
    group, which tracks ..."), whatever root the parser gave the phrase."""
    from claimmap.claims_actor_coref import BODY_NOUNS

    head = []
    for tok in said:
        if tok.text == ",":
            break
        head.append(tok)
    if len(head) < 3 or noun.lemma_.lower() not in BODY_NOUNS:
        return False
    last = head[-1]
    named = any(t.is_title and t.pos_ == "PROPN" for t in head[:-1])
    return named and last.lower_ == noun.lower_ and last.tag_ == noun.tag_


def shortened(span: Span, claimants: Sequence[tuple[int, int, Actor]]) -> Actor | None:
    """ "Central Command said" after "The U.S. Central Command said": a name of two or more
    capitalised words is the body quoted before under a longer name ending in them."""
    words_ = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if len(words_) < 2 or not all(t.is_title and t.pos_ == "PROPN" for t in words_):
        return None
    said = [t.text for t in words_]
    for start, end, actor in reversed(claimants):
        before = [t.text for t in span.doc[start:end] if not t.is_punct]
        if start >= span.start or actor.kind == "person" or len(before) <= len(said):
            continue
        if before[-len(said) :] == said:
            return actor
    return None


def apposed_country(actor: Actor, span: Span, country_of: Callable[[str], str | None]) -> Actor:
    """A body of no country with the one country the appositive after its name names
    before its head noun ("COGAT, the Israeli military body that ...": not in a clause)."""
    if actor.kind not in ("organisation", "unknown") or actor.country_code:
        return actor
    code = _apposed_code(span, country_of)
    return replace(actor, country_code=code) if code else actor


def _apposed_code(span: Span, country_of: Callable[[str], str | None]) -> str | None:
    root, doc = span.root, span.doc
    heads = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if span.end < len(doc) and doc[span.end].text == "," and root.dep_ == "nsubj":
        # the parser's second subject: "COGAT, the ... body ..., said"
        heads += [c for c in root.head.children if c.dep_ == "nsubj" and c.i > span.end]
    codes = set()
    for appos in (c for c in heads if c.pos_ == "NOUN"):
        for tok in span.doc[appos.left_edge.i : appos.i + 1]:
            code = country_of(tok.text) if tok.is_title and tok.pos_ in ("ADJ", "PROPN") else None
            codes |= {code} if code else set()
    return codes.pop() if len(codes) == 1 else None


#: Words of the UN's human-rights mandates: special rapporteurs and independent experts are
#: appointed by the Human Rights Council and served by its Geneva office, not the New York
#: secretariat.
_RIGHTS_MANDATES = frozenset({"rapporteur", "rapporteurs"})


def un_rights_mandate(desc: Span, actor: Actor) -> Actor:
    """ "A group of U.N. special rapporteurs", "UN human rights experts": the UN body that
    speaks is its human-rights office, seated in Geneva; any other UN actor as it was."""
    from claimmap.actors_table import normalize
    from claimmap.claims_actor_lookup import table_actor

    if actor.kind != "organisation" or normalize(actor.name) not in ("un", "u n"):
        return actor
    said = {t.lower_ for t in desc}
    if not (said & _RIGHTS_MANDATES or {"human", "rights", "experts"} <= said):
        return actor
    return table_actor("UN Human Rights Office") or actor
