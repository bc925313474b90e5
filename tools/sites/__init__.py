"""Site generators: the bundled sample outlet, its larger variants for tests, the outlet replicas."""
