"""Ingest: files, folders and stdin to a stream of Articles, with a Reject for each bad input.

Kinds by extension: `.txt` or none (a text dump, split into articles), `.jsonl`/`.ndjson`/`.json`
(one object a line), `.parquet`, and folders written by `Dataset.save_to_disk`; any of the files
may be compressed as `.gz`, `.bz2`, `.xz` or `.zst`. Everything but a text file streams.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

from quotes.ingest.dump import DumpArticle, split_dump
from quotes.ingest.files import InputFile, input_files
from quotes.ingest.jsonl import read_jsonl
from quotes.ingest.records import Fields
from quotes.ingest.rejects import REASONS
from quotes.ingest.tables import read_parquet, read_saved_dataset
from quotes.ingest.text import read_stdin, read_text_file
from quotes.types import Article, Reject

__all__ = ["REASONS", "DumpArticle", "read_inputs", "split_dump"]

logger = logging.getLogger(__name__)

STDIN = "-"


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    id_field: str = "id",
    text_field: str = "text",
    title_field: str = "title",
    exclude: Path | None = None,
) -> Iterator[Article | Reject]:
    """Articles from files, folders (recursive, sorted) and `-` (stdin), in input order.

    Bad data never stops the stream: each bad file, line or row becomes a `Reject` whose
    `reason` is one of `REASONS`. A path that does not exist is a bad argument and raises
    FileNotFoundError before anything is read. Files inside `exclude` (the output folder)
    and hidden files inside folders are skipped.
    """
    fields = Fields(id=id_field, text=text_field, title=title_field)
    if isinstance(inputs, (str, Path)):
        raise TypeError("inputs must be a sequence of paths, not a single path")
    missing = [str(item) for item in inputs if str(item) != STDIN and not Path(item).exists()]
    if missing:
        raise FileNotFoundError(f"no such input(s): {', '.join(missing)}")
    for item in inputs:
        if str(item) == STDIN:
            yield from read_stdin()
            continue
        found = 0
        for file in input_files(Path(item), exclude=exclude):
            found += 1
            if isinstance(file, Reject):
                yield file
            else:
                yield from file_articles(file, fields=fields)
        if not found:
            logger.warning("no input files in %s", item)


def file_articles(file: InputFile, *, fields: Fields) -> Iterator[Article | Reject]:
    """The articles of one input file (or saved dataset folder), by its kind."""
    if file.kind == "jsonl":
        return read_jsonl(file, fields=fields)
    if file.kind == "parquet":
        return read_parquet(file, fields=fields)
    if file.kind == "dataset":
        return read_saved_dataset(file, fields=fields)
    return read_text_file(file)
