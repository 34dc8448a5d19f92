"""The dataset card, `README.md`: YAML metadata that makes `load_dataset(OUT)` work, then prose.

The YAML is written by `huggingface_hub` (`DatasetCardData`) from the schemas in
`quotes.record`, in the form `datasets` gives its `configs` and `dataset_info` metadata.
`datasets` itself is not imported: it costs about a second of CPU, a sixth of a whole build,
and a build needs nothing else from it. `tests/test_export.py` checks the YAML against the one
`datasets` generates from `QUOTE_FEATURES` and `ARTICLE_FEATURES`, so the card cannot drift
from the records. Everything taken from the data (titles, speakers, rules, input names) goes
through `escape`, so no input can break a table, inject HTML or end the front matter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import metadata

from huggingface_hub.repocard_data import DatasetCardData

from quotes.config import BuildConfig
from quotes.export.split import SPLITS
from quotes.record import ARTICLE_SCHEMA, QUOTE_SCHEMA
from quotes.types import BuildStats

# One line per record field; the card's field tables are generated from these.
FIELD_DOCS: dict[str, str] = {
    "id": "Stable id: `{article_id}:{start}-{end}`.",
    "article_id": "Id of the article the quote comes from (the `id` of its `articles` row).",
    "quote": "The words spoken, without the enclosing quotation marks.",
    "type": "`direct` (all quoted), `mixed` (partly quoted) or `indirect` (reported speech).",
    "start": "Character offset of the quote in the article text (inclusive).",
    "end": "Character offset just past the quote (exclusive).",
    "speaker": "Canonical name of the speaker the mention resolves to, or null.",
    "speaker_mention": "The speaker as written near the quote (`he`, `the ministry`), or null.",
    "speaker_start": "Character offset of the speaker mention, or null.",
    "speaker_end": "Character offset just past the speaker mention, or null.",
    "speaker_type": "`person`, `organization`, `generic` or `unknown`.",
    "cue": "The reporting verb or phrase (`said`, `according to`), or null.",
    "cue_start": "Character offset of the cue, or null.",
    "cue_end": "Character offset just past the cue, or null.",
    "rule": "Versioned name of the heuristic that found the quote; filter on it.",
    "confidence": "The rule's confidence in the attribution, 0 to 1.",
    "group": 'Quotes split by an interruption (`"...," he said, "..."`) share a group, or null.',
    "title": "Title of the article, or null.",
    "context": "The paragraph containing the quote.",
    "source": "Where the article was read from (file, `file:line`), or null.",
    "url": "URL of the article, or null.",
    "date": "Publication date as given in the input, or null.",
    "text": "The article body; all offsets index into it.",
    "source_offset": "Where `text` starts in the source file (text dumps), so offsets map back.",
    "quotes": "The article's quotes: the quote fields above up to `group`.",
}
ARTICLE_FIELD_DOCS = FIELD_DOCS | {"id": "Article id, as given in the input or derived by ingest."}

# `_` is left alone: intraword underscores (`trailing_cue.v1`) never format in CommonMark.
_ESCAPES = {c: f"&#{ord(c)};" for c in "|`\\[]*"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(text: object, *, limit: int | None = None) -> str:
    """Make data safe inside a markdown table cell: one line, no HTML, no markup."""
    flat = " ".join(str(text).split())  # newlines, tabs, U+2028 and friends become one space
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return "".join(_ESCAPES.get(c, c) for c in flat)


def size_category(n: int) -> str:
    """The Hub's `size_categories` bucket for `n` rows."""
    bounds = ["1K", "10K", "100K", "1M", "10M", "100M", "1B", "10B", "100B", "1T"]
    if n < 1000:
        return "n<1K"
    for i, upper in enumerate(bounds[1:], start=1):
        if n < 1000 * 10**i:
            return f"{bounds[i - 1]}<n<{upper}"
    return "n>1T"


def card_yaml(
    config: BuildConfig, *, quote_rows: Mapping[str, int], article_rows: Mapping[str, int]
) -> str:
    """The front matter. Only splits with rows get `data_files`: `datasets` cannot load an empty
    split, and a config with no rows at all is left out."""
    data = DatasetCardData(
        pretty_name="News quotations",
        license=config.license,
        language=[config.language],
        task_categories=["token-classification"],
        tags=["quotation-attribution", "news"],
        size_categories=[size_category(sum(quote_rows.values()))],
    )
    configs, infos = [], []
    # configs in name order, each with its features, as `datasets` writes them
    for name, rows, schema in (
        ("articles", article_rows, ARTICLE_SCHEMA),
        ("quotes", quote_rows, QUOTE_SCHEMA),
    ):
        files = [
            {"split": split, "path": f"data/{name}/{split}-*.jsonl"}
            for split in SPLITS
            if rows.get(split)
        ]
        if files:
            configs.append({"config_name": name, "data_files": files})
            infos.append({"config_name": name, "features": yaml_features(schema)})
            if name == "quotes":
                configs[-1]["default"] = True
    if configs:
        data["configs"] = configs
        # one config is written as a mapping, several as a list (`datasets.DatasetInfosDict`)
        data["dataset_info"] = infos[0] if len(infos) == 1 else infos
    return data.to_yaml()


def yaml_features(schema: Sequence[tuple[str, object]]) -> list[dict]:
    """`Features._to_yaml_list()` of a schema of `quotes.record`: `name` and `dtype` per field,
    `name` and `list` for a field that lists records."""
    return [
        {"name": name, "dtype": kind}
        if isinstance(kind, str)
        else {"name": name, "list": yaml_features(kind)}
        for name, kind in schema
    ]


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _count_table(
    title: str, counts: Mapping[str, int], *, unit: str = "quotes", limit: int | None = None
) -> list[str]:
    """A table of counts, largest first (ties by name, for byte-identical cards)."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    if not ranked:
        return []
    return ["", *_table([title, unit], [(escape(key), value) for key, value in ranked])]


def _fields(schema: Sequence[tuple[str, object]], docs: Mapping[str, str]) -> list[str]:
    rows = [
        (f"`{name}`", kind if isinstance(kind, str) else "list", docs.get(name, ""))
        for name, kind in schema
    ]
    return _table(["field", "type", "description"], rows)


def _inputs(inputs: Sequence[str], *, limit: int = 20) -> str:
    """The inputs, cut short: a build over thousands of files should not bury the card."""
    shown = ", ".join(escape(item) for item in inputs[:limit]) or "not recorded"
    return shown + (f" and {len(inputs) - limit} more" if len(inputs) > limit else "")


def quotes_version() -> str:
    try:
        return metadata.version("quotes")
    except metadata.PackageNotFoundError:
        return "unknown"


def card_markdown(
    stats: BuildStats,
    config: BuildConfig,
    *,
    inputs: Sequence[str],
    speakers: Mapping[str, int],
    examples: Sequence[dict],
) -> str:
    """The prose part of the card: what, how it was built, fields, counts, examples."""
    lines = [
        "# News quotations",
        "",
        "Quotations attributed to their speakers, extracted from news articles by the `quotes`",
        "builder. Each row of the `quotes` config (the default) is one piece of reported speech,",
        "direct, mixed or indirect, with its speaker, reporting cue, the rule that found it and",
        "character offsets into the article; the `articles` config holds the full articles with",
        "their quotes, so every offset can be checked against the text.",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        'quotes = load_dataset("path/to/this/folder")',
        'articles = load_dataset("path/to/this/folder", "articles")',
        "```",
        "",
        "## How it was built",
        "",
        f"- Builder: `quotes` {escape(quotes_version())}",
        f"- Inputs: {_inputs(inputs)}",
        f"- Split by article (hash of seed and article id): train/validation/test = "
        f"{'/'.join(f'{p:g}' for p in config.split)}, seed {config.seed}",
        f"- Articles read: {stats.articles_read}, with quotes: {stats.articles_with_quotes}, "
        f"input items skipped: {len(stats.skipped)} (see `stats.json`)",
        "",
        "## Fields",
        "",
        "### `quotes`",
        "",
        *_fields(QUOTE_SCHEMA, FIELD_DOCS),
        "",
        "### `articles`",
        "",
        *_fields(ARTICLE_SCHEMA, ARTICLE_FIELD_DOCS),
        "",
        "## Statistics",
        "",
        *_table(
            ["split", "articles", "quotes"],
            [
                (split, stats.articles_by_split.get(split, 0), stats.quotes_by_split.get(split, 0))
                for split in SPLITS
            ],
        ),
        *_count_table("type", stats.quotes_by_type),
        *_count_table("rule", stats.quotes_by_rule),
        *_count_table("skip reason", stats.skipped_by_reason, unit="items"),
    ]
    if speakers:
        lines += ["", "Top speakers:", *_count_table("speaker", speakers, limit=20)]
    if examples:
        lines += ["", "## Examples", ""]
        lines += _table(
            ["title", "speaker", "quote"],
            [
                (
                    escape(r["title"] or ""),
                    escape(r["speaker"] or r["speaker_mention"] or ""),
                    escape(r["quote"], limit=200),
                )
                for r in examples
            ],
        )
    return "\n".join(lines) + "\n"


def dataset_card(
    stats: BuildStats,
    config: BuildConfig,
    rows: Mapping[str, Mapping[str, int]],
    *,
    inputs: Sequence[str],
    speakers: Mapping[str, int],
    examples: Sequence[dict],
) -> str:
    """The whole `README.md`: front matter (`card_yaml`, from the rows per config and split)
    and prose (`card_markdown`)."""
    front = card_yaml(config, quote_rows=rows["quotes"], article_rows=rows["articles"])
    prose = card_markdown(stats, config, inputs=inputs, speakers=speakers, examples=examples)
    return f"---\n{front}\n---\n\n{prose}"
