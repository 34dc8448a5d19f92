"""`DatasetWriter`: streams articles and their quotes into an atomically published dataset."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from quotes import resume
from quotes.config import BuildConfig
from quotes.export.atomic import (
    check_inputs,
    recover_interrupted_swap,
    remove,
    remove_stale,
    stale_siblings,
    swap_in,
    temp_sibling,
)
from quotes.export.encoded import EncodedArticle, encode_article
from quotes.export.shards import (
    ShardWriter,
    dumps,
    fsync_dir,
    sync_file,
    write_synced,
)
from quotes.export.split import SPLITS, split_of
from quotes.types import Article, BuildStats, Quote, Reject

logger = logging.getLogger(__name__)

TOP_SPEAKERS = 100  # speakers kept in stats.json; the card shows the first 20
EXAMPLES = 3  # quotes shown in the card


class DatasetWriter:
    """Context manager writing `OUT/data/{quotes,articles}/{split}-{shard:05d}.jsonl`,
    `OUT/README.md` and `OUT/stats.json`.

    Nothing appears at OUT until the `with` block ends without an exception; on an exception
    (KeyboardInterrupt included) the temp build is removed and OUT is left exactly as it was.
    A caller that reports `progress(n)` gets checkpoints a killed build can be resumed from;
    with `config.resume`, `resumed_items` says how many input items are already written.
    """

    def __init__(
        self, out_dir: str | Path, config: BuildConfig, *, inputs: Sequence[str] = ()
    ) -> None:
        self.out = Path(out_dir)
        self.config = config
        self.inputs = [str(item) for item in inputs]
        self.stats = BuildStats(
            quotes_by_split=dict.fromkeys(SPLITS, 0), articles_by_split=dict.fromkeys(SPLITS, 0)
        )
        # Fail before any work: a bad OUT should not cost a whole build to discover.
        check_inputs(self.out, self.inputs)
        recover_interrupted_swap(self.out)
        if (self.out.exists() or self.out.is_symlink()) and not config.overwrite:
            raise FileExistsError(f"{self.out} already exists; pass overwrite to replace it")
        self._temp = temp_sibling(self.out, "tmp")
        self._shards: dict[tuple[str, str], ShardWriter] = {}
        self._speakers: Counter[str] = Counter()
        self._examples: list[dict] = []
        self._rejects_fp: IO[str] | None = None
        self._rejects_temp, self._rejects_final = self._rejects_paths()
        self._state = "new"
        self._clock = resume.CheckpointClock()
        self._fingerprint: str | None = None
        self.resumed_items = 0
        if config.resume:
            self._fingerprint = resume.fingerprint(config, self.inputs, out=self.out)
            if self._fingerprint is None:
                raise ValueError("resume cannot replay standard input; pass files instead")

    def _rejects_paths(self) -> tuple[Path | None, Path | None]:
        """Where rejects go while building, and where they end up (None: published with OUT)."""
        if self.config.rejects is None:
            return None, None
        final = Path(self.config.rejects)
        if final.resolve().is_relative_to(self.out.resolve()):
            # Inside OUT: write it into the temp build so the swap publishes it with the rest.
            return self._temp / final.resolve().relative_to(self.out.resolve()), None
        return temp_sibling(final, "tmp"), final

    def __enter__(self) -> DatasetWriter:
        if self._state != "new":
            raise RuntimeError("a DatasetWriter can be entered only once")
        resumed = None
        if self._fingerprint is not None:  # before remove_stale, which would delete the state
            rejects = self._rejects_temp if self._rejects_final is not None else None
            resumed = resume.adopt(
                self.out, self._temp, fingerprint=self._fingerprint, rejects=rejects
            )
        remove_stale(self.out)
        if self._rejects_final is not None:
            for stale in stale_siblings(self._rejects_final, "tmp"):
                remove(stale)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if resumed is None:
            self._temp.mkdir()  # exists only if another writer of this process builds this OUT
        self._state = "open"
        try:
            if self._rejects_temp is not None:
                self._rejects_temp.parent.mkdir(parents=True, exist_ok=True)
                self._rejects_fp = open(self._rejects_temp, "a", encoding="utf-8", newline="\n")
                self._rejects_fp.truncate(resumed["rejects"]["bytes"] if resumed else 0)
            if resumed is not None:
                self._restore(resumed)
        except BaseException:
            self._discard()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            self._finalise()
        except BaseException:
            self._discard()
            raise

    def add(self, article: Article, quotes: Sequence[Quote]) -> None:
        """Write one article (even with no quotes) and its quotes to the article's split."""
        self.add_encoded(encode_article(article, quotes))

    def add_encoded(self, encoded: EncodedArticle) -> None:
        """`add` for an article whose rows were built and encoded already (in a worker)."""
        self._check_open()
        split = split_of(encoded.article_id, split=self.config.split, seed=self.config.seed)
        quote_shards = self._shard("quotes", split)
        for tally, line in zip(encoded.tallies, encoded.quote_lines, strict=True):
            quote_shards.write(line)
            self._count(tally, line, split)
        self._shard("articles", split).write(encoded.article_line)
        self.stats.articles_read += 1
        self.stats.articles_by_split[split] += 1
        self.stats.articles_with_quotes += bool(encoded.tallies)

    def reject(self, reject: Reject) -> None:
        """Count a skipped input item and append it to the rejects file. Not logged here: the
        reader that made the Reject (`quotes.ingest.rejects.reject`) has logged it once."""
        self._check_open()
        stats = self.stats
        stats.skipped_by_reason[reject.reason] = stats.skipped_by_reason.get(reject.reason, 0) + 1
        stats.skipped.append(
            {
                "source": reject.source,
                "line": reject.line,
                "reason": reject.reason,
                "detail": reject.detail,
            }
        )
        if self._rejects_fp is not None:
            self._rejects_fp.write(dumps(dataclasses.asdict(reject)) + "\n")

    def progress(self, items: int) -> None:
        """The first `items` items of the input stream are written: checkpoint when it is due."""
        if self._clock.due():
            started = time.monotonic()
            self.checkpoint(items)
            self._clock.saved(time.monotonic() - started)

    def checkpoint(self, items: int) -> None:
        """Make everything written so far durable and record how to resume after `items`."""
        self._check_open()
        if self._fingerprint is None:
            self._fingerprint = resume.fingerprint(self.config, self.inputs, out=self.out)
            if self._fingerprint is None:  # standard input cannot be replayed: no checkpoints
                self._clock.saved(float("inf"))
                return
        shards = [{"name": n, "split": s, **w.sync()} for (n, s), w in self._shards.items()]
        for folder in {self._temp, self._temp / "data", *(w.folder for w in self._shards.values())}:
            fsync_dir(folder)
        rejects = None
        if self._rejects_fp is not None and self._rejects_temp is not None:
            inside = self._rejects_final is None  # then it is in the temp build and moves with it
            path = self._rejects_temp.relative_to(self._temp) if inside else self._rejects_temp
            rejects = {"path": str(path if inside else path.absolute()), "inside": inside}
            rejects["bytes"] = sync_file(self._rejects_fp)
        resume.save_checkpoint(
            self._temp,
            {
                "format": resume.FORMAT,
                "fingerprint": self._fingerprint,
                "items": items,
                "shards": shards,
                "rejects": rejects,
                "stats": dataclasses.asdict(self.stats),
                "speakers": dict(self._speakers),
                "examples": self._examples,
            },
        )

    def _restore(self, state: dict) -> None:
        """Continue the adopted build of a killed process from its checkpoint."""
        keep = {self._temp / resume.CHECKPOINT}
        for shard in state["shards"]:
            writer = self._shard(shard["name"], shard["split"])
            writer.restore(shard)
            keep.update(writer.files)
        if self._rejects_temp is not None:
            keep.add(self._rejects_temp)  # truncated to its checkpointed length on opening
        resume.prune(self._temp, keep)
        self.stats = BuildStats(**state["stats"])
        self._speakers = Counter(state["speakers"])
        self._examples = state["examples"]
        self.resumed_items = state["items"]

    def _check_open(self) -> None:
        if self._state != "open":
            raise RuntimeError("use DatasetWriter as a context manager: `with DatasetWriter(...)`")

    def _shard(self, name: str, split: str) -> ShardWriter:
        key = (name, split)
        if key not in self._shards:
            folder = self._temp / "data" / name
            self._shards[key] = ShardWriter(folder, split, shard_size=self.config.shard_size)
        return self._shards[key]

    def _count(self, tally: tuple[str, str, str | None], line: bytes, split: str) -> None:
        kind, rule, speaker = tally
        stats = self.stats
        stats.quotes += 1
        stats.quotes_by_split[split] += 1
        stats.quotes_by_type[kind] = stats.quotes_by_type.get(kind, 0) + 1
        stats.quotes_by_rule[rule] = stats.quotes_by_rule.get(rule, 0) + 1
        if speaker:
            self._speakers[speaker] += 1
        if len(self._examples) < EXAMPLES:
            self._examples.append(json.loads(line))  # the record, as it was written

    def _finalise(self) -> None:
        for shards in self._shards.values():
            shards.close()
        # the card module imports `huggingface_hub`: only once the data is written
        from quotes.export.card import dataset_card

        ranked = sorted(self._speakers.items(), key=lambda item: (-item[1], item[0]))
        self.stats.speakers = dict(ranked[:TOP_SPEAKERS])
        rows = {
            name: {split: w.rows for (n, split), w in self._shards.items() if n == name}
            for name in ("quotes", "articles")
        }
        card = dataset_card(
            self.stats,
            self.config,
            rows,
            inputs=self.inputs,
            speakers=dict(ranked),
            examples=self._examples,
        )
        write_synced(self._temp / "README.md", card)
        stats = json.dumps(
            dataclasses.asdict(self.stats), sort_keys=True, indent=2, ensure_ascii=False
        )
        write_synced(self._temp / "stats.json", stats + "\n")
        if self._rejects_fp is not None:
            sync_file(self._rejects_fp)
            self._rejects_fp.close()
            self._rejects_fp = None
        (self._temp / resume.CHECKPOINT).unlink(missing_ok=True)  # build state, not data
        for folder in {self._temp, *(w.folder for w in self._shards.values())}:
            fsync_dir(folder)
        swap_in(self._temp, self.out, overwrite=self.config.overwrite)
        self._state = "closed"
        if self._rejects_temp is not None and self._rejects_final is not None:
            os.replace(self._rejects_temp, self._rejects_final)
        if not self.stats.quotes:
            logger.warning("no quotes found: %s has no `quotes` config", self.out)
        logger.info(
            "wrote %d quotes from %d articles to %s (%d input items skipped)",
            self.stats.quotes,
            self.stats.articles_read,
            self.out,
            len(self.stats.skipped),
        )

    def _discard(self) -> None:
        """Drop the temp build (and temp rejects); OUT was never touched."""
        self._state = "closed"
        for shards in self._shards.values():
            shards.discard()
        if self._rejects_fp is not None:
            self._rejects_fp.close()
            self._rejects_fp = None
        remove(self._temp)
        if self._rejects_temp is not None:
            self._rejects_temp.unlink(missing_ok=True)
