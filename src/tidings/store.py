"""The SQLite store: documents, their analyses and full-text indexes in one file.

One ``Store`` is one connection; open one per thread (or process). Several stores may read and write the
same file at once: the file is in WAL mode, every write is a ``BEGIN IMMEDIATE`` transaction, and a busy
timeout makes a second writer wait for the first instead of failing with "database is locked".

``documents`` keeps ``raw``, ``body`` and ``text`` once each: ``body`` is NULL when it equals ``raw`` and
``text`` is NULL when it equals ``body`` (plain-text input, nothing cleaned away); the ``document_texts`` view
gives all three resolved, for ad-hoc SQL.

Text is stored as TEXT. A string holding lone surrogates (what ``surrogateescape`` decoding of broken input
produces) cannot be UTF-8 encoded, so such a value is stored as a BLOB of its UTF-8 bytes encoded with
``surrogatepass`` and decoded the same way when read: ``Document.raw``, ``body``, ``text`` and the other
document fields always read back exactly as written. The full-text indexes see such characters as U+FFFD,
which keeps every character offset unchanged.

Full-text indexes are contentless FTS5 tables (they hold the index only, not a second copy of the text):
``documents_fts`` has rowid ``documents.seq``, ``sentences_fts`` has rowid ``sentences.id``. Rows are never
deleted from them; documents are only ever added.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from tidings.model import (
    UNKNOWN_DATE,
    Analyzed,
    Claim,
    DateEstimate,
    Document,
    Rejection,
    Segment,
    Tense,
    TimeExpr,
    TimexType,
)
from tidings.sentences import split as split_sentences

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AddResult",
    "Migration",
    "SentenceHit",
    "Store",
    "StoreError",
    "fts_query",
    "split_sentences",
]

TOKENIZE = "porter unicode61 remove_diacritics 2"


class StoreError(Exception):
    """A store problem, as a one-line message naming the file and the problem."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step. Statements must be safe to re-run (``IF NOT EXISTS``): a crash between a step's
    statements and its record in ``migrations`` is rolled back anyway, but re-running must never hurt."""

    id: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, analyses, rejections and full-text indexes",
        (
            """CREATE TABLE IF NOT EXISTS documents (
                id TEXT PRIMARY KEY,
                seq INTEGER NOT NULL UNIQUE,
                source TEXT NOT NULL,
                format TEXT NOT NULL,
                external_id TEXT,
                url TEXT,
                title TEXT,
                given_date TEXT,
                html_date TEXT,
                raw TEXT NOT NULL,
                body TEXT,  -- NULL: the same as raw
                text TEXT,  -- NULL: the same as body
                segments TEXT NOT NULL
            )""",
            """CREATE VIEW IF NOT EXISTS document_texts AS
                SELECT id, seq, raw, coalesce(body, raw) AS body, coalesce(text, body, raw) AS text
                FROM documents""",
            """CREATE TABLE IF NOT EXISTS dates (
                doc_id TEXT PRIMARY KEY REFERENCES documents(id),
                earliest TEXT,
                latest TEXT,
                granularity TEXT NOT NULL,
                confidence REAL NOT NULL,
                rule TEXT NOT NULL,
                estimate TEXT NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS dates_interval ON dates(earliest, latest)",
            """CREATE TABLE IF NOT EXISTS timexes (
                id INTEGER PRIMARY KEY,
                doc_id TEXT NOT NULL REFERENCES documents(id),
                "start" INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                type TEXT NOT NULL,
                value TEXT NOT NULL,
                tense TEXT NOT NULL,
                rule TEXT NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS timexes_doc ON timexes(doc_id)",
            """CREATE TABLE IF NOT EXISTS claims (
                id INTEGER PRIMARY KEY,
                doc_id TEXT NOT NULL REFERENCES documents(id),
                "start" INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                kind TEXT NOT NULL,
                subject TEXT NOT NULL,
                attribute TEXT NOT NULL,
                scope TEXT NOT NULL,
                value TEXT NOT NULL,
                number REAL,
                unit TEXT NOT NULL,
                hedge TEXT NOT NULL,
                polarity TEXT NOT NULL,
                speaker TEXT NOT NULL,
                as_of_earliest TEXT,
                as_of_latest TEXT,
                claim TEXT NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id)",
            "CREATE INDEX IF NOT EXISTS claims_slot ON claims(attribute, subject)",
            """CREATE TABLE IF NOT EXISTS sentences (
                id INTEGER PRIMARY KEY,
                doc_id TEXT NOT NULL REFERENCES documents(id),
                "start" INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS rejections (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                reason TEXT NOT NULL,
                seen INTEGER NOT NULL DEFAULT 1,
                UNIQUE (source, reason)
            )""",
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            f"title, text, content='', tokenize='{TOKENIZE}')",
            "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
            f"text, content='', tokenize='{TOKENIZE}')",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].id

_MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)"""

# Tables whose rows belong to one document through ``doc_id``.
_CHILD_TABLES = ("dates", "timexes", "claims", "sentences")


@dataclass(frozen=True, slots=True)
class AddResult:
    added: int
    unchanged: int


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """A sentence at ``[start, end)`` of document ``doc_id``'s text; higher ``score`` is better."""

    doc_id: str
    start: int
    end: int
    text: str
    score: float


# ---------------------------------------------------------------------------------------------------------
# Text that cannot be UTF-8 encoded

_SURROGATE = re.compile("[\ud800-\udfff]")


def _enc(value: str) -> str | bytes:
    """The value as SQLite can take it: the string itself, or its surrogatepass bytes."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


def _enc_opt(value: str | None) -> str | bytes | None:
    return None if value is None else _enc(value)


def _dec(value: str | bytes) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _dec_opt(value: str | bytes | None) -> str | None:
    return None if value is None else _dec(value)


def _plain(value: str) -> str:
    """For columns that only serve queries (the full record is in a JSON column): same length, encodable."""
    if value.isascii():
        return value
    return _SURROGATE.sub("\ufffd", value)


def _dumps(data: Any) -> str:
    # ensure_ascii (the default) writes lone surrogates as \\udxxx escapes, which json.loads restores.
    return json.dumps(data, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------------------
# Queries

_TERM = re.compile(r"[^\W_]+(?:[&.\-][^\W_]+)*")
# fmt: off
STOP_WORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "many", "me", "more", "most", "much", "my", "no", "nor", "not", "now", "of", "off",
    "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours"
})
# fmt: on


def fts_query(text: str, *, max_terms: int = 32) -> str:
    """A safe FTS5 query for free text: each word a quoted phrase, OR-ed, stop words dropped.

    Quoting makes every FTS5 operator ("NEAR", "AND", parentheses, ``*``, ``^``) a plain word; words joined
    by ``&``, ``.`` or ``-`` ("AT&T", "U.S.", "COVID-19") stay one phrase. Returns "" when nothing is left.
    A query of stop words only ("The Who") keeps them rather than matching nothing.
    """
    terms: list[str] = []
    seen: set[str] = set()
    for m in _TERM.finditer(text):
        term = m.group().lower()
        if term in seen or (len(term) == 1 and not term.isdigit()):
            continue
        seen.add(term)
        terms.append(term)
    content = [t for t in terms if t not in STOP_WORDS] or terms
    return " OR ".join(f'"{t}"' for t in content[:max_terms])


# ---------------------------------------------------------------------------------------------------------
# Rows

_DOC_COLUMNS = (
    "id, seq, source, format, external_id, url, title, given_date, html_date, raw, body, text, segments"
)
_INSERT_DOC = f"INSERT INTO documents ({_DOC_COLUMNS}) VALUES ({', '.join('?' * 13)})"
_SELECT_DOC = (
    "SELECT id, seq, source, format, external_id, url, title, given_date, html_date, raw, "
    "coalesce(body, raw), coalesce(text, body, raw), segments FROM documents"
)
_INSERT_DATE = (
    "INSERT INTO dates (doc_id, earliest, latest, granularity, confidence, rule, estimate) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_TIMEX = (
    'INSERT INTO timexes (doc_id, "start", "end", text, type, value, tense, rule) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CLAIM = (
    'INSERT INTO claims (doc_id, "start", "end", kind, subject, attribute, scope, value, number, unit, '
    "hedge, polarity, speaker, as_of_earliest, as_of_latest, claim) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

Row = tuple[Any, ...]


def _date_row(doc_id: str, est: DateEstimate, own: DateEstimate | None = None) -> Row:
    data = est.to_dict()
    if own is not None and own != est:
        data["own"] = own.to_dict()  # read back as Analyzed.own_date; older stores simply lack it
    return (
        doc_id,
        est.earliest.isoformat() if est.earliest else None,
        est.latest.isoformat() if est.latest else None,
        est.granularity,
        est.confidence,
        _plain(est.rule),
        _dumps(data),
    )


def _timex_row(doc_id: str, t: TimeExpr) -> Row:
    return (doc_id, t.start, t.end, _enc(t.text), t.type, _plain(t.value), t.tense, _plain(t.rule))


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def _claim_dict(c: Claim) -> dict[str, Any]:
    """``Claim.to_dict()`` without ``asdict``'s deep copies, which cost more than all the SQL of a claim.

    Built from the dataclass fields so a new field is stored too; a test keeps it equal to ``to_dict``.
    """
    data = {name: getattr(c, name) for name in _CLAIM_FIELDS}
    for key, value in data.items():
        if isinstance(value, date):
            data[key] = value.isoformat()
        elif isinstance(value, tuple):
            data[key] = list(value) if value else None
    return data


def _claim_row(doc_id: str, c: Claim) -> Row:
    data = _claim_dict(c)
    return (
        doc_id,
        c.start,
        c.end,
        c.kind,
        _plain(c.subject),
        _plain(c.attribute),
        _plain(c.scope),
        _plain(c.value),
        c.number,
        _plain(c.unit),
        _plain(c.hedge),
        c.polarity,
        _plain(c.speaker),
        data["as_of_earliest"],
        data["as_of_latest"],
        _dumps(data),
    )


def _document(row: Row) -> Document:
    segments = tuple(Segment(t, b, n) for t, b, n in json.loads(row[12]))
    return Document(
        id=row[0],
        text=_dec(row[11]),
        raw=_dec(row[9]),
        body=_dec(row[10]),
        source=_dec(row[2]),
        format=_dec(row[3]),
        external_id=_dec_opt(row[4]),
        url=_dec_opt(row[5]),
        title=_dec_opt(row[6]),
        given_date=_dec_opt(row[7]),
        html_date=_dec_opt(row[8]),
        segments=segments,
    )


def _marks(n: int) -> str:
    return ", ".join("?" * n)


# ---------------------------------------------------------------------------------------------------------
# The store


class Store:
    """Documents and their analyses in one SQLite file (or ``":memory:"``).

    ``splitter`` gives the sentence offsets indexed for ``search_sentences`` (default ``split_sentences``);
    ``timeout`` is how many seconds a write waits for another writer before giving up.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        timeout: float = 30.0,
        splitter: Callable[[str], Iterable[tuple[int, int]]] = split_sentences,
    ) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._splitter = splitter
        memory = self.path == ":memory:"
        if readonly and memory:
            raise StoreError(":memory:: a new in-memory store cannot be opened read-only")
        if readonly and not Path(path).is_file():
            raise StoreError(f"{self.path}: no such store")
        try:
            if readonly:
                uri = Path(path).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            else:
                conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open: {exc}") from exc
        self._conn: sqlite3.Connection | None = conn
        try:
            self._configure(conn, timeout, memory=memory)
            self._migrate(conn)
        except sqlite3.DatabaseError as exc:
            self.close()
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise StoreError(f"{self.path}: not a SQLite database ({exc})") from exc
            raise StoreError(f"{self.path}: {exc}") from exc
        except BaseException:
            self.close()
            raise

    # -- opening -------------------------------------------------------------------------------------------

    def _configure(self, conn: sqlite3.Connection, timeout: float, *, memory: bool) -> None:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not self.readonly and not memory:
            mode = self._journal_wal(conn, timeout)
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path}: cannot switch to WAL mode (journal mode is {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -32000")
        conn.execute("PRAGMA temp_store = MEMORY")

    @staticmethod
    def _journal_wal(conn: sqlite3.Connection, timeout: float) -> str:
        """Switch to WAL, waiting out other openers.

        Changing the journal mode needs an exclusive lock that SQLite does not wait for through the busy
        handler, so several processes opening a new file at once would see "database is locked".
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _applied(self, conn: sqlite3.Connection) -> set[int] | None:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
        ).fetchone()
        if not exists:
            return None
        return {row[0] for row in conn.execute("SELECT id FROM migrations")}

    def _migrate(self, conn: sqlite3.Connection) -> None:
        applied = self._applied(conn)
        known = {m.id for m in MIGRATIONS}
        newer = sorted((applied or set()) - known)
        if newer:
            raise StoreError(
                f"{self.path}: schema version {newer[-1]} is newer than this tidings supports "
                f"({SCHEMA_VERSION}); upgrade tidings to open it"
            )
        pending = [m for m in MIGRATIONS if applied is None or m.id not in applied]
        if not pending:
            return
        if self.readonly:
            have = max(applied) if applied else 0
            raise StoreError(
                f"{self.path}: schema version {have} needs migrating to {SCHEMA_VERSION}; "
                "open it once without read-only"
            )
        # Another process may be opening the same new file: take the write lock, then look again.
        with self._write() as c:
            if self._applied(c) is None:
                tables = c.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                ).fetchone()[0]
                if tables:
                    raise StoreError(f"{self.path}: not a tidings store (a SQLite file with other tables)")
            c.execute(_MIGRATIONS_TABLE)
            for migration in pending:
                if c.execute("SELECT 1 FROM migrations WHERE id = ?", (migration.id,)).fetchone():
                    continue
                for statement in migration.statements:
                    c.execute(statement)
                c.execute("INSERT INTO migrations (id, name) VALUES (?, ?)", (migration.id, migration.name))

    # -- plumbing ------------------------------------------------------------------------------------------

    @property
    def _c(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._conn

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several SELECTs that must see one state of the file, as one read transaction.

        In autocommit mode each statement reads the file as it is at that moment: a document read before
        a concurrent ``replace_analysis`` and its claims read after it would mix two analyses.
        """
        conn = self._c
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")  # a read transaction: nothing to write, only the snapshot to let go

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. IMMEDIATE takes the write lock up front, so a second writer waits in
        the busy handler; a deferred transaction that upgrades from read to write can fail at once."""
        if self.readonly:
            raise StoreError(f"{self.path}: the store is open read-only")
        conn = self._c
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        with self._errors():
            return int(self._c.execute("SELECT coalesce(max(id), 0) FROM migrations").fetchone()[0])

    def has(self, doc_id: str) -> bool:
        with self._errors():
            return self._c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def count(self) -> int:
        with self._errors():
            return int(self._c.execute("SELECT count(*) FROM documents").fetchone()[0])

    def get(self, doc_id: str) -> Analyzed | None:
        with self._errors(), self._snapshot() as conn:
            row = conn.execute(f"{_SELECT_DOC} WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            return self._assemble([row])[0]

    def documents(self, *, chunk: int = 256) -> Iterator[Analyzed]:
        """Every document with its analysis, in ingest order, read ``chunk`` documents at a time.

        Each chunk is its own short read, so no read transaction stays open while the caller works.
        """
        last = 0
        while True:
            with self._errors(), self._snapshot() as conn:
                rows = conn.execute(
                    f"{_SELECT_DOC} WHERE seq > ? ORDER BY seq LIMIT ?", (last, chunk)
                ).fetchall()
                if not rows:
                    return
                items = self._assemble(rows)
            yield from items
            last = rows[-1][1]

    def _assemble(self, rows: Sequence[Row]) -> list[Analyzed]:
        conn = self._c
        ids = [row[0] for row in rows]
        marks = _marks(len(ids))
        dates: dict[str, DateEstimate] = {}
        owns: dict[str, DateEstimate] = {}
        for doc_id, estimate in conn.execute(
            f"SELECT doc_id, estimate FROM dates WHERE doc_id IN ({marks})", ids
        ):
            data = json.loads(estimate)
            own = data.pop("own", None)
            dates[doc_id] = DateEstimate.from_dict(data)
            if own is not None:
                owns[doc_id] = DateEstimate.from_dict(own)
        timexes: dict[str, list[TimeExpr]] = {}
        for doc_id, start, end, text, type_, value, tense, rule in conn.execute(
            f'SELECT doc_id, "start", "end", text, type, value, tense, rule FROM timexes '
            f"WHERE doc_id IN ({marks}) ORDER BY id",
            ids,
        ):
            timexes.setdefault(doc_id, []).append(
                TimeExpr(start, end, _dec(text), cast(TimexType, type_), value, cast(Tense, tense), rule)
            )
        claims: dict[str, list[Claim]] = {}
        for doc_id, claim in conn.execute(
            f"SELECT doc_id, claim FROM claims WHERE doc_id IN ({marks}) ORDER BY id", ids
        ):
            claims.setdefault(doc_id, []).append(Claim.from_dict(json.loads(claim)))
        return [
            Analyzed(
                _document(row),
                dates.get(row[0], UNKNOWN_DATE),
                tuple(timexes.get(row[0], ())),
                tuple(claims.get(row[0], ())),
                owns.get(row[0]),
            )
            for row in rows
        ]

    # -- writing -------------------------------------------------------------------------------------------

    def add(self, items: Iterable[Analyzed], *, batch_size: int = 200) -> AddResult:
        """Store documents that are not stored yet; a document whose id is stored is left as it is.

        Items are gathered ``batch_size`` at a time before the batch's transaction opens, so the iterable
        may itself use the store (``has``, ``add_rejection``) while it is consumed. Each batch is one
        transaction: if anything fails, earlier batches stay and the failing batch leaves nothing.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        added = unchanged = 0
        batch: list[Analyzed] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                a, u = self._add_batch(batch)
                added, unchanged = added + a, unchanged + u
                batch = []
        if batch:
            a, u = self._add_batch(batch)
            added, unchanged = added + a, unchanged + u
        return AddResult(added, unchanged)

    def _add_batch(self, batch: list[Analyzed]) -> tuple[int, int]:
        for item in batch:
            self._check_claims(item)
        with self._errors(), self._write() as conn:
            ids = list({item.doc.id for item in batch})
            stored: set[str] = set()
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                query = f"SELECT id FROM documents WHERE id IN ({_marks(len(part))})"
                stored.update(row[0] for row in conn.execute(query, part))
            seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0])
            sentence_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()[0])
            docs: list[Row] = []
            docs_fts: list[Row] = []
            dates: list[Row] = []
            timexes: list[Row] = []
            claims: list[Row] = []
            sentences: list[Row] = []
            sentences_fts: list[Row] = []
            unchanged = 0
            for item in batch:
                d = item.doc
                if d.id in stored:
                    unchanged += 1
                    continue
                stored.add(d.id)
                seq += 1
                text = _enc(d.text)
                indexed = d.text if isinstance(text, str) else _SURROGATE.sub("\ufffd", d.text)
                # Plain-text input has body == raw, and text == body unless cleaning dropped something:
                # storing each copy once keeps the file (and the write) a third of the size.
                same_body = d.body == d.raw
                docs.append(
                    (
                        d.id,
                        seq,
                        _enc(d.source),
                        _enc(d.format),
                        _enc_opt(d.external_id),
                        _enc_opt(d.url),
                        _enc_opt(d.title),
                        _enc_opt(d.given_date),
                        _enc_opt(d.html_date),
                        _enc(d.raw),
                        None if same_body else _enc(d.body),
                        None if d.text == d.body else text,
                        _dumps([(s.text_start, s.body_start, s.length) for s in d.segments]),
                    )
                )
                docs_fts.append((seq, None if d.title is None else _plain(d.title), indexed))
                dates.append(_date_row(d.id, item.date, item.own_date))
                timexes.extend(_timex_row(d.id, t) for t in item.timexes)
                claims.extend(_claim_row(d.id, c) for c in item.claims)
                for start, end in self._splitter(d.text):
                    sentence_id += 1
                    sentences.append((sentence_id, d.id, start, end))
                    sentences_fts.append((sentence_id, indexed[start:end]))
            conn.executemany(_INSERT_DOC, docs)
            conn.executemany("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", docs_fts)
            conn.executemany(_INSERT_DATE, dates)
            conn.executemany(_INSERT_TIMEX, timexes)
            conn.executemany(_INSERT_CLAIM, claims)
            conn.executemany(
                'INSERT INTO sentences (id, doc_id, "start", "end") VALUES (?, ?, ?, ?)', sentences
            )
            conn.executemany("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", sentences_fts)
        return len(docs), unchanged

    def _check_claims(self, item: Analyzed) -> None:
        for c in item.claims:
            if c.doc_id != item.doc.id:
                raise StoreError(
                    f"{self.path}: claim at {c.start}-{c.end} of document {item.doc.id} "
                    f"names document {c.doc_id}"
                )

    def replace_analysis(self, items: Iterable[Analyzed]) -> None:
        """Rewrite the dates, timexes and claims of stored documents, all in one transaction.

        The documents themselves (and their full-text entries) are not touched. A document that is not
        stored is an error and nothing is written.
        """
        batch = list(items)
        for item in batch:
            self._check_claims(item)
        with self._errors(), self._write() as conn:
            for item in batch:
                doc_id = item.doc.id
                if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                    raise StoreError(f"{self.path}: document {doc_id} is not stored; add it first")
                for table in ("dates", "timexes", "claims"):
                    conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            conn.executemany(_INSERT_DATE, [_date_row(i.doc.id, i.date, i.own_date) for i in batch])
            conn.executemany(_INSERT_TIMEX, [_timex_row(i.doc.id, t) for i in batch for t in i.timexes])
            conn.executemany(_INSERT_CLAIM, [_claim_row(i.doc.id, c) for i in batch for c in i.claims])

    def add_rejection(self, source: str, reason: str) -> None:
        """Record an input that could not be read; the same source and reason again counts up ``seen``."""
        with self._errors(), self._write() as conn:
            conn.execute(
                "INSERT INTO rejections (source, reason) VALUES (?, ?) "
                "ON CONFLICT (source, reason) DO UPDATE SET seen = seen + 1",
                (_enc(source), _enc(reason)),
            )

    def rejections(self) -> list[Rejection]:
        """Rejected inputs, once each, in the order they were first seen."""
        return [rejection for rejection, _ in self.rejection_counts()]

    def rejection_counts(self) -> list[tuple[Rejection, int]]:
        """Rejected inputs with how many times each was seen, in the order they were first seen."""
        with self._errors():
            rows = self._c.execute("SELECT source, reason, seen FROM rejections ORDER BY id").fetchall()
        return [(Rejection(_dec(source), _dec(reason)), int(seen)) for source, reason, seen in rows]

    # -- search --------------------------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[tuple[str, float]]:
        """``(doc_id, score)`` of the documents matching any word of ``query``, best first (BM25 over title
        and text, title weighted double; higher is better). Any text is a valid query."""
        match = fts_query(query)
        if not match or limit <= 0:
            return []
        with self._errors():
            rows = self._c.execute(
                "SELECT d.id, bm25(documents_fts, 2.0, 1.0) AS score FROM documents_fts "
                "JOIN documents d ON d.seq = documents_fts.rowid "
                "WHERE documents_fts MATCH ? ORDER BY score, d.seq LIMIT ?",
                (match, limit),
            ).fetchall()
        return [(doc_id, -score) for doc_id, score in rows]

    def search_sentences(self, query: str, *, limit: int = 200) -> list[SentenceHit]:
        """The sentences matching any word of ``query``, best first; ``hit.text`` is
        ``doc.text[hit.start:hit.end]``."""
        match = fts_query(query)
        if not match or limit <= 0:
            return []
        with self._errors():
            rows = self._c.execute(
                'SELECT s.doc_id, s."start", s."end", bm25(sentences_fts) AS score FROM sentences_fts '
                "JOIN sentences s ON s.id = sentences_fts.rowid "
                "WHERE sentences_fts MATCH ? ORDER BY score, s.id LIMIT ?",
                (match, limit),
            ).fetchall()
            ids = list({row[0] for row in rows})
            texts = {
                doc_id: _dec(text)
                for doc_id, text in self._c.execute(
                    f"SELECT id, text FROM document_texts WHERE id IN ({_marks(len(ids))})", ids
                )
            }
        return [
            SentenceHit(doc_id, start, end, texts[doc_id][start:end], -score)
            for doc_id, start, end, score in rows
            if doc_id in texts
        ]

    # -- checks --------------------------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """Problems found, one line each; [] when the store is sound."""
        problems: list[str] = []
        # The counts below must all see one state of the file: an ingest committing between two of them
        # would otherwise show up as documents without dates or rows not indexed.
        with self._errors(), self._snapshot() as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.extend(f"integrity check: {line}" for line in result)
            violations: dict[tuple[str, str], int] = {}
            for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                violations[(table, parent)] = violations.get((table, parent), 0) + 1
            for table in _CHILD_TABLES:
                n = conn.execute(
                    f"SELECT count(*) FROM {table} t "
                    "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)"
                ).fetchone()[0]
                violations.pop((table, "documents"), None)  # reported just below, in plainer words
                if n:
                    problems.append(f"{table}: {_rows(n)} without a document")
            problems.extend(
                f"{table}: {_rows(n)} referring to missing rows of {parent}"
                for (table, parent), n in sorted(violations.items())
            )
            n = conn.execute(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM dates WHERE doc_id = d.id)"
            ).fetchone()[0]
            if n:
                problems.append(f"documents: {n} without a date row")
            for fts, table, key in (
                ("documents_fts", "documents", "seq"),
                ("sentences_fts", "sentences", "id"),
            ):
                indexed = conn.execute(f"SELECT count(*) FROM {fts}").fetchone()[0]
                rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                stray = conn.execute(
                    f"SELECT count(*) FROM {fts} f "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{key} = f.rowid)"
                ).fetchone()[0]
                if stray:
                    problems.append(f"{fts}: {_rows(stray)} without a row in {table}")
                if indexed - stray != rows:
                    problems.append(f"{fts}: {_rows(rows - (indexed - stray))} of {table} not indexed")
        if not self.readonly:
            # FTS5's own check is a write statement (it writes nothing): outside the read snapshot.
            for fts in ("documents_fts", "sentences_fts"):
                try:
                    self._c.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
                except sqlite3.DatabaseError as exc:
                    problems.append(f"{fts}: {exc}")
        return problems


def _rows(n: int) -> str:
    return "1 row" if n == 1 else f"{n} rows"
