"""`--engine datatrove`: the build as a datatrove pipeline, merged into the usual dataset.

    ArticleReader (read_inputs; item i goes to task i % tasks)
      -> QuoteExtractor (find_quotes) -> TaskWriter (WORK/tasks/{rank}.jsonl)
    then merge_tasks: the task files in input order -> DatasetWriter -> OUT

WORK is a hidden folder beside OUT (`.OUT.datatrove-*`), so the intermediate files stay on OUT's
disk; datatrove's logs go there too, and WORK is removed when the build ends. The merge gives the
writer the same articles and quotes in the same order as the local engine, so the two outputs
are byte-identical.

On a cluster only the executor changes; WORK must be on a shared filesystem, and the merge runs
once every task has finished (here as a dependent one-task job)::

    from datatrove.executor import SlurmPipelineExecutor
    from quotes.config import BuildConfig
    from quotes.engines.datatrove import merge_tasks, quote_pipeline
    from quotes.export import DatasetWriter

    config, inputs = BuildConfig(tasks=64), ["/shared/news/"]

    def merge(data, rank, world_size):  # a datatrove step may be a plain function
        merge_tasks("/shared/work/tasks", DatasetWriter("/shared/out", config, inputs=inputs))

    extract = SlurmPipelineExecutor(
        pipeline=quote_pipeline(inputs, "/shared/work/tasks", config),
        tasks=64, time="04:00:00", partition="cpu", logging_dir="/shared/work/logs/extract",
    )
    SlurmPipelineExecutor(
        pipeline=[merge], tasks=1, time="01:00:00", partition="cpu",
        logging_dir="/shared/work/logs/merge", depends=extract,
    ).run()

With Ray, `RayPipelineExecutor(pipeline=quote_pipeline(...), tasks=64,
logging_dir="/shared/work/logs").run()` blocks until the tasks are done; call `merge` after it.
"""

from __future__ import annotations

import heapq
import json
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, redirect_stderr
from pathlib import Path
from typing import IO

from quotes.config import BuildConfig
from quotes.engines import MISSING_DATATROVE
from quotes.engines.steps import STDIN, ArticleReader, QuoteExtractor, TaskWriter, row_item
from quotes.export import DatasetWriter
from quotes.pipeline import BadInputError
from quotes.types import BuildStats, Reject

try:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.logging import setup_default_logger
except ImportError as error:  # an optional extra: say how to get it
    raise ImportError(MISSING_DATATROVE) from error

__all__ = ["build_with_datatrove", "merge_tasks", "quote_pipeline"]


def build_with_datatrove(
    inputs: Sequence[str | Path], out_dir: str | Path, config: BuildConfig
) -> BuildStats:
    """Build `out_dir` from `inputs` with `config.tasks` datatrove tasks, `config.workers` at a
    time; the result is the local engine's, byte for byte."""
    out = Path(out_dir)
    names = [str(item) for item in inputs]
    writer = DatasetWriter(out, config, inputs=names)  # checks OUT before any work is done
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.datatrove-", dir=out.parent))
    try:
        stdin = _save_stdin(work / "stdin") if STDIN in names else None
        executor = _QuietExecutor(
            pipeline=quote_pipeline(names, work / "tasks", config, exclude=out, stdin=stdin),
            tasks=config.tasks,
            workers=min(config.workers, config.tasks),
            logging_dir=str(work / "logs"),
            skip_completed=False,
            start_method=_start_method(),
            console=str(work / "console.log"),
        )
        executor.run()
        return merge_tasks(work / "tasks", writer)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def quote_pipeline(
    inputs: Sequence[str | Path],
    tasks_folder: str | Path,
    config: BuildConfig,
    *,
    exclude: str | Path | None = None,
    stdin: str | None = None,
) -> list[PipelineStep]:
    """The datatrove steps of a build: read, extract, write `{rank}.jsonl` to `tasks_folder`."""
    fields = {
        "id_field": config.id_field,
        "text_field": config.text_field,
        "title_field": config.title_field,
    }
    reader = ArticleReader(
        [str(item) for item in inputs],
        fields=fields,
        exclude=str(exclude) if exclude is not None else None,
        stdin=stdin,
    )
    return [reader, QuoteExtractor(), TaskWriter(str(tasks_folder))]


def merge_tasks(tasks_folder: str | Path, writer: DatasetWriter) -> BuildStats:
    """Publish the task files of `tasks_folder` through `writer` (not yet entered), in input
    order; a missing item means a task did not finish, and nothing is published."""
    files = sorted(Path(tasks_folder).glob("*.jsonl"))
    with ExitStack() as stack, writer:
        streams = [_rows(stack.enter_context(open(file, encoding="utf-8"))) for file in files]
        expected = 0
        for row in heapq.merge(*streams, key=lambda row: row["metadata"]["index"]):
            if row["metadata"]["index"] != expected:
                raise RuntimeError(
                    f"input item {expected} is in no task file of {tasks_folder}: "
                    "did every task finish?"
                )
            expected += 1
            if expected <= writer.resumed_items:  # written by the killed build being resumed
                continue
            item, quotes = row_item(row)
            if not isinstance(item, Reject):
                writer.add(item, quotes)
            elif writer.config.strict:
                raise BadInputError(item)
            else:
                writer.reject(item)
            writer.progress(expected)
    return writer.stats


def _start_method() -> str:
    """fork when it is safe: workers then inherit the imported extraction core, where datatrove's
    default (forkserver) re-imports it, ~2 s of a worker's time. Forking a process that runs
    threads can deadlock the child, so a threaded caller gets forkserver."""
    if sys.platform == "linux" and threading.active_count() == 1:  # macOS frameworks break fork
        return "fork"
    return "forkserver"


def _rows(fp: IO[str]) -> Iterator[dict]:
    for line in fp:
        yield json.loads(line)


def _save_stdin(path: Path) -> str | None:
    """Standard input saved to `path`: each task, in its own process, reads it from there."""
    if sys.stdin is None:
        return None  # the reader then reports the missing stdin as the local engine does
    source = getattr(sys.stdin, "buffer", None)
    with open(path, "wb") as fp:
        if source is not None:
            shutil.copyfileobj(source, fp)
        else:  # a text stream without bytes underneath (io.StringIO)
            fp.write(sys.stdin.read().encode("utf-8", "surrogateescape"))
    return str(path)


class _QuietExecutor(LocalPipelineExecutor):
    """A LocalPipelineExecutor whose console output goes to a file.

    datatrove prints each task's progress and statistics to stderr (loguru); a `quotes build`
    user wants the build's own summary only. The task logs in `logging_dir` stay complete.
    """

    def __init__(self, *args: object, console: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.console = console

    def run(self) -> object:
        with _stderr_to(self.console):
            return super().run()

    def _launch_run_for_rank(self, *args: object, **kwargs: object) -> object:
        # Runs in the worker process, whose stderr is not the parent's redirected one.
        with _stderr_to(self.console):
            return super()._launch_run_for_rank(*args, **kwargs)


@contextmanager
def _stderr_to(path: str) -> Iterator[None]:
    # loguru keeps the stream object a sink was added with, so redirecting sys.stderr is not
    # enough: re-add datatrove's default sink inside the redirect, and again once it is undone
    # (datatrove itself re-adds it after each task, pointing at whatever sys.stderr is then).
    try:
        with open(path, "a", encoding="utf-8") as sink, redirect_stderr(sink):
            setup_default_logger()
            yield
    finally:
        setup_default_logger()
