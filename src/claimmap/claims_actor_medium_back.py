"""Which medium "the newspaper", "the paper" or "the agency" means, however far back.

"The Washington Post reported that ... . Cargo was unloaded in Zanzibar, the paper said";
"…, Bulgaria's BTA news agency reported, citing coast guard officers. The crew was taken
to Burgas, the agency said": the noun means the last medium of its kind the text named,
as a claim's speaker or as its outlet, not the last speaker headed by the same noun (a
Ukrinform claim two sentences before is not "the agency" once BTA relayed another).
A body of that noun quoted after the medium ("the EU border agency Frontex said ... the
agency said") is nearer, and is left to the readers of bodies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_lookup import org_actor
from claimmap.claims_actor_outlet_reference import name_in

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

#: Nouns of newspapers: "the paper" means one of these.
_PAPERS = frozenset({"newspaper", "paper", "daily", "weekly", "tabloid"})
#: Nouns a text calls a named medium by, and the table kinds each may stand for.
_KINDS = {
    **{noun: frozenset({"newspaper"}) for noun in _PAPERS},
    "agency": frozenset({"agency"}),
    "broadcaster": frozenset({"broadcaster"}),
    "outlet": frozenset({"agency", "broadcaster", "newspaper"}),
    "website": frozenset({"newspaper", "broadcaster"}),
    "site": frozenset({"newspaper", "broadcaster"}),
}


def medium_named_before(span: Span, met: Context) -> Actor | None:
    """The medium a bare "the newspaper" / "the agency" refers back to (see the module
    doc), as an actor of kind "outlet"; None when the phrase is no such noun, no medium of
    its kind was named before, or a body of that noun was quoted since."""
    from claimmap.actors_table import load_actors

    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].lower_ not in _KINDS:
        return None
    noun = words[1]
    doc, kinds = span.doc, _KINDS[noun.lower_]
    for start, end in sorted(met.outlets, reverse=True):
        if start >= span.start_char:
            continue
        phrase = doc.char_span(start, end, alignment_mode="expand")
        name = name_in(phrase) if phrase is not None else None
        if phrase is None or name is None:
            continue
        row = load_actors().find(name.text)
        said = {t.lower_ for t in doc[phrase.start : min(phrase.end + 2, len(doc))]}
        if row is not None and row.kind not in kinds:
            continue  # "the agency" after a newspaper: an earlier agency, if any
        if row is None and not said & (_PAPERS if noun.lower_ in _PAPERS else {noun.lower_}):
            continue  # an unlisted medium only by the noun its phrase used ("BTA news agency")
        if _body_since(span, noun.lemma_.lower(), phrase.start, met):
            return None
        return replace(org_actor(name), kind="outlet", role=None)
    return None


def _body_since(span: Span, noun: str, after: int, met: Context) -> bool:
    """A claimant other than a medium headed by ``noun`` quoted between the medium and
    ``span`` ("the EU border agency Frontex"): the nearer referent."""
    for start, end, actor in met.claimants:
        if not after < start < span.start or actor.kind == "outlet":
            continue
        said = span.doc[start:end]
        if said.root.lemma_.lower() == noun or any(t.lemma_.lower() == noun for t in said):
            return True
    return False
