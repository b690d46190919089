"""The figures of a claim: those of the claimant's own words only.

'"Almost none of this timber is declared," said one member of the panel. "It leaves
Ucayali …"': the claim's content runs from the first quotation to the last, over the
attribution that interrupts it; the "one" of "one member of the panel" says who speaks, it
is no figure of the claim. With an interrupting attribution the figures are read in the
quoted parts (:func:`claimmap.claims_parts.quote_parts`) only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_parts import quote_parts
from claimmap.claims_quantities import quantities_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Document, Quantity


def part_quantities(parsed: Doc, doc: Document, raw: RawClaim) -> tuple[Quantity, ...]:
    """The counts in ``raw``'s content, skipping an attribution that interrupts it."""
    parts = quote_parts(doc.text, raw.content, raw.cue, raw.claimant) or (raw.content,)
    return tuple(q for p in parts for q in quantities_in(parsed, doc.text, p[0], p[1], doc.id))
