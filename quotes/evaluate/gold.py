"""Gold articles and their annotations: PolNeAR JSONL, plus the hand-resolved canonical speakers.

A gold file has one article a line, `{"id", "text", "quotes": [...], "meta"}`; each quote is one
content fragment. A canonical file has one attribution group a line, keyed by `doc_id` and
`group`. See `/work/shared/eval/README.md`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from quotes.evaluate.speech import is_speech


@dataclass(slots=True, frozen=True)
class GoldFragment:
    """One contiguous content fragment of a gold attribution, with its speaker and cue."""

    start: int
    end: int
    type: str
    group: str | None
    cue: str | None
    speaker: str | None
    speaker_spans: tuple[tuple[int, int], ...]
    speech: bool


@dataclass(slots=True, frozen=True)
class CanonicalSpeaker:
    """The canonical speaker a human reader resolved for one attribution group."""

    canonical: str | None
    generic: bool
    is_speech: bool

    @property
    def scorable(self) -> bool:
        """Named, specific speakers only: generic and unnamed sources have nothing to match."""
        return self.canonical is not None and not self.generic


@dataclass(slots=True)
class GoldArticle:
    """An annotated article; `canonical` maps group -> speaker, None when not annotated."""

    id: str
    text: str
    fragments: list[GoldFragment] = field(default_factory=list)
    canonical: dict[str, CanonicalSpeaker] | None = None


def load_gold(path: str | Path, *, canonical: str | Path | None = None) -> list[GoldArticle]:
    """Read a gold JSONL file; attach canonical speakers when a canonical file is given."""
    with open(path, encoding="utf-8") as lines:
        articles = [_article(json.loads(line)) for line in lines if line.strip()]
    if canonical is not None:
        attach_canonical(articles, load_canonical(canonical))
    return articles


def _article(row: dict) -> GoldArticle:
    fragments = [_fragment(quote) for quote in row.get("quotes", [])]
    return GoldArticle(id=row["id"], text=row["text"], fragments=fragments)


def _fragment(quote: dict) -> GoldFragment:
    return GoldFragment(
        start=quote["start"],
        end=quote["end"],
        type=quote["type"],
        group=quote.get("group"),
        cue=quote.get("cue"),
        speaker=quote.get("speaker"),
        speaker_spans=tuple((s, e) for s, e in quote.get("speaker_spans") or ()),
        speech=is_speech(quote["type"], quote.get("cue")),
    )


def load_canonical(path: str | Path) -> dict[str, dict[str, CanonicalSpeaker]]:
    """Read a canonical file into `{doc_id: {group: CanonicalSpeaker}}`."""
    by_doc: dict[str, dict[str, CanonicalSpeaker]] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            by_doc.setdefault(row["doc_id"], {})[row["group"]] = CanonicalSpeaker(
                canonical=row.get("canonical"),
                generic=bool(row.get("generic")),
                is_speech=bool(row.get("is_speech")),
            )
    return by_doc


def attach_canonical(
    articles: list[GoldArticle], by_doc: dict[str, dict[str, CanonicalSpeaker]]
) -> None:
    """Set each article's `canonical` map from `by_doc` (None for articles not annotated)."""
    for article in articles:
        article.canonical = by_doc.get(article.id)


_POSSESSIVE = re.compile(r"'s\b")


def normalise_name(name: str | None) -> str:
    """Canonical names compare case-insensitively, without a leading "the" or possessive "'s"."""
    if not name:
        return ""
    name = " ".join(name.replace("’", "'").lower().split())
    name = _POSSESSIVE.sub("", name)
    return name.removeprefix("the ").strip()


def gold_as_predictions(articles: list[GoldArticle]) -> list[dict]:
    """Gold fragments as prediction records: speaker span = first gold speaker span, speaker =
    canonical where known. Scoring these against the same gold is the scorer's sanity check."""
    records = []
    for article in articles:
        for fragment in article.fragments:
            mention = fragment.speaker_spans[0] if fragment.speaker_spans else (None, None)
            known = (article.canonical or {}).get(fragment.group or "")
            records.append(
                {
                    "article_id": article.id,
                    "start": fragment.start,
                    "end": fragment.end,
                    "type": fragment.type,
                    "speaker_start": mention[0],
                    "speaker_end": mention[1],
                    "speaker": known.canonical if known else None,
                    "cue": fragment.cue,
                    "confidence": 1.0,
                    "rule": "gold",
                }
            )
    return records
