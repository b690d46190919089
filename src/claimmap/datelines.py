"""Wire datelines: the place (and outlet and day) a story was filed from, read once.

A dateline opens a paragraph and ends where the story starts. The forms read
(also a section's kicker in capitals, for the parser only, :attr:`Dateline.kicker`):

- a place in capitals, then a dash: "WASHINGTON —", "KYIV, Ukraine (AP) —", "DENVER—The",
  "GOMA, Democratic Republic of Congo, Jan 24 (AP) -", "MOSCOW, Oct 6 (Reuters) -";
- several places joined by slashes: "NAIROBI/GENEVA, Aug 22 (AFP) -", "QUETTA / PESHAWAR:";
- a place in capitals, then a colon, the South Asian papers' form: "QUETTA: More than ...";
- a place in ordinary case with the day, then a dash: "Kathmandu, Jan 5 -- Agents ...";
- a press release's "PLEASANTON, Calif.--(BUSINESS WIRE)--";
- a place in capitals in brackets, then a dash: "(NEW YORK) —", "(HOUSTON) (AP) —".

Why it matters: the parser must not read the dateline into the first sentence (it gives
it a wrong subject), the geoparser takes the dateline's place as a city (a bureau), and
the claims take no speaker or content from it. One reader keeps the three in agreement.

A plain hyphen ends a dateline only after an outlet, a day, a name ("BEIRUT - ...") or a
name and its region ("FAIRVIEW, W.Va. - "), since "NATO, Russia and the US met - a first"
opens headlines. A colon ends one only in the first paragraphs of an article where no
other paragraph opens with a label in capitals (a transcript's "PENCE: ... / HARRIS: ..."),
and only after a name in capitals: "However:", "Note:" are ordinary openings. Whether a
lone "UPDATE:" or "PENCE:" names a place is left to the callers, which know the gazetteer
and the article's persons (:attr:`Dateline.colon`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimmap.calendar_names import MONTH_PATTERN

Bounds = tuple[int, int]


@dataclass(frozen=True)
class Dateline:
    """One dateline, as character offsets into the text."""

    #: From the first name to the end of the closing dash or colon.
    span: Bounds
    #: The place name(s) before the first comma or bracket: "NAIROBI", "GENEVA".
    names: tuple[Bounds, ...]
    #: The outlet in brackets, without them ("AP", "Reuters"), if any.
    outlet: Bounds | None
    #: The day ("Oct 6", "Jan 5, 2021"), if any.
    date: Bounds | None
    #: Where the story's words start, after the dateline and its spaces.
    story: int
    #: Whether a colon ends it ("QUETTA:"): callers confirm the name is a place's.
    colon: bool
    #: A section's kicker in capitals, no place ("FELLOW DOCTORS DOUBT HIM — ..."): no
    #: names; only the parser keeps it out of the first sentence, as it does a dateline.
    kicker: bool = False


#: Paragraphs that may open with a colon dateline.
COLON_PARAGRAPHS = 3
#: A dateline name longer than this is a headline in capitals, not a city.
_MAX_NAME_WORDS = 5
_MAX_TITLE_WORDS = 3
_MAX_KICKER_WORDS = 16
#: Characters between the name(s) and the outlet or the closing mark.
_MAX_REST = 60
_MONTH = rf"(?i:{MONTH_PATTERN})\.?"
#: "Oct 6", "Jan. 5, 2021", "12 March 2021".
_DAY = re.compile(rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?(?=[ ,(])")
_OUTLET = re.compile(r" ?\((?P<outlet>[^()\n]{1,30})\)")
_DASH = re.compile(r" (?:--|[-—–―])(?=[ \t]+\S)|[—–―](?=[^\W\d_])")
_SLASH = re.compile(r" ?/ ?")
#: A press release's "--(BUSINESS WIRE)--".
_WIRE = re.compile(r"--\((?P<outlet>[^()\n]{0,30})\)--")
_COLON = re.compile(r" ?:(?=[ \t]+\S)")
_SPACES = re.compile(r"[ \t]+")
#: What ends a word of a name: spaces, the dateline's punctuation, a slash.
_WORD = re.compile(r"[^\s,/():;—–―]+")


def find_datelines(text: str, starts: Iterable[int]) -> list[Dateline]:
    """The datelines that open the paragraphs beginning at ``starts`` (offsets into
    ``text``), in order. Pure: text in, plain data out."""
    starts = list(starts)
    found = [d for d in (_dateline_at(text, s) for s in starts) if d is not None]
    colons = [d for d in found if d.colon]
    if not colons:
        return found
    first = set(starts[:COLON_PARAGRAPHS])
    if len(colons) > 1 or colons[0].span[0] not in first:
        return [d for d in found if not d.colon]  # a transcript's labels, or a late label
    return found


def _dateline_at(text: str, start: int) -> Dateline | None:
    if text.startswith("(", start):
        return _bracketed(text, start)
    names, at = _caps_names(text, start)
    found = _ending(text, start, names, at, titled=False) if names else None
    if found is None and not names:
        end = _title_name(text, start)
        found = None if end is None else _ending(text, start, ((start, end),), end, titled=True)
    return found or _kicker(text, start)


def _bracketed(text: str, start: int) -> Dateline | None:
    """ "(NEW YORK) —", "(HOUSTON) (AP) —": one name in capitals in brackets, an outlet in
    brackets if any, then a dash. A wire's own name in brackets ("(AFP) —") is no place;
    the recogniser keeps only names the gazetteer knows."""
    end = _caps_name(text, start + 1)
    if end is None or not text.startswith(")", end) or text[start + 1 : end] in _WIRES:
        return None
    mark = end + 1
    outlet: Bounds | None = None
    m = _OUTLET.match(text, mark)
    if m is not None:
        outlet, mark = m.span("outlet"), m.end()
    dash = _DASH.match(text, mark)
    if dash is None:
        return None
    story = _SPACES.match(text, dash.end())
    return Dateline(
        span=(start, dash.end()),
        names=((start + 1, end),),
        outlet=outlet,
        date=None,
        story=story.end() if story else dash.end(),
        colon=False,
    )


#: Wire services whose name, in brackets, may open a paragraph without a place.
_WIRES = frozenset({"AFP", "APF", "DPA", "EFE", "UPI", "ANSA", "REUTERS", "XINHUA", "TASS", "IANS"})


def _kicker(text: str, start: int) -> Dateline | None:
    """A run of words in capitals, longer than a place's name, up to a spaced dash: the
    kicker that opens a section ("EVEN HIS PUBLISHER DOUBTS HIM — The head of ...")."""
    at, words = start, 0
    while words < _MAX_KICKER_WORDS:
        m = _WORD.match(text, at if words == 0 else at + 1)
        if (words and text[at : at + 1] != " ") or m is None or not _capitals(m.group()):
            break
        at, words = m.end(), words + 1
    dash = _DASH.match(text, at)
    if words <= 1 or dash is None or dash.group() == " -" or at - start < 3:
        return None
    story = _SPACES.match(text, dash.end())
    end = story.end() if story else dash.end()
    return Dateline((start, dash.end()), (), None, None, end, colon=False, kicker=True)


def _ending(
    text: str, start: int, names: tuple[Bounds, ...], at: int, *, titled: bool
) -> Dateline | None:
    """The rest of a dateline after its name(s): ", Region", ", Day", "(Outlet)", then the
    dash or colon; None when no such ending follows. A name in ordinary case needs the
    day right after it ("Kathmandu, Jan 5 --"; "However, Smith said --" is a sentence)."""
    lead = text[at + 2 : at + 3]
    if not text.startswith(", ", at) or not (lead.isupper() or lead.isdigit()):
        return None if titled else _close(text, start, names, at, None)
    day = _DAY.match(text, at + 2)
    if titled:
        return None if day is None else _close(text, start, names, day.end(), day.span())
    last = min(len(text), at + 2 + _MAX_REST)
    days = [(at + m.start(), at + m.end()) for m in _DAY.finditer(text[at : last + 1])]
    days = [d for d in days if text[d[0] - 2 : d[0]] == ", "]
    for end in range(at + 3, last + 1):
        if text[end - 1] in _NOT_IN_REST:
            return None
        date = next((d for d in reversed(days) if d[1] <= end), None)
        found = _close(text, start, names, end, date)
        if found is not None:
            return found
    return None


#: What the place's region and day ("Democratic Republic of Congo, Jan 24") never hold.
_NOT_IN_REST = frozenset("\n:()")


def _close(
    text: str, start: int, names: tuple[Bounds, ...], at: int, date: Bounds | None
) -> Dateline | None:
    """A dateline when an outlet (if any) and a closing dash or colon follow at ``at``."""
    outlet: Bounds | None = None
    m = _OUTLET.match(text, at)
    if m is not None:
        outlet, at = m.span("outlet"), m.end()
    colon = _COLON.match(text, at)
    mark = colon or _DASH.match(text, at) or _WIRE.match(text, at)
    if mark is not None and mark.re is _WIRE:
        outlet = mark.span("outlet") if mark.group("outlet").strip() else None
    if mark is None:
        return None
    if colon is not None and any(not text[a:b].isupper() for a, b in names):
        return None
    if mark.group() == " -" and not (outlet or date or _named(text, names[-1][1], at)):
        return None  # "NATO, Russia and the US met - a first": a hyphen in a headline
    story = _SPACES.match(text, mark.end())
    return Dateline(
        span=(start, mark.end()),
        names=names,
        outlet=outlet,
        date=date,
        story=story.end() if story else mark.end(),
        colon=colon is not None,
    )


def _named(text: str, end: int, at: int) -> bool:
    """Whether the words between the names and a hyphen name a place, if any: none
    ("BEIRUT - "), or a region in capitalised words ("FAIRVIEW, W.Va. - ")."""
    rest = text[end:at].removeprefix(", ")
    return all(w[:1].isupper() for w in rest.split())


def _caps_names(text: str, start: int) -> tuple[tuple[Bounds, ...], int]:
    """The names in capitals opening at ``start``, joined by slashes ("NAIROBI/GENEVA",
    "QUETTA / PESHAWAR"), and where they end; () when a name is too long or too short."""
    names: list[Bounds] = []
    at = start
    while True:
        end = _caps_name(text, at)
        if end is None:
            return (), start
        names.append((at, end))
        slash = _SLASH.match(text, end)
        if slash is None or _caps_name(text, slash.end()) is None:
            return tuple(names), end
        at = slash.end()


def _caps_name(text: str, start: int) -> int | None:
    """The end of a name of words in capitals ("PORT-AU-PRINCE", "ST. LOUIS") at
    ``start``, of 1 to 5 words and 3 characters or more."""
    end, words = start, 0
    while words < _MAX_NAME_WORDS + 1:
        m = _WORD.match(text, end if words == 0 else end + 1)
        if (words and text[end : end + 1] != " ") or m is None or not _capitals(m.group()):
            break
        end, words = m.end(), words + 1
    if words == 0 or words > _MAX_NAME_WORDS or end - start < 3:
        return None
    return end


def _capitals(word: str) -> bool:
    return word.isupper() and any(c.isalpha() for c in word) and not word.endswith("-")


def _title_name(text: str, start: int) -> int | None:
    """The end of a name in ordinary case ("Kathmandu", "New Delhi") at ``start``."""
    end, words = start, 0
    while words < _MAX_TITLE_WORDS:
        m = _WORD.match(text, end if words == 0 else end + 1)
        if (words and text[end : end + 1] != " ") or m is None or not m.group()[:1].isupper():
            break
        end, words = m.end(), words + 1
    return end if words else None
