"""Who a pronoun or a later sentence means: references across sentences.

"He" is the nearest person before it and "she" the nearest woman, where the text tells
a gender (a title, "spokeswoman", a pronoun after the name), else one whose gender it
leaves open; a person the sentences before name as a subject counts though no claim was
theirs ("Others, like Ana, say ... she said"). A news lede describes a speaker or a body
("South Korea's spy agency said") and the next sentences name it (see
``claims_actor_ledes``). Which gender the text tells of a name is ``claims_actor_genders``'
job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import Context, last_of, same_person
from claimmap.claims_actor_coref import before_bare_verb, in_relative, qualifies
from claimmap.claims_actor_genders import (
    PRONOUN_GENDER,
    TITLE_GENDER,
    actor_gender,
    person_genders,
)
from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_mentions import single_person, subject, unnamed_people
from claimmap.claims_actor_people import speaks_as_one
from claimmap.claims_actor_phrases import clean
from claimmap.claims_actor_they import people_spoken_of
from claimmap.claims_cues import words
from claimmap.claims_tokens import (
    ents_in,
    memo,
    sentence_at,
    text,
)
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


CountryOf = Callable[[str], str | None]

_PERSON_PRONOUNS = words(
    """
    he she him her i me
    """
)
_GROUP_PRONOUNS = words(
    """
    they them we us
    """
)
_THING_PRONOUNS = frozenset(["it", "its"])  # ("renewing its demand that X": its claim)


def pronoun_referent(word: str, parsed: Doc, met: Context, at: int) -> Actor | None:
    """ "He" is the nearest person before it, "she" the nearest woman where the text tells
    a gender, else the nearest whose gender it leaves open: a claimant met, or a person
    the two sentences before name as a subject ("Others, like Ana, say ... she said");
    "it" the last organisation, "they" one or a person."""
    if word in _PERSON_PRONOUNS:
        gender = PRONOUN_GENDER.get(word)
        found = [(i, a) for a, i in zip(met, met.at, strict=True) if a.kind == "person"]
        found += [
            (i, a)
            for i, end, a in met.claimants
            if a.kind != "person" and _one_person(parsed[i:end])
        ]
        found = sorted(found + _recent_people(parsed, met, at), key=lambda f: f[0])
        if gender is None:
            return found[-1][1] if found else None
        genders = memo(parsed, "person_genders", lambda: person_genders(parsed))
        told = [(i, actor_gender(a, genders), a) for i, a in found]
        fits = [(i, a) for i, g, a in told if g in (gender, None)]
        if gender == "m" and fits and _continues(*fits[-1], parsed, met, at):
            return fits[-1][1]
        if fits and _unnamed_just_before(*fits[-1], parsed, met, at):
            return fits[-1][1]  # "A nurse who asked not to be named said ... She said"
        if fits and _described_just_before(fits[-1][0], parsed, met, at):
            return fits[-1][1]  # "A smuggler from X gave a grimmer picture. '...,' he said"
        same = [a for _, g, a in told if g == gender] or [a for _, g, a in told if g is None]
        return same[-1] if same else None
    if word in _THING_PRONOUNS:
        governed, inside = _clause_antecedent(parsed, met, at)
        if governed:  # "Tasnim published video it said showed ...": Tasnim, or nobody
            return inside if inside is not None and inside.kind in _BODIES else None
        return body_subject(parsed, met, at) or last_of(met, _BODIES)
    if word in _GROUP_PRONOUNS:
        people = people_spoken_of(parsed, met, at) if word == "they" else None
        if people is not None:  # "X were held, the army said. They told ...": X
            return people
        group = _plural_claimant(parsed, met)
        bodies = [i for a, i in zip(met, met.at, strict=True) if a.kind in _BODIES]
        if group is not None and group[0] > max(bodies, default=-1):
            return group[1]  # "Residents said ... The embassy ... they said": no embassy
        return last_of(met, _BODIES) or last_of(met, ("person",))
    return None


def _unnamed_just_before(first: int, actor: Actor, parsed: Doc, met: Context, at: int) -> bool:
    """The nearest person before a pronoun is a claimant the text names by a common noun
    alone ("a teacher who asked not to be named"), quoted in this sentence or the one
    before: the pronoun tells that person's gender, so a woman named further back is not
    meant."""
    spans = [parsed[i:end] for i, end, a in met.claimants if i == first and a.name == actor.name]
    if not spans or actor.kind != "person":
        return False
    span = spans[0]
    if span.root.pos_ == "PROPN" or span.root.ent_type_ == "PERSON":
        return False
    here = sentence_at(parsed, at)
    before = sentence_at(parsed, here.start - 1).start if here.start > 0 else here.start
    return before <= first < at


def _described_just_before(first: int, parsed: Doc, met: Context, at: int) -> bool:
    """The nearest person before a pronoun is one the sentence right before (in the same
    paragraph) makes its subject by a common noun alone, quoted or not ("A smuggler from X,
    interviewed by phone, gave a grimmer picture. '...,' he said"): the text introduces
    the next speaker, whom the pronoun means rather than a man quoted further back."""
    from claimmap.claims_actor_countries import paragraph_first

    tok = parsed[first]
    if tok.pos_ != "NOUN" or tok.ent_type_ or any(i == first for i, _, _ in met.claimants):
        return False
    here = sentence_at(parsed, at)
    if here.start == 0 or first >= here.start:
        return False
    before = sentence_at(parsed, here.start - 1)
    return before.start <= first and before.start >= paragraph_first(parsed, at)


def _plural_claimant(parsed: Doc, met: Context) -> tuple[int, Actor] | None:
    """The last claimant written as a plural noun ("Residents of Kara"): a "they" after it
    means them, whatever actor they came out as, not a body quoted before them."""
    for first, end, actor in reversed(met.claimants):
        root = parsed[first:end].root
        if root.tag_ in ("NNS", "NNPS") and root.pos_ == "NOUN":
            return first, actor
    return None


_BODIES = ("organisation", "government", "outlet", "country")


def body_subject(parsed: Doc, met: Context, at: int) -> Actor | None:
    """ "Myanmar's military government did not respond. It has previously said ...": "it"
    opening a sentence is the body the sentence before (in its paragraph) made its
    subject, quoted or not, rather than one quoted earlier."""
    from claimmap.claims_actor_context import ORG_NOUNS
    from claimmap.claims_actor_countries import paragraph_first

    sent = sentence_at(parsed, at)
    if sent.start == 0 or any(not t.is_punct for t in parsed[sent.start : at]):
        return None
    before = sentence_at(parsed, sent.start - 1)
    if before.start < paragraph_first(parsed, at):
        return None
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lower_ in ORG_NOUNS or subj.ent_type_ == "ORG"):
        return None
    if subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children):
        return None  # "the ministries", "the army and the police": an "it" is not them
    found = met.describe(parsed[subj.left_edge.i : subj.right_edge.i + 1])
    return found if found is not None and found.kind in _BODIES else None


def _clause_antecedent(parsed: Doc, met: Context, at: int) -> tuple[bool, Actor | None]:
    """ "Tasnim later published video it said showed ...": an "it" inside a clause means the
    nearest body its sentence names before it (an organisation or a country), else the
    subject of a clause it depends on, named before it in the sentence, where that subject
    may be a body (an organisation's name or noun, not a person or a plural); what the
    text quoted earlier does not take it over. Whether a clause governing the "it" has a
    subject before it, and the body it names (``None`` where none fits)."""
    from claimmap.claims_actor_context import ORG_NOUNS

    if parsed[at].head.dep_ in ("ROOT", "parataxis"):
        # "Two Navy SEALs went missing, it said", "X was fired from Y, it said, and ...":
        # the speaker of the sentence, not a name in what it said
        return False, None
    conceded = _conceding_speaker(parsed, met, at)
    if conceded is not None:  # "X found that Y, though it did not say how": X
        return True, conceded
    sent = sentence_at(parsed, at)
    near = ents_in(parsed, sent.start, at, ("ORG", "GPE")) if parsed[at].lower_ != "its" else []
    # ("X was shipped from Y, Z said, renewing its demand": Z's, not the name nearest)
    near = [e for e in near if e.label_ == "ORG" or (met.country_of(e.text) and not qualifies(e))]
    found = met.describe(near[-1]) if near else None
    if found is not None and found.kind in _BODIES:  # "... the News after it backed X"
        return True, found
    head, governed = parsed[at].head, False
    while head.i != head.head.i and sent.start <= head.head.i < sent.end:
        head = head.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i >= at or subj.lower_ in _THING_PRONOUNS:
            continue
        governed = True
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        phrase = parsed[subj.left_edge.i : subj.right_edge.i + 1]
        body = _body_named(phrase) if subj.pos_ == "PROPN" else None
        named = subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "NORP")
        if body is not None and not plural:
            return True, body
        if plural or not (named or subj.ent_type_ == "ORG" or subj.lower_ in ORG_NOUNS):
            continue
        found = met.describe(phrase)
        if found is not None:
            return True, found
    return governed, None


#: Conjunctions of a clause that qualifies what its main clause's speaker said.
_CONCEDING = frozenset({"though", "although", "while", "but"})


def _conceding_speaker(parsed: Doc, met: Context, at: int) -> Actor | None:
    """ "A UN panel found that drones were used in X, though it did not say how": an "it"
    subject of a concessive clause on a claim's cue is that claim's speaker (a body), not a
    place its content names."""
    verb = parsed[at].head
    if parsed[at].dep_ != "nsubj" or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ in ("mark", "cc") and c.lower_ in _CONCEDING for c in verb.children):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= at:
        return None
    first = subj.left_edge.i
    found = next((a for i, _, a in reversed(met.claimants) if i == first), None)
    return found if found is not None and found.kind in _BODIES else None


def _body_named(phrase: Span) -> Actor | None:
    """A name the table knows as a body, or one the text named before within an
    organisation's name ("the Tasnim news agency" ... "Tasnim"): a body, whatever kind
    of entity the model took the bare name for."""
    from claimmap.claims_actor_lookup import org_actor

    name = clean(phrase.text)
    known = table_actor(name, doc=phrase.doc)
    if known is not None:
        return known
    words = name.split()
    doc = phrase.doc
    by_word = memo(doc, "org_name_words", lambda: _org_words(doc))
    for start, ent in by_word.get(words[0] if words else "", []):
        said = [t.text for t in ent]
        inside = any(said[i : i + len(words)] == words for i in range(len(said)))
        if start < phrase.start and len(said) > len(words) and inside:
            return org_actor(ent)
    return None


def _org_words(doc: Doc) -> dict[str, list[tuple[int, Span]]]:
    """The organisations the text names in two words or more, by each of their words: one
    pass per parse."""
    out: dict[str, list[tuple[int, Span]]] = {}
    for ent in ents_in(doc, 0, len(doc), ("ORG",)):
        if len(ent) > 1:
            for tok in ent:
                out.setdefault(tok.text, []).append((ent.start, ent))
    return out


def _continues(start: int, actor: Actor, parsed: Doc, met: Context, at: int) -> bool:
    """ "Ali Reza, the minister, said ... He warned": "he" speaking right after a claim
    goes on with that claim's speaker, where nobody the gender fits was named between and
    the paragraph is the same; an earlier "one man" or "his brother" the text marks male
    does not take it over. (Only "he": a speaker news text leaves ungendered is mostly a
    man, so a "she" still prefers the woman the text marked.)"""
    from claimmap.claims_actor_countries import paragraph_first

    # the last person quoted: "X said ... and accused Y" read with another claimant
    # ("the deployment") for "accused" leaves X the speaker a "he" goes on with
    people = [c for c in met.claimants if c[2].kind == "person"]
    if not people or people[-1][2] != actor:
        return False
    first = paragraph_first(parsed, at)
    if people[-1][0] >= first:
        return True
    # "X said ... ¶ '...,' he said": a quote opening the next paragraph goes on with X
    before = paragraph_first(parsed, first - 1) if first > 0 else first
    return parsed[first].is_quote and people[-1][0] >= before


def _one_person(span: Span) -> bool:
    """A claimant phrase meaning one person: "one of the officials", "a broker who ..."."""
    return single_person(span) or speaks_as_one(span)


def _recent_people(parsed: Doc, met: Context, at: int) -> list[tuple[int, Actor]]:
    """People named as the subject of a clause (or an example of it) in the two sentences
    before token ``at`` and in its own, outside any claim's content ("Smith said Jones was
    arrested" does not make Jones the "he" who speaks next)."""
    first = sentence_at(parsed, at).start
    for _ in range(2):
        first = sentence_at(parsed, first - 1).start if first > 0 else first
    out = []
    for ent in _people_named(parsed, first, at):
        inside = any(lo <= ent.start_char < hi for lo, hi in met.contents)
        if inside or not (subject(ent.root) or before_bare_verb(ent)) or in_relative(ent):
            continue
        # text_with_ws: "Jean-Robert Noël" stays the claimant met, not "Jean - Robert Noël"
        name = "".join(t.text_with_ws for t in ent if t.lower_ not in TITLE_GENDER).strip()
        if name:
            out.append((ent.start, same_person(name, met) or _described_person(ent, met)))
    return out + unnamed_people(parsed, met, first, at)


def _described_person(ent: Span, met: Context) -> Actor:
    """A person named but not quoted before, as their phrase describes them ("Prime
    Minister Ali Reza")."""
    first = max(ent.root.left_edge.i, sentence_at(ent.doc, ent.start).start)
    found = met.describe(ent.doc[min(first, ent.start) : ent.end])
    return (
        found if found is not None and found.kind == "person" else Actor(clean(ent.text), "person")
    )


def _people_named(parsed: Doc, first: int, last: int) -> list[Span]:
    """The people named between two tokens: those the model marked, and a proper noun an
    age introduces whatever the model took it for ("24-year-old Yorbelis")."""
    found = ents_in(parsed, first, last, ("PERSON",))
    for tok in parsed[first + 2 : last]:
        aged = parsed[tok.i - 1].lower_ == "old" and parsed[tok.i - 2].text == "-"
        if aged and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
            end = tok.i + 1
            while end < last and parsed[end].pos_ == "PROPN" and parsed[end].head.i >= tok.i:
                end += 1
            found.append(parsed[tok.i : end])
    return sorted(found, key=lambda e: e.start)


def owned_body(org: Actor, ent: Span, country_of: CountryOf) -> Actor:
    """ "Russia's Security Council": a body a country owns in the text is that country's,
    not the international one the table knows by the bare name; it keeps its owner so no
    seat lookup takes it for that one."""
    doc = ent.doc
    if org.country_code or ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return org
    owner = doc[ent.start - 2]
    code = country_of(owner.text) if owner.is_title else None
    if code is None:
        return org
    return Actor(f"{owner.text}'s {clean(ent.text)}", "organisation", country_code=code)


def local_sense(org: Actor, desc: Span, met: Context) -> Actor:
    """An acronym the table gives a body of a country the article never names ("RSF" as
    the Paris press-freedom group in a story on Sudan's Rapid Support Forces) has the
    article's sense: an unlisted body of the country the article locates most, so no seat
    lookup takes it for the row."""
    from claimmap.actors_table import is_acronym, load_actors

    table = load_actors()
    written = [t.text for t in desc if is_acronym(t.text)]
    name = next((w for w in written if getattr(table.find_exact(w), "name", None) == org.name), "")
    row = table.find_exact(name) if name else None
    if (
        row is None
        or row.country_code is None
        or row.name.lower() in memo(desc.doc, "lower_text", lambda: text(desc.doc).lower())
    ):
        return org
    counts = _article_countries(desc.doc, met)
    if not counts or row.country_code in counts:
        return org
    top = max(counts, key=lambda c: counts[c])
    return Actor(name, "organisation", country_code=top)


def _article_countries(doc: Doc, met: Context) -> dict[str, float]:
    """How often the article names each country: places it locates count a little more than
    demonyms and country names, which may name people or goods ("Iranian drones")."""
    from claimmap.claims_actor_countries import country_mentions

    counts: dict[str, float] = {}
    for _, code in country_mentions(doc, met.country_of):
        counts[code] = counts.get(code, 0.0) + 1.0
    for place in met.places:
        forms = place.mention_forms or ("name",) * len(place.mentions)
        named = sum(1 for form in forms if form != "demonym")
        if place.country_code and named:
            counts[place.country_code] = counts.get(place.country_code, 0.0) + 1.1 * named
    return counts
