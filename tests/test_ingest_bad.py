"""Bad input: every kind becomes a Reject with a reason from the vocabulary; the rest is read."""

from __future__ import annotations

import gzip
import json
import logging

import pytest

from quotes.ingest import REASONS, jsonl, read_inputs, text
from quotes.ingest.rejects import reject
from quotes.types import Article, Reject

GOOD = {"id": "ok", "text": "The minister said talks would resume."}


def outcomes(items) -> list[tuple]:
    return [("article", a.id) if isinstance(a, Article) else (a.reason, a.line) for a in items]


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("nul.txt", b"Talks \x00\x00 resumed.", [("binary", None)]),
        ("controls.txt", b"\x01\x02\x03\x04abc\x05\x06\x07\x08", [("binary", None)]),
        ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [("binary", None)]),
        # UTF-8 with one damaged byte is not taken for cp1252 mojibake
        (
            "damaged.txt",
            "Caf\u00e9 owners said \u201cno\u201d.".encode() + b"\xff",
            [("invalid-utf8", None)],
        ),
        ("cp1252-undefined.txt", b"Talks resumed \x81\x8d.", [("invalid-utf8", None)]),
        ("empty.txt", b"", [("empty", None)]),
        ("blank.txt", b" \n\n\t \r\n", [("empty", None)]),
        ("bom-only.txt", b"\xef\xbb\xbf\n", [("empty", None)]),
        ("empty.jsonl", b"", [("empty", None)]),
        ("blank.jsonl", b"\n\n", [("empty", None)]),
        ("nul.jsonl", b'{"text": "a\x00"}\x00\x00', [("binary", None)]),
        (
            "mixed.jsonl",
            b"\n".join(
                [
                    json.dumps(GOOD).encode(),
                    b'{"id": 2, "text": "unterminated',
                    b"[1, 2]",
                    b'"just a string"',
                    b'{"id": 5}',
                    b'{"id": 6, "text": null}',
                    b'{"id": 7, "text": ["a", "list"]}',
                    b'{"id": 8, "text": "   "}',
                    b'{"id": 9, "text": "lone \\ud800 surrogate"}',
                    b'{"id": 10, "text": "caf\xc3\xa9 \xff"}',
                    b"",
                    json.dumps({**GOOD, "id": "last"}).encode(),
                ]
            ),
            [
                ("article", "ok"),
                ("broken-json", 2),
                ("wrong-shape", 3),
                ("wrong-shape", 4),
                ("missing-text", 5),
                ("missing-text", 6),
                ("wrong-shape", 7),
                ("empty", 8),
                ("invalid-utf8", 9),
                ("invalid-utf8", 10),
                ("article", "last"),
            ],
        ),
        # a pretty-printed JSON document gives one reject, not one per line
        ("pretty.json", json.dumps([GOOD], indent=2).encode(), [("wrong-shape", 1)]),
        ("corrupt.jsonl.gz", b"\x1f\x8b\x08\x00garbage", [("unreadable", None)]),
        ("truncated.txt.gz", gzip.compress(b"Talks resumed." * 500)[:40], [("unreadable", None)]),
        ("corrupt.txt.zst", b"not zstd at all", [("unreadable", None)]),
        ("corrupt.txt.xz", b"not xz at all", [("unreadable", None)]),
        ("corrupt.jsonl.bz2", b"not bz2 at all", [("unreadable", None)]),
        ("garbage.parquet", b"PAR1 this is not parquet", [("unreadable", None)]),
        ("empty.parquet", b"", [("unreadable", None)]),
        ("table.parquet.gz", gzip.compress(b"PAR1"), [("unreadable", None)]),
    ],
)
def test_bad_file(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_inputs([path]))
    assert outcomes(items) == expected
    assert all(
        r.reason in REASONS and r.source == str(path) for r in items if isinstance(r, Reject)
    )


def test_bad_file_does_not_stop_the_folder(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.jsonl").write_bytes(b"{broken\n" + json.dumps(GOOD).encode() + b"\n")
    (tmp_path / "c.txt").write_text("The minister said talks would resume.")
    assert outcomes(read_inputs([tmp_path])) == [
        ("binary", None),
        ("broken-json", 1),
        ("article", "ok"),
        ("article", "c.txt#1"),
    ]


def test_missing_text_column_in_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"body": ["x"]}), path)
    (item,) = read_inputs([path])
    assert (item.reason, "body" in item.detail) == ("missing-text", True)


def test_cp1252_is_decoded_with_a_warning(tmp_path, caplog):
    path = tmp_path / "legacy.txt"
    path.write_bytes("\u201cWe won\u2019t,\u201d he said. Caf\u00e9.".encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        (article,) = read_inputs([path])
    assert article.text == "\u201cWe won\u2019t,\u201d he said. Caf\u00e9."
    assert any("legacy.txt" in r.message and "cp1252" in r.message for r in caplog.records)


def test_cp1252_jsonl_line(tmp_path, caplog):
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"text": "Caf\u00e9 \u2019s said."}\n'.encode("cp1252") * 2)
    with caplog.at_level(logging.WARNING):
        items = list(read_inputs([path]))
    assert [a.text for a in items] == ["Caf\u00e9 \u2019s said."] * 2
    assert sum("cp1252" in r.message for r in caplog.records) == 1  # once for the file


def test_utf16_with_bom_is_text(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("The minister said so.".encode("utf-16"))
    (article,) = read_inputs([path])
    assert article.text == "The minister said so."


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(text, "MAX_TEXT_BYTES", 100)
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 100)
    big = "The minister said talks would resume. " * 10
    (tmp_path / "big.txt").write_text(big)
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(big.encode()))
    lines = [json.dumps({"text": big}), json.dumps(GOOD), json.dumps({"text": big}) + "\n"]
    (tmp_path / "lines.jsonl").write_text("\n".join(lines))
    assert outcomes(read_inputs([tmp_path])) == [
        ("too-large", None),
        ("too-large", None),
        ("too-large", 1),
        ("article", "ok"),
        ("too-large", 3),
    ]


def test_each_reject_is_logged_once_with_file_and_line(tmp_path, caplog):
    path = tmp_path / "x.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n{broken\n")
    with caplog.at_level(logging.WARNING):
        items = list(read_inputs([path]))
    assert outcomes(items) == [("article", "ok"), ("broken-json", 2)]
    assert [r.message for r in caplog.records if f"{path}:2" in r.message] == [
        f"skipping {path}:2: broken-json ({items[1].detail})"
    ]
    assert items[1].raw == "{broken\n"


def test_unknown_reason_is_refused():
    with pytest.raises(ValueError, match="valid reasons"):
        reject("x", "weird")


def test_stream_error_midway_keeps_what_was_read(tmp_path):
    lines = b"".join(json.dumps({**GOOD, "id": n}).encode() + b"\n" for n in range(2000))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:3000])
    items = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in items[:-1]) and len(items) > 100
    assert items[-1].reason == "unreadable" and items[-1].line == len(items)
