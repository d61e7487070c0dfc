"""The same inputs and reference date give byte-identical JSON answers: across runs, processes (each with
its own string-hash seed) and ingest orders."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings import pipeline
from tidings.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
FILES = sorted(CORPUS.iterdir())
REFERENCE = date(2025, 4, 10)
QUESTIONS = [
    q["question"] for q in json.loads((ROOT / "examples" / "expected.json").read_text())["questions"]
]
AS_OF = [None, date(2025, 3, 22)]
TOPIC = "Halvard mine rescue"


def answers(store: Store) -> str:
    """Every answer and the timeline, as the bytes a client would compare."""
    out: dict[str, Any] = {}
    for question in QUESTIONS:
        for as_of in AS_OF:
            out[f"{question} @ {as_of}"] = pipeline.ask(store, question, as_of=as_of).to_dict()
    out["timeline"] = [e.to_dict() for e in pipeline.topic_timeline(store, TOPIC)]
    return json.dumps(out, sort_keys=True, ensure_ascii=False)


def dump(store: Store) -> str:
    docs = sorted(
        (a.doc.id, a.date.to_dict(), [c.to_dict() for c in a.claims], [t.to_dict() for t in a.timexes])
        for a in store.documents()
    )
    return json.dumps(docs, sort_keys=True)


def ingested(order: list[Path], *, per_file: bool = False, reference: date | None = REFERENCE) -> Store:
    store = Store(":memory:")
    if per_file:
        for path in order:
            pipeline.ingest([path], store, reference=reference)
    else:
        summary = pipeline.ingest(order, store, reference=reference)
        assert not summary.rejected
    return store


@pytest.fixture(scope="module")
def baseline() -> str:
    return answers(ingested(FILES))


@pytest.fixture(scope="module")
def baseline_without_reference() -> str:
    """Without a reference date (the CLI's default) the corpus pass also dates against the newest document."""
    return answers(ingested(FILES, reference=None))


def _shuffled(seed: int) -> list[Path]:
    order = FILES[:]
    random.Random(seed).shuffle(order)
    assert order != FILES
    return order


def test_the_corpus_answers_something(baseline: str) -> None:
    data = json.loads(baseline)
    assert len(data) == len(QUESTIONS) * len(AS_OF) + 1
    assert all(v["citations"] for k, v in data.items() if k != "timeline")
    assert data["timeline"]


def test_asking_again_gives_the_same_bytes(baseline: str) -> None:
    store = ingested(FILES)
    assert answers(store) == answers(store) == baseline


@pytest.mark.parametrize("order", ["reversed", "shuffled-1", "shuffled-2", "shuffled-3"])
def test_ingest_order_of_one_run_does_not_matter(baseline: str, order: str) -> None:
    files = FILES[::-1] if order == "reversed" else _shuffled(int(order.rsplit("-", 1)[1]))
    assert answers(ingested(files)) == baseline


def test_reingesting_changes_nothing(baseline: str) -> None:
    store = ingested(FILES)
    before = dump(store)
    summary = pipeline.ingest(FILES, store, reference=REFERENCE)
    assert (summary.added, summary.unchanged) == (0, len(list(store.documents())))
    assert dump(store) == before
    assert answers(store) == baseline


@pytest.mark.parametrize("order", ["sorted", "shuffled-5"])
def test_one_file_per_run_gives_the_answers_of_one_run(baseline: str, order: str) -> None:
    files = FILES if order == "sorted" else _shuffled(5)
    assert answers(ingested(files, per_file=True)) == baseline


@pytest.mark.parametrize("order", ["reversed", "shuffled-6"])
def test_without_reference_the_order_of_one_run_does_not_matter(
    baseline_without_reference: str, order: str
) -> None:
    files = FILES[::-1] if order == "reversed" else _shuffled(6)
    assert answers(ingested(files, reference=None)) == baseline_without_reference


@pytest.mark.parametrize("order", ["sorted", "shuffled-5"])
def test_without_reference_one_file_per_run_gives_the_answers_of_one_run(
    baseline_without_reference: str, order: str
) -> None:
    files = FILES if order == "sorted" else _shuffled(5)
    assert answers(ingested(files, per_file=True, reference=None)) == baseline_without_reference


_PROCESS = """
import json, sys
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import test_determinism as t
print(t.answers(t.ingested([Path(p) for p in sys.argv[2:]])))
"""


@pytest.mark.parametrize("seed", ["0", "1", "4242"])
def test_other_processes_and_hash_seeds_give_the_same_bytes(baseline: str, seed: str) -> None:
    order = FILES if seed == "0" else _shuffled(int(seed))
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _PROCESS, str(Path(__file__).parent), *map(str, order)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.rstrip("\n") == baseline
