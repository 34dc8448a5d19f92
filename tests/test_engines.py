"""`--engine datatrove`: the same dataset as the local engine, byte for byte, quietly."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasets import load_dataset

pytest.importorskip("datatrove")

from quotes import build  # noqa: E402
from quotes.cli import main  # noqa: E402
from quotes.engines.steps import item_document, record_quote, row_item  # noqa: E402
from quotes.extract import find_quotes  # noqa: E402
from quotes.pipeline import MAX_ARTICLE_CHARS, BadInputError  # noqa: E402
from quotes.record import quote_record  # noqa: E402
from quotes.types import Article, Reject  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "news_dump.txt"


def news_jsonl(path: Path, copies: int = 3) -> Path:
    """The sample's articles `copies` times with metadata, and the bad lines a feed has."""
    texts = SAMPLE.read_text(encoding="utf-8").split("\n\n\n\n")
    lines = []
    for copy in range(copies):
        for number, text in enumerate(texts):
            row = {"id": f"a{copy}-{number}", "text": text, "title": f"Title {number}"}
            lines.append(json.dumps({**row, "url": f"https://example.org/{copy}/{number}"}))
        lines.append("{broken json")  # a reject between articles: order must survive
    lines.append(json.dumps({"id": "blank", "text": "   "}))
    lines.append(json.dumps({"id": "huge", "text": "x" * (MAX_ARTICLE_CHARS + 1)}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return [str(SAMPLE), str(news_jsonl(tmp_path_factory.mktemp("in") / "feed.jsonl"))]


@pytest.fixture(scope="module")
def local_out(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    build(inputs, out)
    return out


@pytest.mark.parametrize("tasks", [1, 2, 5])
def test_datatrove_build_is_byte_identical(
    inputs: list[str], local_out: Path, tmp_path: Path, tasks: int
) -> None:
    out = tmp_path / "out"
    stats = build(inputs, out, engine="datatrove", tasks=tasks)
    assert files_of(out) == files_of(local_out)
    assert stats.articles_read == 8 and stats.skipped_by_reason["too-large"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # the work folder is gone


def test_datatrove_rows_load_like_local(inputs: list[str], local_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", *inputs, "-o", str(out), "-q", "--engine", "datatrove", "--tasks", "2"]
    )
    assert result.exit_code == 0, result.output
    for config in ("quotes", "articles"):
        ours, theirs = load_dataset(str(out), config), load_dataset(str(local_out), config)
        assert {split: ds.to_list() for split, ds in ours.items()} == {
            split: ds.to_list() for split, ds in theirs.items()
        }


def test_worker_processes_are_quiet_and_identical(
    inputs: list[str], local_out: Path, tmp_path: Path
) -> None:
    """Two tasks in two worker processes: datatrove's own logging stays off the console."""
    out = tmp_path / "out"
    command = [sys.executable, "-c", "from quotes.cli import main; main()", "build", *inputs]
    command += ["-o", str(out), "-q", "--engine", "datatrove", "--tasks", "2", "--workers", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "datatrove" not in done.stderr and "Stats" not in done.stderr
    assert files_of(out) == files_of(local_out)


def test_stdin_is_read_once_for_every_task(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for engine, tasks in (("local", "1"), ("datatrove", "3")):
        args = ["build", "-", "-o", str(tmp_path / engine), "-q", "--engine", engine]
        result = CliRunner().invoke(main, [*args, "--tasks", tasks], input=text)
        assert result.exit_code == 0, result.output
    assert files_of(tmp_path / "datatrove") == files_of(tmp_path / "local")


def test_strict_fails_on_the_first_reject(inputs: list[str], tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="broken-json"):
        build(inputs, tmp_path / "out", engine="datatrove", tasks=2, strict=True)
    assert list(tmp_path.iterdir()) == []


def test_existing_out_fails_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(FileExistsError):
        build([str(SAMPLE)], tmp_path / "out", engine="datatrove", tasks=2)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_rows_rebuild_items_and_quotes() -> None:
    text = SAMPLE.read_text(encoding="utf-8").split("\n\n\n\n")[0]
    article = Article(id="a", text=text, title="T", url="u", date="d", source="s", source_offset=7)
    quotes = find_quotes(article)
    assert quotes
    records = [quote_record(article, q) for q in quotes]
    doc = item_document(article, 3)
    row = {"id": doc.id, "text": doc.text, "metadata": {**doc.metadata, "quotes": records}}
    row["metadata"]["quote_paragraphs"] = [[q.paragraph.start, q.paragraph.end] for q in quotes]
    item, rebuilt = row_item(json.loads(json.dumps(row)))
    assert item == article
    assert [quote_record(item, q) for q in rebuilt] == records
    assert [q.paragraph for q in rebuilt] == [q.paragraph for q in quotes]
    assert record_quote(records[0], quotes[0].paragraph).content == quotes[0].content


def test_rejects_travel_as_flagged_documents() -> None:
    reject = Reject(source="f.jsonl", reason="broken-json", line=4, detail="x", raw="{")
    doc = item_document(reject, 9)
    assert doc.metadata["index"] == 9 and doc.text == ""
    assert row_item({"id": doc.id, "metadata": doc.metadata}) == (reject, [])


def test_missing_datatrove_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("quotes.engines.datatrove", "quotes.engines.steps"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setitem(sys.modules, "datatrove.data", None)  # import fails as if absent
    with pytest.raises(ImportError, match=r"pip install 'quotes\[scale\]'"):
        importlib.import_module("quotes.engines.datatrove")


def test_extraction_core_imports_no_engine() -> None:
    code = "import sys, quotes.cli; print(sorted(m for m in sys.modules if 'datatrove' in m))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
