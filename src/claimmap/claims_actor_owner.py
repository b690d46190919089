"""A body named by its owner's pronoun: "his office said", "her campaign said".

"South Korean President Yoon Suk Yeol convened an emergency meeting, his office said":
the office is that of the person "his" means, the one the sentence named before it
(in what was said or not), else the person the pronoun means across sentences; it is
of that person's country, so it sits where that person's government does, or where the
text says the person lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context

#: Bodies a person has: "his office", "her campaign".
_OWNED = words(
    """
    office administration government campaign team cabinet
    """
)
_OWNERS = {"his": "he", "her": "she"}


def owner_office(span: Span, met: Context) -> Actor | None:
    """ "His office": the office of the person the pronoun means, of that person's country;
    ``None`` for any other phrase or where no person is found."""
    toks = [t for t in span if not t.is_punct]
    if len(toks) != 2 or toks[0].lower_ not in _OWNERS or toks[1].lower_ not in _OWNED:
        return None
    owner = _named_in_sentence(span, met)
    if owner is None:
        from claimmap.claims_actor_refs import pronoun_referent

        owner = pronoun_referent(_OWNERS[toks[0].lower_], span.doc, met, span.start)
    if owner is None or owner.kind != "person":
        return None
    body = f"{owner.name}'s {toks[1].lower_}"
    # where the text puts the person to stay ("who lives in exile in Vilnius") the office is
    # too; where the person only spoke ("spoke in X") it is not
    home = owner.located if owner.located and not owner.located.startswith("spoke in") else None
    return Actor(body, "organisation", country_code=owner.country_code, located=home)


def _named_in_sentence(span: Span, met: Context) -> Actor | None:
    """The last person the sentence names before the pronoun, as described there."""
    doc = span.doc
    sent = sentence_at(doc, span.start)
    people = ents_in(doc, sent.start, span.start, ("PERSON",))
    if not people:
        return None
    ent = people[-1]
    found = met.describe(doc[max(ent.root.left_edge.i, sent.start) : ent.end])
    return found if found is not None and found.kind == "person" else None
