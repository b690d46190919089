"""The gazetteer build behind ``scripts/build_geo.py`` (see geo/README.md)."""
