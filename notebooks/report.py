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
# # Article report
#
# What one article says, read by machine: the places it names, who claims what and when, and
# any movement it alleges between places.
#
# - **The alleged route**: a map of the places, the claim sources and the legs of any movement,
#   then the legs with their distances and a flow chart of who or what moved.
# - **Who claims what, and when**: the claims on a timeline and in a table.
# - **The text, annotated**: the article with places highlighted and claims underlined.
# - **Mentions that could not be placed**: names that looked like places but found no spot.
#
# Every dot, line and row links back to its sentence: click or hover to read the words it comes
# from, with their position in the text. All of this was extracted automatically and can be
# wrong: check each item against the article before you rely on it.

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
# ## The alleged route
#
# Legs are arrowed in the direction of travel: solid when the text states the hop, dashed when
# claimmap inferred it by chaining movements, and in finer patterns when the text tells the
# movement only as possible ("may have crossed") or as planned or threatened ("plans to send";
# the legend shows which). Claim sources sit at their seats, joined by thin
# dotted lines to the places their claims name. Click anything for its sentence; use the layer
# control to hide layers. In the legs table, "map" and the place names zoom the map to the leg
# or place and open it (Tab and Enter work too). The background is an offline Natural Earth
# basemap.

# %%
report.routes_summary(analysis)

# %%
claimmap.route_map(analysis)

# %%
report.legs_table(analysis)

# %%
figures.show(figures.route_flow(analysis))

# %% [markdown]
# ## Who claims what, and when
#
# One row per claimant. The bar around each date spans what the text's wording allows
# ("on Tuesday" is a day, "last week" a week); hollow dots are claims without a date of their
# own, shown at the publication date, crosses are non-answers ("declined to say where ..."),
# listed apart under the claims table.

# %%
figures.show(figures.claims_timeline(analysis))

# %%
report.claims_table(analysis)

# %% [markdown]
# ## The text, annotated
#
# Place mentions are highlighted, claim contents underlined (dashed when the claim is a denial,
# dotted when hedged or only alleged), mentions that could not be placed boxed; hover for the
# resolved place or the claimant and the character offsets. The `[start, end)` links in the
# tables above jump here.

# %%
report.annotated_text(analysis)

# %% [markdown]
# ## Mentions that could not be placed

# %%
report.unresolved_table(analysis)

# %%
report.data_credit()
