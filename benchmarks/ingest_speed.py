"""Ingest speed and peak memory on the articles of a question-case file (default: RealTimeQA dev set).

usage: python benchmarks/ingest_speed.py [CASES.jsonl.gz] [--limit N] [--keep-dates]

Writes the case documents as one JSON-lines file (dates blanked unless --keep-dates, so the dating cascade
does its full work), ingests it into a fresh store and prints documents per second, peak memory (RSS) and
the store's size.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from tidings import pipeline
from tidings.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "realtimeqa-2023h1.jsonl.gz"


def write_documents(cases: Path, out: Path, *, limit: int | None, keep_dates: bool) -> tuple[int, int]:
    seen: set[str] = set()
    n = size = 0
    with (
        gzip.open(cases, "rt", encoding="utf-8") if cases.suffix == ".gz" else cases.open() as fh,
        out.open("w", encoding="utf-8") as dst,
    ):
        for line in fh:
            case = json.loads(line)
            for d in case.get("documents", []):
                key = d["text"]
                if key in seen:
                    continue
                seen.add(key)
                rec = {
                    "id": f"{case['id']}#{d['id']}",
                    "url": d.get("url"),
                    "title": d.get("title"),
                    "date": d.get("date") if keep_dates else None,
                    "text": d["text"],
                }
                dst.write(json.dumps(rec) + "\n")
                n += 1
                size += len(d["text"].encode())
                if limit and n >= limit:
                    return n, size
    return n, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--keep-dates", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs.jsonl"
        n, size = write_documents(args.cases, docs, limit=args.limit, keep_dates=args.keep_dates)
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        cpu_started = time.process_time()
        with Store(db) as store:
            summary = pipeline.ingest([docs], store)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        store_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6
    print(f"documents: {n} ({size / 1e6:.1f} MB of text)")
    print(f"ingest: {summary.line()}")
    print(f"seconds: {seconds:.1f}")
    print(f"documents per second: {n / seconds:.1f}")
    print(f"documents per CPU second: {n / cpu:.1f} (wall time varies with the machine's load)")
    print(f"kB of text per second: {size / 1e3 / seconds:.0f}")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    print(f"store size: {store_mb:.1f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
