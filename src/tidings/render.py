"""Plain-text renderings of answers, timelines and document dates for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidings.model import Analyzed, Answer, TimelineEntry

CONFLICT_WORDS = {
    "no_conflict": "sources agree",
    "complementary": "sources give complementary parts",
    "conflicting_opinions": "sources hold conflicting opinions",
    "outdated": "older figures are outdated",
    "misinformation": "a source was refuted",
}


def _label(doc_id: str, external_id: str | None) -> str:
    return external_id or doc_id[:8]


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_text(ans: Answer, *, explain: bool = False) -> str:
    lines = [ans.text]
    words = CONFLICT_WORDS[ans.conflict_type]
    lines.append(f"as of: {ans.as_of or 'unknown'}    conflict: {ans.conflict_type} ({words})")
    if ans.choice is not None:
        lines.append(f"choice: {ans.choice}")
    if ans.citations:
        lines.append("sources:")
        for c in ans.citations:
            lines.append(f"  [{_label(c.doc_id, c.external_id)}] {c.date or 'undated'}  {c.source}")
            lines.append(f"      “{_quote(c.quote)}”")
    if ans.parts:
        # a merged or disputed answer: what each source adds or argues, in its own words
        lines.append("each source's part:")
        lines.extend(f"  “{_quote(p, 240)}”" for p in ans.parts)
    if ans.superseded:
        lines.append("superseded:")
        for s in ans.superseded:
            why = f" — {s.reason}" if s.reason else ""
            lines.append(
                f"  {s.value} (as of {s.as_of or 'unknown'}, [{_label(s.doc_id, s.external_id)}]){why}"
            )
    if ans.timeline:
        lines.append("timeline:")
        lines.extend("  " + line for line in timeline_lines(ans.timeline))
    if explain and ans.explanation:
        lines.append("explanation:")
        lines.extend(f"  {e}" for e in ans.explanation)
    return "\n".join(lines)


def timeline_lines(entries: Iterable[TimelineEntry]) -> list[str]:
    return [f"{e.when:<22} {_quote(e.label, 120)}  [{_label(e.doc_id, e.external_id)}]" for e in entries]


def timeline_text(entries: Sequence[TimelineEntry]) -> str:
    if not entries:
        return "no dated entries found for this topic"
    return "\n".join(timeline_lines(entries))


def dates_text(items: Iterable[Analyzed], explain: dict[str, str]) -> str:
    lines: list[str] = []
    for a in items:
        d = a.date
        name = _label(a.doc.id, a.doc.external_id)
        lines.append(
            f"{name}  {d.value or 'undated':<23} {d.granularity:<7} conf {d.confidence:.2f}  "
            f"rule {d.rule}  {a.doc.source}"
        )
        why = explain.get(a.doc.id)
        if why:
            lines.append(f"    {why}")
        lines.extend(f"    conflict: {c}" for c in d.conflicts)
    return "\n".join(lines) if lines else "the store holds no documents"
