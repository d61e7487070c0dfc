"""Blank the document dates of a case file, and measure document dating on the result.

    python benchmarks/blank_dates.py CASES OUT_DIR
        writes OUT_DIR/<name>.urlkept.jsonl[.gz] (every document `date` blanked) and
        OUT_DIR/<name>.textonly.jsonl[.gz] (`date` and `url` blanked); gzip is kept if the input has it.

    python benchmarks/blank_dates.py --measure CASES [--skip N] [--limit N] [--setting urlkept|textonly]
        dates every document of every case with `tidings.dating` (date_document, then date_corpus per
        case, reference = the case's question_date) with dates blanked, and prints exact-day, within 7
        days, within 31 days and year accuracy per setting, scored like ../shared/eval/score.py.

Only this measurement reads `gold.doc_dates`; the dating module never sees it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from tidings import dating, timex
from tidings.model import DateEstimate, Document, content_id

SETTINGS = ("urlkept", "textonly")


def _open(path: Path, mode: str) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "wt" if mode == "w" else "rt", encoding="utf-8")
    return path.open(mode, encoding="utf-8")


def read_cases(path: Path) -> Iterator[dict[str, Any]]:
    with _open(path, "r") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def blank(case: dict[str, Any], setting: str) -> dict[str, Any]:
    """A copy of the case with document dates (and for "textonly" URLs) set to null."""
    out = dict(case)
    docs = []
    for d in case.get("documents") or []:
        d2 = dict(d)
        d2["date"] = None
        if setting == "textonly":
            d2["url"] = None
        docs.append(d2)
    out["documents"] = docs
    return out


def write_variants(cases_path: Path, out_dir: Path) -> list[Path]:
    name = cases_path.name
    suffix = ".jsonl.gz" if name.endswith(".jsonl.gz") else ".jsonl"
    stem = name[: -len(suffix)] if name.endswith(suffix) else cases_path.stem
    gz = name.endswith(".gz")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for setting in SETTINGS:
        target = out_dir / f"{stem}.{setting}.jsonl{'.gz' if gz else ''}"
        with _open(target, "w") as fh:
            for case in read_cases(cases_path):
                fh.write(json.dumps(blank(case, setting), ensure_ascii=False) + "\n")
        written.append(target)
    return written


def _document(d: dict[str, Any], index: int) -> Document | None:
    text = d.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    ext = str(d.get("id", index))
    try:
        from tidings.read import make_document
    except ImportError:  # the reader is optional for this measurement
        return Document(
            content_id(text), text, text, text, ext, "text", ext, d.get("url"), d.get("title"), d.get("date")
        )
    return make_document(
        text,
        source=ext,
        format="text",
        external_id=ext,
        url=d.get("url"),
        title=d.get("title"),
        given_date=d.get("date"),
    )


def case_documents(case: dict[str, Any]) -> list[tuple[str, Document]]:
    """The case's documents with their case ids. Ids are content hashes: two documents of a case with the
    same text (scraped junk under two URLs) get the case id mixed in, so that each is dated on its own."""
    out: list[tuple[str, Document]] = []
    seen: set[str] = set()
    for i, d in enumerate(case.get("documents") or []):
        doc = _document(d, i)
        if doc is None:
            continue
        ext = str(d.get("id", i))
        if doc.id in seen:
            doc = replace(doc, id=content_id(f"{ext}\n{doc.raw}"))
        seen.add(doc.id)
        out.append((ext, doc))
    return out


def predicted(est: DateEstimate) -> str | None:
    """One date per document, as the project's evaluator writes it (a week by its middle day)."""
    if est.earliest is None:
        return None
    if est.granularity == "week" and est.latest is not None:
        mid = est.midpoint
        return mid.isoformat() if mid else None
    return est.value or est.earliest.isoformat()


def _as_date(s: str) -> tuple[date, str]:
    parts = s.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return date(y, 1, 1), "year"
    if len(parts) == 2:
        return date(y, int(parts[1]), 1), "month"
    return date(y, int(parts[1]), int(parts[2][:2])), "day"


def error_days(pred: str, gold: str) -> int:
    """Days between prediction and gold, as ../shared/eval/score.py counts them (a month at its 15th,
    a year at July 1; a month or year gold is an interval)."""
    p, pg = _as_date(pred)
    g, gg = _as_date(gold)
    if pg == "month":
        p = p.replace(day=15)
    elif pg == "year":
        p = p.replace(month=7, day=1)
    if gg == "day":
        return abs((p - g).days)
    if gg == "month":
        hi = date(g.year + (g.month == 12), g.month % 12 + 1, 1).toordinal() - 1
    else:
        hi = date(g.year, 12, 31).toordinal()
    lo = g.toordinal()
    return 0 if lo <= p.toordinal() <= hi else min(abs(p.toordinal() - lo), abs(p.toordinal() - hi))


def measure(
    cases_path: Path,
    settings: tuple[str, ...],
    limit: int | None = None,
    tag_cache: Path | None = None,
    skip: int = 0,
) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    cases = list(read_cases(cases_path))[skip:][:limit]
    # The tagger's output depends only on the text: tag once for both settings (and, with a cache file,
    # once across runs while tuning).
    tags: dict[str, list[Any]] = {}
    if tag_cache is not None and tag_cache.exists():
        with tag_cache.open("rb") as fh:
            tags = pickle.load(fh)
    tagged_before = len(tags)
    for setting in settings:
        m: Counter[str] = Counter()
        rules: Counter[str] = Counter()
        started = time.perf_counter()
        corpus_seconds = 0.0
        for case in cases:
            gold = (case.get("gold") or {}).get("doc_dates") or {}
            blanked = blank(case, setting)
            q = case.get("question_date")
            reference = date.fromisoformat(q) if q else None
            docs = case_documents(blanked)
            estimates: dict[str, DateEstimate] = {}
            for _ext, doc in docs:
                key = content_id(doc.text)
                if key not in tags:
                    tags[key] = timex.tag(doc.text, None)
                estimates[doc.id] = dating.date_document(doc, reference=reference, timexes=tags[key])
            t0 = time.perf_counter()
            final = dating.date_corpus([d for _, d in docs], estimates, reference=reference)
            corpus_seconds += time.perf_counter() - t0
            by_ext = {ext: final[doc.id] for ext, doc in docs}
            for ext, g in gold.items():
                if not g:
                    continue
                m["n"] += 1
                est = by_ext.get(ext)
                pred = predicted(est) if est is not None else None
                if est is not None:
                    rules[est.rule] += 1
                if pred is None:
                    continue
                e = error_days(pred, g)
                m["covered"] += 1
                m["exact"] += e == 0 and (len(g) != 10 or (est is not None and est.granularity == "day"))
                m["within_7d"] += e <= 7
                m["within_31d"] += e <= 31
                m["year"] += _as_date(pred)[0].year == _as_date(g)[0].year
        n = m["n"] or 1
        results[setting] = {
            k: round(m[k] / n, 4) for k in ("covered", "exact", "within_7d", "within_31d", "year")
        }
        results[setting]["documents"] = m["n"]
        results[setting]["seconds"] = round(time.perf_counter() - started, 1)
        results[setting]["corpus_seconds"] = round(corpus_seconds, 2)
        print(f"{setting}: " + " ".join(f"{k}={v}" for k, v in results[setting].items()), flush=True)
        print("  rules: " + ", ".join(f"{r} {c}" for r, c in rules.most_common(12)), flush=True)
    if tag_cache is not None and len(tags) > tagged_before:
        with tag_cache.open("wb") as fh:
            pickle.dump(tags, fh)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path)
    ap.add_argument("out_dir", type=Path, nargs="?")
    ap.add_argument("--measure", action="store_true", help="measure dating instead of writing variants")
    ap.add_argument("--setting", choices=SETTINGS, action="append", help="only this setting (repeatable)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N cases (after --skip)")
    ap.add_argument(
        "--skip", type=int, default=0, help="leave out the first N cases (measure a second half apart)"
    )
    ap.add_argument(
        "--tag-cache", type=Path, default=None, help="pickle of tagger output to reuse across runs"
    )
    args = ap.parse_args(argv)
    if args.measure:
        measure(args.cases, tuple(args.setting or SETTINGS), args.limit, args.tag_cache, args.skip)
        return 0
    if args.out_dir is None:
        ap.error("OUT_DIR is required unless --measure is given")
    for p in write_variants(args.cases, args.out_dir):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
