"""Which files an input names, what kind each is, and how to open it (decompressing by suffix)."""

from __future__ import annotations

import bz2
import gzip
import io
import logging
import lzma
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from quotes.ingest.rejects import reject
from quotes.types import Reject

logger = logging.getLogger(__name__)

KINDS: dict[str, str] = {
    "": "text",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}
COMPRESSIONS: tuple[str, ...] = (".gz", ".bz2", ".xz", ".zst")

# What a decompressor raises on a corrupt or truncated stream (zstd errors become OSError below).
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, lzma.LZMAError)

# `save_to_disk` writes `state.json` (+ `dataset_info.json`) for a Dataset, `dataset_dict.json`
# for a DatasetDict; either marks the folder as one dataset rather than a folder of files.
DATASET_MARKERS: tuple[str, ...] = ("state.json", "dataset_dict.json")


@dataclass(slots=True, frozen=True)
class InputFile:
    """One readable input: `path` as given (joined under its root), `key` for stable ids."""

    path: Path
    key: str
    kind: str  # "text", "jsonl", "parquet" or "dataset"
    compression: str = ""  # one of COMPRESSIONS, or ""


def file_kind(path: Path) -> tuple[str | None, str]:
    """(kind, compression) from the suffixes of `path`; kind None when it is not an input."""
    name = path.name.lower()
    compression = next((c for c in COMPRESSIONS if name.endswith(c)), "")
    inner = Path(name[: len(name) - len(compression)])
    return KINDS.get(inner.suffix), compression


def is_saved_dataset(path: Path) -> bool:
    try:
        return path.is_dir() and any((path / marker).is_file() for marker in DATASET_MARKERS)
    except OSError:  # an unreadable folder is reported when it is walked
        return False


def _real(path: Path) -> Path:
    # os.path.realpath never raises, where Path.resolve raises RuntimeError on a symlink loop
    return Path(os.path.realpath(path))


def _stem(path: Path) -> str:
    """The file name without its kind and compression suffixes: `news.jsonl.gz` -> `news`."""
    kind, compression = file_kind(path)
    name = path.name[: len(path.name) - len(compression)]
    return Path(name).stem if kind and Path(name).suffix else name


def input_files(root: Path, *, exclude: Path | None = None) -> Iterator[InputFile | Reject]:
    """The inputs under `root`, recursively in sorted order, skipping hidden files and `exclude`.

    A file given directly is read whatever its extension (as text when unknown); inside a
    folder only known kinds are read, so a README or an image beside the data is left alone.
    """
    excluded = _real(exclude) if exclude is not None else None
    if excluded is not None and _real(root).is_relative_to(excluded):
        logger.info("skipping %s: inside the excluded folder %s", root, exclude)
        return
    if is_saved_dataset(root):
        yield InputFile(root, _real(root).name, "dataset")
    elif root.is_dir():
        yield from _walk(root, root, excluded=excluded, seen=set())
    else:
        kind, compression = file_kind(root)
        yield InputFile(root, _stem(root), kind or "text", compression)


def _walk(
    folder: Path, root: Path, *, excluded: Path | None, seen: set[Path]
) -> Iterator[InputFile | Reject]:
    real = _real(folder)
    if real in seen:  # a symlink loop would otherwise walk forever
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield reject(str(folder), "unreadable", detail=str(error))
        return
    for entry in entries:
        path = folder / entry.name
        if entry.name.startswith(".") or (excluded and _real(path).is_relative_to(excluded)):
            continue
        key = path.relative_to(root).as_posix()
        try:
            is_dir = entry.is_dir()
        except OSError as error:
            yield reject(str(path), "unreadable", detail=str(error))
            continue
        if is_dir and is_saved_dataset(path):
            yield InputFile(path, key, "dataset")
        elif is_dir:
            yield from _walk(path, root, excluded=excluded, seen=seen)
        else:
            kind, compression = file_kind(path)
            if kind is None:
                logger.debug("skipping %s: not a known input kind", path)
                continue
            yield InputFile(path, key, kind, compression)


def open_binary(path: Path, compression: str) -> BinaryIO:
    """`path` opened for reading bytes, decompressed by its compression suffix."""
    if compression == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if compression == ".bz2":
        return bz2.open(path, "rb")  # type: ignore[return-value]
    if compression == ".xz":
        return lzma.open(path, "rb")  # type: ignore[return-value]
    if compression == ".zst":
        return io.BufferedReader(_ZstdReader(path))  # type: ignore[return-value]
    return open(path, "rb")


class _ZstdReader(io.RawIOBase):
    """A zstd stream as a raw file, so it buffers and fails like the stdlib decompressors."""

    def __init__(self, path: Path) -> None:
        try:
            import zstandard
        except ImportError as error:
            raise ImportError(
                f"reading {path} needs the zstandard package: pip install zstandard"
            ) from error
        self._error = zstandard.ZstdError
        self._reader = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        try:
            return self._reader.readinto(buffer)
        except self._error as error:
            raise OSError(f"zstd: {error}") from error

    def close(self) -> None:
        self._reader.close()
        super().close()


def read_head(path: Path, compression: str, size: int = 8192) -> bytes:
    """The first `size` decompressed bytes of a file, to sniff before streaming it."""
    with open_binary(path, compression) as stream:
        return stream.read(size)
