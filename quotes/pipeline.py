"""The build loop: ingest -> extract (segment, detect, attribute) -> export."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing import get_context
from pathlib import Path

from quotes.config import BuildConfig
from quotes.export import DatasetWriter
from quotes.extract import find_quotes
from quotes.ingest import read_inputs
from quotes.types import Article, BuildStats, Quote, Reject

logger = logging.getLogger(__name__)

_CHUNK = 16  # articles per task sent to a worker process: amortises the hand-off


class BadInputError(Exception):
    """Raised in strict mode for the first input item that had to be skipped."""

    def __init__(self, reject: Reject) -> None:
        where = f"{reject.source}:{reject.line}" if reject.line else reject.source
        super().__init__(f"{where}: {reject.reason}{': ' + reject.detail if reject.detail else ''}")
        self.reject = reject


def extract_item(item: Article | Reject) -> tuple[Article | Reject, list[Quote]]:
    """Quotes of one ingested item (none for a reject). The unit of work of every engine."""
    if isinstance(item, Reject):
        return item, []
    return item, find_quotes(item)


def extract_stream(
    items: Iterable[Article | Reject], *, workers: int = 1
) -> Iterator[tuple[Article | Reject, list[Quote]]]:
    """`extract_item` over a stream, in input order, in `workers` processes.

    Order is kept (imap, not imap_unordered), so the output is byte-identical for any number
    of workers; the pool holds a bounded window of chunks, so memory stays flat.
    """
    if workers <= 1:
        yield from map(extract_item, items)
        return
    with get_context("spawn").Pool(workers) as pool:
        yield from pool.imap(extract_item, items, chunksize=_CHUNK)


def build(
    inputs: Sequence[str | Path], out_dir: str | Path, *, progress: bool = False, **options: object
) -> BuildStats:
    """Build the dataset folder `out_dir` from `inputs`; options are `BuildConfig` fields."""
    config = BuildConfig.from_options(**options)
    if config.engine == "datatrove":
        from quotes.engines.datatrove import build_with_datatrove

        return build_with_datatrove(inputs, out_dir, config)
    items = read_inputs(
        inputs,
        id_field=config.id_field,
        text_field=config.text_field,
        title_field=config.title_field,
        exclude=Path(out_dir),
    )
    with DatasetWriter(out_dir, config, inputs=[str(i) for i in inputs]) as writer:
        results = extract_stream(items, workers=config.workers)
        if progress:
            from tqdm import tqdm

            results = tqdm(results, unit=" articles", desc="quotes", leave=False)
        for item, quotes in results:
            if isinstance(item, Reject):
                if config.strict:
                    raise BadInputError(item)
                writer.reject(item)
            else:
                writer.add(item, quotes)
    return writer.stats
