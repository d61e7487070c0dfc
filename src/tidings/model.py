"""The records every stage passes around.

All records are frozen dataclasses with slots. Everything derived from text carries the document id and
character offsets into the document's cleaned ``text`` (``Document.text``); ``Document.segments`` maps those
offsets back to the extracted body, which for plain text is the raw input itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Granularity = Literal["day", "week", "month", "year", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Tense = Literal["past", "present", "future", ""]
ClaimKind = Literal["quantity", "role", "event", "stance", "refutation"]
Polarity = Literal["asserted", "denied", "refuted"]
ConflictType = Literal["no_conflict", "complementary", "conflicting_opinions", "outdated", "misinformation"]
AnswerKind = Literal["number", "person", "date", "yesno", "open"]

CONFLICT_TYPES: tuple[ConflictType, ...] = (
    "no_conflict",
    "complementary",
    "conflicting_opinions",
    "outdated",
    "misinformation",
)


def content_id(text: str) -> str:
    """Content-hash id: the same text always gets the same id, whoever ingests it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Segment:
    """``length`` characters at ``text_start`` of the cleaned text come from ``body_start`` of the body."""

    text_start: int
    body_start: int
    length: int


@dataclass(frozen=True, slots=True)
class Document:
    """One input document.

    ``raw`` is exactly what the user gave (HTML source, the text of a file or JSON line); ``body`` is the
    main text (trafilatura's output for HTML, ``raw`` otherwise); ``text`` is ``body`` without scraping
    leftovers. ``given_date`` is a date the input itself states in metadata ("YYYY", "YYYY-MM" or
    "YYYY-MM-DD"), never an inference.
    """

    id: str
    text: str
    raw: str
    body: str
    source: str
    format: str
    external_id: str | None = None
    url: str | None = None
    title: str | None = None
    given_date: str | None = None
    html_date: str | None = None
    segments: tuple[Segment, ...] = ()

    def body_offset(self, offset: int, *, end: bool = False) -> int:
        """Map an offset of ``text`` to the matching offset of ``body``.

        Where two segments meet, a span's start belongs to the later segment and its end (``end=True``)
        to the earlier one; otherwise a span starting after a dropped line would map into that line.
        """
        if not self.segments:
            return offset
        for seg in self.segments:
            stop = seg.text_start + seg.length
            if seg.text_start <= offset < stop or (offset == stop and (end or seg is self.segments[-1])):
                return seg.body_start + (offset - seg.text_start)
        raise ValueError(f"offset {offset} is outside the cleaned text of document {self.id}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        segs = tuple(Segment(**s) for s in data.get("segments", ()))
        return cls(**{**data, "segments": segs})


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be read, with a one-line reason naming the problem."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression at ``[start, end)`` of a text, normalised to a TIMEX3 type and value.

    ``value`` may be underspecified ("XXXX-12-31", "XXXX-WXX-5") when no reference date resolves it, or
    empty when nothing can be said. ``tense`` is the tense of the clause it sits in; ``rule`` names the
    pattern that produced it.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    tense: Tense = ""
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of evidence about a document's date: an interval, the rule and the span behind it."""

    rule: str
    earliest: date | None
    latest: date | None
    note: str
    start: int = -1
    end: int = -1
    weight: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "note": self.note,
            "start": self.start,
            "end": self.end,
            "weight": self.weight,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            rule=data["rule"],
            earliest=date.fromisoformat(data["earliest"]) if data.get("earliest") else None,
            latest=date.fromisoformat(data["latest"]) if data.get("latest") else None,
            note=data.get("note", ""),
            start=data.get("start", -1),
            end=data.get("end", -1),
            weight=data.get("weight", 1.0),
        )


@dataclass(frozen=True, slots=True)
class DateEstimate:
    """A document's date as an interval ``[earliest, latest]`` with the granularity the evidence supports.

    ``rule`` names the evidence that decided it; ``conflicts`` says, in words, where evidence disagreed.
    An unknown date has ``earliest`` and ``latest`` set to None.
    """

    earliest: date | None
    latest: date | None
    granularity: Granularity
    confidence: float
    rule: str
    evidence: tuple[Evidence, ...] = ()
    conflicts: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @property
    def value(self) -> str | None:
        """The date as precise as the granularity allows: "2021-12-09", "2021-12" or "2021"."""
        if self.earliest is None:
            return None
        if self.granularity == "day":
            return self.earliest.isoformat()
        if self.granularity == "month":
            return self.earliest.isoformat()[:7]
        if self.granularity == "year":
            return self.earliest.isoformat()[:4]
        if self.granularity == "week" and self.latest is not None:
            return f"{self.earliest.isoformat()}/{self.latest.isoformat()}"
        return None

    @property
    def midpoint(self) -> date | None:
        if self.earliest is None or self.latest is None:
            return None
        return date.fromordinal((self.earliest.toordinal() + self.latest.toordinal()) // 2)

    def to_dict(self) -> dict[str, Any]:
        return {
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "granularity": self.granularity,
            "value": self.value,
            "confidence": self.confidence,
            "rule": self.rule,
            "evidence": [e.to_dict() for e in self.evidence],
            "conflicts": list(self.conflicts),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateEstimate:
        return cls(
            earliest=date.fromisoformat(data["earliest"]) if data.get("earliest") else None,
            latest=date.fromisoformat(data["latest"]) if data.get("latest") else None,
            granularity=data.get("granularity", "unknown"),
            confidence=data.get("confidence", 0.0),
            rule=data.get("rule", ""),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
            conflicts=tuple(data.get("conflicts", ())),
        )


UNKNOWN_DATE = DateEstimate(None, None, "unknown", 0.0, "none")


@dataclass(frozen=True, slots=True)
class Claim:
    """What one source says, at ``[start, end)`` of document ``doc_id``'s text.

    ``subject`` is who or what (the thing counted, the organisation led), ``attribute`` which property
    (count, share, leader, status...), ``scope`` where or for whom, ``value`` the value as written
    ("2,500", "Jane Doe"), ``number`` its numeric reading when it has one. ``as_of_*`` is when the claim
    holds, which for history inside a document ("down from 5,000 last year") is earlier than the document.
    """

    doc_id: str
    start: int
    end: int
    kind: ClaimKind
    subject: str
    attribute: str
    value: str
    scope: str = ""
    number: float | None = None
    unit: str = ""
    hedge: str = ""
    polarity: Polarity = "asserted"
    speaker: str = ""
    as_of_earliest: date | None = None
    as_of_latest: date | None = None
    sentence_start: int = -1
    sentence_end: int = -1
    rule: str = ""
    targets: tuple[int, int] | None = None  # for refutations: the span refuted, if found

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of_earliest"] = self.as_of_earliest.isoformat() if self.as_of_earliest else None
        data["as_of_latest"] = self.as_of_latest.isoformat() if self.as_of_latest else None
        data["targets"] = list(self.targets) if self.targets else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        d = dict(data)
        for key in ("as_of_earliest", "as_of_latest"):
            d[key] = date.fromisoformat(d[key]) if d.get(key) else None
        d["targets"] = tuple(d["targets"]) if d.get("targets") else None
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Analyzed:
    """A document with everything ingest derived from it."""

    doc: Document
    date: DateEstimate
    timexes: tuple[TimeExpr, ...] = ()
    claims: tuple[Claim, ...] = ()
    # The date from the document's own evidence, when the corpus pass changed it (None: ``date`` is it).
    own_date: DateEstimate | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    doc_id: str
    source: str
    date: str | None
    start: int
    end: int
    quote: str
    external_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Superseded:
    value: str
    doc_id: str
    as_of: str | None
    external_id: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    earliest: date | None
    latest: date | None
    label: str
    doc_id: str
    start: int
    end: int
    value: str = ""
    external_id: str | None = None

    @property
    def when(self) -> str:
        if self.earliest is None:
            return "undated"
        if self.latest is None or self.latest == self.earliest:
            return self.earliest.isoformat()
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "when": self.when,
            "label": self.label,
            "doc_id": self.doc_id,
            "external_id": self.external_id,
            "start": self.start,
            "end": self.end,
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """The structured result of a question; text, JSON and HTML are renderings of it."""

    question: str
    kind: AnswerKind
    text: str
    values: tuple[str, ...]
    conflict_type: ConflictType
    as_of: str | None
    citations: tuple[Citation, ...] = ()
    superseded: tuple[Superseded, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    choice: int | None = None
    explanation: tuple[str, ...] = field(default=())
    # A merged or disputed answer's passage from each source (its cited sentence, or the one closest to the
    # question, with the sentence after it): what each part or side rests on, beside the key values.
    parts: tuple[str, ...] = field(default=())
    # Is ``as_of`` a day the text gives for the value ("rises to NOK 7,000 from 1 April"), not a document's
    # date? Such a day says when the answer took hold better than the newest report repeating it.
    as_of_stated: bool = field(default=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": self.kind,
            "text": self.text,
            "values": list(self.values),
            "conflict_type": self.conflict_type,
            "as_of": self.as_of,
            "citations": [c.to_dict() for c in self.citations],
            "superseded": [s.to_dict() for s in self.superseded],
            "timeline": [t.to_dict() for t in self.timeline],
            "choice": self.choice,
            "explanation": list(self.explanation),
            "parts": list(self.parts),
        }
