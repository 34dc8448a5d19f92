"""datatrove pipeline steps around the extraction core, and the rows they leave on disk.

One datatrove `Document` per ingested item: `ArticleReader` (our own `read_inputs`, this task's
share of the items) -> `QuoteExtractor` (`find_quotes`; quote records in `metadata["quotes"]`)
-> `TaskWriter` (or any datatrove writer). A Reject travels as an empty document flagged
`metadata["reject"]`, so a merged build counts it exactly as the local engine does;
`metadata["index"]` is the item's position in the input stream, which the merge sorts on.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator, Sequence
from itertools import groupby
from pathlib import Path
from typing import IO

from quotes.engines import MISSING_DATATROVE

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.writers.disk_base import DiskWriter
except ImportError as error:  # an optional extra: say how to get it
    raise ImportError(MISSING_DATATROVE) from error

from quotes.ingest import read_inputs
from quotes.ingest.text import read_stdin
from quotes.pipeline import extract_item
from quotes.record import quote_record
from quotes.types import Article, Quote, Reject, Span

STDIN = "-"
ARTICLE_METADATA = ("title", "url", "date", "source", "source_offset")


class ArticleReader(PipelineStep):
    """Every input kind `read_inputs` reads; task `rank` keeps the items whose index is `rank`
    modulo `world_size`.

    Every task walks the whole input stream: parsing costs ~5% of extraction, and sharding by
    item index balances one big JSONL as well as many small files without counting items first.
    `stdin` is a saved copy of standard input, so that every task reads the same bytes.
    """

    name = "quotes reader"
    type = "📖 - READER"

    def __init__(
        self,
        inputs: Sequence[str],
        *,
        fields: dict[str, str] | None = None,
        exclude: str | None = None,
        stdin: str | None = None,
    ) -> None:
        super().__init__()
        self.inputs = [str(item) for item in inputs]
        self.fields = dict(fields or {})  # read_inputs keywords: id_field, text_field, title_field
        self.exclude = exclude
        self.stdin = stdin

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> DocumentsPipeline:
        if data:
            yield from data
        ingest_log = logging.getLogger("quotes.ingest")
        level = ingest_log.level
        if rank:  # every task reads every input: one task is enough to warn about bad items
            ingest_log.setLevel(logging.ERROR)
        try:
            for index, item in enumerate(self.items()):
                if index % world_size == rank:
                    self.stat_update("rejects" if isinstance(item, Reject) else "articles")
                    yield item_document(item, index)
        finally:
            ingest_log.setLevel(level)

    def items(self) -> Iterator[Article | Reject]:
        """All input items in order: `read_inputs`, with `-` read from the saved copy."""
        exclude = Path(self.exclude) if self.exclude else None
        for is_stdin, group in groupby(self.inputs, key=lambda item: item == STDIN):
            if not is_stdin:
                yield from read_inputs(list(group), exclude=exclude, **self.fields)
                continue
            for _ in group:
                if self.stdin is None:
                    yield from read_stdin()
                    continue
                with open(self.stdin, encoding="utf-8") as stream:  # read_stdin reads its bytes
                    yield from read_stdin(stream)


class QuoteExtractor(PipelineStep):
    """`find_quotes` on each document (through `extract_item`, the local engine's unit of work,
    so the same size guards apply); the quote records (`quotes.record`) go to
    `metadata["quotes"]`, so any datatrove writer can store them.

    `metadata["quote_paragraphs"]` keeps each quote's paragraph span, the one part of a `Quote`
    its record lacks, so that `row_item` rebuilds the quotes exactly. Rejects pass untouched;
    an article the guards refuse becomes one.
    """

    name = "quotes"
    type = "🗣 - EXTRACTOR"

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> DocumentsPipeline:
        for doc in data or ():
            if "reject" not in doc.metadata:
                self._extract(doc)
            yield doc

    def _extract(self, doc: Document) -> None:
        with self.track_time():
            item, quotes = extract_item(document_article(doc.id, doc.text, doc.metadata))
        if isinstance(item, Reject):  # over the size guards
            doc.text = ""
            doc.metadata["reject"] = dataclasses.asdict(item)
            self.stat_update("rejects")
            return
        doc.metadata["quotes"] = [quote_record(item, quote) for quote in quotes]
        doc.metadata["quote_paragraphs"] = [[q.paragraph.start, q.paragraph.end] for q in quotes]
        self.stat_update("quotes", value=len(quotes))


class TaskWriter(DiskWriter):
    """Each task's documents as JSON lines, `{rank:05d}.jsonl` in `output_folder`.

    datatrove's JsonlWriter would need orjson; the stdlib writes the same rows. ASCII escapes
    keep the file independent of the locale fsspec opens it with.
    """

    default_output_filename = "${rank}.jsonl"
    name = "quotes task writer"

    def __init__(self, output_folder: str) -> None:
        super().__init__(output_folder, compression=None, mode="wt", adapter=_row)

    def _write(self, document: dict, file_handler: IO, filename: str) -> None:
        file_handler.write(json.dumps(document, ensure_ascii=True) + "\n")


def _row(_writer: DiskWriter, doc: Document) -> dict:
    # datatrove's default adapter deep-copies the metadata (dataclasses.asdict): with the quote
    # records that was a fifth of a build. The row is serialised at once, so no copy is needed.
    return {"id": doc.id, "text": doc.text, "metadata": doc.metadata}


def item_document(item: Article | Reject, index: int) -> Document:
    """The Document carrying one input item, `index` its position in the input stream."""
    if isinstance(item, Reject):
        metadata = {"index": index, "reject": dataclasses.asdict(item)}
        return Document(text="", id=f"reject-{index}", metadata=metadata)
    metadata = {name: getattr(item, name) for name in ARTICLE_METADATA}
    return Document(text=item.text, id=item.id, metadata={"index": index, **metadata})


def document_article(doc_id: str, text: str, metadata: dict) -> Article:
    """The Article a document (ours, or any datatrove reader's) stands for."""
    fields = {name: metadata.get(name) for name in ARTICLE_METADATA}
    fields["source_offset"] = fields["source_offset"] or 0
    return Article(id=doc_id, text=text, **fields)


def row_item(row: dict) -> tuple[Article | Reject, list[Quote]]:
    """The item and quotes of one written document (`{"id", "text", "metadata"}`)."""
    metadata = row["metadata"]
    if "reject" in metadata:
        return Reject(**metadata["reject"]), []
    article = document_article(row["id"], row.get("text", ""), metadata)
    pairs = zip(metadata["quotes"], metadata["quote_paragraphs"], strict=True)
    return article, [record_quote(record, Span(*paragraph)) for record, paragraph in pairs]


def record_quote(record: dict, paragraph: Span) -> Quote:
    """The Quote a record was made from. The record's confidence is rounded to 4 places, and
    rounding it again changes nothing, so the rebuilt quote writes the same record."""
    return Quote(
        content=Span(record["start"], record["end"]),
        type=record["type"],
        rule=record["rule"],
        confidence=record["confidence"],
        paragraph=paragraph,
        cue=_span(record["cue_start"], record["cue_end"]),
        speaker=_span(record["speaker_start"], record["speaker_end"]),
        speaker_name=record["speaker"],
        speaker_type=record["speaker_type"],
        group=record["group"],
    )


def _span(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)
