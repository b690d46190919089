"""A name as an actor of the actors table, or as the article spells its acronym out.

"RSF" is what the article spells it out as ("Rapid Support Forces (RSF)"), whatever
else the actors table knows by those letters; an ORG mention the table does not know
keeps the country the text gives it elsewhere ("Ukraine's General Staff").

Split from :mod:`claimmap.claims_actor_context` (what the text around a claimant tells):
turning one name into an actor is a lookup every claimant rule shares, and needs no
context beyond the article's own spellings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors_table import is_acronym
from claimmap.claims_actor_countries import country_name, owner_country
from claimmap.claims_actor_names import initialled, spelled_out
from claimmap.claims_tokens import memo, text
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def table_actor(name: str, exact: bool = True, doc: Doc | None = None) -> Actor | None:
    """``name`` as an organisation, government or outlet of geo/actors.csv, or None. An
    acronym the article spells out is what it spells ("Rapid Support Forces (RSF)" is no
    Reporters Without Borders): the table's row only where the spelling names it too."""
    from claimmap.actors import OUTLET_KINDS
    from claimmap.actors_table import load_actors

    spelled = _spelling(name, doc)
    if spelled is not None:
        found = table_actor(spelled) or table_actor(spelled, exact=False)
        own = table_actor(name) if found is None else None
        if own is not None and own.name.lower().endswith(spelled.lower()):
            found = own  # "the U.N. Office for Xyz (OX)": the table's "UN Office for Xyz"
        owner = owner_country(doc, spelled)  # "Pakistan's Foreign Office ... The FO"
        if found is not None:
            return replace(found, country_code=found.country_code or owner)
        return Actor(spelled, "organisation", country_code=owner)
    table = load_actors()
    row = table.find_exact(name) if exact else table.find(name)
    if row is None:
        return None
    kind = "outlet" if row.kind in OUTLET_KINDS else "organisation"
    if row.actor_kind == "government":
        kind = "government"
    if generic_office(name):  # "Foreign Office": whose, the article says (see fallback_country)
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        return Actor(name=bare, kind=kind, country_code=None)  # type: ignore[arg-type]
    return Actor(name=row.name, kind=kind, country_code=row.country_code)  # type: ignore[arg-type]


#: The portfolio words of a ministry named without its country ("Foreign Office",
#: "Interior Ministry", "Ministry of Foreign Affairs"): every state has one.
_GENERIC_OFFICE = re.compile(
    r"^(?:the\s+)?(?:federal\s+)?(?:"
    r"(?:foreign|home|interior|defen[cs]e|justice|finance|health|information|"
    r"foreign affairs|home affairs|internal affairs)\s+(?:office|ministry)|"
    r"ministry\s+of\s+(?:the\s+)?(?:foreign affairs|interior|home affairs|internal affairs|"
    r"defen[cs]e|justice|finance|health|information))$",
    re.IGNORECASE,
)


def generic_office(name: str | None) -> bool:
    """A ministry named by its portfolio alone ("Foreign Office", "the Interior
    Ministry"): a table row of one country under that name must not decide whose it is;
    the place of the briefing or the article's country does."""
    return bool(name) and bool(_GENERIC_OFFICE.match(" ".join(str(name).split())))


def fallback_country(name: str | None) -> str | None:
    """The country of the table's row for a generic ministry name ("Foreign Office" is
    the British one), when nothing in the article tells whose it is."""
    from claimmap.actors_table import load_actors

    if not generic_office(name):
        return None
    row = load_actors().find_exact(str(name))
    return row.country_code if row is not None else None


def _spelling(name: str, doc: Doc | None) -> str | None:
    """What the article spells an acronym name ("the RSF") out as, if it does; "AFP
    Commander", an acronym before a role the model took into the name, is the acronym's."""
    from claimmap.claims_actor_phrases import PERSON_ROLES

    words = name.split()
    if len(words) == 2 and is_acronym(words[0]) and words[1].lower() in PERSON_ROLES:
        words = words[:1]
    if doc is None or not words or not is_acronym(words[-1]) or len(words) > 2:
        return None
    if len(words) == 2 and words[0].lower() != "the":
        return None
    spelled: dict[str, str] = memo(doc, "spelled_out", lambda: spelled_out(text(doc)))
    acronym = words[-1].replace(".", "")
    return spelled.get(acronym) or initialled(doc).get(acronym)


def org_actor(ent: Span, as_written: bool = False) -> Actor:
    """An ORG mention as an actor: the table's row where it knows the name (its name as
    written where ``as_written``: "Iran's Foreign Ministry spokesman" keeps his employer's
    name as the article gives it), else with the country the text gives it elsewhere
    ("Ukraine's General Staff"). An acronym the article spells out goes by that spelling."""
    name = _as_spelled(_clean(ent.text), ent.doc)
    found = table_actor(name, doc=ent.doc) or table_actor(name, exact=False)
    code = owner_country(ent.doc, name) or _owner_within(ent) or _opening_body(name)
    actor = found or Actor(name, "organisation", country_code=code)
    # "RSF spokesman" of an article that spells out "Rapid Support Forces (RSF)" goes by
    # that spelling, which no seat lookup takes for Reporters Without Borders
    misread = _spelling(name, ent.doc) is not None and found != table_actor(name)
    return replace(actor, name=name) if as_written and not misread else actor


def _opening_body(name: str) -> str | None:
    """ "White House National Security Council": a body the table knows, opening the
    name of one it does not, makes that one of its country (an outlet's name does not)."""
    from claimmap.actors import OUTLET_KINDS
    from claimmap.actors_table import load_actors

    words_ = name.split()
    for k in range(len(words_) - 1, 1, -1):
        row = load_actors().find_exact(" ".join(words_[:k]))
        if row is not None and row.kind not in OUTLET_KINDS and words_[k][:1].isupper():
            # "Amnesty International Nigeria": the body's branch in the country it ends with
            return country_name(" ".join(words_[k:])) or row.country_code
    return None


def _owner_within(ent: Span) -> str | None:
    """ "Mozambique's Ministry of Land and Environment" the model took for one name: the
    country owning the body is written inside it."""
    from claimmap.claims import country_code_of

    mark = next((t.i for t in ent[1:] if t.lower_ in ("'s", "’s")), None)
    if mark is None or mark + 1 >= ent.end or not ent.doc[mark + 1].is_title:
        return None
    return country_code_of(ent.doc[ent.start : mark].text)


def _as_spelled(name: str, doc: Doc) -> str:
    """A name as the article spells it before its acronym: "Tigray People Liberation Front"
    (cleaned of its "'s") is "Tigray People's Liberation Front", one name for the acronym
    and the full name alike."""
    spelled: dict[str, str] = memo(doc, "spelled_out", lambda: spelled_out(text(doc)))
    for full in spelled.values():
        bare = _clean(full)
        if bare == name and bare != full:
            return re.sub(r"^the\s+", "", full, flags=re.IGNORECASE)
    return name


def _clean(name: str) -> str:
    name = " ".join(name.replace("’s", "").replace("'s", "").split())
    if name.lower().startswith("the "):
        name = name[4:]
    name = re.sub(r"\s*\([A-Z][A-Za-z.&]{1,9}\)?$", "", name)  # "... Congress (OPLC": cut
    if name.startswith("NGO ") and name.count(" ") >= 2:  # "the NGO Forest Watch"
        name = name[4:]
    return name.strip(" ,.;:()")


def state_body(actor: Actor) -> bool:
    """A state organ, or a person holding an office of the state."""
    from claimmap.actors import GOVERNMENT_ROLES
    from claimmap.claims_actor_phrases import STATE_BODY
    from claimmap.claims_actor_spokes import SPOKES

    if generic_office(actor.organisation if actor.kind == "person" else actor.name):
        return True  # "Foreign Office spokesperson X": the state's of his briefing
    if actor.kind == "person":
        office = actor.role in GOVERNMENT_ROLES and actor.role not in SPOKES
        # "a government spokesman": the spokesman of a state's government, though no body
        # was split off as his organisation
        voice = actor.role in SPOKES and bool(_GOVERNMENT_VOICE.search(actor.name.lower()))
        return office or voice or bool(STATE_BODY.search((actor.organisation or "").lower()))
    return bool(STATE_BODY.search(actor.name.lower())) or _national_body(actor.name)


#: Words before a spokesperson that make him the voice of a state's government.
_GOVERNMENT_VOICE = re.compile(r"\b(?:government|presidency|cabinet|ministry|junta|regime)\b")
#: Last words of a state's national body's name: "the National Migration Service".
_NATIONAL_HEADS = frozenset(
    {"service", "institute", "agency", "office", "authority", "directorate", "commission"}
    | {"police", "guard", "council", "board", "department", "secretariat"}
)


def _national_body(name: str) -> bool:
    """ "National Migration Service", "National Disaster Management Agency", "State Border
    Committee": a body a state names national, whose country is the story's."""
    words_ = name.split()
    national = len(words_) >= 3 and words_[0] in ("National", "State")  # "State Border Committee"
    return national and words_[-1].lower() in _NATIONAL_HEADS | {"committee"}
