"""What makes a word a news medium: the closed classes of broadcast, newsroom and press
nouns, the entity types that never name one, and the actors table's listed outlets.

Split from :mod:`claimmap.claims_outlets`: the outlet finder asks these questions of
many phrases ("told X", "on X", "cited by X", "in a post on X"), and whether a claimant
is itself a newsroom (:func:`press_speaker`) asks the same ones, so the word lists and
token tests live apart from the phrase readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import subtree, text, tok_end

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.actors_table import ActorRow

#: Channels named by a common noun: "said on state television".
BROADCAST_NOUNS = frozenset({"television", "tv", "radio", "media", "broadcaster", "channel"})
#: Common nouns that name a medium: "the station", "the state news agency".
MEDIUM_NOUNS = BROADCAST_NOUNS | {"station", "newspaper", "agency", "outlet", "website"}
#: Entity types that never name a medium: "a statement on Tuesday", "a speech on Syria".
NOT_MEDIA = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


def is_org_like(tok: Token) -> bool:
    """An organisation-like name: an ORG/GPE/PRODUCT/WORK_OF_ART entity or a non-person
    proper noun."""
    return tok.ent_type_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART") or (
        tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"
    )


def is_medium(tok: Token) -> bool:
    """An organisation, or a channel named by a common noun ("its al-Manar television
    station", "the state news agency")."""
    return is_org_like(tok) or tok.lemma_.lower() in MEDIUM_NOUNS


def listed_medium(name: Token) -> bool:
    """A name the actors table lists as an agency, broadcaster or newspaper ("Reuters")."""
    from claimmap.actors import OUTLET_KINDS

    row = _table_row(name)
    return row is not None and row.kind in OUTLET_KINDS


def listed_other(name: Token) -> bool:
    """A name the actors table lists as something other than a medium (a legislature, a
    ministry, a company): one speaks to it, not through it."""
    from claimmap.actors import OUTLET_KINDS

    row = _table_row(name)
    return row is not None and row.kind not in OUTLET_KINDS


def _table_row(name: Token) -> ActorRow | None:
    """The actors-table row of the proper name headed by ``name``: its whole phrase, else
    the name alone without its modifiers ("state-run MRTV", "the Qatari Al Jazeera")."""
    from claimmap.actors_table import load_actors

    table = load_actors()
    if name.pos_ != "PROPN" and not (name.is_upper and len(name) > 2):
        return _house_spelling(name)  # an acronym taken for a noun ("told state-run MRTV") counts
    span = subtree(name)
    row = table.find_exact(text(name.doc)[span[0] : span[1]])
    if row is not None:
        return row
    start = name.i
    while start > 0 and name.doc[start - 1].pos_ == "PROPN" and name.doc[start - 1].head == name:
        start -= 1
    core = name.doc[start : name.i + 1]
    if core.start_char == span[0] and core.end_char == span[1]:
        return None
    return table.find_exact(core.text)


def capitalised(tok: Token) -> bool:
    """A capitalised word inside a sentence the tagger took for a common noun: "on X"."""
    return tok.text[:1].isupper() and tok.i > tok.sent.start and tok.ent_type_ != "PERSON"


def name_end(tok: Token) -> int:
    """Where the name starting at ``tok`` ends: its entity, not the words hung on it."""
    last = tok
    while last.i + 1 < len(tok.doc) and last.nbor(1).ent_iob_ == "I":
        last = last.nbor(1)
    return tok_end(last)


#: What makes a common noun a newsroom: "the news agency", "the press service".
_NEWS_WORDS = frozenset({"news", "press", "wire"})
#: Nouns that make a speaker a newsroom: "the newspaper Kommersant", "the broadcaster".
_PRESS_NOUNS = frozenset(
    {"newspaper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "website", "outlet"}
)


def press_speaker(claimant: Span) -> bool:
    """Whether the claimant is named as a medium ("the Moscow-based newspaper X", "the
    news agency Y"): its report comes through itself. The noun must head the phrase or
    stand beside its name, not a "spokesman for the newspaper"."""
    root = claimant.root
    words = [root, *(c for c in root.children if c.dep_ in ("appos", "compound"))]
    if root.dep_ in ("appos", "compound"):
        words.append(root.head)
    first = root
    while first.i > claimant.start and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    if first.i > claimant.start:  # "the news agency WAM" with the name read apart from it
        words.append(first.nbor(-1))
    for tok in words:
        if not claimant.start <= tok.i < claimant.end or not tok.is_lower:
            continue
        if tok.lemma_ in _PRESS_NOUNS:
            return True
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if tok.lemma_ == "agency" and before is not None and before.lower_ in _NEWS_WORDS:
            return True
    return False


def _house_spelling(name: Token) -> ActorRow | None:
    """ "told dpa": a lowercase word the tagger took for a common noun is a listed outlet
    only when the table spells that outlet so, letter for letter (a common noun such as
    "police" or "parliament" is never matched this way)."""
    from claimmap.actors import OUTLET_KINDS
    from claimmap.actors_table import load_actors

    row = load_actors().find_exact(name.text)
    if row is None or row.kind not in OUTLET_KINDS:
        return None
    return row if name.text in (row.name, *row.aliases) else None


def name_after_press_noun(who: Span) -> tuple[int, int] | None:
    """ "Russian news agency Interfax", "the Doha-based newspaper Al Bayan": a medium
    phrase ending in a name right after its press noun is that name; the words before
    describe it (an outlet column holds "Interfax", whose seat the table knows)."""
    end = who.end
    start = end
    while start > who.start and who.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == end or start == who.start:
        return None
    noun = who.doc[start - 1]
    news = noun.lemma_ == "agency" and noun.i > 0 and noun.nbor(-1).lower_ in _NEWS_WORDS
    if not noun.is_lower or not (noun.lemma_ in _PRESS_NOUNS or news):
        return None
    first, last = who.doc[start], who.doc[end - 1]
    return first.idx, last.idx + len(last.text)


def relaying_medium(who: Span) -> bool:
    """ "the state news agency TASS", "UN-backed Radio Okapi", "Reuters": a medium that can
    carry another's words, named by its press noun, a medium word, or the actors table (one
    test for every relay reader: "X reported, citing Y", "Y, quoted by X", "…, X reported")."""
    from claimmap.claims_actor_lookup import table_actor

    if press_speaker(who) or any(t.lemma_.lower() in MEDIUM_NOUNS for t in who):
        return True
    names = [t for t in who if t.pos_ == "PROPN"]
    if names and listed_medium(names[-1]):
        return True
    found = table_actor(who.text, doc=who.doc)  # (exact: "a rights group" is no outlet)
    return found is not None and found.kind == "outlet"
