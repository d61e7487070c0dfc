"""Two ingests and several readers on one store at once: no "database is locked", no lost document.

Writers and readers are separate processes, started together on a store that does not exist yet, so they
also race to create it. Readers open the store as the CLI does and ask questions, search and list documents
until the writers are done. A thread test then checks that a reader never sees half of a rewritten analysis.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from tidings.model import Analyzed, Claim, DateEstimate
from tidings.read import make_document
from tidings.store import Store

PLACES = ["Halden", "Marrow Bay", "Keswick", "Port Arlen", "Dunmore", "Velden"]
WHAT = ["workers", "families", "patients", "passengers", "students"]


def _write_corpus(root: Path, prefix: str, n: int, seed: int) -> Path:
    rng = random.Random(seed)
    root.mkdir(parents=True)
    for i in range(n):
        place, what = rng.choice(PLACES), rng.choice(WHAT)
        text = (
            f"{rng.randint(2, 900):,} {what} were still waiting in {place} on Friday, officials said, "
            f"down from {rng.randint(901, 5000):,} a week earlier.\n\nNote {prefix}-{i}: the council meets "
            f"again next month, and {rng.choice(PLACES)} sent {rng.randint(2, 40)} buses on Saturday."
        )
        (root / f"{prefix}-{i:03d}.txt").write_text(text, encoding="utf-8")
    return root


_WRITER = """
import json, sys
from tidings import pipeline
from tidings.store import Store
db, *paths = sys.argv[1:]
with Store(db, timeout=60) as store:
    summary = pipeline.ingest(paths, store, batch_size=5)
print(json.dumps({"added": summary.added, "unchanged": summary.unchanged, "rejected": len(summary.rejected)}))
"""

_READER = """
import json, sys, time
from pathlib import Path
from tidings import pipeline
from tidings.pipeline import TidingsError
from tidings.store import Store
db, stop = sys.argv[1:]
reads = 0
errors = []
deadline = time.monotonic() + 90
while time.monotonic() < deadline:
    done = Path(stop).exists()
    try:
        if Path(db).exists():
            with Store(db) as store:  # read-write, as `tidings ask` opens it
                n = store.count()
                problems = store._c.execute(
                    "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                    "(SELECT 1 FROM dates WHERE doc_id = d.id)"
                ).fetchone()[0]
                if problems:
                    errors.append(f"{problems} documents without a date")
                if n:
                    pipeline.ask(store, "How many workers are still waiting in Halden?")
                    store.search_sentences("buses Saturday", limit=20)
                    sum(1 for _ in store.documents(chunk=50))
                reads += 1
    except TidingsError:
        pass  # an empty store while the writers start
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    if done:
        break
print(json.dumps({"reads": reads, "errors": errors[:5], "error_count": len(errors)}))
"""

READERS = 3


def test_two_ingests_and_readers_at_once(tmp_path: Path) -> None:
    a = _write_corpus(tmp_path / "a", "a", 60, seed=1)
    b = _write_corpus(tmp_path / "b", "b", 60, seed=2)
    shared = _write_corpus(tmp_path / "shared", "s", 20, seed=3)
    db = tmp_path / "store.db"
    stop = tmp_path / "stop"
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", _READER, str(db), str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(READERS)
    ]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(db), *map(str, paths)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for paths in ((a, shared), (shared, b))
    ]
    try:
        results = []
        for w in writers:
            out, err = w.communicate(timeout=120)
            assert w.returncode == 0, err.decode()[-3000:]
            results.append(json.loads(out.decode().splitlines()[-1]))
    finally:
        stop.touch()
        reader_results = []
        for r in readers:
            out, err = r.communicate(timeout=120)
            assert r.returncode == 0, err.decode()[-3000:]
            reader_results.append(json.loads(out.decode().splitlines()[-1]))

    assert sum(r["added"] for r in results) == 140
    assert sum(r["unchanged"] for r in results) == 20  # each shared document stored once, by one writer
    for r in reader_results:
        assert r["error_count"] == 0, r["errors"]
        assert r["reads"] > 0
    with Store(db) as store:
        assert store.count() == 140
        assert store.integrity_check() == []
        sources = {Path(x.doc.source).parent.name for x in store.documents()}
    assert sources == {"a", "b", "shared"}


def _version(doc_id: str, year: int) -> Analyzed:
    """An analysis whose date and claim agree on ``year``: a reader seeing both from one write agrees too."""
    doc = make_document(DOC_TEXT, source="v.txt", format="text")
    assert doc.id == doc_id
    day = date(year, 3, 1)
    estimate = DateEstimate(day, day, "day", 1.0, "metadata")
    claim = Claim(doc.id, 0, 5, "quantity", "workers", "count", "2,500", number=2500.0,
                  as_of_earliest=day, as_of_latest=day)  # fmt: skip
    return Analyzed(doc, estimate, (), (claim,))


DOC_TEXT = "2,500 workers were still waiting on Friday, officials said."


@pytest.mark.parametrize("readonly", [False, True])
def test_readers_never_see_half_of_a_rewritten_analysis(tmp_path: Path, readonly: bool) -> None:
    db = tmp_path / "s.db"
    doc_id = make_document(DOC_TEXT, source="v.txt", format="text").id
    with Store(db) as store:
        store.add([_version(doc_id, 2000)])
    stop = threading.Event()
    mismatches: list[str] = []
    errors: list[str] = []

    def writer() -> None:
        with Store(db) as store:
            for i in range(400):
                store.replace_analysis([_version(doc_id, 2000 + i % 20)])
        stop.set()

    def reader() -> None:
        try:
            with Store(db, readonly=readonly) as store:
                while not stop.is_set():
                    for item in (store.get(doc_id), *store.documents()):
                        assert item is not None
                        years = {item.date.earliest.year if item.date.earliest else None}
                        years |= {c.as_of_earliest.year if c.as_of_earliest else None for c in item.claims}
                        if len(years) != 1:
                            mismatches.append(str(sorted(map(str, years))))
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=writer), *(threading.Thread(target=reader) for _ in range(2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert mismatches == []
