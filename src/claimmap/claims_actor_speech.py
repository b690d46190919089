"""Where a claimant spoke: "told reporters in Tbilisi", "said at a news conference in
Geneva", "said in a phone interview from Goma", "said Ana Lee, speaking at a camp in
Rajbiraj". The city is outside what was said; "from" says where the speaker is.

Split from :mod:`claimmap.claims_actor_places` (where a claimant phrase puts its
claimant): these places come from the cue's phrases, not from the claimant's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_places import Where, place_at
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Place


def speech_place(cue: Token, content: tuple[int, int], places: Sequence[Place]) -> Where | None:
    """The city the words were said in: "told reporters in Tbilisi", "said at a news
    conference in Geneva" ("in" on the cue, its object, or the object of its "at"),
    outside what was said; else the one they were sent from (see ``issued_from``)."""
    heads = [cue, *(c for c in cue.children if c.dep_ in ("dobj", "dative"))]
    heads += [o for p in cue.children if p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
    # "In a statement issued in Lae, Tom Kila said": where the statement was issued
    said = _sayings(cue)
    heads += [v for o in said for v in o.children if v.dep_ == "acl"]
    # "Speaking in Astana, he said": the participle on the saying, or on the speaker ("said
    # Ana Lee, speaking at a camp in Rajbiraj"), and the object of its "at"
    speaking = [v for v in cue.children if v.dep_ == "advcl" and v.lemma_ == "speak"]
    speakers = [c for c in cue.children if c.dep_ == "nsubj"]
    speaking += [v for s in speakers for v in s.children if v.dep_ == "acl" and v.lemma_ == "speak"]
    heads += speaking
    heads += [o for v in speaking for p in v.children if p.lower_ == "at" for o in p.children]
    found = _placed(heads, "in", content, places) or issued_from(cue, content, places)
    # "speaking at the Medyka checkpoint", "told reporters at Medyka": a place named in
    # the object of "at" itself
    return found or _placed([cue, *speaking], "at", content, places)


def issued_from(cue: Token, content: tuple[int, int], places: Sequence[Place]) -> Where | None:
    """ "said in a televised statement from Goma", "said, speaking from Goma", "said
    from Goma": "from" on the saying is where the speaker is, even for an office of state
    whose capital is elsewhere."""
    sources = [cue, *_sayings(cue)]
    sources += [v for v in cue.children if v.dep_ in ("advcl", "conj") and v.lemma_ == "speak"]
    # "said Dr Ana Lee, speaking by phone from Nsanje": the participle on the speaker
    speakers = [c for c in cue.children if c.dep_ == "nsubj"]
    sources += [v for s in speakers for v in s.children if v.dep_ == "acl" and v.lemma_ == "speak"]
    return _placed(sources, "from", content, places)


def _sayings(cue: Token) -> list[Token]:
    """The statement or interview the cue's "in" names: "said in a statement"."""
    objs = [o for p in cue.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return [o for o in objs if o.lemma_ in _SAYINGS]


def _placed(
    heads: list[Token], word: str, content: tuple[int, int], places: Sequence[Place]
) -> Where | None:
    """The first place a ``word`` phrase on one of ``heads`` names, outside the content (a
    content that holds the cue itself ran on past the quote: what follows the cue is not
    what was said)."""
    cue = heads[0] if heads else None
    ran_on = cue is not None and content[0] <= cue.idx < content[1]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != word:
                continue
            after = ran_on and cue is not None and prep.i > cue.i
            if content[0] <= prep.idx < content[1] and not after:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                first = next(t.i for t in obj.subtree if t.dep_ != "det")
                found = place_at(head.doc[first : obj.i + 1], places, dweller=False)
                found = found or _the_capital(obj, places)
                if found is not None:
                    return found
    return None


def _the_capital(obj: Token, places: Sequence[Place]) -> Where | None:
    """ "told reporters in the capital": the capital of the country the story is filed
    from (a bare "the capital" names the dateline's country's)."""
    from claimmap.claims_actor_datelines import dateline_line
    from claimmap.gazetteer import default_gazetteer

    words_ = [t.lower_ for t in obj.subtree]
    if words_ != ["the", "capital"]:
        return None
    filed = dateline_line(obj.doc, places)
    capital = default_gazetteer().capital(filed[1]) if filed is not None else None
    if capital is None:
        return None
    return Where(capital.name, capital.country_code, obj.i - 1, obj.i + 1)


_SAYINGS = words(
    """
    statement interview speech briefing address message
    """
)


def hosting_state(where: Where | None) -> str | None:
    """ "Foreign Ministry spokesman Ali Reza told reporters in Tehran": an office of state
    whose phrase names no country, briefing in a national capital, is that state's."""
    from claimmap.gazetteer import default_gazetteer

    if where is None or where.country_code is None:
        return None
    capital = default_gazetteer().capital(where.country_code)
    return where.country_code if capital is not None and capital.name == where.label else None
