"""Property tests on arbitrary and news-shaped text: readers, cleaner, date parser, temporal tagger, dating.

No exception escapes, offsets map back into the input, and every date produced is a real calendar date in
the years 1000-2999. Hypothesis runs derandomized with a modest number of examples and no example database,
so CI sees the same inputs on every run; run with ``TIDINGS_FUZZ_EXAMPLES=5000`` for a longer hunt.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tidings import dating, pipeline, timex
from tidings.clean import clean, dropped_lines
from tidings.model import Document, Rejection
from tidings.read import InputError, make_document, parse_given_date, read_html, read_paths
from tidings.store import split_sentences

EXAMPLES = int(os.environ.get("TIDINGS_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
SMALL = settings(FUZZ, max_examples=max(20, EXAMPLES // 3))

# Words the rules of the cleaner, the tagger and the dating stage react to, so random text reaches them.
NEWS_WORDS = """
January Feb. March Apr Sept. December Monday Tue Friday Sunday today yesterday tomorrow tonight now
last next this past coming previous following ago later earlier since until by on in at of the a from to
week weeks month months year years decade century quarter half day days hour hours minute weekend
morning afternoon evening night spring summer fall autumn winter Christmas Easter Thanksgiving noon
midnight a.m. p.m. ET GMT early mid late end beginning first second third last fourth 1st 2nd 3rd 31st
said says will would announced reported denied Photo: AP Getty Images via / Reuters Related: Read more:
Share Facebook Twitter Advertisement Subscribe newsletter © 2021 -- , . ; : ( ) " ' — – 2,500 5,000
0 1 7 12 13 24 29 30 31 32 99 100 999 1000 1999 2000 2020 2021 2099 2999 3000 9999 0000 00 -00 1e9
1990s '90s 80s FY2021 Q1 Q4 H1 2021-01-15 15/01/2021 01/15/2021 2021/01/15 12:30 24:00 T10:00Z +05:00
several few couple dozens hundreds every each daily weekly annually twice per two three ten fifty
٢٠٢١ ２０２１ ¹² ½ Ⅻ ﬁ İ ß ǅ \u0130
""".split()

news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=6)),
    max_size=40,
).map(lambda words: " ".join(words))
any_text = st.one_of(st.text(max_size=300), news_text)
lines_text = st.lists(any_text, max_size=12).map("\n".join)
dcts = st.one_of(st.none(), st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
# Reference dates a decade inside the bounds; the bounds themselves have their own table below.
references = st.one_of(st.none(), st.dates(min_value=date(1010, 1, 1), max_value=date(2989, 12, 31)))

# A TIMEX3 value: what the calendar parts of it must satisfy.
_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})|Q(?P<q>\d)|H(?P<h>\d)|(?:SP|SU|FA|WI)))?"
)


def assert_valid_value(value: str) -> None:
    """Every year, month, day and week a value names exists, with the year in 1000-2999."""
    if not value or value[0] in "PX" or value.endswith("_REF"):
        return
    m = _VALUE.match(value)
    if m is None:
        # Decades ("199") and centuries ("20") have fewer digits: they must still lie in 1000-2999.
        head = re.match(r"\d+", value)
        assert head is not None, value
        digits = head.group()
        assert len(digits) in (2, 3), value
        assert 1000 <= int(digits.ljust(4, "0")) <= 2999, value
        return
    y = int(m.group("y"))
    assert 1000 <= y <= 2999, value
    if m.group("d"):
        date(y, int(m.group("m")), int(m.group("d")))  # raises on a day that does not exist
    elif m.group("m"):
        assert 1 <= int(m.group("m")) <= 12, value
    if m.group("w"):
        assert 1 <= int(m.group("w")) <= date(y, 12, 28).isocalendar()[1], value
    if m.group("q"):
        assert 1 <= int(m.group("q")) <= 4, value
    if m.group("h"):
        assert int(m.group("h")) in (1, 2), value


def assert_sane_date(d: date | None) -> None:
    assert d is None or 1000 <= d.year <= 2999, d


def assert_segments_rebuild(text: str, body: str, doc: Document | None = None) -> None:
    segments = doc.segments if doc is not None else clean(body)[1]
    assert "".join(body[s.body_start : s.body_start + s.length] for s in segments) == text
    pos = 0
    for s in segments:
        assert s.text_start == pos and s.length > 0
        assert text[s.text_start : s.text_start + s.length] == body[s.body_start : s.body_start + s.length]
        pos += s.length


# --- cleaner and documents ----------------------------------------------------------------------------


@FUZZ
@given(lines_text)
@example("Related:\nA headline about a port strike\n\nBody text.")
@example("\n\n\n")
@example("Photo / AFP via Getty Images\n")
def test_cleaner_segments_rebuild_the_text(body: str) -> None:
    text, _ = clean(body)
    assert_segments_rebuild(text, body)
    for drop in dropped_lines(body):
        assert 0 <= drop.start <= drop.end <= len(body)
        assert "\n" not in body[drop.start : drop.end]


@FUZZ
@given(lines_text)
def test_cleaning_keeps_kept_lines_byte_for_byte(body: str) -> None:
    text, _ = clean(body)
    kept = [line for line in text.split("\n") if line.strip()]
    lines = iter(body.split("\n"))
    for line in kept:
        assert any(line == other for other in lines), line  # in order, unchanged


@FUZZ
@given(lines_text, st.one_of(st.none(), st.text(max_size=12)))
def test_make_document_never_fails_on_text(raw: str, title: str | None) -> None:
    doc = make_document(raw, source="fuzz.txt", format="text", title=title)
    assert doc.raw == raw and doc.body == raw
    assert_segments_rebuild(doc.text, doc.body, doc)
    for offset in range(0, len(doc.text) + 1, max(1, len(doc.text) // 7)):
        assert 0 <= doc.body_offset(offset) <= len(doc.body)


# --- given dates --------------------------------------------------------------------------------------

date_like = st.one_of(
    st.text(alphabet="0123456789-T:Z+. /", max_size=25),
    st.builds(
        "{:04d}-{:02d}-{:02d}".format,
        st.integers(-1, 10_000),
        st.integers(-1, 99),
        st.integers(-1, 99),
    ),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
    st.text(max_size=20),
)


@FUZZ
@given(date_like)
@example("0000-00-00")
@example("2099-13-45")
@example(1609459200)
@example("")
@example("2021-02-29")
@example("2020-02-29T23:59:60Z")
def test_given_dates_are_valid_or_refused_in_one_line(value: object) -> None:
    try:
        got = parse_given_date(value)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    if got is None:
        assert value is None or (isinstance(value, str) and not value.strip())
        return
    parts = [int(p) for p in got.split("-")]
    assert 1000 <= parts[0] <= 2999
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


# --- readers ------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), news_text),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
doc_objects = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.one_of(news_text, json_values),
        "html": st.one_of(st.text(max_size=80), json_values),
        "date": st.one_of(date_like, json_values),
        "url": json_values,
        "title": json_values,
        "question": st.text(max_size=10),
        "documents": st.one_of(st.lists(json_values, max_size=3), json_values),
    },
)
jsonl_lines = st.one_of(
    doc_objects.map(json.dumps),
    json_values.map(json.dumps),
    st.binary(max_size=60).map(lambda b: b.decode("latin-1")),
    st.text(max_size=60),
)


@SMALL
@given(st.lists(st.one_of(jsonl_lines.map(str.encode), st.binary(max_size=40)), max_size=8))
def test_json_lines_reader_never_fails(tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "fuzz.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    items = list(read_paths([path]))
    for item in items:
        if isinstance(item, Rejection):
            assert item.reason and "\n" not in item.reason, item
            assert "a bug in tidings" not in item.reason, item
        else:
            assert isinstance(item, Document)
            assert_segments_rebuild(item.text, item.body, item)
            assert item.given_date is None or 1000 <= int(item.given_date[:4]) <= 2999


@SMALL
@given(st.one_of(st.text(max_size=200), news_text.map(lambda t: f"<html><body><p>{t}</p></body></html>")))
@example("<html><body>" + "<div>" * 300 + "x" + "</div>" * 300 + "</body></html>")
@example("<?xml version='1.0'?><html/>")
@example("<p>\x00</p>")
def test_html_reader_reads_or_refuses(raw: str) -> None:
    try:
        doc = read_html(raw, source="fuzz.html", fast=True)
    except InputError as exc:
        assert "\n" not in str(exc) and "a bug in tidings" not in str(exc)
        return
    assert doc.raw == raw
    assert_segments_rebuild(doc.text, doc.body, doc)


@SMALL
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_file_reader_never_fails_on_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_paths([path]):
        if isinstance(item, Rejection):
            assert item.reason and "\n" not in item.reason and "a bug in tidings" not in item.reason
        else:
            assert_segments_rebuild(item.text, item.body, item)


# --- temporal tagger ----------------------------------------------------------------------------------


@FUZZ
@given(any_text, dcts)
@example("on 0000-00-00 and 2099-13-45", None)
@example("9999999999 days ago", date(2021, 1, 15))
@example("in 3000 years", date(2999, 12, 31))
@example("last century", date(1000, 1, 1))
@example("next week", date(2999, 12, 31))
@example("the 1000s, the 2990s and the 3000s", None)
@example("Dec. 31, 2999 and the next day", date(2999, 12, 31))
def test_tagger_offsets_and_values(text: str, dct: date | None) -> None:
    found = timex.tag(text, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end, "overlapping or unsorted expressions"
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert_valid_value(t.value)


# --- sentences and dating -----------------------------------------------------------------------------


@FUZZ
@given(lines_text)
def test_sentences_lie_inside_the_text(text: str) -> None:
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end


@SMALL
@given(lines_text, st.one_of(st.none(), date_like), references)
def test_dating_gives_sane_intervals(text: str, given_date: object, reference: date | None) -> None:
    try:
        given = parse_given_date(given_date)
    except InputError:
        given = None
    doc = make_document(text or "x", source="fuzz.txt", format="text", given_date=given)
    estimate = dating.date_document(doc, reference=reference)
    assert_sane_date(estimate.earliest)
    assert_sane_date(estimate.latest)
    if estimate.earliest and estimate.latest:
        assert estimate.earliest <= estimate.latest
    for ev in estimate.evidence:
        assert_sane_date(ev.earliest)
        assert_sane_date(ev.latest)
        assert -1 <= ev.start <= ev.end <= len(doc.text) or ev.start == -1


@SMALL
@given(st.lists(lines_text, min_size=1, max_size=3), references)
def test_analysis_never_fails(texts: list[str], reference: date | None) -> None:
    docs = [make_document(t or "x", source=f"f{i}.txt", format="text") for i, t in enumerate(texts)]
    for item in pipeline.analyze_corpus(docs, reference=reference):
        assert_sane_date(item.date.earliest)
        assert_sane_date(item.date.latest)
        for c in item.claims:
            assert 0 <= c.start <= c.end <= len(item.doc.text)
            assert_sane_date(c.as_of_earliest)
            assert_sane_date(c.as_of_latest)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("", date(1000, 1, 1)),
        ("Rain fell in December 2999, AP reported.", None),
        ("The dam opened on Friday.", date(1000, 12, 31)),
        ("", date(2999, 12, 31)),
        ("Next year the dam opens; it opened in 2999.", date(2999, 12, 31)),
        ("It opened 3 years ago.", date(1001, 6, 1)),
    ],
)
def test_dating_at_the_year_bounds(text: str, reference: date | None) -> None:
    doc = make_document(text or "x", source="bound.txt", format="text")
    estimate = dating.date_document(doc, reference=reference)
    assert_sane_date(estimate.earliest)
    assert_sane_date(estimate.latest)
    for ev in estimate.evidence:
        assert_sane_date(ev.earliest)
        assert_sane_date(ev.latest)


def test_fuzz_settings_keep_ci_deterministic() -> None:
    assert FUZZ.derandomize and FUZZ.database is None
