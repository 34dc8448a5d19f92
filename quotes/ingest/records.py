"""One record (a JSONL object, a table row) to an Article, or a Reject saying why not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quotes.ingest.rejects import reject
from quotes.types import Article, Reject


@dataclass(slots=True, frozen=True)
class Fields:
    """Which record fields hold the id, text and title (`url` and `date` are fixed names)."""

    id: str = "id"
    text: str = "text"
    title: str = "title"

    def __post_init__(self) -> None:
        for name in ("id", "text", "title"):
            if not getattr(self, name):
                raise ValueError(f"{name}_field must be a non-empty field name")

    def columns(self, available: list[str]) -> list[str]:
        """The fields worth reading, among the `available` columns, without duplicates."""
        wanted = dict.fromkeys((self.id, self.text, self.title, "url", "date"))
        return [name for name in wanted if name in available]


def record_article(
    record: object,
    *,
    fields: Fields,
    default_id: str,
    source: str,
    line: int | None = None,
    raw: str | None = None,
) -> Article | Reject:
    """The Article a record describes; its text is used exactly as given.

    The id is the record's own (stringified) when it has one, else `default_id`.
    `source` and `line` say where the record was; `raw` is its input text, for a Reject.
    """
    problem = _problem(record, fields)
    if problem is not None:
        reason, detail = problem
        if raw is None:  # a table row has no text of its own; show its repr
            raw = repr(record)[:1000]
        return reject(source, reason, line=line, detail=detail, raw=raw)
    assert isinstance(record, dict)
    article_id = _string(record.get(fields.id))
    return Article(
        id=article_id if article_id is not None else default_id,
        text=record[fields.text],
        title=_string(record.get(fields.title)),
        url=_string(record.get("url")),
        date=_string(record.get("date")),
        source=source if line is None else f"{source}:{line}",
    )


def _problem(record: object, fields: Fields) -> tuple[str, str] | None:
    """(reason, detail) when the record cannot be an article, else None."""
    if not isinstance(record, dict):
        return "wrong-shape", f"expected an object, got {type(record).__name__}"
    text = record.get(fields.text)
    if text is None:
        present = ", ".join(map(str, record)) or "none"
        return "missing-text", f"no {fields.text!r} field; fields: {present}"
    if not isinstance(text, str):
        return "wrong-shape", f"{fields.text!r} is {type(text).__name__}, not a string"
    if not text.strip():
        return "empty", f"{fields.text!r} is blank"
    # A lone surrogate (from a JSON `\ud800` escape) cannot be written out as UTF-8 later.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return "invalid-utf8", f"{fields.text!r} holds a lone surrogate at {error.start}"
    return None


def _string(value: object) -> str | None:
    """A metadata value as a string: None and blank stay None, dates become ISO 8601."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = value if isinstance(value, str) else str(value)
    text = text.strip()
    if not text:
        return None
    return text.encode("utf-8", "replace").decode("utf-8")  # drop lone surrogates
