"""CPU milliseconds per article for sentence splitting, time tagging, claim extraction and all of analyze.

usage: python benchmarks/claims_speed.py [N] [--cases CASES.jsonl.gz]

Runs over the first N distinct articles (default 500) of a question-case file (default: the RealTimeQA dev
set). Times are CPU time (time.process_time), not wall time: the machine is shared and wall time is noisy.
Claims are extracted once with an unknown document date and once with a fixed day, since known dates turn
on the as-of logic.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tidings import pipeline, timex
from tidings.claims import extract_claims
from tidings.model import UNKNOWN_DATE, DateEstimate, Document
from tidings.read import make_document
from tidings.sentences import split

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "realtimeqa-2023h1.jsonl.gz"
_FIXED = DateEstimate(date(2023, 3, 15), date(2023, 3, 15), "day", 1.0, "benchmark")


def load(cases: Path, limit: int) -> list[Document]:
    docs: list[Document] = []
    seen: set[str] = set()
    with gzip.open(cases, "rt", encoding="utf-8") if cases.suffix == ".gz" else cases.open() as fh:
        for line in fh:
            for d in json.loads(line).get("documents", []):
                if d["text"] in seen:
                    continue
                seen.add(d["text"])
                docs.append(make_document(d["text"], source="x", format="case"))
                if len(docs) >= limit:
                    return docs
    return docs


def cpu_ms(step: Callable[[], object], n: int) -> float:
    t0 = time.process_time()
    step()
    return 1000 * (time.process_time() - t0) / max(1, n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=500)
    ap.add_argument("--cases", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    docs = load(args.cases, args.n)
    n = len(docs)
    kb = sum(len(d.text) for d in docs) / n / 1000
    sentences = sum(len(split(d.text)) for d in docs) / n
    timexes = [timex.tag(d.text, None) for d in docs]
    print(f"articles: {n}  mean size: {kb:.1f} k chars  mean sentences: {sentences:.0f}")
    rows = [
        ("sentences.split", cpu_ms(lambda: [split(d.text) for d in docs], n)),
        ("timex.tag", cpu_ms(lambda: [timex.tag(d.text, None) for d in docs], n)),
        (
            "extract_claims (unknown date)",
            cpu_ms(
                lambda: [extract_claims(d, UNKNOWN_DATE, t) for d, t in zip(docs, timexes, strict=True)], n
            ),
        ),
        (
            "extract_claims (fixed day)",
            cpu_ms(lambda: [extract_claims(d, _FIXED, t) for d, t in zip(docs, timexes, strict=True)], n),
        ),
        ("pipeline.analyze", cpu_ms(lambda: [pipeline.analyze(d) for d in docs], n)),
    ]
    for name, ms in rows:
        print(f"{name:<32} {ms:7.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
