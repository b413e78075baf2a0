"""Claim matching: index form of text, a search index behind an interface, rescoring and calibrated scores."""
