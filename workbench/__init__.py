"""Isnad's core: claims, attribution chains, matching and reports, with no GUI dependency."""
