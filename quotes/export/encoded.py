"""An article's rows built and JSON-encoded where it was extracted, the unit a worker hands
back to the build loop, so that the main process only writes lines and counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quotes.export.shards import Encoded, encode
from quotes.record import article_row, quote_record
from quotes.types import Article, Quote


@dataclass(slots=True)
class EncodedArticle:
    """An article's rows, built and JSON-encoded where it was extracted: a worker process does
    this work, so the main process only writes lines (and counts)."""

    article_id: str
    tallies: list[tuple[str, str, str | None]]  # each quote's type, rule and speaker
    quote_lines: list[Encoded]
    article_line: Encoded


def encode_article(article: Article, quotes: Sequence[Quote]) -> EncodedArticle:
    """The article's rows, encoded; of each quote record only what the counts need travels
    back beside its line (a worker sends half the bytes it would with the records)."""
    records = [quote_record(article, quote) for quote in quotes]
    return EncodedArticle(
        article.id,
        [(r["type"], r["rule"], r["speaker"]) for r in records],
        [encode(record) for record in records],
        encode(article_row(article, records)),
    )
