"""Reliability of a whole build: bad input end to end, kill safety, resume, determinism.

Builds that must be killed run `quotes build` in a subprocess (SIGKILL, as the OOM killer or a
cluster scheduler would); exact resume points are exercised in a forked child that dies with
`os._exit` right after a chosen item, so every shard boundary case is covered deterministically.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotes.pipeline
from quotes.cli import main
from quotes.export import DatasetWriter
from quotes.pipeline import build
from quotes.resume import CHECKPOINT, CheckpointClock

QUOTES_CLI = [sys.executable, "-c", "from quotes.cli import main; main()"]

PARAGRAPHS = [
    "“We are ready to offer our allies the most advanced weapons,” Defence Minister Anna "
    "Petrova said on Monday.",
    "She added that talks with partners in the region would continue, according to the ministry.",
    "“It is a question of trust,” said John Miller, a spokesman for the opposition.",
    "The company said in a statement that profits rose by 12 percent in the third quarter.",
]


def digest(root: Path) -> dict[str, str]:
    """Every path under `root` with the hash of its bytes (None for a folder)."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else None
        for p in sorted(root.rglob("*"))
    }


def write_corpus(folder: Path, *, files: int, articles: int, bad_lines: bool = False) -> int:
    """`files` JSONL files of `articles` articles each (plus a broken line and a record without
    text per file with `bad_lines`); returns the number of articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        lines = []
        for i in range(articles):
            n = f * articles + i
            text = "\n\n".join(f"{PARAGRAPHS[(n + k) % 4]} Item {n}." for k in range(6))
            lines.append(json.dumps({"id": f"a{n:06d}", "title": f"Story {n}", "text": text}))
            if bad_lines and i % 97 == 5:
                lines += ['{"id": "broken', json.dumps({"id": f"x{n}", "body": "no text"})]
        (folder / f"part-{f:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files * articles


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A corpus big enough to take several seconds to build (a few hundred articles a second)."""
    folder = tmp_path_factory.mktemp("corpus") / "news"
    write_corpus(folder, files=8, articles=300, bad_lines=True)
    return folder


# -- bad input, end to end --------------------------------------------------------------------


@pytest.fixture
def bad_folder(tmp_path, sample_path) -> Path:
    """The sample dump beside one file of each kind of bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news_dump.txt").write_bytes(sample_path.read_bytes())
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "invalid_utf8.txt").write_bytes(
        "Headline\n\nThe café said “yes,” he said.".encode() + b"\xff\xfe\x81 more"
    )
    (folder / "cp1252.txt").write_bytes(
        "Storm Hits Coast\n\n“We will rebuild every house,” Governor Maria Lopez said on "
        "Tuesday.\n".encode("cp1252")
    )
    (folder / "empty.txt").write_bytes(b"")
    lines = [
        json.dumps(
            {"id": "j1", "text": "“We are ready to talk,” Foreign Minister Sergei Lavrov said."}
        ),
        '{"id": "j2", "text": "broken',
        "[1, 2, 3]",
        json.dumps({"id": "j4", "body": "no text field"}),
        json.dumps({"id": "j5", "text": "“Prices will fall,” the central bank governor said."}),
    ]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "unbalanced.txt").write_text(
        "Bridge Closed\n\nThe mayor said “we will rebuild the bridge. Nobody else will.\n\n"
        "Officials gave no date.\n\nShe said ” it is “ strange.\n\n"
        "“It is over,” Governor Tom Baker said.\n",
        encoding="utf-8",
    )
    huge = "The minister said the plan “will work” and more. " * 60_000  # one 3 MB paragraph
    (folder / "huge.txt").write_text(f"Huge Paragraph\n\n{huge}\n", encoding="utf-8")
    pathological = [
        {"id": "curly", "text": "“" * 10_000},
        {"id": "parens", "text": "(" * 10_000 + ")" * 10_000},
        {"id": "nested", "text": "He said “a ‘b «c „d” e’ f» g”. " * 300},
        {"id": "blank", "text": "He said “yes.”\n" + " " * 50_000 + "\nEnd."},
        {"id": "longline", "text": "Word " * 30_000},
    ]
    (folder / "pathological.jsonl").write_text(
        "\n".join(json.dumps(p) for p in pathological) + "\n", encoding="utf-8"
    )
    return folder


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*QUOTES_CLI, *args], capture_output=True, text=True, timeout=timeout)


def read_records(out: Path, config: str = "quotes") -> list[dict]:
    return [
        json.loads(line)
        for path in sorted((out / "data" / config).glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_bad_folder_builds_and_names_every_skip(bad_folder, tmp_path):
    out, rejects = tmp_path / "ds", tmp_path / "rejects.jsonl"
    started = time.monotonic()
    result = run_cli("build", str(bad_folder), "-o", str(out), "--rejects", str(rejects))
    assert time.monotonic() - started < 60  # the pathological inputs must not stall the build
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "cp1252" in result.stderr  # the cp1252 file is kept, with a warning

    records = read_records(out)
    # Whether a quote keeps the comma before its closing mark is detect's business, not ours.
    said = {(r["speaker"], r["quote"].rstrip(",.")) for r in records}
    assert ("Vladimir Putin", "We highly appreciate that we have many allies") in {
        (s, q[: len("We highly appreciate that we have many allies")]) for s, q in said
    }
    assert ("Maria Lopez", "We will rebuild every house") in said  # cp1252
    assert ("Sergei Lavrov", "We are ready to talk") in said  # good JSONL line before bad ones
    assert "Prices will fall" in {q for _, q in said}  # good JSONL line after bad ones
    assert ("Tom Baker", "It is over") in said  # unbalanced marks do not lose the article

    stats = json.loads((out / "stats.json").read_text())
    skipped = {
        (Path(s["source"].split(":")[0]).name, s["line"], s["reason"]) for s in stats["skipped"]
    }
    assert skipped == {
        ("binary.txt", None, "binary"),
        ("invalid_utf8.txt", None, "invalid-utf8"),
        ("empty.txt", None, "empty"),
        ("news.jsonl", 2, "broken-json"),
        ("news.jsonl", 3, "wrong-shape"),
        ("news.jsonl", 4, "missing-text"),
        ("huge.txt", None, "too-large"),
        ("pathological.jsonl", None, "too-large"),  # `longline`; `blank` is read quickly
    }
    too_large = [s for s in stats["skipped"] if s["reason"] == "too-large"]
    assert sorted(s["source"].rsplit(":", 1)[-1] for s in too_large[1:]) == ["5"]
    assert len(rejects.read_text().splitlines()) == len(stats["skipped"]) == 8
    assert {"binary.txt", "empty.txt", "news.jsonl"} <= {
        Path(json.loads(line)["source"]).name for line in rejects.read_text().splitlines()
    }


def test_strict_fails_with_one_line_naming_file_and_line(bad_folder, tmp_path):
    out = tmp_path / "ds"
    result = run_cli("build", str(bad_folder / "news.jsonl"), "-o", str(out), "--strict", "-q")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and f"{bad_folder / 'news.jsonl'}:2: broken-json" in errors[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no OUT, no temp build


def test_pathological_article_is_quick():
    """The multi-MB paragraph is refused in linear time; a long blank run and a dense paragraph
    of quotes are extracted in linear time."""
    from quotes.types import Article

    started = time.monotonic()
    for text in ["x " * 3_000_000, "word " * 30_000]:
        assert quotes.pipeline.extract_item(Article("a", text))[0].reason == "too-large"
    blank, _ = quotes.pipeline.extract_item(Article("b", "a\n" + " " * 50_000 + "\nb"))
    assert isinstance(blank, Article)
    dense = "The minister said the plan, “we will win,” was fine.\n\n" * 4000
    item, found = quotes.pipeline.extract_item(Article("c", dense))
    assert isinstance(item, Article) and len(found) == 4000
    assert time.monotonic() - started < 5


def test_out_is_never_an_input(bad_folder):
    before = digest(bad_folder)
    result = CliRunner().invoke(
        main, ["build", str(bad_folder), "-o", str(bad_folder), "-q", "--overwrite"]
    )
    assert result.exit_code != 0 and "overlaps input" in result.output
    assert digest(bad_folder) == before


# -- kill safety ------------------------------------------------------------------------------


def start_build(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*QUOTES_CLI, "build", str(corpus), "-o", str(out), "-q", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(path_of, proc: subprocess.Popen, *, timeout: float = 60) -> Path:
    """Poll until `path_of(pid)` exists while the build still runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        path = path_of(proc.pid)
        if path.exists():
            return path
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.05)
    raise AssertionError(f"{path_of(proc.pid)} never appeared")


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()


def test_sigkill_during_overwrite_leaves_the_old_dataset(corpus, tmp_path, sample_path):
    out = tmp_path / "ds"
    build([sample_path], out)
    before = digest(out)
    outside = digest(corpus.parent)
    proc = start_build(corpus, out, "--overwrite")
    temp = wait_for(lambda pid: tmp_path / f".ds.tmp-{pid}", proc)
    time.sleep(1.0)
    assert proc.poll() is None, "the build finished before it could be killed: grow the corpus"
    kill(proc)
    assert digest(out) == before  # byte-identical, no stray file inside OUT
    assert digest(corpus.parent) == outside
    assert sorted(p.name for p in tmp_path.iterdir()) == [temp.name, "ds"]  # only OUT's sibling
    build([sample_path], out, overwrite=True)  # the next build clears the dead one's leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


# -- resume -----------------------------------------------------------------------------------


def test_resume_after_sigkill_equals_a_clean_build(corpus, tmp_path, monkeypatch):
    out, clean = tmp_path / "resumed", tmp_path / "clean"
    rejects = tmp_path / "rejects.jsonl"
    proc = start_build(corpus, out, "--rejects", str(rejects))
    checkpoint = wait_for(lambda pid: tmp_path / f".resumed.tmp-{pid}" / CHECKPOINT, proc)
    kill(proc)
    done = json.loads(checkpoint.read_text())["items"]
    total_items = sum(1 for p in corpus.glob("*.jsonl") for _ in p.open())
    assert 0 < done < total_items and not out.exists()

    extracted = []
    find_quotes = quotes.pipeline.find_quotes
    monkeypatch.setattr(
        quotes.pipeline, "find_quotes", lambda a: extracted.append(a.id) or find_quotes(a)
    )
    build([corpus], out, resume=True, rejects=str(rejects))
    articles = json.loads((out / "stats.json").read_text())["articles_read"]
    skipped = len(json.loads((out / "stats.json").read_text())["skipped"])
    assert len(extracted) < articles  # what the killed build checkpointed was not redone
    assert len(extracted) <= total_items - done
    assert articles + skipped == total_items

    monkeypatch.undo()
    build([corpus], clean, rejects=str(tmp_path / "clean-rejects.jsonl"))
    assert digest(out) == digest(clean)
    assert rejects.read_bytes() == (tmp_path / "clean-rejects.jsonl").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "clean",
        "clean-rejects.jsonl",
        "rejects.jsonl",
        "resumed",
    ]


def _die_after(inputs, out, checkpoint_at: int, die_at: int, options: dict) -> None:
    """In a forked child: build, checkpoint after item `checkpoint_at`, die after `die_at`."""
    progress = DatasetWriter.progress

    def patched(self, items):
        progress(self, items)
        if items == checkpoint_at:
            self.checkpoint(items)
        if items == die_at:
            for shard in self._shards.values():  # make sure the lost rows did reach the disk
                shard.sync()
            os._exit(0)

    DatasetWriter.progress = patched
    CheckpointClock.due = lambda self: False
    build(inputs, out, **options)
    os._exit(1)  # not reached: the build must die first


@pytest.mark.parametrize(
    "checkpoint_at, die_at",
    [(1, 2), (5, 9), (10, 10), (11, 30), (37, 38), (12, 45)],
)
@pytest.mark.parametrize("rejects_inside", [False, True])
def test_resume_from_any_point(tmp_path, checkpoint_at, die_at, rejects_inside):
    """shard_size 5 puts checkpoints before, on and after shard boundaries."""
    corpus = tmp_path / "news"
    write_corpus(corpus, files=3, articles=15, bad_lines=True)
    rejects = tmp_path / ("ds/rejects.jsonl" if rejects_inside else "rejects.jsonl")
    options = {"shard_size": 5, "split": (0.5, 0.3, 0.2), "rejects": str(rejects)}
    child = multiprocessing.get_context("fork").Process(
        target=_die_after, args=([corpus], tmp_path / "ds", checkpoint_at, die_at, options)
    )
    child.start()
    child.join()
    assert child.exitcode == 0 and not (tmp_path / "ds").exists()
    stats = build([corpus], tmp_path / "ds", resume=True, **options)
    assert stats.articles_read == 45
    resumed = digest(tmp_path / "ds")
    resumed_rejects = rejects.read_bytes()
    build([corpus], tmp_path / "ds", overwrite=True, **options)
    assert digest(tmp_path / "ds") == resumed
    assert rejects.read_bytes() == resumed_rejects


def test_resume_with_changed_input_starts_over(tmp_path):
    corpus = tmp_path / "news"
    write_corpus(corpus, files=1, articles=20)
    child = multiprocessing.get_context("fork").Process(
        target=_die_after, args=([corpus], tmp_path / "ds", 5, 8, {})
    )
    child.start()
    child.join()
    write_corpus(corpus, files=1, articles=21)  # the input changed since the build was killed
    build([corpus], tmp_path / "ds", resume=True)
    resumed = digest(tmp_path / "ds")
    build([corpus], tmp_path / "ds", overwrite=True)
    assert digest(tmp_path / "ds") == resumed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds", "news"]


def test_resume_of_stdin_is_refused(tmp_path):
    result = CliRunner().invoke(
        main, ["build", "-", "-o", str(tmp_path / "ds"), "--resume"], input="Title\n\nText.\n"
    )
    assert result.exit_code != 0 and "standard input" in result.output
    assert list(tmp_path.iterdir()) == []


# -- determinism ------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_two_builds_are_byte_identical(tmp_path, sample_path, workers):
    corpus = tmp_path / "news"
    write_corpus(corpus, files=2, articles=40, bad_lines=True)
    inputs = [sample_path, corpus]
    build(inputs, tmp_path / "one", shard_size=7, workers=1)
    build(inputs, tmp_path / "two", shard_size=7, workers=workers)
    assert digest(tmp_path / "one") == digest(tmp_path / "two")
    assert {"README.md", "stats.json"} <= set(digest(tmp_path / "one"))
