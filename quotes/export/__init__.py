"""Export: write articles and quotes as a Hugging Face dataset folder, published atomically.

with DatasetWriter("out", config, inputs=paths) as writer:
    for article, quotes in stream:
        writer.add(article, quotes)
"""

from quotes.export.split import SPLITS, split_of
from quotes.export.writer import DatasetWriter

__all__ = ["SPLITS", "DatasetWriter", "split_of"]
