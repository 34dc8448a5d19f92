"""Rotating JSONL shard writers: `{prefix}-{shard:05d}.jsonl`, a new file every `shard_size`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

import jsonlines

# ensure_ascii=False keeps quotes in other scripts readable and the files smaller; allow_nan=False
# because NaN is not JSON and pyarrow would refuse the whole shard at load time. One encoder for
# every row: `json.dumps` with options builds a new one per call. Same bytes.
dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=False, allow_nan=False).encode


class Encoded(bytes):
    """A JSON line already encoded by `dumps` and as UTF-8 (in a worker process, so that the
    main process of a build only copies bytes): written as it is."""


def encode(obj: object) -> Encoded:
    return Encoded(dumps(obj).encode("utf-8"))


def _dumps(obj: object) -> bytes:
    """`dumps` for the `jsonlines` writer (shards are binary files of UTF-8 lines), passing
    lines encoded in a worker through."""
    return obj if isinstance(obj, Encoded) else dumps(obj).encode("utf-8")


def fsync_dir(path: Path) -> None:
    """Flush a directory entry (a rename or a new file) to disk; a no-op where unsupported."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems (and Windows) cannot fsync a directory
        pass
    finally:
        os.close(fd)


def sync_file(fp: IO) -> int:
    """Flush and fsync an open file; its length in bytes."""
    fp.flush()
    os.fsync(fp.fileno())
    return os.fstat(fp.fileno()).st_size


def write_synced(path: Path, text: str) -> None:
    """Write a whole text file durably (the card, the statistics)."""
    with open(path, "w", encoding="utf-8", newline="\n") as fp:
        fp.write(text)
        sync_file(fp)


class ShardWriter:
    """Writes records to `folder/{prefix}-00000.jsonl`, `-00001`, ... Files open lazily, so a
    stream that gets no record leaves no (unloadable) empty file behind."""

    def __init__(self, folder: Path, prefix: str, *, shard_size: int) -> None:
        self.folder = folder
        self.prefix = prefix
        self.shard_size = shard_size
        self.rows = 0
        self.files: list[Path] = []
        self._fp: IO[bytes] | None = None
        self._writer: jsonlines.Writer | None = None

    def write(self, record: dict) -> None:
        if self._writer is None or self.rows % self.shard_size == 0:
            self._open_next()
        assert self._writer is not None
        self._writer.write(record)
        self.rows += 1

    def _open_next(self) -> None:
        self.close()
        path = self.folder / f"{self.prefix}-{len(self.files):05d}.jsonl"
        self.folder.mkdir(parents=True, exist_ok=True)
        # binary: UTF-8 lines ending in b"\n", the same bytes on every platform (determinism)
        self._fp = open(path, "wb")
        self._writer = jsonlines.Writer(self._fp, dumps=_dumps)
        self.files.append(path)

    def close(self) -> None:
        """Flush and fsync the current shard: the swap that follows must publish whole files."""
        if self._writer is None or self._fp is None:
            return
        self._writer.close()
        self._fp.flush()
        os.fsync(self._fp.fileno())
        self._fp.close()
        self._writer = self._fp = None

    def sync(self) -> dict:
        """Flush and fsync the open shard, and return the state to resume from: file names,
        rows written and the byte length of the last file (see `quotes.resume`)."""
        size = 0
        if self._fp is not None:
            size = sync_file(self._fp)
        elif self.files:
            size = self.files[-1].stat().st_size
        return {"files": [path.name for path in self.files], "rows": self.rows, "bytes": size}

    def restore(self, state: dict) -> None:
        """Continue from a `sync` state: cut the last file back to its synced length and, if it
        has room for more rows, append to it, as the writer that was killed would have."""
        self.files = [self.folder / name for name in state["files"]]
        self.rows = state["rows"]
        if not self.files:
            return
        with open(self.files[-1], "r+b") as fp:
            fp.truncate(state["bytes"])
        if self.rows % self.shard_size:
            self._fp = open(self.files[-1], "ab")
            self._writer = jsonlines.Writer(self._fp, dumps=_dumps)

    def discard(self) -> None:
        """Close without syncing: the build is being thrown away, maybe after a disk error."""
        if self._fp is not None:
            self._fp.close()
        self._writer = self._fp = None
