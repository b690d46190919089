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
# # 03 · Claim sources
#
# Who says what, through which outlet, and when. Each claimant gets one colour; on the map it
# sits at its seat (a government in its capital, an agency at its headquarters) with lines to
# the places its claims speak about. A claim read through another outlet ("told Sputnik") is
# also linked from that outlet's seat.

# %%
import claimmap
from claimmap import figures, report

# %% tags=["parameters"]
article_path = "../seeds/000_970ebeb8bf9b266c.txt"

# %%
doc = claimmap.load(article_path)
analysis = claimmap.analyze(doc)
report.article_header(analysis)

# %% [markdown]
# ## Claims by date
#
# The bar around each dot spans what the text's wording allows: "on Tuesday" is one day,
# "recently" a month. Hollow dots: no date of its own, drawn at the publication date.

# %%
figures.show(figures.claims_timeline(analysis))

# %%
report.claims_table(analysis)

# %% [markdown]
# ## Claim sources on the map

# %%
claimmap.claims_map(analysis)
