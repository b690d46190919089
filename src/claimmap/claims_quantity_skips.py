"""Numbers in a claim that count nothing: names, dates, ages, "no one", "one of them".

Split from :mod:`claimmap.claims_quantities`, which reads the counts; deciding that a
number is not a count at all is its own job, read from the words around it: the proper
noun it belongs to ("Route 66"), the month before it ("Nov 20-21"), the noun it limits
("children under five") or the word that negates it ("no one").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred"}
    | {"thousand", "million", "billion", "trillion", "dozen"}
)
#: Month names and their short forms: a number next to one is a day of the month.
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
#: Time nouns a count of which is a duration: "for two days", "within 48 hours".
TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"}
)
#: Words after a time count that make it a point in time, not a length: "two days ago".
#: ("a 35-year-old man", "aged 40 years old": an age, not a length)
_POINT_AFTER = frozenset({"ago", "earlier", "later", "before", "previously", "old"})
#: Prepositions that limit a noun by age or size: "children under five", "people over 60".
_LIMITS = frozenset({"under", "over", "above", "below", "aged"})


def one_of(tok: Token) -> bool:
    """ "one" that counts nothing: a choice ("one of the officials"), part of a word
    ("one-way tickets"), one of a pair ("from one compound to another"), an object
    pronoun ("plans to build one in Nevada") or nobody at all ("no one was hurt")."""
    if tok.lower_ != "one":
        return False
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("no", "any", "every", "each", "someone"):
        return True  # "No one was injured": zero people, not one
    after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 5]]
    if after[:1] in (["of"], ["-"]) or "another" in after or "other" in after:
        return True
    return tok.dep_ in ("dobj", "pobj", "attr")  # (a subject "one was killed" counts)


def in_a_date(tok: Token) -> bool:
    """A day of the month: after or before a month's name ("Nov 20", "20 November"), or
    the end of a span of days that follows one ("Nov 20-21", "Nov 20 and 21", "7 or 8")."""
    doc = tok.doc
    if not tok.text.isdigit() or len(tok.text) > 2:
        return False
    before = doc[tok.i - 1].lower_.rstrip(".") if tok.i > 0 else ""
    after = doc[tok.i + 1].lower_.rstrip(".") if tok.i + 1 < len(doc) else ""
    if before in _MONTHS or after in _MONTHS:
        return True
    if before in ("-", "–", "to", "and", "or") and tok.i >= 2:  # ("by July 7 or 8")
        first = doc[tok.i - 2]
        return first.text.isdigit() and len(first.text) <= 2 and in_a_date(first)
    return False


#: Words before a year that make it one: "the 2023 spending bill", "since 2019".
_YEAR_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "in", "since"})


def a_year(tok: Token) -> bool:
    """A year written in digits after a determiner or "in"/"since": "the 2023 spending
    bill" names a bill of that year, it counts no bills."""
    if not (tok.text.isdigit() and len(tok.text) == 4 and tok.text[0] in "12"):
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _YEAR_BEFORE:
        return False
    if tok.text[:2] in ("19", "20"):
        return True
    return _singular_noun_after(tok)  # "a 1798 wartime law" (but "the 1500 troops")


def _singular_noun_after(tok: Token) -> bool:
    """Whether the noun ``tok`` modifies is singular: an older year names a thing of its
    time ("a 1798 law"); a count of more than one takes a plural."""
    head = tok.head
    return (
        head.i > tok.i and head.tag_ in ("NN", "NNP") and tok.dep_ in ("nummod", "amod", "compound")
    )


#: Length units a number of which is a size when it modifies a noun: "155mm howitzers".
_CALIBRES = frozenset({"mm", "millimetre", "millimeter", "cm", "inch"})


def a_calibre(tok: Token) -> bool:
    """ "155mm towed howitzers", "a 120-mm mortar": a size that names a kind of weapon or
    part, no count (but "150mm of rain" measures the rain)."""
    doc = tok.doc
    nxt = tok.i + 1
    if nxt < len(doc) and doc[nxt].text in ("-", "–"):
        nxt += 1
    if nxt >= len(doc) or doc[nxt].lower_ not in _CALIBRES:
        return False
    unit = doc[nxt]
    return unit.head.i > unit.i and unit.head.pos_ in ("NOUN", "PROPN")


def time_unit(tok: Token) -> Token | None:
    """The time noun a count measures, when the count is a length of time ("for two days",
    "about 35 days", "a 10-day trip") and not a point in it ("two days ago")."""
    doc = tok.doc
    nxt = tok.i + 1
    if nxt < len(doc) and doc[nxt].text in ("-", "–") and not tok.whitespace_:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].lemma_.lower() not in TIME_UNITS:
        return None
    after = [t.lower_ for t in doc[nxt + 1 : nxt + 3] if t.text not in ("-", "–")]
    return None if after[:1] and after[0] in _POINT_AFTER else doc[nxt]


def an_age(first: Token, unit: str | None) -> bool:
    """A bare number after "under"/"over" that limits the noun before it: "children under
    five" is an age, not a count of anything."""
    if unit is not None or first.lower_ not in _LIMITS or first.dep_ != "prep":
        return False
    return first.head.pos_ in ("NOUN", "PRON") and first.head.i < first.i


def in_a_name(tok: Token) -> bool:
    """A number that is part of a name: after a proper noun it belongs to ("Route 66")."""
    doc = tok.doc
    joined = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    if joined and doc[tok.i + 2].is_upper and doc[tok.i + 2].is_alpha:
        return True  # "4-AP", "3-MMC": a chemical's or a model's name
    if tok.i == 0 or tok.text.startswith("$"):
        return False
    if _spelled_name(tok):
        return True  # "Three Pagodas Pass", "the Five Eyes": a capitalised number word
    if _numbered_unit(tok):
        return True  # "17 Wing Winnipeg", "22 Squadron Leeds": a unit's name
    before = tok.nbor(-1)
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and (tok.head.i == before.i or before.head.i == tok.i)
    )


def _numbered_unit(tok: Token) -> bool:
    """A number written in digits before two or more singular capitalised nouns that no
    common noun follows ("17 Wing Winnipeg and 8 Wing Trenton"): a name, where a count
    names a plural ("13,221 North Koreans") or its thing ("four China Coast Guard ships")."""
    doc = tok.doc
    if not tok.text[:1].isdigit():
        return False
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        if doc[end].tag_ != "NNP":
            return False
        end += 1
    after = doc[end] if end < len(doc) else None
    counted = after is not None and after.pos_ == "NOUN"
    return end - tok.i > 2 and not counted


def _spelled_name(tok: Token) -> bool:
    """A number word capitalised inside a sentence that opens the proper noun it hangs on
    ("south to Three Pagodas Pass") is part of that name, and counts nothing."""
    head = tok.head
    if not tok.is_title or tok.lower_ not in NUMBER_WORDS or tok.is_sent_start:
        return False
    between = tok.doc[tok.i + 1 : head.i + 1]
    return (
        head.i > tok.i
        and len(between) > 0
        and all(t.pos_ == "PROPN" and t.is_title for t in between)
    )


def a_kind(tok: Token) -> bool:
    """A spelled number joined by a hyphen to a singular noun that modifies another noun
    ("the three-border zone", "a two-state solution"): a kind of thing, no count."""
    doc = tok.doc
    if tok.lower_ not in NUMBER_WORDS or tok.whitespace_ or tok.i + 2 >= len(doc):
        return False
    hyphen, noun = doc[tok.i + 1], doc[tok.i + 2]
    if hyphen.text not in ("-", "–") or noun.tag_ != "NN" or noun.lower_ in TIME_UNITS:
        return False
    return noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN")
