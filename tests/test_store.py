"""The SQLite store: schema and migrations, idempotent adds, faithful round trips, search, integrity."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings import store as store_module
from tidings.model import (
    UNKNOWN_DATE,
    Analyzed,
    Claim,
    DateEstimate,
    Document,
    Evidence,
    Rejection,
    Segment,
    TimeExpr,
    content_id,
)
from tidings.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    AddResult,
    Migration,
    Store,
    StoreError,
    fts_query,
    split_sentences,
)

# Text written for these tests, modelled on wire-service reporting.
TROOPS_2020 = (
    "About 5,000 U.S. troops are stationed in Iraq, officials said on Monday. Gen. Kenneth Ward said the "
    "coalition would keep training Iraqi forces.\nThe Pentagon declined to comment on a leaked letter."
)
TROOPS_2021 = (
    "The acting defense secretary announced on Friday that troop levels in Iraq would fall to 2,500 by "
    'January. "We will keep a counterterrorism presence," he said. The drawdown follows the cut announced '
    "on Nov. 17, 2020."
)
CAFE = "Protesters gathered outside the Café Central in Vienna. Police said the crowd was peaceful."
ATT = "AT&T said its network outage in Nashville was caused by a recreational vehicle explosion."


def analyzed(
    text: str,
    *,
    source: str = "wire.txt",
    estimate: DateEstimate = UNKNOWN_DATE,
    timexes: tuple[TimeExpr, ...] = (),
    claims: tuple[Claim, ...] = (),
    **fields: Any,
) -> Analyzed:
    doc = Document(
        id=content_id(text), text=text, raw=text, body=text, source=source, format="text", **fields
    )
    return Analyzed(doc, estimate, timexes, claims)


def numbered(n: int, prefix: str = "Report") -> list[Analyzed]:
    return [
        analyzed(f"{prefix} {i}: officials counted {i * 100} troops at the base in Erbil.") for i in range(n)
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "tidings.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db) as s:
        yield s


def raw_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def table_counts(path: Path) -> dict[str, int]:
    conn = raw_connection(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def dump_hash(path: Path) -> str:
    conn = raw_connection(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8", "surrogatepass")).hexdigest()
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------------------
# Schema and migrations

EXPECTED_TABLES = [
    "migrations",
    "documents",
    "dates",
    "timexes",
    "claims",
    "sentences",
    "rejections",
    "documents_fts",
    "sentences_fts",
]


@pytest.mark.parametrize("table", EXPECTED_TABLES)
def test_schema_has_table(store: Store, db: Path, table: str) -> None:
    assert table in table_counts(db)


def test_migrations_recorded_once(store: Store, db: Path) -> None:
    conn = raw_connection(db)
    rows = conn.execute("SELECT id, name, applied_at FROM migrations ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(m.id, m.name) for m in MIGRATIONS]
    assert all(r[2] for r in rows)
    assert store.schema_version == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [("journal_mode", "wal"), ("foreign_keys", 1), ("synchronous", 1)],
)
def test_connection_settings(store: Store, pragma: str, expected: object) -> None:
    assert store._c.execute(f"PRAGMA {pragma}").fetchone()[0] == expected


def test_busy_timeout_is_set(store: Store) -> None:
    assert store._c.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_reopening_does_not_reapply(db: Path) -> None:
    Store(db).close()
    before = raw_connection(db).execute("SELECT * FROM migrations").fetchall()
    for _ in range(3):
        Store(db).close()
    assert raw_connection(db).execute("SELECT * FROM migrations").fetchall() == before


def test_new_migration_is_applied_in_order_at_open(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db).close()
    extra = (
        Migration(2, "notes", ("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY)",)),
        Migration(3, "notes index", ("CREATE INDEX IF NOT EXISTS notes_id ON notes(id)",)),
    )
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS + extra)
    Store(db).close()
    ids = [r[0] for r in raw_connection(db).execute("SELECT id FROM migrations ORDER BY rowid")]
    assert ids == [m.id for m in MIGRATIONS] + [2, 3]


def test_migration_statements_are_safe_to_rerun(store: Store, db: Path) -> None:
    store.add([analyzed(TROOPS_2020)])
    conn = raw_connection(db)
    for migration in MIGRATIONS:
        for statement in migration.statements:
            conn.execute(statement)
    # A lost migration record makes the next open run the step again, over the existing tables.
    conn.execute("DELETE FROM migrations")
    conn.close()
    with Store(db) as again:
        assert again.count() == 1
        assert again.schema_version == SCHEMA_VERSION


def test_newer_store_is_refused(db: Path) -> None:
    Store(db).close()
    raw_connection(db).execute("INSERT INTO migrations (id, name) VALUES (?, 'from the future')", (99,))
    with pytest.raises(StoreError, match="newer") as err:
        Store(db)
    assert str(db) in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is a text file, not a database" * 200, "not a SQLite database"),
        (None, "not a tidings store"),
    ],
)
def test_foreign_file_is_refused(db: Path, content: bytes | None, message: str) -> None:
    if content is None:
        raw_connection(db).execute("CREATE TABLE customers (id INTEGER)")
    else:
        db.write_bytes(content)
    with pytest.raises(StoreError, match=message) as err:
        Store(db)
    assert str(db) in str(err.value)


def test_readonly_reads_and_refuses_writes(db: Path) -> None:
    with Store(db) as s:
        s.add([analyzed(TROOPS_2020)])
    with Store(db, readonly=True) as ro:
        assert ro.count() == 1
        assert ro.search("troops")
        assert ro.integrity_check() == []
        with pytest.raises(StoreError, match="read-only"):
            ro.add([analyzed(TROOPS_2021)])


def test_readonly_refuses_a_store_that_needs_migrating(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db).close()
    later = Migration(SCHEMA_VERSION + 1, "later", ("CREATE TABLE IF NOT EXISTS later (id INTEGER)",))
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, later))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", later.id)
    with pytest.raises(StoreError, match="needs migrating"):
        Store(db, readonly=True)
    with Store(db) as migrated:
        assert migrated.schema_version == later.id


@pytest.mark.parametrize("path", ["missing.db", ":memory:"])
def test_readonly_needs_an_existing_file(tmp_path: Path, path: str) -> None:
    target = path if path == ":memory:" else str(tmp_path / path)
    with pytest.raises(StoreError):
        Store(target, readonly=True)


@pytest.mark.parametrize("where", ["missing-dir/tidings.db", "."])
def test_unopenable_path_is_a_store_error(tmp_path: Path, where: str) -> None:
    with pytest.raises(StoreError, match="cannot open") as err:
        Store(tmp_path / where)
    assert str(tmp_path) in str(err.value)


def test_closed_store_raises_store_error(db: Path) -> None:
    s = Store(db)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count()


def test_memory_store_works() -> None:
    with Store(":memory:") as s:
        assert s.add([analyzed(TROOPS_2020)]) == AddResult(1, 0)
        assert s.search("troops")[0][0] == content_id(TROOPS_2020)


# ---------------------------------------------------------------------------------------------------------
# Adding

A, B, C = (analyzed(t) for t in (TROOPS_2020, TROOPS_2021, CAFE))


@pytest.mark.parametrize(
    ("batches", "expected"),
    [
        ([[A, B]], [AddResult(2, 0)]),
        ([[A, B], [A, B, C]], [AddResult(2, 0), AddResult(1, 2)]),
        ([[A, A]], [AddResult(1, 1)]),
        ([[A], [A], [A]], [AddResult(1, 0), AddResult(0, 1), AddResult(0, 1)]),
        ([[]], [AddResult(0, 0)]),
    ],
)
def test_add_counts(store: Store, batches: list[list[Analyzed]], expected: list[AddResult]) -> None:
    assert [store.add(batch, batch_size=2) for batch in batches] == expected


def test_readding_changes_nothing(store: Store, db: Path) -> None:
    items = [A, B, C, *numbered(7)]
    store.add(items, batch_size=3)
    counts, digest = table_counts(db), dump_hash(db)
    assert store.add(reversed(items), batch_size=4) == AddResult(0, len(items))
    assert table_counts(db) == counts
    assert dump_hash(db) == digest


def test_documents_come_back_in_ingest_order(store: Store) -> None:
    items = numbered(11)
    store.add(items[:4], batch_size=3)
    store.add(items, batch_size=5)
    assert [a.doc.id for a in store.documents(chunk=2)] == [a.doc.id for a in items]


@pytest.mark.parametrize("fail_after", [0, 1, 4, 5])
def test_iterable_failing_midway_leaves_whole_documents(store: Store, fail_after: int) -> None:
    items = numbered(8)

    def flaky() -> Iterator[Analyzed]:
        yield from items[:fail_after]
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        store.add(flaky(), batch_size=2)
    committed = fail_after - fail_after % 2  # whole batches only
    assert store.count() == committed
    assert store.integrity_check() == []
    assert [store.get(a.doc.id) for a in items[:committed]] == items[:committed]
    assert store.add(items, batch_size=2) == AddResult(len(items) - committed, committed)


def test_failure_inside_a_batch_rolls_the_batch_back(store: Store, db: Path) -> None:
    store.add([A])
    bad_timex = TimeExpr(cast(int, [1]), 5, "Friday", "DATE", "2021-01-15")  # cannot be bound
    bad = analyzed(TROOPS_2021, timexes=(bad_timex,))
    before = table_counts(db)
    with pytest.raises(StoreError):
        store.add([C, bad, analyzed(ATT)], batch_size=10)
    assert table_counts(db) == before
    assert store.integrity_check() == []


def test_claim_of_another_document_is_refused(store: Store) -> None:
    claim = Claim("0000000000000000", 0, 5, "quantity", "troops", "count", "5,000")
    with pytest.raises(StoreError, match="names document"):
        store.add([analyzed(TROOPS_2020, claims=(claim,))])
    assert store.count() == 0


def test_batch_size_must_be_positive(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add([A], batch_size=0)


def test_iterable_may_use_the_store_while_adding(store: Store) -> None:
    def reading() -> Iterator[Analyzed]:
        for item in [A, B, C]:
            store.add_rejection("broken.html", "not UTF-8")
            if not store.has(item.doc.id):
                yield item

    assert store.add(reading(), batch_size=2) == AddResult(3, 0)
    assert store.rejection_counts() == [(Rejection("broken.html", "not UTF-8"), 3)]


# ---------------------------------------------------------------------------------------------------------
# Round trips

HTML = (
    "<html><head><title>Drawdown</title></head>"
    "<body><p>Troops  leave.</p><div>Subscribe now</div></body></html>"
)
EVIDENCE = (
    Evidence("header", date(2021, 12, 9), date(2021, 12, 9), "date header line", 0, 16),
    Evidence("tense", date(2020, 11, 17), None, "past tense: announced on Nov. 17", 120, 160, 0.5),
)

DOCUMENTS = [
    pytest.param(Document("a1", "Plain text.", "Plain text.", "Plain text.", "a.txt", "text"), id="plain"),
    pytest.param(
        Document(
            id="h1",
            text="Troops leave.",
            raw=HTML,
            body="Troops  leave.\nSubscribe now",
            source="/news/drawdown.html",
            format="html",
            external_id="case-7#d2",
            url="https://example.org/2021/12/09/drawdown",
            title="Drawdown",
            given_date="2021-12",
            html_date="2021-12-09",
            segments=(Segment(0, 0, 6), Segment(6, 7, 7)),
        ),
        id="html-all-fields",
    ),
    pytest.param(
        Document("s1", "bad \udcff byte", "bad \udcff byte\r\n", "bad \udcff byte", "caf\udce9.txt", "text"),
        id="surrogates",
    ),
    pytest.param(
        Document("n1", "nul\x00inside", "nul\x00inside", "nul\x00inside", "n.txt", "text"), id="nul"
    ),
    pytest.param(
        Document("u1", "Kraków 🇵🇱 naïve", "Kraków 🇵🇱 naïve\r\n", "Kraków 🇵🇱 naïve", "u.md", "markdown"),
        id="unicode-crlf",
    ),
    pytest.param(Document("e1", "", "", "", "empty.txt", "text"), id="empty"),
]


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_document_round_trip(store: Store, doc: Document) -> None:
    item = Analyzed(doc, UNKNOWN_DATE)
    store.add([item])
    got = store.get(doc.id)
    assert got is not None
    assert got.doc == doc
    assert Document.from_dict(got.doc.to_dict()) == doc


DATES = [
    pytest.param(UNKNOWN_DATE, id="unknown"),
    pytest.param(
        DateEstimate(date(2021, 12, 9), date(2021, 12, 9), "day", 0.95, "header", EVIDENCE), id="day"
    ),
    pytest.param(
        DateEstimate(
            date(2020, 11, 20),
            date(2020, 11, 26),
            "week",
            1 / 3,
            "weekday",
            EVIDENCE,
            ("header says 2020-01 but the text mentions November 2020",),
        ),
        id="week-conflict",
    ),
    pytest.param(DateEstimate(date(2020, 1, 1), date(2020, 12, 31), "year", 0.4, "last year"), id="year"),
]


@pytest.mark.parametrize("estimate", DATES)
def test_date_round_trip(store: Store, estimate: DateEstimate) -> None:
    item = analyzed(TROOPS_2021, estimate=estimate)
    store.add([item])
    got = store.get(item.doc.id)
    assert got is not None and got.date == estimate


TIMEXES = [
    TimeExpr(37, 43, "Friday", "DATE", "2021-01-15", "past", "weekday"),
    TimeExpr(0, 12, "every Monday", "SET", "XXXX-WXX-1"),
    TimeExpr(5, 12, "3 years", "DURATION", "P3Y", "present", "duration"),
    TimeExpr(9, 18, "this week", "DATE", "", "future", ""),
    TimeExpr(1, 3, "\udcffx", "TIME", "2021-01-15T10:00", "past", "clock"),
]


def test_timex_round_trip_keeps_order(store: Store) -> None:
    item = analyzed(TROOPS_2021, timexes=tuple(TIMEXES))
    store.add([item])
    got = store.get(item.doc.id)
    assert got is not None and got.timexes == tuple(TIMEXES)


def claim(doc_id: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(
        doc_id=doc_id,
        start=0,
        end=40,
        kind="quantity",
        subject="U.S. troops",
        attribute="count",
        value="5,000",
    )
    return Claim(**{**base, **kw})


CLAIMS = [
    pytest.param({}, id="minimal"),
    pytest.param(
        dict(
            scope="Iraq",
            number=2500.0,
            unit="troops",
            hedge="about",
            speaker="acting defense secretary",
            as_of_earliest=date(2020, 11, 17),
            as_of_latest=date(2021, 1, 15),
            sentence_start=0,
            sentence_end=120,
            rule="count-noun",
        ),
        id="full",
    ),
    pytest.param(
        dict(kind="refutation", polarity="refuted", value="withdrawal letter", targets=(10, 30)),
        id="refutation",
    ),
    pytest.param(
        dict(kind="role", attribute="leader", value="Jane Doe", polarity="denied"), id="role-denied"
    ),
    pytest.param(dict(value="caf\udce9", number=0.1 + 0.2), id="surrogate-float"),
]


@pytest.mark.parametrize("fields", CLAIMS)
def test_claim_round_trip(store: Store, fields: dict[str, Any]) -> None:
    doc_id = content_id(TROOPS_2020)
    c = claim(doc_id, **fields)
    item = analyzed(TROOPS_2020, claims=(c, replace(c, start=50, end=60)))
    store.add([item])
    got = store.get(doc_id)
    assert got is not None and got.claims == item.claims
    assert Claim.from_dict(got.claims[0].to_dict()) == c


@pytest.mark.parametrize("fields", CLAIMS)
def test_stored_claim_json_matches_to_dict(fields: dict[str, Any]) -> None:
    c = claim("d", **fields)
    assert store_module._claim_dict(c) == c.to_dict()


def test_whole_analysis_round_trips_through_documents(store: Store) -> None:
    doc_id = content_id(TROOPS_2021)
    item = analyzed(
        TROOPS_2021,
        estimate=DateEstimate(date(2021, 1, 15), date(2021, 1, 15), "day", 0.9, "header", EVIDENCE),
        timexes=tuple(TIMEXES[:2]),
        claims=(claim(doc_id, number=2500.0),),
        title="Drawdown to 2,500",
    )
    store.add([A, item, B])
    assert list(store.documents()) == [A, item]  # B has the same text as item: unchanged


def test_get_missing_is_none(store: Store) -> None:
    assert store.get("nope") is None
    assert not store.has("nope")


# ---------------------------------------------------------------------------------------------------------
# Replacing analyses


def test_replace_analysis_rewrites_dates_timexes_claims(store: Store) -> None:
    store.add([A, B])
    new_date = DateEstimate(date(2020, 1, 6), date(2020, 1, 6), "day", 0.8, "corpus")
    new = Analyzed(A.doc, new_date, (TIMEXES[0],), (claim(A.doc.id, value="5,200"),))
    store.replace_analysis([new])
    assert store.get(A.doc.id) == new
    assert store.get(B.doc.id) == B
    assert store.count() == 2
    assert store.integrity_check() == []


def test_replace_analysis_of_unknown_document_writes_nothing(store: Store, db: Path) -> None:
    store.add([A])
    digest = dump_hash(db)
    changed = replace(A, date=DateEstimate(date(2020, 1, 6), date(2020, 1, 6), "day", 0.8, "corpus"))
    with pytest.raises(StoreError, match="not stored"):
        store.replace_analysis([changed, C])
    assert dump_hash(db) == digest


# ---------------------------------------------------------------------------------------------------------
# Rejections


def test_rejections_are_counted_once_each(store: Store) -> None:
    store.add_rejection("feeds/broken.html", "not valid UTF-8 at byte 120")
    store.add_rejection("feeds/empty.txt", "empty file")
    store.add_rejection("feeds/broken.html", "not valid UTF-8 at byte 120")
    store.add_rejection("feeds/bad\udcff.txt", "name is not UTF-8")
    assert store.rejections() == [
        Rejection("feeds/broken.html", "not valid UTF-8 at byte 120"),
        Rejection("feeds/empty.txt", "empty file"),
        Rejection("feeds/bad\udcff.txt", "name is not UTF-8"),
    ]
    assert [n for _, n in store.rejection_counts()] == [2, 1, 1]


# ---------------------------------------------------------------------------------------------------------
# Search

CORPUS = [A, B, analyzed(CAFE), analyzed(ATT, title="Nashville outage")]


@pytest.fixture
def searchable(store: Store) -> Store:
    store.add(CORPUS)
    return store


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("How many US troops are in Iraq?", TROOPS_2020),
        ("troop levels drawdown", TROOPS_2021),
        ("cafe", CAFE),  # diacritics removed
        ("CAFÉ Vienna", CAFE),
        ("AT&T", ATT),
        ("Nashville outage", ATT),  # title and text
        ("withdrawing troops announcement", TROOPS_2021),  # porter: announce(d)
    ],
)
def test_search_ranks_the_relevant_document_first(searchable: Store, query: str, best: str) -> None:
    hits = searchable.search(query)
    assert hits[0][0] == content_id(best)
    assert all(a[1] >= b[1] for a, b in itertools.pairwise(hits))


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '"unbalanced quote',
        "NEAR(troops Iraq, 5)",
        "NEAR",
        "troops AND OR NOT",
        "(()))(",
        "*",
        "troops*",
        "^troops",
        "title:troops",
        "- troops",
        "+",
        "Biden's",
        "U.S.",
        "\udcff",
        "🇺🇸",
        "\x00",
        "the of and",
        "a" * 5000,
    ],
)
def test_search_never_raises_on_odd_queries(searchable: Store, query: str) -> None:
    assert isinstance(searchable.search(query), list)
    assert isinstance(searchable.search_sentences(query), list)


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None, database=None)
def test_search_never_raises_on_any_text(query: str) -> None:
    with Store(":memory:") as s:
        s.add(CORPUS)
        s.search(query)
        s.search_sentences(query)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How many US troops are in Iraq?", '"us" OR "troops" OR "iraq"'),
        ("AT&T", '"at&t"'),
        ("U.S. troops", '"u.s" OR "troops"'),
        ("COVID-19 deaths", '"covid-19" OR "deaths"'),
        ('NEAR("a" b) AND c', '"near"'),
        ("Biden's plan", '"biden" OR "plan"'),
        ("The Who", '"the" OR "who"'),  # only stop words: keep them
        ("troops Troops TROOPS", '"troops"'),
        ("?!", ""),
    ],
)
def test_fts_query(text: str, expected: str) -> None:
    assert fts_query(text) == expected


def test_search_limit(searchable: Store) -> None:
    assert len(searchable.search("the troops café AT&T said", limit=2)) == 2
    assert searchable.search("troops", limit=0) == []


def test_sentence_hits_point_at_their_text(searchable: Store) -> None:
    hits = searchable.search_sentences("troops Iraq drawdown")
    assert hits
    for hit in hits:
        item = searchable.get(hit.doc_id)
        assert item is not None
        assert item.doc.text[hit.start : hit.end] == hit.text


@pytest.mark.parametrize(
    ("query", "sentence"),
    [
        ("Gen. Kenneth Ward", "Gen. Kenneth Ward said the coalition would keep training Iraqi forces."),
        ("leaked letter", "The Pentagon declined to comment on a leaked letter."),
        ("counterterrorism presence", '"We will keep a counterterrorism presence," he said.'),
        ("police crowd peaceful", "Police said the crowd was peaceful."),
    ],
)
def test_sentence_search_finds_the_sentence(searchable: Store, query: str, sentence: str) -> None:
    assert searchable.search_sentences(query)[0].text == sentence


def test_sentence_offsets_survive_surrogates(store: Store) -> None:
    text = "Broken byte \udcff here. Troops left Baghdad on Friday."
    store.add([analyzed(text)])
    (hit,) = store.search_sentences("Baghdad")
    assert hit.text == "Troops left Baghdad on Friday."
    assert text[hit.start : hit.end] == hit.text


def test_custom_splitter_is_used(db: Path) -> None:
    with Store(db, splitter=lambda text: [(0, len(text))]) as s:
        s.add([A])
        (hit,) = s.search_sentences("Pentagon")
        assert hit.text == TROOPS_2020


# ---------------------------------------------------------------------------------------------------------
# Sentence splitting

SPLITS = [
    (
        "Gen. Mark Ward said the U.S. Army will stay. The troops, about 2,500, remain.",
        ["Gen. Mark Ward said the U.S. Army will stay.", "The troops, about 2,500, remain."],
    ),
    (
        'He met Mr. Smith on Jan. 5. They talked. "Why?" he asked. "Because!" She left.',
        ["He met Mr. Smith on Jan. 5.", "They talked.", '"Why?" he asked.', '"Because!"', "She left."],
    ),
    ("John F. Kennedy visited Dallas. Crowds waited.", ["John F. Kennedy visited Dallas.", "Crowds waited."]),
    ("The talks began at 10 a.m. ET on Monday.", ["The talks began at 10 a.m. ET on Monday."]),
    ("They met at 3 p.m. The talks ended.", ["They met at 3 p.m.", "The talks ended."]),
    pytest.param(
        "Apple Inc. said sales rose. Apple Inc. The company",
        ["Apple Inc. said sales rose.", "Apple Inc.", "The company"],
        marks=pytest.mark.xfail(reason="'Inc.' is an abbreviation to the splitter, even before a capital"),
    ),
    ("Headline without a period\nFirst sentence.", ["Headline without a period", "First sentence."]),
    (
        "A hard-wrapped line goes on\nacross a break. Next one.\n\nNew paragraph",
        ["A hard-wrapped line goes on\nacross a break.", "Next one.", "New paragraph"],
    ),
    ("Wait... What? Yes?! No.", ["Wait...", "What?", "Yes?!", "No."]),
    ("It grew 2.5 percent. 2021 was worse.", ["It grew 2.5 percent.", "2021 was worse."]),
    ("  padded sentence.   ", ["padded sentence."]),
    ("", []),
    (" \n\n ", []),
    ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ab A.!?\n\"'  U.S. Mr. 5")), max_size=200))
@settings(max_examples=300, deadline=None, database=None)
def test_split_sentences_spans_are_ordered_and_stripped(text: str) -> None:
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end
    covered = "".join(text[s:e] for s, e in split_sentences(text))
    assert "".join(covered.split()) == "".join(text.split())  # no text is lost between sentences


# ---------------------------------------------------------------------------------------------------------
# Integrity


def test_integrity_check_passes_on_a_good_store(searchable: Store) -> None:
    searchable.replace_analysis([replace(A, timexes=(TIMEXES[0],))])
    assert searchable.integrity_check() == []


ORPHANS = [
    ("dates", "INSERT INTO dates VALUES ('ghost', NULL, NULL, 'unknown', 0, 'none', '{}')"),
    (
        "timexes",
        'INSERT INTO timexes (doc_id, "start", "end", text, type, value, tense, rule) '
        "VALUES ('ghost', 0, 6, 'Friday', 'DATE', '', '', '')",
    ),
    (
        "claims",
        'INSERT INTO claims (doc_id, "start", "end", kind, subject, attribute, scope, value, unit, '
        "hedge, polarity, speaker, claim) VALUES ('ghost', 0, 5, 'quantity', 's', 'a', '', 'v', '', '', "
        "'asserted', '', '{}')",
    ),
    ("sentences", 'INSERT INTO sentences (id, doc_id, "start", "end") VALUES (9999, \'ghost\', 0, 5)'),
]


@pytest.mark.parametrize(("table", "insert"), ORPHANS)
def test_integrity_check_finds_orphans(searchable: Store, db: Path, table: str, insert: str) -> None:
    conn = raw_connection(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(insert)
    if table == "sentences":  # index it too, so that the orphan is the only problem
        conn.execute("INSERT INTO sentences_fts (rowid, text) VALUES (9999, 'ghost')")
    conn.close()
    assert searchable.integrity_check() == [f"{table}: 1 row without a document"]


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        (
            "DELETE FROM dates WHERE rowid IN (SELECT rowid FROM dates LIMIT 1)",
            "documents: 1 without a date row",
        ),
        ("INSERT INTO documents_fts (rowid, title, text) VALUES (999, 'x', 'stray')", "documents_fts: 1 row"),
        ("INSERT INTO sentences_fts (rowid, text) VALUES (999, 'stray')", "sentences_fts: 1 row"),
    ],
)
def test_integrity_check_finds_missing_and_stray_rows(
    searchable: Store, db: Path, statement: str, problem: str
) -> None:
    # Each damage is reported as one line.
    raw_connection(db).execute(statement)
    problems = searchable.integrity_check()
    assert len(problems) == 1 and problems[0].startswith(problem)


# ---------------------------------------------------------------------------------------------------------
# Concurrency


def test_two_writers_and_a_reader_do_not_fail(db: Path) -> None:
    Store(db).close()
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            with Store(db, timeout=60) as s:
                items = numbered(60, prefix)
                for i in range(0, len(items), 3):
                    s.add(items[i : i + 3], batch_size=3)
                    s.add_rejection(f"{prefix}.html", "unreadable")
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    def reader() -> None:
        try:
            with Store(db, timeout=60) as s:
                for _ in range(40):
                    s.count()
                    s.search("troops Erbil")
                    list(s.documents(chunk=16))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("Alpha", "Bravo")]
    threads.append(threading.Thread(target=reader))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    with Store(db) as s:
        assert s.count() == 120
        assert s.integrity_check() == []
        assert [n for _, n in s.rejection_counts()] == [20, 20]


def test_concurrent_first_open_applies_migrations_once(db: Path) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def opener() -> None:
        try:
            barrier.wait()
            Store(db, timeout=60).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert raw_connection(db).execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
