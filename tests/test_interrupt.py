"""Interrupted ingests: SIGKILL at random points leaves a sound store, and a rerun finishes the job.

An ingest runs in a subprocess over a generated corpus of a few hundred small documents with a small batch
size, so kills land before the store exists, during its migration, between and inside batches, and during
the corpus dating pass. After each kill the file must pass ``PRAGMA integrity_check`` and
``Store.integrity_check`` (no half-written document), and an ingest of the same inputs must leave exactly
the content of an uninterrupted run (a canonical dump of documents, dates, time expressions, claims and
rejections). Kill times come from a seeded generator; every subprocess has a timeout.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tidings import doctor, pipeline
from tidings.store import Store

TRIALS = 20
BATCH = 4
SEED = 20250314

PLACES = ["Halden", "Marrow Bay", "Keswick", "Port Arlen", "Dunmore", "Velden", "Osterby", "Carrick"]
THINGS = [
    ("workers", "trapped in the mine"),
    ("families", "without power"),
    ("patients", "waiting for surgery"),
    ("buses", "out of service"),
    ("homes", "flooded"),
]
OFFICIALS = ["Mayor Ilse Brandt", "the regional governor", "a company spokeswoman", "the health ministry"]
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _story(rng: random.Random, i: int) -> tuple[str, str]:
    """A short local-news story written for this test, with figures, dates and a quoted statement."""
    place = rng.choice(PLACES)
    what, state = rng.choice(THINGS)
    y, m, d = rng.randint(2015, 2023), rng.randint(1, 12), rng.randint(1, 28)
    paras = [
        f"{place.upper()} — {rng.randint(2, 900):,} {what} were still {state} in {place} on "
        f"{rng.choice(WEEKDAYS)}, {rng.choice(OFFICIALS)} said, down from {rng.randint(901, 5000):,} in "
        f"{MONTHS[m - 1]} {y}.",
        f"The figure was first reported {rng.randint(2, 9)} days ago. Officials expect the number to fall by "
        f"next week, though {rng.choice(OFFICIALS)} denied that the count was final.",
        f"Story {i}: a review is due in {MONTHS[(m + 2) % 12]}, and the council will meet again next month.",
        f'"We will not leave anyone behind in {place} while the {what} are still {state}," '
        f"{rng.choice(OFFICIALS)} told reporters.",
    ]
    if rng.random() < 0.3:
        paras.insert(0, f" date {y:04d}-{m:02d}-{d:02d}")
    if rng.random() < 0.2:
        paras.append("Advertisement")
    return "\n\n".join(paras) + "\n", f"{y:04d}-{m:02d}-{d:02d}"


def make_corpus(root: Path, n: int = 200, seed: int = 11) -> Path:
    """``n`` documents as text, Markdown and JSON lines; every seventh an undated syndicated copy."""
    rng = random.Random(seed)
    root.mkdir(parents=True)
    made: list[tuple[str, str]] = []
    lines: list[str] = []
    for i in range(n):
        day: str | None
        if made and i % 7 == 6:
            text, _ = rng.choice(made)
            body = "\n\n".join(p for p in text.split("\n\n") if not p.startswith(" date "))
            text, day = f"By Wire Staff\n\n{body}\nShare this article\n", None
        else:
            text, day = _story(rng, i)
            made.append((text, day))
        if i % 3 == 0:
            (root / f"story-{i:04d}.txt").write_text(text, encoding="utf-8")
        elif i % 3 == 1:
            (root / f"story-{i:04d}.md").write_text(f"# Story {i}\n\n{text}", encoding="utf-8")
        else:
            given = day if day and rng.random() < 0.5 else None
            lines.append(json.dumps({"id": f"w{i}", "text": text, "date": given}))
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "broken.txt").write_bytes(b"caf\xe9 au lait")
    return root


def canonical(store: Store) -> str:
    """Everything an ingest derives, independent of row ids and ingest order."""
    docs = sorted(
        (
            {
                "id": a.doc.id,
                "raw": a.doc.raw,
                "date": a.date.to_dict(),
                "timexes": [t.to_dict() for t in a.timexes],
                "claims": [c.to_dict() for c in a.claims],
            }
            for a in store.documents()
        ),
        key=lambda d: str(d["id"]),
    )
    rejections = sorted({(r.source, r.reason) for r in store.rejections()})
    return json.dumps({"documents": docs, "rejections": rejections}, sort_keys=True)


def assert_sound(db: Path) -> None:
    """No damage and no half-written document."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with Store(db) as store:
        assert store.integrity_check() == []
        without_sentences = store._c.execute(
            "SELECT count(*) FROM documents d "
            "WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)"
        ).fetchone()[0]
        assert without_sentences == 0
    # What a kill leaves (whole batches, a log not folded in yet) is never an error to `tidings doctor`.
    assert [f.problem for f in doctor.check(db) if f.severity == "error"] == []


_WORKER = """
import sys
from tidings import doctor, pipeline
from tidings.store import Store
db, batch, *paths = sys.argv[1:]
print("ready", flush=True)
with Store(db) as store:
    pipeline.ingest(paths, store, batch_size=int(batch))
print("done", flush=True)
"""


def _start(db: Path, corpus: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(db), str(BATCH), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"  # imports done: the clock starts at the ingest
    return proc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, float, int]:
    """The dump of an uninterrupted subprocess ingest, how long its ingest took and how many documents."""
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    proc = _start(db, corpus)
    began = time.monotonic()
    out, err = proc.communicate(timeout=120)
    took = time.monotonic() - began
    assert proc.returncode == 0, err[-2000:]
    assert out.strip() == "done"
    assert_sound(db)
    with Store(db) as store:
        dump = canonical(store)
        redated = sum(1 for a in store.documents() if a.date.rule.startswith("corpus"))
        count = store.count()
    assert redated > 0, "the corpus must exercise the corpus dating pass"
    return dump, took, count


def test_reference_matches_an_in_process_ingest(corpus: Path, reference: tuple[str, float, int]) -> None:
    store = Store(":memory:")
    pipeline.ingest([corpus], store, batch_size=200)
    assert canonical(store) == reference[0]


def test_sigkill_at_random_points_then_rerun(
    corpus: Path, reference: tuple[str, float, int], tmp_path: Path
) -> None:
    expected, took, total = reference
    rng = random.Random(SEED)
    stages: dict[str, int] = {}
    for trial in range(TRIALS):
        db = tmp_path / f"trial-{trial}.db"
        proc = _start(db, corpus)
        delay = rng.uniform(0.0, took * 1.05)
        try:
            proc.communicate(timeout=delay)
            finished = True
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            finished = False
        if not db.exists():
            stages["before the store"] = stages.get("before the store", 0) + 1
        else:
            assert_sound(db)
            with Store(db) as store:
                stored = store.count()
                stage = (
                    "finished" if finished else ("all documents stored" if stored == total else "mid-ingest")
                )
                stages[stage] = stages.get(stage, 0) + 1
                pipeline.ingest([corpus], store, batch_size=BATCH)
                assert store.integrity_check() == []
                got = canonical(store)
            assert got == expected, f"trial {trial}: rerun differs (killed {stage})"
    assert sum(stages.values()) == TRIALS
    assert stages.get("mid-ingest", 0) >= TRIALS // 3, stages  # most kills must land inside the ingest


def _interrupt_redate(monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(store: Store, *, reference: object = None) -> int:
        raise KeyboardInterrupt  # what the process sees of a kill, as far as the store is concerned

    monkeypatch.setattr(pipeline, "redate_store", killed)


def test_rerun_after_a_kill_in_the_corpus_pass(
    corpus: Path, reference: tuple[str, float, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s.db")
    with monkeypatch.context() as m:
        _interrupt_redate(m)
        with pytest.raises(KeyboardInterrupt):
            pipeline.ingest([corpus], store, batch_size=50)
    assert store.integrity_check() == []
    pipeline.ingest([corpus], store, batch_size=50)
    assert canonical(store) == reference[0]


def test_rerun_after_a_failure_inside_a_batch(
    corpus: Path, reference: tuple[str, float, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch that fails part-way leaves nothing of itself; earlier batches stay; a rerun completes."""
    real = pipeline.analyze
    calls = 0

    def failing(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 57:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    store = Store(tmp_path / "s.db")
    with monkeypatch.context() as m:
        m.setattr(pipeline, "analyze", failing)
        with pytest.raises(KeyboardInterrupt):
            pipeline.ingest([corpus], store, batch_size=BATCH)
    assert store.count() == (57 - 1) // BATCH * BATCH  # whole batches only
    assert store.integrity_check() == []
    summary = pipeline.ingest([corpus], store, batch_size=BATCH)
    assert summary.unchanged >= (57 - 1) // BATCH * BATCH
    assert canonical(store) == reference[0]
