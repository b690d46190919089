"""The geoparser's vocabulary and data types: word lists, the gazetteer interface it
needs, and :class:`Toponym`, a recognised place reference before resolution.

Word lists are data, kept apart from the code that reads them, so that they can be
reviewed (and extended for other kinds of news) in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from claimmap.model import Candidate

#: Last words that make a name a body of water, not the town or province named after it.
WATER_NOUNS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits"})
#: ...and, for a sea the gazetteer holds, also "Channel": "the Channel and North Sea" needs
#: no "the" of its own, as a bare "Don" or "Colorado" would to be a river.
SEA_NOUNS = WATER_NOUNS | {"Channel"}

if TYPE_CHECKING:
    from spacy.tokens import Span

SPAN_KEY = "claimmap_places"

ToponymForm = Literal["name", "demonym", "area", "descriptor", "coref"]

#: NER labels that mean "a place" in spaCy's OntoNotes scheme.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels under which a known place name is never a place (times, amounts, titles).
NEVER_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "WORK_OF_ART", "LAW"}
)
#: Prepositions after which a proper noun is usually a place.
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "from",
        "to",
        "into",
        "near",
        "across",
        "throughout",
        "outside",
        "inside",
        "toward",
        "towards",
        "via",
        "through",
        "around",
        "within",
        "between",
        "along",
        "off",  # "rescued off Xyz": at sea beside it (not in text without capitals)
        "past",  # "steamed north past Xyz"
    }
)
#: Words for part of a state, written before its name: the state, not its namesake city.
STATE_PARTS = frozenset({"upstate", "downstate"})
DIRECTIONS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "north-western",
        "north-eastern",
        "south-western",
        "south-eastern",
        # "northeast Syria": the compass points as adjectives (GeoVirus, which annotates
        # "Syria" alone, counts each as a miss and a false positive: F1 -0.002)
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)
#: Head nouns that announce a place's type, and the kind they point to. "admin1" stands for
#: any administrative unit: a county, district or department cue fits a second-level unit
#: (kind "admin2") as well (:func:`claimmap.places_scoring.kind_fits`).
TYPE_NOUNS: dict[str, str] = {
    "province": "admin1",
    "governorate": "admin1",
    "state": "admin1",
    "region": "region",
    "county": "admin1",
    "prefecture": "admin1",
    "oblast": "admin1",
    "department": "admin1",
    "district": "admin1",
    "city": "city",
    "town": "city",
    "village": "city",
    "capital": "city",
    "port": "city",
    "country": "country",
    "republic": "country",
    "nation": "country",
    # any kind: the gazetteer may hold an island as a town, a province or a country
    "island": "place",
    "isle": "place",
    "atoll": "place",
    "exclave": "place",
    "enclave": "place",
    # rivers, canals and lakes: "the Euphrates river", "the river Jordan", "Lake Chad"
    "river": "water",
    "canal": "water",
    "lake": "water",
    "reservoir": "water",
    # offices name the level of government: "the mayor of X", "X mayor"
    "mayor": "city",
    "governor": "admin1",
}
#: Capitalised titles after a name that announce its kind: "Boston Mayor Michelle Wu",
#: "Ohio Governor Mike DeWine".
TITLE_KINDS = {"Mayor": "city", "Governor": "admin1"}
MAX_NAME_TOKENS = 6
#: Capitalised titles that make a name a first-level division ("Rakhine State", "Anbar
#: Province"); unlike "City" or "Region" they are rarely part of another kind of name.
ADMIN_TITLES = frozenset(
    {"State", "Province", "Governorate", "Oblast", "Prefecture", "Krai", "Kray"}
)
#: Capitalised words that continue a place name ("Scott County", "Baltic Sea").
FEATURE_NOUNS = frozenset(
    {
        "County",
        "Province",
        "State",
        "Sea",
        "Ocean",
        "River",
        "Mountains",
        "Valley",
        "Delta",
        "Island",
        "Islands",
        "Lake",
        "Bay",
        "Gulf",
        "Desert",
        "Peninsula",
        "Strait",
        "Canal",
        "Coast",
        "Basin",
        "Plateau",
        "Highlands",
        "Oblast",
        "Governorate",
    }
)
#: Verbs of movement and armed action whose object (or passive subject) is usually a place:
#: "fled Kherson", "shelled Kramatorsk", "Bakhmut was captured".
MOTION_VERBS = frozenset(
    {
        "flee", "leave", "enter", "reach", "evacuate", "shell", "capture", "bomb", "bombard",
        "strike", "attack", "invade", "occupy", "seize", "recapture", "retake", "liberate",
        "besiege", "encircle", "surround", "storm", "raid", "cross", "visit", "abandon",
        "overrun", "approach", "target", "blockade", "depart", "vacate", "defend", "pound",
        "hit",
    }
)  # fmt: skip
#: Past forms of MOTION_VERBS that suffix rules miss, for text the lemmatiser cannot read
#: (ALL CAPS headlines: "TROOPS LEFT KHERSON").
MOTION_IRREGULAR = {
    "fled": "flee", "left": "leave", "struck": "strike", "overran": "overrun", "retook": "retake",
}  # fmt: skip
#: Nouns of armed action whose "on"/"against" object is usually a place ("an attack on X").
ATTACK_NOUNS = frozenset(
    {
        "attack", "strike", "airstrike", "raid", "assault", "offensive", "advance", "push",
        "march", "bombardment", "shelling", "bombing", "siege", "incursion",
    }
)  # fmt: skip


def motion_verb(word: str) -> bool:
    """Whether ``word`` (any case, any inflection) is one of :data:`MOTION_VERBS`."""
    word = word.lower()
    if word in MOTION_VERBS or MOTION_IRREGULAR.get(word) in MOTION_VERBS:
        return True
    for suffix in ("ed", "d", "s", "es", "ing"):
        stem = word.removesuffix(suffix)
        if stem != word and not MOTION_VERBS.isdisjoint({stem, stem[:-1], stem + "e"}):
            return True  # "shelled", "captured", "capturing", "stopped"-style doubling
    return False


#: Lower-case facility nouns a place name can modify: "the Kerch bridge", "the Mosul dam",
#: "the Rafah crossing" (GeoWebNews' Literal_Modifier / Embedded_Literal).
FACILITY_HEADS = frozenset(
    {
        "bridge", "airport", "airbase", "airfield", "port", "seaport", "harbour", "harbor",
        "border", "crossing", "checkpoint", "dam", "base", "highway", "motorway", "road",
        "railway", "railroad", "station", "pipeline", "refinery", "plant", "reactor", "prison",
        "camp", "terminal", "tunnel", "junction", "corridor", "frontier", "garrison",
        "barracks", "hospital", "canal", "reservoir", "mine", "depot", "laboratory", "lab",
        "farm", "zoo", "racecourse", "market", "slaughterhouse", "post", "outpost", "anchorage",
        # military geography: "the Kherson direction", "the Pokrovsk axis"
        "front", "frontline", "direction", "axis", "sector", "bridgehead", "salient",
    }
)  # fmt: skip
#: Facilities on a border or a front named after a place near them ("the Lachin corridor",
#: "the Torkham border post", "the Rafah crossing"): people and firms seldom name these.
BORDER_FACILITIES = frozenset(
    {"crossing", "checkpoint", "corridor", "border", "post", "outpost", "frontier", "gate"}
)
#: Lower-case land features after a name: "the Darién jungle", "the Sinai desert" name a
#: wide area (a province or a region), not the town of that name.
LAND_FEATURE_NOUNS = frozenset(
    {"jungle", "rainforest", "forest", "desert", "mountains", "highlands", "steppe", "savanna",
     "plains", "marshes", "wetlands", "swamps"}
)  # fmt: skip
#: People placed "in X" ("officials in Washington", "a spokesman in New York", "told
#: reporters in Geneva"), and their gatherings ("a hearing in Washington"), are in a town:
#: where a city and a province share the name, the city.
PERSON_NOUNS = frozenset(
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "reporter",
        "journalist", "correspondent", "lawmaker", "legislator", "ambassador", "envoy",
        "negotiator", "analyst", "aide", "prosecutor", "lawyer", "delegate", "representative",
        "minister", "officer", "source", "investigator", "leader",
        "hearing", "summit", "conference", "briefing", "meeting",
    }
)  # fmt: skip
#: A name right after one of these nouns names that body or vessel, not a place ("the naval
#: force Xyz said", "the conservation group Xyz", "the Chinese vessel Xyz").
NAMED_THING_NOUNS = frozenset(
    {
        "group", "force", "organisation", "organization", "agency", "company", "firm",
        "charity", "coalition", "alliance", "movement", "militia", "network", "foundation",
        "institute", "operation", "campaign", "vessel", "ship", "tanker", "carrier",
        "trawler", "freighter", "boat", "frigate", "destroyer", "warship", "yacht", "ferry",
        "newspaper", "broadcaster", "magazine", "airline", "bank", "fund", "consultancy",
        "submarine", "cruiser", "corvette", "icebreaker", "minesweeper", "gunboat", "tug",
        "barge", "liner", "dhow", "schooner", "sub", "gang", "cartel", "party", "syndicate",
    }
)  # fmt: skip
#: Evidence of a name recognised although the gazetteer lacks it ("the Xyz district").
TYPED_GUESS = "unknown name, but "
#: Nouns after which a place name names a pathogen or disease instead.
DISEASE_NOUNS = frozenset(
    {"virus", "viruses", "ebolavirus", "fever", "flu", "influenza", "vaccine", "disease"}
)

#: "the disputed region": a reference to the article's one disputed area, if it has one.
COREF_NOUNS = frozenset({"region", "territory", "enclave", "area"})


#: Titles before a person's name: "Mr. Jordan", "President Buhari" are people.
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president",
        "minister", "senator", "sen", "rep", "gov", "governor", "gen", "general", "col",
        "colonel", "capt", "captain", "sgt", "judge", "justice", "king", "queen", "prince",
        "princess", "pope", "rev", "father", "sister", "brother", "saint", "chancellor",
    }
)  # fmt: skip
#: Offices that end an entity naming a post, not a place: "Harris County Sheriff", "Paris
#: Police", "Kherson Governor"; the place is the rest of the name.
OFFICE_TITLES = frozenset(
    {
        "sheriff", "mayor", "governor", "police", "president", "minister", "premier",
        "commissioner", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "attorney",
        "council", "councillor", "councilman", "councilwoman", "senator", "legislator",
    }
)  # fmt: skip
#: Verbs whose subject is a place as a setting, not a government acting ("Paris hosted").
SETTING_VERBS = frozenset(
    {
        "be", "become", "remain", "lie", "sit", "stand", "host", "have", "see", "experience",
        "suffer", "receive", "record", "get", "look", "border", "neighbour", "neighbor", "lose",
        "flood", "shake", "swelter", "attract", "boast",
    }
)  # fmt: skip


class GazetteerLike(Protocol):
    """The part of :class:`claimmap.gazetteer.Gazetteer` that the geoparser uses."""

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Candidate]: ...

    def knows(self, name: str) -> bool: ...

    def get(self, source_id: str) -> Candidate | None: ...

    def country(self, code: str) -> Candidate | None: ...

    def country_of_demonym(self, word: str) -> str | None: ...

    def capital(self, country_code: str) -> Candidate | None: ...

    def admin1_seat(self, admin1: str) -> Candidate | None: ...

    def directional_area(self, direction: str, country_code: str) -> Candidate | None: ...

    def geometry(self, source_id: str) -> Any: ...  # a shapely geometry, or None


@dataclass(frozen=True)
class Toponym:
    """A recognised place reference, before resolution, with what the text says about it."""

    start: int
    end: int
    text: str
    name: str  # what to look up: the name, or the country name a demonym points to
    form: ToponymForm = "name"
    label: str = ""  # spaCy NER label the span carried, "" if none
    cue_kind: str | None = None  # kind announced by the words around it
    cue_country: str | None = None  # country announced by a demonym/country in the phrase
    direction: str | None = None  # "northern" in "northern Iraq"
    country_code: str | None = None  # demonyms and descriptors: the country they point to
    agent: bool = False  # subject of a verb: a capital standing for its government
    determiner: bool = False  # written "the X", as rivers and regions are, towns seldom
    article: bool = False  # "the" right before it, its own or a noun's ("the Danube port")
    owner: str | None = None  # "Russia's Far East": the country whose possessive precedes it
    person_in: bool = False  # "officials in Washington": people placed in it (a city, then)
    head: int = 0  # token index of the last token, for context look-ups
    evidence: tuple[str, ...] = ()
    province: str | None = None  # descriptors: "the Dagestani capital" → admin-1 "RU.17"
    people: bool = False  # a demonym describing people ("Eritrean migrants"): their origin


def toponym_at(span: Span, **fields: object) -> Toponym:
    """A :class:`Toponym` over a spaCy span (named as written unless ``name`` is given)."""
    values: dict[str, object] = {"name": span.text, "head": span.end - 1, **fields}
    return Toponym(start=span.start_char, end=span.end_char, text=span.text, **values)  # type: ignore[arg-type]


#: Reasons of a candidate that make it known in its own right (a capital, a world city, a
#: province's seat): meant wherever it lies, and never a stray of the article's area.
KNOWN_IN_OWN_RIGHT = frozenset({"national capital", "world city", "admin-1 seat"})
#: Kinds whose point says where in a country the article is (a country's centre does not).
AREA_POINT_KINDS = frozenset({"city", "admin1", "admin2"})
