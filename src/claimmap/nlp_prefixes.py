"""Keep "co-wrote", "re-exported" one word: the tokenizer's split at a bound prefix's
hyphen misparses verbs.

spaCy cuts "co-wrote" into "co", "-", "wrote"; the parser then reads "co" as a verb of its
own and the hyphen as a clause, so "X, a fellow who co-wrote the report" ends its speaker
at "co" and the rest of the sentence (and the quotation after it) goes astray. As one
token the tagger reads it by its suffix ("co-wrote" VBD, "co-founder" NN), as it should.
"re-", "pre-" and "non-" are as bound: "reported that the diesel had been re-exported"
lost its whole claim (the parser made "re" the verb, cutting the content at it).

A whole "re-exported" has no lemma of its own (spaCy's rules make it "re-exporte"), so
:func:`base_lemmas` gives a word of "re-" or "pre-" the lemma of the word after the prefix:
a repeated or earlier act is that act ("re-exported to Minsk" moves goods as "exported"
does, "re-entered" enters). "co-" and "non-" words keep their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: A lower-case word after a bound prefix, one that is no word alone ("co-wrote",
#: "co-chairs", "re-exported", "re-elected", "pre-loaded", "non-governmental").
_PREFIXED = re.compile(r"^(?:co|re|pre|non)-[a-z]{3,}$")
#: Prefixes of a repeated or earlier act, and the word after them.
_REPEATED = re.compile(r"^(?:re|pre)-([a-z]{3,})$")
#: The pipeline component that lemmatizes "re-" and "pre-" words by their base word.
PREFIXED_LEMMAS = "claimmap_prefixed_lemmas"


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep words of a bound prefix whole, beside its own token matcher."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    earlier = tokenizer.token_match

    def token_match(text: str) -> bool:
        return bool(_PREFIXED.match(text)) or bool(earlier and earlier(text))

    tokenizer.token_match = token_match

    if "lemmatizer" not in nlp.pipe_names:
        return
    from spacy.language import Language

    lemmatizer = nlp.get_pipe("lemmatizer")

    def base_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            found = _REPEATED.match(tok.lower_)
            if found is not None:
                tok.lemma_ = _base_lemma(lemmatizer, nlp, found[1], tok.pos_, tok.tag_)
        return doc

    if not Language.has_factory(PREFIXED_LEMMAS):
        Language.component(PREFIXED_LEMMAS, func=base_lemmas)
    nlp.add_pipe(PREFIXED_LEMMAS, after="lemmatizer")


def _base_lemma(lemmatizer: object, nlp: Language, word: str, pos: str, tag: str) -> str:
    """The lemma spaCy's rules give ``word`` alone with the tags of the prefixed word."""
    from spacy.tokens import Doc

    alone = Doc(nlp.vocab, words=[word])
    alone[0].pos_, alone[0].tag_ = pos, tag
    try:
        lemmas = lemmatizer.rule_lemmatize(alone[0])  # type: ignore[attr-defined]
    except (AttributeError, ValueError, KeyError):
        return word
    return str(lemmas[0]) if lemmas else word
