"""Hostile input through ``pipeline.ingest``: each file is ingested correctly or rejected with one line.

Big inputs are generated in ``tmp_path`` at test time. Peak memory is measured in a subprocess (its own
high-water mark, ``VmHWM``, where Linux has it; ``ru_maxrss`` elsewhere), once before and once after the
ingest, so a reader that loads a file whole before checking its size shows up as growth even when the
total stays far below the 1 GB ceiling.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tidings import pipeline
from tidings.read import DEFAULT_MAX_BYTES, HTML_MAX_ELEMENTS, MAX_LISTED_REJECTIONS
from tidings.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
MB = 1_000_000
CEILING_MB = 1024
# A file over the limit must not be read whole: the process may grow by this much at most while ingesting it.
GROWTH_MB = 30  # reading up to the 10 MiB limit costs about 13 MB

# Text written for these tests, modelled on regional news.
STORY = (
    "The harbour authority said on Tuesday that 1,200 containers were still waiting to be unloaded after "
    "the strike, down from 3,400 last week. Dock workers returned to work on Monday."
)
CAFE = (
    "Le café du port a rouvert lundi. "
    "The café on the quay reopened on Monday after the storm, its owner said."
)
NEWS_HTML = (
    "<html><head>{meta}<title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>{title}</h1><p>{p1}</p><p>{p2}</p></article><footer>Contact us</footer></body></html>"
)
P1 = (
    "The café on the quay reopened on Monday after the storm flooded its kitchen, "
    "its owner said in a statement."
)
P2 = "The council paid 2,000 euros toward the repairs, and the mayor attended the reopening in the afternoon."


def _page(meta: str = "", title: str = "Quay café reopens") -> str:
    return NEWS_HTML.format(meta=meta, title=title, p1=P1, p2=P2)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _write_repeated(path: Path, unit: bytes, size: int, *, head: bytes = b"", tail: bytes = b"") -> Path:
    """``size`` bytes of ``unit`` repeated, written in chunks so the test itself stays small in memory."""
    chunk = unit * max(1, (1 << 20) // len(unit))
    left = size - len(head) - len(tail)
    with path.open("wb") as f:
        f.write(head)
        while left > 0:
            piece = chunk[:left]
            f.write(piece)
            left -= len(piece)
        f.write(tail)
    return path


# --- small hostile files, in process ------------------------------------------------------------------

# (file name, bytes, None when it must be ingested or the start of the rejection reason)
SMALL_FILES: list[tuple[str, bytes, str | None]] = [
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    ("random.html", random.Random(7).randbytes(20_000), "binary file"),
    ("nul.md", b"# Title\n\nText with a \x00 NUL byte in it.\n", "binary file"),
    ("latin1.txt", CAFE.encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 6)"),
    ("latin1-declared.html", _page('<meta charset="iso-8859-1">').encode("latin-1"), None),
    (
        "cp1252-declared.html",
        _page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "Café €")
        .replace("2,000 euros", "€2,000")
        .encode("cp1252"),
        None,
    ),
    ("utf16-bom.txt", codecs.BOM_UTF16_LE + CAFE.encode("utf-16-le"), None),
    ("utf16-be-bom.md", codecs.BOM_UTF16_BE + f"# Quay\n\n{CAFE}".encode("utf-16-be"), None),
    ("utf16-no-bom.txt", CAFE.encode("utf-16-le"), "binary file, or UTF-16 without a byte-order mark"),
    ("utf8-bom.txt", codecs.BOM_UTF8 + CAFE.encode(), None),
    ("broken-utf8.txt", CAFE.encode()[:7] + b" cut in the middle: \xc3", "not valid UTF-8 (byte 0xc3"),
    (
        "mixed.txt",
        CAFE.encode() + b"\n" + CAFE.encode("latin-1"),
        "not valid UTF-8 (byte 0xe9 at offset 114)",
    ),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"caf\xe9", "not valid UTF-8 despite its byte-order mark"),
    (
        "declared-but-broken.html",
        _page('<meta charset="shift_jis">').encode() + b"\x81\x20",
        "not valid UTF-8",
    ),
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\t\r\n", "empty file"),
    (
        "nested.html",
        b"<html><body>"
        + b"<div>" * 10_000
        + f"<p>{P1}</p>".encode()
        + b"</div>" * 10_000
        + b"</body></html>",
        "HTML nested too deeply",
    ),
    ("scripts-only.html", b"<html><body><script>var a = 1 < 2;</script></body></html>", "no main text"),
    ("not-html.html", b"just some words, no tags at all, on one line\n", "not an HTML page"),
    ("story.txt", STORY.encode(), None),
    ("long-line.txt", (STORY.replace("\n", " ") + " ").encode() * 2_000, None),
    ("crlf.txt", STORY.replace(". ", ".\r\n").encode(), None),
    ("control-chars.txt", ("\x1b[1mBold\x1b[0m " + STORY).encode(), None),
]


def _lines(*items: object) -> bytes:
    return b"".join(
        (item if isinstance(item, bytes) else json.dumps(item).encode()) + b"\n" for item in items
    )


# One JSON-lines file; (line, None when its document is ingested or the start of the rejection reason).
JSONL_LINES: list[tuple[object, str | None]] = [
    ({"id": "ok-1", "text": STORY, "extra": {"nested": [1, 2]}, "tags": ["port"]}, None),
    ({"id": 17, "text": STORY + " Extra fields are ignored."}, None),
    ({"text": STORY + " An empty date is no date.", "date": ""}, None),
    ({"text": STORY + " An ISO timestamp.", "date": "2021-01-15T10:00:00Z"}, None),
    ({"text": "Lone surrogate \ud800 read as U+FFFD. " + STORY}, None),
    ({"text": "A NUL \x00 inside a JSON string. " + STORY}, None),
    ({"text": STORY, "date": "0000-00-00"}, "field 'date': '0000-00-00' has year 0"),
    ({"text": STORY, "date": "2099-13-45"}, "field 'date': '2099-13-45' is not a valid date"),
    ({"text": STORY, "date": "2021-02-30"}, "field 'date': '2021-02-30' is not a valid date"),
    ({"text": STORY, "date": "12/01/2021"}, "field 'date': '12/01/2021' is not a valid date"),
    ({"text": STORY, "date": 1609459200}, "field 'date': 1609459200 is a number, not a date"),
    ({"text": STORY, "date": 1609459200.5}, "field 'date' must be a date string"),
    ({"text": STORY, "date": -5}, "field 'date': -5 is a number, not a date"),
    ({"text": STORY, "date": True}, "field 'date' must be a date string"),
    ({"text": STORY, "date": {"y": 2021}}, "field 'date' must be a date string"),
    (b'{"text": "x", "date": NaN}', "field 'date' must be a date string"),
    ({"text": ""}, "field 'text' is empty"),
    ({"text": " \n "}, "field 'text' is empty"),
    ({"text": 42}, "field 'text' must be a string, not a number"),
    ({"text": ["a", "b"]}, "field 'text' must be a string, not a list"),
    ({"text": None}, "field 'text' must be a string, not null"),
    ({}, "field 'text' is missing"),
    ({"title": "Only a title"}, "field 'text' is missing"),
    ({"text": STORY, "url": 5}, "field 'url' must be a string"),
    ({"text": STORY, "id": True}, "field 'id' must be a string or a number"),
    ({"html": 5}, "field 'html' must be a string"),
    ({"html": "   "}, "field 'html' is empty"),
    ([1, 2], "a document must be a JSON object, not a list"),
    (None, "a document must be a JSON object, not null"),
    (12, "a document must be a JSON object, not a number"),
    (b'{"text": "unterminated', "invalid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "invalid JSON (nested too deeply)"),
    ({"text": STORY + " Deep metadata.", "meta": json.loads("[" * 500 + "]" * 500)}, None),
    (b'{"text": "caf\xe9"}', "not valid UTF-8"),
    ({"question": "Q?", "documents": "not a list"}, "field 'documents' must be a list"),
]


def _expected_jsonl() -> tuple[bytes, int, int]:
    data = _lines(*(line for line, _ in JSONL_LINES))
    ingested = sum(1 for _, reason in JSONL_LINES if reason is None)
    return data, ingested, len(JSONL_LINES) - ingested


def _dump_documents(store: Store) -> dict[str, str]:
    return {a.doc.id: a.doc.raw for a in store.documents()}


@pytest.fixture
def seeded_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store.db")
    summary = pipeline.ingest([EXAMPLES], store)
    assert summary.added > 0 and not summary.rejected
    return store


def test_small_hostile_files_are_ingested_or_rejected_in_one_line(
    tmp_path: Path, seeded_store: Store
) -> None:
    before = _dump_documents(seeded_store)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data, _ in SMALL_FILES:
        _write(folder / name, data)
    summary = pipeline.ingest([folder], seeded_store)

    expected_rejections = {str(folder / name): reason for name, _, reason in SMALL_FILES if reason}
    got = {r.source: r.reason for r in summary.rejected}
    assert sorted(got) == sorted(expected_rejections)
    for source, reason in got.items():
        assert reason.startswith(expected_rejections[source]), (source, reason)
        assert "\n" not in reason and len(reason) < 300
    # The UTF-8 and the UTF-16 copy of CAFE decode to one text: one document, stored once.
    assert (summary.added, summary.unchanged) == (
        sum(1 for *_, reason in SMALL_FILES if reason is None) - 1,
        1,
    )
    after = _dump_documents(seeded_store)
    assert before.items() <= after.items(), "a document stored before the hostile ingest changed or vanished"
    assert seeded_store.integrity_check() == []
    stored = {r.source: r.reason for r in seeded_store.rejections()}
    assert stored == got


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("latin1-declared.html", "The café on the quay reopened"),
        ("cp1252-declared.html", "The council paid €2,000"),
        ("utf16-bom.txt", "Le café du port"),
        ("utf16-be-bom.md", "Le café du port"),
        ("utf8-bom.txt", "Le café du port"),
        ("long-line.txt", "Dock workers returned to work on Monday. The harbour"),
    ],
)
def test_declared_and_marked_encodings_are_decoded(tmp_path: Path, name: str, text: str) -> None:
    data = next(d for n, d, _ in SMALL_FILES if n == name)
    store = Store(":memory:")
    summary = pipeline.ingest([_write(tmp_path / name, data)], store)
    assert (summary.added, summary.rejected) == (1, ())
    [item] = list(store.documents())
    assert text in item.doc.text
    assert "\ufffd" not in item.doc.text


def test_hostile_json_lines_each_counted(tmp_path: Path, seeded_store: Store) -> None:
    before = _dump_documents(seeded_store)
    data, ingested, rejected = _expected_jsonl()
    path = _write(tmp_path / "hostile.jsonl", data)
    summary = pipeline.ingest([path], seeded_store)
    assert (summary.added, len(summary.rejected)) == (ingested, rejected)
    reasons = {int(r.source.rsplit(":", 1)[1]): r.reason for r in summary.rejected}
    for number, (_line, expected) in enumerate(JSONL_LINES, start=1):
        if expected is None:
            assert number not in reasons, (number, reasons.get(number))
        else:
            assert reasons[number].startswith(expected), (number, reasons[number])
            assert "\n" not in reasons[number]
    assert before.items() <= _dump_documents(seeded_store).items()
    assert seeded_store.integrity_check() == []


def test_hostile_json_documents_round_trip(tmp_path: Path) -> None:
    path = _write(tmp_path / "odd.jsonl", _lines(*(line for line, reason in JSONL_LINES if reason is None)))
    store = Store(tmp_path / "odd.db")
    pipeline.ingest([path], store)
    store.close()
    with Store(tmp_path / "odd.db", readonly=True) as again:
        items = list(again.documents())
    expected = [line["text"] for line, reason in JSONL_LINES if reason is None and isinstance(line, dict)]
    assert [a.doc.raw for a in items] == [t.replace("\ud800", "\ufffd") for t in expected]
    assert [a.doc.given_date for a in items if a.doc.given_date] == ["2021-01-15"]
    assert [a.doc.external_id for a in items if a.doc.external_id] == ["ok-1", "17"]


def test_rejections_seen_again_are_counted_not_duplicated(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.txt", b"\xe9t\xe9 not text")
    store = Store(":memory:")
    first = pipeline.ingest([path], store)
    second = pipeline.ingest([path], store)
    assert len(first.rejected) == len(second.rejected) == 1
    assert store.rejection_counts() == [(first.rejected[0], 2)]


# --- big hostile files, each in a fresh interpreter for its peak memory --------------------------------

_MEASURE = """
import json, resource, sys
from tidings import pipeline
from tidings.store import Store

def peak_mb():
    # VmHWM is this program's own peak: ru_maxrss survives exec on Linux, so a child started by a big
    # pytest process reports the parent's size from its first instruction.
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

store = Store(sys.argv[1])
before = peak_mb()
summary = pipeline.ingest(sys.argv[2:], store)
print(json.dumps({
    "before": before,
    "after": peak_mb(),
    "added": summary.added,
    "rejected": [[r.source, r.reason] for r in summary.rejected],
    "problems": store.integrity_check(),
    "count": store.count(),
}))
"""


def _ingest_in_subprocess(db: Path, *paths: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(db), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


def _text_200mb(tmp: Path) -> Path:
    return _write_repeated(tmp / "huge.txt", (STORY + "\n").encode(), 200 * MB)


def _one_line_50mb_txt(tmp: Path) -> Path:
    return _write_repeated(tmp / "one-line.txt", (STORY + " ").encode(), 50 * MB)


def _one_line_50mb_jsonl(tmp: Path) -> Path:
    path = _write_repeated(
        tmp / "one-line.jsonl", b"spam ", 50 * MB, head=b'{"text": "', tail=b'"}\n' + _lines({"text": STORY})
    )
    return path


def _spam_html_30mb(tmp: Path) -> Path:
    return _write_repeated(
        tmp / "spam.html", b"<div><p>spam</p></div>", 30 * MB, head=b"<html><body>", tail=b"</body></html>"
    )


def _spam_html_under_byte_limit(tmp: Path) -> Path:
    size = DEFAULT_MAX_BYTES - 1000
    assert size // len(b"<div><p>spam</p></div>") * 2 > HTML_MAX_ELEMENTS
    return _write_repeated(
        tmp / "spam-small.html", b"<div><p>spam</p></div>", size, head=b"<html><body>", tail=b"</body></html>"
    )


def _gzip_bomb(tmp: Path) -> Path:
    path = tmp / "bomb.jsonl.gz"
    block = b"A" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b'{"text": "')
        for _ in range(300):  # 300 MB of one line, about 300 KB on disk
            f.write(block)
        f.write(b'"}\n')
        f.write(_lines({"text": STORY}))
    return path


_JUNK_LINES = (MB - len(_lines({"text": STORY}))) // 2


def _many_bad_lines(tmp: Path) -> Path:
    return _write_repeated(tmp / "junk.jsonl", b"x\n", 1 * MB, head=_lines({"text": STORY}))


BIG: list[tuple[str, Callable[[Path], Path], int, list[str]]] = [
    ("200 MB text file", _text_200mb, 0, ["file too large (200,000,000 bytes"]),
    ("one 50 MB line, text", _one_line_50mb_txt, 0, ["file too large (50,000,000 bytes"]),
    ("one 50 MB line, JSON lines", _one_line_50mb_jsonl, 1, ["line too large (over 10,485,760 bytes)"]),
    ("30 MB repetitive HTML", _spam_html_30mb, 0, ["file too large (30,000,000 bytes"]),
    ("repetitive HTML under the byte limit", _spam_html_under_byte_limit, 0, ["HTML page too complex"]),
    ("gzip bomb", _gzip_bomb, 1, ["line too large (over 10,485,760 bytes)"]),
    (
        "half a million invalid lines",
        _many_bad_lines,
        1,
        ["invalid JSON (Expecting value at column 1)"] * MAX_LISTED_REJECTIONS
        + [f"{_JUNK_LINES - MAX_LISTED_REJECTIONS:,} more lines or documents rejected"],
    ),
]


@pytest.mark.parametrize(("make", "added", "reasons"), [pytest.param(*b[1:], id=b[0]) for b in BIG])
def test_big_hostile_files_stay_in_bounded_memory(
    tmp_path: Path, make: Callable[[Path], Path], added: int, reasons: list[str]
) -> None:
    path = make(tmp_path)
    db = tmp_path / "big.db"
    with Store(db) as store:
        pipeline.ingest([EXAMPLES], store)
        before = store.count()
    result = _ingest_in_subprocess(db, path)
    assert result["after"] < CEILING_MB
    assert result["after"] - result["before"] < GROWTH_MB, result
    assert result["added"] == added
    assert len(result["rejected"]) == len(reasons)
    for (_source, reason), expected in zip(result["rejected"], reasons, strict=True):
        assert reason.startswith(expected), reason
    assert result["problems"] == []
    assert result["count"] == before + added


def test_long_document_under_the_limit_is_ingested_in_bounded_memory(tmp_path: Path) -> None:
    """A 1 MB one-line document is analysed like any other, and costs well under the ceiling."""
    path = _write_repeated(tmp_path / "long.txt", b"The tide rose. " * 7 + (STORY + " ").encode(), MB)
    result = _ingest_in_subprocess(tmp_path / "long.db", path)
    assert (result["added"], result["rejected"], result["problems"]) == (1, [], [])
    assert result["after"] < 400, result


def test_lone_surrogates_never_reach_an_answer(tmp_path: Path) -> None:
    """A JSON escape of half a surrogate pair must not make printing or serving an answer fail."""
    from click.testing import CliRunner

    from tidings import cli

    path = _write(
        tmp_path / "s.jsonl",
        b'{"id": "s1", "title": "Mine \\udc00", "text": "Officials said 2,500 workers \\ud800 were still '
        b'trapped in the Halden mine on Friday."}\n',
    )
    store = Store(":memory:")
    assert pipeline.ingest([path], store).added == 1
    [item] = list(store.documents())
    assert "\ufffd" in item.doc.text and "\ufffd" in (item.doc.title or "")
    answer = pipeline.ask(store, "How many workers are trapped in the Halden mine?")
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8")
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(
            cli.main, ["ask", "How many workers are trapped in the Halden mine?", str(path), *extra]
        )
        assert result.exit_code == 0, result.output
        assert "2,500" in result.output


# --- pathological lines: every stage stays linear -----------------------------------------------------

# (case, stage, text). A linear stage takes milliseconds on each; before the fixes the first case never
# finished (exponential backtracking) and the others took from 5 to 30 seconds. The test is a hang guard,
# not a speed measurement: every case must finish inside one subprocess's time limit.
PATHOLOGICAL: list[tuple[str, str, str]] = [
    ("credit-like line", "clean", "John Smith / " * 230 + " / AFP via Getty Images x"),
    ("slash-separated capitals", "clean", "Photo: " + "C / " * 8000),
    ("dot leader, tagger", "tag", "Contents " + "." * 32_000 + "x"),
    ("dotted word, tagger", "tag", "U.S." * 8000),
    ("dot leader, store sentences", "store_split", "Contents " + "." * 32_000 + "x"),
    ("dot leader, sentences", "split", "Contents " + "." * 8000 + "x"),
    ("dotted word, sentences", "split", "U.S." * 2000),
    ("dot leader, analysis", "analyze", "Council said on Friday. Contents " + "." * 8000 + "x"),
    ("figures in one long sentence, analysis", "analyze", "Station 1 A, 4 trucks, " * 1600),
]

_TIMER = """
import json, sys, time
from datetime import date
from tidings import pipeline, timex
from tidings.clean import clean
from tidings.read import make_document
from tidings.sentences import split
from tidings.store import split_sentences
stages = {
    "clean": clean,
    "tag": lambda t: timex.tag(t, date(2021, 1, 15)),
    "store_split": split_sentences,
    "split": split,
    "analyze": lambda t: pipeline.analyze(make_document(t, source="x.txt", format="text")),
}
for line in sys.stdin:
    case, stage, text = json.loads(line)
    began = time.perf_counter()
    stages[stage](text)
    print(json.dumps([case, time.perf_counter() - began]), flush=True)
"""


@pytest.fixture(scope="module")
def pathological_timings() -> dict[str, float]:
    """Seconds per case, from a subprocess: a regression to exponential time fails instead of hanging."""
    cases = "".join(json.dumps([c, s, t]) + "\n" for c, s, t in PATHOLOGICAL)
    try:
        out = subprocess.run(
            [sys.executable, "-c", _TIMER],
            input=cases,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        ).stdout
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    return {case: seconds for case, seconds in map(json.loads, out.splitlines())}


@pytest.mark.parametrize("case", [c for c, _, _ in PATHOLOGICAL])
def test_pathological_lines_finish(pathological_timings: dict[str, float], case: str) -> None:
    assert case in pathological_timings, "did not finish within the subprocess's 90 seconds"


def test_a_very_deep_folder_tree_is_walked(tmp_path: Path) -> None:
    """Folders nested deeper than Python's recursion limit (the walk once recursed per level).

    The tree is made and removed one level at a time: ``mkdir(parents=True)`` and ``shutil.rmtree``
    themselves recurse per level.
    """
    folder = tmp_path / "deep"
    folder.mkdir()
    levels = [folder]
    for _ in range(1100):
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    (levels[-1] / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "top.txt").write_text(STORY + " Top.", encoding="utf-8")
    try:
        store = Store(":memory:")
        summary = pipeline.ingest([folder], store)
        assert (summary.added, summary.rejected) == (2, ())
    finally:
        (levels[-1] / "story.txt").unlink()
        for level in reversed(levels[1:]):
            level.rmdir()
