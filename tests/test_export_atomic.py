"""The export stage's filesystem safety: OUT is replaced whole or not at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.config import BuildConfig
from quotes.export import DatasetWriter
from quotes.types import Article, Quote, Reject, Span

TEXT = (
    "“We are ready to offer our allies and partners the most advanced types of weapons,” he said."
)


def pair(article_id: str) -> tuple[Article, list[Quote]]:
    start = TEXT.index("We")
    end = TEXT.index(",”")
    quote = Quote(Span(start, end), "direct", "trailing_cue.v1", 0.9, Span(0, len(TEXT)))
    return Article(article_id, TEXT), [quote]


def build(out: Path, ids: list[str], **options) -> None:
    with DatasetWriter(out, BuildConfig(**options)) as writer:
        for article_id in ids:
            writer.add(*pair(article_id))


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path under `root` (siblings of OUT included) with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes() if p.is_file() else None
        for p in sorted(root.rglob("*"))
    }


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def existing(tmp_path) -> Path:
    out = tmp_path / "ds"
    build(out, ["a1", "a2", "a3"])
    return out


def test_existing_out_without_overwrite_raises_before_any_work(existing):
    before = snapshot(existing.parent)
    with pytest.raises(FileExistsError, match="already exists"):
        DatasetWriter(existing, BuildConfig())
    assert snapshot(existing.parent) == before


def test_overwrite_replaces_and_leaves_no_siblings(existing):
    build(existing, ["b1"], overwrite=True)
    assert sorted(p.name for p in existing.parent.iterdir()) == ["ds"]
    text = "".join(p.read_text() for p in (existing / "data" / "articles").glob("*.jsonl"))
    assert '"id": "b1"' in text and '"id": "a1"' not in text


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_crash_inside_with_leaves_out_untouched(existing, error):
    before = snapshot(existing.parent)
    with pytest.raises(type(error)):
        with DatasetWriter(existing, BuildConfig(overwrite=True)) as writer:
            writer.add(*pair("b1"))
            assert (existing.parent / f".ds.tmp-{os.getpid()}").is_dir()
            raise error
    assert snapshot(existing.parent) == before


def test_crash_discards_temp_rejects_and_keeps_the_old_file(tmp_path):
    rejects = tmp_path / "rejects.jsonl"
    rejects.write_text("old\n")
    with pytest.raises(RuntimeError):
        with DatasetWriter(tmp_path / "ds", BuildConfig(rejects=str(rejects))) as writer:
            writer.reject(Reject("f.jsonl", "bad_json", line=1))
            raise RuntimeError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rejects.jsonl"]
    assert rejects.read_text() == "old\n"


def test_rejects_inside_out_are_published_with_it(tmp_path):
    out = tmp_path / "ds"
    with DatasetWriter(out, BuildConfig(rejects=str(out / "rejects.jsonl"))) as writer:
        writer.reject(Reject("f.jsonl", "bad_json", line=1))
    assert '"reason": "bad_json"' in (out / "rejects.jsonl").read_text()


def test_stale_temp_of_a_dead_build_is_removed(tmp_path):
    stale = tmp_path / f".ds.tmp-{dead_pid()}"
    (stale / "data").mkdir(parents=True)
    live = tmp_path / f".ds.tmp-{os.getppid()}"  # a build still running elsewhere: keep it
    live.mkdir()
    unrelated = tmp_path / ".other.tmp-1"
    unrelated.mkdir()
    build(tmp_path / "ds", ["a1"])
    assert not stale.exists() and live.is_dir() and unrelated.is_dir()


def test_out_lost_between_renames_is_restored(existing):
    """A build SIGKILLed after moving OUT aside, before moving the new one in."""
    before = snapshot(existing)
    old = existing.with_name(f".ds.old-{dead_pid()}")
    existing.rename(old)
    with pytest.raises(FileExistsError):
        DatasetWriter(existing, BuildConfig())
    assert snapshot(existing) == before and not old.exists()


@pytest.mark.parametrize(
    "out, inputs",
    [
        ("corpus", ["corpus"]),  # OUT is an input folder
        ("corpus/ds", ["corpus"]),  # OUT inside an input folder
        ("corpus/ds", ["corpus/**/*.txt"]),  # ... read by a recursive glob
        ("corpus", ["corpus/news.txt"]),  # OUT contains an input file
        ("corpus", ["corpus/*.txt"]),  # ... matched by a glob
    ],
)
def test_out_overlapping_inputs_is_refused(tmp_path, monkeypatch, out, inputs):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "news.txt").write_text(TEXT)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="overlaps input"):
        DatasetWriter(out, BuildConfig(overwrite=True), inputs=inputs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


@pytest.mark.parametrize("inputs", [["corpus/news.txt"], ["corpus/*.txt"], ["-"]])
def test_out_beside_inputs_is_fine(tmp_path, monkeypatch, inputs):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "news.txt").write_text(TEXT)
    monkeypatch.chdir(tmp_path)
    with DatasetWriter("corpus/ds", BuildConfig(), inputs=inputs) as writer:
        writer.add(*pair("a1"))
    assert (tmp_path / "corpus" / "ds" / "stats.json").is_file()


def test_out_containing_the_working_directory_is_refused(tmp_path, monkeypatch):
    (tmp_path / "ds" / "work").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "ds" / "work")
    with pytest.raises(ValueError, match="current directory"):
        DatasetWriter(tmp_path / "ds", BuildConfig(overwrite=True))
