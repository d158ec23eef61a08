"""Helpers the test folders share (kept out of the runtime packages)."""
