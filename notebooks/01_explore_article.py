# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · Explore an article
#
# Read one article offline and see what claimmap finds in it: the places it names (resolved
# to coordinates or outlines), the claims and who makes them, and the mentions it could not
# place. Change `article_path` (or pass it with papermill `-p article_path PATH`).

# %%
import claimmap
from claimmap import report

# %% tags=["parameters"]
article_path = "../seeds/000_970ebeb8bf9b266c.txt"

# %%
doc = claimmap.load(article_path)
analysis = claimmap.analyze(doc)
report.article_header(analysis)

# %% [markdown]
# ## The text, annotated
#
# Highlighted: place mentions. Underlined: what a claim says. Hover a mark for the resolved
# place or the claimant, and the character offsets `[start, end)` into the text.

# %%
report.annotated_text(analysis)

# %% [markdown]
# ## Places
#
# One row per resolved place with its gazetteer id, kind and how sure the resolver is; then
# the same places on a map (cities as dots, areas as outlines or dashed rings when no outline
# is known). Click a place for each sentence that names it.

# %%
report.table(
    (
        (p.name, p.kind, p.country_code, p.source_id, f"{p.confidence:.2f}", len(p.mentions))
        for p in analysis.places
    ),
    ("place", "kind", "country", "gazetteer id", "confidence", "mentions"),
)

# %%
claimmap.places_map(analysis)

# %% [markdown]
# ## Claims

# %%
report.claims_table(analysis)

# %% [markdown]
# ## Mentions that could not be placed
#
# Set aside with a reason rather than dropped: check them before trusting the map.

# %%
report.unresolved_table(analysis)
