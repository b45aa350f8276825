"""Renderers: one module per kind of output. Each is a pure function of its input."""
