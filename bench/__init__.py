"""Benchmarks, run by hand (python -m bench.NAME): they print figures and assert nothing about time."""
