"""``tidings.doctor``: each kind of damage or leftover is found, explained with a repair, and the store is
never modified by looking."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings import doctor, pipeline
from tidings.doctor import Finding, check, render_findings
from tidings.store import Migration, Store

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the example corpus and one rejected input, closed cleanly."""
    folder = tmp_path_factory.mktemp("sound")
    bad = folder / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    db = folder / "sound.db"
    with Store(db) as store:
        summary = pipeline.ingest([CORPUS, bad], store)
    assert summary.added and len(summary.rejected) == 1
    return db


def _files(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its bytes: what 'unchanged' means here.

    A ``-shm`` file is only hashed for its presence: it is SQLite's shared-memory index of the log, which
    every reader of a store with a log updates (read marks) and which holds no data.
    """
    return {
        p.name: "" if p.name.endswith("-shm") else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _sql(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _first_doc(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT id FROM documents ORDER BY seq LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _drop_doc_row(db: Path) -> None:
    _sql(db, f"DELETE FROM documents WHERE id = '{_first_doc(db)}'")


def _drop_date_row(db: Path) -> None:
    _sql(db, f"DELETE FROM dates WHERE doc_id = '{_first_doc(db)}'")


def _drop_sentences(db: Path) -> None:
    _sql(db, f"DELETE FROM sentences WHERE doc_id = '{_first_doc(db)}'")


def _stray_fts_entry(db: Path) -> None:
    _sql(db, "INSERT INTO sentences_fts (rowid, text) VALUES (999999, 'a sentence of no stored document')")


def _damage_fts_structure(db: Path) -> None:
    _sql(
        db,
        "UPDATE documents_fts_data SET block = substr(block, 1, length(block) / 2) "
        "WHERE id = (SELECT max(id) FROM documents_fts_data)",
    )


def _newer_schema(db: Path) -> None:
    _sql(db, "INSERT INTO migrations (id, name) VALUES (99, 'from the future')")


def _no_schema_rows(db: Path) -> None:
    _sql(db, "DELETE FROM migrations")


def _drop_claims_table(db: Path) -> None:
    _sql(db, "DROP TABLE claims")


def _truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def _scramble_pages(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), 3 * page):  # leave the header page, break every third page
        data[start + 8 : start + 200] = bytes(192)
    db.write_bytes(bytes(data))


def _empty_file(db: Path) -> None:
    db.write_bytes(b"")


def _text_file(db: Path) -> None:
    db.write_text("not a database\n", encoding="utf-8")


def _empty_sqlite(db: Path) -> None:
    db.unlink()
    sqlite3.connect(db).close()
    _sql(db, "PRAGMA user_version = 1")  # a header, and no tables


def _foreign_sqlite(db: Path) -> None:
    db.unlink()
    _sql(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")


def _journal_left(db: Path) -> None:
    Path(f"{db}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(500))


def _wal_without_store(db: Path) -> None:
    Path(f"{db}-wal").write_bytes(bytes(100))
    db.unlink()


def _missing(db: Path) -> None:
    db.unlink()


# (damage, severity, words the problem must contain, words the repair must contain)
CASES: list[tuple[str, Callable[[Path], None], str, str, str]] = [
    ("missing file", _missing, "error", "no such store", "tidings ingest"),
    ("empty file", _empty_file, "error", "empty file", "tidings ingest"),
    ("text file", _text_file, "error", "not a SQLite database", "restore"),
    ("truncated", _truncate, "error", "", ".recover"),
    ("scrambled pages", _scramble_pages, "error", "", ".recover"),
    ("empty SQLite database", _empty_sqlite, "error", "empty SQLite database", "tidings ingest"),
    ("another application's database", _foreign_sqlite, "error", "not a tidings store", "--db"),
    ("newer schema", _newer_schema, "error", "schema version 99 is newer", "upgrade tidings"),
    ("older schema", _no_schema_rows, "warning", "schema version 0 is older", "migrate"),
    ("table missing", _drop_claims_table, "error", "claims is missing", "restore"),
    ("document row deleted", _drop_doc_row, "warning", "orphaned", "WHERE doc_id NOT IN"),
    (
        "document row deleted, its index entry",
        _drop_doc_row,
        "error",
        "documents_fts: 1 entry without",
        "ingest",
    ),
    ("date row deleted", _drop_date_row, "error", "1 document without a date row", "tidings ingest"),
    ("sentences deleted", _drop_sentences, "error", "no sentence rows", "tidings ingest"),
    ("stray full-text entry", _stray_fts_entry, "error", "sentences_fts: 1 entry without a row", "ingest"),
    ("full-text index damaged", _damage_fts_structure, "error", "FTS5 integrity check failed", "ingest"),
    ("rollback journal left", _journal_left, "warning", "rollback journal", "never delete"),
    ("log without its store", _wal_without_store, "error", "write-ahead log", "put"),
]


@pytest.mark.parametrize(
    ("damage", "severity", "problem", "repair"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_damage_is_found_with_a_repair(
    sound: Path, tmp_path: Path, damage: Callable[[Path], None], severity: str, problem: str, repair: str
) -> None:
    db = tmp_path / "store.db"
    shutil.copy(sound, db)
    damage(db)
    before = _files(tmp_path)
    findings = check(db)
    assert _files(tmp_path) == before, "check() changed the folder"
    matching = [f for f in findings if f.severity == severity and problem in f.problem]
    assert matching, render_findings(findings)
    assert all(repair in f.repair for f in matching), render_findings(findings)
    for f in findings:
        assert f.problem and f.repair and "\n" not in f.problem + f.repair


def test_a_sound_store_has_no_problem_but_its_rejections(sound: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    shutil.copy(sound, db)
    before = _files(tmp_path)
    findings = check(db)
    assert _files(tmp_path) == before
    assert [(f.severity, f.problem.split(" (")[0]) for f in findings] == [
        ("info", "1 input could not be read at ingest and is not in the store")
    ]
    assert "bad.txt: not valid UTF-8" in findings[0].problem


def test_an_open_store_with_its_log_is_read_with_the_log(tmp_path: Path) -> None:
    """A write-ahead log holding committed documents is reported, read, and left exactly as it was."""
    db = tmp_path / "store.db"
    writer = Store(db)
    try:
        pipeline.ingest([CORPUS], writer)
        wal = Path(f"{db}-wal")
        assert wal.stat().st_size > 0
        before = _files(tmp_path)
        findings = check(db)
        assert _files(tmp_path) == before
        assert [f.severity for f in findings] == ["warning"]
        assert "write-ahead log store.db-wal" in findings[0].problem
        assert "never delete store.db-wal" in findings[0].repair
    finally:
        writer.close()


def test_an_older_schema_is_a_warning(sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    later = Migration(2, "later", ("CREATE TABLE IF NOT EXISTS later (id INTEGER)",))
    monkeypatch.setattr(doctor, "MIGRATIONS", (*doctor.MIGRATIONS, later))
    monkeypatch.setattr(doctor, "SCHEMA_VERSION", 2)
    db = tmp_path / "store.db"
    shutil.copy(sound, db)
    findings = [f for f in check(db) if f.severity != "info"]
    assert [(f.severity, f.problem) for f in findings] == [
        ("warning", "schema version 1 is older than this tidings' 2 (steps not applied: 2)")
    ]


def test_stores_left_by_a_kill_mid_ingest_have_no_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What an interrupted ingest leaves (whole batches, an unfolded log) is sound: warnings at most."""
    db = tmp_path / "store.db"
    store = Store(db)
    calls = 0
    real = pipeline.analyze

    def dying(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 6:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyze", dying)
    with pytest.raises(KeyboardInterrupt):
        pipeline.ingest([CORPUS], store, batch_size=2)
    assert store.count() == 4
    try:
        assert [f for f in check(db) if f.severity == "error"] == []
    finally:
        store.close()


def test_render_orders_by_severity_and_counts() -> None:
    findings = [
        Finding("info", "a note", "nothing to do"),
        Finding("error", "broken", "restore it"),
        Finding("warning", "odd", "look at it"),
    ]
    assert render_findings(findings) == (
        "error: broken\n  repair: restore it\n"
        "warning: odd\n  repair: look at it\n"
        "info: a note\n  repair: nothing to do\n"
        "1 error, 1 warning, 1 note"
    )
    assert render_findings([]) == "no problems found"


def test_findings_are_frozen_records() -> None:
    f = Finding("error", "p", "r")
    with pytest.raises(AttributeError):
        f.severity = "info"  # type: ignore[misc]
    assert f.to_dict() == {"severity": "error", "problem": "p", "repair": "r"}


def _cli_doctor(db: Path) -> tuple[int, str]:
    from tidings import cli

    result = CliRunner().invoke(cli.main, ["doctor", "--db", str(db)])
    return result.exit_code, result.output


@pytest.mark.parametrize(("damage", "code"), [(None, 0), (_drop_date_row, 1)])
def test_cli_doctor_exits_1_on_errors(
    sound: Path, tmp_path: Path, damage: Callable[[Path], None] | None, code: int
) -> None:
    db = tmp_path / "store.db"
    shutil.copy(sound, db)
    if damage:
        damage(db)
    exit_code, output = _cli_doctor(db)
    assert exit_code == code, output
    expected = "1 note" if code == 0 else "error: documents: 1 document without a date row"
    assert expected in output
