"""Packs: per kind of document, the knowledge its rules share (models, constraint helpers, catalogs), so
that rules import packs and never other rules."""
