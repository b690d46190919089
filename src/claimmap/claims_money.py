"""Sums of money in a claim's content: which currency a number is in ("$115 billion",
"Rs200bn", "up to €5,000") and how a sum written as one word reads.

Split from :mod:`claimmap.claims_quantities`, which reads every count; a sum differs
from other counts only in its unit, the currency, and in how it may be written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_tokens import memo

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A sum written as one word: a currency before the number ("Rs6", "£3bn"), or a
#: multiplier short form after it ("6bn", "Rs200bn").
_SIGN = r"(?:US\$|A\$|C\$|HK\$|S\$|NZ\$|\$|€|£|¥|₹|₦|(?-i:N)|Rs\.?)"
MONEY = re.compile(
    rf"^(?:{_SIGN}(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d+))?(bn|mn|m|tn|k)?"
    r"|(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(bn|mn|tn))$",
    re.IGNORECASE,
)
MONEY_IN_TEXT = re.compile(
    rf"(?<![\w$€£¥₹₦])(?:{_SIGN}(?P<num>\d)|(?P<bare>\d)(?=[\d,.]*(?:bn|mn|tn)\b))", re.I
)
#: Short multipliers: "Rs200bn", "$6bn", "Rs.300m" (one a sum takes only after a currency:
#: "a 300m wall" is metres).
SHORT_MULTIPLIERS = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3}

#: (Prefixed dollars first: "US$800" is no bare "$".)
CURRENCIES = {
    **{"US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD"},
    **{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR"},
    "₦": "NGN",
}
#: Words that make a number a large sum: "N1 billion".
_LARGE = frozenset({"million", "billion", "trillion", "bn", "m", "tn"})
_NAIRA = re.compile(r"^N\d[\d,.]*(bn|m|tn)?$")


def naira(parsed: Doc, i: int) -> bool:
    """ "N1 billion", "N50bn": the naira written with a plain N, which only a large sum
    after it tells from a name ("the N1 highway")."""
    m = _NAIRA.match(parsed[i].text)
    if m is None:
        return False
    return bool(m[1]) or (i + 1 < len(parsed) and parsed[i + 1].lower_ in _LARGE)


def currency_of(parsed: Doc, i: int) -> str | None:
    """The currency of the number at ``i``: "$115 billion" is dollars, whatever the
    multiplier word after it modifies."""
    tok = parsed[i]
    if naira(parsed, i):
        return "NGN"
    for symbol, code in CURRENCIES.items():
        if tok.text.startswith(symbol) or (i > 0 and parsed[i - 1].text == symbol):
            return code
    return None


RUPEE = "INR"
#: The states whose currency is written "Rs": which one a story's rupees are is the one
#: of these it names.
_RUPEES = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}


def story_rupee(parsed: Doc) -> str:
    """The rupee of the rupee-paying country the story names most (else India's)."""

    def find() -> str:
        from claimmap.claims import country_code_of

        named = [country_code_of(e.text) for e in parsed.ents if e.label_ in ("GPE", "NORP")]
        codes = [c for c in named if c in _RUPEES]
        top = max(codes, key=codes.count) if codes else "IN"
        return _RUPEES[top]

    return memo(parsed, "rupee", find)
