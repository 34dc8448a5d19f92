"""The command line, run in-process with click's CliRunner on the sample dump."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.ingest import read_inputs
from quotes.types import Article


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def built(runner, sample_path, tmp_path):
    out = tmp_path / "ds"
    result = runner.invoke(main, ["build", str(sample_path), "-o", str(out)])
    return out, result


def test_build_exits_0_with_a_summary_line(built):
    out, result = built
    assert result.exit_code == 0, result.output
    summary = re.compile(
        rf"^{re.escape(str(out))}: 2 articles, (\d+) quotes \(.*direct \d+.*\); "
        r"splits \{.*\}; skipped 0 input item\(s\)$",
        re.M,
    )
    match = summary.search(result.stderr.replace("\r", "\n"))  # after the progress bar
    assert match and int(match.group(1)) > 5
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "data", "stats.json"]


def test_build_round_trips_through_load_dataset(built, tmp_path):
    from datasets import load_dataset

    out, _ = built
    stats = json.loads((out / "stats.json").read_text())
    quotes = load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert sum(len(split) for split in quotes.values()) == stats["quotes"]
    rows = [row for split in quotes.values() for row in split]
    assert any(
        row["speaker"] == "Vladimir Putin"
        and row["quote"].startswith("We highly appreciate that we have many allies")
        for row in rows
    )
    articles = load_dataset(str(out), "articles", cache_dir=str(tmp_path / "cache"))
    texts = {row["id"]: row["text"] for split in articles.values() for row in split}
    assert all(texts[row["article_id"]][row["start"] : row["end"]] == row["quote"] for row in rows)


def test_existing_out_is_refused_without_overwrite(built, runner, sample_path):
    out, _ = built
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    result = runner.invoke(main, ["build", str(sample_path), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {out} already exists; pass overwrite to replace it"
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    again = runner.invoke(main, ["build", str(sample_path), "-o", str(out), "-q", "--overwrite"])
    assert again.exit_code == 0


@pytest.mark.parametrize(
    "split, message",
    [
        ("abc", "Invalid value for --split: expected three numbers like 0.8,0.1,0.1"),
        ("0.5,0.6,0.1", "split must be three non-negative fractions summing to 1"),
        ("0.5,0.5", "split must be three non-negative fractions summing to 1"),
    ],
)
def test_bad_split_is_a_clean_error(runner, sample_path, tmp_path, split, message):
    args = ["build", str(sample_path), "-o", str(tmp_path / "ds"), "--split", split]
    result = runner.invoke(main, args)
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert message in result.stderr and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_missing_input_is_a_clean_error(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "d")])
    assert result.exit_code == 1 and "no such input" in result.stderr


def test_extract_prints_jsonl_whose_offsets_index_the_input(runner, sample_path):
    result = runner.invoke(main, ["extract", str(sample_path)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) > 5
    articles = {
        a.id: a for a in read_inputs([sample_path]) if isinstance(a, Article)
    }  # the same articles the command read
    file_text = sample_path.read_text(encoding="utf-8")
    for record in records:
        article = articles[record["article_id"]]
        assert article.text[record["start"] : record["end"]] == record["quote"]
        at = article.source_offset + record["start"]
        assert file_text[at : at + len(record["quote"])] == record["quote"]
        if record["speaker_start"] is not None:
            span = article.text[record["speaker_start"] : record["speaker_end"]]
            assert span == record["speaker_mention"]


def test_extract_reads_jsonl_and_stdin(runner, tmp_path):
    text = "“We are ready,” Foreign Minister Sergei Lavrov said on Monday."
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "n1", "text": text}) + "\n", encoding="utf-8")
    for args, stdin in (([str(path)], None), (["-"], f"Lavrov Speaks\n\n{text}\n")):
        result = runner.invoke(main, ["extract", *args], input=stdin)
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["speaker"] for r in records] == ["Sergei Lavrov"]
        assert records[0]["quote"].startswith("We are ready")


def test_show_prints_speakers(runner, sample_path):
    result = runner.invoke(main, ["show", str(sample_path)])
    assert result.exit_code == 0
    assert "# Putin Vows to Expand Arms Trade with Russia’s Allies" in result.stdout
    assert "Vladimir Putin" in result.stdout
    assert re.search(r"^- .+ (direct|mixed|indirect) \S+\.v\d+ \d\.\d\d$", result.stdout, re.M)
