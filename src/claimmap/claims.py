"""Claims: who says what, when, through which outlet, about which places.

The stage reads the parse that places already used. ``claims_syntax`` finds cue, claimant
and content; ``claims_actors`` names the claimant; ``claims_date_phrase`` picks the date
phrase and ``claims_dates`` resolves it; ``claims_quantities`` reads the numbers; this
module assembles :class:`~claimmap.model.Claim` objects, their modality and the
per-claim DataFrame.
"""

from __future__ import annotations

import bisect
import functools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from claimmap.claims_actor_ranks import ranked_names
from claimmap.claims_actors import resolve_actors
from claimmap.claims_answered_allegations import answered_allegations
from claimmap.claims_author_voice import framed, writer_frame
from claimmap.claims_date_carry import same_statement
from claimmap.claims_date_phrase import claim_date, latest_day
from claimmap.claims_denial_sequels import answered_charges
from claimmap.claims_document_years import document_year, published_date
from claimmap.claims_headline_sources import headline_sources
from claimmap.claims_interviewee import interviewee_claims
from claimmap.claims_media import name_after_press_noun, press_speaker
from claimmap.claims_modality import caveats_on, modality
from claimmap.claims_outlet_back import named_back, outlet_told_before, told_back
from claimmap.claims_outlet_names import named_medium
from claimmap.claims_outlet_trim import medium_only
from claimmap.claims_part_quantities import part_quantities
from claimmap.claims_parts import quote_parts
from claimmap.claims_passive_hedges import continued_source
from claimmap.claims_syntax import RawClaim, find_claims
from claimmap.claims_tokens import (
    bind,
    span_at,
)
from claimmap.documents import require_document
from claimmap.errors import GazetteerError
from claimmap.model import Actor, Claim, Document, Place, Span
from claimmap.timelines import timeline_claim_date

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

log = logging.getLogger(__name__)


def extract_claims(doc: Document, parsed: Doc, places: Sequence[Place]) -> list[Claim]:
    """Every attributed claim of ``doc``, in text order, with provenance spans.

    Args:
        doc: the article (its ``published`` date anchors "last Saturday").
        parsed: the spaCy parse of ``doc.text`` (``claimmap.nlp.parse``).
        places: the resolved places; a claim lists those its content mentions.
    """
    if not doc.text.strip():
        return []
    bind(ranked_names(parsed), doc.text)  # "First Admiral Nurul Hizam": no rank in names
    raws = framed(parsed, find_claims(parsed))  # (claims_frame_asides: no claim, questions)
    actors = resolve_actors(raws, parsed, country_code_of, places, doc.published)
    raws, actors = writer_frame(raws, actors, parsed, doc, places)  # "I think …", datelines
    mentions = _mentions(places)
    out: list[Claim] = []
    for n, (raw, actor) in enumerate(zip(raws, actors, strict=True), start=1):
        if n > 1 and actor is None:  # "…, officials say. X is said to have …": theirs
            cue = parsed[raw.cue_token]
            actor = continued_source(raw, cue, raws[n - 2], out[-1].actor, doc.text)
        when, precision, date_span = claim_date(raw, parsed, doc, latest_day(out))
        when, precision, date_span = timeline_claim_date(raw, doc, (when, precision, date_span))
        if date_span is not None and document_year(doc.text, date_span.start, date_span.end):
            when, precision, date_span = published_date(doc)  # "resolution 1970 (2011)"
        if (
            precision == "published"
            and out
            and same_statement(raw, actor, raws[n - 2], out[-1], doc.text)
        ):
            when, precision, date_span = out[-1].date, out[-1].date_precision, out[-1].date_span
        outlet = raw.outlet or _relaying_outlet(raw, parsed, actor)
        if raw.outlet is None and raw.claimant is not None and actor is not None:
            medium = actor.name if actor.kind == "outlet" else None  # "…, the paper said"
            outlet = named_back(parsed, raw.claimant, medium) or outlet
        outlet = medium_only(parsed, outlet) if outlet is not None else None  # "Ukrinform"
        if outlet is None and out and told_back(parsed[raw.cue_token]):
            # "…, one source told the outlet": the medium named just before
            before = [(r.sentence, _at(c.outlet)) for r, c in zip(raws, out, strict=False)]
            outlet = outlet_told_before(raw, parsed, before)
        out.append(
            Claim(
                id=f"{doc.id}:claim{n}",
                doc_id=doc.id,
                content=_span(doc, raw.content),
                claimant=_span(doc, raw.claimant) if raw.claimant else None,
                actor=actor,
                cue=_span(doc, raw.cue),
                outlet=_span(doc, outlet) if outlet else None,
                date=when,
                date_precision=precision,
                date_span=date_span,
                modality=modality(raw, parsed, doc.text, actor),
                quantities=part_quantities(parsed, doc, raw),  # (not "one" of "one member said")
                place_ids=_places_in(raw.content, mentions),
                sentence=_span(doc, _strip(doc.text, raw.sentence)),
                kind=raw.kind,
                content_parts=tuple(
                    _span(doc, p) for p in quote_parts(doc.text, raw.content, raw.cue, raw.claimant)
                ),
                caveats=tuple(_span(doc, c) for c in caveats_on(raw, parsed, doc.text)),
            )
        )
    out = answered_charges(out, parsed)  # "X rejected the charge. “We never did it,” X said"
    out = answered_allegations(out, parsed)  # "Y said grain was shipped" … "no grain was"
    out = headline_sources(out, parsed, country_code_of)  # "…, customs say": whose customs
    out = interviewee_claims(out, parsed, places)  # headline "X commander answers", "A: …"
    log.debug("%s: %d claims", doc.id, len(out))
    return out


def claims(doc: Document) -> pd.DataFrame:
    """One row per claim of ``doc``, with its source's seat, for tables and maps."""
    import pandas as pd

    from claimmap.actors import seat_of
    from claimmap.model import Actor
    from claimmap.pipeline import analyze

    require_document(doc, "claims")
    rows = []
    for c in analyze(doc, stages="claims").claims:
        seat = seat_of(c.actor) if c.actor else None
        outlet_seat = (
            seat_of(Actor(name=c.outlet.text, kind="outlet"), outlet=True) if c.outlet else None
        )
        rows.append(
            {
                "id": c.id,
                "doc_id": c.doc_id,
                **_span_cols("claimant", c.claimant),
                **_span_cols("cue", c.cue),
                **_span_cols("content", c.content),
                "content_text": c.content_text,  # the quotations only, when a cue splits them
                **_span_cols("outlet", c.outlet),
                "actor": c.actor.name if c.actor else None,
                "actor_kind": c.actor.kind if c.actor else None,
                "organisation": c.actor.organisation if c.actor else None,
                "country_code": c.actor.country_code if c.actor else None,
                "date": c.date,
                "date_precision": c.date_precision,
                "date_text": c.date_span.text if c.date_span else None,
                "modality": c.modality,
                "quantities": [
                    {"text": q.span.text, "value": q.value, "bound": q.bound, "unit": q.unit}
                    for q in c.quantities
                ],
                "places": list(c.place_ids),
                "sentence": c.sentence.text if c.sentence else None,
                "kind": c.kind,
                "caveats": [k.text for k in c.caveats],
                "seat": seat.place_name if seat else None,
                "seat_lat": seat.lat if seat else None,
                "seat_lon": seat.lon if seat else None,
                "seat_precision": seat.precision if seat else "unplaced",
                "outlet_seat": outlet_seat.place_name if outlet_seat else None,
            }
        )
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    for col in _COLUMNS:
        if col.endswith(("_start", "_end")):
            frame[col] = frame[col].astype("Int64")
    return frame


_COLUMNS = [
    "id", "doc_id",
    "claimant", "claimant_start", "claimant_end", "cue", "cue_start", "cue_end",
    "content", "content_start", "content_end", "content_text",
    "outlet", "outlet_start", "outlet_end",
    "actor", "actor_kind", "organisation", "country_code", "date", "date_precision",
    "date_text", "modality", "quantities", "places", "sentence", "kind", "caveats",
    "seat", "seat_lat", "seat_lon", "seat_precision", "outlet_seat",
]  # fmt: skip


_CITING = frozenset({"citing", "quoting"})


def _relaying_outlet(raw: RawClaim, parsed: Doc, actor: Actor | None) -> tuple[int, int] | None:
    """ "The Kyiv Independent, citing the agency HUR, reported ...": a medium that relays
    the source it cites is the claim's channel as well as its speaker; so is one the text
    names as a newspaper or news agency."""
    if actor is None or raw.claimant is None:
        return None
    whole = named_medium(parsed, raw.claimant)  # "Russian news agency" + its split-off name
    who = span_at(parsed, whole[0], whole[1])
    if who is not None and press_speaker(who):
        return _medium_name(who)  # "..., the Moscow-based newspaper X reported"
    bare = actor.kind == "organisation" or (actor.kind == "person" and actor.role is None)
    reports = parsed[raw.cue_token].lemma_ == "report" and bare and actor.organisation is None
    if actor.kind != "outlet" and not reports:
        return None
    between = span_at(parsed, raw.claimant[1], raw.cue[0])
    cites = between is not None and any(t.lower_ in _CITING for t in between)
    after = any(c.lower_ in _CITING and c.i > raw.cue_token for c in parsed[raw.cue_token].children)
    cites = cites or (after and actor.kind == "outlet")  # "…, KCNA reported, citing Y"
    return raw.claimant if cites else None  # ("X, citing Y, reported": a body that reports)


def _medium_name(who: Span_) -> tuple[int, int]:
    """ "The junta-run Global New Light of Myanmar newspaper": the medium is its name (the
    last run of capitalised words, "of" joining them) before the press noun, without the
    words that describe it; one ending in the name after its press noun ("the Doha-based
    newspaper Al Bayan") is that name; a phrase with no such name stays whole."""
    given = _named_before_description(who)
    if given is not None:  # "Baltic Wire, a Riga-based outlet with sources in X": the name
        return given
    if who[-1].pos_ == "PROPN" or not who[-1].is_lower:  # "news agency Interfax": the name
        return name_after_press_noun(who) or (who.start_char, who.end_char)
    runs: list[list[Token]] = []
    for t in who:
        hyphened = t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"
        named = (t.pos_ == "PROPN" or (t.is_title and t.pos_ != "DET")) and not (
            hyphened or t.ent_type_ == "NORP"
        )  # "Russian news agency": a people's adjective is no medium's name
        joined = bool(runs) and runs[-1][-1].i == t.i - 1
        if named and joined:
            runs[-1].append(t)
        elif named:
            runs.append([t])
        elif joined and t.lower_ in _NAME_JOINS:
            runs[-1].append(t)
    if not runs:
        return who.start_char, who.end_char
    name = runs[-1]
    while name[-1].lower_ in _NAME_JOINS:
        name.pop()
    return name[0].idx, name[-1].idx + len(name[-1].text)


_NAME_JOINS = frozenset({"of", "de", "al", "&", "and"})


def _named_before_description(who: Span_) -> tuple[int, int] | None:
    """ "Baltic Wire, a Riga-based outlet": a name heading the phrase, then its
    description after a comma; the medium is the name."""
    root = who.root
    if root.pos_ != "PROPN" or (root.i != who.start and who[0].pos_ not in ("DET", "PROPN")):
        return None
    comma = root.i + 1
    if comma >= who.end or who.doc[comma].text != ",":
        return None
    if not any(c.dep_ == "appos" and c.i > comma for c in root.children):
        return None
    return who.start_char, root.idx + len(root.text)


def _mentions(places: Sequence[Place]) -> list[tuple[int, int, str]]:
    """(start, end, place id) of every place mention, in text order."""
    return sorted((m.start, m.end, p.id) for p in places for m in p.mentions)


def _places_in(content: tuple[int, int], mentions: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The places mentioned inside ``content``, in order of first mention (by bisection: a
    scan of every mention per claim made long texts quadratic)."""
    ids: list[str] = []
    at = bisect.bisect_left(mentions, (content[0], -1, ""))
    while at < len(mentions) and mentions[at][0] < content[1]:
        _, end, place_id = mentions[at]
        if end <= content[1] and place_id not in ids:
            ids.append(place_id)
        at += 1
    return tuple(ids)


def _strip(text: str, offsets: tuple[int, int]) -> tuple[int, int]:
    start, end = offsets
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _at(span: Span | None) -> tuple[int, int] | None:
    return (span.start, span.end) if span is not None else None


def _span(doc: Document, offsets: tuple[int, int]) -> Span:
    return Span(doc.id, offsets[0], offsets[1], doc.text[offsets[0] : offsets[1]])


def _span_cols(name: str, span: Span | None) -> dict[str, Any]:
    return {
        name: span.text if span else None,
        f"{name}_start": span.start if span else None,
        f"{name}_end": span.end if span else None,
    }


@functools.lru_cache(maxsize=4096)
def country_code_of(word: str) -> str | None:
    """ISO code of the country a word names ("Syrian", "Russia's", "France"), or None."""
    from claimmap.gazetteer import default_gazetteer

    word = word.replace("’s", "").replace("'s", "").strip()
    if word.lower().startswith("the "):
        word = word[4:]
    if not word or not word[0].isupper():
        return None
    try:
        gaz = default_gazetteer()
        code = gaz.country_of_demonym(word)
        if code:
            return code
        for cand in gaz.lookup(word, limit=3, fuzzy=False):
            if cand.kind == "country" and cand.matched_name.lower() == word.lower():
                return cand.country_code
            if cand.kind == "city" and cand.country_code and not word.isupper():
                capital = gaz.capital(cand.country_code)  # ("SLM" is a code, not Jerusalem)
                if capital is not None and capital.source_id == cand.source_id:
                    return cand.country_code  # "Damascus" speaking for Syria
    except GazetteerError as exc:
        log.warning("no gazetteer for actor countries: %s", exc)
    return None
