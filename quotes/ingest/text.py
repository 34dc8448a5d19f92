"""Plain text (`.txt`, no extension, stdin): a news dump split into articles by `split_dump`.

A text file is read whole, because splitting needs to look ahead (a headline repeated a few
blocks later). The size guard keeps that honest: a file over `MAX_TEXT_BYTES` (after
decompression) is rejected as "too-large" rather than streamed; split it, or convert it to
JSONL, which streams. `Article.source_offset` is the character offset of the article's text in
the decoded file, so `file_text[offset : offset + len(text)] == text`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import IO

from quotes.ingest.decode import decoded_text, first_bad_byte, looks_binary
from quotes.ingest.dump import split_dump
from quotes.ingest.files import READ_ERRORS, InputFile, open_binary
from quotes.ingest.rejects import reject
from quotes.types import Article, Reject

logger = logging.getLogger(__name__)

MAX_TEXT_BYTES = 200 * 2**20  # a day of a big site's news is a few MB; 200 MB is a mistake
HEAD_BYTES = 8192
STDIN_SOURCE = "<stdin>"


def read_text_file(file: InputFile) -> Iterator[Article | Reject]:
    """The articles of one text file, ids `{file.key}#{n}` for the n-th article."""
    source = str(file.path)
    try:
        if not file.compression and file.path.stat().st_size > MAX_TEXT_BYTES:
            yield _too_large(source)
            return
        with open_binary(file.path, file.compression) as stream:
            data = stream.read(MAX_TEXT_BYTES + 1)
    except READ_ERRORS as error:
        yield reject(source, "unreadable", detail=str(error))
        return
    yield from text_articles(data, key=file.key, source=source)


def read_stdin(stream: IO | None = None) -> Iterator[Article | Reject]:
    """The articles of the text on standard input, ids `stdin#{n}`."""
    stream = sys.stdin if stream is None else stream
    if stream is None:  # a process started without standard input
        yield reject(STDIN_SOURCE, "unreadable", detail="no standard input")
        return
    try:
        binary = getattr(stream, "buffer", None)
        if binary is not None:
            data = binary.read(MAX_TEXT_BYTES + 1)
        else:  # a text stream without bytes underneath (io.StringIO)
            data = stream.read(MAX_TEXT_BYTES + 1).encode("utf-8", "surrogateescape")
    except OSError as error:
        yield reject(STDIN_SOURCE, "unreadable", detail=str(error))
        return
    yield from text_articles(data, key="stdin", source=STDIN_SOURCE)


def text_articles(data: bytes, *, key: str, source: str) -> Iterator[Article | Reject]:
    """Decode `data`, split it into articles; a Reject for bad bytes or an article with no body."""
    if len(data) > MAX_TEXT_BYTES:
        yield _too_large(source)
        return
    if looks_binary(data[:HEAD_BYTES]):
        yield reject(source, "binary", detail="NUL or control bytes near the start")
        return
    decoded = decoded_text(data)
    if decoded is None:
        yield reject(source, "invalid-utf8", detail=first_bad_byte(data))
        return
    text, encoding = decoded
    if encoding not in ("utf-8", "utf-8-sig"):
        logger.warning("%s is not UTF-8; decoded as %s", source, encoding)
    line, counted, found = 1, 0, 0
    for n, (title, start, end) in enumerate(split_dump(text), 1):
        found = n
        line += text.count("\n", counted, start)
        counted = start
        if start == end:
            detail = f"article {n} ({title!r}) has nothing after its headline and captions"
            yield reject(source, "empty", line=line, detail=detail)
            continue
        yield Article(
            id=f"{key}#{n}",
            text=text[start:end],
            title=title,
            source=source,
            source_offset=start,
        )
    if not found:
        yield reject(source, "empty", detail="no text")


def _too_large(source: str) -> Reject:
    detail = f"over {MAX_TEXT_BYTES // 2**20} MB; split it or convert it to JSONL, which streams"
    return reject(source, "too-large", detail=detail)
