"""Engines that run the extraction core at scale. Each is an optional extra, imported on demand.

`quotes.engines.datatrove` runs `quotes.extract.find_quotes` as datatrove pipeline steps
(local, Slurm or Ray executors). Nothing in the extraction core imports an engine.
"""

from __future__ import annotations

MISSING_DATATROVE = (
    "the datatrove engine needs datatrove: pip install 'quotes[scale]' "
    "(or run without --engine datatrove)"
)
