"""One name of a person the text named in full before: "Abiy told parliament" after
"Prime Minister Abiy Ahmed acknowledged ...".

Split from :mod:`claimmap.claims_actor_mentions` (who a claimant phrase means by what
came before): recalling a full name needs its own per-parse index of PERSON entities by
their first and last word, looked up by bisection so long texts stay linear.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, NamedTuple

from claimmap.claims_actor_mentions import subject
from claimmap.claims_actor_phrases import clean
from claimmap.claims_tokens import ents_in, memo, sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_actor_context import Context


def named_before(name: str, at: Token, met: Context) -> Actor | None:
    """ "Abiy told parliament" after "Prime Minister Abiy Ahmed acknowledged ...": one name
    of a person the text named in full before (no claimant then), as described there."""
    doc = at.doc
    by_name = memo(doc, "full_person_names", lambda: _full_person_names(doc))
    found = by_name.get(name, [])
    for ent in reversed(found[: bisect.bisect_left(found, (at.i, 0))]):
        if ent.end <= at.i:
            first = max(ent.span.root.left_edge.i, sentence_at(doc, ent.start).start, 0)
            actor = met.describe(doc[min(first, ent.start) : ent.end])
            if actor is not None and actor.kind == "person":
                return actor
            return Actor(clean(ent.span.text), "person")
    return None


def surnames_named_later(actors: list[Actor | None]) -> list[Actor | None]:
    """ "..., Lukashenko says" in a headline, then "Belarusian President Alexander
    Lukashenko said": a person quoted by one bare name is the one person the text quotes
    later by a full name ending in it, as described there (country, office)."""
    full: dict[str, set[Actor]] = {}
    for actor in actors:
        known = actor is not None and bool(actor.country_code or actor.organisation)
        if actor is not None and known and actor.kind == "person" and " " in actor.name:
            full.setdefault(actor.name.split()[-1], set()).add(actor)
    out = list(actors)
    for n, actor in enumerate(actors):
        if not _bare_surname(actor) or actor is None:
            continue
        later = {a for a in actors[n + 1 :] if a is not None} & full.get(actor.name, set())
        if len(later) == 1:
            out[n] = next(iter(later))
    return out


def _bare_surname(actor: Actor | None) -> bool:
    """One capitalised word with nothing known of it: "Lukashenko", not "Reuters"."""
    return (
        actor is not None
        and actor.kind in ("person", "unknown")
        and " " not in actor.name
        and actor.name[:1].isupper()
        and not (actor.country_code or actor.organisation or actor.located)
    )


def _full_person_names(doc: Doc) -> dict[str, list[_Named]]:
    """PERSON entities of two or more words, by their first and their last word, in text
    order: one pass per parse (a scan per claim made long texts quadratic)."""
    out: dict[str, list[_Named]] = {}
    for ent in ents_in(doc, 0, len(doc), ("PERSON",)):
        if len(ent) > 1:
            for word in {ent[0].text, ent[-1].text}:
                out.setdefault(word, []).append(_Named(ent.start, ent.end, ent))
    return out


class _Named(NamedTuple):
    """A full name's entity, ordered by its token offsets (for bisection)."""

    start: int
    end: int
    span: Span


def unmarked_subject(parsed: Doc, at: int) -> Actor | None:
    """ "Dadaab - Ana Lee walked for days ... '...,' the 34-year-old said": the last name of
    two or more capitalised words, no entity to the model, that is the subject of the verb
    right after it in the two sentences before (a dateline may have hidden the name from
    the model); a person called by age alone is the one the text introduced there."""
    first = sentence_at(parsed, at).start
    for _ in range(2):
        first = sentence_at(parsed, first - 1).start if first > 0 else first
    found = None
    for tok in parsed[first + 1 : at - 1]:
        if not _bare_name_word(tok) or parsed[tok.i + 1].pos_ != "VERB" or not subject(tok):
            continue
        start = tok.i
        while start > first and _bare_name_word(parsed[start - 1]):
            start -= 1
        if tok.i > start:
            found = Actor(parsed[start : tok.i + 1].text, "person")
    return found


def _bare_name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_
