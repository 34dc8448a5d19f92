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
    paras = list(paragraphs(text))
    quoted = quoted_spans(text, paras)
    found = find_speech(text, paras, quoted)
    if found:
        marked = [Span(q.open_at, q.close_end) for q in quoted]
        resolve_speakers(text, found, EntityIndex(text, marked))
    return found


def extract(text_or_article: str | Article) -> list[dict]:
    """Quote records (see `quotes.record`) for a text or an `Article`; offsets index its text."""
    article = (
        text_or_article
        if isinstance(text_or_article, Article)
        else Article(id="text", text=text_or_article)
    )
    return [quote_record(article, quote) for quote in find_quotes(article)]
