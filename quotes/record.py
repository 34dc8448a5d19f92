"""The output contract: one flat record per quote, one row per article, and their `Features`.

Records are plain dicts so they serialise straight to JSONL; `QUOTE_FEATURES` and
`ARTICLE_FEATURES` declare the same schema to `datasets`. Keep the three in step.
"""

from __future__ import annotations

from datasets import Features, Value

from quotes.types import Article, Quote

# Fields every quote carries, in the order they are written.
_QUOTE_CORE = {
    "id": Value("string"),
    "article_id": Value("string"),
    "quote": Value("string"),
    "type": Value("string"),
    "start": Value("int64"),
    "end": Value("int64"),
    "speaker": Value("string"),
    "speaker_mention": Value("string"),
    "speaker_start": Value("int64"),
    "speaker_end": Value("int64"),
    "speaker_type": Value("string"),
    "cue": Value("string"),
    "cue_start": Value("int64"),
    "cue_end": Value("int64"),
    "rule": Value("string"),
    "confidence": Value("float64"),
    "group": Value("int64"),
}

QUOTE_FEATURES = Features(
    {
        **_QUOTE_CORE,
        "title": Value("string"),
        "context": Value("string"),
        "source": Value("string"),
        "url": Value("string"),
        "date": Value("string"),
    }
)

ARTICLE_FEATURES = Features(
    {
        "id": Value("string"),
        "title": Value("string"),
        "text": Value("string"),
        "source": Value("string"),
        "url": Value("string"),
        "date": Value("string"),
        "quotes": [dict(_QUOTE_CORE)],
    }
)


def quote_id(article_id: str, quote: Quote) -> str:
    """Stable id: the article id and the content offsets."""
    return f"{article_id}:{quote.content.start}-{quote.content.end}"


def quote_record(article: Article, quote: Quote) -> dict:
    """The flat record of one quote, as written to `data/quotes/*.jsonl`."""
    text = article.text
    speaker, cue = quote.speaker, quote.cue
    return {
        "id": quote_id(article.id, quote),
        "article_id": article.id,
        "quote": text[quote.content.start : quote.content.end],
        "type": quote.type,
        "start": quote.content.start,
        "end": quote.content.end,
        "speaker": quote.speaker_name,
        "speaker_mention": text[speaker.start : speaker.end] if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_type": quote.speaker_type,
        "cue": text[cue.start : cue.end] if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "rule": quote.rule,
        "confidence": round(float(quote.confidence), 4),
        "group": quote.group,
        "title": article.title,
        "context": text[quote.paragraph.start : quote.paragraph.end],
        "source": article.source,
        "url": article.url,
        "date": article.date,
    }


def article_row(article: Article, records: list[dict]) -> dict:
    """The row of the `articles` config: the article and its quotes (core fields only)."""
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "source": article.source,
        "url": article.url,
        "date": article.date,
        "quotes": [{key: record[key] for key in _QUOTE_CORE} for record in records],
    }
