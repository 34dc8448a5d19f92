"""The export stage: what lands in OUT and that `datasets` loads it with the declared features."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # before `datasets` is imported, if it is not

import pytest
import yaml
from datasets import load_dataset

from quotes.config import BuildConfig
from quotes.export import DatasetWriter, split_of
from quotes.export.card import FIELD_DOCS, card_yaml, escape, size_category
from quotes.record import ARTICLE_FEATURES, QUOTE_FEATURES, article_row, quote_record
from quotes.types import Article, Quote, Reject, Span

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "news_dump.txt"
HOSTILE_TITLE = "Breaking | <script>alert(1)</script>\n---\n`code` & more"
HOSTILE_SPEAKER = "Evil | <b>Speaker</b>\nSecond line"


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def paragraph(text: str, needle: str) -> Span:
    start = text.index(needle)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    return Span(para_start, len(text) if para_end < 0 else para_end)


def quote(text: str, content: str, *, cue: str | None, speaker: str | None, **fields) -> Quote:
    """A quote located by its real words in `text`; cue and speaker are found after it."""
    content_span = span(text, content)

    def after(needle: str) -> Span:
        start = text.index(needle, content_span.end)
        return Span(start, start + len(needle))

    return Quote(
        content=content_span,
        paragraph=paragraph(text, content),
        cue=after(cue) if cue else None,
        speaker=after(speaker) if speaker else None,
        **{"type": "direct", "rule": "trailing_cue.v1", "confidence": 0.9, **fields},
    )


def sample_articles() -> tuple[str, str]:
    putin, taiwan = SAMPLE.read_text(encoding="utf-8").split("\n\n\n\n")
    return putin, taiwan


def putin(article_id: str) -> tuple[Article, list[Quote]]:
    text = sample_articles()[0]
    article = Article(
        article_id, text, title=text.split("\n", 1)[0], source=str(SAMPLE), date="August 15, 2022"
    )
    quotes = [
        quote(
            text,
            "We highly appreciate that we have many allies, partners and people who share our "
            "thinking on various continents,",
            cue="said",
            speaker="he",
            speaker_name="Vladimir Putin",
            speaker_type="person",
        ),
        quote(
            text,
            "choose a sovereign, independent course of development",
            cue=None,
            speaker=None,
            type="mixed",
            rule="embedded_quote.v1",
            confidence=0.5,
        ),
        quote(
            text,
            "We are ready to offer our allies and partners the most advanced types of weapons",
            cue="said",
            speaker="the Russian leader",
            speaker_name="Vladimir Putin",
            speaker_type="person",
            group=1,
        ),
    ]
    return article, quotes


def taiwan(article_id: str) -> tuple[Article, list[Quote]]:
    text = sample_articles()[1].strip("\n")
    article = Article(article_id, text, title=text.split("\n", 1)[0], url="https://example.org/t")
    quotes = [
        quote(
            text,
            "the single balloon was detected at 6:21 p.m.",
            cue=None,
            speaker=None,
            type="indirect",
            rule="reported_that.v1",
            confidence=0.7,
            speaker_name="Taiwan's defense ministry",
            speaker_type="organization",
        ),
    ]
    return article, quotes


def hostile(article_id: str) -> tuple[Article, list[Quote]]:
    text = "“Nothing to see here,” said Evil."
    article = Article(article_id, text, title=HOSTILE_TITLE, date="1 January 2024")
    q = quote(
        text, "Nothing to see here,", cue="said", speaker="Evil", speaker_name=HOSTILE_SPEAKER
    )
    return article, [q]


def corpus() -> list[tuple[Article, list[Quote]]]:
    """46 articles (15 without quotes), 61 quotes: enough to fill every split and shards."""
    pairs = [hostile("hostile")]
    for i in range(15):
        pairs += [putin(f"putin-{i}"), taiwan(f"taiwan-{i}")]
        pairs.append((Article(f"empty-{i}", "No quotes in this one.", title=None), []))
    return pairs


REJECT = Reject("feed.jsonl", "missing_text", line=7, detail="no field 'text'", raw='{"id": 3}')


def build(out: Path, config: BuildConfig, pairs=None, inputs=(str(SAMPLE),)) -> DatasetWriter:
    with DatasetWriter(out, config, inputs=inputs) as writer:
        for article, quotes in corpus() if pairs is None else pairs:
            writer.add(article, quotes)
        writer.reject(REJECT)
    return writer


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    config = BuildConfig(shard_size=4, rejects=str(root / "rejects.jsonl"))
    writer = build(root / "ds", config)
    return root / "ds", config, writer


@pytest.fixture(scope="session")
def loaded(built, tmp_path_factory):
    cache = tmp_path_factory.mktemp("hf-cache")
    out = str(built[0])
    return load_dataset(out, cache_dir=str(cache)), load_dataset(
        out, "articles", cache_dir=str(cache)
    )


def expected_records() -> dict[str, tuple[str, dict]]:
    """quote id -> (split, record), computed straight from the contract functions."""
    return {
        record["id"]: (split_of(article.id), record)
        for article, quotes in corpus()
        for record in (quote_record(article, q) for q in quotes)
    }


def rows_by_id(dataset_dict) -> dict[str, tuple[str, dict]]:
    return {row["id"]: (split, row) for split, ds in dataset_dict.items() for row in ds}


def test_quotes_round_trip_with_declared_features(loaded):
    quotes, _ = loaded
    assert set(quotes) == {"train", "validation", "test"}
    assert all(ds.features == QUOTE_FEATURES for ds in quotes.values())
    got = rows_by_id(quotes)
    assert got == expected_records()  # every field, nulls included, in the split of its article
    he_said = got["putin-0:1860-1972"][1]
    assert he_said["quote"] == (
        "We highly appreciate that we have many allies, partners and people who share our "
        "thinking on various continents,"
    )
    assert (he_said["speaker_mention"], he_said["cue"], he_said["group"]) == ("he", "said", None)
    mixed = got["putin-0:2110-2163"][1]
    assert mixed["speaker"] is None and mixed["cue_start"] is None and mixed["url"] is None


def test_articles_round_trip_with_declared_features(loaded):
    _, articles = loaded
    assert all(ds.features == ARTICLE_FEATURES for ds in articles.values())
    expected = {
        article.id: (
            split_of(article.id),
            article_row(article, [quote_record(article, q) for q in qs]),
        )
        for article, qs in corpus()
    }
    got = rows_by_id(articles)
    assert got == expected
    assert got["empty-3"][1]["quotes"] == [] and got["empty-3"][1]["title"] is None
    assert len(got["putin-0"][1]["quotes"]) == 3


def test_no_leakage_between_splits(loaded):
    quotes, articles = loaded
    for split in quotes:
        article_ids = set(articles[split]["id"])
        assert set(quotes[split]["article_id"]) <= article_ids
        assert {split_of(i) for i in article_ids} == {split}


@pytest.mark.parametrize(
    "split, expected", [((1, 0, 0), "train"), ((0, 1, 0), "validation"), ((0, 0, 1), "test")]
)
def test_split_of_respects_zero_fractions(split, expected):
    assert {split_of(f"a{i}", split=split) for i in range(200)} == {expected}


def test_split_of_is_deterministic_and_proportional():
    ids = [f"article-{i}" for i in range(5000)]
    first = [split_of(i) for i in ids]
    assert first == [split_of(i) for i in ids]
    assert split_of("putin-0") == "train"  # pinned: a change here reshuffles published datasets
    share = first.count("train") / len(ids)
    assert 0.78 < share < 0.82 and 0.08 < first.count("test") / len(ids) < 0.12
    reseeded = [split_of(i, seed=1) for i in ids]
    assert reseeded != first and reseeded.count("train") / len(ids) > 0.78


@pytest.mark.parametrize("split", [(0.5, 0.5), (0.8, 0.3, -0.1), (0.5, 0.2, 0.2)])
def test_split_of_rejects_bad_fractions(split):
    with pytest.raises(ValueError, match="split must be"):
        split_of("a", split=split)


def test_shards_rotate_at_shard_size(built):
    out, config, writer = built
    for name, by_split in (
        ("quotes", writer.stats.quotes_by_split),
        ("articles", writer.stats.articles_by_split),
    ):
        for split, rows in by_split.items():
            files = sorted((out / "data" / name).glob(f"{split}-*.jsonl"))
            n_shards = -(-rows // config.shard_size)
            assert [f.name for f in files] == [f"{split}-{i:05d}.jsonl" for i in range(n_shards)]
            lines = [len(f.read_text(encoding="utf-8").splitlines()) for f in files]
            assert sum(lines) == rows
            assert (
                all(n == config.shard_size for n in lines[:-1])
                and 0 < lines[-1] <= config.shard_size
            )


def test_jsonl_is_utf8_not_ascii_escaped(built):
    out = built[0]
    text = "".join(p.read_text(encoding="utf-8") for p in (out / "data" / "quotes").glob("*.jsonl"))
    assert "Russia’s Allies" in text and "\\u2019" not in text
    assert all(json.loads(line) for line in text.splitlines())


def test_stats_json(built):
    out, _, writer = built
    raw = (out / "stats.json").read_text(encoding="utf-8")
    stats = json.loads(raw)
    assert raw == json.dumps(stats, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert stats == dataclasses.asdict(writer.stats)
    assert (stats["articles_read"], stats["articles_with_quotes"], stats["quotes"]) == (46, 31, 61)
    assert stats["quotes_by_type"] == {"direct": 31, "indirect": 15, "mixed": 15}
    assert stats["quotes_by_rule"] == {
        "embedded_quote.v1": 15,
        "reported_that.v1": 15,
        "trailing_cue.v1": 31,
    }
    assert sum(stats["quotes_by_split"].values()) == 61
    assert sum(stats["articles_by_split"].values()) == 46
    assert stats["speakers"] == {
        "Vladimir Putin": 30,
        "Taiwan's defense ministry": 15,
        HOSTILE_SPEAKER: 1,
    }
    assert stats["skipped"] == [
        {"source": "feed.jsonl", "line": 7, "reason": "missing_text", "detail": "no field 'text'"}
    ]
    assert stats["skipped_by_reason"] == {"missing_text": 1}


def test_rejects_file(built):
    _, config, _ = built
    rejects = Path(config.rejects)
    assert [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()] == [
        dataclasses.asdict(REJECT)
    ]
    assert [p.name for p in rejects.parent.iterdir() if p.name.startswith(".")] == []


def front_matter(out: Path) -> tuple[dict, str]:
    text = (out / "README.md").read_text(encoding="utf-8")
    match = re.fullmatch(r"---\n(.*?)\n---\n(.*)", text, flags=re.S)
    assert match, "card must start with YAML front matter"
    return yaml.safe_load(match.group(1)), match.group(2)


def test_card_metadata(built):
    meta, body = front_matter(built[0])
    assert meta["license"] == "other" and meta["language"] == ["en"]
    assert meta["size_categories"] == ["n<1K"]
    assert meta["task_categories"] == ["token-classification"]
    assert meta["tags"] == ["quotation-attribution", "news"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert configs["quotes"]["default"] is True and "default" not in configs["articles"]
    assert configs["quotes"]["data_files"][0] == {
        "split": "train",
        "path": "data/quotes/train-*.jsonl",
    }
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    assert infos["quotes"]["features"] == QUOTE_FEATURES._to_yaml_list()
    assert infos["articles"]["features"] == ARTICLE_FEATURES._to_yaml_list()
    for field in [*QUOTE_FEATURES, *ARTICLE_FEATURES]:
        assert f"| `{field}` |" in body
    assert "| Vladimir Putin | 30 |" in body and "| trailing_cue.v1 | 31 |" in body


def test_card_escapes_hostile_text(built, loaded):
    _, body = front_matter(built[0])  # the hostile title's "---" line did not end the YAML
    assert "<script>" not in body and "<b>" not in body
    assert (
        "Breaking &#124; &lt;script&gt;alert(1)&lt;/script&gt; --- &#96;code&#96; &amp; more"
        in body
    )
    assert "| Evil &#124; &lt;b&gt;Speaker&lt;/b&gt; Second line | 1 |" in body
    # every table row still has exactly its columns
    for line in body.splitlines():
        if line.startswith("| Breaking"):
            assert line.count(" | ") == 2
    assert rows_by_id(loaded[1])["hostile"][1]["title"] == HOSTILE_TITLE  # data kept verbatim


def test_empty_splits_are_left_out_and_still_load(tmp_path):
    out = tmp_path / "ds"
    config = BuildConfig(split=(1.0, 0.0, 0.0))
    pairs = [putin("p1"), (Article("e1", "No quotes."), [])]
    build(out, config, pairs)
    meta, _ = front_matter(out)
    for config_meta in meta["configs"]:
        assert [f["split"] for f in config_meta["data_files"]] == ["train"]
    assert sorted(p.name for p in (out / "data" / "quotes").iterdir()) == ["train-00000.jsonl"]
    quotes = load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert list(quotes) == ["train"] and quotes["train"].num_rows == 3
    assert quotes["train"].features == QUOTE_FEATURES


def test_no_quotes_leaves_only_the_articles_config(tmp_path):
    out = tmp_path / "ds"
    build(out, BuildConfig(), [(Article("e1", "No quotes."), [])])
    meta, _ = front_matter(out)
    assert [c["config_name"] for c in meta["configs"]] == ["articles"]
    articles = load_dataset(str(out), "articles", cache_dir=str(tmp_path / "cache"))
    assert [row["id"] for split in articles.values() for row in split] == ["e1"]


def test_two_builds_are_byte_identical(tmp_path):
    trees = []
    for name in ("one", "two"):
        out = tmp_path / name
        build(out, BuildConfig(shard_size=5, rejects=str(tmp_path / f"{name}.rejects.jsonl")))
        trees.append(
            {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        )
    assert trees[0] == trees[1]
    assert Path("README.md") in trees[0] and Path("stats.json") in trees[0]
    assert str(tmp_path).encode() not in b"".join(trees[0].values())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain", "plain"),
        ("a | b", "a &#124; b"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("line\nbreak\r\n\u2028end", "line break end"),
        ("`tick` & [link](x) *em*", "&#96;tick&#96; &amp; &#91;link&#93;(x) &#42;em&#42;"),
        ("trailing_cue.v1", "trailing_cue.v1"),
    ],
)
def test_escape(text, expected):
    assert escape(text) == expected


@pytest.mark.parametrize(
    "n, expected",
    [
        (0, "n<1K"),
        (999, "n<1K"),
        (1000, "1K<n<10K"),
        (99_999, "10K<n<100K"),
        (2_000_000, "1M<n<10M"),
    ],
)
def test_size_category(n, expected):
    assert size_category(n) == expected


def datasets_card_yaml(quote_rows: dict, article_rows: dict, config: BuildConfig) -> str:
    """The front matter as `datasets` itself writes it from `QUOTE_FEATURES` and
    `ARTICLE_FEATURES`: what `card_yaml` must reproduce without importing `datasets`."""
    from datasets import DatasetInfo
    from datasets.info import DatasetInfosDict
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCardData

    data = DatasetCardData(
        pretty_name="News quotations",
        license=config.license,
        language=[config.language],
        task_categories=["token-classification"],
        tags=["quotation-attribution", "news"],
        size_categories=[size_category(sum(quote_rows.values()))],
    )
    configs, infos = {}, {}
    for name, rows, features in (
        ("quotes", quote_rows, QUOTE_FEATURES),
        ("articles", article_rows, ARTICLE_FEATURES),
    ):
        files = [
            {"split": split, "path": f"data/{name}/{split}-*.jsonl"}
            for split in ("train", "validation", "test")
            if rows.get(split)
        ]
        if files:
            configs[name] = {"data_files": files}
            infos[name] = DatasetInfo(features=features)
    if "quotes" in configs:
        configs["quotes"]["default"] = True
    MetadataConfigs(configs).to_dataset_card_data(data)
    DatasetInfosDict(infos).to_dataset_card_data(data)
    return data.to_yaml()


@pytest.mark.parametrize(
    "quote_rows, article_rows, options",
    [
        ({"train": 8, "validation": 1, "test": 1}, {"train": 3, "validation": 1, "test": 1}, {}),
        ({"train": 2}, {"train": 2, "test": 1}, {"license": "cc-by-4.0", "language": "de"}),
        ({}, {"validation": 1}, {}),  # no quotes: the articles config alone, as a mapping
        ({}, {}, {"license": "yes: no"}),  # nothing at all; a licence YAML must quote
    ],
)
def test_card_yaml_is_what_datasets_writes(quote_rows, article_rows, options):
    config = BuildConfig(**options)
    expected = datasets_card_yaml(quote_rows, article_rows, config)
    assert card_yaml(config, quote_rows=quote_rows, article_rows=article_rows) == expected


def test_every_field_is_documented():
    assert set(QUOTE_FEATURES) | set(ARTICLE_FEATURES) <= set(FIELD_DOCS)


def test_add_outside_with_is_refused(tmp_path):
    writer = DatasetWriter(tmp_path / "ds", BuildConfig())
    with pytest.raises(RuntimeError, match="context manager"):
        writer.add(*putin("p"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.xfail(
    strict=True,
    reason="datasets' JSON loader lets pyarrow infer timestamps from ISO strings before casting "
    "to the declared string feature (apache/arrow#46698): '2024-01-01' loads as "
    "'2024-01-01 00:00:00'. Needs a format decision (e.g. Parquet shards), not an export fix.",
)
def test_iso_dates_survive_loading(tmp_path):
    out = tmp_path / "ds"
    article = Article("iso", "“Yes,” she said.", date="2024-01-01T10:00:00+02:00")
    build(out, BuildConfig(split=(1.0, 0.0, 0.0)), [(article, [])])
    articles = load_dataset(str(out), "articles", cache_dir=str(tmp_path / "cache"))
    assert articles["train"][0]["date"] == "2024-01-01T10:00:00+02:00"
