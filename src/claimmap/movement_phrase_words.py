"""Words for reading a noun phrase in a movement: what it counts, which prepositions only
hang on another word, where a place's name ends, and what a pronoun or bare noun stands for.

Split from :mod:`claimmap.movement_words`, which lists the words that move things and
mark slots; these words never make a movement, they only shape the phrases that fill one.
Lemmas are lower case; sets are frozen so callers cannot change them.
"""

from __future__ import annotations

from claimmap.movement_counts import words as _words

# Prepositions only ever hung on another word, never a slot: "according to", "due to".
NON_SPATIAL_PREPS = _words("according due owing thanks prior pursuant as")
# Units of amount: "4.4 million tonnes of grain" moved the grain, not the tonnes.
MEASURE_NOUNS = _words(
    "tonne ton tons tonnes kilogram kilo kg pound barrel litre liter gallon bushel bag sack "
    "crate container truckload boatload planeload"
)
# "fled the country", "left the region": a bare definite noun standing for the last place
# of these kinds named just before.
_AREAS = frozenset({"admin1", "admin2", "region", "disputed", "area"})
ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    "country": frozenset({"country"}),
    "region": _AREAS, "enclave": _AREAS, "territory": _AREAS, "province": _AREAS,
    "city": frozenset({"city"}), "town": frozenset({"city"}),
}  # fmt: skip
# "from the Kherson direction", "the Pokrovsk axis": a place only with a name before them.
DIRECTION_NOUNS = _words("direction axis sector flank")
NEAR_WORDS = _words("near close next outside along")
NON_PLACE_ENTS = frozenset(
    {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "EVENT"}
)
# Third-person pronouns and what their antecedent must be: a person, a thing, or plural.
THIRD_PERSON: dict[str, str] = {
    "he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
    "it": "thing", "its": "thing", "they": "plural", "them": "plural", "their": "plural",
}  # fmt: skip
# Clauses and asides hanging off a noun that are not part of the place's name.
CUT_DEPS = frozenset({"relcl", "advcl", "parataxis", "punct", "cc", "ccomp"})
# Bodies of water: "crossed the X river" passed over it on the way, it did not end there.
WATER_NOUNS = _words("sea river strait channel gulf lake ocean bay creek stream waterway")
# Craft: "approached a Japanese fishing boat" went to the boat, not to its flag's country.
CRAFT_NOUNS = _words(
    "ship vessel boat trawler ferry tanker freighter dinghy yacht plane aircraft jet "
    "helicopter drone truck lorry convoy car bus train warship frigate destroyer corvette "
    "cruiser submarine tug icebreaker"
)
# Nouns naming a journey, which never travel themselves ("flight" may be the plane).
EVENT_NOUNS = _words("arrival departure trip visit journey return voyage travel tour")
# Adverbs of the way the parser may take for an object: "taken overland into X".
WAY_ADVERBS = _words(
    "overland home abroad ashore aboard inland offshore overseas upstream downstream upriver "
    "downriver onward onwards back"
)
