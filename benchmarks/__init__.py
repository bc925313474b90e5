"""Benchmarks of tinmine against baselines (development tooling, not installed): python -m benchmarks."""
