"""Attribute quotes to speakers: entity index of the article, then mention resolution."""

from quotes.attribute.entities import EntityIndex
from quotes.attribute.resolve import resolve_speakers

__all__ = ["EntityIndex", "resolve_speakers"]
