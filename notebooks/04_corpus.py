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
# # 04 · A corpus of articles
#
# Many articles at once: counts per article, the places they share, and one map with each
# article's places and routes as layers. `corpus_path` is a directory of `.txt` (with optional
# `.meta.json`), `.json`, `.jsonl` or `.html` files, or one such file.

# %%
import claimmap
from claimmap import maps, report

# %% tags=["parameters"]
corpus_path = "../seeds"

# %%
docs = claimmap.load_many(corpus_path)
analyses = [claimmap.analyze(doc) for doc in docs]
report.corpus_table(analyses)

# %% [markdown]
# ## Places named across the corpus
#
# How many articles name each place, most shared first.

# %%
report.table(report.place_counts(analyses), ("place", "kind", "articles", "mentions"))

# %% [markdown]
# ## One map
#
# Each article's places and routes are layers of their own: switch them in the layer control.

# %%
maps.corpus_map(analyses)
