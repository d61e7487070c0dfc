"""The HTTP API: every route, every error shape, the limits, the token, hostile text, and concurrency.

Routes are JSON twins of CLI verbs, so several tests compare the API's JSON with `tidings ... --json` on the
same store. The concurrency test runs a real uvicorn server on 127.0.0.1 (a free port) in a thread.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from pydantic import BaseModel

from servers import running_server
from tidings import api, pipeline
from tidings.api import (
    AnswerOut,
    DatedDocumentOut,
    DocumentOut,
    DocumentsPageOut,
    ErrorOut,
    IngestOut,
    Limits,
    TimelineEntryOut,
    create_app,
)
from tidings.cli import main as cli
from tidings.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
TOKEN = "s3cret-token-for-tests"
QUESTION = "How many electric buses does the Riverton Transit Authority run?"

# Three reports written for these tests, modelled on local transit news: a figure that changes over time,
# one report dated only by its text.
BUSES: list[dict[str, Any]] = [
    {
        "id": "bus-2019",
        "title": "Riverton adds electric buses",
        "date": "2019-03-14",
        "text": (
            "RIVERTON — The Riverton Transit Authority now runs 120 electric buses, officials said on "
            "Thursday, after the last of a batch ordered in 2017 arrived at the Eastside depot.\n\n"
            "The agency plans to retire its remaining diesel buses by 2025, a spokeswoman said."
        ),
    },
    {
        "id": "bus-2021",
        "title": "Electric fleet doubles",
        "date": "2021-06-02",
        "url": "https://news.example.org/riverton/fleet-doubles",
        "text": (
            "The Riverton Transit Authority said on Wednesday that it has 240 electric buses in service, "
            "double the fleet it ran two years ago.\n\nRiders on the Route 9 line said the new buses were "
            "quieter, though several complained about delays while chargers were installed."
        ),
    },
    {
        "id": "bus-2023",
        "title": None,
        "date": None,
        "text": (
            "Monday, January 9, 2023\n\nThe Riverton Transit Authority's fleet of electric buses grew to 310 "
            "this month, the agency said, after a federal grant paid for 70 more vehicles.\n\n"
            "The authority's board is due to vote in March on a new depot in the north of the city."
        ),
    },
]
XSS_TEXT = (
    "City council notes <script>window.__pwned = 1</script> and a picture "
    '<img src=x onerror="window.__pwned = 2"> were posted on Tuesday, March 3, 2020.'
)
XSS_TITLE = '<img src=x onerror="window.__pwned = 3">'
XSS_URL = "javascript:window.__pwned = 4"


# ---------------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the bus reports, the XSS document and the five shared seed articles."""
    db = str(tmp_path_factory.mktemp("api") / "seeded.db")
    client = TestClient(create_app(db))
    docs = [*BUSES, {"id": "xss", "title": XSS_TITLE, "url": XSS_URL, "text": XSS_TEXT}]
    r = client.post("/api/ingest", json={"documents": docs})
    assert r.status_code == 200, r.text
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in SEEDS]
    r = client.post("/api/ingest", files=files)
    assert r.status_code == 200, r.text
    return db


@pytest.fixture(scope="module")
def client(seeded_db: str) -> TestClient:
    return TestClient(create_app(seeded_db))


@pytest.fixture(scope="module")
def doc_ids(client: TestClient) -> dict[str, str]:
    """External id (or upload name) -> content id."""
    page = client.get("/api/documents", params={"limit": 100}).json()
    return {d["external_id"] or d["source"]: d["id"] for d in page["documents"]}


@pytest.fixture()
def empty_db(tmp_path: Path) -> str:
    return str(tmp_path / "empty.db")


def assert_error(r: httpx.Response, status: int, code: str, field: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    ErrorOut.model_validate(body)  # exactly {"error": {"code", "message", "field"}}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert body["error"]["field"] == field
    return dict(body["error"])


# ---------------------------------------------------------------------------------------------------------
# Every route answers, in its documented shape


def _route_cases(ids: dict[str, str]) -> list[tuple[str, str, dict[str, Any], type[BaseModel], bool]]:
    return [
        ("POST", "/api/ask", {"json": {"question": QUESTION}}, AnswerOut, False),
        ("POST", "/api/ask", {"json": {"question": QUESTION, "as_of": "2020-01-01"}}, AnswerOut, False),
        (
            "POST",
            "/api/ask",
            {"json": {"question": QUESTION, "choices": ["120", "240", "310"]}},
            AnswerOut,
            False,
        ),
        ("GET", "/api/dates", {}, DatedDocumentOut, True),
        ("GET", "/api/dates", {"params": {"offset": 2, "limit": 3}}, DatedDocumentOut, True),
        ("GET", "/api/timeline", {"params": {"topic": "electric buses Riverton"}}, TimelineEntryOut, True),
        ("GET", "/api/documents", {}, DocumentsPageOut, False),
        ("GET", "/api/documents", {"params": {"offset": 1, "limit": 2}}, DocumentsPageOut, False),
        ("GET", f"/api/documents/{ids['bus-2021']}", {}, DocumentOut, False),
        (
            "POST",
            "/api/ingest",
            {"json": {"documents": [{"text": BUSES[0]["text"], "id": "again"}]}},
            IngestOut,
            False,
        ),
    ]


ROUTE_NAMES = [
    "ask",
    "ask-as-of",
    "ask-choices",
    "dates",
    "dates-paged",
    "timeline",
    "documents",
    "documents-paged",
    "document",
    "ingest-unchanged",
]


@pytest.mark.parametrize("case", range(len(ROUTE_NAMES)), ids=ROUTE_NAMES)
def test_route_answers_in_its_documented_shape(
    client: TestClient, doc_ids: dict[str, str], case: int
) -> None:
    method, path, kwargs, model, is_list = _route_cases(doc_ids)[case]
    r = client.request(method, path, **kwargs)
    assert r.status_code == 200, r.text
    data = r.json()
    for item in data if is_list else [data]:
        model.model_validate(item)  # the models forbid extra keys: the docs cannot drift from the JSON
    if is_list:
        assert data, f"{path} returned no items"


def test_documents_pages_partition_the_store(client: TestClient) -> None:
    full = client.get("/api/documents", params={"limit": 100}).json()
    assert full["total"] == len(full["documents"]) == 9
    pages = [client.get("/api/documents", params={"offset": o, "limit": 4}).json() for o in (0, 4, 8)]
    assert [d["id"] for p in pages for d in p["documents"]] == [d["id"] for d in full["documents"]]
    assert all(p["total"] == 9 for p in pages)


def test_document_detail_has_text_date_evidence_timexes_and_claims(
    client: TestClient, doc_ids: dict[str, str]
) -> None:
    d = client.get(f"/api/documents/{doc_ids['bus-2023']}").json()
    assert "grew to 310" in d["text"]
    assert d["date"]["value"] and d["date"]["value"].startswith("2023")
    assert d["explanation"]
    for span in [*d["timexes"], *d["claims"], *d["date"]["evidence"]]:
        if span["start"] >= 0:
            assert 0 <= span["start"] <= span["end"] <= len(d["text"])
    assert any(t["text"] == d["text"][t["start"] : t["end"]] for t in d["timexes"])


def test_ingest_upload_names_sources_by_file_name_only(tmp_path: Path, empty_db: str) -> None:
    client = TestClient(create_app(empty_db))
    text = "The harbour authority said on Friday, May 5, 2023, that it counted 41 cranes."
    r = client.post(
        "/api/ingest", files=[("files", ("../../../etc/passwd.txt", text.encode(), "text/plain"))]
    )
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1
    (row,) = client.get("/api/documents").json()["documents"]
    assert row["source"] == "upload:passwd.txt"


@pytest.mark.parametrize(
    ("name", "content", "added", "rejected"),
    [
        ("note.txt", b"Officials said on Monday, June 5, 2023, that 12 ferries were running.", 1, 0),
        ("page.md", b"# Ferries\n\nOn Monday, June 5, 2023, 14 ferries ran, officials said.", 1, 0),
        (
            "page.html",
            b"<html><head><title>Ferries</title></head><body><article><p>Officials said on Monday, June 5, "
            b"2023, that 16 ferries were running across the bay, up from 11 a year earlier.</p>"
            b"</article></body></html>",
            1,
            0,
        ),
        (
            "lines.jsonl",
            b'{"id": "a", "text": "On Monday 18 ferries ran, officials said."}\n'
            b'{"id": "b", "text": "On Tuesday 19 ferries ran, officials said."}\n',
            2,
            0,
        ),
        (
            "case.jsonl",
            json.dumps(
                {
                    "question": "How many ferries?",
                    "documents": [
                        {"id": "x", "text": "On Monday 21 ferries ran, officials said."},
                        {"id": "y", "text": "On Tuesday 22 ferries ran, officials said."},
                    ],
                }
            ).encode(),
            2,
            0,
        ),
        ("lines.jsonl.gz", b"\x1f\x8b compressed bytes", 0, 1),
        ("scan.pdf", b"%PDF-1.4 not a format tidings reads", 0, 1),
        ("latin1.txt", b"Caf\xe9 owners said on Monday that 12 shops had closed.", 0, 1),
    ],
    ids=["txt", "md", "html", "jsonl", "case-jsonl", "gz", "pdf", "not-utf8"],
)
def test_ingest_upload_formats(empty_db: str, name: str, content: bytes, added: int, rejected: int) -> None:
    client = TestClient(create_app(empty_db))
    r = client.post("/api/ingest", files=[("files", (name, content, "application/octet-stream"))])
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["added"], len(body["rejected"])) == (added, rejected), body
    for rej in body["rejected"]:
        assert rej["source"].startswith("upload:") and rej["reason"]
    again = client.post("/api/ingest", files=[("files", (name, content, "application/octet-stream"))]).json()
    assert again["added"] == 0 and again["unchanged"] == added


def test_ingest_json_rejects_a_bad_document_and_keeps_the_rest(empty_db: str) -> None:
    client = TestClient(create_app(empty_db))
    docs = [
        {"text": "   "},
        {"text": "On Monday 18 ferries ran, officials said.", "id": "ok"},
        {"html": "<html><body></body></html>", "id": "no-main-text"},
        {"text": "On Friday 20 ferries ran.", "date": "2023-02-30"},
    ]
    body = client.post("/api/ingest", json={"documents": docs}).json()
    assert body["added"] == 1
    assert [r["source"] for r in body["rejected"]] == [
        "api:documents[0]",
        "api:no-main-text",
        "api:documents[3]",
    ]
    assert "2023-02-30" in body["rejected"][2]["reason"]


def test_ingest_json_html_is_read_like_an_html_file(empty_db: str) -> None:
    client = TestClient(create_app(empty_db))
    page = (
        "<html><head><title>Ferry count</title></head><body><nav>Home | News</nav><article><p>The ferry "
        "service said on Monday, June 5, 2023, that 16 boats were running across the bay, up from 11 a "
        "year earlier, after two new vessels entered service.</p></article></body></html>"
    )
    body = client.post("/api/ingest", json={"documents": [{"html": page, "id": "ferry"}]}).json()
    assert body["added"] == 1, body
    (row,) = client.get("/api/documents").json()["documents"]
    detail = client.get(f"/api/documents/{row['id']}").json()
    assert detail["format"] == "html" and "16 boats" in detail["text"] and "Home | News" not in detail["text"]


# ---------------------------------------------------------------------------------------------------------
# Twins of the CLI: same store, same JSON


def _cli_json(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_ask_is_the_twin_of_cli_ask_json(client: TestClient, seeded_db: str) -> None:
    via_api = client.post("/api/ask", json={"question": QUESTION}).json()
    assert via_api == _cli_json("ask", QUESTION, "--db", seeded_db, "--json")


def test_dates_is_the_twin_of_cli_dates_json(client: TestClient, seeded_db: str) -> None:
    via_api = client.get("/api/dates").json()
    via_cli = _cli_json("dates", "--db", seeded_db, "--json")
    assert [{k: v for k, v in d.items() if k not in ("title", "explanation")} for d in via_api] == via_cli


def test_timeline_is_the_twin_of_cli_timeline_json(client: TestClient, seeded_db: str) -> None:
    via_api = client.get("/api/timeline", params={"topic": "troops Iraq"}).json()
    assert via_api == _cli_json("timeline", "troops Iraq", "--db", seeded_db, "--json")


def test_seed_question_answer_matches_library(client: TestClient, seeded_db: str) -> None:
    question = "How many US troops are in Iraq?"
    with Store(seeded_db) as store:
        expected = pipeline.ask(store, question).to_dict()
    assert client.post("/api/ask", json={"question": question}).json() == expected


# ---------------------------------------------------------------------------------------------------------
# One error shape for every failure

ERROR_CASES: list[tuple[str, str, str, dict[str, Any], int, str, str | None]] = [
    # (name, method, path, request kwargs, status, code, field)
    ("ask-no-question", "POST", "/api/ask", {"json": {}}, 422, "invalid", "question"),
    ("ask-question-not-string", "POST", "/api/ask", {"json": {"question": 5}}, 422, "invalid", "question"),
    ("ask-too-long", "POST", "/api/ask", {"json": {"question": "why " * 126}}, 422, "invalid", "question"),
    ("ask-blank", "POST", "/api/ask", {"json": {"question": "   "}}, 400, "bad_request", None),
    (
        "ask-bad-as-of",
        "POST",
        "/api/ask",
        {"json": {"question": "q?", "as_of": "last May"}},
        422,
        "invalid",
        "as_of",
    ),
    (
        "ask-unknown-field",
        "POST",
        "/api/ask",
        {"json": {"question": "q?", "asof": "2020"}},
        422,
        "invalid",
        "asof",
    ),
    (
        "ask-choices-not-list",
        "POST",
        "/api/ask",
        {"json": {"question": "q?", "choices": "a"}},
        422,
        "invalid",
        "choices",
    ),
    (
        "ask-bad-json",
        "POST",
        "/api/ask",
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
        422,
        "invalid",
        None,
    ),
    ("ask-wrong-method", "GET", "/api/ask", {}, 405, "method_not_allowed", None),
    ("timeline-no-topic", "GET", "/api/timeline", {}, 422, "invalid", "topic"),
    ("timeline-empty-topic", "GET", "/api/timeline", {"params": {"topic": ""}}, 422, "invalid", "topic"),
    (
        "timeline-topic-too-long",
        "GET",
        "/api/timeline",
        {"params": {"topic": "troops " * 80}},
        422,
        "invalid",
        "topic",
    ),
    ("timeline-blank-topic", "GET", "/api/timeline", {"params": {"topic": "  "}}, 400, "bad_request", None),
    ("documents-limit-zero", "GET", "/api/documents", {"params": {"limit": 0}}, 422, "invalid", "limit"),
    ("documents-limit-huge", "GET", "/api/documents", {"params": {"limit": 10**6}}, 422, "invalid", "limit"),
    (
        "documents-offset-negative",
        "GET",
        "/api/documents",
        {"params": {"offset": -1}},
        422,
        "invalid",
        "offset",
    ),
    (
        "documents-offset-word",
        "GET",
        "/api/documents",
        {"params": {"offset": "ten"}},
        422,
        "invalid",
        "offset",
    ),
    ("dates-limit-zero", "GET", "/api/dates", {"params": {"limit": 0}}, 422, "invalid", "limit"),
    ("document-unknown", "GET", "/api/documents/0123456789abcdef", {}, 404, "not_found", "doc_id"),
    (
        "document-wrong-method",
        "DELETE",
        "/api/documents/0123456789abcdef",
        {},
        405,
        "method_not_allowed",
        None,
    ),
    ("unknown-route", "GET", "/api/nothing-here", {}, 404, "not_found", None),
    ("unknown-static", "GET", "/static/secrets.txt", {}, 404, "not_found", None),
    ("static-traversal", "GET", "/static/..%2f..%2fapi.py", {}, 404, "not_found", None),
    (
        "ingest-text-plain",
        "POST",
        "/api/ingest",
        {"content": b"hello", "headers": {"content-type": "text/plain"}},
        415,
        "unsupported_media_type",
        None,
    ),
    ("ingest-no-documents", "POST", "/api/ingest", {"json": {"documents": []}}, 422, "invalid", "documents"),
    ("ingest-not-a-list", "POST", "/api/ingest", {"json": {"documents": "x"}}, 422, "invalid", "documents"),
    (
        "ingest-no-text",
        "POST",
        "/api/ingest",
        {"json": {"documents": [{"id": "a"}]}},
        422,
        "invalid",
        "documents.0",
    ),
    (
        "ingest-text-and-html",
        "POST",
        "/api/ingest",
        {"json": {"documents": [{"text": "t", "html": "<p>t</p>"}]}},
        422,
        "invalid",
        "documents.0",
    ),
    (
        "ingest-bad-date",
        "POST",
        "/api/ingest",
        {"json": {"documents": [{"text": "t", "date": "March 2020"}]}},
        422,
        "invalid",
        "documents.0.date",
    ),
    (
        "ingest-bad-json",
        "POST",
        "/api/ingest",
        {"content": b"[1,", "headers": {"content-type": "application/json"}},
        422,
        "invalid",
        None,
    ),
    (
        "ingest-multipart-no-files",
        "POST",
        "/api/ingest",
        {"data": {"note": "no files here"}, "files": [("other", ("a.txt", b"x", "text/plain"))]},
        422,
        "invalid",
        "files",
    ),
    ("ingest-wrong-method", "GET", "/api/ingest", {}, 405, "method_not_allowed", None),
]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code", "field"),
    [c[1:] for c in ERROR_CASES],
    ids=[c[0] for c in ERROR_CASES],
)
def test_error_shape(
    client: TestClient,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    code: str,
    field: str | None,
) -> None:
    assert_error(client.request(method, path, **kwargs), status, code, field)


def test_ask_on_an_empty_store_says_to_ingest_first(empty_db: str) -> None:
    err = assert_error(
        TestClient(create_app(empty_db)).post("/api/ask", json={"question": "How many?"}), 400, "bad_request"
    )
    assert "ingest" in err["message"]


def test_unexpected_error_is_500_in_the_same_shape_without_details(
    seeded_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("secret internals /etc/shadow")

    monkeypatch.setattr(pipeline, "ask", boom)
    client = TestClient(create_app(seeded_db), raise_server_exceptions=False)
    err = assert_error(client.post("/api/ask", json={"question": QUESTION}), 500, "internal_error")
    assert "secret" not in err["message"]


def test_store_error_is_500_in_the_same_shape(tmp_path: Path) -> None:
    db = tmp_path / "gone.db"
    client = TestClient(create_app(str(db)), raise_server_exceptions=False)
    db.unlink()
    db.write_bytes(b"this is not a sqlite file at all" * 100)
    assert_error(client.get("/api/documents"), 500, "store_error")


# ---------------------------------------------------------------------------------------------------------
# Limits


def _jsonl(n: int) -> bytes:
    return "".join(
        json.dumps({"id": f"d{i}", "text": f"On Monday {i} boats sailed."}) + "\n" for i in range(n)
    ).encode()


LIMIT_CASES: list[tuple[str, Limits, dict[str, Any], int, str, str | None]] = [
    (
        "body-content-length",
        Limits(max_body_bytes=1000),
        {"json": {"documents": [{"text": "x" * 2000}]}},
        413,
        "too_large",
        "body",
    ),
    (
        "body-chunked",
        Limits(max_body_bytes=1000),
        {
            "content": iter([b'{"documents": [{"text": "', b"x" * 800, b"x" * 800, b'"}]}']),
            "headers": {"content-type": "application/json"},
        },
        413,
        "too_large",
        "body",
    ),
    (
        "upload-body",
        Limits(max_body_bytes=1000),
        {"files": [("files", ("big.txt", b"y" * 5000, "text/plain"))]},
        413,
        "too_large",
        "body",
    ),
    (
        "json-documents",
        Limits(max_documents=2),
        {"json": {"documents": [{"text": f"doc {i}"} for i in range(3)]}},
        413,
        "too_large",
        "documents",
    ),
    (
        "upload-files",
        Limits(max_documents=2),
        {"files": [("files", (f"f{i}.txt", b"On Monday boats sailed.", "text/plain")) for i in range(3)]},
        413,
        "too_large",
        "files",
    ),
    (
        "upload-case-documents",
        Limits(max_documents=2),
        {
            "files": [
                (
                    "files",
                    (
                        "case.jsonl",
                        json.dumps(
                            {"question": "q?", "documents": [{"text": f"Day {i} report."} for i in range(3)]}
                        ),
                        "application/x-ndjson",
                    ),
                )
            ]
        },
        413,
        "too_large",
        "files",
    ),
    (
        "upload-jsonl-lines",
        Limits(max_documents=2),
        {"files": [("files", ("many.jsonl", _jsonl(3), "application/x-ndjson"))]},
        413,
        "too_large",
        "files",
    ),
]


@pytest.mark.parametrize(
    ("limits", "kwargs", "status", "code", "field"),
    [c[1:] for c in LIMIT_CASES],
    ids=[c[0] for c in LIMIT_CASES],
)
def test_limits(
    empty_db: str, limits: Limits, kwargs: dict[str, Any], status: int, code: str, field: str | None
) -> None:
    client = TestClient(create_app(empty_db, limits=limits))
    assert_error(client.post("/api/ingest", **kwargs), status, code, field)
    assert client.get("/api/documents").json()["total"] == 0, "a refused request must store nothing"


@pytest.mark.parametrize(("length", "status"), [(500, 200), (501, 422)])
def test_question_length_limit_is_inclusive(client: TestClient, length: int, status: int) -> None:
    question = ("How many electric buses run in Riverton " * 20)[: length - 1] + "?"
    assert len(question) == length
    assert client.post("/api/ask", json={"question": question}).status_code == status


def test_question_limit_is_configurable(seeded_db: str) -> None:
    client = TestClient(create_app(seeded_db, limits=Limits(max_question_chars=10)))
    assert_error(client.post("/api/ask", json={"question": QUESTION}), 422, "invalid", "question")


def test_limits_at_exactly_the_document_limit_pass(empty_db: str) -> None:
    client = TestClient(create_app(empty_db, limits=Limits(max_documents=2)))
    r = client.post("/api/ingest", files=[("files", ("two.jsonl", _jsonl(2), "application/x-ndjson"))])
    assert r.status_code == 200 and r.json()["added"] == 2


# ---------------------------------------------------------------------------------------------------------
# Token


@pytest.fixture(scope="module")
def locked(seeded_db: str) -> TestClient:
    return TestClient(create_app(seeded_db, token=TOKEN))


PROTECTED = [
    ("GET", "/", {}),
    ("GET", "/static/app.js", {}),
    ("GET", "/static/style.css", {}),
    ("GET", "/docs", {}),
    ("GET", "/openapi.json", {}),
    ("GET", "/favicon.ico", {}),
    ("POST", "/api/ask", {"json": {"question": QUESTION}}),
    ("POST", "/api/ingest", {"json": {"documents": [{"text": "t"}]}}),
    ("GET", "/api/dates", {}),
    ("GET", "/api/timeline", {"params": {"topic": "buses"}}),
    ("GET", "/api/documents", {}),
    ("GET", "/api/documents/0123456789abcdef", {}),
    ("GET", "/api/nothing-here", {}),
]
PROTECTED_IDS = [f"{m} {p}" for m, p, _ in PROTECTED]


@pytest.mark.parametrize(
    "auth",
    [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", f"Bearer {TOKEN}x"],
    ids=["none", "wrong", "basic", "empty", "longer"],
)
@pytest.mark.parametrize(("method", "path", "kwargs"), PROTECTED, ids=PROTECTED_IDS)
def test_token_required_on_every_route(
    locked: TestClient, method: str, path: str, kwargs: dict[str, Any], auth: str | None
) -> None:
    headers = {"authorization": auth} if auth else {}
    r = locked.request(method, path, headers=headers, **kwargs)
    assert_error(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(("method", "path", "kwargs"), PROTECTED[:-2], ids=PROTECTED_IDS[:-2])
def test_token_in_header_opens_every_route(
    locked: TestClient, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    r = locked.request(method, path, headers={"authorization": f"Bearer {TOKEN}"}, **kwargs)
    assert r.status_code == 200, r.text


def test_page_token_sets_a_cookie_for_page_and_assets_only(seeded_db: str) -> None:
    browser = TestClient(create_app(seeded_db, token=TOKEN))
    r = browser.get("/", params={"token": TOKEN})
    assert r.status_code == 200
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert TOKEN not in cookie, "the cookie holds a value derived from the token, never the token"
    for path in ("/", "/static/app.js", "/docs", "/openapi.json"):
        assert browser.get(path).status_code == 200, path  # the cookie is sent back
    assert_error(browser.get("/api/documents"), 401, "unauthorized")  # never for the API
    assert_error(browser.post("/api/ask", json={"question": QUESTION}), 401, "unauthorized")


@pytest.mark.parametrize("path", ["/api/documents", "/static/app.js", "/docs"])
def test_token_in_query_only_opens_the_page(locked: TestClient, path: str) -> None:
    assert_error(locked.get(path, params={"token": TOKEN}), 401, "unauthorized")


def test_wrong_page_token_sets_no_cookie(locked: TestClient) -> None:
    r = locked.get("/", params={"token": "nope"})
    assert r.status_code == 401 and "set-cookie" not in r.headers


def test_host_check_refuses_other_names(seeded_db: str) -> None:
    app = create_app(seeded_db, allowed_hosts=api.LOOPBACK_HOSTS)
    ok = TestClient(app, base_url="http://127.0.0.1:8421")
    assert ok.get("/api/documents").status_code == 200
    assert TestClient(app, base_url="http://localhost:8421").get("/").status_code == 200
    evil = TestClient(app, base_url="http://attacker.example:8421")
    assert_error(evil.get("/api/documents"), 400, "bad_host")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("10.0.0.5", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert api.is_loopback(host) is loopback


def test_serve_refuses_a_public_address_without_a_token(
    seeded_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIDINGS_TOKEN", raising=False)
    with pytest.raises(pipeline.TidingsError, match="token"):
        api.serve(seeded_db, "0.0.0.0", 8421, None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: str, env: dict[str, str]) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`api.serve` in a child process on a free loopback port; terminated (by its own pid) on exit."""
    port = _free_port()
    code = f"from tidings.api import serve; serve({db!r}, '127.0.0.1', {port}, None)"
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,  # uvicorn's access log; a few lines, read once the server stopped
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/favicon.ico", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.1)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def test_serve_runs_uvicorn_with_the_token_from_the_environment(tmp_path: Path) -> None:
    secret = "env-token-123"
    with serving(str(tmp_path / "served.db"), {"TIDINGS_TOKEN": secret}) as (url, proc):
        assert_error(httpx.get(url + "/api/documents"), 401, "unauthorized")
        ok = httpx.get(url + "/api/documents", headers={"authorization": f"Bearer {secret}"})
        assert ok.status_code == 200 and ok.json()["total"] == 0
        assert httpx.get(url + "/", params={"token": secret}).status_code == 200
        # Loopback server: a request naming another host (DNS rebinding) is refused.
        evil = httpx.get(url + "/", headers={"host": "attacker.example"}, params={"token": secret})
        assert_error(evil, 400, "bad_host")
    log, _ = proc.communicate(timeout=15)
    assert "GET /?token=[redacted]" in log
    assert log.count(secret) == 1, "only the startup line, for the user who started it, shows the token"


def test_create_app_refuses_a_memory_store() -> None:
    with pytest.raises(ValueError, match="file"):
        create_app(":memory:")


# ---------------------------------------------------------------------------------------------------------
# Hostile text is stored and returned as data


def test_hostile_text_comes_back_verbatim_as_json(client: TestClient, doc_ids: dict[str, str]) -> None:
    r = client.get(f"/api/documents/{doc_ids['xss']}")
    assert r.headers["content-type"] == "application/json"
    d = r.json()
    assert "<script>window.__pwned = 1</script>" in d["text"]
    assert '<img src=x onerror="window.__pwned = 2">' in d["text"]
    assert d["title"] == XSS_TITLE and d["url"] == XSS_URL


@pytest.mark.parametrize("path", ["/", "/docs", "/static/app.js", "/api/documents"])
def test_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("name", ["index.html", "docs.html", "app.js", "docs.js", "style.css"])
def test_page_assets_load_nothing_from_elsewhere(name: str) -> None:
    text = (Path(api.__file__).parent / "web" / "static" / name).read_text(encoding="utf-8")
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in text
    assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "document.write" not in text


def test_openapi_lists_every_route_offline(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/ingest",
        "/api/ask",
        "/api/dates",
        "/api/timeline",
        "/api/documents",
        "/api/documents/{doc_id}",
    }
    assert {"multipart/form-data", "application/json"} <= set(
        spec["paths"]["/api/ingest"]["post"]["requestBody"]["content"]
    )
    assert "ErrorOut" in spec["components"]["schemas"]
    refs = set(_refs(spec))
    assert "#/components/schemas/IngestIn" in refs
    for ref in refs:
        assert ref.rsplit("/", 1)[1] in spec["components"]["schemas"], f"dangling {ref}"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


# ---------------------------------------------------------------------------------------------------------
# Concurrency against a real server

# Articles in the store the concurrent questions run against: the 10,000 under CI (about 45 s on a
# 2-core machine), 1,000 by default locally; TIDINGS_API_SCALE overrides both.
SCALE = int(os.environ.get("TIDINGS_API_SCALE") or ("10000" if os.environ.get("CI") else "1000"))
ASKS = 200

# Filler in the style of a local news wire; each article differs by its slots, so each has its own id.
_FILLER = [
    "The {town} council voted {a} to {b} on {day} to repave {street}, a project costing ${m} million.",
    "{town} High School's football team beat {rival} {a}-{b} on {day}, its {nth} straight win this season.",
    "Forecasters said {town} could see {a} inches of rain by {day} and warned of flooding on {street}.",
    "Shares of {company} rose {a} percent on {day} after the company reported {b} new stores in {town}.",
    "The {town} library will extend its hours on {day}, adding {a} evening sessions on {street} each month.",
    "Police in {town} said {a} people were hurt on {day} when a bus and a truck collided on {street}.",
]
_TOWNS = ["Alder", "Brookfield", "Cedar Falls", "Dunmore", "Elk Grove", "Fairview", "Glenwood", "Hillcrest"]
_STREETS = ["Main Street", "Oak Avenue", "River Road", "Mill Lane", "Station Road", "Park Drive"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_COMPANIES = ["Northwind Foods", "Bluegate Energy", "Carver Tools", "Lakeshore Bank"]
# The figure the concurrent questions ask about, growing year by year; the newest report says 1,460.
_PORTS = [(2018, "310"), (2019, "480"), (2020, "655"), (2021, "890"), (2022, "1,120"), (2023, "1,460")]
PORTS_QUESTION = "How many public charging ports does Port Halden have?"


def _articles(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        template = _FILLER[i % len(_FILLER)]
        text = template.format(
            town=rng.choice(_TOWNS),
            rival=rng.choice(_TOWNS),
            street=rng.choice(_STREETS),
            day=rng.choice(_DAYS),
            company=rng.choice(_COMPANIES),
            a=rng.randint(2, 60),
            b=rng.randint(1, 40),
            m=rng.randint(1, 90),
            nth=rng.choice(["third", "fourth", "fifth"]),
        )
        text += f" Reporting by the city desk (item {seed}-{i})."
        year = 2015 + i % 9
        out.append(
            {"id": f"wire-{seed}-{i}", "text": text, "date": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"}
        )
    return out


def _port_reports() -> list[dict[str, Any]]:
    return [
        {
            "id": f"ports-{year}",
            "date": f"{year}-09-15",
            "title": f"Port Halden charging network, {year}",
            "text": (
                f"Port Halden now has {count} public charging ports for electric cars, the city's energy "
                f"office said on Friday, as new chargers opened at the ferry terminal and the stadium.\n\n"
                "Officials said demand kept rising among taxi drivers and delivery firms."
            ),
        }
        for year, count in _PORTS
    ]


def _parallel(fn: Callable[[int], Any], n: int, workers: int = 50) -> list[Any]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, range(n), timeout=120))


@pytest.fixture(scope="module")
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    db = str(tmp_path_factory.mktemp("big") / "big.db")
    with running_server(create_app(db)) as url, httpx.Client(base_url=url, timeout=120) as http:
        docs = _articles(SCALE, seed=1) + _port_reports()
        for i in range(0, len(docs), 1000):
            r = http.post("/api/ingest", json={"documents": docs[i : i + 1000]})
            assert r.status_code == 200, r.text
        assert http.get("/api/documents", params={"limit": 1}).json()["total"] == len(docs)
        yield url, db


def test_200_concurrent_asks_all_get_the_same_answer(big_server: tuple[str, str]) -> None:
    url, db = big_server
    with Store(db) as store:
        expected = pipeline.ask(store, PORTS_QUESTION).to_dict()
    local = threading.local()

    def one(_: int) -> tuple[int, Any]:
        if not hasattr(local, "http"):
            local.http = httpx.Client(base_url=url, timeout=60)
        r = local.http.post("/api/ask", json={"question": PORTS_QUESTION})
        return r.status_code, r.json()

    started = time.monotonic()
    results = _parallel(one, ASKS)
    assert [s for s, _ in results] == [200] * ASKS
    assert all(body == expected for _, body in results)
    assert time.monotonic() - started < 120


def test_newest_port_count_is_the_answer(big_server: tuple[str, str]) -> None:
    url, _ = big_server
    body = httpx.post(f"{url}/api/ask", json={"question": PORTS_QUESTION}, timeout=60).json()
    assert any("1,460" in v or "1460" in v for v in body["values"]), body
    assert not any(old in v for v in body["values"] for _, old in _PORTS[:-1])


def test_ingest_while_asking_loses_nothing(big_server: tuple[str, str]) -> None:
    url, _ = big_server
    before = httpx.get(f"{url}/api/documents", params={"limit": 1}).json()["total"]
    batches = [_articles(20, seed=100 + k) for k in range(5)]
    ingested: list[int] = []
    errors: list[str] = []

    def ingest_all() -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            for batch in batches:
                r = http.post("/api/ingest", json={"documents": batch})
                if r.status_code != 200:
                    errors.append(r.text)
                else:
                    ingested.append(r.json()["added"])

    writer = threading.Thread(target=ingest_all)
    writer.start()
    local = threading.local()

    def one(_: int) -> int:
        if not hasattr(local, "http"):
            local.http = httpx.Client(base_url=url, timeout=60)
        return int(local.http.post("/api/ask", json={"question": PORTS_QUESTION}).status_code)

    statuses = _parallel(one, ASKS)
    writer.join(timeout=120)
    assert not writer.is_alive() and not errors
    assert statuses == [200] * ASKS
    assert ingested == [20] * 5
    after = httpx.get(f"{url}/api/documents", params={"limit": 1}).json()["total"]
    assert after == before + 100
