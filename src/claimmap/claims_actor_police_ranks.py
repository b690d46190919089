"""Officers whose rank is written the Thai police way: "Pol Maj Gen Somchai", "Pol Col X".

Thai reporting (and the wires that follow it) prefix a police officer's rank with "Pol"
("Pol Gen", "Pol Lt Gen", "Pol Maj Gen", "Pol Col", "Pol Capt", "Pol Sgt Maj"), a form
no other country's press uses: such an officer is Thailand's, even when the text names
only a unit ("commander of the Narcotics Suppression Bureau's northern division").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor

_POL = frozenset({"pol", "pol."})
_RANK_WORDS = frozenset(
    {"gen", "gen.", "maj", "maj.", "col", "col.", "lt", "lt.", "capt", "capt.", "sgt", "sgt."}
    | {"snr", "snr.", "cpl", "cpl.", "sub-lt", "general", "colonel", "major", "captain"}
)


def thai_police_rank(actor: Actor | None, span: Span) -> Actor | None:
    """``actor`` of Thailand when its phrase holds a "Pol <rank>" title."""
    if actor is None or actor.kind != "person" or actor.country_code is not None:
        return actor
    for tok, nxt in pairwise(span):
        if tok.text.lower() in _POL and tok.text[:1].isupper() and nxt.lower_ in _RANK_WORDS:
            return replace(actor, country_code="TH", role=actor.role or "police officer")
    return actor
