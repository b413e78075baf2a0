"""The outlets and sources dashboard: charts of verdicts, misattributions and anonymous sources, and who cites whom."""
