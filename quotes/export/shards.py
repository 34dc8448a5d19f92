"""Rotating JSONL shard writers: `{prefix}-{shard:05d}.jsonl`, a new file every `shard_size`."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import IO

import jsonlines

# ensure_ascii=False keeps quotes in other scripts readable and the files smaller; allow_nan=False
# because NaN is not JSON and pyarrow would refuse the whole shard at load time.
dumps = functools.partial(json.dumps, ensure_ascii=False, sort_keys=False, allow_nan=False)


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


class ShardWriter:
    """Writes records to `folder/{prefix}-00000.jsonl`, `-00001`, ... Files open lazily, so a
    stream that gets no record leaves no (unloadable) empty file behind."""

    def __init__(self, folder: Path, prefix: str, *, shard_size: int) -> None:
        self.folder = folder
        self.prefix = prefix
        self.shard_size = shard_size
        self.rows = 0
        self.files: list[Path] = []
        self._fp: IO[str] | None = None
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
        # newline="\n" so the bytes are the same on every platform (determinism).
        self._fp = open(path, "w", encoding="utf-8", newline="\n")
        self._writer = jsonlines.Writer(self._fp, dumps=dumps)
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

    def discard(self) -> None:
        """Close without syncing: the build is being thrown away, maybe after a disk error."""
        if self._fp is not None:
            self._fp.close()
        self._writer = self._fp = None
