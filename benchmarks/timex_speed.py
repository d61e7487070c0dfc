"""Throughput of the temporal tagger: kB of text per second on one core over the dev texts.

usage: python benchmarks/timex_speed.py [CASES.jsonl] [--repeat N]
Each round tags every text once; the best round is reported (least disturbed by other load).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from tidings.timex import tag

DEFAULT_CASES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "timex-tbaq.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="?", default=str(DEFAULT_CASES))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    with open(args.cases, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    docs = [(c["text"], date.fromisoformat(c["dct"][:10]) if c.get("dct") else None) for c in cases]
    kb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1000
    n_found = 0
    rounds = []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        n_found = sum(len(tag(text, dct)) for text, dct in docs)
        rounds.append(time.perf_counter() - t0)
    best = min(rounds)
    print(f"texts: {len(docs)}  size: {kb:.0f} kB  expressions: {n_found}")
    median = sorted(rounds)[len(rounds) // 2]
    print(f"best of {len(rounds)}: {best:.3f} s  ->  {kb / best:.0f} kB/s  (median {kb / median:.0f} kB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
