"""Reading files, folders, HTML and JSON lines into documents, and rejecting what cannot be read."""

from __future__ import annotations

import codecs
import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tidings.model import Document, Rejection, content_id
from tidings.read import (
    SUPPORTED,
    InputError,
    make_document,
    parse_given_date,
    read_html,
    read_paths,
)

# A news page as sites serve it: navigation, a browser banner, share buttons, a captioned photo, a
# newsletter box, a "Most read" rail and a footer around four paragraphs of story.
NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbor bridge reopens after repairs | The Coastal Ledger</title>
<link rel="canonical" href="https://ledger.example.com/news/2022/03/14/harbor-bridge-reopens">
<meta property="og:url" content="https://ledger.example.com/news/harbor-bridge-reopens">
<meta property="og:title" content="Harbor bridge reopens after repairs">
<meta property="article:published_time" content="2022-03-14T08:30:00Z">
</head>
<body>
<header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="banner">IE 11 is not supported. For an optimal experience visit our site on another browser.</div>
</header>
<main>
<article>
<h1>Harbor bridge reopens after repairs</h1>
<div class="byline">By Mara Lind, Staff Writer</div>
<time datetime="2022-03-14">March 14, 2022</time>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<p>The Harbor Street bridge reopened to traffic on Monday after eight months of repairs that cost the city
about $14 million, officials said.</p>
<p>Crews replaced the deck and two of the four support cables, according to the public works department,
which had closed the bridge in July after inspectors found corrosion.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>Cars cross the bridge on Monday. Jo Aster/AFP/Getty Images
</figcaption></figure>
<p>"We are glad to give the bridge back to the people who use it every day," Mayor Tom Ferris said at a
ribbon-cutting ceremony.</p>
<div class="newsletter">Sign up for our Morning Briefing newsletter to get the news in your inbox.</div>
<p>About 22,000 vehicles crossed the bridge daily before it closed. Detours had added up to 20 minutes to
commutes during rush hour.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">School board approves budget</a></li>
<li><a href="/b">Storm knocks out power to thousands</a></li></ul></aside>
</main>
<footer><p>Copyright © 2022 The Coastal Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a>
</footer>
</body></html>
"""

EMPTY_PAGE = """<html><head><title>Loading</title></head><body><nav><a href="/">Home</a></nav>
<div id="app"></div><script>window.start()</script></body></html>"""


def _items(paths: list[Any], **kwargs: Any) -> list[Document | Rejection]:
    return list(read_paths(paths, **kwargs))


def _docs(items: list[Document | Rejection]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _rejections(items: list[Document | Rejection]) -> list[tuple[str, str]]:
    return [(i.source, i.reason) for i in items if isinstance(i, Rejection)]


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        ("2021", "2021"),
        ("2021-03", "2021-03"),
        ("2021-03-09", "2021-03-09"),
        (" 2021-03-09 ", "2021-03-09"),
        ("2021-01-15T10:00:00Z", "2021-01-15"),
        ("2021-01-15T23:30:00-05:00", "2021-01-15"),
        ("2021-01-15 10:00", "2021-01-15"),
        ("2021-01-15T10:00:00.123+0100", "2021-01-15"),
        ("1000", "1000"),
        ("2999-12-31", "2999-12-31"),
        (2021, "2021"),
    ],
)
def test_given_date_accepted(value: object, expected: str | None) -> None:
    assert parse_given_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2099-13-45", "field 'date': '2099-13-45' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2021-02-30", "field 'date': '2021-02-30' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("15/01/2021", "field 'date': '15/01/2021' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("January 2021", "field 'date': 'January 2021' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2021-1-5", "field 'date': '2021-1-5' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("0999", "field 'date': '0999' has year 999, outside 1000-2999"),
        ("3021-01-01", "field 'date': '3021-01-01' has year 3021, outside 1000-2999"),
        (1610668800, "field 'date': 1610668800 is a number, not a date"),
        (2021.5, "field 'date' must be a date string (YYYY, YYYY-MM or YYYY-MM-DD), not a number"),
        (True, "field 'date' must be a date string (YYYY, YYYY-MM or YYYY-MM-DD), not a boolean"),
        (["2021"], "field 'date' must be a date string (YYYY, YYYY-MM or YYYY-MM-DD), not a list"),
    ],
)
def test_given_date_rejected(value: object, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_given_date(value)
    assert str(info.value).startswith(message)


def test_given_date_error_names_the_field() -> None:
    with pytest.raises(InputError, match=r"^field 'documents\[2\]\.date': 'soon'"):
        parse_given_date("soon", "documents[2].date")


# --- make_document ---------------------------------------------------------------------------------


def test_make_document_hashes_raw_and_cleans_body() -> None:
    raw = (
        " date 2020-01-06 Troops will stay, the secretary said.\n\nAdvertisement\n\nThe letter was a draft.\n"
    )
    doc = make_document(raw, source="a.txt", format="text", given_date="2020-01-06T09:00:00Z")
    assert doc.id == content_id(raw)
    assert doc.raw == doc.body == raw
    assert doc.text == " date 2020-01-06 Troops will stay, the secretary said.\n\nThe letter was a draft.\n"
    assert doc.given_date == "2020-01-06"
    for seg in doc.segments:
        assert (
            doc.text[seg.text_start : seg.text_start + seg.length]
            == raw[seg.body_start : seg.body_start + seg.length]
        )


def test_make_document_keeps_raw_apart_from_body() -> None:
    doc = make_document("<p>Hi</p>", source="p.html", format="html", body="Hi there.", url="", title="")
    assert (doc.raw, doc.body, doc.text) == ("<p>Hi</p>", "Hi there.", "Hi there.")
    assert doc.id == content_id("<p>Hi</p>")
    assert doc.url is None and doc.title is None


def test_make_document_rejects_a_bad_date() -> None:
    with pytest.raises(InputError, match="not a valid date"):
        make_document("Text.", source="a.txt", format="text", given_date="2021-13")


# --- HTML ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fast", [False, True])
def test_html_page_gives_main_text_date_url_and_title(fast: bool) -> None:
    doc = read_html(NEWS_PAGE, source="page.html", fast=fast)
    assert doc.raw == NEWS_PAGE
    assert doc.id == content_id(NEWS_PAGE)
    assert doc.format == "html"
    assert doc.html_date == "2022-03-14"
    assert doc.url == "https://ledger.example.com/news/2022/03/14/harbor-bridge-reopens"
    assert doc.title == "Harbor bridge reopens after repairs"
    for sentence in (
        "The Harbor Street bridge reopened to traffic on Monday",
        "Crews replaced the deck and two of the four support cables",
        "Mayor Tom Ferris said",
        "About 22,000 vehicles crossed the bridge daily before it closed.",
    ):
        assert sentence in doc.text
    for leftover in ("IE 11", "Sign up", "Most read", "Copyright", "Facebook", "Home", "Privacy"):
        assert leftover not in doc.text


def test_html_arguments_override_the_page() -> None:
    doc = read_html(
        NEWS_PAGE,
        source="x",
        url="https://other.example/a",
        title="Given",
        given_date="2022-03",
        external_id="7",
    )
    assert (doc.url, doc.title, doc.given_date, doc.external_id) == (
        "https://other.example/a",
        "Given",
        "2022-03",
        "7",
    )


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("<html><head><title>Only title</title></head><body>{p}</body></html>", "Only title"),
        (
            "<html><head><title>Site | Story</title></head><body><h1>Headline here</h1>{p}</body></html>",
            "Headline here",
        ),
    ],
)
def test_html_title_fallbacks(page: str, title: str) -> None:
    para = (
        "<p>" + "The council met on Tuesday and agreed to repair the harbor bridge next spring. " * 3 + "</p>"
    )
    doc = read_html(page.format(p=para), source="x")
    assert doc.title == title
    assert doc.url is None


def test_html_with_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + NEWS_PAGE.split("\n", 1)[1]
    assert "bridge reopened" in read_html(page, source="x").text


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (EMPTY_PAGE, "no main text found in HTML"),
        ("", "not an HTML page (no element could be parsed)"),
    ],
)
def test_html_without_main_text_is_an_error(page: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        read_html(page, source="x")
    assert str(info.value) == reason


# --- files -----------------------------------------------------------------------------------------


def test_text_markdown_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2021-12 The troops remain.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Bridge reopens\n\nThe bridge reopened on Monday.\n", encoding="utf-8")
    (tmp_path / "c.markdown").write_text("Intro line.\n\n# Not a title\n", encoding="utf-8")
    (tmp_path / "d.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "e.htm").write_text(EMPTY_PAGE, encoding="utf-8")
    items = _items([tmp_path])
    docs = _docs(items)
    assert [(Path(d.source).name, d.format, d.title) for d in docs] == [
        ("a.txt", "text", None),
        ("b.md", "markdown", "Bridge reopens"),
        ("c.markdown", "markdown", None),
        ("d.html", "html", "Harbor bridge reopens after repairs"),
    ]
    assert docs[0].text == " date 2021-12 The troops remain.\n"
    assert docs[3].html_date == "2022-03-14"
    assert _rejections(items) == [(str(tmp_path / "e.htm"), "no main text found in HTML")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (codecs.BOM_UTF8 + b"\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 9)) * 50, "binary file"),
        (b"caf\xe9 au lait\n", "not valid UTF-8 (byte 0xe9 at offset 3); re-save the file as UTF-8"),
        (b"ok\n" * 10 + b"\xff", "not valid UTF-8 (byte 0xff at offset 30); re-save the file as UTF-8"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16 despite its byte-order mark"),
    ],
)
def test_unreadable_files_are_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    [(source, got)] = _rejections(_items([path]))
    assert source == str(path)
    assert got.startswith(reason)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF8 + "Café opens.\n".encode(), "Café opens.\n"),
        ("Café opens.\n".encode(), "Café opens.\n"),
        (codecs.BOM_UTF16_LE + "Café opens.\n".encode("utf-16-le"), "Café opens.\n"),
        (codecs.BOM_UTF16_BE + "Café opens.\n".encode("utf-16-be"), "Café opens.\n"),
        (b"Line one.\r\nLine two.\r\n", "Line one.\r\nLine two.\r\n"),
    ],
)
def test_encodings_are_decoded(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    [doc] = _docs(_items([path]))
    assert doc.raw == doc.text == text
    assert doc.id == content_id(text)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 400, encoding="utf-8")
    assert _rejections(_items([path], max_bytes=1000)) == [
        (str(path), "file too large (2,000 bytes; the limit is 1,000)")
    ]
    assert len(_docs(_items([path], max_bytes=2000))) == 1


def test_folders_are_walked_in_order_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for rel in [
        "b/z.txt",
        "b/a/y.md",
        "a.txt",
        "c/d/e/deep.txt",
        ".hidden/h.txt",
        "b/.h.txt",
        "notes.pdf",
        "x.csv",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Story from {rel}.\n", encoding="utf-8")
    items = _items([tmp_path])
    assert _rejections(items) == []
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in _docs(items)] == [
        "a.txt",
        "b/a/y.md",
        "b/z.txt",
        "c/d/e/deep.txt",
    ]


def test_named_files_missing_paths_and_unsupported_types(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("A story.\n", encoding="utf-8")
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    bare = tmp_path / "README"
    bare.write_text("Words.\n", encoding="utf-8")
    missing = tmp_path / "gone.txt"
    items = _items([str(missing), pdf, good, bare])
    assert _rejections(items) == [
        (str(missing), f"no such file or directory: {missing}"),
        (str(pdf), f"unsupported file type (.pdf); supported: {', '.join(SUPPORTED)}"),
        (str(bare), f"unsupported file type (no extension); supported: {', '.join(SUPPORTED)}"),
    ]
    assert [d.source for d in _docs(items)] == [str(good)]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions can stop")
def test_unreadable_folder_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    locked = tmp_path / "a_locked"
    locked.mkdir()
    (locked / "x.txt").write_text("Hidden away.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Readable.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        items = _items([tmp_path])
    finally:
        locked.chmod(0o755)
    assert _rejections(items)[0][0] == str(locked)
    assert _rejections(items)[0][1].startswith("cannot read folder")
    assert [d.text for d in _docs(items)] == ["Readable.\n"]


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Once.\n", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.text for d in _docs(_items([tmp_path]))] == ["Once.\n"]


def test_extensions_are_matched_case_insensitively(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text("Upper case name.\n", encoding="utf-8")
    assert [Path(d.source).name for d in _docs(_items([tmp_path]))] == ["A.TXT"]


def test_reading_streams_one_file_at_a_time(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First story.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second story.\n", encoding="utf-8")
    items = read_paths([tmp_path])
    first = next(items)
    assert isinstance(first, Document) and first.text == "First story.\n"
    # Nothing of b.txt has been read yet: changing it now changes what comes next.
    (tmp_path / "b.txt").write_text("Rewritten story.\n", encoding="utf-8")
    second = next(items)
    assert isinstance(second, Document) and second.text == "Rewritten story.\n"


# --- JSON lines ------------------------------------------------------------------------------------

GOOD_LINES = [
    {
        "text": "The bridge reopened on Monday.",
        "id": "d1",
        "url": "https://x.example/a",
        "title": "Bridge",
        "date": "2022-03-14",
    },
    {"text": "Tolls rise next month.", "id": 42, "date": "2022-03-14T08:00:00Z"},
    {"text": "Undated story."},
]

BAD_LINES = [
    ("{bad json", "invalid JSON (Expecting property name enclosed in double quotes at column 2)"),
    (
        '{"text": "a", "id": "x",}',
        "invalid JSON (Expecting property name enclosed in double quotes at column 25)",
    ),
    ('{"text": 5}', "field 'text' must be a string, not a number"),
    ('{"text": null}', "field 'text' must be a string, not null"),
    ('{"text": "   "}', "field 'text' is empty"),
    ('{"id": "a"}', "field 'text' is missing (or give 'html')"),
    (
        '{"text": "a", "date": "2099-13-45"}',
        "field 'date': '2099-13-45' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        '{"text": "a", "date": 1610668800}',
        "field 'date': 1610668800 is a number, not a date; write the date as a string"
        " (YYYY, YYYY-MM or YYYY-MM-DD) (epoch timestamps are not accepted)",
    ),
    ('{"text": "a", "url": 3}', "field 'url' must be a string, not a number"),
    ('{"text": "a", "title": ["t"]}', "field 'title' must be a string, not a list"),
    ('{"text": "a", "id": {"k": 1}}', "field 'id' must be a string or a number, not an object"),
    ('{"html": 5}', "field 'html' must be a string, not a number"),
    ('["text"]', "a document must be a JSON object, not a list"),
    ('"just a string"', "a document must be a JSON object, not str"),
]


def _write_jsonl(path: Path, lines: list[str], *, compress: bool = False) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)


@pytest.mark.parametrize("name", ["docs.jsonl", "docs.jsonl.gz"])
def test_jsonl_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_jsonl(
        path,
        [json.dumps(o) for o in GOOD_LINES[:2]] + ["", "   "] + [json.dumps(GOOD_LINES[2])],
        compress=name.endswith(".gz"),
    )
    items = _items([path])
    assert _rejections(items) == []
    docs = _docs(items)
    assert [(d.source, d.external_id, d.given_date, d.format) for d in docs] == [
        (f"{path}:1", "d1", "2022-03-14", "jsonl"),
        (f"{path}:2", "42", "2022-03-14", "jsonl"),
        (f"{path}:5", None, None, "jsonl"),
    ]
    assert (docs[0].url, docs[0].title, docs[0].raw) == (
        "https://x.example/a",
        "Bridge",
        "The bridge reopened on Monday.",
    )
    assert docs[0].id == content_id("The bridge reopened on Monday.")


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_jsonl_bad_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "docs.jsonl"
    _write_jsonl(path, [json.dumps(GOOD_LINES[2]), line, json.dumps(GOOD_LINES[0])])
    items = _items([path])
    assert _rejections(items) == [(f"{path}:2", reason)]
    assert [d.source for d in _docs(items)] == [f"{path}:1", f"{path}:3"]


def test_jsonl_html_field_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    _write_jsonl(
        path,
        [json.dumps({"html": NEWS_PAGE, "id": "p1", "date": "2022-03-15"}), json.dumps({"html": EMPTY_PAGE})],
    )
    items = _items([path])
    [doc] = _docs(items)
    assert (doc.format, doc.external_id, doc.given_date, doc.html_date) == (
        "html",
        "p1",
        "2022-03-15",
        "2022-03-14",
    )
    assert doc.raw == NEWS_PAGE and "bridge reopened" in doc.text
    assert _rejections(items) == [(f"{path}:2", "no main text found in HTML")]


def test_jsonl_question_cases_are_read_as_their_documents(tmp_path: Path) -> None:
    case = {
        "id": "case-1",
        "question": "How many troops?",
        "documents": [
            {"id": "000", "text": "About 2,500 troops remain.", "date": None, "url": None, "title": None},
            {"id": "001", "text": None},
            {"text": "No id here.", "date": "2021-12"},
        ],
    }
    path = tmp_path / "cases.jsonl"
    _write_jsonl(path, [json.dumps(case), json.dumps({"question": "q", "documents": "nope"})])
    items = _items([path])
    assert [(d.source, d.external_id, d.given_date) for d in _docs(items)] == [
        (f"{path}:1#000", "000", None),
        (f"{path}:1#2", "2", "2021-12"),
    ]
    assert _rejections(items) == [
        (f"{path}:1#001", "field 'text' must be a string, not null"),
        (f"{path}:2", "field 'documents' must be a list, not str"),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\n\n  \n", "empty file"),
        (b"\x00\x01\x02binary\x00" * 10, "binary file"),
        (codecs.BOM_UTF16_LE + '{"text": "a"}\n'.encode("utf-16-le"), "JSON lines must be UTF-8"),
    ],
)
def test_jsonl_whole_file_rejections(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(data)
    [(source, got)] = _rejections(_items([path]))
    assert source == str(path)
    assert got.startswith(reason)


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    assert _rejections(_items([path])) == [(f"{path}:2", "not valid UTF-8 (byte 0xe9 at column 14)")]


def test_jsonl_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + b'{"text": "With a BOM."}\n')
    [doc] = _docs(_items([path]))
    assert doc.text == "With a BOM."


def test_jsonl_that_is_not_json_stops_early(tmp_path: Path) -> None:
    path = tmp_path / "table.jsonl"
    path.write_text("id,text\n" + "".join(f"{i},row {i}\n" for i in range(100)), encoding="utf-8")
    rejections = _rejections(_items([path]))
    assert len(rejections) == 21
    assert rejections[-1] == (str(path), "stopped after 20 invalid lines in a row: not a JSON-lines file?")


def test_jsonl_long_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    _write_jsonl(path, [json.dumps({"text": "x" * 5000}), json.dumps({"text": "Short one."})])
    items = _items([path], max_bytes=1000)
    assert _rejections(items) == [(f"{path}:1", "line too large (over 1,000 bytes)")]
    assert [d.text for d in _docs(items)] == ["Short one."]


def test_damaged_gzip_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl.gz"
    path.write_bytes(b"this is not gzip at all")
    [(source, reason)] = _rejections(_items([path]))
    assert source == str(path)
    assert reason.startswith("not a valid gzip file")


def test_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    data = gzip.compress("".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(2000)).encode())
    path = tmp_path / "docs.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = _items([path])
    assert len(_docs(items)) > 0
    assert _rejections(items)[-1][1].startswith("not a valid gzip file")
