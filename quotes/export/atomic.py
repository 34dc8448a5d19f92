"""Publishing a build atomically: a temp folder beside OUT, then two renames.

Everything is written into `.OUT.tmp-<pid>` in OUT's parent (same filesystem, so `os.rename`
is atomic); an existing OUT is renamed aside to `.OUT.old-<pid>` just long enough to swap.
Only OUT and these siblings are ever removed.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

from quotes.export.shards import fsync_dir

logger = logging.getLogger(__name__)

_GLOB_CHARS = re.compile(r"[*?\[]")


def temp_sibling(path: Path, kind: str, *, pid: int | None = None) -> Path:
    """`.NAME.{kind}-<pid>` beside `path`: hidden, and named after the process that owns it."""
    return path.with_name(f".{path.name}.{kind}-{os.getpid() if pid is None else pid}")


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return True  # cannot tell: keep the folder rather than risk deleting a live build
    return True


def stale_siblings(path: Path, kind: str) -> list[Path]:
    """Siblings `.NAME.{kind}-<pid>` whose process is gone (a SIGKILLed or crashed build)."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.{kind}-(\d+)")
    if not path.parent.is_dir():
        return []
    found = []
    for sibling in sorted(path.parent.iterdir()):
        match = pattern.fullmatch(sibling.name)
        if match and not pid_alive(int(match.group(1))):
            found.append(sibling)
    return found


def remove(path: Path) -> None:
    """Delete a file, symlink or folder tree; missing is fine."""
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.exists():
        shutil.rmtree(path)


def recover_interrupted_swap(out: Path) -> None:
    """If a build died between its two renames, OUT is missing and the old copy sits aside:
    put it back, so an interrupted build leaves OUT as it was."""
    for old in stale_siblings(out, "old"):
        if not out.exists() and not out.is_symlink():
            logger.warning("restoring %s from interrupted build %s", out, old.name)
            os.rename(old, out)


def remove_stale(out: Path) -> None:
    """Remove temp builds, and old copies already replaced, of builds that were killed."""
    for kind in ("tmp", "old"):
        for stale in stale_siblings(out, kind):
            logger.info("removing %s left by a build that was killed", stale)
            remove(stale)


def check_inputs(out: Path, inputs: Sequence[str]) -> None:
    """Refuse an OUT that is an input, lies inside an input folder or contains an input: the
    build would read its own output, or an overwrite would delete its input."""
    resolved_out = out.resolve()
    cwd = Path.cwd().resolve()
    if cwd.is_relative_to(resolved_out):
        raise ValueError(f"refusing to write to {out}: it contains the current directory")
    for item in inputs:
        if item == "-" or "://" in item:  # stdin and remote inputs cannot overlap a local folder
            continue
        for source in _input_paths(item):
            resolved_in = source.resolve()
            if resolved_in.is_relative_to(resolved_out) or resolved_out.is_relative_to(resolved_in):
                raise ValueError(
                    f"output folder {out} overlaps input {item!r}: choose one outside the inputs"
                )


def _input_paths(item: str) -> list[Path]:
    """The paths an input names: a glob, what it matches now, plus its root folder if it is
    recursive (a plain `dir/*.txt` never reads `dir/OUT/...`, so OUT may live in `dir`)."""
    if not _GLOB_CHARS.search(item):
        return [Path(item)]
    parts = Path(item).parts
    stop = next(i for i, part in enumerate(parts) if _GLOB_CHARS.search(part))
    root = Path(*parts[:stop]) if stop else Path(".")
    paths = [Path(match) for match in sorted(glob.glob(item, recursive=True))]
    if "**" in parts[stop:]:
        return [root, *paths]  # a recursive glob reads everything under its root
    return paths


def swap_in(temp: Path, out: Path, *, overwrite: bool) -> None:
    """Publish `temp` as `out`, replacing an existing `out` only with `overwrite`."""
    fsync_dir(temp)
    if not out.exists() and not out.is_symlink():
        os.rename(temp, out)
        fsync_dir(out.parent)
        return
    if not overwrite:
        # Checked at start too; this catches an OUT created by someone else during the build.
        raise FileExistsError(f"{out} appeared during the build; pass overwrite to replace it")
    old = temp_sibling(out, "old")
    remove(old)
    os.rename(out, old)
    try:
        os.rename(temp, out)
    except BaseException:
        os.rename(old, out)
        raise
    fsync_dir(out.parent)
    remove(old)
