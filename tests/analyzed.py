"""One document for answering tests: text dated to a day (or undated), tagged and with its claims."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tidings import dating
from tidings.ask import answer
from tidings.claims import extract_claims
from tidings.model import Analyzed, Answer, DateEstimate, Document, content_id
from tidings.timex import tag


def analyzed_doc(
    doc_id: str, day: date | None, text: str, url: str | None = None, title: str | None = None
) -> Analyzed:
    doc = Document(
        id=doc_id,
        text=text,
        raw=text,
        body=text,
        source=doc_id,
        format="text",
        external_id=doc_id,
        url=url,
        title=title,
    )
    est = (
        DateEstimate(day, day, "day", 1.0, "test")
        if day
        else DateEstimate(None, None, "unknown", 0.0, "none")
    )
    tx = tuple(tag(text, day))
    return Analyzed(doc, est, tx, tuple(extract_claims(doc, est, tx)))


def rules_answer(question: str, docs: Sequence[Analyzed], **kwargs: Any) -> Answer:
    """The rules' answer alone: tests of a rule's mechanism must not depend on the trained relation model,
    which is measured on the case sets (tests/test_relation.py, tests/test_dev_cases_gate.py)."""
    return answer(question, docs, relation=None, **kwargs)


def table_docs(rows: Sequence[tuple[date | None, str]], first: int = 1) -> list[Analyzed]:
    """The documents of a test table's row, (day, text) each, with ids d1, d2, ... (``first`` = 1)."""
    return [analyzed_doc(f"d{i}", day, text) for i, (day, text) in enumerate(rows, first)]


def assert_answer(res: Answer, ctype: str, values: Iterable[str]) -> None:
    """The answer has the conflict type and each value appears in one of its values."""
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, values)


def assert_values(res: Answer, values: Iterable[str], absent: Iterable[str] = ()) -> None:
    """Each of ``values`` appears in one of the answer's values, and none of ``absent`` does."""
    got = " | ".join(res.values)
    assert all(v in got for v in values), (res.values, res.explanation)
    assert not any(v in got for v in absent), (res.values, res.explanation)


def assert_table_answer(
    question: str,
    rows: Sequence[tuple[date | None, str]],
    ctype: str,
    values: Iterable[str],
    absent: Iterable[str] = (),
) -> None:
    """The rules' answer to a test table's row: its type (unless ``ctype`` is empty), its values, and none of
    ``absent``."""
    res = rules_answer(question, table_docs(rows))
    assert not ctype or res.conflict_type == ctype, res.explanation
    assert_values(res, values, absent)


def document(
    text: str,
    *,
    url: str | None = None,
    title: str | None = None,
    given: str | None = None,
    html: str | None = None,
    name: str = "d",
) -> Document:
    """A plain-text document as the reader makes one, for dating and pipeline tests."""
    return Document(
        id=content_id(f"{name}\n{url}\n{text}"),
        text=text,
        raw=text,
        body=text,
        source=name,
        format="text",
        external_id=name,
        url=url,
        title=title,
        given_date=given,
        html_date=html,
    )


def corpus_dates(*docs: Document, reference: date | None = None) -> dict[str, DateEstimate]:
    """Each document's date after the corpus pass: dated alone first, then by the others."""
    first = {d.id: dating.date_document(d, reference=reference) for d in docs}
    return dating.date_corpus(list(docs), first, reference=reference)
