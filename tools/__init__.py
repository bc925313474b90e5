"""Development tools: data builders, site generators for tests and benchmarks (not installed)."""
