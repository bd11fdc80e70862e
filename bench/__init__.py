"""Performance and scale benchmark: `make bench`. Not part of the test suite (see README.md)."""
