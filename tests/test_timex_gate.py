"""Quality gate for the temporal tagger on the TempEval-3 (TBAQ) dev set.

Tags every dev document, scores the predictions with the shared TempEval-3 scorer and fails if value F1 or
relaxed F1 drops below the floors pinned in ``eval_baseline_timex.json``. The floors belong to one exact dev
file (its SHA-256 is pinned too): if the file changes, re-measure and re-pin the floors in a reviewed change.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.timex import tag

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "eval" / "dev" / "timex-tbaq.jsonl"
SCORER = SHARED / "eval" / "timex_score.py"
BASELINE = HERE / "eval_baseline_timex.json"

pytestmark = pytest.mark.skipif(
    not DEV.exists() or not SCORER.exists(), reason="the shared eval data is not present"
)


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = []
    for case in cases:
        dct = date.fromisoformat(case["dct"][:10]) if case.get("dct") else None
        found = tag(case["text"], dct)
        spans = [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in found]
        preds.append({"id": case["id"], "timexes": spans})
    result: dict[str, Any] = dict(_scorer().score(cases, preds))
    return result


def test_dev_file_is_the_pinned_one(baseline: dict[str, Any]) -> None:
    digest = hashlib.sha256(DEV.read_bytes()).hexdigest()
    assert digest == baseline["dev_sha256"], (
        f"{DEV} changed (sha256 {digest}, pinned {baseline['dev_sha256']}): the floors in {BASELINE.name} "
        "were measured on another file; re-run benchmarks/timex_dev.py and pin new floors and hash together"
    )


@pytest.mark.parametrize("metric", ["value_f1", "relaxed_f1", "strict_f1", "type_f1"])
def test_score_not_below_floor(scores: dict[str, Any], baseline: dict[str, Any], metric: str) -> None:
    floor = baseline["floors"][metric]
    assert scores[metric] >= floor, f"{metric} {scores[metric]} fell below the pinned floor {floor}"


def test_beats_heideltime_reference(scores: dict[str, Any], baseline: dict[str, Any]) -> None:
    ref = baseline["heideltime_tempeval3"]
    assert scores["value_f1"] > ref["value_f1"]
    assert scores["relaxed_f1"] > ref["relaxed_f1"]
