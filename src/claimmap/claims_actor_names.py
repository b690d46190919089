"""The names an article gives its actors, read off the text.

The acronyms it spells out ("Rapid Support Forces (RSF)"), the name a described
claimant goes by ("a militia called the Mountain Brigade"), the words of the people it
names in full, and the names of groups the model took for people ("The Houthis said").

Split from :mod:`claimmap.claims_actor_phrases` (what the words of one claimant phrase
say): these read the whole article or its entities, and are shared by the actor lookup
and the country rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import clean
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_NAMING = words(
    """
    know call name dub
    """
)


def known_as(span: Span) -> Span | None:
    """The name a described claimant goes by: "Ukraine's military intelligence agency,
    known as HUR", "a militia called the Mountain Brigade", "a commander known as Abu Ali"."""
    root = span.root
    if root.pos_ == "PROPN":
        return None  # "Hamas, known as ...": named already
    for verb in root.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _NAMING:
            continue
        objs = [o for p in verb.children if p.lower_ == "as" for o in p.children]
        objs += [o for o in verb.children if o.dep_ in ("oprd", "attr", "dobj")]
        for obj in objs:
            # "known as FAMa": a capitalised name the tagger took for a plural noun
            named = obj.pos_ == "PROPN" or (obj.text[:1].isupper() and obj.i > obj.sent.start)
            if obj.dep_ in ("pobj", "oprd", "attr", "dobj") and named:
                first = next(t.i for t in obj.subtree if t.dep_ != "det")
                if span.start <= first and obj.i < span.end:
                    return span.doc[first : obj.i + 1]
    return None


def group_name(ent: Span) -> bool:
    """A name the model took for a person that the actors table knows as a group or body
    ("The Houthis said"), unless a person named in full in the text bears it."""
    from claimmap.actors_table import load_actors

    name = clean(ent.text)
    if ent[-1].is_title and ent[-1].lower_ in _GROUP_WORDS:
        return True  # "The Gulf Clan", "the Sinaloa Cartel": a name no person bears
    return name not in name_parts(ent.doc) and load_actors().find_exact(name) is not None


#: Last words of armed and criminal groups' names, which no person's name ends in.
_GROUP_WORDS = frozenset(
    {"clan", "cartel", "gang", "syndicate", "militia", "brigade", "brigades", "front", "movement"}
    # bodies: "the Sahel Migrants Observatory", which the model may take for a person
    | {"observatory", "institute", "foundation", "association", "coalition", "network", "centre"}
    | {"center", "forum", "monitor", "council", "agency", "commission", "union", "alliance"}
)


def name_parts(doc: Doc) -> frozenset[str]:
    """The words of the people the text names in full (two words or more)."""

    def find() -> frozenset[str]:
        people = ents_in(doc, 0, len(doc), ("PERSON",))
        return frozenset(t.text for e in people if len(e) > 1 for t in e)

    return memo(doc, "person_name_parts", find)


_BRACKETED = re.compile(r"\(([A-Z][A-Za-z.&]{1,9})\)")


def spelled_out(text: str) -> dict[str, str]:
    """Acronyms a text spells out: "the Rapid Support Forces (RSF)" → {"RSF": "Rapid
    Support Forces"}, the fewest words before the brackets whose capitals make it."""
    out: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        acronym = m[1].replace(".", "")
        before = text[max(0, m.start() - 160) : m.start()].split()[-12:]
        for k in range(1, len(before) + 1):
            parts = [p for w in before[-k:] for p in re.split(r"[-‐]", w) if p]
            if "".join(p[0] for p in parts if p[0].isupper()) == acronym.upper():
                out.setdefault(acronym, " ".join(before[-k:]).strip(',;:"“”'))
                break
    return out


def initialled(doc: Doc) -> dict[str, str]:
    """Acronyms the text uses bare after naming a body whose capitals make them: "The
    Australian Federal Police said ... AFP Commander Ann Lee said" → {"AFP": "Australian
    Federal Police"}; the article's own body, whatever else the letters may stand for."""

    def find() -> dict[str, str]:
        from claimmap.actors_table import is_acronym

        named: dict[str, tuple[int, str]] = {}
        for ent in ents_in(doc, 0, len(doc), ("ORG",)):
            own = [t.i for t in ent if t.lower_ in ("'s", "’s")]  # "Chad's Foreign Office"
            toks = [t for t in ent if t.i > max(own, default=-1) and t.lower_ != "the"]
            parts = [p for t in toks if not t.is_punct for p in re.split(r"[-‐]", t.text) if p]
            if len(parts) < 2 or not all(p[0].isupper() for p in parts):
                continue
            letters = "".join(_initials(p) for p in parts)
            named.setdefault(letters, (ent.start, clean("".join(t.text_with_ws for t in toks))))
        out: dict[str, str] = {}
        for tok in doc:
            found = named.get(tok.text.replace(".", ""))
            if found is not None and found[0] < tok.i and is_acronym(tok.text):
                out.setdefault(tok.text.replace(".", ""), found[1])
        return out

    return memo(doc, "initialled", find)


def _initials(word: str) -> str:
    """The letters a word gives an acronym: its first, or all of a dotted abbreviation
    ("U.S. Navy" is "USN", not the "UN" a "U.N." would match)."""
    bare = word.replace(".", "")
    return bare if "." in word and bare.isupper() else word[0]
