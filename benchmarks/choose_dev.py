"""Multiple-choice accuracy of ``tidings.choose`` on a case file (default: the RealTimeQA development set).

    .venv/bin/python benchmarks/choose_dev.py [CASES] [--blank-dates [--blank-urls] [--no-dating]]
        [--limit N] [--embed WEIGHT] [--set NAME=VALUE ...] [--save FILE] [--compare FILE]

Prints accuracy overall and on each half of the file (a check that tuning did not fit one half), and the
seconds per question spent building the records (reading, tagging time expressions as ingest does, and
dating with --blank-dates) and choosing.
``--set`` overrides a field of ``tidings.choose.Weights`` (e.g. ``--set fresh_floor=0.1``). Gold answers
are read here only, for scoring. ``--embed 2`` adds the sentence-embedding score of ``tidings.embed``
with weight 2 (the same as ``--set embed=2``); without wordllama installed it says so and stays lexical.
``--save`` writes each case's choice and correctness as JSON lines; ``--compare`` reads such a file from an
earlier run and reports the cases won and lost, per half, with a two-sided sign test on the changed cases.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import importlib
import inspect
import json
import math
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from tidings import embed, timex
from tidings.choose import DEFAULT_WEIGHTS, Weights, choose
from tidings.model import UNKNOWN_DATE, Analyzed, DateEstimate, Document, content_id

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_CASES = SHARED / "eval" / "dev" / "realtimeqa-2023h1.jsonl.gz"


def load_cases(path: Path) -> Iterator[dict[str, Any]]:
    opener: Callable[..., Any] = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _make_document(d: dict[str, Any], case_id: str, given: str | None) -> Document:
    try:
        read = importlib.import_module("tidings.read")
    except ImportError:
        read = None
    if read is not None and hasattr(read, "make_document"):
        doc: Document = read.make_document(
            d["text"],
            source=f"{case_id}/{d['id']}",
            format="case",
            external_id=d["id"],
            url=d.get("url"),
            title=d.get("title"),
            given_date=given,
        )
        return doc
    raw = d["text"]
    return Document(
        id=content_id(raw),
        text=raw,
        raw=raw,
        body=raw,
        source=f"{case_id}/{d['id']}",
        format="case",
        external_id=d["id"],
        url=d.get("url"),
        title=d.get("title"),
        given_date=given,
    )


def _given_estimate(value: str | None) -> DateEstimate:
    if not value:
        return UNKNOWN_DATE
    if len(value) == 10:
        day = date.fromisoformat(value)
        return DateEstimate(day, day, "day", 1.0, "metadata")
    if len(value) == 7:
        first = date.fromisoformat(value + "-01")
        nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return DateEstimate(first, date.fromordinal(nxt.toordinal() - 1), "month", 1.0, "metadata")
    year = int(value[:4])
    return DateEstimate(date(year, 1, 1), date(year, 12, 31), "year", 1.0, "metadata")


def _dater() -> Callable[[Document, date | None], DateEstimate] | None:
    """``tidings.dating.date_document`` when it exists, called with whatever reference it accepts."""
    try:
        dating = importlib.import_module("tidings.dating")
    except ImportError:
        return None
    fn = getattr(dating, "date_document", None)
    if fn is None:
        return None
    params = inspect.signature(fn).parameters

    def run(doc: Document, ref: date | None) -> DateEstimate:
        result: DateEstimate = fn(doc, reference=ref) if "reference" in params else fn(doc)
        return result

    return run


def build(
    case: dict[str, Any], *, blank_dates: bool, blank_urls: bool = False, date_them: bool = True
) -> list[Analyzed]:
    """Records for a case's documents: given dates as day-granular metadata estimates, or with the dates
    blanked, dated by ``tidings.dating`` when it exists (and ``date_them``), else left unknown."""
    qd = date.fromisoformat(case["question_date"]) if case.get("question_date") else None
    dater = _dater() if blank_dates and date_them else None
    out: list[Analyzed] = []
    for d in case["documents"]:
        given = None if blank_dates else d.get("date")
        doc = _make_document({**d, "url": None} if blank_urls else d, case["id"], given)
        if blank_dates:
            estimate = dater(doc, qd) if dater is not None else UNKNOWN_DATE
        else:
            estimate = _given_estimate(given)
        # As ingest does: time expressions resolved against the earliest date the document can have.
        out.append(Analyzed(doc, estimate, tuple(timex.tag(doc.text, estimate.earliest))))
    return out


def evaluate(
    cases: list[dict[str, Any]],
    *,
    blank_dates: bool = False,
    blank_urls: bool = False,
    date_them: bool = True,
    weights: Weights = DEFAULT_WEIGHTS,
    chosen: list[int | None] | None = None,
) -> tuple[list[bool], float, float]:
    """Per-case correctness, seconds spent building records, seconds spent choosing; each case's choice
    is appended to ``chosen`` when given."""
    right: list[bool] = []
    t_build = t_choose = 0.0
    for case in cases:
        t0 = time.perf_counter()
        docs = build(case, blank_dates=blank_dates, blank_urls=blank_urls, date_them=date_them)
        t1 = time.perf_counter()
        qd = date.fromisoformat(case["question_date"]) if case.get("question_date") else None
        idx, _ = choose(case["question"], case["choices"], docs, as_of=qd, weights=weights)
        t2 = time.perf_counter()
        t_build += t1 - t0
        t_choose += t2 - t1
        right.append(idx == case["gold"]["answer_index"])
        if chosen is not None:
            chosen.append(idx)
    return right, t_build, t_choose


def sign_test(wins: int, losses: int) -> float:
    """Two-sided exact sign test: the chance of a split at least this uneven if changes were coin flips."""
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / float(1 << n)
    return min(1.0, 2 * tail)


def _keyed(ids: list[str]) -> list[tuple[str, int]]:
    """Each id with how many times it occurred before: case files can repeat an id."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        out.append((i, seen.get(i, 0)))
        seen[i] = seen.get(i, 0) + 1
    return out


def compare(ids: list[str], right: list[bool], path: Path) -> list[str]:
    """Lines comparing this run's correctness with an earlier ``--save`` file, overall and per half."""
    rows = list(load_cases(path))
    before = dict(zip(_keyed([str(r["id"]) for r in rows]), (bool(r["right"]) for r in rows), strict=True))
    keys = _keyed(ids)
    half = len(ids) // 2
    lines = []
    for name, lo, hi in (("all", 0, len(ids)), ("first half", 0, half), ("second half", half, len(ids))):
        pairs = [(before[k], r) for k, r in zip(keys[lo:hi], right[lo:hi], strict=True) if k in before]
        wins = sum(1 for b, r in pairs if r and not b)
        losses = sum(1 for b, r in pairs if b and not r)
        lines.append(
            f"vs {path.name} ({name}): +{wins} -{losses}, sign test p = {sign_test(wins, losses):.3f}"
        )
    return lines


def _parse_set(items: list[str]) -> Weights:
    fields = {f.name: f for f in dataclasses.fields(Weights)}
    changes: dict[str, Any] = {}
    for item in items:
        name, _, value = item.partition("=")
        if name not in fields:
            raise SystemExit(f"unknown weight {name!r}; known: {', '.join(sorted(fields))}")
        changes[name] = type(getattr(DEFAULT_WEIGHTS, name))(value)
    return dataclasses.replace(DEFAULT_WEIGHTS, **changes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--blank-dates", action="store_true", help="remove document dates (date them if we can)")
    ap.add_argument("--blank-urls", action="store_true", help="also remove URLs (the hard dating setting)")
    ap.add_argument("--no-dating", action="store_true", help="with --blank-dates: leave the dates unknown")
    ap.add_argument("--limit", type=int, default=0, help="only the first N cases")
    ap.add_argument("--embed", type=float, default=None, metavar="WEIGHT", help="sentence-embedding weight")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override a weight")
    ap.add_argument("--save", type=Path, default=None, metavar="FILE", help="write per-case results here")
    ap.add_argument("--compare", type=Path, default=None, metavar="FILE", help="compare with a --save file")
    args = ap.parse_args(argv)

    cases = [c for c in load_cases(args.cases) if c.get("choices") and "answer_index" in c.get("gold", {})]
    if args.limit:
        cases = cases[: args.limit]
    if not cases:
        print("no multiple-choice cases with gold answers", file=sys.stderr)
        return 1
    weights = _parse_set(args.set)
    if args.embed is not None:
        weights = dataclasses.replace(weights, embed=args.embed)
    chosen: list[int | None] = []
    right, t_build, t_choose = evaluate(
        cases,
        blank_dates=args.blank_dates,
        blank_urls=args.blank_urls,
        date_them=not args.no_dating,
        weights=weights,
        chosen=chosen,
    )
    ids = [str(c["id"]) for c in cases]
    if args.save is not None:
        with args.save.open("w", encoding="utf-8") as fh:
            for cid, idx, ok in zip(ids, chosen, right, strict=True):
                fh.write(json.dumps({"id": cid, "choice": idx, "right": ok}) + "\n")
    n = len(right)
    half = n // 2
    first, second = right[:half], right[half:]
    dating = "given"
    if args.blank_dates:
        dated = _dater() is not None and not args.no_dating
        dating = "blank, " + ("dated by tidings.dating" if dated else "left unknown")
        if args.blank_urls:
            dating += ", URLs blank"
    if weights.embed <= 0:
        scoring = "lexical"
    elif embed.available():
        scoring = f"lexical + {embed.MODEL_PACKAGE} embeddings (weight {weights.embed:g})"
    else:
        scoring = f"lexical ({embed.MODEL_PACKAGE} is not installed)"
    print(f"cases: {n}  dates: {dating}  scoring: {scoring}")
    print(f"accuracy: {sum(right) / n:.3f} ({sum(right)}/{n})")
    if first:
        print(f"first half: {sum(first) / len(first):.3f}  second half: {sum(second) / len(second):.3f}")
    print(f"seconds per question: build {t_build / n:.4f}, choose {t_choose / n:.4f}")
    if args.compare is not None:
        for line in compare(ids, right, args.compare):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
