"""Resuming a killed build: checkpoints in the temp build folder, adopted by `--resume`.

Design. A build's output is a pure function of the ordered stream of ingested items (articles
and rejects): the split hashes the article id, and each `{config}/{split}` shard rotates every
`shard_size` rows. So a build that has written the first N items is fully described by a small
state: N; per shard writer its files, its row count and the byte length of its last file; the
byte length of the rejects file; the counters of `BuildStats`, speaker counts and card examples.

Writing. Every local build saves that state as `checkpoint.json` in its temp folder
(`.OUT.tmp-<pid>`) at most every `CHECKPOINT_SECONDS` (more rarely when the state is big, see
`CheckpointClock`): open shards and the rejects file are flushed and fsynced first, then the
checkpoint goes to a temp file, is fsynced and renamed over the previous one. Whenever the
process dies, the checkpoint on disk never points past data on disk. It is deleted before the
folder is published, so it never appears in OUT.

Resuming. `--resume` looks at the temp folders of OUT's builds whose process is dead (SIGKILL,
OOM, power loss) for an intact checkpoint with this build's `fingerprint` (output-shaping
options, inputs with each file's size and mtime, the quotes version), claims the furthest one
by renaming it to its own temp name (atomic: two resumers cannot both get it), truncates the
shards to their checkpointed lengths, deletes what was written after the checkpoint, and the
pipeline skips the first N items of the input stream without extracting them (ingest re-reads
them, which costs little next to extraction). What follows is written exactly as in an
uninterrupted build, so the published folder is byte-identical to one. Nothing to adopt means a
fresh build; a build without `--resume` removes such leftovers as before. Standard input
cannot be replayed, so it is never checkpointed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path

from quotes.config import BuildConfig
from quotes.export.atomic import stale_siblings
from quotes.export.shards import fsync_dir
from quotes.ingest.files import input_files
from quotes.types import Reject

logger = logging.getLogger(__name__)

CHECKPOINT = "checkpoint.json"
CHECKPOINT_SECONDS = 1.0  # at most this much extraction is redone after a kill
CHECKPOINT_SHARE = 0.05  # ... unless saving the state costs more than this share of the time
FORMAT = 1  # bump when the checkpoint layout changes: older checkpoints are then not adopted

# Options that do not change a single output byte may differ between the killed build and its
# resumption (more workers, say); every other option is part of the fingerprint. The engine is
# too: only the local build loop skips the items a checkpoint covers.
_RUN_OPTIONS = frozenset({"workers", "tasks", "overwrite", "resume", "strict", "quiet"})


class CheckpointClock:
    """When to checkpoint: every `every` seconds, stretched so that saving the state (which grows
    with speakers and rejects) never takes more than `share` of the build's time."""

    def __init__(self, *, every: float = CHECKPOINT_SECONDS, share: float = CHECKPOINT_SHARE):
        self.every = every
        self.share = share
        self._next = time.monotonic() + every

    def due(self) -> bool:
        return time.monotonic() >= self._next

    def saved(self, cost: float) -> None:
        """Record that a checkpoint took `cost` seconds; schedule the next one."""
        self._next = time.monotonic() + max(self.every, cost / self.share)


def fingerprint(config: BuildConfig, inputs: Sequence[str], *, out: Path) -> str | None:
    """A digest of everything the output depends on, or None for standard input (no replay)."""
    if "-" in inputs:
        return None
    options = {k: v for k, v in dataclasses.asdict(config).items() if k not in _RUN_OPTIONS}
    files: list[list[object]] = []
    for item in inputs:
        for found in input_files(Path(item), exclude=out):
            if isinstance(found, Reject):
                files.append([found.source, found.reason])
                continue
            paths = sorted(p for p in found.path.rglob("*") if p.is_file())
            for path in paths if found.path.is_dir() else [found.path]:
                stat = path.stat()
                files.append([str(path), stat.st_size, stat.st_mtime_ns])
    from quotes.export.card import quotes_version  # the card module imports `huggingface_hub`

    blob = json.dumps([FORMAT, quotes_version(), options, list(inputs), files], default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def save_checkpoint(folder: Path, state: dict) -> None:
    """Write `state` as `folder/checkpoint.json`, atomically and durably."""
    path = folder / CHECKPOINT
    temp = path.with_name(CHECKPOINT + ".tmp")
    with open(temp, "w", encoding="utf-8") as fp:
        json.dump(state, fp, ensure_ascii=False)
        fp.flush()
        os.fsync(fp.fileno())
    os.replace(temp, path)
    fsync_dir(folder)


def load_checkpoint(folder: Path) -> dict | None:
    """The checkpoint saved in `folder`, or None when there is none or it is unreadable."""
    try:
        with open(folder / CHECKPOINT, encoding="utf-8") as fp:
            state = json.load(fp)
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and state.get("format") == FORMAT else None


def adopt(out: Path, temp: Path, *, fingerprint: str, rejects: Path | None) -> dict | None:
    """Claim the temp folder of a killed build of `out` with this fingerprint as `temp`.

    Returns its checkpoint (None when there is nothing to resume). `rejects` is this build's
    temp rejects file; the killed build's one is renamed to it when it lives outside `temp`.
    """
    candidates = []
    for stale in stale_siblings(out, "tmp"):
        state = load_checkpoint(stale)
        if state is None:
            continue
        if state["fingerprint"] != fingerprint:
            logger.warning("not resuming %s: its inputs or options differ from this build", stale)
        elif _intact(stale, state):
            candidates.append((state["items"], stale.name, stale, state))
    if not candidates:
        logger.warning("nothing to resume for %s: building from the start", out)
        return None
    *_, stale, state = max(candidates)
    os.rename(stale, temp)
    if state["rejects"] and not state["rejects"]["inside"] and rejects is not None:
        os.rename(state["rejects"]["path"], rejects)
    logger.warning("resuming %s after item %d", out, state["items"])
    return state


def _intact(folder: Path, state: dict) -> bool:
    """Every file the checkpoint names is there, at least as long as it says."""
    for shard in state["shards"]:
        files = [folder / "data" / shard["name"] / name for name in shard["files"]]
        if not all(path.is_file() for path in files):
            return False
        if files and files[-1].stat().st_size < shard["bytes"]:
            return False
    rejects = state["rejects"]
    if rejects:
        path = folder / rejects["path"] if rejects["inside"] else Path(rejects["path"])
        return path.is_file() and path.stat().st_size >= rejects["bytes"]
    return True


def prune(folder: Path, keep: set[Path]) -> None:
    """Delete every file under `folder` but `keep`, and the folders left empty: what a killed
    build wrote after its last checkpoint."""
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            if not any(path.iterdir()):
                path.rmdir()
        elif path not in keep:
            path.unlink()
