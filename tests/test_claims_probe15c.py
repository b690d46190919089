"""Claims after a fifteenth probe, speakers: a capitals dateline before a colon is no
speaker even when the tagger calls a later mention of the city a person; a quotation
followed by "said a teacher who ... and asked ..." keeps the teacher as its speaker; "X
reported, citing Y, that ..." is one claim at "reported", with no stray claim holding the
quotation before it; "said in a statement carried by the X news agency" names the agency
as the outlet; a listener the actors table lists as a body is no outlet."""

from __future__ import annotations

from helpers import claims_of, only, text_of
from spacy.tokens import Doc

from claimmap.claims_relay import relayed_reports
from claimmap.claims_tokens import RawClaim, bind
from claimmap.nlp import load_nlp


def test_a_capitals_dateline_is_no_speaker_when_the_city_is_tagged_a_person() -> None:
    found = claims_of(
        "GORAKHPUR: A US military aircraft carrying 96 Indian nationals landed in "
        "Gorakhpur on Tuesday afternoon, officials said, the second such flight this year. "
        "The C-17, which took off from El Paso in Texas, made a refuelling stop at Rota in "
        "Spain before reaching Gorakhpur at around 2.10 pm, state police said."
    )
    assert all(text_of(c.claimant) != "GORAKHPUR" for c in found)
    assert all(text_of(c.cue) != ":" for c in found)
    assert [text_of(c.claimant) for c in found] == ["officials", "state police"]
    assert found[0].content.text.startswith("A US military aircraft")


def test_a_speaker_after_the_quotation_survives_a_coordinated_relative() -> None:
    c = only(
        claims_of(
            '"Militias looted homes in Buea and we walked towards the coast," said a trader '
            "who arrived in Limbe last week and asked not to be identified."
        )
    )
    assert text_of(c.claimant) == "a trader"
    assert text_of(c.content) == '"Militias looted homes in Buea and we walked towards the coast,"'


def test_reported_citing_that_is_one_claim_at_the_cue() -> None:
    # the parse the tagger gives "Local media reported, citing unnamed aides, that ...":
    # the that-clause hangs on "citing", so "reported" alone is read with another content
    words = ["Local", "media", "reported", ",", "citing", "unnamed", "aides", ",", "that"]
    words += ["troops", "could", "leave", "."]
    heads = [1, 2, 2, 2, 2, 6, 4, 4, 11, 11, 11, 4, 2]
    deps = ["amod", "nsubj", "ROOT", "punct", "advcl", "amod", "dobj", "punct", "mark"]
    deps += ["nsubj", "aux", "ccomp", "punct"]
    tags = ["JJ", "NNS", "VBD", ",", "VBG", "JJ", "NNS", ",", "IN", "NNS", "MD", "VB", "."]
    lemmas = ["local", "medium", "report", ",", "cite", "unnamed", "aide", ",", "that"]
    lemmas += ["troop", "could", "leave", "."]
    parsed = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    bind(parsed)
    sentence, media = (0, len(parsed.text)), (0, 11)
    that = (parsed[8].idx, parsed[11].idx + len("leave"))
    reported, cite = (parsed[2].idx, parsed[3].idx - 1), (parsed[4].idx, parsed[5].idx - 1)
    bare = RawClaim(reported, (0, 5), media, 1, None, 2, "speech", sentence)
    citing = RawClaim(cite, that, media, 1, None, 4, "speech", sentence)
    found = relayed_reports(parsed, [bare, citing])
    assert [(r.cue_token, r.cue, r.content) for r in found] == [(2, reported, that)]


def test_a_statement_carried_by_a_news_agency_names_the_outlet() -> None:
    c = only(
        claims_of(
            "The army said in a statement carried by the Mehr news agency that the drones "
            "were launched from a base in the desert."
        )
    )
    assert text_of(c.claimant) == "The army"
    assert text_of(c.outlet) == "the Mehr news agency"
    assert c.content.text.startswith("that the drones")


def test_a_body_the_actors_table_lists_is_told_not_an_outlet() -> None:
    c = only(
        claims_of("The trade minister told the US Congress on Monday that tariffs would stay.")
    )
    assert c.outlet is None


def test_citing_hung_on_the_reported_clause_is_no_claim() -> None:
    found = claims_of(
        'The minister said that Ruritania had "made a grave error." Local media reported, '
        "citing anonymous sources, that the army could strike within days."
    )
    assert [text_of(c.cue) for c in found] == ["said", "reported"]
    assert found[1].content.text == "that the army could strike within days"
