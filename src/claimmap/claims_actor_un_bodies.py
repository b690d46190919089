"""Bodies of the United Nations named by the country they study.

"According to the UN Group of Experts on Congo, …": the model cuts the name before the
country ("UN Group of Experts on") and the country after "on" made the panel Congolese,
seated in Kinshasa. A body whose name opens with "UN", "U.N." or "United Nations" is the
UN's (seat New York); a country after "on", "for" or "in" is the subject of its mandate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

_UN_NAME = re.compile(
    r"^(?:the\s+)?(?:UN|U\.N\.|United Nations)\s+(?:[A-Z][\w-]*\s+)*?"
    r"(?:Group|Panel|Mission|Commission|Committee|Office|Team|Council|Agency|Fund|Programme|Program)"
    r"\b[\w\s'-]*$"
)
_UN = "United Nations"


def un_body(actor: Actor | None, span: Span) -> Actor | None:
    """``actor`` as a body of the UN when the claimant names one (module docstring)."""
    if actor is None or actor.kind not in ("organisation", "unknown", "government"):
        return actor
    if actor.organisation == _UN or actor.name == _UN or _listed(actor.name):
        return actor  # (a body the table knows keeps its own seat: UNMISS in Juba)
    name = _whole_name(span)
    if name is None:
        return actor
    return Actor(name, "organisation", organisation=_UN)


def _whole_name(span: Span) -> str | None:
    """The claimant's name up to a comma or a clause ("the UN Group of Experts on Congo")."""
    words = []
    for tok in span:
        if tok.is_punct and tok.text not in ("-", "."):
            break
        if tok.pos_ in ("VERB", "AUX", "PRON"):
            break
        words.append(tok.text_with_ws)
    said = "".join(words).strip()
    if not _UN_NAME.match(said):
        return None
    return re.sub(r"^the\s+", "", said)


def _listed(name: str) -> bool:
    from claimmap.actors_table import load_actors

    return load_actors().find_exact(name) is not None
