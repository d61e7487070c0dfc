"""`tidings serve`: the HTTP API and the web page, a thin shell over the same library calls as the CLI.

Every route is the JSON twin of a CLI verb (``POST /api/ingest`` of ``tidings ingest``, ``POST /api/ask`` of
``tidings ask --json``...). Each request opens its own ``Store`` (SQLite in WAL mode allows many readers and
one writer at a time), and the library calls are synchronous, so they run in the threadpool.

Every failure has one JSON shape, ``{"error": {"code", "message", "field"}}``, whatever raised it: our own
checks, FastAPI's request validation, an unknown route, a library error or a bug.

Authentication, when a token is set: API routes need ``Authorization: Bearer TOKEN``. A browser cannot send
that header when it loads the page and its assets, so ``GET /?token=TOKEN`` (the link ``serve`` prints) also
sets an HttpOnly, SameSite=Strict cookie that authorises the page, the static assets and the docs only;
the page keeps the token in ``sessionStorage`` and sends it as the header on every API call. The cookie is
never accepted for an API route, so another site cannot make a logged-in browser call the API.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from http.cookies import SimpleCookie
from importlib import resources
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tidings import dating, pipeline
from tidings.model import Analyzed, Document, Rejection
from tidings.pipeline import IngestSummary, TidingsError
from tidings.read import InputError, make_document, parse_given_date, read_html, read_paths
from tidings.store import Store, StoreError

__all__ = ["ApiError", "Limits", "create_app", "serve"]

log = logging.getLogger("tidings.api")

COOKIE = "tidings_token"
UPLOAD_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

# Paths a browser loads by itself (no way to add a header): the cookie set by `/?token=` may authorise these.
_COOKIE_PATHS = re.compile(r"^/(?:|static/[\w.-]+|docs|openapi\.json|favicon\.ico)$")
_SAFE_NAME = re.compile(r"[^\w.\- ]+")
_TOKEN_IN_URL = re.compile(r"([?&]token=)[^&\s]*")

MAX_PAGE = 1000
# Module-level, because FastAPI resolves these (string) annotations in the module's namespace.
Offset = Annotated[int, Query(ge=0, description="How many documents to skip.")]
PageLimit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="How many documents to return.")]
OptionalLimit = Annotated[int | None, Query(ge=1, le=MAX_PAGE, description="How many documents to return.")]
Topic = Annotated[str, Query(min_length=1, description="What the timeline is about.")]


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may ask of the server; past a limit the answer is 413 (size) or 422 (question)."""

    max_body_bytes: int = 20 * 1024 * 1024
    max_documents: int = 1000
    max_question_chars: int = 500


# ---------------------------------------------------------------------------------------------------------
# The one error shape

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    500: "internal_error",
}


class ApiError(StarletteHTTPException):
    """A failure the client can act on, sent as ``{"error": {"code", "message", "field"}}``.

    An HTTP exception, so FastAPI passes it through untouched even when raised while a body is read.
    """

    def __init__(self, status: int, message: str, *, code: str | None = None, field: str | None = None):
        super().__init__(status_code=status, detail=message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.field = field


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field}}


def _error_response(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(error_body(code, message, field), status_code=status, headers=headers)


def _field_of(loc: Sequence[int | str]) -> str | None:
    """``("body", "documents", 3, "text")`` -> ``"documents.3.text"``; the request part is left out."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(parts) or None


def _validation_response(errors: Sequence[Any]) -> JSONResponse:
    first = dict(errors[0]) if errors else {}
    field = _field_of(first.get("loc", ()))
    msg = str(first.get("msg", "invalid request"))
    if first.get("type") == "json_invalid":
        ctx = first.get("ctx") or {}
        msg = f"invalid JSON: {ctx.get('error', msg)}"
        field = None
    message = f"{field}: {msg}" if field else msg
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return _error_response(422, "invalid", message, field)


def _install_error_handlers(app: FastAPI) -> None:
    async def api_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error_response(exc.status, exc.code, exc.message, exc.field)

    async def validation(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _validation_response(exc.errors())

    async def http(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        message = str(exc.detail) if exc.detail else "error"
        if status == 404 and message == "Not Found":
            message = "no such route"
        return _error_response(status, _CODES.get(status, "error"), message)

    async def library(_: Request, exc: Exception) -> Response:
        return _error_response(400, "bad_request", str(exc))

    async def store(_: Request, exc: Exception) -> Response:
        log.error("store error: %s", exc)
        return _error_response(500, "store_error", str(exc))

    async def internal(_: Request, exc: Exception) -> Response:
        log.exception("internal error", exc_info=exc)
        return _error_response(500, "internal_error", "internal error; the server log has the details")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(TidingsError, library)
    app.add_exception_handler(InputError, library)
    app.add_exception_handler(StoreError, store)
    app.add_exception_handler(Exception, internal)


# ---------------------------------------------------------------------------------------------------------
# The guard: host check, token, body size and security headers, before any route runs

_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


class _Guard:
    """Pure ASGI middleware, so a rejected request never reaches the app (nor its upload the disk)."""

    def __init__(
        self, app: ASGIApp, *, token: str | None, limits: Limits, allowed_hosts: Sequence[str] | None
    ) -> None:
        self.app = app
        self.token = token
        self.limits = limits
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None
        # The cookie holds a value derived from the token, not the token: it is safe in a cookie whatever
        # characters the token has, and the cookie alone never reveals the token the API wants.
        self.cookie_value = (
            hmac.new(token.encode("utf-8"), b"tidings page cookie", hashlib.sha256).hexdigest()
            if token
            else ""
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.allowed_hosts is not None and _host_name(headers.get("host", "")) not in self.allowed_hosts:
            # A loopback server answers only to loopback names: a page on another site that rebinds its
            # DNS name to 127.0.0.1 still sends its own name here.
            await _error_response(400, "bad_host", "unexpected Host header")(scope, receive, send)
            return
        set_cookie = False
        if self.token is not None:
            verdict = self._authorised(scope, headers)
            if verdict is None:
                response = _error_response(
                    401,
                    "unauthorized",
                    "missing or wrong token: send 'Authorization: Bearer TOKEN' "
                    "(in a browser, open /?token=TOKEN once)",
                )
                await response(scope, receive, send)
                return
            set_cookie = verdict == "query"
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.limits.max_body_bytes:
            await self._too_large()(scope, receive, send)
            return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limits.max_body_bytes:
                    # Raised inside the route's body parsing: FastAPI re-raises HTTP exceptions, and the
                    # exception handlers turn it into the one error shape.
                    raise ApiError(413, self._too_large_message(), field="body")
            return message

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"content-security-policy", _CSP.encode()),
                    (b"cache-control", b"no-store"),
                ]
                if set_cookie:
                    cookie = f"{COOKIE}={self.cookie_value}; Path=/; HttpOnly; SameSite=Strict"
                    extra.append((b"set-cookie", cookie.encode("latin-1")))
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {
                    **message,
                    "headers": [*message.get("headers", []), *(h for h in extra if h[0] not in names)],
                }
            await send(message)

        await self.app(scope, limited_receive, guarded_send)

    def _too_large_message(self) -> str:
        return f"request body is larger than {_size(self.limits.max_body_bytes)}"

    def _too_large(self) -> JSONResponse:
        return _error_response(413, "too_large", self._too_large_message(), "body")

    def _authorised(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """How the request proved it knows the token ("header", "cookie", "query"), or None."""
        assert self.token is not None
        auth = headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() == "bearer" and _same(given.strip(), self.token):
            return "header"
        path = scope.get("path", "")
        if scope.get("method") not in ("GET", "HEAD") or not _COOKIE_PATHS.match(path):
            return None
        if path == "/":
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            if any(_same(t, self.token) for t in query.get("token", [])):
                return "query"
        cookies: SimpleCookie = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is simply no cookie
            return None
        morsel = cookies.get(COOKIE)
        if morsel is not None and _same(morsel.value, self.cookie_value):
            return "cookie"
        return None


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8", "replace"))


def _host_name(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _size(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


# ---------------------------------------------------------------------------------------------------------
# Request and response models: pydantic lives only here, at the edge


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentIn(_Strict):
    """One document, as in a JSON-lines input file: ``text`` (or ``html``) with optional metadata."""

    text: str | None = Field(None, description="The document text as scraped, noise included.")
    html: str | None = Field(None, description="An HTML page instead of text: its main text is extracted.")
    id: str | None = Field(None, max_length=200, description="Your id for the document (external id).")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    date: str | None = Field(
        None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="Publication date when known: YYYY, YYYY-MM or YYYY-MM-DD.",
    )

    @model_validator(mode="after")
    def _text_or_html(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class IngestIn(_Strict):
    documents: list[DocumentIn] = Field(min_length=1)


class AskIn(_Strict):
    question: str = Field(description="The question, in plain words.")
    as_of: date | None = Field(
        None, description="Answer as of this date (YYYY-MM-DD); later evidence is set aside."
    )
    choices: list[str] | None = Field(
        None, max_length=26, description="Possible answers, for multiple choice."
    )


class RejectionOut(_Strict):
    source: str
    reason: str


class IngestOut(_Strict):
    added: int
    unchanged: int
    redated: int
    rejected: list[RejectionOut]


class CitationOut(_Strict):
    doc_id: str
    source: str
    date: str | None
    start: int
    end: int
    quote: str
    external_id: str | None


class SupersededOut(_Strict):
    value: str
    doc_id: str
    as_of: str | None
    external_id: str | None
    reason: str


class TimelineEntryOut(_Strict):
    earliest: str | None
    latest: str | None
    when: str
    label: str
    doc_id: str
    external_id: str | None
    start: int
    end: int
    value: str


class AnswerOut(_Strict):
    question: str
    kind: str
    text: str
    values: list[str]
    conflict_type: str
    as_of: str | None
    citations: list[CitationOut]
    superseded: list[SupersededOut]
    timeline: list[TimelineEntryOut]
    choice: int | None
    explanation: list[str]
    parts: list[str]


class EvidenceOut(_Strict):
    rule: str
    earliest: str | None
    latest: str | None
    note: str
    start: int
    end: int
    weight: float


class DateOut(_Strict):
    earliest: str | None
    latest: str | None
    granularity: str
    value: str | None
    confidence: float
    rule: str
    evidence: list[EvidenceOut]
    conflicts: list[str]


class DatedDocumentOut(DateOut):
    id: str
    external_id: str | None
    source: str
    title: str | None
    explanation: str


class DocumentRowOut(_Strict):
    id: str
    external_id: str | None
    source: str
    title: str | None
    url: str | None
    date: str | None
    granularity: str
    confidence: float


class DocumentsPageOut(_Strict):
    total: int
    offset: int
    limit: int
    documents: list[DocumentRowOut]


class TimexOut(_Strict):
    start: int
    end: int
    text: str
    type: str
    value: str
    tense: str
    rule: str


class ClaimOut(_Strict):
    doc_id: str
    start: int
    end: int
    kind: str
    subject: str
    attribute: str
    value: str
    scope: str
    number: float | None
    unit: str
    hedge: str
    polarity: str
    speaker: str
    as_of_earliest: str | None
    as_of_latest: str | None
    sentence_start: int
    sentence_end: int
    rule: str
    targets: list[int] | None


class DocumentOut(_Strict):
    id: str
    external_id: str | None
    source: str
    format: str
    url: str | None
    title: str | None
    given_date: str | None
    html_date: str | None
    text: str
    date: DateOut
    explanation: str
    timexes: list[TimexOut]
    claims: list[ClaimOut]


class ErrorDetail(_Strict):
    code: str
    message: str
    field: str | None


class ErrorOut(_Strict):
    error: ErrorDetail


def _errors_doc(*statuses: int) -> dict[int | str, dict[str, Any]]:
    words = {
        400: "Bad input the library rejected (empty question, empty store...)",
        401: "Missing or wrong bearer token",
        404: "Not found",
        413: "Request body, or documents per upload, over the limit",
        415: "Neither multipart/form-data nor application/json",
        422: "Request validation failed; `field` names the field",
        500: "Server error",
    }
    return {s: {"model": ErrorOut, "description": words[s]} for s in statuses}


# ---------------------------------------------------------------------------------------------------------
# Library calls, one store connection per request


@contextmanager
def _store(db: str, *, readonly: bool = False) -> Iterator[Store]:
    with Store(db, readonly=readonly) as store:
        yield store


def summary_dict(summary: IngestSummary) -> dict[str, Any]:
    return {
        "added": summary.added,
        "unchanged": summary.unchanged,
        "redated": summary.redated,
        "rejected": [{"source": r.source, "reason": r.reason} for r in summary.rejected],
    }


def ingest_items(items: Iterable[Document | Rejection], store: Store) -> IngestSummary:
    """``pipeline.ingest`` over documents already read (``pipeline.ingest`` takes paths).

    Mirrors its steps exactly: skip stored ids, record rejections, add in batches, then let the corpus
    re-date itself.
    """
    unchanged = 0
    rejected: list[Rejection] = []
    seen: set[str] = set()

    def analyzed() -> Iterator[Analyzed]:
        nonlocal unchanged
        for item in items:
            if isinstance(item, Rejection):
                rejected.append(item)
                store.add_rejection(item.source, item.reason)
                continue
            if item.id in seen or store.has(item.id):
                unchanged += 1
                continue
            seen.add(item.id)
            yield pipeline.analyze(item)

    result = store.add(analyzed())
    redated = pipeline.redate_store(store) if result.added else 0
    return IngestSummary(result.added, unchanged + result.unchanged, tuple(rejected), redated)


def _safe_name(name: str, index: int) -> str:
    """A file name to write an upload under: the client's base name, tamed; never a path of theirs."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).strip(" .")[:120]
    return base or f"upload-{index}.txt"


def _read_uploads(folder: Path, names: Sequence[str]) -> Iterator[Document | Rejection]:
    """Read the files of an upload folder with the CLI's reader; sources say ``upload:NAME``.

    Each file sits in its own numbered subfolder, so two uploads with one name stay apart. Compressed
    files are refused: their size once expanded is not bounded by the request size.
    """
    for i, name in enumerate(names):
        sub = folder / str(i)
        if name.lower().endswith(".gz"):
            yield Rejection(
                f"upload:{name}", "compressed uploads are not accepted; send the .jsonl file itself"
            )
            continue
        prefix = str(sub) + os.sep
        for item in read_paths([sub / name]):
            source = item.source
            if source.startswith(prefix):
                source = "upload:" + source[len(prefix) :]
            yield replace(item, source=source)


def _document_items(docs: Sequence[DocumentIn]) -> Iterator[Document | Rejection]:
    """The documents of a JSON request, read as the JSON-lines reader reads a line; a bad one is rejected."""
    for i, d in enumerate(docs):
        source = f"api:{d.id}" if d.id else f"api:documents[{i}]"
        try:
            given = parse_given_date(d.date, f"documents[{i}].date")
            if d.html is not None:
                if not d.html.strip():
                    raise InputError("field 'html' is empty")
                yield read_html(
                    d.html, source=source, url=d.url, external_id=d.id, title=d.title, given_date=given
                )
                continue
            if d.text is None or not d.text.strip():
                raise InputError("field 'text' is empty")
            yield make_document(
                d.text,
                source=source,
                format="json",
                external_id=d.id,
                url=d.url,
                title=d.title,
                given_date=given,
            )
        except InputError as exc:
            yield Rejection(source, str(exc))


def _date_row(a: Analyzed) -> dict[str, Any]:
    return {
        "id": a.doc.id,
        "external_id": a.doc.external_id,
        "source": a.doc.source,
        "title": a.doc.title,
        **a.date.to_dict(),
        "explanation": dating.explain(a.date, a.doc),
    }


def _document_row(a: Analyzed) -> dict[str, Any]:
    return {
        "id": a.doc.id,
        "external_id": a.doc.external_id,
        "source": a.doc.source,
        "title": a.doc.title,
        "url": a.doc.url,
        "date": a.date.value,
        "granularity": a.date.granularity,
        "confidence": a.date.confidence,
    }


def _document_detail(a: Analyzed) -> dict[str, Any]:
    d = a.doc
    return {
        "id": d.id,
        "external_id": d.external_id,
        "source": d.source,
        "format": d.format,
        "url": d.url,
        "title": d.title,
        "given_date": d.given_date,
        "html_date": d.html_date,
        "text": d.text,
        "date": a.date.to_dict(),
        "explanation": dating.explain(a.date, d),
        "timexes": [t.to_dict() for t in a.timexes],
        "claims": [c.to_dict() for c in a.claims],
    }


# ---------------------------------------------------------------------------------------------------------
# Static assets

_ASSETS = {
    "index.html": "text/html; charset=utf-8",
    "docs.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "docs.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


def _asset(name: str) -> bytes:
    return resources.files("tidings").joinpath("web", "static", name).read_bytes()


# ---------------------------------------------------------------------------------------------------------
# The app


def create_app(
    db: str,
    *,
    token: str | None = None,
    limits: Limits | None = None,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The API and the page over the store ``db`` (created if missing).

    ``token``: when set, every route needs it (see the module docstring). ``allowed_hosts``: when set, a
    request whose Host header names another host is refused (``serve`` sets it on loopback addresses).
    """
    if db == ":memory:":
        raise ValueError("the API needs a store file: every request opens its own connection")
    if token is not None and not token:
        raise ValueError("the token must not be empty")
    lim = limits or Limits()
    # Create and migrate the store once, before requests race to do it.
    with _store(db):
        pass

    app = FastAPI(
        title="tidings",
        summary="Answers questions from news documents that disagree, and says as of when.",
        description=(
            "JSON twins of the `tidings` command line. Every error has the shape "
            '`{"error": {"code", "message", "field"}}`. When the server has a token, send '
            "`Authorization: Bearer TOKEN`."
        ),
        version=_version(),
        docs_url=None,
        redoc_url=None,
    )
    _install_error_handlers(app)
    app.add_middleware(_Guard, token=token, limits=lim, allowed_hosts=allowed_hosts)
    errors_all = _errors_doc(400, 401, 422, 500)

    @app.post(
        "/api/ingest",
        summary="Read documents into the store (twin of `tidings ingest`)",
        response_model=IngestOut,
        responses=_errors_doc(400, 401, 413, 415, 422, 500),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "files": {
                                    "type": "array",
                                    "items": {"type": "string", "format": "binary"},
                                    "description": "Files: " + " ".join(UPLOAD_SUFFIXES),
                                }
                            },
                            "required": ["files"],
                        }
                    },
                    "application/json": {"schema": {"$ref": "#/components/schemas/IngestIn"}},
                },
            }
        },
    )
    async def ingest(request: Request) -> dict[str, Any]:
        """Upload files (multipart field `files`, repeatable) or send `{"documents": [...]}` as JSON.

        Uploads are written to a temporary folder and read with the same reader as the command line; a
        document already stored is counted as unchanged; unreadable inputs are listed with a reason.
        """
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "multipart/form-data":
            return await _ingest_upload(request)
        if ctype == "application/json":
            body = await request.body()
            try:
                parsed = IngestIn.model_validate_json(body)
            except ValidationError as exc:
                raise RequestValidationError(
                    [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
                ) from None
            if len(parsed.documents) > lim.max_documents:
                raise ApiError(
                    413,
                    f"{len(parsed.documents)} documents in one request; at most {lim.max_documents}",
                    field="documents",
                )
            return await run_in_threadpool(_ingest_documents, parsed.documents)
        raise ApiError(415, 'send multipart/form-data (files) or application/json ({"documents": [...]})')

    def _ingest_documents(docs: Sequence[DocumentIn]) -> dict[str, Any]:
        with _store(db) as store:
            return summary_dict(ingest_items(_document_items(docs), store))

    async def _ingest_upload(request: Request) -> dict[str, Any]:
        # The body limit bounds the number of parts; the document limit is checked below with 413.
        form = await request.form(max_files=float("inf"), max_fields=100)
        try:
            uploads = [v for k, v in form.multi_items() if k == "files" and isinstance(v, UploadFile)]
            if not uploads:
                raise ApiError(
                    422, "no files: send one or more files in the multipart field 'files'", field="files"
                )
            folder = Path(tempfile.mkdtemp(prefix="tidings-upload-")).resolve()
            try:
                names: list[str] = []
                for i, up in enumerate(uploads):
                    name = _safe_name(up.filename or "", i)
                    (folder / str(i)).mkdir()
                    with (folder / str(i) / name).open("wb") as out:
                        await run_in_threadpool(shutil.copyfileobj, up.file, out)
                    names.append(name)
                return await run_in_threadpool(_ingest_folder, folder, names)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            await form.close()

    def _ingest_folder(folder: Path, names: Sequence[str]) -> dict[str, Any]:
        # Read everything before storing anything: a JSON-lines file (or a case line) may hold many
        # documents, and an upload over the limit must leave the store as it was.
        items = list(_read_uploads(folder, names))
        found = sum(1 for item in items if isinstance(item, Document))
        if found > lim.max_documents:
            raise ApiError(
                413, f"{found} documents in one upload; at most {lim.max_documents}", field="files"
            )
        with _store(db) as store:
            return summary_dict(ingest_items(items, store))

    @app.post(
        "/api/ask",
        summary="Answer a question (twin of `tidings ask --json`)",
        response_model=None,
        responses={200: {"model": AnswerOut}, **errors_all},
    )
    def ask(body: AskIn) -> dict[str, Any]:
        """The answer with its as-of date, conflict type, citations (with spans), superseded values and
        timeline."""
        if len(body.question) > lim.max_question_chars:
            raise ApiError(
                422,
                f"the question has {len(body.question)} characters; at most {lim.max_question_chars}",
                field="question",
            )
        with _store(db, readonly=True) as store:
            return pipeline.ask(
                store, body.question, as_of=body.as_of, choices=body.choices or None
            ).to_dict()

    @app.get(
        "/api/dates",
        summary="Every document with its date, evidence and explanation (twin of `tidings dates --json`)",
        response_model=None,
        responses={200: {"model": list[DatedDocumentOut]}, **errors_all},
    )
    def dates(offset: Offset = 0, limit: OptionalLimit = None) -> list[dict[str, Any]]:
        """In ingest order; `offset` and `limit` page through a large store."""
        with _store(db, readonly=True) as store:
            stop = None if limit is None else offset + limit
            return [_date_row(a) for a in islice(store.documents(), offset, stop)]

    @app.get(
        "/api/timeline",
        summary="Dated entries about a topic, oldest first (twin of `tidings timeline --json`)",
        response_model=None,
        responses={200: {"model": list[TimelineEntryOut]}, **errors_all},
    )
    def timeline(topic: Topic) -> list[dict[str, Any]]:
        if len(topic) > lim.max_question_chars:
            raise ApiError(
                422, f"the topic has {len(topic)} characters; at most {lim.max_question_chars}", field="topic"
            )
        with _store(db, readonly=True) as store:
            return [e.to_dict() for e in pipeline.topic_timeline(store, topic)]

    @app.get(
        "/api/documents",
        summary="Stored documents with their dates, a page at a time",
        response_model=None,
        responses={200: {"model": DocumentsPageOut}, **errors_all},
    )
    def documents(offset: Offset = 0, limit: PageLimit = 50) -> dict[str, Any]:
        with _store(db, readonly=True) as store:
            total = store.count()
            rows = [_document_row(a) for a in islice(store.documents(), offset, offset + limit)]
        return {"total": total, "offset": offset, "limit": limit, "documents": rows}

    @app.get(
        "/api/documents/{doc_id}",
        summary="One document: its text, date estimate with evidence, time expressions and claims",
        response_model=None,
        responses={200: {"model": DocumentOut}, **_errors_doc(401, 404, 422, 500)},
    )
    def document(doc_id: str) -> dict[str, Any]:
        """Spans (`start`, `end`) are character offsets into `text`."""
        with _store(db, readonly=True) as store:
            item = store.get(doc_id)
        if item is None:
            raise ApiError(404, f"no document with id {doc_id!r}", field="doc_id")
        return _document_detail(item)

    # -- the page ------------------------------------------------------------------------------------------

    def _asset_response(name: str) -> Response:
        return Response(_asset(name), media_type=_ASSETS[name])

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return _asset_response("index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return _asset_response("docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return _asset_response("favicon.svg")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _ASSETS:
            raise ApiError(404, f"no asset {name!r}")
        return _asset_response(name)

    app.openapi_schema = None
    _add_security_scheme(app, token is not None)
    return app


def _add_security_scheme(app: FastAPI, required: bool) -> None:
    """Describe the bearer token in the OpenAPI document, so tools (and /docs) know to send it."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = base()
        components = schema.setdefault("components", {})
        components.setdefault("securitySchemes", {})["bearer"] = {"type": "http", "scheme": "bearer"}
        # The ingest body is parsed by hand (it is multipart or JSON), so FastAPI never saw its model.
        body = IngestIn.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas = components.setdefault("schemas", {})
        schemas.update(body.pop("$defs", {}))
        schemas["IngestIn"] = body
        if required:
            schema["security"] = [{"bearer": []}]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("tidings")
    except Exception:
        return "0"


# ---------------------------------------------------------------------------------------------------------
# Serving


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _RedactToken(logging.Filter):
    """Access logs print the request line; never print a token from `/?token=...`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_IN_URL.sub(r"\1[redacted]", a) if isinstance(a, str) else a for a in record.args
            )
        return True


def serve(db: str, host: str = "127.0.0.1", port: int = 8421, token: str | None = None) -> None:
    """Run the API and the page with uvicorn until interrupted.

    ``token`` defaults to the environment variable TIDINGS_TOKEN. Listening on an address other than
    loopback needs a token: anyone who can reach the port could otherwise read and write the store.
    """
    import uvicorn

    token = token or os.environ.get("TIDINGS_TOKEN") or None
    loopback = is_loopback(host)
    if not loopback and token is None:
        raise TidingsError(
            f"refusing to listen on {host} without a token: set --token or TIDINGS_TOKEN, or use 127.0.0.1"
        )
    app = create_app(db, token=token, allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    logging.getLogger("uvicorn.access").addFilter(_RedactToken())
    shown = f"[{host}]" if ":" in host else host
    link = f"http://{shown}:{port}/" + ("?token=" + token if token else "")
    print(f"tidings: serving {db} at {link}", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
