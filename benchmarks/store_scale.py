"""Build time, store size, peak memory and question latency over a large generated corpus (issue 5).

usage: python benchmarks/store_scale.py [--docs N] [--db PATH] [--questions K] [--reuse] [--profile]
                                        [--no-redate]

Generates N synthetic articles with ``corpus_gen.py`` (in a child process, so the generator's memory does
not count towards the build's peak), ingests them into a fresh store with ``pipeline.ingest`` and asks K
questions about the generated stories with ``pipeline.ask``. Prints figures as ``name: value`` lines:
build seconds (with the corpus dating pass, ``redate_store``, shown on its own), documents per second,
store size on disk, peak RSS of this process, question latency (median, p90, max; the first question is
also shown alone, as it pays for a cold cache) and how many answers contain the value the generator holds
as true. ``--reuse`` keeps an existing store (and its corpus) instead of building again; ``--profile``
prints cProfile's top functions for one question. The machine may be shared: the load average is printed
before and after.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from tidings import pipeline
from tidings.model import Answer
from tidings.store import Store

HERE = Path(__file__).resolve().parent


def load() -> str:
    with open("/proc/loadavg") as fh:
        return " ".join(fh.read().split()[:3])


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def store_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.name.startswith(db.name))


def remove_store(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def generate(docs: int, corpus: Path, questions: Path, k: int, seed: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(HERE / "corpus_gen.py"),
            str(docs),
            str(corpus),
            "--questions",
            str(k),
            "--questions-out",
            str(questions),
            "--seed",
            str(seed),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def build(db: Path, corpus: Path, docs: int, *, redate: bool = True) -> dict[str, Any]:
    """Ingest the corpus into a fresh store; times the corpus dating pass on its own.

    ``redate=False`` skips that pass (documents keep the dates they give themselves): it is the part of
    the build that grows faster than the corpus, and skipping it lets question latency be measured on a
    store too large to build with it in reasonable time.
    """
    remove_store(db)
    redate_seconds = 0.0
    original: Callable[..., int] = pipeline.redate_store

    def timed_redate(*args: Any, **kwargs: Any) -> int:
        nonlocal redate_seconds
        if not redate:
            return 0
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            redate_seconds += time.perf_counter() - t0

    seen = 0
    started = time.perf_counter()
    step = max(1000, docs // 20)

    def progress(_source: str) -> None:
        nonlocal seen
        seen += 1
        if seen % step == 0:
            rate = seen / (time.perf_counter() - started)
            print(f"  ... {seen} read, {rate:.0f} docs/s, rss {rss_mb():.0f} MB", file=sys.stderr, flush=True)

    pipeline.redate_store = timed_redate  # a timing wrapper with the same signature
    try:
        with Store(db) as store:
            summary = pipeline.ingest([corpus], store, progress=progress)
            seconds = time.perf_counter() - started
            count = store.count()
    finally:
        pipeline.redate_store = original
    return {
        "summary": summary.line(),
        "seconds": seconds,
        "redate_seconds": redate_seconds,
        "count": count,
    }


def _contains(answer: Answer, expected: Sequence[str]) -> bool:
    hay = " ".join((answer.text, *answer.values))
    return any(re.search(rf"(?<![\w,]){re.escape(e)}(?![\w]|,\d)", hay, re.I) for e in expected)


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def ask_all(db: Path, questions: list[dict[str, Any]], *, show: int) -> dict[str, Any]:
    latencies: list[float] = []
    retrieve_ms: list[float] = []
    right = 0
    wrong: list[str] = []
    with Store(db, readonly=True) as store:
        for q in questions:
            t0 = time.perf_counter()
            ans = pipeline.ask(store, q["question"])
            latencies.append((time.perf_counter() - t0) * 1000)
            if _contains(ans, q["expected"]):
                right += 1
            elif len(wrong) < show:
                wrong.append(f"  {q['question']} expected {q['expected'][0]}; got: {ans.text[:140]!r}")
        # Retrieval alone (the full-text search and loading 40 analysed documents), warm.
        for q in questions:
            t0 = time.perf_counter()
            pipeline.retrieve(store, q["question"])
            retrieve_ms.append((time.perf_counter() - t0) * 1000)
    return {"latencies": latencies, "retrieve": retrieve_ms, "right": right, "wrong": wrong}


def profile_one(db: Path, question: str, top: int) -> None:
    with Store(db, readonly=True) as store:
        pipeline.ask(store, question)  # warm the page cache first: the profile is of a steady state
        prof = cProfile.Profile()
        prof.enable()
        pipeline.ask(store, question)
        prof.disable()
    print(f"profile of one ask: {question}")
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None, help="default: /tmp/tidings-scale-N.db")
    ap.add_argument("--questions", type=int, default=50)
    ap.add_argument("--reuse", action="store_true", help="skip building when the store exists")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="cProfile one question")
    ap.add_argument(
        "--no-redate", action="store_true", help="skip the corpus dating pass (redate_store) of the build"
    )
    ap.add_argument("--show-wrong", type=int, default=5, help="print up to this many wrong answers")
    args = ap.parse_args()
    db: Path = args.db or Path(f"/tmp/tidings-scale-{args.docs}.db")
    corpus = db.with_suffix(".corpus.jsonl")
    qfile = db.with_suffix(".questions.jsonl")

    print(f"load before: {load()}")
    print(f"documents requested: {args.docs}")
    reuse = args.reuse and db.exists() and qfile.exists()
    if not reuse:
        gen_seconds = generate(args.docs, corpus, qfile, args.questions, args.seed)
        print(f"corpus seconds: {gen_seconds:.1f}")
        print(f"corpus MB: {corpus.stat().st_size / 1e6:.1f}")
        rss_before = rss_mb()
        result = build(db, corpus, args.docs, redate=not args.no_redate)
        print(f"ingest: {result['summary']}")
        print(f"documents stored: {result['count']}")
        print(f"build seconds: {result['seconds']:.1f}")
        if args.no_redate:
            print("  redate_store: skipped (--no-redate)")
        else:
            print(f"  of which redate_store seconds: {result['redate_seconds']:.1f}")
        print(f"documents per second: {result['count'] / result['seconds']:.1f}")
        print(f"rss before build MB: {rss_before:.0f}")
        print(f"peak rss after build MB: {peak_rss_mb():.0f}")
        sys.stdout.flush()
    else:
        print("build: reused existing store")
    print(f"store size MB: {store_bytes(db) / 1e6:.1f}")

    questions = [json.loads(line) for line in qfile.open(encoding="utf-8")][: args.questions]
    result = ask_all(db, questions, show=args.show_wrong)
    lat: list[float] = result["latencies"]
    print(f"questions: {len(lat)}")
    print(f"ask first ms: {lat[0]:.0f}")
    print(f"ask median ms: {statistics.median(lat):.0f}")
    print(f"ask p90 ms: {percentile(lat, 0.9):.0f}")
    print(f"ask max ms: {max(lat):.0f}")
    print(f"retrieve median ms: {statistics.median(result['retrieve']):.0f}")
    print(f"answers containing expected value: {result['right']}/{len(lat)}")
    for line in result["wrong"]:
        print(line)
    by_kind: dict[str, list[float]] = {}
    for q, ms in zip(questions, lat, strict=True):
        by_kind.setdefault(q["kind"], []).append(ms)
    for kind, values in sorted(by_kind.items()):
        print(f"ask median ms ({kind}): {statistics.median(values):.0f}")
    print(f"peak rss MB: {peak_rss_mb():.0f}")
    print(f"load after: {load()}")
    print(f"date: {date.today().isoformat()}")
    sys.stdout.flush()
    if args.profile and questions:
        slowest = max(range(len(lat)), key=lambda i: lat[i])
        profile_one(db, questions[slowest]["question"], 25)


if __name__ == "__main__":
    main()
