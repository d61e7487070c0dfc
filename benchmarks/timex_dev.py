"""Tag a timex case file, write predictions in the FORMAT.md format, score them, print scores and speed.

usage: python benchmarks/timex_dev.py [CASES.jsonl] [--out PREDICTIONS.jsonl] [--json]
Defaults: the dev set ../shared/eval/dev/timex-tbaq.jsonl and out/timex_dev_predictions.jsonl.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from tidings.timex import tag

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_CASES = SHARED / "eval" / "dev" / "timex-tbaq.jsonl"
SCORER = SHARED / "eval" / "timex_score.py"


def load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_dct(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def predict(cases: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """Predictions for every case and the seconds spent tagging."""
    preds = []
    spent = 0.0
    for case in cases:
        t0 = time.perf_counter()
        found = tag(case["text"], parse_dct(case.get("dct")))
        spent += time.perf_counter() - t0
        preds.append(
            {
                "id": case["id"],
                "timexes": [
                    {
                        "start": t.start,
                        "end": t.end,
                        "type": t.type,
                        "value": t.value,
                        "text": t.text,
                        "rule": t.rule,
                    }
                    for t in found
                ],
            }
        )
    return preds, spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="?", default=str(DEFAULT_CASES))
    ap.add_argument("--out", default=str(ROOT / "out" / "timex_dev_predictions.jsonl"))
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args(argv)
    with open(args.cases, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    preds, spent = predict(cases)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p) + "\n")
    kb = sum(len(c["text"].encode("utf-8")) for c in cases) / 1000
    result = dict(load_scorer().score(cases, preds))
    result["kB_per_s"] = round(kb / spent, 1) if spent else 0.0
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")
        print(f"predictions: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
