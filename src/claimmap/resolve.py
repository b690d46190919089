"""Resolution: which gazetteer entry each recognised toponym means (geocoding).

Candidates come ranked from the gazetteer; we re-rank them with what the article says:

* explicit type cues ("province of" → admin-1, "the Italian city of" → a city in IT,
  "the Kenyan capital" → KE's capital);
* a container right after the name ("Paris, Texas", "Krasnodar, Russia");
* the countries the article mentions, by name or demonym;
* one sense per discourse: every mention of a name gets the same entry;
* population, capital and administrative-level priors;
* minimal spread: among otherwise close candidates, the one nearest the article's other
  places wins (a second pass, once first guesses exist).

Some answers are vetoed and reported as :class:`~claimmap.model.Unresolved`, with the
reason: gazetteer-only matches in a country the article never names ("the Centre"), short
codes that only match a town's alias ("E.U."), and small namesakes thousands of km from
every other place of the article ("Suffolk" → a US town in a story about England). A wrong
dot on a map is worse than a missing one.

Every decision keeps its reasons in ``Place.evidence``.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from claimmap.model import Candidate, Place, PlaceRole, Span, Unresolved
from claimmap.names import normalize_name
from claimmap.places_evidence import ARTICLE_COUNTRY_EVIDENCE, only_a_guess
from claimmap.places_lexicon import PLACE_LABELS
from claimmap.places_scoring import (
    Group,
    choose,
    container_pairs,
    context_counts,
    find_containers,
    km,
    list_mates,
    note_mate_kinds,
    sense_keys,
)
from claimmap.places_water import pin_rivers

if TYPE_CHECKING:
    from claimmap.places_lexicon import GazetteerLike, Toponym

log = logging.getLogger(__name__)

#: Fuzzy matches (names not known exactly) below this gazetteer score are left unresolved.
MIN_FUZZY_SCORE = 0.35
MIN_GUESS_SCORE = 0.4  # the same, for names that NER did not call places
MIN_FUZZY_CHARS = 5
#: Gazetteer-only matches in countries the article does not mention are kept from this size.
STRAY_MIN_POPULATION = 1_000_000
#: A small namesake this far from every other place of the article is left unresolved...
FAR_NAMESAKE_KM = 3_000
MAX_ANCHORS = 60
#: ...unless the gazetteer marks it as a place known in its own right.
PROMINENT = frozenset({"national capital", "admin-1 seat", "world city"})
#: Last words that make a name a body of water, not the town or province named after it.
WATER_NOUNS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits"})


def resolve(
    toponyms: list[Toponym], gaz: GazetteerLike, doc_id: str, text: str
) -> tuple[list[Place], list[Unresolved]]:
    """Turn recognised toponyms into one :class:`Place` per distinct place, plus misses."""
    corefs = [t for t in toponyms if t.form == "coref"]
    groups, unresolved = _group([t for t in toponyms if t.form != "coref"], gaz, doc_id, text)
    context = context_counts(groups)
    containers = find_containers(toponyms, groups)
    for group in groups.values():
        choose(group, context, containers, others=None)
    points = _anchors(groups)
    note_mate_kinds(groups, list_mates(toponyms, text))
    for group in groups.values():
        if len(group.candidates) > 1:
            choose(group, context, containers, others=[p for p in points if p is not group.choice])
    unresolved.extend(_drop_strays(groups, context, doc_id, text))
    unresolved.extend(_drop_codes(groups, doc_id, text))
    unresolved.extend(_drop_far_namesakes(groups, context, doc_id, text))
    unresolved.extend(_drop_water_namesakes(groups, doc_id, text))
    unresolved.extend(_attach_corefs(corefs, groups, doc_id, text))
    places = pin_rivers(_to_places(groups, gaz, doc_id, text), gaz, text)
    return places, unresolved


def _anchors(groups: dict[str, Group]) -> list[Candidate]:
    """First guesses of the most-mentioned names, to measure spread against (capped, so
    that a book-length text stays linear)."""
    ranked = sorted(groups.values(), key=lambda g: -len(g.toponyms))
    return [g.choice for g in ranked if g.choice and g.choice.kind != "region"][:MAX_ANCHORS]


def _drop_strays(
    groups: dict[str, Group], context: Counter[str], doc_id: str, text: str
) -> list[Unresolved]:
    """Names only the gazetteer saw (no NER place label) that land in a country the article
    never mentions are more likely common words or people than places ("the Centre")."""
    countries = {k for k in context if len(k) == 2}
    if not countries:
        return []
    out = []
    for key, group in list(groups.items()):
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"city", "admin1", "area", "facility"}
            or choice.country_code in countries
            or choice.population >= STRAY_MIN_POPULATION
            or any(
                t.label in PLACE_LABELS or t.cue_kind or _listed(t) or _placed_by_article(t)
                for t in group.toponyms
            )
        ):
            continue
        del groups[key]
        for top in group.toponyms:
            span = Span(doc_id, top.start, top.end, text[top.start : top.end])
            reason = f"{top.name!r}: only a {choice.kind} in {choice.country_code} matches, "
            out.append(Unresolved(span, reason + "a country the article does not mention"))
    return out


def _drop_water_namesakes(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "attacks in the Red Sea": a name that is a sea, gulf or strait by its last word is not
    the province or town named after it, unless the text says so ("Red Sea State")."""
    out = []
    for key, group in list(groups.items()):
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"city", "admin1"}
            or group.name.split()[-1] not in WATER_NOUNS
            or len(group.name.split()) < 2
            or any(t.cue_kind or t.form != "name" for t in group.toponyms)
        ):
            continue
        del groups[key]
        for top in group.toponyms:
            span = Span(doc_id, top.start, top.end, text[top.start : top.end])
            reason = f"{top.name!r} names a body of water; the gazetteer only has the "
            out.append(
                Unresolved(span, reason + f"{choice.kind} {choice.name} ({choice.country_code})")
            )
    return out


def _prominent_twin(group: Group) -> bool:
    """Whether an entry of the same name and country as the choice is known in its own
    right: a province named after its famous seat is no stray namesake."""
    choice = group.choice
    return choice is not None and any(
        c.country_code == choice.country_code
        and c.name == choice.name
        and (c.population >= STRAY_MIN_POPULATION or any(w in PROMINENT for w in c.why))
        for c in group.candidates
    )


def _drop_far_namesakes(
    groups: dict[str, Group], context: Counter[str], doc_id: str, text: str
) -> list[Unresolved]:
    """Minimal spread, as a veto: a small namesake thousands of km from every other place of
    the article, in a country it never names ("Suffolk" → a US town in a story about
    England), is likelier a place the gazetteer lacks than the one meant."""
    countries = {k for k in context if len(k) == 2}
    points = _anchors(groups)
    if not countries or len(points) < 2:
        return []
    out = []
    for key, group in list(groups.items()):
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"city", "admin1"}
            or choice.country_code in countries
            or choice.population >= STRAY_MIN_POPULATION
            or any(w in PROMINENT for w in choice.why)  # Geneva, Glasgow: not namesakes
            or _prominent_twin(group)  # the canton of Geneva chosen over its city
            or any(t.cue_kind or t.cue_country for t in group.toponyms)
        ):
            continue
        nearest = min((km(choice, p) for p in points if p is not choice), default=0.0)
        if nearest < FAR_NAMESAKE_KM:
            continue
        del groups[key]
        for top in group.toponyms:
            span = Span(doc_id, top.start, top.end, text[top.start : top.end])
            reason = f"{top.name!r}: its best match, {choice.name} ({choice.country_code}), "
            out.append(Unresolved(span, reason + f"lies {nearest:,.0f} km from the other places"))
    return out


def _listed(top: Toponym) -> bool:
    return any(e.startswith("listed with") for e in top.evidence)


def _placed_by_article(top: Toponym) -> bool:
    """Recognised because an entry lies in a country the article names (a neighbour of a
    disputed area the context counts do not see: "Khan Younis" beside "Gaza")."""
    return any(e.endswith(ARTICLE_COUNTRY_EVIDENCE) for e in top.evidence)


def _drop_codes(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "E.U.", "BAI": a short code that only matches a town by one of its alternate names is
    an airport or organisation code, not the town."""
    out = []
    for key, group in list(groups.items()):
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or not all(_is_code(t.text) and t.form == "name" for t in group.toponyms)
        ):
            continue
        if normalize_name(choice.name) == normalize_name(group.name):
            continue
        del groups[key]
        for top in group.toponyms:
            span = Span(doc_id, top.start, top.end, text[top.start : top.end])
            out.append(Unresolved(span, f"{top.text!r} is a code; only a town's alias matches"))
    return out


def _is_code(word: str) -> bool:
    """ "BAI", "E.U.", and abbreviations such as "Va.", "Calif.", "N.B." (state names in AP
    style, which the gazetteer may not hold)."""
    letters = word.replace(".", "")
    if not letters.isalpha() or len(letters) < 2:
        return False
    return (len(letters) <= 4 and letters.isupper()) or (
        word.endswith(".") and len(letters) <= 5 and word[:1].isupper()
    )


def _attach_corefs(
    corefs: list[Toponym], groups: dict[str, Group], doc_id: str, text: str
) -> list[Unresolved]:
    """ "The disputed region" joins the article's only disputed area; with none or several,
    it stays unresolved (with the reason)."""
    disputed = {
        g.choice.source_id: g for g in groups.values() if g.choice and g.choice.kind == "disputed"
    }
    out = []
    for top in corefs:
        if len(disputed) == 1:
            next(iter(disputed.values())).toponyms.append(top)
            continue
        span = Span(doc_id, top.start, top.end, text[top.start : top.end])
        out.append(Unresolved(span, f"{len(disputed)} disputed areas named: ambiguous reference"))
    return out


# --- grouping and candidates -----------------------------------------------------------------


def _group(
    toponyms: list[Toponym], gaz: GazetteerLike, doc_id: str, text: str
) -> tuple[dict[str, Group], list[Unresolved]]:

    groups: dict[str, Group] = {}
    unresolved: list[Unresolved] = []
    senses = sense_keys(toponyms)
    qualifiers = {id(top): nxt.name for top, nxt in container_pairs(toponyms)}
    for top in toponyms:
        if top.form in {"demonym", "descriptor"}:
            key = f"{top.form}:{top.country_code}"
        else:
            key = f"name:{normalize_name(top.name)}"
            if id(top) in senses:  # "Paris, Texas" … "Paris, France": two senses
                key += f"@{senses[id(top)]}"
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key=key, name=top.name)
        group.toponyms.append(top)
        if id(top) in qualifiers:
            group.qualifiers.add(qualifiers[id(top)])
    for key, group in list(groups.items()):
        group.candidates = _candidates(group, gaz)
        if not group.candidates:
            del groups[key]
            for top in (t for t in group.toponyms if not only_a_guess(t)):
                span = Span(doc_id, top.start, top.end, text[top.start : top.end])
                unresolved.append(Unresolved(span, f"no gazetteer entry for {top.name!r}"))
    return groups, unresolved


def _candidates(group: Group, gaz: GazetteerLike) -> list[Candidate]:
    first = group.toponyms[0]
    if first.form == "demonym":
        country = gaz.country(first.country_code or "")
        return [country] if country else []
    if first.form == "descriptor":
        capital = gaz.capital(first.country_code or "")
        return [capital] if capital else []
    exact = gaz.knows(group.name)
    pool: dict[str, Candidate] = {}
    for cand in gaz.lookup(group.name, limit=10, fuzzy=not exact):
        pool.setdefault(cand.source_id, cand)
    for top in group.toponyms:  # a cue may point to an entry the plain ranking cut off
        if top.cue_kind or top.cue_country:
            kind = top.cue_kind if top.cue_kind in {"city", "admin1", "country"} else None
            for cand in gaz.lookup(
                group.name, country=top.cue_country, kind=kind, limit=5, fuzzy=not exact
            ):
                pool.setdefault(cand.source_id, cand)
    for qualifier in sorted(group.qualifiers):  # "Paris, Texas": the Paris inside Texas
        for outer in gaz.lookup(qualifier, limit=1, fuzzy=False):
            if outer.kind in {"country", "admin1"} and outer.country_code:
                for cand in gaz.lookup(
                    group.name, country=outer.country_code, limit=5, fuzzy=not exact
                ):
                    pool.setdefault(cand.source_id, cand)
    cands = list(pool.values())
    if not exact:
        placed = any(t.label in PLACE_LABELS for t in group.toponyms)
        floor = MIN_FUZZY_SCORE if placed else MIN_GUESS_SCORE
        cands = [c for c in cands if c.score >= floor and len(group.name) >= MIN_FUZZY_CHARS]
    return cands


# --- places ----------------------------------------------------------------------------------


def _to_places(groups: dict[str, Group], gaz: GazetteerLike, doc_id: str, text: str) -> list[Place]:
    """One Place per entry; directional mentions ("northern Iraq") become areas."""
    by_id: dict[str, list[tuple[Toponym, Candidate, Group]]] = defaultdict(list)
    for group in groups.values():
        assert group.choice is not None
        for top in group.toponyms:
            cand = group.choice
            if top.direction and cand.kind == "country" and cand.country_code:
                area = gaz.directional_area(top.direction, cand.country_code)
                if area is not None:
                    cand = area
            by_id[cand.source_id].append((top, cand, group))
    places = []
    for source_id, items in by_id.items():
        items.sort(key=lambda item: item[0].start)
        places.append(_place(source_id, items, gaz, doc_id, text))
    places.sort(key=lambda p: p.mentions[0].start)
    return places


def _place(
    source_id: str,
    items: list[tuple[Toponym, Candidate, Group]],
    gaz: GazetteerLike,
    doc_id: str,
    text: str,
) -> Place:
    cand = items[0][1]
    mentions, forms = [], []
    for top, c, _ in items:
        start = top.start
        form = top.form
        if c.kind == "area" and top.direction:
            window = max(0, top.start - 40)
            found = text[window : top.start].lower().rfind(top.direction)
            start = window + found if found >= 0 else top.start
            form = "area"
        mentions.append(Span(doc_id, start, top.end, text[start : top.end]))
        forms.append(form)
    names = [t for t, _, _ in items if t.form == "name"]
    role: PlaceRole = "location"
    agents = sum(t.agent for t in names)
    if cand.kind == "city" and names and 2 * agents > len(names) and _is_capital(cand, gaz):
        role = "actor"  # named for its government more often than for the place
    groups = {id(g): g for _, _, g in items}.values()
    evidence = _evidence(items, groups, role)
    confidence = _confidence(list(groups), cand)
    return Place(
        id=source_id,
        doc_id=doc_id,
        name=cand.name,
        kind=cand.kind,
        country_code=cand.country_code,
        source_id=source_id,
        lat=cand.lat,
        lon=cand.lon,
        mentions=tuple(mentions),
        geonameid=cand.geonameid,
        role=role,
        confidence=confidence,
        has_geometry=cand.has_geometry,
        evidence=evidence,
        mention_forms=tuple(forms),
    )


def _is_capital(cand: Candidate, gaz: GazetteerLike) -> bool:
    if not cand.country_code:
        return False
    capital = gaz.capital(cand.country_code)
    return capital is not None and capital.source_id == cand.source_id


def _evidence(items: list, groups: object, role: str) -> tuple[str, ...]:
    out: list[str] = []
    for top, _, _ in items:
        for why in top.evidence:
            if why not in out:
                out.append(why)
    for group in groups:  # type: ignore[attr-defined]
        alts = len(group.candidates) - 1
        out.extend(r for r in group.reasons if r not in out)
        if alts:
            out.append(f"chosen over {alts} other entr{'y' if alts == 1 else 'ies'}")
    if role == "actor":
        out.append("capital used for its government (metonymy)")
    return tuple(out)


def _confidence(groups: list[Group], cand: Candidate) -> float:
    """0..1 from the winning margin; fuzzy matches and lone candidates are capped."""
    margin = max(g.margin for g in groups)
    conf = 1.0 / (1.0 + math.exp(-margin))
    if cand.fuzzy:
        conf = min(conf, 0.6)
    return round(max(0.05, min(0.99, conf)), 3)
