"""The extraction core: one article in, its attributed quotes out. Imports no engine."""

from __future__ import annotations

from quotes.attribute import EntityIndex, resolve_speakers
from quotes.detect import find_speech
from quotes.detect.marks import quoted_spans
from quotes.record import quote_record
from quotes.segment import paragraphs
from quotes.types import Article, Quote, Span


def find_quotes(article: Article) -> list[Quote]:
    """Every quote in `article`, detected, attributed and scored, in text order."""
    text = article.text
    found = find_speech(text)
    if not found:
        return found
    quoted = [Span(q.open_at, q.close_end) for q in quoted_spans(text, list(paragraphs(text)))]
    resolve_speakers(text, found, EntityIndex(text, quoted))
    return found


def extract(text_or_article: str | Article) -> list[dict]:
    """Quote records (see `quotes.record`) for a text or an `Article`; offsets index its text."""
    article = (
        text_or_article
        if isinstance(text_or_article, Article)
        else Article(id="text", text=text_or_article)
    )
    return [quote_record(article, quote) for quote in find_quotes(article)]
