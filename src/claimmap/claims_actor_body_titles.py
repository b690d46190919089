"""A title the phrase ties to a named body is no back-reference to someone of another.

"The head of wildlife crime at the Ghana Revenue Service said": the head of that service,
whoever spoke before; not the anonymous "source close to the investigation" of the
previous paragraph, nor an official of another body. "The official at the ministry"
after "Ana Lee, an official at the Interior Ministry" is still Ana Lee.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import employed
from claimmap.claims_actor_lookup import org_actor
from claimmap.claims_actor_phrases import PERSON_ROLES, clean
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span


def of_body(
    earlier: Actor | None, core: Span, orgs: list[Span], country: str | None, head: str
) -> Actor | None:
    """The person a definite title ("the head", "the official") stands for: the one met
    before (``earlier``) unless the phrase ties the title to a body they are not known to
    work for; then a new person of that body, called by the title."""
    if not orgs or not of_other_body(earlier, orgs):
        return earlier
    if head not in PERSON_ROLES:  # "the man at the ministry": no title to call him by
        return None
    title = title_at_body(core, orgs[0]) or clean(core.text)
    return employed(Actor(title, "person", None, country, head), org_actor(orgs[0], True))


def of_other_body(earlier: Actor | None, orgs: list[Span]) -> bool:
    """The phrase names a body (``orgs``) the person met before is not known to work for."""
    if earlier is None or not orgs:
        return False
    body = org_actor(orgs[0], True).name.lower()
    theirs = (earlier.organisation or "").lower()
    return not theirs or not (body in theirs or theirs in body)


def title_at_body(core: Span, org: Span) -> str:
    """ "head of wildlife crime" of "The head of wildlife crime at the Tax Service": the
    person's title without the body they work at (which is their organisation)."""
    doc, start = core.doc, org.start
    while start > core.start and doc[start - 1].lower_ in ("the", "at", "with", "in", "for"):
        start -= 1
    words = [t for t in doc[core.start : start] if t.lower_ not in ("the", "a", "an")]
    return "".join(t.text_with_ws for t in words).strip(" ,")
