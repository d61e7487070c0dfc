"""Quality gate for answering on our own development cases (tests/cases/dev.jsonl) and the seeds.

Two settings are scored with ../shared/eval/score.py:

- ``gold-dates``: documents dated with the gold publication dates of each case, so the gate measures claim
  extraction, conflict typing and answering on their own;
- ``end-to-end``: documents read, dated and tagged by the project's own modules (``tidings.evaluate`` when it
  imports, else ``read.make_document`` + ``dating`` + ``timex``); skipped while those modules are missing.

Floors live in tests/eval_baseline_answers.json with the SHA-256 of the case file; lowering a floor, or
changing the cases, is an explicit, reviewed change. Run this file as a script to print the scores.
"""

from __future__ import annotations

import functools
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.ask import answer
from tidings.claims import extract_claims, timex_interval
from tidings.evaluate import predicted_values
from tidings.model import Analyzed, DateEstimate, Document, Granularity, TimeExpr, content_id

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[0].parent / "shared"
CASES = HERE / "cases" / "dev.jsonl"
SEEDS = SHARED / "eval" / "dev" / "seeds.jsonl"
BASELINE = HERE / "eval_baseline_answers.json"
SCORER = SHARED / "eval" / "score.py"


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tag(text: str, dct: date | None) -> list[TimeExpr]:
    try:
        from tidings import timex
    except ImportError:
        return []
    return list(timex.tag(text, dct))


def _gold_estimate(value: str | None) -> DateEstimate:
    if not value:
        return DateEstimate(None, None, "unknown", 0.0, "none")
    iv = timex_interval(value)
    assert iv is not None, value
    gran: Granularity = "day" if len(value) == 10 else "month" if len(value) == 7 else "year"
    return DateEstimate(iv[0], iv[1], gran, 1.0, "gold")


def analyzed_with_gold_dates(case: dict[str, Any]) -> list[Analyzed]:
    gold_dates = case.get("gold", {}).get("doc_dates", {})
    out: list[Analyzed] = []
    for d in case["documents"]:
        text = d["text"]
        doc = Document(
            id=content_id(text),
            text=text,
            raw=text,
            body=text,
            source=f"{case['id']}#{d['id']}",
            format="case",
            external_id=d["id"],
            title=d.get("title"),
            given_date=d.get("date"),
        )
        est = _gold_estimate(d.get("date") or gold_dates.get(d["id"]))
        timexes = _tag(text, est.earliest)
        out.append(Analyzed(doc, est, tuple(timexes), tuple(extract_claims(doc, est, timexes))))
    return out


def _prediction(case: dict[str, Any], docs: list[Analyzed], started: float) -> dict[str, Any]:
    as_of = date.fromisoformat(case["question_date"]) if case.get("question_date") else None
    result = answer(case["question"], docs, as_of=as_of, choices=case.get("choices") or None)
    ext = {a.doc.id: a.doc.external_id or a.doc.id for a in docs}
    return {
        "id": case["id"],
        "answer": result.text,
        "values": predicted_values(result),
        "choice": result.choice,
        "conflict_type": result.conflict_type,
        "as_of": result.as_of,
        "doc_dates": {a.doc.external_id: a.date.value for a in docs},
        "citations": sorted({ext.get(c.doc_id, c.doc_id) for c in result.citations}),
        "outdated": [
            {"value": s.value, "doc": ext.get(s.doc_id), "as_of": s.as_of} for s in result.superseded
        ],
        "seconds": round(time.perf_counter() - started, 4),
    }


def predict_gold_dates(case: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    return _prediction(case, analyzed_with_gold_dates(case), started)


def end_to_end_predictor() -> Callable[[dict[str, Any]], dict[str, Any]] | None:
    """The project's own case answering, or None (with the reason printed) while modules are missing."""
    try:
        from tidings import dating
        from tidings.read import make_document
    except ImportError:
        return None
    if not (hasattr(dating, "date_document") and hasattr(dating, "date_corpus")):
        return None  # the dating package is still being written
    try:
        from tidings.evaluate import answer_case

        return answer_case
    except ImportError:
        pass
    date_document = dating.date_document

    def predict(case: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        docs: list[Analyzed] = []
        for d in case["documents"]:
            doc = make_document(
                d["text"], source=f"{case['id']}#{d['id']}", format="case", external_id=d["id"]
            )
            est = date_document(doc, timexes=_tag(doc.text, None))
            timexes = _tag(doc.text, est.earliest)
            docs.append(Analyzed(doc, est, tuple(timexes), tuple(extract_claims(doc, est, timexes))))
        return _prediction(case, docs, started)

    return predict


def score(cases_path: Path, predict: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
    preds = [predict(c) for c in _read(cases_path)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p) + "\n")
        out_path = fh.name
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(cases_path), out_path, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(out_path).unlink()
    result: dict[str, Any] = json.loads(proc.stdout)
    result["max_seconds"] = max(p["seconds"] for p in preds)
    return result


@functools.cache
def _gold_dates_scores() -> dict[str, Any]:
    return score(CASES, predict_gold_dates)


@functools.cache
def _end_to_end_scores() -> dict[str, Any] | None:
    predict = end_to_end_predictor()
    return None if predict is None else score(CASES, predict)


def _baseline() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


def test_case_file_is_the_pinned_one() -> None:
    digest = hashlib.sha256(CASES.read_bytes()).hexdigest()
    assert digest == _baseline()["cases_sha256"], (
        "tests/cases/dev.jsonl changed: re-pin the floors on purpose"
    )


def test_dev_cases_have_gold_and_cover_every_conflict_type() -> None:
    cases = _read(CASES)
    assert len(cases) >= 20
    types = {c["gold"]["conflict_type"] for c in cases}
    assert types == {"no_conflict", "complementary", "conflicting_opinions", "outdated", "misinformation"}


METRICS = ("answer_accuracy", "conflict_type_accuracy", "as_of_within_31d")


@pytest.mark.parametrize("metric", METRICS)
def test_gold_dates_floor(metric: str) -> None:
    floors = _baseline()["gold_dates"]
    got = _gold_dates_scores()
    assert got[metric] >= floors[metric], f"{metric} {got[metric]} below floor {floors[metric]}"


@pytest.mark.parametrize("metric", METRICS)
def test_end_to_end_floor(metric: str) -> None:
    got = _end_to_end_scores()
    if got is None:
        pytest.skip("tidings.read / tidings.dating are not importable yet: end-to-end gate not run")
    floors = _baseline()["end_to_end"]
    assert got[metric] >= floors[metric], f"{metric} {got[metric]} below floor {floors[metric]}"


# Further case sets gated like dev.jsonl: each was written independently and became a development set
# once its failures were read (tests/cases/README.md). heldout4.jsonl is measured, never gated or tuned on.
SETS = {
    name: HERE / "cases" / f"{name}.jsonl"
    for name in (
        "heldout",
        "heldout2",
        "heldout3",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "dev13",
        "dev14",
        "dev15",
        "dev16",
        "dev17",
        "dev18",
        "dev19",
        "dev20",
        "dev21",
        "dev22",
        "dev23",
        "dev24",
        "dev25",
        "dev26",
        "dev27",
        "dev28",
        "dev29",
        "dev30",
        "dev31",
        "dev32",
        "dev33",
        "dev34",
        "dev35",
        "dev36",
        "dev37",
        "dev38",
        "dev39",
        "dev40",
        "dev41",
        "dev42",
        "dev43",
        "dev44",
        "dev45",
        "dev46",
        "dev47",
        "dev48",
        "dev49",
        "dev50",
        "dev51",
        "dev52",
        "dev53",
        "dev54",
        "dev55",
        "dev56",
        "dev57",
        "dev58",
        "dev59",
        "dev60",
        "dev61",
        "dev62",
        "dev63",
        "dev64",
        "dev65",
        "dev66",
        "dev67",
        "dev68",
        "dev69",
        "dev70",
    )
}


@functools.cache
def _set_scores(name: str, setting: str) -> dict[str, Any] | None:
    if setting == "gold_dates":
        return score(SETS[name], predict_gold_dates)
    predict = end_to_end_predictor()
    return None if predict is None else score(SETS[name], predict)


@pytest.mark.parametrize("name", sorted(SETS))
def test_case_set_is_the_pinned_one(name: str) -> None:
    digest = hashlib.sha256(SETS[name].read_bytes()).hexdigest()
    assert digest == _baseline()[name]["cases_sha256"], (
        f"tests/cases/{name}.jsonl changed: re-pin the floors on purpose"
    )


@pytest.mark.parametrize("setting", ["gold_dates", "end_to_end"])
@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize("name", sorted(SETS))
def test_case_set_floor(name: str, setting: str, metric: str) -> None:
    got = _set_scores(name, setting)
    if got is None:
        pytest.skip("tidings.read / tidings.dating are not importable yet: end-to-end gate not run")
    floors = _baseline()[name][setting]
    assert got[metric] >= floors[metric], (
        f"{name} {setting} {metric} {got[metric]} below floor {floors[metric]}"
    )


def test_seed_troop_question_with_gold_dates() -> None:
    case = next(c for c in _read(SEEDS) if "How many" in c["question"])
    pred = predict_gold_dates(case)
    assert pred["values"] == ["2,500"]
    assert pred["conflict_type"] == "outdated"
    assert str(pred["as_of"]).startswith("2021-12")


def test_seed_withdrawal_question_with_gold_dates() -> None:
    case = next(c for c in _read(SEEDS) if c["question"].startswith("Is "))
    assert predict_gold_dates(case)["conflict_type"] == "misinformation"


if __name__ == "__main__":
    for name, path in (("dev", CASES), *SETS.items(), ("seeds", SEEDS)):
        print(name, "gold-dates", json.dumps(score(path, predict_gold_dates)))
        e2e = end_to_end_predictor()
        if e2e is not None:
            print(name, "end-to-end", json.dumps(score(path, e2e)))
