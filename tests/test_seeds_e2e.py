"""End to end on the shared seeds: `tidings eval` then the shared scorer (issue 2's acceptance figures)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.evaluate import evaluate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "eval" / "dev" / "seeds.jsonl"
SCORER = SHARED / "eval" / "score.py"
# The true publication dates of the seed articles, as the seeds' gold states them; used only to check
# predictions, never given to the pipeline.
GOLD = {c["id"]: c["gold"] for c in map(json.loads, SEEDS.read_text().splitlines())}


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    out = tmp_path_factory.mktemp("seeds") / "pred.jsonl"
    evaluate(SEEDS, out)
    return {p["id"]: p for p in map(json.loads, out.read_text().splitlines())}


def _day(value: str | None) -> date:
    assert value, "no date"
    parts = [*value.split("-"), "15", "15"]
    if len(value) == 4:
        return date(int(parts[0]), 7, 1)
    return date(int(parts[0]), int(parts[1]), int(parts[2]))


def test_troop_count_is_2500_and_outdated(predictions: dict[str, dict[str, Any]]) -> None:
    p = predictions["seeds-iraq-troop-count"]
    assert any("2,500" in v or "2500" in v for v in p["values"])
    assert not any(old in v for v in p["values"] for old in ("5,000", "5,200", "5000", "5200"))
    assert p["conflict_type"] == "outdated"


def test_troop_count_as_of_december_2021(predictions: dict[str, dict[str, Any]]) -> None:
    assert predictions["seeds-iraq-troop-count"]["as_of"].startswith("2021-12")


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_every_seed_document_dated_in_the_right_year(
    predictions: dict[str, dict[str, Any]], doc: str
) -> None:
    truth = GOLD["seeds-iraq-troop-count"]["doc_dates"][doc]
    got = predictions["seeds-iraq-troop-count"]["doc_dates"][doc]
    assert got and got[:4] == truth[:4]


@pytest.mark.parametrize("doc", ["000", "002"])
def test_documents_000_and_002_within_31_days(predictions: dict[str, dict[str, Any]], doc: str) -> None:
    truth = date.fromisoformat(GOLD["seeds-iraq-troop-count"]["doc_dates"][doc])
    got = _day(predictions["seeds-iraq-troop-count"]["doc_dates"][doc])
    assert abs((got - truth).days) <= 31


def test_shared_scorer_reads_the_predictions(predictions: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    out.write_text("".join(json.dumps(p) + "\n" for p in predictions.values()))
    res = subprocess.run(
        [sys.executable, str(SCORER), str(SEEDS), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(res.stdout)
    assert scores["answer_accuracy"] == 1.0
    assert scores["as_of_within_31d"] >= 0.5
    assert scores["doc_date_year"] == 1.0
