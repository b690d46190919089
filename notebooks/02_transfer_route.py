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
# # 02 · The alleged transfer route
#
# Movement sentences ("X had been transferred to Y through Z") become legs between resolved
# places; legs of the same mover are chained into a route. A leg is *stated* when a sentence
# says it, *inferred* when claimmap chained it from several statements.

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
# ## On the map
#
# Arrows show the direction of travel (solid: stated, dashed: inferred), labelled with the
# mover and the number moved. Claim sources sit at their seats. Click a leg for the sentence
# that supports it, who claims it, through which outlet and when.

# %%
claimmap.route_map(analysis)

# %% [markdown]
# ## Legs and distances
#
# Distances are geodesic (WGS84) between the resolved points.

# %%
figures.show(figures.legs_table(analysis))

# %% [markdown]
# ## Flow of movers
#
# Width is the number moved when the text gives one (else the route's number, or 1).

# %%
figures.show(figures.route_flow(analysis))

# %% [markdown]
# ## The movement events behind the legs

# %%
report.movements_table(analysis)
