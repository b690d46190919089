"""A place named after "of" at the end of a body's or a unit's name: "the Health Ministry of
Xyz", "the Children's Hospital of Xyz", "the City of Xyz", "the Municipal Corporation of
Greater Xyz".

NER takes the whole for one organisation (or, for "the City of Xyz", one place the gazetteer
does not hold), and the place inside it was lost. The annotated news corpora mark the place
in such a name — the government, city or hospital is the place's — but not in the name of a
university, a company or a newspaper ("the University of Xyz", "the Peanut Corporation of
America", "the Times of India"), which is a name like any other. So only a head noun that
says the body belongs to the place (its government, its ministry, its town hall, its
hospital) makes the name after "of" a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_admin2 import county_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.places_lexicon import GazetteerLike

#: Heads of a name "<head> of <place>" that belong to the place.
OF_PLACE_HEADS = frozenset(
    {"ministry", "government", "city", "town", "village", "state", "province", "county",
     "municipality", "hospital", "council", "commonwealth", "district", "governorate"}
)  # fmt: skip
#: "Municipal Corporation of Xyz": a head that belongs to the place only after this word.
_QUALIFIED_HEADS = {"corporation": "municipal"}
#: Kinds of entry the name after "of" must have.
_PLACE_KINDS = frozenset({"country", "disputed", "admin1", "admin2", "city"})


def place_after_of(span: Span, gaz: GazetteerLike) -> tuple[Span, str] | None:
    """(the place, evidence) for "the Health Ministry of Xyz" and the like, or None: the
    word before the first "of" is one of :data:`OF_PLACE_HEADS`, and the longest name
    after an "of" is known and capitalised."""
    doc = span.doc
    ofs = [t.i for t in span[1:-1] if t.lower_ == "of"]
    if not ofs or gaz.knows(span.text):
        return None
    head = doc[ofs[0] - 1]  # "the Ministry of Health of Xyz": the ministry's
    qualifier = _QUALIFIED_HEADS.get(head.lower_)
    if not head.text[:1].isupper() or not (
        head.lower_ in OF_PLACE_HEADS
        or (qualifier is not None and ofs[0] >= 2 and doc[ofs[0] - 2].lower_ == qualifier)
    ):
        return None
    for at in ofs:  # the longest known name after an "of": "the People's Republic of Xyz"
        tail = _tail_after(doc, at, span.end)
        if tail is None or not gaz.knows(tail.text):
            continue
        cands = gaz.lookup(tail.text, limit=1, fuzzy=False)
        if cands and cands[0].kind in _PLACE_KINDS:
            return tail, f"'{head.text} of': a body of the place"
    return None


def _tail_after(doc: Doc, at: int, end: int) -> Span | None:
    """The capitalised words after the "of" at ``at`` (less "the" and a final "'s")."""
    start = at + 2 if doc[at + 1].lower_ == "the" else at + 1
    end = end - 1 if doc[end - 1].text in {"'s", "’s"} else end
    tail = doc[start:end]
    if not len(tail) or not (tail[0].text[:1].isupper() and tail[-1].text[:1].isupper()):
        return None
    inner = all(t.text[:1].isupper() or t.is_punct or t.lower_ in _INNER_WORDS for t in tail)
    return tail if inner else None


#: Lower-case words inside a name: "the People's Republic of Xyz".
_INNER_WORDS = frozenset({"of", "the", "and", "'s", "’s"})


#: Words after a province's name that make the name a body of its government: "the Xyz
#: Department of Health", "Xyz Police", "the Xyz Governor", "the Xyz Pollution Control Board".
GOVERNMENT_WORDS = frozenset(
    {"department", "ministry", "health", "police", "governor", "premier", "government",
     "pollution", "executive", "legislature", "sheriff", "attorney"}
)  # fmt: skip
#: Kinds of unit whose government such a body is (a country's is read by ``leading_country``;
#: a town's police or newspaper is annotated one way as often as the other).
_UNIT_KINDS = frozenset({"admin1", "admin2", "disputed"})
#: Words a unit's name may take, at most.
_MAX_UNIT_WORDS = 4


def leading_unit(span: Span, gaz: GazetteerLike) -> Span | None:
    """ "the Xyz Department of Public Health", "Xyz County Executive" tagged an organisation:
    the province, county or disputed area whose government the body is, or None. The
    longest known name that opens the span, followed by a word of government."""
    doc = span.doc
    for stop in range(min(span.end - 1, span.start + _MAX_UNIT_WORDS), span.start, -1):
        part = doc[span.start : stop]
        following = doc[stop]
        if following.lower_ == "state" and stop + 1 < span.end:  # "Xyz State Department"
            following = doc[stop + 1]
        if (
            not part.text[:1].isupper()
            or part[-1].is_punct
            or following.lower_ not in GOVERNMENT_WORDS
            or not gaz.knows(part.text)
        ):
            continue
        if county_word(part.text):  # "Xyz County", maybe a name several states' share:
            return part  # only a county will do (the resolver's county cue)
        cands = gaz.lookup(part.text, limit=1, fuzzy=False)
        return part if cands and cands[0].kind in _UNIT_KINDS else None
    return None
