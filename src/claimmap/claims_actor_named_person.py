"""Who a claimant named as a person is: someone met before ("Reza" after "Ali Reza"), or
a new person with a role, an office and an employer ("Kremlin spokesman Ali Reza",
"Alberta Forestry and Parks Minister Ana Lee").

Split from :mod:`claimmap.claims_actors`, which decides what a claimant phrase names;
once it names a person, reading the name, title and employer around it is this module's
one job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_apposed import title_employer
from claimmap.claims_actor_common import local_actor
from claimmap.claims_actor_context import employed, same_person
from claimmap.claims_actor_employers import owner_org, title_org
from claimmap.claims_actor_full_names import named_before
from claimmap.claims_actor_lookup import org_actor, table_actor
from claimmap.claims_actor_offices import as_met, regional_office
from claimmap.claims_actor_phrases import (
    PERSON_ROLES,
    clean,
    is_rank,
    role_in,
    title_part,
    title_word,
)
from claimmap.claims_actor_posts import posted
from claimmap.claims_actor_refs import local_sense, owned_body
from claimmap.claims_actor_whole_names import whole_name
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context


def named_person(
    ent: Span, desc: Span, core: Span, orgs: list[Span], country: str | None, met: Context
) -> Actor:
    """A named claimant: "Defence Minister Ali Reza", "RSF spokesman Ali Reza", "a former
    inspector with the UNDP, Ali Reza"."""
    lead = 0  # "Spokesperson Mao Ning": a title the model took into the name
    while lead < len(ent) - 1 and (ent[lead].lower_ in PERSON_ROLES or is_rank(ent[lead])):
        lead += 1  # "Col Ana Lee": a rank too
    name = clean(whole_name(ent)[lead:].text)
    earlier = same_person(name, met)
    if earlier is None and " " not in name:
        earlier = named_before(name, ent[0], met)
    if earlier is not None and not _bare_before(earlier, desc, ent):
        return earlier
    role = role_in(desc, ent) or (_rank_word(ent[lead - 1].lower_) if lead else rank_before(ent))
    office = regional_office(desc, ent, role, country, met.places)
    if office is not None:  # "Alberta Forestry and Parks Minister": the province's office
        body, where = office
        return Actor(name, "person", body, where.country_code, role, located=where.label)
    # "Defence Minister Ali Reza": a one-word ORG just before the name is part of a title;
    # "Kremlin spokesman Ali Reza" (a lower-case role between) names his employer, as do
    # capitalised words before a lower-case role the model left out ("General Staff
    # spokesperson Ali Reza")
    named = [o for o in orgs if not title_part(o, ent)]
    org = org_actor(named[0], True) if named else owner_org(desc, met) or title_org(desc, ent)
    org = full_body(org or post_body(desc, ent) or title_employer(desc, ent), desc)
    if named and org is not None:  # "Russia's Security Council"
        org = owned_body(org, named[0], met.country_of)
    org = local_sense(org, desc, met) if org is not None else None  # "RSF" of a Sudan story
    org = as_met(org, desc, ent, met, country)
    person = Actor(name=name, kind="person", country_code=country, role=role)
    # "the agency's Johor director": seated in Johor, not at the agency's seat
    return posted(local_actor(employed(person, org), desc, met.country_of), desc, met.places)


def _bare_before(earlier: Actor, desc: Span, ent: Span) -> bool:
    """Was the person met before as a bare name (a headline's "..., Lukashenko says") while
    this phrase describes them ("Belarusian President Alexander Lukashenko")? Then this
    description is who they are, not the empty one met first."""
    told = earlier.country_code or earlier.role or earlier.organisation or earlier.located
    return not told and len(desc) > len(ent)


#: Heads of a civil body's name: "the Xyz Yanomami association", "the Abc farmers' union".
_BODY_HEADS = words(
    """
    association society federation union council committee commission foundation institute
    network alliance coalition movement organisation organization group league centre center
    """
)
_POST_PREPS = words(
    """
    of at with for
    """
)


def post_body(desc: Span, ent: Span) -> Actor | None:
    """ "Ana Lee, vice-president of the Xyz association": the body her post after the name
    is of, named by capitalised words the model did not take for an organisation; a civil
    body, so the post is not the state's."""
    for tok in desc:
        if tok.i < ent.end or title_word(tok) is None:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _POST_PREPS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lower_ not in _BODY_HEADS or obj.i >= desc.end:
                continue
            first = next(t.i for t in obj.subtree if t.dep_ != "det")
            if any(t.pos_ == "PROPN" and t.is_title for t in desc.doc[first : obj.i]):
                return Actor(clean(desc.doc[first : obj.i + 1].text), "organisation")
    return None


#: The full words of ranks written short ("Lt Col Ana Lee" is a colonel).
_RANK_WORDS = {
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "adm": "admiral",
    "brig": "brigadier",
    "capt": "captain",
    "cmdr": "commander",
    "sgt": "sergeant",
}


def rank_before(ent: Span) -> str | None:
    """The rank right before a name ("Lt Col Ana Lee": colonel; "Rear Admiral Ana Lee":
    admiral), her role: "the deputy commissioner" said later is someone else."""
    if ent.start == 0 or not is_rank(ent.doc[ent.start - 1]):
        return None
    return _rank_word(ent.doc[ent.start - 1].lower_)


def _rank_word(word: str) -> str:
    return _RANK_WORDS.get(word.rstrip("."), word)


def full_body(org: Actor | None, desc: Span) -> Actor | None:
    """ "Commission spokeswoman Ana Lee" after "The European Commission pushed back": the
    one-word employer is the body the text named in full before, where the actors table
    knows that full name (a bare last word names no seat)."""
    if org is None or org.country_code or " " in org.name or not org.name[:1].isupper():
        return org
    for ent in reversed(ents_in(desc.doc, 0, desc.start, ("ORG",))):
        said = clean(ent.text).split()
        if len(said) > 1 and said[-1] == org.name:
            return table_actor(" ".join(said), doc=desc.doc) or org
    return org
