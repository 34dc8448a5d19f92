"""The output contract: one flat record per quote, one row per article, and their `Features`.

Records are plain dicts so they serialise straight to JSONL; `QUOTE_FEATURES` and
`ARTICLE_FEATURES` declare the same schema to `datasets`, and `QUOTE_SCHEMA` and `ARTICLE_SCHEMA`
to the dataset card, all four built from the field lists below. Keep records and lists in step.
"""

from __future__ import annotations

from functools import cache

from quotes.types import Article, Quote

# The schema as (field, dtype), in the order records are written. `Features` objects are built
# from it on first use (module `__getattr__`), so extracting quotes never imports `datasets`.
_QUOTE_CORE_FIELDS = (
    ("id", "string"),
    ("article_id", "string"),
    ("quote", "string"),
    ("type", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("speaker", "string"),
    ("speaker_mention", "string"),
    ("speaker_start", "int64"),
    ("speaker_end", "int64"),
    ("speaker_type", "string"),
    ("cue", "string"),
    ("cue_start", "int64"),
    ("cue_end", "int64"),
    ("rule", "string"),
    ("confidence", "float64"),
    ("group", "int64"),
)
_QUOTE_EXTRA_FIELDS = (
    ("title", "string"),
    ("context", "string"),
    ("source", "string"),
    ("url", "string"),
    ("date", "string"),
)
_ARTICLE_FIELDS = (
    ("id", "string"),
    ("title", "string"),
    ("text", "string"),
    ("source", "string"),
    ("source_offset", "int64"),
    ("url", "string"),
    ("date", "string"),
)
_QUOTE_CORE = tuple(name for name, _ in _QUOTE_CORE_FIELDS)
# The two configs' schemas as plain data, for the card (which must not import `datasets`):
# a field and its dtype, or a field and the schema of the records it lists.
QUOTE_SCHEMA: tuple[tuple[str, object], ...] = _QUOTE_CORE_FIELDS + _QUOTE_EXTRA_FIELDS
ARTICLE_SCHEMA: tuple[tuple[str, object], ...] = (*_ARTICLE_FIELDS, ("quotes", _QUOTE_CORE_FIELDS))


@cache
def _features() -> dict[str, object]:
    from datasets import Features, Value

    core = {name: Value(dtype) for name, dtype in _QUOTE_CORE_FIELDS}
    extra = {name: Value(dtype) for name, dtype in _QUOTE_EXTRA_FIELDS}
    article = {name: Value(dtype) for name, dtype in _ARTICLE_FIELDS}
    return {
        "QUOTE_FEATURES": Features({**core, **extra}),
        "ARTICLE_FEATURES": Features({**article, "quotes": [dict(core)]}),
    }


def __getattr__(name: str) -> object:
    """`QUOTE_FEATURES` and `ARTICLE_FEATURES`, built (and `datasets` imported) on first use."""
    if name in ("QUOTE_FEATURES", "ARTICLE_FEATURES"):
        return _features()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        "source_offset": article.source_offset,
        "url": article.url,
        "date": article.date,
        "quotes": [{key: record[key] for key in _QUOTE_CORE} for record in records],
    }
