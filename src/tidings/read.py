"""Read input files into :class:`Document` records, or say in one line why not.

Supported inputs: plain text (``.txt``), Markdown (``.md``, ``.markdown``), HTML (``.html``, ``.htm``) and
JSON lines (``.jsonl``, ``.jsonl.gz``; one document per line, or question cases whose ``documents`` are
read). Folders are walked recursively in sorted order. Everything streams: one file, and for JSON lines one
line, is in memory at a time, and :func:`read_paths` yields each document as soon as it is read.

Nothing that is read is lost: ``Document.raw`` is the input as given (decoded), ``body`` its main text
(trafilatura's output for HTML), ``text`` the body without scraping leftovers (see :mod:`tidings.clean`).
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

import htmldate
import trafilatura
from trafilatura.utils import load_html

from tidings.clean import clean
from tidings.model import Document, Rejection, content_id

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_LISTED_REJECTIONS",
    "SUPPORTED",
    "InputError",
    "make_document",
    "parse_given_date",
    "read_html",
    "read_paths",
]

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".jsonl.gz")
# Analysis costs about 10 s and 65 MB per megabyte of text dense with dates and figures (measured on two
# cores): 10 MiB keeps one document under two minutes and 1 GB. News articles are far smaller.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# htmldate rejects dates after its maximum, which defaults to today's date; a fixed bound keeps reading
# independent of the clock (the same page gives the same date on every run).
HTML_DATE_MAX = "2099-12-31"
# Stop reading a JSON-lines file whose first lines are all invalid: it is not JSON lines, and a
# rejection per line would bury every other message.
_MAX_LEADING_BAD_LINES = 20
# A file of millions of bad lines must not become millions of rejections, each held by the ingest summary
# and written to the store: 4 MB of "x" lines took 540 MB of memory, a minute and a 350 MB store.
MAX_LISTED_REJECTIONS = 100
_SNIFF_BYTES = 8192
# Extraction cost grows with the number of elements, and trafilatura's fallback extractor (jusText) is
# quadratic in the number of short paragraphs: 30 MB of "<div><p>spam</p></div>" ran for over ten minutes
# and took 4 GB. Pages above the first bound are read without the fallbacks (worst case then about 1 s),
# above the second they are refused (worst case below it about 6 s and 200 MB). Real news pages have a
# few thousand elements; a page with 20,000 menu links has about 80,000.
HTML_FALLBACK_MAX_ELEMENTS = 5_000
HTML_MAX_ELEMENTS = 100_000
# libxml2 stops building the tree 256 levels down and drops everything deeper.
_HTML_MAX_DEPTH = 255


class InputError(ValueError):
    """An input that cannot be read; the message is one line naming the field or file and the problem."""


# --- dates -------------------------------------------------------------------------------------------

# ASCII digits only: "\d" alone also takes Arabic-Indic and other digits, which int() reads but ISO
# dates downstream do not.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", re.ASCII
)
_DATE_FORMS = "(YYYY, YYYY-MM or YYYY-MM-DD)"


def _quote(value: str) -> str:
    """A value as an error message shows it: quoted, on one line and short."""
    shown = value if value.isprintable() else value.encode("unicode_escape").decode("ascii")
    if len(shown) > 40:
        shown = shown[:40] + "..."
    return f"'{shown}'"


def parse_given_date(value: object, field: str = "date") -> str | None:
    """A date stated in input metadata, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when absent.

    Accepts those three forms and ISO datetimes ("2021-01-15T10:00:00Z" gives "2021-01-15": the calendar
    date as written, with no time-zone conversion). A JSON integer from 1000 to 2999 is read as a year.
    Other numbers are refused rather than guessed at: an epoch timestamp's day depends on a time zone the
    input does not state. Years must lie in 1000-2999. Raises :class:`InputError` naming ``field``.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InputError(f"field '{field}' must be a date string {_DATE_FORMS}, not {_json_type(value)}")
    if isinstance(value, int):
        if 1000 <= value <= 2999:
            return str(value)
        shown = str(value) if -(10**20) < value < 10**20 else "a very large integer"
        raise InputError(
            f"field '{field}': {shown} is a number, not a date; write the date as a string"
            f" {_DATE_FORMS} (epoch timestamps are not accepted)"
        )
    text = value.strip()
    if not text:
        return None
    m = _DATETIME.fullmatch(text)
    candidate = m.group(1) if m else text
    m = _DATE.fullmatch(candidate)
    if m is None:
        raise InputError(f"field '{field}': {_quote(value)} is not a valid date {_DATE_FORMS}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if not 1000 <= year <= 2999:
        raise InputError(f"field '{field}': {_quote(value)} has year {year}, outside 1000-2999")
    try:
        date(year, int(month or 1), int(day or 1))
    except ValueError:
        raise InputError(f"field '{field}': {_quote(value)} is not a valid date {_DATE_FORMS}") from None
    return candidate


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# --- documents ---------------------------------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value: str) -> str:
    # Printing, serving or encoding a lone surrogate fails ("surrogates not allowed"): `tidings ask` ended
    # in a traceback on a JSON line with "\ud800" in its text.
    if value.isascii():
        return value
    return _SURROGATE.sub("\ufffd", value)


def make_document(
    raw: str,
    *,
    source: str,
    format: str,
    body: str | None = None,
    external_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    given_date: str | None = None,
    html_date: str | None = None,
) -> Document:
    """A document from its raw input: content-hash id, cleaned text and the segments mapping it to ``body``.

    ``body`` defaults to ``raw``. A header line such as " date 2020-01-06" stays in the text: the dating
    stage reads it. ``given_date`` is normalised with :func:`parse_given_date` (an invalid one raises
    :class:`InputError`). A lone surrogate (what a JSON escape such as "\\ud800" decodes to; it is not a
    character and cannot be written as UTF-8) becomes U+FFFD, one for one, so offsets are unchanged.
    """
    raw = _no_surrogates(raw)
    body = raw if body is None else _no_surrogates(body)
    text, segments = clean(body)
    return Document(
        id=content_id(raw),
        text=text,
        raw=raw,
        body=body,
        source=source,
        format=format,
        external_id=_no_surrogates(external_id) if external_id else external_id,
        url=_no_surrogates(url) if url else None,
        title=_no_surrogates(title) if title else None,
        given_date=parse_given_date(given_date, "date"),
        html_date=html_date,
        segments=segments,
    )


# --- HTML --------------------------------------------------------------------------------------------


def _meta(tree: Any, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        text = " ".join(str(value).split())
        if text:
            return text
    return None


def _html_url(tree: Any) -> str | None:
    for xpath in (
        '//link[translate(@rel, "CANONICAL", "canonical")="canonical"]/@href',
        '//meta[@property="og:url" or @name="og:url"]/@content',
    ):
        url = _meta(tree, xpath)
        if url and url.startswith(("http://", "https://")):
            return url
    return None


def _html_title(tree: Any) -> str | None:
    title = _meta(tree, '//meta[@property="og:title" or @name="og:title" or @name="twitter:title"]/@content')
    if title:
        return title
    h1 = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1 = [h for h in h1 if h]
    if len(h1) == 1:
        return h1[0]
    return _meta(tree, "//head/title/text()")


_START_TAG = re.compile(r"<[A-Za-z]")


def _count_elements(raw: str, stop: int) -> int:
    """Start tags in ``raw``, counting no further than ``stop``."""
    if raw.count("<") < stop:  # an upper bound, and the cheapest one: one pass in C
        return sum(1 for _ in _START_TAG.finditer(raw))
    n = 0
    for _ in _START_TAG.finditer(raw):
        n += 1
        if n >= stop:
            break
    return n


def _too_deep(tree: Any) -> bool:
    try:
        return bool(tree.xpath(f"boolean(//*[count(ancestor::*) >= {_HTML_MAX_DEPTH - 1}])"))
    except Exception:  # only refines an error message
        return False


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def read_html(
    raw: str,
    *,
    source: str,
    url: str | None = None,
    external_id: str | None = None,
    title: str | None = None,
    given_date: str | None = None,
    format: str = "html",
    fast: bool = False,
) -> Document:
    """A document from an HTML page: trafilatura's main text as body, htmldate's date as ``html_date``.

    ``url`` and ``title`` default to the page's canonical (or og:url) link and its og:title, single
    ``<h1>`` or ``<title>``. ``fast`` skips trafilatura's fallback extractors (about 40% faster, a little
    less robust on unusual layouts); it is forced on pages of more than ``HTML_FALLBACK_MAX_ELEMENTS``
    elements. Raises :class:`InputError` when the page has no main text or more than
    ``HTML_MAX_ELEMENTS`` elements.
    """
    elements = _count_elements(raw, HTML_MAX_ELEMENTS + 1)
    if elements > HTML_MAX_ELEMENTS:
        raise InputError(
            f"HTML page too complex (over {HTML_MAX_ELEMENTS:,} elements); save its text as .txt instead"
        )
    fast = fast or elements > HTML_FALLBACK_MAX_ELEMENTS
    try:
        tree = load_html(raw)
        if tree is None:
            raise InputError("not an HTML page (no element could be parsed)")
        page_url = url or _html_url(tree)
        page_title = title or _html_title(tree)
        # Both libraries parse the string themselves; handing them our tree would let their cleaning
        # mutate it, and parsing is a small share of their time (about 5%).
        html_date = htmldate.find_date(
            raw,
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
            max_date=HTML_DATE_MAX,
        )
        body = trafilatura.extract(
            raw,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            with_metadata=False,
            deduplicate=False,
            fast=fast,
        )
    except InputError:
        raise
    except Exception as exc:  # a crash on one odd page must not end a whole ingest
        raise InputError(f"HTML extraction failed ({type(exc).__name__}: {_one_line(exc)})") from exc
    if not body or not body.strip():
        if _too_deep(tree):
            raise InputError(
                f"HTML nested too deeply (over {_HTML_MAX_DEPTH} levels): no main text could be read"
            )
        raise InputError("no main text found in HTML")
    return make_document(
        raw,
        source=source,
        format=format,
        body=body,
        external_id=external_id,
        url=page_url,
        title=page_title,
        given_date=given_date,
        html_date=html_date if isinstance(html_date, str) else None,
    )


# --- bytes -------------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that text does not contain (tab, newlines, form feed and escape are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes, or more than 5% control bytes, in the first few kilobytes."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sample.translate(_CONTROL_TABLE).count(0)
    return controls > 0.05 * len(sample)


def _utf16_without_bom(sample: bytes) -> bool:
    """Mostly ASCII text in UTF-16 has a NUL in every other byte, and only there."""
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    return half >= 4 and (
        (even.count(0) >= 0.9 * half and b"\x00" not in odd)
        or (odd.count(0) >= 0.9 * half and b"\x00" not in even)
    )


# An encoding an HTML page declares in its first bytes: <meta charset="..."> or the http-equiv form.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)
# As browsers do (WHATWG Encoding), these labels mean Windows-1252, a superset of Latin-1.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"})


def _declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset an HTML page declares, if it is one we can decode with.

    UTF-16 and UTF-32 are left out: a page in them cannot declare itself in ASCII bytes (and would have
    a byte-order mark, handled before this), so such a declaration is wrong.
    """
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if m is None:
        return None
    label = m.group(1).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")) or name in ("utf-8", "utf_8"):
        return None
    return name


def _decode(data: bytes, *, html: bool = False) -> str:
    """Bytes to text: UTF-8 with or without BOM, UTF-16/32 with BOM, and for HTML the charset the page
    declares when it is not UTF-8 (older pages often are Windows-1252); anything else is an InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.replace("-sig", "").upper()
                raise InputError(
                    f"not valid {name} despite its byte-order mark (at offset {exc.start});"
                    " re-save the file as UTF-8"
                ) from None
    sample = data[:_SNIFF_BYTES]
    if _looks_binary(sample):
        if _utf16_without_bom(sample):
            raise InputError("binary file, or UTF-16 without a byte-order mark; re-save the file as UTF-8")
        raise InputError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        charset = _declared_charset(data) if html else None
        if charset is not None:
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                if charset != "cp1252":
                    raise InputError(
                        f"not valid UTF-8, nor {charset} as the page declares; re-save the file as UTF-8"
                    ) from None
                # The five bytes Windows-1252 leaves undefined are C1 controls to browsers, as in Latin-1.
                return data.decode("latin-1")
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save the file as UTF-8"
        ) from None


# --- files -------------------------------------------------------------------------------------------


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _md_title(text: str) -> str | None:
    """The title of a Markdown text whose first non-blank line is a level-1 heading ("# Title")."""
    for line in text.splitlines():
        if line.strip():
            m = re.match(r"#\s+(.+?)\s*#*\s*$", line.lstrip("\ufeff"))
            return m.group(1) if m else None
    return None


def _read_text_file(path: Path, source: str, suffix: str, max_bytes: int, fast_html: bool) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
    with path.open("rb") as f:
        # The size checked above may be stale (a file still being written): never read past the limit.
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"file too large (over {max_bytes:,} bytes; the limit is {max_bytes:,})")
    is_html = suffix in (".html", ".htm")
    text = _decode(data, html=is_html)
    del data
    if not text.strip():
        raise InputError("empty file")
    if is_html:
        return read_html(text, source=source, fast=fast_html)
    if suffix in (".md", ".markdown"):
        return make_document(text, source=source, format="markdown", title=_md_title(text))
    return make_document(text, source=source, format="text")


def _open_lines(path: Path, suffix: str) -> IO[bytes]:
    if suffix == ".jsonl.gz":
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]  # a GzipFile is a binary IO
    return path.open("rb")


def _read_line(f: IO[bytes], max_bytes: int) -> tuple[bytes, bool]:
    """The next line (at most ``max_bytes``) and whether it was longer; the rest of a long line is skipped."""
    line = f.readline(max_bytes + 1)
    if len(line) <= max_bytes or line.endswith(b"\n"):
        return line, False
    while True:
        chunk = f.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return line[:max_bytes], True


def _str_field(obj: dict[str, Any], key: str, *, allow_int: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value or None
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    kind = "a string or a number" if allow_int else "a string"
    raise InputError(f"field '{key}' must be {kind}, not {_json_type(value)}")


def _json_document(
    obj: object, source: str, external_id: str | None = None, *, fast_html: bool = False
) -> Document:
    """One document object of a JSON line: ``text`` (or ``html``) with optional id, url, title, date."""
    if not isinstance(obj, dict):
        raise InputError(f"a document must be a JSON object, not {_json_type(obj)}")
    ext = _str_field(obj, "id", allow_int=True) or external_id
    url = _str_field(obj, "url")
    title = _str_field(obj, "title")
    given = parse_given_date(obj.get("date"), "date")
    text = obj.get("text")
    if text is None and obj.get("html") is not None:
        html = obj["html"]
        if not isinstance(html, str):
            raise InputError(f"field 'html' must be a string, not {_json_type(html)}")
        if not html.strip():
            raise InputError("field 'html' is empty")
        return read_html(
            html, source=source, url=url, external_id=ext, title=title, given_date=given, fast=fast_html
        )
    if "text" not in obj:
        raise InputError("field 'text' is missing (or give 'html')")
    if not isinstance(text, str):
        raise InputError(f"field 'text' must be a string, not {_json_type(text)}")
    if not text.strip():
        raise InputError("field 'text' is empty")
    return make_document(
        text, source=source, format="jsonl", external_id=ext, url=url, title=title, given_date=given
    )


def _json_line_items(obj: object, source: str, fast_html: bool) -> Iterator[Document | Rejection]:
    """The documents of one parsed JSON line: itself, or each document of a question case."""
    if isinstance(obj, dict) and "question" in obj and "documents" in obj:
        docs = obj["documents"]
        if not isinstance(docs, list):
            yield Rejection(source, f"field 'documents' must be a list, not {_json_type(docs)}")
            return
        for i, doc in enumerate(docs):
            raw_id = doc.get("id") if isinstance(doc, dict) else None
            doc_id = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else str(i)
            doc_source = f"{source}#{doc_id}"
            yield _json_item(doc, doc_source, doc_id, fast_html)
        return
    yield _json_item(obj, source, None, fast_html)


def _json_item(obj: object, source: str, external_id: str | None, fast_html: bool) -> Document | Rejection:
    try:
        return _json_document(obj, source, external_id, fast_html=fast_html)
    except InputError as exc:
        return Rejection(source, str(exc))
    except Exception as exc:  # a bug on one odd line must not end a whole ingest
        return Rejection(source, _internal_error(exc))


def _read_jsonl(
    path: Path, source: str, suffix: str, max_bytes: int, fast_html: bool
) -> Iterator[Document | Rejection]:
    """Each line of a JSON-lines file in turn; a bad line is a rejection naming its number.

    After ``MAX_LISTED_REJECTIONS`` rejected lines (or documents) in one file the rest are counted, and
    one last rejection for the file says how many there were and where they began.
    """
    listed = unlisted = 0
    first_unlisted = ""
    for item in _jsonl_items(path, source, suffix, max_bytes, fast_html):
        if isinstance(item, Rejection) and item.source != source:
            if listed >= MAX_LISTED_REJECTIONS:
                if not unlisted:
                    first_unlisted = item.source[len(source) + 1 :]
                unlisted += 1
                continue
            listed += 1
        yield item
    if unlisted:
        yield Rejection(
            source,
            f"{unlisted:,} more lines or documents rejected, not listed one by one (the first at line "
            f"{first_unlisted}); only the first {MAX_LISTED_REJECTIONS} are listed",
        )


def _jsonl_items(
    path: Path, source: str, suffix: str, max_bytes: int, fast_html: bool
) -> Iterator[Document | Rejection]:
    try:
        with _open_lines(path, suffix) as f:
            sample = f.read(_SNIFF_BYTES)
            if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield Rejection(source, "JSON lines must be UTF-8 (this file is UTF-16); re-save it as UTF-8")
                return
            if _looks_binary(sample.removeprefix(codecs.BOM_UTF8)):
                yield Rejection(source, "binary file")
                return
            f.seek(0)
            seen_content = read_any = False
            bad_run = 0
            number = 0
            while True:
                line, too_long = _read_line(f, max_bytes)
                if not line:
                    break
                number += 1
                where = f"{source}:{number}"
                if too_long:
                    yield Rejection(where, f"line too large (over {max_bytes:,} bytes)")
                    continue
                if number == 1:
                    line = line.removeprefix(codecs.BOM_UTF8)
                if not line.strip():
                    continue
                seen_content = True
                try:
                    obj = json.loads(line.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    reason = f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})"
                except json.JSONDecodeError as exc:
                    reason = f"invalid JSON ({exc.msg} at column {exc.colno})"
                except RecursionError:
                    # The decoder recurses once per level: "[[[[..." a thousand deep ended the whole read.
                    reason = "invalid JSON (nested too deeply)"
                except ValueError as exc:
                    # An integer of more than 4,300 digits (Python's guard against slow conversions).
                    reason = f"invalid JSON ({_one_line(exc)})"
                else:
                    bad_run = 0
                    for item in _json_line_items(obj, where, fast_html):
                        read_any = read_any or isinstance(item, Document)
                        yield item
                    continue
                yield Rejection(where, reason)
                bad_run += 1
                if not read_any and bad_run >= _MAX_LEADING_BAD_LINES:
                    yield Rejection(
                        source, f"stopped after {bad_run} invalid lines in a row: not a JSON-lines file?"
                    )
                    return
            if not seen_content:
                yield Rejection(source, "empty file")
    except (OSError, EOFError, zlib.error) as exc:
        # gzip raises BadGzipFile (an OSError) or EOFError for a damaged or truncated archive.
        what = "not a valid gzip file" if suffix == ".jsonl.gz" else "cannot read"
        yield Rejection(source, f"{what} ({exc})")


def _read_file(path: Path, max_bytes: int, fast_html: bool) -> Iterator[Document | Rejection]:
    source = str(path)
    suffix = _suffix(path)
    if suffix in (".jsonl", ".jsonl.gz"):
        yield from _read_jsonl(path, source, suffix, max_bytes, fast_html)
        return
    try:
        doc = _read_text_file(path, source, suffix, max_bytes, fast_html)
    except InputError as exc:
        yield Rejection(source, str(exc))
    except OSError as exc:
        yield Rejection(source, f"cannot read ({exc.strerror or exc})")
    except Exception as exc:  # a bug on one odd file must not end a whole ingest
        yield Rejection(source, _internal_error(exc))
    else:
        yield doc


def _internal_error(exc: Exception) -> str:
    return f"could not be read: {type(exc).__name__}: {_one_line(exc)} (a bug in tidings: please report it)"


def _walk(folder: Path) -> Iterator[Path | Rejection]:
    """Supported files under ``folder``, depth first in name order; hidden entries are skipped.

    An explicit stack rather than recursion: a tree a thousand folders deep ended the ingest with a
    RecursionError.
    """
    stack: list[Iterator[os.DirEntry[str]]] = []
    try:
        stack.append(iter(sorted(os.scandir(folder), key=lambda e: e.name)))
    except OSError as exc:
        yield Rejection(str(folder), f"cannot read folder ({exc.strerror or exc})")
        return
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            # Symbolic links to folders are not followed: they can loop.
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir:
            try:
                stack.append(iter(sorted(os.scandir(path), key=lambda e: e.name)))
            except OSError as exc:
                yield Rejection(str(path), f"cannot read folder ({exc.strerror or exc})")
        elif is_file and _suffix(path) in SUPPORTED:
            yield path


def read_paths(
    paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, fast_html: bool = False
) -> Iterator[Document | Rejection]:
    """Every document in ``paths`` (files and folders), or a :class:`Rejection` saying why not.

    Folders are read recursively in name order, skipping hidden files and folders and, silently, files of
    unsupported types; a file named explicitly with an unsupported type is rejected. ``max_bytes`` bounds a
    text, Markdown or HTML file and each line of a JSON-lines file (JSON-lines files themselves may be of
    any size: they are read one line at a time). ``fast_html`` is :func:`read_html`'s ``fast``.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, Rejection):
                    yield found
                else:
                    yield from _read_file(found, max_bytes, fast_html)
        elif path.is_file():
            suffix = _suffix(path)
            if suffix not in SUPPORTED:
                shown = suffix or "no extension"
                yield Rejection(
                    str(path), f"unsupported file type ({shown}); supported: {', '.join(SUPPORTED)}"
                )
            else:
                yield from _read_file(path, max_bytes, fast_html)
        elif path.exists():
            yield Rejection(str(path), "not a regular file or folder")
        else:
            yield Rejection(str(given), f"no such file or directory: {given}")
