"""The fixed vocabulary of reasons an input is rejected, and the one helper that makes a Reject."""

from __future__ import annotations

import logging

from quotes.types import Reject

logger = logging.getLogger(__name__)

REASONS: tuple[str, ...] = (
    "binary",  # NUL bytes or many control characters near the start
    "invalid-utf8",  # not UTF-8, and not clean cp1252 either
    "empty",  # nothing but whitespace (a file, a record's text, or an article with no body)
    "broken-json",  # a JSONL line that does not parse
    "wrong-shape",  # parses, but is not an object, or a field has the wrong type
    "missing-text",  # no text field (in a record, or as a column of a table)
    "too-large",  # over the size guard (a text file, a single JSONL line)
    "unreadable",  # the OS, the decompressor or the table reader failed
)

RAW_CHARS = 500  # keep rejects files small: enough of the raw line to see what was wrong


def reject(
    source: str,
    reason: str,
    *,
    line: int | None = None,
    detail: str = "",
    raw: str | None = None,
) -> Reject:
    """A Reject with a reason from `REASONS`, logged once here as a warning."""
    if reason not in REASONS:
        raise ValueError(f"unknown reject reason {reason!r}; valid reasons: {', '.join(REASONS)}")
    where = source if line is None else f"{source}:{line}"
    logger.warning("skipping %s: %s%s", where, reason, f" ({detail})" if detail else "")
    if raw is not None and len(raw) > RAW_CHARS:
        raw = raw[:RAW_CHARS] + "…"
    return Reject(source=source, reason=reason, line=line, detail=detail, raw=raw)
