"""`tidings eval`: predictions for the case formats of the shared evaluation (FORMAT.md).

The answers in a case (`gold`, a timex case's `timexes`) are dropped as each line is parsed, so no stage
can see them.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

from tidings import timex
from tidings.ask import answer
from tidings.dating import CAPPED_BY_REFERENCE, YEAR_FROM_TEXT
from tidings.model import Analyzed, Answer, DateEstimate, Document
from tidings.pipeline import TidingsError, analyze_corpus
from tidings.read import InputError, make_document, parse_given_date

CaseKind = Literal["question", "timex"]
_HIDDEN = {"question": ("gold",), "timex": ("timexes",)}


@dataclass(frozen=True, slots=True)
class EvalSummary:
    kind: CaseKind
    cases: int
    seconds: float

    def line(self, out: str) -> str:
        per = self.seconds / self.cases if self.cases else 0.0
        return f"{self.cases} {self.kind} cases -> {out} in {self.seconds:.1f} s ({per:.3f} s per case)"


def _open(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open("r", encoding="utf-8")


def case_kind(case: dict[str, Any]) -> CaseKind | None:
    if "question" in case:
        return "question"
    if "dct" in case and "text" in case:
        return "timex"
    return None


def read_cases(path: Path) -> Iterator[tuple[CaseKind, dict[str, Any]]]:
    """Cases of a file with their answers removed; errors name the file and line."""
    if not path.exists():
        raise TidingsError(f"{path}: no such file")
    try:
        with _open(path) as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise TidingsError(f"{path}:{n}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
                if not isinstance(case, dict):
                    raise TidingsError(f"{path}:{n}: a case must be a JSON object")
                kind = case_kind(case)
                if kind is None:
                    raise TidingsError(
                        f"{path}:{n}: neither a question case nor a timex case (see FORMAT.md)"
                    )
                for key in _HIDDEN[kind]:
                    case.pop(key, None)
                yield kind, case
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise TidingsError(f"{path}: cannot read ({exc})") from exc


def _day(value: str | None, field: str) -> date | None:
    given = parse_given_date(value, field)
    if given is None:
        return None
    if len(given) != 10:
        raise TidingsError(f"field '{field}': '{value}' must be a full date YYYY-MM-DD")
    return date.fromisoformat(given)


def predicted_values(result: Answer) -> list[str]:
    """The values a prediction gives: the answer's key values, then each source's part of a merged or
    disputed answer (see tidings.ask.parts), each once."""
    return [*result.values, *dict.fromkeys(p for p in result.parts if p not in result.values)]


def predicted_date(estimate: DateEstimate) -> str | None:
    """One date per document for the prediction file, as precise as the estimate is.

    A week or a short open interval is reported by its middle day: the scorer wants one date, and the
    middle is the point nearest to every day the evidence allows.
    """
    if not estimate.known:
        return None
    if estimate.granularity == "week":
        mid = estimate.midpoint
        return mid.isoformat() if mid else None
    return estimate.value


@dataclass(frozen=True, slots=True)
class AnalyzedCase:
    """A question case read into documents and run through ingest, ready to be answered."""

    id: str
    question: str
    as_of: date | None
    choices: list[str] | None
    analyzed: list[Analyzed]
    ext_ids: list[tuple[str, str]]  # (case document id, content id); "" for a document without text


def analyze_case(case: dict[str, Any]) -> AnalyzedCase:
    """Read one question case's own documents and analyse them; errors name the case and field."""
    cid = str(case.get("id", ""))
    question = case.get("question")
    if not isinstance(question, str):
        raise TidingsError(f"case {cid}: field 'question' must be a string")
    as_of = _day(case.get("question_date"), "question_date")
    choices = case.get("choices") or None
    raw_docs = case.get("documents") or []
    if not isinstance(raw_docs, list):
        raise TidingsError(f"case {cid}: field 'documents' must be a list")
    docs: list[Document] = []
    ext_ids: list[tuple[str, str]] = []
    by_id: dict[str, Document] = {}
    for i, d in enumerate(raw_docs):
        ext = str(d.get("id", i))
        text = d.get("text")
        if not isinstance(text, str) or not text.strip():
            ext_ids.append((ext, ""))
            continue
        try:
            doc = make_document(
                text,
                source=f"{cid}#{ext}",
                format="case",
                external_id=ext,
                url=d.get("url") or None,
                title=d.get("title") or None,
                given_date=parse_given_date(d.get("date"), f"documents[{i}].date"),
            )
        except InputError as exc:
            raise TidingsError(f"case {cid}: {exc}") from exc
        ext_ids.append((ext, doc.id))
        if doc.id not in by_id:
            by_id[doc.id] = doc
            docs.append(doc)
    analyzed = analyze_corpus(docs, reference=as_of)
    if as_of is not None and any(_after_reference(a) for a in analyzed):
        # The question's date is its "now", but a pile may hold later reports: a document whose own text
        # speaks of the time after that date as past is dated as if no "now" were known.
        free = {a.doc.id: a for a in analyze_corpus(docs, reference=None)}
        analyzed = [free[a.doc.id] if _after_reference(a) else a for a in analyzed]
    return AnalyzedCase(cid, question, as_of, choices, analyzed, ext_ids)


def _after_reference(a: Analyzed) -> bool:
    ev = a.date.evidence
    if any(e.rule == "content-rejected" for e in ev):
        return True
    # "NORDHAVN, Sept 12 - ... organisers said on Friday", asked on 1 September 2025: the weekdays put the
    # story in 2025, so its year-less dateline falls after the question's date, not in the year before it
    capped = [e.earliest.year for e in ev if e.earliest and e.weight > 0 and CAPPED_BY_REFERENCE in e.note]
    years = [
        e.earliest.year
        for e in ev
        if e.rule == YEAR_FROM_TEXT and e.earliest and e.latest and e.earliest.year == e.latest.year
    ]
    return any(y > c for c in capped for y in years)


def answer_case(case: dict[str, Any]) -> dict[str, Any]:
    """Answer one question case from its own documents only."""
    started = time.perf_counter()
    ac = analyze_case(case)
    cid, analyzed, ext_ids = ac.id, ac.analyzed, ac.ext_ids
    result: Answer = answer(ac.question, analyzed, as_of=ac.as_of, choices=ac.choices)
    dates = {a.doc.id: predicted_date(a.date) for a in analyzed}
    ext_of = {a.doc.id: a.doc.external_id for a in analyzed}
    return {
        "id": cid,
        "answer": result.text,
        "values": predicted_values(result),
        "choice": result.choice,
        "conflict_type": result.conflict_type,
        "as_of": result.as_of,
        "doc_dates": {ext: dates.get(doc_id) for ext, doc_id in ext_ids},
        "citations": sorted({c.external_id or ext_of.get(c.doc_id) or c.doc_id for c in result.citations}),
        "outdated": [
            {"value": s.value, "doc": s.external_id or ext_of.get(s.doc_id) or s.doc_id, "as_of": s.as_of}
            for s in result.superseded
        ],
        "seconds": round(time.perf_counter() - started, 4),
    }


def tag_case(case: dict[str, Any]) -> dict[str, Any]:
    cid = str(case.get("id", ""))
    text = case.get("text")
    if not isinstance(text, str):
        raise TidingsError(f"case {cid}: field 'text' must be a string")
    dct = _day(case.get("dct"), "dct")
    return {
        "id": cid,
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in timex.tag(text, dct)
        ],
    }


def evaluate(cases: Path, out: Path) -> EvalSummary:
    """Write one prediction per case of ``cases`` to ``out``."""
    started = time.perf_counter()
    n = 0
    kind: CaseKind | None = None
    tmp = out.with_name(out.name + ".partial")
    with tmp.open("w", encoding="utf-8") as fh:
        for k, case in read_cases(cases):
            if kind is None:
                kind = k
            elif k != kind:
                raise TidingsError(f"{cases}: mixes question and timex cases; one kind per file")
            pred = answer_case(case) if k == "question" else tag_case(case)
            fh.write(json.dumps(pred, ensure_ascii=False) + "\n")
            n += 1
    if kind is None:
        tmp.unlink()
        raise TidingsError(f"{cases}: no cases found")
    tmp.replace(out)
    return EvalSummary(kind, n, time.perf_counter() - started)
