"""Benchmark a full `quotes build` against nltk Punkt alone, across workers and input sizes.

Usage:
    python scripts/bench.py ../shared/eval/polnear_train.jsonl --workers 1 2 --repeat 3 \
        --scale 4 --stages --profile

Each build runs as a fresh `quotes build` subprocess (read, segment, find, attribute, write), so
builds do not share caches or memory; its peak memory is the RSS high-water `wait4` reports for
that one process tree (the largest process) and, sampled from /proc, the whole tree's summed RSS
(what several workers cost together). nltk Punkt alone (nltk's `PunktSentenceTokenizer` as
shipped, with the parameters `quotes` uses, over `quotes.segment.paragraphs`) runs here, over
the same article texts; the build is compared with it. Punkt as `quotes` runs it (a token class
that skips regexes, same sentences) is printed beside it. Times are the best
of `--repeat`; MB are 10^6 bytes of UTF-8 article text. Other load on the machine skews
`--workers` scaling: the load average is printed with the figures.

Inputs are read where they are (gold data stays in ../shared); `--scale` copies stay in a temp
folder that is removed at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer
from process_runs import Run, measure, same_tree  # scripts/process_runs.py, beside this one

from quotes import build
from quotes.attribute import EntityIndex, resolve_speakers
from quotes.detect import find_speech
from quotes.detect.marks import quoted_spans
from quotes.export.encoded import encode_article
from quotes.ingest import read_inputs
from quotes.segment import paragraphs, sentence_tokenizer
from quotes.types import Article, Span

TARGET_PUNKT_RATIO = 2.0  # a build may cost at most twice segmentation alone
TARGET_MEMORY_RATIO = 1.5  # 4x the input may cost at most 1.5x the memory: the build streams
TARGET_SPEEDUP = 1.6  # two workers on two cores


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    articles = [item for item in read_inputs([args.input]) if isinstance(item, Article)]
    text_mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    print(f"input {args.input}: {len(articles)} articles, {text_mb:.2f} MB of text")
    print(f"load average before: {_load()}")
    stock = stock_tokenizer()
    punkt, punkt_cpu = min(punkt_seconds(articles, stock) for _ in range(args.repeat))
    print(f"nltk punkt alone: {punkt:.2f} s ({punkt_cpu:.2f} s CPU), {text_mb / punkt:.2f} MB/s")
    ours, _ = min(punkt_seconds(articles, sentence_tokenizer()) for _ in range(args.repeat))
    print(
        f"  punkt as quotes runs it (same sentences, faster token class): {ours:.2f} s,"
        f" {text_mb / ours:.2f} MB/s"
    )
    startup = min((startup_run() for _ in range(args.repeat)), key=lambda run: run.seconds)
    print(
        f"interpreter + `import quotes.cli`: {startup.seconds:.2f} s ({startup.cpu_seconds:.2f} s"
        f" CPU), peak RSS {startup.peak_mb:.0f} MB: part of every build below"
    )
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        work = Path(tmp)
        runs: dict[int, Run] = {}
        for workers in args.workers:
            out = work / f"out-w{workers}"
            runs[workers] = best_build(args.input, out, args, workers=workers)
            _print_run(f"build --workers {workers}", runs[workers], text_mb, len(articles))
        first = min(args.workers)
        ratio = runs[first].seconds / punkt
        _check(f"build/punkt ({first} worker)", ratio, TARGET_PUNKT_RATIO, lower_is_better=True)
        print(
            f"  the same in CPU time: {runs[first].cpu_seconds / punkt_cpu:.2f}; without start-up:"
            f" {(runs[first].cpu_seconds - startup.cpu_seconds) / punkt_cpu:.2f}"
        )
        for workers in sorted(runs):
            if workers == first:
                continue
            speedup = runs[first].seconds / runs[workers].seconds
            _check(f"speed-up {workers} vs {first} workers", speedup, TARGET_SPEEDUP)
            same = same_tree(work / f"out-w{first}", work / f"out-w{workers}")
            print(f"output of {workers} workers identical to {first}: {same}")
        if args.scale > 1:
            scale_memory(articles, work, args, times=args.scale)
        print(f"load average after: {_load()}")
        if args.stages:
            print_stages(articles, startup, runs[first], repeat=args.repeat)
        if args.profile:
            profile_build(args.input, work / "out-profile", top=args.top)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="an input file or folder, as for `quotes build`")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the best counts")
    parser.add_argument("--scale", type=int, default=1, help="also build the input N times over")
    parser.add_argument("--engine", choices=("local", "datatrove"), default="local")
    parser.add_argument("--tasks", type=int, default=1, help="datatrove tasks")
    parser.add_argument(
        "--stages", action="store_true", help="time each stage of the 1-worker build, in here"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile a 1-worker build")
    parser.add_argument("--top", type=int, default=25, help="functions shown by --profile")
    return parser


class _ShippedLanguageVars(PunktLanguageVars):
    """The end and internal punctuation `quotes` sets, on nltk's own language class: its own
    patterns, each run under nltk's timeout guard, as shipped."""

    sent_end_chars = (".", "?", "!")
    internal_punctuation = ",:;"


def stock_tokenizer() -> PunktSentenceTokenizer:
    """nltk's Punkt as shipped (its own token and language classes) with the parameters `quotes`
    uses: the "nltk Punkt alone" the build is compared with."""
    ours = sentence_tokenizer()
    return PunktSentenceTokenizer(ours._params, lang_vars=_ShippedLanguageVars())


def punkt_seconds(articles: list[Article], tokenizer) -> tuple[float, float]:
    """Segmentation alone, wall and CPU seconds: Punkt over every paragraph of every article."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for article in articles:
        text = article.text
        for paragraph in paragraphs(text):
            for _ in tokenizer.span_tokenize(text[paragraph.start : paragraph.end]):
                pass
    return time.perf_counter() - start, time.process_time() - start_cpu


def startup_run() -> Run:
    return measure([sys.executable, "-c", "import quotes.cli"])


def best_build(input_path: str, out: Path, args: argparse.Namespace, *, workers: int) -> Run:
    """The fastest of `args.repeat` fresh `quotes build` processes (peak memory: the highest)."""
    runs = []
    for _ in range(args.repeat):
        command = [sys.executable, "-c", "from quotes.cli import main; main()", "build"]
        command += [input_path, "-o", str(out), "-q", "--overwrite", "--workers", str(workers)]
        command += ["--engine", args.engine, "--tasks", str(args.tasks)]
        runs.append(measure(command))
    best = min(runs, key=lambda run: run.seconds)
    best.peak_mb = max(run.peak_mb for run in runs)
    best.tree_peak_mb = max(run.tree_peak_mb for run in runs)
    return best


def scale_memory(articles: list[Article], work: Path, args: argparse.Namespace, *, times: int):
    """Peak memory of a 1-worker build of the input once and `times` over (same JSONL form)."""
    peaks = {}
    for scale in (1, times):
        path = work / f"input-x{scale}.jsonl"
        write_scaled(articles, path, times=scale)
        run = best_build(str(path), work / f"out-x{scale}", args, workers=1)
        peaks[scale] = run.peak_mb
        _print_run(f"build x{scale} (1 worker)", run, 0, len(articles) * scale)
    _check(f"peak memory x{times} / x1", peaks[times] / peaks[1], TARGET_MEMORY_RATIO, True)


def write_scaled(articles: list[Article], path: Path, *, times: int) -> None:
    """The articles `times` over as JSONL, ids made unique by a `~copy` suffix."""
    with open(path, "w", encoding="utf-8") as fp:
        for copy in range(times):
            for a in articles:
                row = {"id": f"{a.id}~{copy}", "text": a.text, "title": a.title, "url": a.url}
                fp.write(json.dumps({**row, "date": a.date}, ensure_ascii=False) + "\n")


def stage_seconds(articles: list[Article]) -> dict[str, float]:
    """Wall seconds of each stage of extraction over `articles`, run here in `find_quotes`'s
    order; Punkt and word tokens are timed where detection calls them."""
    seconds = dict.fromkeys(("marks", "detect", "punkt", "tokens", "attribute", "encode"), 0.0)
    speech = sys.modules["quotes.detect.speech"]

    def timed(name: str, function):
        def wrapper(*args):
            start = time.perf_counter()
            try:
                return function(*args)
            finally:
                seconds[name] += time.perf_counter() - start

        return wrapper

    clock = time.perf_counter
    with (
        mock.patch.object(speech, "sentences", timed("punkt", speech.sentences)),
        mock.patch.object(speech, "tokenize", timed("tokens", speech.tokenize)),
    ):
        for article in articles:
            text = article.text
            start = clock()
            paras = list(paragraphs(text))
            quoted = quoted_spans(text, paras)
            marked = clock()
            found = find_speech(text, paras, quoted)
            detected = clock()
            if found:
                spans = [Span(q.open_at, q.close_end) for q in quoted]
                resolve_speakers(text, found, EntityIndex(text, spans))
            attributed = clock()
            encode_article(article, found)
            seconds["marks"] += marked - start
            seconds["detect"] += detected - marked
            seconds["attribute"] += attributed - detected
            seconds["encode"] += clock() - attributed
    return seconds


def print_stages(articles: list[Article], startup: Run, build_run: Run, *, repeat: int) -> None:
    """Where a 1-worker build's time goes: the stages in this process (best of `repeat`) and
    the build's start-up; what remains is reading and writing files, splits and the card."""
    seconds = min((stage_seconds(articles) for _ in range(repeat)), key=lambda s: sum(s.values()))
    rows = [
        ("interpreter + imports (start-up)", startup.seconds),
        ("quote marks and paragraphs", seconds["marks"]),
        ("detection rules", seconds["detect"] - seconds["punkt"] - seconds["tokens"]),
        ("  Punkt on paragraphs holding a cue", seconds["punkt"]),
        ("  word tokens of sentences holding a cue", seconds["tokens"]),
        ("attribution (entity index, resolution)", seconds["attribute"]),
        ("records and JSON encoding", seconds["encode"]),
    ]
    accounted = sum(value for _, value in rows)
    rows.append(("the rest: reading, writing, splits, card", build_run.seconds - accounted))
    print(f"\nstages of the 1-worker build ({build_run.seconds:.2f} s), in wall seconds:")
    for label, value in rows:
        print(f"  {label:44s} {value:5.2f}  {100 * value / build_run.seconds:3.0f}%")


def profile_build(input_path: str, out: Path, *, top: int) -> None:
    """cProfile of a 1-worker build in this process: the hot spots, cumulative and own time."""
    profiler = cProfile.Profile()
    profiler.runcall(build, [input_path], out, workers=1, overwrite=True)
    stats = pstats.Stats(profiler)
    total = max(row[3] for row in stats.stats.values())  # the outermost call's cumulative time
    rows = [(func, row[2], row[3]) for func, row in stats.stats.items()]  # own, cumulative
    print(f"\nprofile of a 1-worker build ({total:.1f} s under cProfile)")
    print(f"{'cum %':>6} {'own %':>6}  function")
    ours = [row for row in rows if "/quotes/" in row[0][0] or "nltk" in row[0][0]]
    for func, own, cum in sorted(ours, key=lambda row: -row[2])[:top]:
        print(f"{100 * cum / total:6.1f} {100 * own / total:6.1f}  {_where(func)}")
    print(f"\n{'own %':>6}  function (any package, by own time)")
    for func, own, _ in sorted(rows, key=lambda row: -row[1])[:top]:
        print(f"{100 * own / total:6.1f}  {_where(func)}")


def _where(func: tuple[str, int, str]) -> str:
    path, line, name = func
    parts = Path(path).parts
    short = "/".join(parts[parts.index("quotes") :]) if "quotes" in parts else Path(path).name
    return f"{name} ({short}:{line})"


def _print_run(label: str, run: Run, text_mb: float, articles: int) -> None:
    rate = f"{text_mb / run.seconds:.2f} MB/s, " if text_mb else ""
    print(
        f"{label}: {run.seconds:.2f} s ({run.cpu_seconds:.2f} s CPU), {rate}"
        f"{articles / run.seconds:.0f} articles/s, peak RSS {run.peak_mb:.0f} MB "
        f"(process tree {run.tree_peak_mb:.0f} MB)"
    )


def _check(label: str, value: float, target: float, lower_is_better: bool = False) -> None:
    met = value <= target if lower_is_better else value >= target
    sign = "<=" if lower_is_better else ">="
    print(f"{label}: {value:.2f} (target {sign} {target}): {'met' if met else 'NOT met'}")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
