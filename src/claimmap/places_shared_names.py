"""Short country names two states share: "Congo" is the Republic of the Congo and the
Democratic Republic of the Congo, "Korea" the South and the North. The gazetteer files the
short name under one of them only; both are offered, and the article's other places (its
towns, its demonyms: "Congolese authorities" in Kinshasa and Lubumbashi) decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.names import normalize_name

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike

#: Normalised short name → the ISO codes of the states it may mean.
SHARED_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "congo": ("CG", "CD"),
    "the congo": ("CG", "CD"),
    "korea": ("KR", "KP"),
}


def shared_country_candidates(name: str, gaz: GazetteerLike) -> list[Candidate]:
    """The country entries a short shared name may stand for (none for other names)."""
    codes = SHARED_COUNTRY_NAMES.get(normalize_name(name), ())
    found = (gaz.country(code) for code in codes)
    return [c for c in found if c is not None]
