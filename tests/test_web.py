"""The web page in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Skipped with a reason when Chromium is missing, except under CI (CI=... set), where a missing browser fails.
One browser and one server for the module; each test gets a fresh page.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from servers import running_server
from tidings.api import create_app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
OUT = ROOT / "out"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
QUESTION = "How many US troops are in Iraq?"
TOKEN = "web-test-token"

# Hostile documents written for this test: markup that would run if the page ever inserted data as HTML.
HOSTILE = [
    {
        "id": "hostile-script",
        "title": "<script>window.__pwned = 'title'</script>Council minutes",
        "url": "javascript:window.__pwned='url'",
        "date": "2022-05-03",
        "text": (
            "The council met on Tuesday. <script>window.__pwned = 'text'; alert('script')</script> "
            "Members approved 14 new bus shelters for the Riverside district."
        ),
    },
    {
        "id": "hostile-img",
        "title": "<img src=x onerror=\"window.__pwned='img-title'\">",
        "date": "2022-06-07",
        "text": (
            "Residents said on Tuesday that 18 bus shelters were still missing roofs "
            "<img src=x onerror=\"window.__pwned='img'; alert('img')\"> across the Riverside district."
        ),
    },
]


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_chromium()
    if os.environ.get("CI"):
        from playwright.sync_api import sync_playwright
    else:
        sync_api = pytest.importorskip(
            "playwright.sync_api", reason="the playwright package is not installed"
        )
        sync_playwright = sync_api.sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server whose store holds the five seed articles (uploaded through the API) and the hostile ones."""
    _require_chromium()
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    with running_server(create_app(db)) as url:
        files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in SEEDS]
        r = httpx.post(f"{url}/api/ingest", files=files, timeout=120)
        assert r.status_code == 200 and r.json()["added"] == 5, r.text
        r = httpx.post(f"{url}/api/ingest", json={"documents": HOSTILE}, timeout=120)
        assert r.status_code == 200 and r.json()["added"] == 2, r.text
        yield url


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.dialogs = dialogs
    pg.errors = errors
    pg.requests = requests
    try:
        yield pg
    finally:
        context.close()


def _ask(page: Any, url: str, question: str) -> None:
    page.goto(url + "/")
    page.wait_for_selector("body[data-ready='true']")
    page.fill("#question", question)
    page.click("#ask-button")
    page.wait_for_selector("#answer:not([hidden])")


def _api_answer(url: str, question: str) -> dict[str, Any]:
    r = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=60)
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_answer_card_shows_what_the_api_answers(page: Any, server: str) -> None:
    expected = _api_answer(server, QUESTION)
    _ask(page, server, QUESTION)
    shown = page.text_content("#answer-value")
    assert shown == (" · ".join(expected["values"]) if expected["values"] else "No answer found")
    assert page.text_content("#answer-text") == expected["text"]
    assert page.locator("#citations .cite-link").count() == len(expected["citations"])
    assert page.locator("#superseded li").count() == len(expected["superseded"])
    assert page.locator("#parts li").count() == len(expected["parts"])
    assert page.locator("#parts-box").is_hidden() == (not expected["parts"])
    # The answer's own timeline, or when it has none, the timeline of the question as a topic.
    events = expected["timeline"] or httpx.get(f"{server}/api/timeline", params={"topic": QUESTION}).json()
    page.wait_for_selector("#events li" if events else "#timeline-empty:not([hidden])")
    assert page.locator("#events li").count() == len(events)
    assert not page.errors


def test_answer_card_shows_2500_troops(page: Any, server: str) -> None:
    _ask(page, server, QUESTION)
    assert "2,500" in (page.text_content("#answer-value") or "")


def test_citation_opens_the_source_with_the_quote_highlighted(page: Any, server: str) -> None:
    expected = _api_answer(server, QUESTION)
    if not expected["citations"]:
        pytest.fail(f"the API cited no source for {QUESTION!r}: {json.dumps(expected)[:300]}")
    _ask(page, server, QUESTION)
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "screenshot.png"), full_page=True)
    first = expected["citations"][0]
    page.locator("#citations .cite-link").first.click()
    page.wait_for_selector("#viewer[open] mark.cited")
    assert page.text_content("#viewer mark.cited") == first["quote"]
    assert page.text_content("#viewer-date") == (first["date"] or "undated")
    assert page.locator("#viewer-evidence li").count() >= 1
    page.screenshot(path=str(OUT / "screenshot-document.png"))
    assert not page.errors


# A made-up answer and document served in place of the API's, so the chart is checked on known values
# whatever the answering modules return today.
FAKE_DOC_TEXT = "Officials said 2,500 troops remain. Earlier reports said 5,000 and then 5,200."
FAKE_TIMELINE = [
    {
        "earliest": "2021-12-09",
        "latest": "2021-12-09",
        "value": "2,500",
        "doc_id": "c" * 16,
        "start": 15,
        "end": 20,
    },
    {
        "earliest": "2020-01-06",
        "latest": "2020-01-06",
        "value": "5,000",
        "doc_id": "a" * 16,
        "start": 58,
        "end": 63,
    },
    {
        "earliest": "2020-02-01",
        "latest": "2020-06-30",
        "value": "5,200",
        "doc_id": "b" * 16,
        "start": 73,
        "end": 78,
    },
    {"earliest": "2020-11-17", "latest": "2020-11-17", "value": "", "doc_id": "c" * 16, "start": 0, "end": 9},
    {
        "earliest": "2021-03-01",
        "latest": "2021-03-01",
        "value": "80,000",
        "doc_id": "a" * 16,
        "start": 0,
        "end": 9,
    },
]


def _fulfil(route: Any, body: Any) -> None:
    route.fulfill(status=200, content_type="application/json", body=json.dumps(body))


def _fake_answer() -> dict[str, Any]:
    timeline = [
        {**e, "when": e["earliest"], "label": f"entry {i}", "external_id": None}
        for i, e in enumerate(FAKE_TIMELINE)
    ]
    return {
        "question": "q",
        "kind": "number",
        "text": "About 2,500.",
        "values": ["2,500"],
        "conflict_type": "outdated",
        "as_of": "2021-12-09",
        "citations": [],
        "superseded": [
            {"value": "5,000", "doc_id": "a" * 16, "as_of": "2020-01-06", "external_id": None, "reason": ""},
            {"value": "5,200", "doc_id": "b" * 16, "as_of": "2020", "external_id": None, "reason": ""},
        ],
        "timeline": timeline,
        "choice": None,
        "explanation": [],
        "parts": [],
    }


def _fake_document(doc_id: str) -> dict[str, Any]:
    date = {"earliest": None, "latest": None, "granularity": "unknown", "value": None, "confidence": 0.0}
    return {
        "id": doc_id,
        "external_id": None,
        "source": "fake.txt",
        "format": "txt",
        "url": None,
        "title": "Fake",
        "given_date": None,
        "html_date": None,
        "text": FAKE_DOC_TEXT,
        "date": {**date, "rule": "none", "evidence": [], "conflicts": []},
        "explanation": "",
        "timexes": [],
        "claims": [],
    }


def test_timeline_chart_plots_each_value_and_links_it_to_its_source(page: Any, server: str) -> None:
    page.route("**/api/ask", lambda route: _fulfil(route, _fake_answer()))
    page.route("**/api/documents/*", lambda route: _fulfil(route, _fake_document(route.request.url[-16:])))
    _ask(page, server, "How many?")
    points = page.locator("#chart svg a.point")
    # An entry without a value is an event, and 80,000 is none of the answer's values: both are listed
    # but not plotted.
    assert points.count() == 3
    assert [points.nth(i).text_content() for i in range(3)] == [
        "5,0005,000 — 2020-01-06 — entry 1",
        "5,2005,200 — 2020-02-01 — entry 2",
        "2,5002,500 — 2021-12-09 — entry 0",
    ]
    ys = [float(points.nth(i).locator("circle.dot").get_attribute("cy") or "nan") for i in range(3)]
    assert ys[2] > ys[0] > ys[1], "SVG y grows downwards: 2,500 lowest, 5,200 highest"
    assert page.locator("#chart svg a.point line.span").count() == 1  # only 5,200 has an uncertain date
    assert page.locator("#events li").count() == 5
    OUT.mkdir(exist_ok=True)
    page.locator("#timeline").screenshot(path=str(OUT / "screenshot-timeline.png"))
    points.nth(2).locator("circle.dot").click()
    page.wait_for_selector("#viewer[open] mark.cited")
    assert page.text_content("#viewer mark.cited") == "2,500"


def test_each_sources_part_is_listed_under_the_answer(page: Any, server: str) -> None:
    parts = [
        "Residents back the curfew: Bass until 1am means people cannot sleep.",
        "Venues warn it will kill live music.",
    ]
    body = {**_fake_answer(), "conflict_type": "conflicting_opinions", "superseded": [], "parts": parts}
    page.route("**/api/ask", lambda route: _fulfil(route, body))
    _ask(page, server, "Is the curfew a good idea?")
    assert page.locator("#parts-box").is_visible()
    assert [page.locator("#parts li").nth(i).text_content() for i in range(2)] == parts
    assert not page.errors


def test_drop_upload_shows_progress_and_lists_the_document(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='true']")
    before = httpx.get(f"{server}/api/documents", params={"limit": 1}).json()["total"]
    text = "The ferry service said on Monday, March 6, 2023, that 9 boats would run each hour."
    transfer = page.evaluate_handle(
        """(text) => {
            const dt = new DataTransfer();
            dt.items.add(new File([text], "ferries.txt", { type: "text/plain" }));
            return dt;
        }""",
        text,
    )
    page.dispatch_event("#dropzone", "drop", {"dataTransfer": transfer})
    page.wait_for_selector("#upload-status:has-text('added')")
    assert page.text_content("#upload-status").startswith("1 added")
    assert page.eval_on_selector("#upload-progress", "el => el.value") == 100
    page.wait_for_selector(f"#doc-count:text-is('{before + 1} documents')")
    assert "upload:ferries.txt" in (page.text_content("#documents") or "")


def test_hostile_documents_are_shown_as_text_and_nothing_runs(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='true']")
    page.wait_for_selector("#documents button.doc-title")
    table = page.text_content("#documents") or ""
    assert "<script>window.__pwned = 'title'</script>Council minutes" in table
    assert "<img src=x onerror=\"window.__pwned='img-title'\">" in table
    for item in HOSTILE:
        page.locator("#documents button.doc-title", has_text=item["title"][:20]).first.click()
        page.wait_for_selector("#viewer[open]")
        assert item["text"] == page.text_content("#viewer-text")
        assert page.text_content("#viewer-title") == item["title"]
        page.click("#viewer-close")
    assert page.locator("#viewer-url a").count() == 0, "a javascript: URL must never become a link"
    page.fill("#topic", "bus shelters Riverside")
    page.click("#topic-form button")
    page.wait_for_selector("#events li, #timeline-empty:not([hidden])")
    page.fill("#question", "How many bus shelters did the council approve?")
    page.click("#ask-button")
    page.wait_for_selector("#answer:not([hidden]), #ask-status.error")
    page.wait_for_timeout(300)  # let any injected handler (there must be none) fire
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.locator("main script, main img, dialog script, dialog img").count() == 0
    assert not [e for e in page.errors if "Content Security Policy" in e]
    assert all(u.startswith(server) for u in page.requests), "nothing is loaded from elsewhere"
    assert not [u for u in page.requests if u.endswith("/x")], "no <img src=x> was ever created"


def test_docs_page_renders_every_route_offline(page: Any, server: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/docs")
    page.wait_for_selector("#operations section")
    titles = page.locator("#operations h2").all_text_contents()
    assert "POST /api/ask" in titles and "GET /api/documents/{doc_id}" in titles and len(titles) == 6
    assert all(u.startswith(server) for u in requests), "the docs page loads nothing from elsewhere"


def test_page_takes_the_token_once_and_keeps_it_in_session_storage(browser: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "locked.db")
    with running_server(create_app(db, token=TOKEN)) as url:
        context = browser.new_context()
        pg = context.new_page()
        try:
            assert pg.goto(url + "/").status == 401
            pg.goto(f"{url}/?token={TOKEN}")
            pg.wait_for_selector("body[data-ready='true']")
            pg.wait_for_selector("#doc-count:text-is('0 documents')")
            assert "token" not in pg.url
            assert pg.evaluate("sessionStorage.getItem('tidings.token')") == TOKEN
            pg.reload()  # the cookie serves the page again; the session keeps the token for the API
            pg.wait_for_selector("#doc-count:text-is('0 documents')")
            assert pg.locator("#token-banner").is_hidden()
        finally:
            context.close()
