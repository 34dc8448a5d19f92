"""read_inputs over every input kind: folders, JSONL, parquet, datasets, compression, stdin."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from quotes.ingest import read_inputs, tables
from quotes.types import Article, Reject

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "news_dump.txt"
PUTIN = "Putin Vows to Expand Arms Trade with Russia\u2019s Allies"
TAIWAN = "Taiwan Reports Chinese Balloon, First Time in Six Months"

ROWS = [
    {
        "id": 17,
        "text": "\u201cWe will not back down,\u201d the minister said on Monday.",
        "title": "Minister Defiant",
        "url": "https://example.org/a",
        "date": "2024-05-06",
    },
    {"text": "Talks resumed in Geneva, officials said.", "title": None},
]


def jsonl_bytes(rows: list[dict]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def summary(items) -> list[tuple]:
    return [
        (a.id, a.title, a.text[:20]) if isinstance(a, Article) else ("reject", a.reason)
        for a in items
    ]


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Talks resumed on Monday, officials said.\n")
    (tmp_path / "b" / "c" / "news.jsonl").write_bytes(jsonl_bytes(ROWS))
    (tmp_path / "b" / "dump").write_bytes(SAMPLE.read_bytes())  # no extension: text
    (tmp_path / ".hidden.txt").write_text("Hidden text, never read.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("Hidden folder, never read.")
    (tmp_path / "README.md").write_text("Not an input kind inside a folder.")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "quotes.jsonl").write_bytes(jsonl_bytes(ROWS))
    items = list(read_inputs([tmp_path], exclude=tmp_path / "out"))
    assert summary(items) == [
        ("a.txt#1", None, "Talks resumed on Mon"),
        ("17", "Minister Defiant", "\u201cWe will not back do"),
        ("b/c/news.jsonl:2", None, "Talks resumed in Gen"),
        ("b/dump#1", PUTIN, "Russian President Vl"),
        ("b/dump#2", TAIWAN, "Taiwan's defense min"),
    ]
    assert items[1].source == str(tmp_path / "b" / "c" / "news.jsonl") + ":1"
    assert items[3].source == str(tmp_path / "b" / "dump")


def test_files_and_folders_in_input_order(tmp_path):
    (tmp_path / "one.txt").write_text("First article text here.")
    (tmp_path / "two.txt").write_text("Second article text here.")
    items = list(read_inputs([tmp_path / "two.txt", str(tmp_path / "one.txt")]))
    assert [a.id for a in items] == ["two#1", "one#1"]
    assert [a.source_offset for a in items] == [0, 0]


def test_jsonl_with_renamed_fields(tmp_path):
    rows = [
        {"doc_id": "x-1", "body": "He said it was over.", "headline": "It Is Over", "id": 9},
        {"body": "Nothing new, she said.", "text": "ignored"},
    ]
    path = tmp_path / "renamed.ndjson"
    path.write_bytes(jsonl_bytes(rows))
    items = list(read_inputs([path], id_field="doc_id", text_field="body", title_field="headline"))
    assert [(a.id, a.title, a.text) for a in items] == [
        ("x-1", "It Is Over", "He said it was over."),
        ("renamed:2", None, "Nothing new, she said."),
    ]


def test_jsonl_metadata_and_exact_text(tmp_path):
    rows = [{"id": "a", "text": "  Spaces kept.\r\n", "url": "u", "date": 20240506}]
    path = tmp_path / "news.json"
    path.write_bytes(jsonl_bytes(rows))
    (article,) = read_inputs([path])
    assert article.text == "  Spaces kept.\r\n"  # used as given: offsets index it unchanged
    assert (article.url, article.date, article.source) == ("u", "20240506", f"{path}:1")


def test_parquet_is_streamed_in_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "BATCH_ROWS", 2)
    table = pa.table(
        {
            "id": [1, None, 3],
            "text": ["One said so.", "Two said so.", ""],
            "date": [None, "2024-01-02", None],
        }
    )
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=2)
    items = list(read_inputs([path]))
    assert summary(items[:2]) == [("1", None, "One said so."), ("news:1", None, "Two said so.")]
    assert items[1].date == "2024-01-02" and items[1].source == f"{path}:1"
    assert isinstance(items[2], Reject) and (items[2].reason, items[2].line) == ("empty", 2)


def test_saved_dataset_and_dataset_dict(tmp_path):
    from datasets import Dataset, DatasetDict

    Dataset.from_list(ROWS).save_to_disk(str(tmp_path / "single"))
    DatasetDict(
        {
            "train": Dataset.from_dict({"text": ["Train text, he said."], "headline": ["T"]}),
            "test": Dataset.from_dict({"text": ["Test text, she said."], "headline": ["U"]}),
        }
    ).save_to_disk(str(tmp_path / "folder" / "dd"))
    single = list(read_inputs([tmp_path / "single"]))
    assert summary(single) == [
        ("17", "Minister Defiant", "\u201cWe will not back do"),
        ("single:1", None, "Talks resumed in Gen"),
    ]
    # a dataset inside a folder is loaded, not descended into (its state.json is no JSONL)
    split = list(read_inputs([tmp_path / "folder"], title_field="headline"))
    assert summary(split) == [
        ("dd/train:0", "T", "Train text, he said."),
        ("dd/test:0", "U", "Test text, she said."),
    ]
    assert split[0].source == f"{tmp_path / 'folder' / 'dd'}/train:0"


COMPRESSORS = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_compressed_inputs(tmp_path, suffix):
    compress = COMPRESSORS[suffix]
    (tmp_path / f"news.jsonl{suffix}").write_bytes(compress(jsonl_bytes(ROWS)))
    (tmp_path / f"dump.txt{suffix}").write_bytes(compress(SAMPLE.read_bytes()))
    items = list(read_inputs([tmp_path]))
    assert summary(items) == [
        (f"dump.txt{suffix}#1", PUTIN, "Russian President Vl"),
        (f"dump.txt{suffix}#2", TAIWAN, "Taiwan's defense min"),
        ("17", "Minister Defiant", "\u201cWe will not back do"),
        (f"news.jsonl{suffix}:2", None, "Talks resumed in Gen"),
    ]
    direct = list(read_inputs([tmp_path / f"news.jsonl{suffix}"]))
    assert direct[1].id == "news:2"


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.read_bytes())))
    items = list(read_inputs(["-"]))
    assert [(a.id, a.title, a.source) for a in items] == [
        ("stdin#1", PUTIN, "<stdin>"),
        ("stdin#2", TAIWAN, "<stdin>"),
    ]
    text = SAMPLE.read_text(encoding="utf-8")
    assert all(text[a.source_offset : a.source_offset + len(a.text)] == a.text for a in items)


def test_bad_arguments_fail_fast(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        list(read_inputs([SAMPLE, tmp_path / "nope.txt"]))
    with pytest.raises(TypeError):
        list(read_inputs(str(SAMPLE)))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="text_field"):
        list(read_inputs([SAMPLE], text_field=""))


def test_excluded_input_and_empty_folder(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").write_text("Already written output.")
    assert list(read_inputs([tmp_path / "out"], exclude=tmp_path / "out")) == []
    assert list(read_inputs([tmp_path / "out" / "a.txt"], exclude=tmp_path / "out")) == []
