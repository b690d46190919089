"""Keep "co-wrote" one word: the tokenizer's split at a prefix's hyphen misparses verbs.

spaCy cuts "co-wrote" into "co", "-", "wrote"; the parser then reads "co" as a verb of its
own and the hyphen as a clause, so "X, a fellow who co-wrote the report" ends its speaker
at "co" and the rest of the sentence (and the quotation after it) goes astray. As one
token the tagger reads it by its suffix ("co-wrote" VBD, "co-founder" NN), as it should.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: A lower-case word after the bound prefix "co-" ("co-wrote", "co-authored", "co-chairs").
_PREFIXED = re.compile(r"^co-[a-z]{3,}$")


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep "co-" words whole, beside its own token matcher."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    earlier = tokenizer.token_match

    def token_match(text: str) -> bool:
        return bool(_PREFIXED.match(text)) or bool(earlier and earlier(text))

    tokenizer.token_match = token_match
