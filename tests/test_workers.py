"""`--workers N`: the build loop hands articles to N processes and still writes the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from quotes import build
from quotes.cli import main
from quotes.export.encoded import EncodedArticle
from quotes.pipeline import extract_stream
from quotes.types import Article, Reject

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "news_dump.txt"


def news_jsonl(path: Path, copies: int) -> Path:
    """The sample's articles `copies` times (more than one worker chunk), with bad lines."""
    texts = SAMPLE.read_text(encoding="utf-8").split("\n\n\n\n")
    lines = []
    for copy in range(copies):
        for number, text in enumerate(texts):
            lines.append(
                json.dumps({"id": f"a{copy}-{number}", "text": text, "date": "2024-01-02"})
            )
        if copy % 7 == 0:
            lines.append("[1, 2]")  # a reject now and then: its place in the stream must hold
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    inputs = [str(SAMPLE), str(news_jsonl(tmp_path / "feed.jsonl", copies=25))]
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}"
        args = ["build", *inputs, "-o", str(out), "-q", "--rejects", str(out / "rejects.jsonl")]
        result = CliRunner().invoke(main, [*args, "--workers", workers])
        assert result.exit_code == 0, result.output
    one, two = files_of(tmp_path / "w1"), files_of(tmp_path / "w2")
    assert "rejects.jsonl" in one
    assert one == two
    stats = json.loads(one["stats.json"])
    assert stats["articles_read"] == 52 and stats["skipped_by_reason"] == {"wrong-shape": 4}


def test_extract_stream_keeps_input_order() -> None:
    texts = SAMPLE.read_text(encoding="utf-8").split("\n\n\n\n")
    items: list[Article | Reject] = [Article(id=str(n), text=texts[n % 2]) for n in range(40)]
    items.insert(17, Reject(source="x", reason="empty"))
    one = list(extract_stream(items, workers=1))
    two = list(extract_stream(items, workers=2))
    ids = [item.id if isinstance(item, Article) else item for item in items]
    assert [e.article_id if isinstance(e, EncodedArticle) else e for e in two] == ids
    assert two == one


def test_api_workers_match(tmp_path: Path) -> None:
    stats = [build([str(SAMPLE)], tmp_path / f"w{w}", workers=w) for w in (1, 3)]
    assert stats[0] == stats[1]
    assert files_of(tmp_path / "w1") == files_of(tmp_path / "w3")
