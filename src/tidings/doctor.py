"""Check a store for damage and leftovers, and say how to repair each problem found.

:func:`check` never changes the store: it reads the file through a read-only connection (``immutable`` when no
write-ahead log is present, so not even a ``-shm`` file is created) and runs FTS5's own ``integrity-check``
on a copy in memory. It looks at, in order: the file itself, leftover write-ahead logs and journals, SQLite's
``integrity_check``, the schema version, rows whose document is gone, documents without a date or without
indexed sentences (a half-written document), the full-text indexes, and the inputs rejected at ingest.
:func:`render_findings` turns the findings into the text ``tidings doctor`` prints.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tidings.store import MIGRATIONS, SCHEMA_VERSION

__all__ = ["Finding", "Severity", "check", "render_findings"]

Severity = Literal["error", "warning", "info"]

# FTS5's own check runs on an in-memory copy; above this size the copy would cost too much memory and the
# index is checked by row counts only.
DEEP_CHECK_MAX_BYTES = 512 * 1024 * 1024
_MAX_LINES = 10  # integrity_check can report thousands of lines; the first ones say enough
_SQLITE_HEADER = b"SQLite format 3\x00"
_CHILD_TABLES = ("dates", "timexes", "claims", "sentences")
_FTS = (("documents_fts", "documents", "seq"), ("sentences_fts", "sentences", "id"))
_CREATED = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\s+(\w+)", re.I)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: how bad it is, what is wrong (one line) and what to do about it (one line)."""

    severity: Severity
    problem: str
    repair: str

    def to_dict(self) -> dict[str, str]:
        return {"severity": self.severity, "problem": self.problem, "repair": self.repair}


def _reingest(db: str) -> str:
    return (
        f"run `tidings ingest PATH... --db {db}` again on the same inputs: whole documents are skipped and "
        "missing ones added"
    )


def _rebuild(db: str) -> str:
    return (
        f"move {db} aside and run `tidings ingest PATH... --db {db}` on the same inputs to build it anew "
        "(stored documents are never re-analysed in place)"
    )


def _restore(db: str) -> str:
    return (
        f"restore {db} from a backup; or salvage it with `sqlite3 {db} .recover | sqlite3 recovered.db` and "
        "ingest the original inputs into a new store"
    )


def check(store_path: str | Path) -> list[Finding]:
    """Every problem found in the store at ``store_path``, most serious first within each check.

    Returns ``[]`` for a sound store. Never modifies the file, and never raises for a damaged or foreign
    file: that is a finding too.
    """
    path = Path(store_path)
    db = str(store_path)
    findings = _file_findings(path, db)
    if any(f.severity == "error" for f in findings):
        return findings
    findings.extend(_leftover_findings(path, db))
    try:
        with _read_only(path) as conn:
            findings.extend(_database_findings(conn, path, db))
    except sqlite3.DatabaseError as exc:
        findings.append(Finding("error", f"{db}: cannot be read as SQLite ({_one_line(exc)})", _restore(db)))
    return findings


def render_findings(findings: list[Finding]) -> str:
    """The findings as text: errors first, then warnings, then notes, each with its repair."""
    if not findings:
        return "no problems found"
    order = {"error": 0, "warning": 1, "info": 2}
    lines: list[str] = []
    for f in sorted(findings, key=lambda f: order[f.severity]):
        lines.append(f"{f.severity}: {f.problem}")
        lines.append(f"  repair: {f.repair}")
    counts = [f"{n} {name}{'s' if n != 1 else ''}" for name, n in _counts(findings) if n]
    lines.append(", ".join(counts))
    return "\n".join(lines)


def _counts(findings: list[Finding]) -> list[tuple[str, int]]:
    return [
        ("error", sum(f.severity == "error" for f in findings)),
        ("warning", sum(f.severity == "warning" for f in findings)),
        ("note", sum(f.severity == "info" for f in findings)),
    ]


# --- the file -------------------------------------------------------------------------------------------


def _file_findings(path: Path, db: str) -> list[Finding]:
    if not path.exists():
        wal = Path(f"{path}-wal")
        if wal.exists():
            return [
                Finding(
                    "error",
                    f"{db} is missing but its write-ahead log {wal.name} is there: the store was deleted "
                    "or moved without its log",
                    f"put {db} back next to {wal.name} (the log alone holds only recent changes); otherwise "
                    + _restore(db),
                )
            ]
        return [
            Finding("error", f"{db}: no such store", f"create it with `tidings ingest PATH... --db {db}`")
        ]
    if not path.is_file():
        return [Finding("error", f"{db} is not a file", "point --db at a store file")]
    size = path.stat().st_size
    if size == 0:
        return [Finding("error", f"{db} is an empty file, not a store", f"remove it, then {_reingest(db)}")]
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        return [
            Finding("error", f"{db}: cannot read ({exc.strerror or exc})", "check the file's permissions")
        ]
    if header != _SQLITE_HEADER:
        return [
            Finding(
                "error",
                f"{db} is not a SQLite database (its first bytes are not a SQLite header)",
                f"point --db at a tidings store; if this file was one, {_restore(db)}",
            )
        ]
    return []


def _leftover_findings(path: Path, db: str) -> list[Finding]:
    out: list[Finding] = []
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        out.append(
            Finding(
                "warning",
                f"write-ahead log {wal.name} ({wal.stat().st_size:,} bytes) is left next to the store: "
                "a tidings process is using it now, or one stopped without closing it",
                "if no tidings process is running, run any tidings command on it "
                f"(`tidings dates --db {db}`) to fold the log back in; never delete {wal.name}: "
                "it holds committed documents",
            )
        )
    journal = Path(f"{path}-journal")
    if journal.exists() and journal.stat().st_size > 0:
        out.append(
            Finding(
                "warning",
                f"rollback journal {journal.name} is left next to the store: a write was interrupted",
                f"run any tidings command on it (`tidings dates --db {db}`) to roll the interrupted "
                f"write back; never delete {journal.name} by hand",
            )
        )
    return out


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write. Without a log to read, ``immutable`` also skips locking and the
    ``-shm`` file a WAL-mode reader would otherwise create and leave behind."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("BEGIN")  # one snapshot for every count below
        yield conn
    finally:
        conn.close()


# --- the database ---------------------------------------------------------------------------------------


def _database_findings(conn: sqlite3.Connection, path: Path, db: str) -> list[Finding]:
    out: list[Finding] = []
    lines = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if lines != ["ok"]:
        shown = "; ".join(lines[:3]) + (f"; and {len(lines) - 3} more" if len(lines) > 3 else "")
        out.append(Finding("error", f"SQLite integrity check failed: {_one_line(shown)}", _restore(db)))
        return out  # counts over damaged pages would only repeat the damage
    objects = {
        name: kind
        for name, kind in conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    schema = _schema_findings(conn, objects, db)
    out.extend(schema)
    if any(f.severity == "error" for f in schema):
        return out
    out.extend(_row_findings(conn, db))
    out.extend(_fts_findings(conn, path, db))
    out.extend(_rejection_findings(conn, db))
    return out


def _expected_objects(version: int) -> set[str]:
    return {
        name
        for m in MIGRATIONS
        if m.id <= version
        for statement in m.statements
        for name in _CREATED.findall(statement)
    }


def _schema_findings(conn: sqlite3.Connection, objects: dict[str, str], db: str) -> list[Finding]:
    if "migrations" not in objects:
        if not [n for n in objects if not n.startswith("sqlite_")]:
            return [
                Finding(
                    "error",
                    f"{db} is an empty SQLite database: no schema version, no tables",
                    f"run `tidings ingest PATH... --db {db}` to create the schema and add documents",
                )
            ]
        return [
            Finding(
                "error",
                f"{db} has tables but no schema version: it is not a tidings store",
                "point --db at a tidings store; tidings will not write into another application's database",
            )
        ]
    applied = sorted(row[0] for row in conn.execute("SELECT id FROM migrations"))
    version = applied[-1] if applied else 0
    known = {m.id for m in MIGRATIONS}
    newer = [i for i in applied if i not in known]
    if newer:
        return [
            Finding(
                "error",
                f"schema version {newer[-1]} is newer than this tidings supports ({SCHEMA_VERSION})",
                "upgrade tidings to read it (`pip install -U tidings`); "
                "an older tidings must not write to it",
            )
        ]
    out: list[Finding] = []
    missing_steps = sorted(known - set(applied))
    if version < SCHEMA_VERSION or missing_steps:
        out.append(
            Finding(
                "warning",
                f"schema version {version} is older than this tidings' {SCHEMA_VERSION} "
                f"(steps not applied: {', '.join(map(str, missing_steps))})",
                "back the file up, then run any tidings command on it "
                f"(`tidings dates --db {db}`) to migrate it",
            )
        )
    absent = sorted(_expected_objects(version) - set(objects))
    if absent:
        out.append(
            Finding(
                "error",
                f"schema version {version} is recorded but {', '.join(absent)} "
                f"{'is' if len(absent) == 1 else 'are'} missing",
                _restore(db),
            )
        )
    return out


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def _rows(n: int, what: str = "row") -> str:
    return f"1 {what}" if n == 1 else f"{n:,} {what}s"


def _row_findings(conn: sqlite3.Connection, db: str) -> list[Finding]:
    out: list[Finding] = []
    for table in _CHILD_TABLES:
        n = _count(
            conn,
            f"SELECT count(*) FROM {table} t "
            "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)",
        )
        if n:
            out.append(
                Finding(
                    "warning",
                    f"{table}: {_rows(n)} belong to no stored document (orphaned)",
                    f'they are ignored by every command; to drop them run `sqlite3 {db} "DELETE FROM {table} '
                    f'WHERE doc_id NOT IN (SELECT id FROM documents)"`, or ' + _rebuild(db),
                )
            )
    undated = _count(
        conn, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM dates WHERE doc_id = d.id)"
    )
    if undated:
        out.append(
            Finding(
                "error",
                f"documents: {_rows(undated, 'document')} without a date row (half-written: "
                "an ingest was interrupted outside a transaction, or the file was edited)",
                _rebuild(db),
            )
        )
    unsplit = _count(
        conn,
        "SELECT count(*) FROM document_texts d WHERE length(trim(d.text)) > 0 "
        "AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)",
    )
    if unsplit:
        out.append(
            Finding(
                "error",
                f"documents: {_rows(unsplit, 'document')} with text but no sentence rows "
                "(sentence search cannot find them)",
                _rebuild(db),
            )
        )
    return out


def _fts_findings(conn: sqlite3.Connection, path: Path, db: str) -> list[Finding]:
    out: list[Finding] = []
    for fts, table, key in _FTS:
        indexed = _count(conn, f"SELECT count(*) FROM {fts}")
        rows = _count(conn, f"SELECT count(*) FROM {table}")
        stray = _count(
            conn,
            f"SELECT count(*) FROM {fts} f "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{key} = f.rowid)",
        )
        if stray:
            out.append(
                Finding("error", f"{fts}: {_rows(stray, 'entry')} without a row in {table}", _rebuild(db))
            )
        if indexed - stray != rows:
            out.append(
                Finding(
                    "error",
                    f"{fts}: {_rows(rows - (indexed - stray))} of {table} not in the full-text index "
                    "(search cannot find them)",
                    _rebuild(db),
                )
            )
    size = path.stat().st_size
    if size > DEEP_CHECK_MAX_BYTES:
        out.append(
            Finding(
                "info",
                f"full-text index structure not checked: the store ({size:,} bytes) is too large "
                "to copy into memory (row counts were checked)",
                f"to check it, copy {db} while no tidings process runs and open the copy with `sqlite3 COPY "
                "\"INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')\"`",
            )
        )
        return out
    for fts, problem in _deep_fts_check(conn):
        out.append(Finding("error", f"{fts}: FTS5 integrity check failed ({problem})", _rebuild(db)))
    return out


def _deep_fts_check(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """FTS5's ``integrity-check`` is a write statement, so it runs on an in-memory copy of the store."""
    image = bytearray(conn.serialize())
    # Bytes 18 and 19 of the header say "WAL"; an in-memory database cannot use a write-ahead log.
    image[18] = image[19] = 1
    problems: list[tuple[str, str]] = []
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as copy:
        copy.deserialize(bytes(image))
        del image
        for fts, _table, _key in _FTS:
            try:
                copy.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append((fts, _one_line(exc)))
    return problems


def _rejection_findings(conn: sqlite3.Connection, db: str) -> list[Finding]:
    rows: list[Any] = conn.execute(
        "SELECT source, reason, seen FROM rejections ORDER BY id LIMIT 3"
    ).fetchall()
    if not rows:
        return []
    total = _count(conn, "SELECT count(*) FROM rejections")
    first = "; ".join(f"{_text(source)}: {_text(reason)}" for source, reason, _seen in rows)
    more = f"; and {total - len(rows)} more" if total > len(rows) else ""
    return [
        Finding(
            "info",
            f"{_rows(total, 'input')} could not be read at ingest and {'is' if total == 1 else 'are'} not in "
            f"the store ({first}{more})",
            "fix or convert those inputs as each reason says (UTF-8 text, smaller files), then ingest them "
            f"again; the full list is in the rejections table (`sqlite3 {db} 'SELECT * FROM rejections'`)",
        )
    ]


def _text(value: str | bytes) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return text if len(text) <= 120 else text[:117] + "..."


def _one_line(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 300 else text[:297] + "..."
