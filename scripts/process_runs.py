"""Run a command and measure it: wall time, CPU time and peak memory of its own process tree
(for `bench.py`); and compare two output folders byte for byte."""

from __future__ import annotations

import filecmp
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(slots=True)
class Run:
    seconds: float
    cpu_seconds: float
    peak_mb: float  # largest single process (wait4 ru_maxrss)
    tree_peak_mb: float  # the process tree's summed RSS, sampled


def measure(command: list[str]) -> Run:
    """Wall time, CPU time and peak RSS of one command, its own process tree only."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    sampler = _TreeSampler(process.pid)
    sampler.start()
    # wait4 gives this child's own rusage, so one run never inherits another's high-water mark.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, sampler.peak_bytes / 2**20)


class _TreeSampler(threading.Thread):
    """Polls /proc for the summed RSS of a process and its descendants; keeps the peak."""

    def __init__(self, root: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak_bytes = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            self.peak_bytes = max(self.peak_bytes, _tree_rss(self.root))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree_rss(root: int) -> int:
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError):
            continue
    return total


def same_tree(left: Path, right: Path) -> bool:
    """Every file under the two folders is present in both, byte for byte."""
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    if names != {p.relative_to(right) for p in right.rglob("*") if p.is_file()}:
        return False
    return all(filecmp.cmp(left / name, right / name, shallow=False) for name in names)
