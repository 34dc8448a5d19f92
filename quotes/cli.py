"""Command line: `quotes build | extract | show | eval`. Flags map onto `BuildConfig`."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from quotes.config import ENGINES
from quotes.extract import extract
from quotes.ingest import read_inputs
from quotes.types import Article, Reject

_INPUT = click.argument("inputs", nargs=-1, required=True)


def _field_options(func):
    for name, default in (("id", "id"), ("text", "text"), ("title", "title")):
        func = click.option(
            f"--{name}-field",
            default=default,
            show_default=True,
            help=f"JSONL/Parquet/dataset field holding the article {name}.",
        )(func)
    return func


@click.group()
@click.version_option(package_name="quotes")
def main() -> None:
    """Turn raw news text into a Hugging Face dataset of attributed quotations."""


@main.command("build")
@_INPUT
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Output dataset folder.",
)
@click.option("--overwrite", is_flag=True, help="Replace OUT once the new build is complete.")
@click.option(
    "--split",
    default="0.8,0.1,0.1",
    show_default=True,
    help="train,validation,test fractions (by article).",
)
@click.option("--seed", default=0, show_default=True, help="Seed of the article split hash.")
@click.option(
    "--license",
    "license_",
    default="other",
    show_default=True,
    help="Licence written to the dataset card.",
)
@click.option("--language", default="en", show_default=True)
@click.option("--shard-size", default=100_000, show_default=True, help="Records per shard.")
@click.option("--workers", default=1, show_default=True, help="Extraction processes.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True)
@click.option("--tasks", default=1, show_default=True, help="datatrove tasks (engine datatrove).")
@click.option("--resume", is_flag=True, help="Reuse finished shards of an interrupted build.")
@click.option("--strict", is_flag=True, help="Fail on the first bad input item.")
@click.option("--rejects", type=click.Path(), help="Write skipped input items here (JSONL).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@_field_options
def build_command(inputs, out_dir, split, license_, quiet, **options) -> None:
    """Build a dataset folder from INPUT files, folders or `-` (stdin)."""
    from quotes.pipeline import BadInputError, build

    _logging(quiet)
    try:
        fractions = tuple(float(p) for p in split.split(","))
    except ValueError:
        raise click.BadParameter(
            f"expected three numbers like 0.8,0.1,0.1, got {split!r}", param_hint="--split"
        ) from None
    try:
        stats = build(
            list(inputs),
            out_dir,
            progress=not quiet,
            split=fractions,
            license=license_,
            quiet=quiet,
            **options,
        )
    except (BadInputError, FileExistsError, FileNotFoundError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    if not quiet:
        by_type = ", ".join(f"{k} {v}" for k, v in sorted(stats.quotes_by_type.items()))
        click.echo(
            f"{out_dir}: {stats.articles_read} articles, {stats.quotes} quotes ({by_type}); "
            f"splits {stats.quotes_by_split}; skipped {len(stats.skipped)} input item(s)",
            err=True,
        )


def _articles(inputs, options) -> list[Article]:
    for item in read_inputs(list(inputs), **options):
        if isinstance(item, Reject):
            continue  # logged by the reader
        yield item


@main.command("extract")
@_INPUT
@_field_options
def extract_command(inputs, **options) -> None:
    """Print quote records of INPUT as JSONL on stdout (offsets into each article's text)."""
    _logging(quiet=False)
    out = sys.stdout
    for article in _articles(inputs, options):
        for record in extract(article):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@main.command("show")
@_INPUT
@_field_options
def show_command(inputs, **options) -> None:
    """Show each quote of INPUT readably: speaker, type, rule and confidence."""
    _logging(quiet=False)
    for article in _articles(inputs, options):
        click.secho(f"\n# {article.title or article.id}", bold=True)
        for record in extract(article):
            speaker = record["speaker"] or f"({record['speaker_type']})"
            mention = record["speaker_mention"]
            said = f"{speaker}" + (f" [{mention}]" if mention and mention != speaker else "")
            click.echo(
                f"- {click.style(said, fg='cyan')} {record['type']} "
                f"{click.style(record['rule'], fg='yellow')} {record['confidence']:.2f}"
            )
            click.echo(f"    {record['quote']}")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--canonical",
    type=click.Path(exists=True, dir_okay=False),
    help="Canonical speaker annotations (default: GOLD stem + _canonical.jsonl).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", type=click.Path(), help="Write misses and false alarms here (JSONL).")
def eval_command(gold, pred, canonical, as_json, errors) -> None:
    """Score PRED (or the extractor itself, when PRED is omitted) against GOLD."""
    from quotes.evaluate import run_eval

    _logging(quiet=False)

    def extractor(aid: str, text: str) -> list[dict]:
        return extract(Article(id=aid, text=text))

    report = run_eval(gold, pred, extract=None if pred else extractor, canonical=canonical)
    if errors:
        with open(errors, "w", encoding="utf-8") as fp:
            for kind, rows in (("miss", report.misses), ("false_alarm", report.false_alarms)):
                for row in rows:
                    fp.write(json.dumps({"kind": kind, **_as_dict(row)}, ensure_ascii=False) + "\n")
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format())


def _as_dict(row) -> dict:
    from dataclasses import asdict, is_dataclass

    return asdict(row) if is_dataclass(row) else dict(row)


def _logging(quiet: bool) -> None:
    logging.basicConfig(
        level=logging.ERROR if quiet else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
