"""The build loop: ingest -> extract (segment, detect, attribute) -> export.

The loop reports its position in the input stream to the writer, which checkpoints now and then;
with `resume`, the writer adopts a killed build's checkpoint and the loop skips the items it
already wrote (see `quotes.resume`).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from multiprocessing import get_context
from multiprocessing.context import BaseContext
from pathlib import Path

from quotes.config import BuildConfig
from quotes.export import DatasetWriter
from quotes.export.encoded import EncodedArticle, encode_article
from quotes.extract import find_quotes
from quotes.ingest import read_inputs
from quotes.ingest.rejects import reject
from quotes.types import Article, BuildStats, Quote, Reject

logger = logging.getLogger(__name__)

_CHUNK = 8  # articles per task to a worker: amortises the hand-off, small enough that the last
# tasks keep both cores busy (scripts/bench.py --workers 1 2: speed-up 1.50-1.78 with 8,
# 1.55-1.68 with 16, 1.34-1.42 with 48)

# Size guards. Each quote record copies its paragraph as `context`, so output grows with the
# quotes of a paragraph times its length; and one pathological item (a log file, a book on one
# line) is not news. News paragraphs are a few hundred characters and long reads some 100k in
# all, so these limits reject only what is not news; such items become Rejects with reason
# "too-large". Detection itself is linear: `scripts/bench.py` and the reliability tests time
# dense inputs (216k characters of one quote every 54 extract in about half a second).
MAX_ARTICLE_CHARS = 500_000
MAX_PARAGRAPH_CHARS = 100_000  # a paragraph is a line (`quotes.segment.paragraphs`)


class BadInputError(Exception):
    """Raised in strict mode for the first input item that had to be skipped."""

    def __init__(self, reject: Reject) -> None:
        where = f"{reject.source}:{reject.line}" if reject.line else reject.source
        detail = " ".join(reject.detail.split())  # one line, whatever the reader said
        super().__init__(f"{where}: {reject.reason}{': ' + detail if detail else ''}")
        self.reject = reject


def oversize(article: Article) -> Reject | None:
    """A "too-large" Reject (logged) for an article over the size guards, else None. Linear
    time; `extract_item` applies it too, for engines that call it directly."""
    if len(article.text) <= MAX_PARAGRAPH_CHARS:
        return None  # no paragraph is longer than the article: most articles stop here
    if len(article.text) > MAX_ARTICLE_CHARS:
        detail = f"{len(article.text):,} characters, over {MAX_ARTICLE_CHARS:,}"
    else:
        longest = max(map(len, article.text.split("\n")))
        if longest <= MAX_PARAGRAPH_CHARS:
            return None
        detail = f"a paragraph of {longest:,} characters, over {MAX_PARAGRAPH_CHARS:,}"
    return reject(
        article.source or article.id, "too-large", detail=f"article {article.id}: {detail}"
    )


def _guarded(items: Iterable[Article | Reject]) -> Iterator[Article | Reject]:
    """`items` with oversize articles turned into Rejects here, in the main process, so that
    the reject is logged where logging is set up and never reaches a worker."""
    for item in items:
        yield (oversize(item) or item) if isinstance(item, Article) else item


def extract_item(item: Article | Reject) -> tuple[Article | Reject, list[Quote]]:
    """Quotes of one ingested item (none for a reject, or for an article over the size guards,
    which comes back as a Reject). The unit of work of every engine."""
    if isinstance(item, Reject):
        return item, []
    too_large = oversize(item)
    if too_large is not None:
        return too_large, []
    return item, find_quotes(item)


def encode_item(item: Article | Reject) -> EncodedArticle | Reject:
    """`extract_item`, then the article's rows built and JSON-encoded: in a worker, so that the
    main process of a build only writes lines."""
    item, quotes = extract_item(item)
    return item if isinstance(item, Reject) else encode_article(item, quotes)


def extract_stream(
    items: Iterable[Article | Reject], *, workers: int = 1
) -> Iterator[EncodedArticle | Reject]:
    """`encode_item` over a stream, in input order, in `workers` processes.

    Order is kept (imap, not imap_unordered), so the output is byte-identical for any number
    of workers; the pool holds a bounded window of chunks, so memory stays flat.
    """
    if workers <= 1:
        yield from map(encode_item, items)
        return
    with _pool_context().Pool(workers) as pool:
        yield from pool.imap(encode_item, items, chunksize=_CHUNK)


def _pool_context() -> BaseContext:
    """Fork where it is safe (Linux, no other thread): workers inherit the imported core and
    its lexicons instead of importing them again (1.5 s of CPU each with spawn). Elsewhere a
    forkserver that preloads the extraction core once."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return get_context("fork")
    context = get_context("forkserver" if sys.platform != "win32" else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["quotes.extract"])
    return context


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
        done = writer.resumed_items  # 0 unless resuming a killed build
        results = extract_stream(_guarded(islice(items, done, None)), workers=config.workers)
        if progress:
            from tqdm import tqdm

            # no monitor thread: the worker pool starts inside the first iteration and must
            # see a single-threaded process to fork
            tqdm.monitor_interval = 0
            results = tqdm(results, unit=" articles", desc="quotes", leave=False, initial=done)
        for position, item in enumerate(results, start=done + 1):
            if isinstance(item, Reject):
                if config.strict:
                    raise BadInputError(item)
                writer.reject(item)
            else:
                writer.add_encoded(item)
            writer.progress(position)
    return writer.stats
