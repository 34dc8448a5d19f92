"""JSON Lines (`.jsonl`, `.ndjson`, `.json`): one article object a line, streamed line by line.

A broken line is a Reject with its line number and the rest of the file is still read. A line
that is not UTF-8 is decoded as cp1252 when that is clean (with one warning for the file).
Lines over `MAX_LINE_BYTES` are skipped without being held in memory.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import BinaryIO

from quotes.ingest.decode import decoded_text, first_bad_byte, looks_binary
from quotes.ingest.files import READ_ERRORS, InputFile, open_binary, read_head
from quotes.ingest.records import Fields, record_article
from quotes.ingest.rejects import reject
from quotes.types import Article, Reject

logger = logging.getLogger(__name__)

MAX_LINE_BYTES = 64 * 2**20  # one article of 64 MB is not news; refuse it rather than hold it


def read_jsonl(file: InputFile, *, fields: Fields) -> Iterator[Article | Reject]:
    """The articles of a JSONL file, in line order, and a Reject for each bad line."""
    source = str(file.path)
    try:
        head = read_head(file.path, file.compression)
    except READ_ERRORS as error:
        yield reject(source, "unreadable", detail=str(error))
        return
    if looks_binary(head):
        yield reject(source, "binary", detail="NUL or control bytes near the start")
        return
    number, records, warned = 0, 0, False
    try:
        with open_binary(file.path, file.compression) as stream:
            for number, data in _lines(stream):
                if data is None:
                    detail = f"line longer than {MAX_LINE_BYTES} bytes"
                    yield reject(source, "too-large", line=number, detail=detail)
                    records += 1
                    continue
                line, encoding = _decoded_line(data, first=number == 1)
                if line is None:
                    raw = data.decode("utf-8", "replace")
                    yield reject(
                        source, "invalid-utf8", line=number, detail=first_bad_byte(data), raw=raw
                    )
                    records += 1
                    continue
                if encoding != "utf-8" and not warned:
                    logger.warning("%s:%d is not UTF-8; decoded as %s", source, number, encoding)
                    warned = True
                if not line.strip():
                    continue  # blank lines (a trailing newline, spacing) carry no record
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as error:
                    if records == 0 and line.strip() in ("[", "{"):
                        # An indented JSON document, not JSON Lines: one reject, not one a line.
                        detail = "a pretty-printed JSON document; expected one object per line"
                        yield reject(source, "wrong-shape", line=number, detail=detail)
                        return
                    yield reject(source, "broken-json", line=number, detail=str(error), raw=line)
                    records += 1
                    continue
                records += 1
                yield record_article(
                    record,
                    fields=fields,
                    default_id=f"{file.key}:{number}",
                    source=source,
                    line=number,
                    raw=line,
                )
    except READ_ERRORS as error:
        yield reject(source, "unreadable", line=number + 1, detail=str(error))
        return
    if records == 0:
        yield reject(source, "empty", detail="no JSON lines")


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes None for a line over `MAX_LINE_BYTES`."""
    number = 0
    while data := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(data) <= MAX_LINE_BYTES or data.endswith(b"\n"):
            yield number, data
            continue
        while (more := stream.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
            pass  # skip the rest of the long line a chunk at a time
        yield number, None


def _decoded_line(data: bytes, *, first: bool) -> tuple[str | None, str]:
    if first and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # json.loads refuses a BOM
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        decoded = decoded_text(data)
    return (None, "") if decoded is None else decoded
