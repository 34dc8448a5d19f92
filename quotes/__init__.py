"""quotes: who said what in news text, as a Hugging Face dataset.

import quotes
quotes.extract("“We are ready,” the minister said.")
quotes.build(["news/"], "out/", split=(0.8, 0.1, 0.1))
"""

import logging

from quotes.extract import extract, find_quotes
from quotes.types import Article, Quote, Span

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    """`quotes.build`, imported on first use: building needs `datasets`, extracting does not."""
    if name == "build":
        from quotes.pipeline import build

        return build
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Article", "Quote", "Span", "build", "extract", "find_quotes"]
