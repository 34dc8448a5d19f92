"""One frozen configuration for a build; the CLI maps its flags onto it, the API its keywords."""

from __future__ import annotations

from dataclasses import dataclass, fields

ENGINES = ("local", "datatrove")


@dataclass(frozen=True, slots=True)
class BuildConfig:
    # ingest
    id_field: str = "id"
    text_field: str = "text"
    title_field: str = "title"
    # export
    split: tuple[float, float, float] = (0.8, 0.1, 0.1)
    seed: int = 0
    license: str = "other"
    language: str = "en"
    shard_size: int = 100_000  # records per output shard
    # run
    workers: int = 1
    engine: str = "local"
    tasks: int = 1
    overwrite: bool = False
    resume: bool = False
    strict: bool = False
    rejects: str | None = None
    quiet: bool = True

    def __post_init__(self) -> None:
        fractions = self.split
        if len(fractions) != 3 or any(p < 0 for p in fractions) or abs(sum(fractions) - 1) > 1e-6:
            raise ValueError(
                f"split must be three non-negative fractions summing to 1, got {self.split!r}"
            )
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; valid engines: {', '.join(ENGINES)}")
        if self.workers < 1 or self.tasks < 1:
            raise ValueError("workers and tasks must be at least 1")
        if self.shard_size < 1:
            raise ValueError("shard_size must be at least 1")

    @classmethod
    def from_options(cls, **options: object) -> BuildConfig:
        """Build from keyword options, rejecting unknown names with the list of valid ones."""
        valid = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - valid)
        if unknown:
            raise TypeError(f"unknown option(s) {unknown}; valid options: {sorted(valid)}")
        if "split" in options:
            options["split"] = tuple(float(p) for p in options["split"])  # type: ignore[union-attr]
        return cls(**options)  # type: ignore[arg-type]
