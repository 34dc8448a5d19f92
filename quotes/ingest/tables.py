"""Tables: parquet files (read a record batch at a time) and `save_to_disk` dataset folders.

Rows are numbered from 0, as they are indexed (`dataset[row]`); the number is the Reject's
`line` and, after a colon, part of the Article's source and default id.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quotes.ingest.files import InputFile
from quotes.ingest.records import Fields, record_article
from quotes.ingest.rejects import reject
from quotes.types import Article, Reject

if TYPE_CHECKING:
    import pyarrow as pa

logger = logging.getLogger(__name__)

BATCH_ROWS = 1024  # rows held at once; small enough for long articles, large enough to be fast


def _table_errors() -> tuple[type[Exception], ...]:
    # pyarrow is imported with the first table read, not with `quotes.ingest`: a build of JSONL
    # or text never needs it, and it costs a tenth of the interpreter's start-up
    import pyarrow as pa

    return (OSError, pa.ArrowException)


def read_parquet(file: InputFile, *, fields: Fields) -> Iterator[Article | Reject]:
    """The articles of a parquet file, streamed a record batch at a time."""
    source = str(file.path)
    if file.compression:
        # Parquet compresses its own pages and needs random access, which a stream lacks.
        detail = f"parquet inside {file.compression} is not supported; decompress it first"
        yield reject(source, "unreadable", detail=detail)
        return
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file.path)
    except _table_errors() as error:
        yield reject(source, "unreadable", detail=str(error))
        return
    names = parquet.schema_arrow.names
    if fields.text not in names:
        detail = f"no {fields.text!r} column; columns: {', '.join(names) or 'none'}"
        yield reject(source, "missing-text", detail=detail)
        return
    batches = parquet.iter_batches(batch_size=BATCH_ROWS, columns=fields.columns(names))
    yield from _rows_articles(_batch_rows(batches), file=file, source=source, fields=fields)


def read_saved_dataset(file: InputFile, *, fields: Fields) -> Iterator[Article | Reject]:
    """The articles of a `save_to_disk` folder: a Dataset, or each split of a DatasetDict."""
    from datasets import DatasetDict, load_from_disk  # importing datasets takes a second

    try:
        loaded = load_from_disk(str(file.path))
    except (*_table_errors(), ValueError, KeyError) as error:
        yield reject(str(file.path), "unreadable", detail=f"not a loadable dataset: {error}")
        return
    parts = list(loaded.items()) if isinstance(loaded, DatasetDict) else [("", loaded)]
    for split, dataset in parts:
        source = f"{file.path}/{split}" if split else str(file.path)
        key = f"{file.key}/{split}" if split else file.key
        if fields.text not in dataset.column_names:
            columns = ", ".join(dataset.column_names) or "none"
            detail = f"no {fields.text!r} column; columns: {columns}"
            yield reject(source, "missing-text", detail=detail)
            continue
        view = dataset.select_columns(fields.columns(dataset.column_names))
        batches = view.with_format("arrow").iter(BATCH_ROWS)
        part = InputFile(file.path, key, file.kind)
        yield from _rows_articles(_batch_rows(batches), file=part, source=source, fields=fields)


def _batch_rows(batches: Iterable[pa.RecordBatch | pa.Table]) -> Iterator[dict]:
    for batch in batches:
        yield from batch.to_pylist()


def _rows_articles(
    rows: Iterator[dict], *, file: InputFile, source: str, fields: Fields
) -> Iterator[Article | Reject]:
    """Articles from table rows; a read error mid-table rejects the rest of it, not the run."""
    row = 0
    while True:
        try:
            record = next(rows)
        except StopIteration:
            break
        except _table_errors() as error:
            yield reject(source, "unreadable", line=row, detail=str(error))
            return
        yield record_article(
            record, fields=fields, default_id=f"{file.key}:{row}", source=source, line=row
        )
        row += 1
    if row == 0:
        yield reject(source, "empty", detail="no rows")
