"""The figures behind a yes/no or evaluative answer: the measured changes and levels each source gives, and
the corrected or true figure that replaces a debunked one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from tidings.ask.common import _SATIRE_SELF, _cite, _clip, _dedupe, _doc_as_of, _doc_point, _label
from tidings.ask.members import _hyphen_stems
from tidings.ask.numbers import _figures_in, _number_of, _numbers_in
from tidings.ask.question import Question, _expand, _stems, stem
from tidings.ask.yesno import _EVALUATIVE_Q, _STANCE_Q, _stance_docs
from tidings.claims import _CLAIM_LINE
from tidings.conflicts import refutation_of
from tidings.model import Analyzed, Answer, Citation, Superseded
from tidings.sentences import split
from tidings.sides import side_pairs

_FIGURES_AT_MOST = 4


def _figure_sentences(q: Question, about: Sequence[Analyzed]) -> list[tuple[Analyzed, int, int, list[str]]]:
    """Per source about the question (``about``), its sentence that best matches the question among those
    stating figures: what an evaluative question ("Is the trial working?") is answered with when no source
    says yes or no in words ("68% of households took part", "satisfaction rose to 74%")."""
    want = _expand(set(q.terms))
    asked = _numbers_in(q.text)
    # "Is the mini-grid performing well?": a rate ("supplied power for 97 percent of hours") is a measure of
    # how it performs, where a sentence of the plant's size ("1.2 MW of panels") is not
    rates = _PERFORMANCE_Q.search(q.text) is not None
    out: list[tuple[Analyzed, int, int, list[str]]] = []
    for a in about:
        best: tuple[int, int, int, list[str]] | None = None
        first: tuple[int, int, int, list[str]] | None = None
        for i, (s0, s1) in enumerate(split(a.doc.text)):
            hits = len(want & _stems(a.doc.text[s0:s1]))
            lead = (
                first is None
                and i < _LEAD_SENTENCES
                and (
                    _MEASURED_CHANGE.search(a.doc.text, s0, s1)
                    or (rates and _RATE.search(a.doc.text, s0, s1))
                )
            )
            better = hits >= 2 and (best is None or hits > best[0])
            if not (lead or better) or not (figures := _figures_in(a, s0, s1, asked)):
                continue
            if lead:
                first = (hits, s0, s1, figures)
            if better:
                best = (hits, s0, s1, figures)
        # a story about the subject leads with its measurement even when that sentence names the subject
        # only as "motor traffic inside the scheme"
        best = (
            (first or best)
            if rates and first is not None and _RATE.search(a.doc.text, first[1], first[2])
            else (best or first)
        )
        if best is not None:
            out.append((a, best[1], best[2], best[3]))
    return out


_LEAD_SENTENCES = 5

_RATE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.I)

# A measured change: what a judgment of a scheme rests on ("traffic has fallen by 41%", "footfall is down
# 12%").
_MEASURED_CHANGE = re.compile(
    r"\b(?:fall(?:en|s|ing)?|fell|ris(?:en|es|ing)|rose|up|down|increas\w*|decreas\w*|cut|improv\w*|"
    r"drop(?:ped|s)?|grew|grow(?:n|s|ing)?|doubl\w*|halv\w*|reduc\w*|climb\w*|shorter|longer|faster|slower)\b",
    re.I,
)


# "Is the mini-grid performing well?", "Is the trial working?": a judgment whose grounds are measurements.
_PERFORMANCE_Q = re.compile(
    r"\b(?:perform\w*|on track|paying off|improving|progress\w*|delivering|target|goal)\b", re.I
)


def _judged(q: Question) -> bool:
    """A yes/no question asking for a judgment: its answer rests on every source's measurements, not only
    on the sentence that says yes or no."""
    return bool(_EVALUATIVE_Q.search(q.text) or _STANCE_Q.search(q.text) or _PERFORMANCE_Q.search(q.text))


def _with_figures(q: Question, pool: Sequence[Analyzed], result: Answer) -> Answer:
    """A yes or no carries the figures it rests on: each cited source's figures about the question, or,
    when no source answers in words, every source's, cited."""
    about = _stance_docs(q, pool)  # the sources about the question, read by every rule below
    if result.conflict_type == "misinformation":
        # a verdict's grounds may quote the disputed report: its figures are what is refuted, not grounds;
        # a year names the edition ("Kilkenny Arts Festival 2023 is going ahead")
        report = _report_figures(q, pool)
        values = tuple(
            _before_figure(v, report[0]) if v.startswith(("Yes: ", "No: ")) else v for v in result.values
        )
        corrected = _with_corrected_figure(q, about, replace(result, values=values))
        return _with_truth_instead(q, about, report, corrected)
    found: list[str] = []
    evidence = _figure_sentences(q, about)
    older: list[Superseded] = []
    if result.conflict_type == "outdated" and not result.superseded:
        # what holds now is the newest source's figures; the others' are superseded
        dated = [e for e in evidence if e[0].date.earliest is not None]
        if len(dated) > 1:
            newest = max(dated, key=lambda e: _doc_point(e[0])[0] or date.min)
            evidence = [newest]
            older = [
                Superseded(f, a.doc.id, _doc_as_of(a), a.doc.external_id, "older source")
                for a, _, _, figures in dated
                if a is not newest[0]
                for f in figures
                if f not in newest[3]
            ]
    answered = bool(result.values or result.citations)
    if answered and not _judged(q):
        cited = {c.doc_id for c in result.citations}
        evidence = [e for e in evidence if e[0].doc.id in cited]
    if result.conflict_type == "conflicting_opinions" and (sides := _side_values(q, about)) is not None:
        # each side's own point as a story sums up the row comes before any figure a source happens to state
        a, s0, s1, points = sides
        evidence = [(a, s0, s1, points), *evidence]
        result = replace(
            result, explanation=(*result.explanation, "each side's point as a source sums up the row")
        )
    for _, _, _, figures in evidence:
        found += [f for f in figures if f not in found]
    found = found[:_FIGURES_AT_MOST]
    if not found and result.conflict_type != "outdated":
        agreed = _figure_all_repeat(q, about)
        if agreed is not None:
            figure, backing = agreed
            return replace(
                result,
                text=f"{result.text} The figure every source gives: {figure}.",
                values=(*result.values, figure),
                citations=_dedupe((*result.citations, *backing)),
                explanation=(*result.explanation, f"the figure the sources all state: {figure}"),
            )
    if not found:
        return result
    if answered:
        known = {(c.doc_id, c.start) for c in result.citations}
        return replace(
            result,
            text=f"{result.text} Figures the sources give: {', '.join(found)}.",
            values=(*result.values, *found),
            citations=(
                *result.citations,
                *(_cite(a, s0, s1) for a, s0, s1, _ in evidence if (a.doc.id, s0) not in known),
            ),
            superseded=tuple(older),
            explanation=(*result.explanation, "figures the cited sources state: " + ", ".join(found)),
        )
    cites = tuple(_cite(a, s0, s1) for a, s0, s1, _ in evidence)
    text = "No source answers yes or no in words; the figures they give: " + "; ".join(
        f"{', '.join(figures)} [{_label(a)}]" for a, _, _, figures in evidence
    )
    return replace(
        result,
        text=text + ".",
        values=tuple(found),
        citations=cites,
        superseded=tuple(older),
        as_of=result.as_of or max((c.date for c in cites if c.date), default=None),
        explanation=(*result.explanation, "no verdict in words: answered with the sources' figures"),
    )


def _side_values(q: Question, about: Sequence[Analyzed]) -> tuple[Analyzed, int, int, list[str]] | None:
    """Each side's figure, or else its quoted catchword, from the clauses a source sets against each other
    to sum up a row ("says its benefit-cost ratio of 2.4 shows ..., while the Alliance has called it a
    'white elephant'"): the pair sharing most of the question's words, with a distinct point on each side."""
    want = _expand(set(q.terms))
    asked = _numbers_in(q.text)
    best: tuple[int, Analyzed, int, int, list[str]] | None = None
    for a in about:
        for one, two in side_pairs(a.doc.text, list(split(a.doc.text))):
            # the source names the question's subject: its summing-up need share only one more word
            hits = len(want & _hyphen_stems(a.doc.text[one.start : two.end]))
            if hits < 1 or (best is not None and hits <= best[0]):
                continue
            points = [
                figures[0] if (figures := _figures_in(a, side.start, side.end, asked)) else side.quoted
                for side in (one, two)
            ]
            if points[0] and points[1] and points[0] != points[1]:
                best = (hits, a, one.start, two.end, [points[0], points[1]])
    return None if best is None else best[1:]


def _stated_figures(docs: Sequence[Analyzed], asked: set[str]) -> Iterator[tuple[Analyzed, int, int, str]]:
    """Every figure the documents state as current (``_figures_in``), with the sentence it stands in."""
    for a in docs:
        for s0, s1 in split(a.doc.text):
            for f in _figures_in(a, s0, s1, asked):
                yield a, s0, s1, f


def _figure_all_repeat(q: Question, about: Sequence[Analyzed]) -> tuple[str, tuple[Citation, ...]] | None:
    """The one figure that at least three sources about the question, and most of them, state as current
    ("the spawning stock is now 61,000 tonnes" in every report of the stock's recovery): the fact a yes or
    no rests on when no sentence that shares the question's words gives a figure."""
    stated: dict[str, dict[str, tuple[str, Citation]]] = {}
    for a, s0, s1, f in _stated_figures(about, _numbers_in(q.text)):
        stated.setdefault(_number_of(f), {}).setdefault(a.doc.id, (f, _cite(a, s0, s1)))
    common = [n for n, by in stated.items() if len(by) >= 3 and 2 * len(by) > len(about)]
    if len(common) != 1:
        return None  # several figures everyone repeats: none of them is the one fact
    by = stated[common[0]]
    shown = Counter(f for f, _ in by.values()).most_common(1)[0][0]
    return shown, tuple(c for _, c in list(by.values())[:2])


def _with_corrected_figure(q: Question, about: Sequence[Analyzed], result: Answer) -> Answer:
    """A refuted figure ("£500 to switch off the heating", "only SPF 8") is answered with the figure the
    correcting sources agree on ("a £150 rebate", "measured at SPF 53"): one that at least two sources state
    about the question, and that neither the question nor the refuted report gives.

    Only when the dispute is over a figure: the question or a cited sentence of the refuted report states
    one. The figures beside a refuted report are the report's, never the answer."""
    asked = _numbers_in(q.text)
    # the first citation is the report in dispute or the refutation quoting it; later ones may be the
    # newest evidence, which can state the corrected figure itself
    # ... unless the question names the figure in dispute: then a sentence telling of the report may give
    # the correction too ("claiming crime had risen by 60%, after a fact-check found the real rise was 6%")
    reported = asked or {n for c in result.citations[:1] for n in _numbers_in(c.quote)}
    if not reported:
        return result
    # a fact check's claim line gives the report's figures ("Claim: Drivers will pay 45 kroner ...")
    reported |= {
        n
        for a in about
        for c in a.claims
        if c.kind == "quantity" and _CLAIM_LINE.match(a.doc.text, c.sentence_start, c.sentence_end)
        for n in _numbers_in(c.value)
    }
    sources: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    # of figures as widely stated, the one whose sentences share most of the question's words
    shared: dict[str, int] = {}
    want = _expand(set(q.terms))
    for a, s0, s1, f in _stated_figures(about, asked):
        n = _number_of(f)
        if n in reported:
            continue
        sources.setdefault(n, set()).add(a.doc.id)
        shown.setdefault(n, f)
        shared[n] = max(shared.get(n, 0), len(want & _stems(a.doc.text[s0:s1])))
    # a figure no sentence about the question states is beside the point ("viewed 1.2 million times")
    agreed = [n for n, docs in sources.items() if len(docs) >= 2 and shared[n] >= 2]
    if not agreed:
        return result
    # a share answers a share: "rose by 60%?" is corrected by "6%", not by the count "15,063" beside it
    share = _PERCENT_FIGURE.search(q.text) is not None
    best = max(
        agreed,
        key=lambda n: (share == (_PERCENT_FIGURE.search(shown[n]) is not None), len(sources[n]), shared[n]),
    )
    return replace(
        result,
        values=(*result.values, shown[best]),
        text=f"{result.text} The sources that correct it give {shown[best]}.",
        explanation=(
            *result.explanation,
            f"corrected figure: {shown[best]}, stated by {len(sources[best])} sources and by neither the "
            "question nor the refuted report",
        ),
    )


_PERCENT_FIGURE = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.I)


# A correcting source telling what the report mixed up: "The confusion appears to stem from the new charge
# for lorries", "The post appears to have mixed up the lorry charge with the tolls on the Great Belt"
_CONFUSION = re.compile(
    r"\b(?:confusion|mix-up|misunderstanding)\b[^.;]{0,40}?\b(?:stem(?:s|med)?|comes?|came|arises?|arose)\s+from\b"
    r"|\b(?:mixed|mixing|mixes)\s+up\b|\bconfus(?:ed|ing|es)\s+(?:it\s+|this\s+|them\s+)?with\b",
    re.I,
)

# What a correcting source says holds instead of a refuted report: "Skirts will remain part of our
# uniform", "She is currently on a period of annual leave", "In fact, Stainmoor rose 12 places".
_HOLDS_INSTEAD = re.compile(
    r"\b(?:remains?|remained|will\s+remain|still|in\s+fact|actually|instead|currently|continues?\s+to|"
    r"will\s+return|only\s+change|(?:said|says|say)\s+the\s+opposite|tested\s+negative|"
    r"in\s+(?:good|satisfactory|sound)\s+(?:condition|health|order)|(?:is|are|was|were)\s+safe)\b",
    re.I,
)

# A sentence that tells of the report itself ("posts claiming", "the rumour"), not of what holds.
_OF_THE_REPORT = re.compile(
    r"\b(?:claim\w*|posts?|posted|rumou?rs?|viral|circulat\w+|shared|alleg\w+|reports?|reported|"
    # "Our article of 4 November stated that ...": an outlet retelling its own story it corrects
    r"satir\w+|spoof|parody|articles?)\b",
    re.I,
)

_DENIAL = re.compile(r"\b(?:not|no|never|nothing|none|untrue|false)\b|n['’]t\b", re.I)
_QUOTED = re.compile(r"(?:^|\s)['‘\"“]([^'’\"”]{3,80})['’\"”]")


def quoted_phrases(text: str) -> list[str]:
    """The words a question quotes, in lower case: what it asks whether somebody said. A quoted name ("its
    dinosaur skeleton 'Big Maggie'") is no saying."""
    return [
        m.group(1).lower()
        for m in _QUOTED.finditer(text)
        if not all(w[:1].isupper() or not w[:1].isalpha() for w in m.group(1).split())
    ]


def _negates_question(sentence: str, asked: set[str]) -> bool:
    """Does a sentence deny the question's own verb of its subject ("Big Maggie has not been sold", asked
    "Has the museum sold Big Maggie?")? A word of the question (``asked``: its expanded terms) follows the
    negation closely."""
    return any(_expand({stem(m.group("v").lower())}) & asked for m in _NEGATED_VERB.finditer(sentence))


_NEGATED_VERB = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:been\s+|be\s+|yet\s+|actually\s+|ever\s+)?(?P<v>[a-z]+)\b", re.I
)


def repeats_any(sentence: str, phrases: Sequence[str]) -> bool:
    low = sentence.lower()
    return any(p in low for p in phrases)


# A reader's comment or reply under a post or story
_READER_LINE = re.compile(r"\s*(?:comments?|reply|replies|re)\s*(?:\(\d+\))?\s*:", re.I)

# Statements of what holds instead that a refuted yes or no carries, at most.
_TRUTHS_AT_MOST = 3

# Words of a statement of what holds that a value keeps.
_TRUTH_WORDS = 30


def _report_figures(q: Question, pool: Sequence[Analyzed]) -> tuple[set[str], set[str]]:
    """The figures and word stems of the reports a misinformation answer sets aside: those of the question,
    of sentences telling of a report, and all of a self-declared satire's."""
    reported = _numbers_in(q.text)
    report_words: set[str] = set()
    for a in pool:
        if _SATIRE_SELF.search(a.doc.text):
            reported |= _numbers_in(a.doc.text)
            report_words |= _stems(a.doc.text)
            continue
        for s0, s1 in split(a.doc.text):
            if _OF_THE_REPORT.search(a.doc.text, s0, s1):
                reported |= _numbers_in(a.doc.text[s0:s1])
                report_words |= _stems(a.doc.text[s0:s1])
    return reported, report_words


# A word with a figure in a yes or no's grounds, a year aside ("Kilkenny Arts Festival 2023 is going ahead")
_FIGURE_WORD = re.compile(r"\s(?!(?:19|20)\d\d\b)\S*\d\S*")


def _before_figure(value: str, reported: set[str]) -> str:
    """A verdict's grounds up to the first figure a report gives: the report's figure is what is refuted,
    not grounds ("will go ahead as planned from 17 to 26 January" keeps its days)."""
    for m in _FIGURE_WORD.finditer(value):
        if _numbers_in(m.group(0)) & reported:
            return value[: m.start()]
    return value


def _with_truth_instead(
    q: Question, about: Sequence[Analyzed], report: tuple[set[str], set[str]], result: Answer
) -> Answer:
    """A refuted report is answered with what its correcting sources say holds instead ("E-books are,
    and will remain, free to borrow"): per source that refutes, its sentence after the refutation that
    states a lasting or actual state about the question, tells nothing of the report, and gives none of
    the report's figures. ``about``: the sources about the question; ``report``: the report's figures
    and words (:func:`_report_figures`)."""
    if not any(c.kind == "refutation" for a in about for c in a.claims):
        return result
    want = _expand(set(q.terms))
    reported = report[0]
    report_words = report[1] - (want | _stems(q.text))
    # the words in dispute, quoted in the question ("say the outbreak was 'out of control'?"): a sentence
    # repeating them tells of the report
    disputed = quoted_phrases(q.text)
    found: list[tuple[float, Analyzed, int, int]] = []
    for a in about:
        if _SATIRE_SELF.search(a.doc.text):
            continue  # a satire page's lines after its disclaimer are more of the joke
        verdicts = [c for c in a.claims if c.kind == "refutation"]
        first = min((c.sentence_start for c in verdicts), default=0)
        spans = split(a.doc.text)
        # the sentence right after a verdict states the finding ("This was not true. Health officials have
        # confirmed that the staff tested were negative"), though it may not repeat the question's words
        after = {
            spans[i + 1][0]
            for i, (s0, s1) in enumerate(spans[:-1])
            if any(s0 <= c.start < s1 for c in verdicts) and "\n" not in a.doc.text[s1 : spans[i + 1][0]]
        }
        # ... and so may the one right before it, in the same paragraph, when it states what holds ("The
        # beach remains open for swimming. ... reports on social media to that effect are incorrect.")
        ahead = {
            spans[i][0]
            for i, (_, s1) in enumerate(spans[:-1])
            if any(spans[i + 1][0] <= c.start < spans[i + 1][1] for c in verdicts)
            and "\n" not in a.doc.text[s1 : spans[i + 1][0]]
        }
        best: tuple[float, Analyzed, int, int] | None = None
        for s0, s1 in spans:
            sent = a.doc.text[s0:s1]
            if _READER_LINE.match(sent):
                continue  # "Comment: they never cancelled it": a reader's word, no correcting source's
            holds = _HOLDS_INSTEAD.search(sent)
            follows = s0 in after or (s0 in ahead and holds is not None)
            if verdicts and s0 >= first and _CONFUSION.search(sent) and not refutation_of(sent):
                # "The confusion appears to stem from the road charge for lorries": where the report went
                # wrong, which may well repeat its figures
                found.append((len(want & _stems(sent)) + 1.0, a, s0, s1))
                continue
            # "Big Maggie has not been sold and is not for sale": a denial in the question's own words states
            # what holds; one in the report's words ("has not been sacked", asked whether he was removed)
            # repeats the report
            denied = _DENIAL.search(sent)
            denial = denied is not None
            sent_stems = _stems(sent)
            negates = denial and _negates_question(sent, want) and not sent_stems & report_words
            if not verdicts and not negates:
                continue
            if (
                (s0 < first and not follows)
                or not (follows or negates or holds)
                or _OF_THE_REPORT.search(sent)
            ):
                continue
            if refutation_of(sent) or _numbers_in(sent) & reported or repeats_any(sent, disputed):
                continue
            hits = len(want & sent_stems)
            if follows:
                if not denial or negates:
                    found.append((hits + 0.5, a, s0, s1))
                elif (
                    holds is not None
                    and denied is not None
                    and holds.end() < (cut := sent.rfind(",", 0, denied.start()))
                ):
                    # "The trolley remains fare-free, and there are no plans to change that": the state that
                    # holds comes before the denial, which only says it will go on; the statement is that
                    # state alone, since the denial's clause may repeat the report's words ("and the health
                    # department has recorded no cholera cases")
                    found.append((hits + 0.5, a, s0, s0 + cut))
            elif hits and (best is None or hits > best[0]):
                best = (hits, a, s0, s1)
        if best is not None:
            found.append(best)
    if not found:
        return result
    found.sort(key=lambda f: -f[0])
    # one statement per wording, with the source that gave it first
    said: dict[str, Analyzed] = {}
    given = {v.rstrip(" .") for v in result.values}  # a statement the answer already gives, in its clause
    for _, a, s0, s1 in found[:_TRUTHS_AT_MOST]:
        statement = " ".join(a.doc.text[s0:s1].split()[:_TRUTH_WORDS])
        if not any(g and statement.startswith(g) for g in given):
            said.setdefault(statement, a)
    if not said:
        return result
    cites = [_cite(a, s0, s1) for _, a, s0, s1 in found[:_TRUTHS_AT_MOST]]
    return replace(
        result,
        values=(*result.values, *said),
        text=result.text
        + " What the correcting sources say holds: "
        + "; ".join(f'"{_clip(t)}" [{_label(a)}]' for t, a in said.items())
        + ".",
        citations=_dedupe((*result.citations, *cites)),
        explanation=(*result.explanation, "what holds instead, per correcting source: " + "; ".join(said)),
    )
