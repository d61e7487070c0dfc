"""Answer a question from analysed documents: parse, select the claims that fill its slot, type the conflict,
resolve it, and render a structured :class:`~tidings.model.Answer` with citations and superseded values.

Works only from what ingest derived (document dates, time expressions, claims) plus re-splitting sentences
of the few documents that matter; never reads the clock and never invents a value absent from the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from tidings.ask.after_change import agreed_after_change
from tidings.ask.assessments import IMPACT_Q, impact_answer
from tidings.ask.causes import (
    _CAUSE_Q,
    _MULTI_PART_Q,
    _QUOTE_Q,
    _attributed,
    _cause_answer,
    _facts_answer,
    _quote_answer,
)
from tidings.ask.common import (
    _SATIRE_SELF,
    CLAIM_LABEL,
    KINDS_APART,
    SETTLED,
    SETTLED_AGAINST,
    _cite,
    _clip,
    _dedupe,
    _doc_as_of,
    _doc_item,
    _doc_point,
    _eligible,
    _label,
    _number_key,
    _on_topic,
    _Slot,
)
from tidings.ask.corrections import correction_for, refuted_report
from tidings.ask.dates import _date_slot
from tidings.ask.denied import denied_claims, denied_state
from tidings.ask.facilities import facilities_in, facility_question
from tidings.ask.figures import (
    _OF_THE_REPORT,
    _report_figures,
    _with_figures,
    _with_truth_instead,
    quoted_phrases,
    repeats_any,
)
from tidings.ask.frequency import FREQUENCY_Q, frequency_slot
from tidings.ask.kinds import asked_kind, kind_members
from tidings.ask.leaders import leader_question, leaders_in
from tidings.ask.members import (
    _branches_of_named,
    _list_answer,
    _list_members,
    _member_type,
    _set_aside,
    one_named,
)
from tidings.ask.names import _CONVERSION_Q, _NAME_Q, _conversion_slot, _name_slot
from tidings.ask.numbers import _number_slot, in_period
from tidings.ask.parts import with_parts
from tidings.ask.payers import PAY_Q, payer_answer
from tidings.ask.people import (
    _RECORD_HOLDER_Q,
    _WIN_Q,
    _person_slot,
    _record_slot,
    _role_parts_answer,
    _same_person,
    _winner_slot,
    role_holder_answer,
)
from tidings.ask.phases import PHASES_Q, in_phase_order, phases_slot
from tidings.ask.proposals import proposal_question, proposals_answer
from tidings.ask.question import (
    _FOUND_Q,
    _WHY_Q,
    Question,
    _asked_stems,
    _expand,
    _list_question,
    _stems,
    parse_question,
    stem,
    terms_of,
)
from tidings.ask.render import _nothing, _render
from tidings.ask.rivals import (
    _RIVALRY,
    _RIVALS,
    _corrected_figures,
    _disputed_figures,
    _merge_near,
    _refine,
    _refuted_by,
    _same_time_window,
    _slot_refutations,
    _with_weak_older,
)
from tidings.ask.sides_asked import argued_when_asked
from tidings.ask.since import with_start_date
from tidings.ask.titles import asks_titles, listed_titles
from tidings.ask.totals import parts_told_elsewhere, total_of_told_parts
from tidings.ask.yesno import (
    _NEGATION,
    _answer_yesno,
    _clauses,
    _grounds,
    _main_clause,
    _opposites,
    _satire_slot,
    _with_other_side,
    _with_side_clauses,
)
from tidings.calendar_names import MONTH_NAMES
from tidings.claims import parse_number, speaker_of, timex_interval
from tidings.compound import split_compound
from tidings.conflicts import (
    FIRM_DATE_RULES,
    Item,
    Resolution,
    Statement,
    as_of_string,
    classify,
    clause_around,
    decide,
    duplicate_clusters,
    group_items,
    refutation_of,
    successors_after,
)
from tidings.dating import is_stated
from tidings.model import Analyzed, Answer, Citation, Claim, ConflictType, Superseded
from tidings.relation import RelationModel, bundled, features, pick_type
from tidings.sentences import split

__all__ = ["Question", "answer", "parse_question", "stem", "terms_of"]


# --------------------------------------------------------------------------------------------- entry point


def answer(
    question: str,
    docs: Sequence[Analyzed],
    *,
    as_of: date | None = None,
    choices: Sequence[str] | None = None,
    relation: RelationModel | Literal["bundled"] | None = "bundled",
) -> Answer:
    """Answer ``question`` from ``docs`` (already dated, tagged and with claims extracted).

    ``relation`` is the model that weighs the rules' conflict type against the wording of the question and
    the documents: the one shipped with the package by default, ``None`` for the rules alone. Once the type
    is settled, the answer is finished as that type requires (an outdated list keeps its newest members).
    """
    parts = split_compound(question) if not choices else None
    model = bundled() if relation == "bundled" else relation
    if parts is not None:
        # each part by the rules alone: the model weighs the whole question's wording, not a part's
        both = [answer(p, docs, as_of=as_of, relation=None) for p in parts]
        if all(b.values for b in both):
            merged = _merged(question, both)
            if model is None:
                return merged
            q = parse_question(question, as_of=as_of)
            return agreed_after_change(q, _retyped(q, _eligible(docs, q.as_of), merged, model))
    q = parse_question(question, as_of=as_of)
    pool = _eligible(docs, q.as_of)
    result = _rules_answer(q, docs, pool, choices)
    if choices:
        return result
    if model is not None:
        result = _retyped(q, pool, result, model)
    result = agreed_after_change(q, result)
    if q.kind == "yesno":
        result = _with_figures(q, pool, _with_other_side(q, pool, _with_side_clauses(q, result)))
        result = with_start_date(q, pool, result)
    elif q.kind == "number" and result.conflict_type == "misinformation" and not result.values:
        # "How much does the trolley cost?" with only the refuted "$4": what the correcting source says
        # holds instead ("The downtown trolley remains fare-free") is the answer there is
        result = _with_truth_instead(q, _on_topic(q, pool) or list(pool), _report_figures(q, pool), result)
    return _dated_by_the_pile(q, pool, argued_when_asked(q, with_parts(q, pool, _newest_members(result))))


def _dated_by_the_pile(q: Question, pool: Sequence[Analyzed], result: Answer) -> Answer:
    """An answer resting on undated sources only holds, as far as anyone can say, as of the newest dated
    report on the question."""
    if result.as_of is not None or not (result.values or result.citations):
        return result
    newest = _newest_evidence(q, pool)
    if newest is None:
        return result
    return replace(
        result,
        as_of=newest,
        explanation=(*result.explanation, f"as of {newest}: its sources are undated; the newest dated one"),
    )


# How the answers to the parts of a compound question type the whole: a refuted or outdated part marks
# it; parts with one answer each that one source gives together make a whole with none; otherwise the
# sources give parts of a complementary whole.
_PART_TYPES: tuple[ConflictType, ...] = ("misinformation", "outdated", "conflicting_opinions")


def _merged(question: str, parts: Sequence[Answer]) -> Answer:
    """One answer to a question asking two things, from each thing's own answer."""
    cited = [{c.doc_id for c in p.citations} for p in parts]
    ctype: ConflictType = next(
        (t for t in _PART_TYPES if any(p.conflict_type == t for p in parts)),
        "no_conflict"
        if all(p.conflict_type == "no_conflict" for p in parts) and set.intersection(*cited)
        else "complementary",
    )
    return Answer(
        question,
        parts[0].kind,
        " ".join(f"{p.question} {p.text}" for p in parts),
        tuple(dict.fromkeys(v for p in parts for v in p.values)),
        ctype,
        max((p.as_of for p in parts if p.as_of), default=None),
        _dedupe(tuple(c for p in parts for c in p.citations)),
        tuple(s for p in parts for s in p.superseded),
        explanation=(
            f"compound question: answered as {len(parts)} questions, typed {ctype}",
            *(f"[{p.question}] {line}" for p in parts for line in p.explanation),
        ),
    )


def answer_before_relation(question: str, docs: Sequence[Analyzed], *, as_of: date | None = None) -> Answer:
    """The rules' answer before the relation model weighs its type and the answer is finished as that type
    requires: what the relation model is trained on."""
    q = parse_question(question, as_of=as_of)
    return _rules_answer(q, docs, _eligible(docs, q.as_of), None)


def _rules_answer(
    q: Question, docs: Sequence[Analyzed], pool: Sequence[Analyzed], choices: Sequence[str] | None
) -> Answer:
    lines = [
        f"question: kind={q.kind} focus={q.focus!r} attribute={q.attribute!r} scope={q.scope!r}"
        + (f" as_of={q.as_of.isoformat()}" if q.as_of else "")
    ]
    if len(pool) < len(docs):
        lines.append(f"set aside {len(docs) - len(pool)} document(s) published after {q.as_of}")
    clusters = duplicate_clusters(pool)
    n_clusters = len(set(clusters.values()))
    if n_clusters < len(pool):
        lines.append(f"{len(pool)} documents form {n_clusters} independent stories (copies count once)")
    result = _attributed(q, pool, lines) or _answer_kind(q, pool, clusters, lines, everyone=docs)
    # a value stated on a known day is not moved to the middle of a month a later report is only guessed at
    stated = timex_interval(result.as_of) if result.as_of else None
    newest = _newest_evidence(q, pool, days_only=stated is not None and stated[0] == stated[1])
    answered = bool(result.values or result.conflict_type != "no_conflict" or result.citations)
    # The answer holds as of the newest on-topic evidence: a later document that repeats, refutes or
    # leaves the value standing is what tells the user it still holds. When that is later than the date
    # the value was first stated, say so.
    if (
        newest is not None
        and answered
        and (result.as_of is None or _later(newest, result.as_of) or _narrows(newest, result.as_of))
        and not (result.conflict_type == "outdated" and result.as_of_stated)
        # "When did the overpass open?": the day is known once it is first reported, and later retellings
        # do not move it (render.group_as_of takes the first report on or after the day)
        and not (q.kind == "date" and result.as_of is not None and _PAST_WHEN_Q.match(q.text))
    ):
        result = replace(
            result,
            as_of=newest,
            explanation=(*result.explanation, f"as of {newest}: the newest on-topic document"),
        )
    if choices:
        return _with_choice(q, result, list(choices), pool)
    if q.kind == "yesno":
        return _with_grounds(q, result, pool)
    if _WHY_Q.match(q.text) and not result.values and result.citations:
        # no cause cue found: each quoted source's clause about the question is what the answer rests on
        return replace(result, values=_clauses(q, result.citations[:_WHY_QUOTED]))
    return result


_PAST_WHEN_Q = re.compile(r"\s*when\s+(?:did|was|were)\b", re.I)

# Sources whose clause a why-answer without a cause cue gives as its values.
_WHY_QUOTED = 2



# A sentence that reports the current state after a change ("its new head office at ...", "has moved to").
_NOW_CUE = re.compile(
    r"\b(?:new|now|moved|relocat\w+|switched|has become|replac\w+|no longer|from now on|this year)\b", re.I
)


def _newest_members(result: Answer) -> Answer:
    """An outdated list answer gives what holds now: the members named by the newest sources, the others
    superseded with their dates ("Stanton Park" since 2021; "Abbey Fields" before).

    Only answers whose values are names quoted in their citations and carry no superseded values yet are
    changed: a slot answer has already split current from older values its own way. A citation known to
    no date counts as newest when its sentence reports a change ("its new head office at ..."), and is left
    alone otherwise.
    """
    if result.conflict_type != "outdated" or result.superseded or len(result.values) < 2:
        return result
    newest: dict[str, tuple[date, Citation]] = {}
    for v in result.values:
        for c in result.citations:
            if v.lower() not in c.quote.lower():
                continue
            if _set_aside(c.quote, v):
                # "made its usual site at Brackley Park unusable": the newest source turns away from it
                newest.setdefault(v, (date.min, c))
                continue
            span = timex_interval(c.date) if c.date else None
            if span is not None:
                point = span[0]
            elif _NOW_CUE.search(c.quote):
                point = date.max
            else:
                return result  # an undated source of a value: which is newest is not known
            if v not in newest or point > newest[v][0]:
                newest[v] = (point, c)
    if set(newest) != set(result.values):
        return result
    top = max(p for p, _ in newest.values())
    older = [v for v in result.values if newest[v][0] < top]
    if not older:
        return result
    kept = tuple(v for v in result.values if v not in older)
    return replace(
        result,
        values=kept,
        superseded=tuple(
            Superseded(v, newest[v][1].doc_id, newest[v][1].date, newest[v][1].external_id, "older source")
            for v in older
        ),
        explanation=(
            *result.explanation,
            "outdated list: kept "
            + ", ".join(kept)
            + " from the newest source(s); "
            + ", ".join(f"{v} ({newest[v][1].date})" for v in older)
            + " superseded",
        ),
    )


def _denies_appointment(note: str, value: str) -> bool:
    """Does a refutation's sentence deny a report putting a person in the post ("Rumours that Lukas Brenner
    had been chosen were denied")? Not one denying a report that the person lost it ("a report that Priya
    Raman has been stripped of the captaincy" is untrue: she holds it)."""
    words = value.split()
    return (
        bool(words)
        and re.search(rf"\b{re.escape(words[-1])}\b", note) is not None
        and _PUT_IN_POST.search(note) is not None
        and _PUT_OUT.search(note) is None
    )


_PUT_IN_POST = re.compile(
    r"\b(?:chosen|appointed|hired|named|naming|picked|selected|signed|recruited|poached|installed|to\s+(?:lead|become|"
    r"take\s+over|succeed|replace))\b",
    re.I,
)
_PUT_OUT = re.compile(
    r"\b(?:stripped|removed|sacked|dropped|fired|ousted|axed|resign\w*|quit\w*|stepp\w+\s+down|replaced|"
    r"suspended|dismissed\s+(?:from|as))\b",
    re.I,
)



def _with_grounds(q: Question, result: Answer, pool: Sequence[Analyzed]) -> Answer:
    """A bare "Yes" or "No" carries what it rests on, from its first citation."""
    if not result.values or result.values[0] not in ("Yes", "No") or not result.citations:
        return result
    # a satire site's story, cited as the report refuted, is nothing a yes or a no rests on
    satire = {a.doc.id for a in pool if _SATIRE_SELF.search(a.doc.text)}
    cited = [c for c in result.citations if c.doc_id not in satire] or list(result.citations)
    quote = cited[0].quote
    second: str | None = None
    if result.conflict_type == "misinformation" and result.values[0] == "No":
        # a refuted report's "No" rests best on a source's own denial ("Larkfield Airport is not closing"),
        # not on a sentence retelling the report it refutes ("aware of a report claiming it will close in
        # September")
        # ... and never on one repeating the words in dispute ("did not say the outbreak was 'out of
        # control'"), and bare when only such a sentence is cited
        disputed = quoted_phrases(q.text)
        found, second, own = _denials(q, pool, cited, satire, disputed)
        if own is not None:
            result = replace(result, citations=_dedupe((*result.citations, _cite(*own))))
        if (
            found is None
            and (
                (_OF_THE_REPORT.search(quote) and len(_expand(set(q.terms)) & _stems(quote)) >= 2)
                # "FACT CHECK: Has the Ba' been cancelled?": a headline asking the question grounds nothing
                or quote.rstrip().endswith("?")
            )
            and (fix := correction_for(q, pool)) is not None
            and len(fix.clause.split()) >= 3
        ):
            # only sentences retelling the report are cited ("We are aware of posts claiming the market has
            # been cancelled"): the "No" rests on what a refuting source states instead ("The market is
            # going ahead")
            return replace(
                result,
                values=(f"No: {fix.clause}", *result.values[1:]),
                citations=_dedupe((*result.citations, fix.cite())),
                explanation=(*result.explanation, fix.note()),
            )
        if found is None and (repeats_any(quote, disputed) or CLAIM_LABEL.match(quote)):
            return result
        quote = found or quote
        if found is not None and _OF_THE_REPORT.search(found):
            quote = _main_clause(found)  # the report, and what it claimed, only in the clause after
    why = _grounds(q, quote, denial=result.values[0] == "No")
    if not why:
        return result
    values = (f"{result.values[0]}: {why}", *result.values[1:])
    asked = _asked_stems(q)
    if (
        second is None
        and result.conflict_type == "misinformation"
        and result.values[0] == "No"
        and (_negates_word(quote, asked) or _NO_PLANS.search(quote) is not None)
        and (fix := correction_for(q, pool)) is not None
        and len(fix.clause.split()) >= 3
        and not set(re.findall(r"\d[\d,.]*", fix.clause)) & set(re.findall(r"\d[\d,.]*", q.text))
        and not any(fix.clause.rstrip(" .") == v.rstrip(" .") for v in values)
    ):
        # "No, Helsinki trams are not free this summer" only negates the report's word: what a refuting
        # source states instead ("Normal fares apply on all trams") is the fact, unless it retells the
        # report's figure
        return replace(
            result,
            values=(values[0], fix.clause, *values[1:]),
            citations=_dedupe((*result.citations, fix.cite())),
            explanation=(*result.explanation, fix.note()),
        )
    if second is not None:
        # a second source's denial in other words ("There are no plans to close the unit"; "the unit is not
        # closing"): its main clause, and no figure, which may be the report's
        more = _grounds(q, _main_clause(second), denial=True)
        if more and more != why and not any(ch.isdigit() for ch in more):
            values = (values[0], more, *values[1:])
    return replace(result, values=values)


def _denials(
    q: Question,
    pool: Sequence[Analyzed],
    cited: Sequence[Citation],
    satire: set[str],
    disputed: Sequence[str],
) -> tuple[str | None, str | None, tuple[Analyzed, int, int] | None]:
    """The denial a refuted report's "No" rests on, a second one in other words, and the uncited sentence
    of a refuting source among them (to cite). First a cited denial naming no report, or naming it only in a
    clause of time or reason ("... is not closing, after a Sunday newspaper claimed it would shut"); else a
    refuting source's own denial of a plan that none cites ("Council has no plans to ban barbecues"). An
    uncited denial or a second one that only negates the question's own word ("has not been sacked")
    repeats the report's word."""
    denials = [
        c.quote
        for c in cited
        if _NEGATION.search(_DISBELIEF.sub("", c.quote)) and not repeats_any(c.quote, disputed)
    ]
    ranked = [d for d in denials if not _OF_THE_REPORT.search(_main_clause(d))]
    asked = _asked_stems(q)
    own = _own_denial(q, pool, satire, disputed, _opposites(asked))
    own_text = own[0].doc.text[own[1] : own[2]] if own is not None else None
    if own_text is not None and not _negates_word(own_text, asked) and own_text not in ranked:
        ranked.append(own_text)
    if own_text is not None and own_text in ranked[1:] and _negates_word(ranked[0], asked):
        # "No, dogs are not banned" repeats the report's word; "Dogs are allowed on trams" states the fact
        ranked.remove(own_text)
        ranked.insert(0, own_text)
    found = ranked[0] if ranked else None
    second = next((d for d in ranked[1:] if not _negates_word(d, asked)), None)
    return found, second, own if own_text is not None and own_text in (found, second) else None


# "Can't believe this, THE ILLUMINATIONS ARE CANCELLED": a poster's dismay, no denial
_DISBELIEF = re.compile(
    r"\b(?:can['’]?t|cannot|could\s*n['’]?t|couldn['’]t|don['’]t)\s+(?:believe|wait|stand|imagine|understand)\b",
    re.I,
)


_NEGATED_WORD = re.compile(r"\b(?:not|never|n[’']t)\s+(?:(?:been|be|being|yet)\s+)*([A-Za-z]+)", re.I)


def _negates_word(sentence: str, asked: set[str]) -> bool:
    """Does the sentence deny one of ``asked`` head-on ("has not been sacked")?"""
    return any(stem(m.group(1).lower()) in asked for m in _NEGATED_WORD.finditer(sentence))


# A denial of a plan rather than of a report's word: "has no plans to ban barbecues", "never considered it"
_NO_PLANS = re.compile(
    r"\bno\s+(?:current\s+)?(?:plans?|intention|proposals?|decision)\b"
    r"|\b(?:not|never)\s+(?:been\s+)?(?:planning|considering|proposing|planned|considered|proposed)\b",
    re.I,
)


def _own_denial(
    q: Question, pool: Sequence[Analyzed], satire: set[str], disputed: Sequence[str], opposite: set[str]
) -> tuple[Analyzed, int, int] | None:
    """The sentence of a refuting source that denies in its main clause a plan of what the question asks, or
    states its opposite, in at least two of its words, without naming the report or calling it false
    ("Council has no plans to ban barbecues in parks or reserves"; "Dogs are allowed on trams", asked
    whether dogs are being banned; ``opposite`` are the stems of those opposite states)."""
    want = _expand(set(q.terms))
    best: tuple[int, Analyzed, int, int] | None = None
    for a in pool:
        if a.doc.id in satire or not any(c.kind == "refutation" for c in a.claims):
            continue
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            hits = len(want & _stems(sent))
            if (
                hits < 2
                or (best is not None and hits <= best[0])
                or not (_NO_PLANS.search(_main_clause(sent)) or _states(sent, opposite))
                or _OF_THE_REPORT.search(sent)
                or refutation_of(sent)
                or repeats_any(sent, disputed)
            ):
                continue
            best = (hits, a, s0, s1)
    return best[1:] if best is not None else None


def _states(clause: str, words: set[str]) -> bool:
    """Does the clause state one of ``words`` (stems) without negating it?"""
    return bool(words & _stems(clause)) and _NEGATION.search(clause) is None


# What the answer adds when the wording of the sources, not the claims found, says how they relate.
_RETYPED_NOTE: dict[str, str] = {
    "no_conflict": "Read as a whole, the sources do not seem to disagree on this.",
    "complementary": "Other sources may add further parts of the answer: see the citations.",
    "conflicting_opinions": "The sources read as taking sides on this: the value above may be one side's.",
    "outdated": "The sources report changes over time: check the dates of the citations.",
    "misinformation": "Some sources dispute or correct reports about this: check before relying on it.",
}


def _total_of_parts(res: Resolution, pool: Sequence[Analyzed]) -> Resolution:
    """The resolution as parts summed by a total (see ``totals``): the group whose sentence adds up the parts
    other sources give answers, and the groups of those parts go with it."""
    groups = (*res.current, *res.superseded)
    summed = total_of_told_parts(groups)
    if summed is not None:
        whole, shares = summed
        return Resolution(
            "complementary",
            (*sorted(shares, key=lambda g: g.point or date.min), whole),
            (),
            (),
            "complementary.sum-of-parts",
            (
                *res.reasons,
                f"{whole.value} [{whole.newest.label}] is told as the sum of parts other sources give: "
                + ", ".join(f"{g.value} [{g.newest.label}]" for g in shares),
            ),
        )
    for total in sorted(groups, key=lambda g: -(parse_number(g.value) or 0.0)):
        told = parts_told_elsewhere(total, pool)
        parts = {p.replace(",", "") for p, _ in told}
        others = [g for g in groups if g is not total]
        if told and all(g.value.replace(",", "") in parts for g in others):
            return Resolution(
                "complementary",
                (total,),
                (),
                (),
                "complementary.total-of-parts",
                (
                    *res.reasons,
                    f"{total.value} sums parts other sources give: "
                    + ", ".join(f"{p} [{who}]" for p, who in told),
                ),
            )
    return res


_DIGIT = re.compile(r"\d")
_FIGURE_WORD = re.compile(
    r"\b(?:figures?|numbers?|estimates?|counts?|totals?|sums?|amounts?|forecasts?|projections?|calculations?)\b",
    re.I,
)
_EACH_ASKED = re.compile(
    r"\b(?:each|every)\s+(?!one\b|other\b|year\b|day\b|week\b|month\b|time\b)[a-z]", re.I
)
# The rules' line for one value that several independent sources give and none disputes
_ONE_VALUE_AGREED = re.compile(r"one value \(.+\) across (?:[2-9]|\d\d+) independent source")


def _argued_over(q: Question, pool: Sequence[Analyzed]) -> bool:
    """Does some source argue over the answer? For a figure, a sentence that argues must hold a figure: "The
    minority argued the money should go to school maintenance first" argues over the hall, not its cost."""
    if q.kind != "number":
        return any(_RIVALRY.search(a.doc.text) for a in pool)
    for a in pool:
        spans = split(a.doc.text)
        for i, (s0, s1) in enumerate(spans):
            if _RIVALRY.search(a.doc.text, s0, s1) is None:
                continue
            # "says the company's jobs figure is inflated. 'Most of those 140 are seasonal shifts'": a figure
            # named, or given in the sentence after
            upto = spans[i + 1][1] if i + 1 < len(spans) else s1
            if _FIGURE_WORD.search(a.doc.text, s0, s1) or _DIGIT.search(a.doc.text, s0, upto):
                return True
    return False


def _retyped(q: Question, pool: Sequence[Analyzed], result: Answer, model: RelationModel) -> Answer:
    probs = model.probabilities(features(q.text, q.kind, q.as_of, pool, result))
    chosen = pick_type(result.conflict_type, probs, model)
    rated = ", ".join(f"{lab} {p:.2f}" for lab, p in sorted(probs.items(), key=lambda kv: -kv[1]))
    if (
        chosen == result.conflict_type
        or any(line in result.explanation for line in SETTLED)
        or any(SETTLED_AGAINST.get(line) == chosen for line in result.explanation)
        # "When will each phase take place?": a question asking for each part takes the parts as given
        or (
            chosen == "conflicting_opinions"
            and result.conflict_type == "complementary"
            and _EACH_ASKED.search(q.text) is not None
        )
        or (
            # one value several independent sources give to a question asking one thing: not parts of a
            # story, and not sides unless somebody in the pool argues over it
            chosen in ("complementary", "conflicting_opinions")
            and any(_ONE_VALUE_AGREED.match(x) for x in result.explanation)
            and (
                not _argued_over(q, pool)
                if chosen == "conflicting_opinions"
                else _MULTI_PART_Q.search(q.text) is None
            )
        )
    ):
        return replace(result, explanation=(*result.explanation, f"relation model: {rated}"))
    fixed: tuple[str, ...] = ()
    if chosen == "misinformation" and q.kind == "open" and not result.values:
        # a quoted sentence gives way to what a refuting source states instead
        fix = correction_for(q, pool)
        if fix is not None:
            result = replace(
                result,
                text=f"{fix.quote()}.",
                values=(fix.clause,),
                citations=(fix.cite(), *result.citations),
            )
            fixed = (fix.note(),)
    if chosen == "conflicting_opinions" and result.conflict_type == "outdated":
        result = _rivals_as_sides(result)
    return replace(
        result,
        conflict_type=chosen,
        text=f"{result.text} {_RETYPED_NOTE[chosen]}",
        explanation=(
            *result.explanation,
            *fixed,
            f"relation model: {chosen} rather than the rules' {result.conflict_type}, from the wording of "
            f"the question and the documents ({rated})",
        ),
    )


# How far apart two sides' figures may be dated and still be rival views rather than old and new values
_SIDES_APART = timedelta(days=62)


def _rivals_as_sides(result: Answer) -> Answer:
    """Read as sides, the figures the rules set aside as older are views held at the same time: an undated
    statement ("We call on the council to cap the increase at 7%") or one dated near the newest. A figure
    its own source gives as past ("Last year rates rose 9.1%") stays superseded."""
    now = timex_interval(result.as_of) if result.as_of else None
    sides: list[str] = []
    for s in result.superseded:
        if s.reason != "older as-of than the current value" or s.value in result.values:
            continue
        when = timex_interval(s.as_of) if s.as_of else None
        if when is None or (now is not None and now[0] - when[1] <= _SIDES_APART):
            sides.append(s.value)
    if not sides:
        return result
    sides = list(dict.fromkeys(sides))
    return replace(
        result,
        values=(*result.values, *sides),
        text=f"{result.text} Read as views held at the same time, not older values: {', '.join(sides)}.",
        superseded=tuple(s for s in result.superseded if s.value not in sides),
        explanation=(*result.explanation, "read as sides: " + ", ".join(sides) + " held at the same time"),
    )


def _later(a: str, b: str) -> bool:
    """Does as-of ``a`` ("2024-05-16") come after as-of ``b`` ("2024-05", "2024", "2024-05-02")?"""
    ia, ib = timex_interval(a), timex_interval(b)
    if ia is None or ib is None:
        return ib is None
    return ia[0] > ib[0] + (ib[1] - ib[0]) / 2


def _narrows(a: str, b: str) -> bool:
    """Is as-of ``a`` a day inside a much longer as-of ``b`` ("2024-04-17" in "2024")? A source known only
    to its year says less of when the answer held than the newest dated report on the story."""
    ia, ib = timex_interval(a), timex_interval(b)
    return ia is not None and ib is not None and (ib[1] - ib[0]).days > 62 and ib[0] <= ia[0] <= ib[1]


def _newest_evidence(q: Question, pool: Sequence[Analyzed], *, days_only: bool = False) -> str | None:
    """The date of the newest on-topic document known to a day or a month (its middle day); when none names
    every name of the question, of one naming half of them and stating its date ("RIDGEWAY, Ont." for
    "Ridgeway County, Ontario"). ``days_only``: of documents known to a day only."""
    best = _newest_of(_on_topic(q, pool), days_only)
    if best is None:
        # only a date the source states: one the pile's stories lent it may be what put it off topic
        best = _newest_of(
            [a for a in _on_topic(q, pool, some_names=True) if a.date.rule in FIRM_DATE_RULES], days_only
        )
    return best.isoformat() if best else None


def _newest_of(docs: Sequence[Analyzed], days_only: bool = False) -> date | None:
    best: date | None = None
    for a in docs:
        lo, hi = a.date.earliest, a.date.latest
        if lo is None or hi is None:
            continue
        if a.date.granularity == "day":
            point = lo
        elif (hi - lo).days <= 31 and not days_only:
            point = date.fromordinal((lo.toordinal() + hi.toordinal()) // 2)
        else:
            continue
        if best is None or point > best:
            best = point
    return best


def _person_slot_of(q: Question) -> Callable[[Question, Sequence[Analyzed], dict[str, int]], _Slot]:
    """Who won, who holds a record, or who holds a post."""
    text = q.text.strip()
    if _WIN_Q.match(text):
        return _winner_slot
    if _RECORD_HOLDER_Q.match(text):
        return _record_slot
    return _person_slot


# "What is Brook Lane Academy's current inspection rating?": a grade a body gives, told in words
_RATING_Q = re.compile(
    r"^(?:what|which)\b.*\b(?:rating|grade|grading|classification|category|band|banding)\s*\??$"
    r"|^how\s+(?:is|was|has)\s+.+\s+(?:been\s+)?(?:rated|graded|classified|judged)\b"
    # "How do inspectors rate Bramley Park Academy?"
    r"|^how\s+(?:do|does|did)\s+.+\s+(?:rate|grade|judge|classify)\b",
    re.I,
)

_RATED = re.compile(
    r"\b(?:rated|graded|judged|classed|classified|downgraded|upgraded|re-?rated|marked)\b"
    r"(?:\s+(?:it|them|him|her|the\s+\w+|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})))?"
    r"\s+(?:as\s+|to\s+be\s+|to\s+|at\s+)?(?:an?\s+)?",
    re.I,
)

_QUOTED_GRADE = re.compile(r"[\"“‘']\s*(?P<v>[A-Za-z][\w -]{0,30}?)\s*[\"”’']")

# an unquoted grade is one word ("judged it to be good in every area"); longer ones come quoted
_BARE_GRADE = re.compile(
    r"(?P<v>(?!(?:by|in|at|for|on|after|with|from|since|every|as|the|a|an)\b)[a-z][\w-]*)\b"
)

_PLURAL_RATED = re.compile(r"\b(?:were|are|have\s+been|both|each|all)\s+(?:\w+\s+)?$", re.I)

_EARLIER_GRADE = re.compile(
    r"\b(?:previous|earlier|last|former|first|original)\b|\bwhen\b|\bhad\s+been\b", re.I
)


def _rating_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The grades the sources give the question's subject ("rated \"good\"", "judged it to be good"), each
    dated by a year beside it ("rated \"inadequate\" in 2022") or by its document."""
    items: list[Item] = []
    for a in _on_topic(q, docs):
        text = a.doc.text
        years = [t for t in a.timexes if t.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d\d)?", t.value)]
        for s0, s1 in split(text):
            sent = text[s0:s1]
            for m in _RATED.finditer(sent):
                if _PLURAL_RATED.search(sent, max(0, m.start() - 16), m.start()):
                    continue  # "Behaviour and attitudes were both rated good": parts of it, not it
                lo, hi = clause_around(sent, m.start(), m.end())
                grades: list[tuple[str, int, int]] = []
                first = _QUOTED_GRADE.match(sent, m.end())
                if first is not None:
                    grades.append((first.group("v"), first.start("v"), first.end("v")))
                    # "rated \"inadequate\" in 2022 and \"requires improvement\" in 2023": the list goes on
                    for more in _QUOTED_GRADE.finditer(sent, first.end(), hi):
                        gap = sent[grades[-1][2] : more.start()]
                        if not re.fullmatch(
                            r"[\"”’']?\s*(?:(?:in|at)\s+\w+\s*)?(?:,|and|,\s*and|or)\s*", gap
                        ):
                            break
                        grades.append((more.group("v"), more.start("v"), more.end("v")))
                elif (bare := _BARE_GRADE.match(sent, m.end())) is not None:
                    grades.append((bare.group("v"), bare.start("v"), bare.end("v")))
                for value, g0, g1 in grades:
                    # the year right after the grade dates it: "rated \"inadequate\" in 2022"
                    year = next(
                        (t for t in years if s0 + g1 <= t.start <= s0 + g1 + 12 and t.end <= s0 + hi), None
                    )
                    earlier = year is not None or _EARLIER_GRADE.search(sent, lo, m.start()) is not None
                    iv = timex_interval(year.value) if year is not None else None
                    doc_lo = a.date.earliest
                    c = Claim(
                        doc_id=a.doc.id,
                        start=s0 + g0,
                        end=s0 + g1,
                        kind="stance",
                        subject=q.focus,
                        attribute="rating",
                        value=value,
                        as_of_earliest=iv[0] if iv else None,
                        as_of_latest=iv[1]
                        if iv
                        else (doc_lo - timedelta(days=1) if earlier and doc_lo else None),
                        sentence_start=s0,
                        sentence_end=s1,
                        rule="rating.history" if earlier else "rating.current",
                    )
                    key = value.lower()
                    items.append(_doc_item(a, c, key, 1.0, clusters.get(a.doc.id, 0)))
    return _Slot(tuple(items), (), ())


def _answer_kind(
    q: Question,
    pool: Sequence[Analyzed],
    clusters: dict[str, int],
    lines: list[str],
    *,
    everyone: Sequence[Analyzed] = (),
) -> Answer:
    """The answer of the question's kind from the pool of eligible documents; ``everyone`` are all the
    documents, later ones included, which may tell when a holder took up a post."""
    if q.kind == "person" and (qm := _QUOTE_Q.match(q.text.strip())):
        quoted = _quote_answer(q, qm.group("quote"), pool, clusters, lines)
        if quoted is not None:
            return quoted
    slot_fn: Callable[[Question, Sequence[Analyzed], dict[str, int]], _Slot] | None = None
    same: Callable[[Item, Item], bool] | None = None
    if q.kind == "person" and _CAUSE_Q.match(q.text.strip()):
        return _open_answer(q, pool, clusters, lines)  # "Who is responsible for ...?" asks for a cause
    if PAY_Q.match(q.text.strip()) and (paid := payer_answer(q, pool, clusters, lines)) is not None:
        return paid  # "Who should pay for the seawall?": the parties sources argue should
    if IMPACT_Q.match(q.text.strip()) and (judged := impact_answer(q, pool, clusters, lines)) is not None:
        return judged  # "What impact will the road have on the mangroves?": how sources judge it
    if q.kind == "person" and _person_slot_of(q) is _person_slot:
        posts = _role_parts_answer(q, pool, lines)
        if posts is not None:
            return posts
    if q.kind == "number":
        slot_fn = _number_slot
    elif q.kind == "person":
        slot_fn = _person_slot_of(q)
        same = _same_person
    elif q.kind == "date":
        # "When will each stage of the upgrade take place?": the stages' dates, when sources date two or more
        slot_fn = phases_slot if PHASES_Q.search(q.text) else _date_slot
    elif q.kind == "yesno":
        if _CAUSE_Q.match(q.text.strip()):
            # "Is X to blame for Y?": when sources name rival causes, the answer is their causes
            cause = _cause_answer(q, pool, clusters, list(lines))
            if cause is not None and cause.conflict_type == "conflicting_opinions":
                return cause
        ans = _answer_yesno(q, pool, clusters)
        return replace(ans, explanation=(*lines, *ans.explanation))
    if slot_fn is None and q.kind == "open" and _RATING_Q.search(q.text.strip()):
        slot_fn = _rating_slot
    if slot_fn is None and q.kind == "open" and FREQUENCY_Q.match(q.text):
        slot_fn = frequency_slot
    if slot_fn is None and q.kind == "open" and _NAME_Q.search(q.text.strip()):
        slot_fn = _name_slot
    if slot_fn is None and q.kind == "open" and _CONVERSION_Q.search(q.text.strip()):
        slot_fn = _conversion_slot
    if slot_fn is None:
        return _open_answer(q, pool, clusters, lines)
    slot = slot_fn(q, pool, clusters)
    if slot_fn in (_rating_slot, _name_slot, _conversion_slot, frequency_slot) and not slot.items:
        return _open_answer(q, pool, clusters, lines)
    slot = _satire_slot(slot, lines)
    if q.kind == "number" and slot.refuted:
        slot = _corrected_figures(slot, pool, lines)
    if q.kind == "number" and slot.disputed:
        slot = _disputed_figures(slot, pool, lines)
    if q.as_of is not None and q.kind == "number":
        slot = _in_force(slot, q.as_of, lines)
        slot = _told_after_its_history(slot, q.as_of, lines)
    if q.as_of is not None and slot_fn is frequency_slot:
        slot = _started_by(slot, q.as_of, lines)
    if q.as_of is not None and q.kind == "person":
        # a report after the question's date may still say when a holder started ("will be sworn in next
        # Thursday, 28 March"): the post was someone else's until then
        slot = _not_yet_in_post(slot, everyone or pool, q.as_of, lines)
        # "He takes over from Siobhan Geraghty, who stepped down after eight months in the role": an undated
        # successor of a holder elected in February came after a question asked in May
        late = successors_after(slot.items, slot.supersedes, q.as_of)
        for key, start in sorted(late.items()):
            lines.append(f"set aside {key}: took over no earlier than {start.isoformat()}, after {q.as_of}")
        slot = replace(slot, items=tuple(i for i in slot.items if i.key not in late))
    if q.period is not None:
        inside = in_period(slot.items, q.period)
        if len(inside) < len(slot.items):
            lines.append(
                f"set aside {len(slot.items) - len(inside)} figure(s) that hold outside {q.period[0].year}"
            )
        slot = replace(slot, items=tuple(inside))
    if not slot.items and not slot.refuted:
        if q.kind == "person":
            held = role_holder_answer(q, pool, list(lines)) if slot_fn is _person_slot else None
            return held or _open_answer(q, pool, clusters, lines)
        return _nothing(q, lines)
    lines.append(
        f"found {len(slot.items)} claim(s) answering the slot in {len({i.doc_id for i in slot.items})} "
        f"document(s)" + (f", {len(slot.refuted)} refuted" if slot.refuted else "")
    )
    groups = group_items(slot.items, same)
    refuted = group_items(slot.refuted, same)
    for g in groups:
        lines.append(
            f"group {g.value}: "
            + ", ".join(
                f"{i.claim.value} [{i.label}] as of {as_of_string(i) or 'undated'} "
                f"({i.claim.rule}, {i.score:.1f})"
                for i in g.items
            )
        )
    plural = bool(re.match(r"^(?:who|which|what)\s+(?:are|were)\b", q.text.strip(), re.I))
    # "who won the three ward seats", "who won the medals": several winners are parts of one list
    plural |= slot_fn is _winner_slot and _list_question(q)
    window = _same_time_window(slot.items)
    lines.append(f"values less than {window + 1} day(s) apart count as the same time")
    if q.kind == "number":
        groups = _merge_near(groups)
    res = classify(
        groups,
        refuted,
        refutation_notes=slot.notes,
        parts_hint=slot.parts or plural,
        same_time_days=window,
        supersedes=slot.supersedes,
    )
    if res.conflict_type == "outdated" and slot.weak and res.current:
        res = _with_weak_older(res, slot.weak)
    res = _refine(res, q, slot)
    if slot_fn is phases_slot:
        res = in_phase_order(res)
    if res.conflict_type != "misinformation" and res.current and not slot.disputed:
        notes = _slot_refutations(q, pool, res)
        if notes:
            groups_all = (*res.current, *res.superseded)
            # "Rumours that Austrian Lukas Brenner had been chosen were denied": the value a refutation
            # names is the false report, and the value no refutation names answers
            named = (
                [g for g in groups_all if any(_denies_appointment(n, g.value) for n in notes)]
                if q.kind == "person"
                else []
            )
            rest = [g for g in groups_all if g not in named]
            if named and rest:
                res = Resolution(
                    "misinformation",
                    tuple(rest[:1]),
                    tuple(rest[1:]),
                    tuple(named),
                    "misinformation.report-about-slot-named",
                    (*res.reasons, "a source refutes a report naming the value:", *notes),
                )
            else:
                res = Resolution(
                    "misinformation",
                    res.current[:1],
                    (*res.current[1:], *res.superseded),
                    (),
                    "misinformation.report-about-slot",
                    (*res.reasons, "a source refutes or corrects a report about the answer:", *notes),
                )
    rival_finder = _RIVALS.get(q.kind)
    if rival_finder is not None and res.conflict_type == "no_conflict" and len(res.current) == 1:
        find, rule, why = rival_finder
        rivals = find(q, pool, clusters, res.current[0].items)
        if rivals:
            res = Resolution(
                "conflicting_opinions",
                (res.current[0], *group_items(rivals)),
                res.superseded,
                (),
                rule,
                (*res.reasons, why + "; ".join(f"{i.claim.value} [{i.label}]" for i in rivals)),
            )
    elif rival_finder is not None and res.conflict_type == "conflicting_opinions" and not res.refuted:
        # sides already at odds: a story the slot missed may put forward a side's figure of its own
        find, rule, why = rival_finder
        have = {g.key for g in (*res.current, *res.superseded)}
        more = [
            i for i in find(q, pool, clusters, [i for g in res.current for i in g.items]) if i.key not in have
        ]
        if more:
            res = replace(
                res,
                current=(*res.current, *group_items(more)),
                reasons=(*res.reasons, why + "; ".join(f"{i.claim.value} [{i.label}]" for i in more)),
            )
    if q.kind == "number" and not res.refuted and res.conflict_type != "misinformation":
        # "a total of 176 ... - 64 by the Army and 112 by SDRF teams", beside "Army rescues 64 villagers":
        # the total sums the parts the other sources give, and those parts are no rival values
        res = _total_of_parts(res, pool)
    if slot.kinds and res.conflict_type == "complementary":
        lines.append(KINDS_APART)
    return _render(q, res, slot, lines)


def _fullest_name(member: tuple[str, Analyzed, int, int]) -> tuple[str, Analyzed, int, int]:
    """A name as its source writes it in full: a headline's "the Albion" is the body's "Portavon Albion"."""
    name, a, s0, s1 = member
    longer = re.search(r"(?<![\w'’&-])(?:[A-Z][\w'’&-]* )+" + re.escape(name) + r"\b", a.doc.text)
    return (longer.group(0), a, s0, s1) if longer else member


# A line of links set off by bars: a masthead, a menu or a share row, not a sentence
_MENU = re.compile(r"[^.!?\n|]+(?:\s\|\s[^.!?\n|]+){2,}")


def _open_answer(q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]) -> Answer:
    """No slot to fill: quote the sentences that best match the question, and type how they relate.

    The best-matching sentences (up to two per document, near the best score) are the evidence; the
    decision procedure of :func:`tidings.conflicts.decide` reads them: a refuted report, a change, parts of
    a list the question asks for, or named sides.
    """
    want = _expand(set(q.terms))
    scored: list[tuple[float, Analyzed, int, int]] = []
    for a in pool:
        for s0, s1 in split(a.doc.text):
            if _MENU.fullmatch(a.doc.text, s0, s1):
                continue  # "Tarrow Museum | Visit | Exhibitions | About": a page's menu says nothing
            st = _stems(a.doc.text[s0:s1])
            score = len(want & st) + 0.001 * (a.date.latest or date.min).toordinal() / 1000
            scored.append((score, a, s0, s1))
    if not scored or max(s[0] for s in scored) < 1:
        return _nothing(q, lines)
    top = max(s[0] for s in scored)
    best = max(scored, key=lambda s: s[0])
    floor = max(2.0, 0.75 * top)
    per_doc: dict[str, int] = {}
    evidence: list[tuple[float, Analyzed, int, int]] = []
    for sc in sorted(scored, key=lambda s: -s[0]):
        if sc[0] < floor:
            break
        n = per_doc.get(sc[1].doc.id, 0)
        if n < 2:
            per_doc[sc[1].doc.id] = n + 1
            evidence.append(sc)
    stmts = [
        Statement(
            _label(a),
            a.doc.text[s0:s1],
            point=_doc_point(a)[0],
            cluster=clusters.get(a.doc.id, 0),
            speaker=speaker_of(a.doc.text[s0:s1]),
            refuted_by=_refuted_by(a, s0, s1),
        )
        for _, a, s0, s1 in evidence
    ]
    # one sentence that rejects a report ("rejecting online posts claiming it had been sold") still tells
    # of the report it rejects
    refutes = len(stmts) == 1 and bool(refutation_of(stmts[0].sentence))
    dec = decide(stmts, list_question=_list_question(q)) if len(stmts) > 1 or refutes else None
    listing = _list_question(q) or _member_type(q) == "money"
    # a question of several kinds ("what will it cost, who is building it and when") is not one list
    multi = _MULTI_PART_Q.search(q.text) is not None
    asks_why = _WHY_Q.match(q.text) is not None
    # "What caused the fish deaths?" asks for a cause before any list of the names its sentences carry
    if asks_why or _CAUSE_Q.match(q.text.strip()):
        # a why-question asks for a cause, never for a list of the names its sentences carry
        why = _cause_answer(q, pool, clusters, lines)
        if why is not None:
            return why
    if proposal_question(q) and not multi and (options := proposals_answer(q, pool, lines)) is not None:
        # "What should happen to the old mill?": the options the sources push, not the names they carry
        return options
    # a why-question the cause cues cannot answer is answered by quoting, never by the names its
    # sentences carry ("Why was the school closed?" is not "Paul Everly, Cedar Bluff")
    # "What did the inspectors find?" asks for findings of any kind; things listed are one kind
    found_q = _FOUND_Q.search(q.text) is not None
    refuted: list[tuple[str, Analyzed, int, int]] = []
    lifted: list[tuple[str, Analyzed, int, int]] = []
    # "Which books are on the shortlist?": works a source lists one to a line, by their whole titles
    titles = (
        listed_titles(q, _on_topic(q, pool, some_names=True) or list(pool))
        if listing and asks_titles(q) and not asks_why
        else []
    )
    if titles:
        lines.append("works listed one to a line: their titles")
    members = titles or (
        _list_members(q, pool, clusters, refuted_out=refuted, lifted_out=lifted)
        if (listing or _member_type(q) == "place") and (found_q or not multi) and not asks_why
        else []
    )
    if not titles and facility_question(q) and len(facilities := facilities_in(q, pool)) >= 2:
        # "What facilities will the hub include?": what the plans list in plain words, not the names their
        # sentences carry ("Queen Elizabeth Park")
        lines.append("facilities the sources say it will have, after the words that list them")
        members = facilities
        listing = True  # "What is included in the upgrade?" asks for the list its parts make up
    if not members and listing and _branches_of_named(q.text) and not asks_why:
        # "its Orchard Street, Millbrook and West Fenn branches": branches named, not placed
        members = _list_members(q, pool, clusters, refuted_out=refuted, lifted_out=lifted, kind_as="name")
    if found_q and len(members) < 2:
        members = []  # one thing is no list of finds: the facts of the best sentences answer instead
    if members and dec is not None and dec.conflict_type == "misinformation":
        # "the ore dock got SOLD to Harborline Hospitality", where another source says it "has not been
        # sold": a name in the denied report is no member
        gainsaid = denied_claims(pool)
        false = [m for m in members if (m[1].doc.id, m[2]) in gainsaid]
        if false:
            lines.append("named only in a report another source denies: " + ", ".join(m[0] for m in false))
            refuted = [*refuted, *false]
            members = [m for m in members if m not in false]
    if members:
        return _list_answer(q, members, dec, listing, lines, refuted, lifted, pool=pool)
    if leader_question(q) and not multi and (leaders := leaders_in(q, pool)):
        lines.append("who leads it or its parts: the people the sources name after 'led by' and the like")
        return _list_answer(q, leaders, dec, True, lines)
    if q.one_person and not multi:
        # "Who ruled in the case?" with no role to fill: the person its best sentences name most
        person = _list_members(q, pool, clusters, most=1)
        if person:
            lines.append("person question without a role: the name the best-matching sentences give most")
            return _list_answer(q, person, dec, False, lines)
    if (noun := asked_kind(q)) is not None and not multi:
        kind = kind_members(pool, noun)
        if kind:
            lines.append(f"a question for the kind of {noun}: the kind most sources write before the word")
            return _list_answer(q, kind, dec, False, lines)
    if one_named(q) and not multi:
        thing = [_fullest_name(m) for m in _list_members(q, pool, clusters, most=1, kind_as="name")]
        if thing:
            lines.append(
                "a question for one named thing of a class: the name the best-matching sentences give most"
            )
            return _list_answer(q, thing, dec, False, lines)
    if _CAUSE_Q.match(q.text.strip()):
        cause = _cause_answer(q, pool, clusters, lines)
        if cause is not None:
            return cause
    if (
        (dec is None or dec.conflict_type in ("no_conflict", "complementary"))
        and not asks_why
        and (report := refuted_report(q, pool)) is not None
        and (fix := correction_for(q, pool)) is not None
    ):
        # the best sentences missed the refutation, but a source refutes a report on the question and
        # states what is so instead
        r, r0, r1 = report
        lines.append(f'a source refutes a report: "{_clip(r.doc.text[r0:r1])}" [{_label(r)}]')
        lines.append(fix.note())
        lines.append("conflict type: misinformation (rule misinformation.refuted-report-corrected)")
        return Answer(
            q.text,
            q.kind,
            f'{fix.quote()}. A report is refuted: "{_clip(r.doc.text[r0:r1], 200)}" [{_label(r)}].',
            (fix.clause,),
            "misinformation",
            _doc_as_of(fix.source),
            tuple(dict.fromkeys((fix.cite(), _cite(r, r0, r1)))),
            explanation=tuple(lines),
        )
    if (
        (dec is None or dec.conflict_type in ("no_conflict", "complementary"))
        and not asks_why
        and (denied := denied_state(q, pool)) is not None
    ):
        # "the geyser has DRIED UP for good" against "The geyser has not dried up": the denying source says
        # what is so instead
        c = denied.claimed
        claim = c.doc.text[denied.c0 : denied.c1]
        lines.append(
            f'a source denies what another reports ("{denied.phrase}"): "{_clip(claim)}" [{_label(c)}] '
            f"against [{_label(denied.denier)}]; rule misinformation.denied-state"
        )
        quote = _clip(denied.denier.doc.text[denied.s0 : denied.s1], 300)
        return Answer(
            q.text,
            q.kind,
            f'"{quote}" [{_label(denied.denier)}]. A report is denied: "{_clip(claim, 200)}" [{_label(c)}].',
            (denied.clause,),
            "misinformation",
            _doc_as_of(denied.denier),
            (
                _cite(denied.denier, denied.s0, denied.s1),
                _cite(denied.denier, denied.d0, denied.d1),
                _cite(c, denied.c0, denied.c1),
            ),
            explanation=tuple(lines),
        )
    facts_type: ConflictType | None = None
    if dec is None or dec.conflict_type in ("no_conflict", "complementary"):
        facts = _facts_answer(q, scored, top, clusters, list(lines) if asks_why else lines)
        if facts is not None and not asks_why:
            return facts
        # a why-question is answered by quoting, never by the names and figures of its sentences; how the
        # sources relate is still what their facts show
        facts_type = facts.conflict_type if facts is not None else None
    _, a, s0, s1 = best
    as_of = (
        a.date.value
        if a.date.granularity != "week"
        else (a.date.earliest.isoformat()[:7] if a.date.earliest else None)
    )
    lines.append("open question: quoted the best-matching sentence")
    if dec is None or dec.conflict_type == "no_conflict" or dec.conflict_type == "outdated":
        text = (
            f'"{_clip(a.doc.text[s0:s1], 300)}" [{_label(a)}]' + (f", as of {as_of}" if as_of else "") + "."
        )
        if dec is not None:
            lines.extend(dec.reasons)
            lines.append(f"conflict type: {dec.conflict_type} (rule {dec.rule})")
        return Answer(
            q.text,
            q.kind,
            text,
            (),
            facts_type or (dec.conflict_type if dec else "no_conflict"),
            as_of,
            (_cite(a, s0, s1),),
            explanation=tuple(lines),
        )
    lines.extend(dec.reasons)
    lines.append(f"conflict type: {dec.conflict_type} (rule {dec.rule})")
    shown: list[tuple[float, Analyzed, int, int]] = []
    seen_docs: set[str] = set()
    for e in evidence:
        if e[1].doc.id not in seen_docs:
            seen_docs.add(e[1].doc.id)
            shown.append(e)
    quotes = [f'"{_clip(x.doc.text[b0:b1], 200)}" [{_label(x)}]' for _, x, b0, b1 in shown[:4]]
    values: tuple[str, ...] = ()
    cited = [_cite(x, b0, b1) for _, x, b0, b1 in shown[:4]]
    if dec.conflict_type == "misinformation":
        text = "Some reports were refuted or corrected: " + "; ".join(quotes)
        fix = correction_for(q, pool)
        if fix is not None:
            # what the refuting source states instead is the answer; the refuted reports are its context
            lines.append(fix.note())
            text = f"{fix.quote()}. {text}"
            values = (fix.clause,)
            cited.insert(0, fix.cite())
    elif dec.conflict_type == "conflicting_opinions":
        text = "Sources disagree: " + "; ".join(quotes)
    else:
        text = "Each source gives part of the answer: " + "; ".join(quotes)
    text += (f", as of {as_of}" if as_of else "") + "."
    return Answer(
        q.text,
        q.kind,
        text,
        values,
        dec.conflict_type,
        as_of,
        tuple(dict.fromkeys(cited)),
        explanation=tuple(lines),
    )


def _with_choice(q: Question, result: Answer, choices: list[str], pool: Sequence[Analyzed]) -> Answer:
    idx: int | None = None
    why: tuple[str, ...] = ()
    try:
        from tidings import choose as choose_mod

        idx, why = choose_mod.choose(q.text, choices, pool, as_of=q.as_of)
    except ImportError:
        idx, why = _simple_choice(result, choices, pool)
    if idx is None:
        return replace(result, explanation=(*result.explanation, *why))
    text = f"{choices[idx]}. " + result.text if result.values else choices[idx]
    return replace(
        result, choice=idx, values=(choices[idx],), text=text, explanation=(*result.explanation, *why)
    )


def _simple_choice(
    result: Answer, choices: list[str], pool: Sequence[Analyzed]
) -> tuple[int | None, tuple[str, ...]]:
    hay = " ".join(result.values).lower() or result.text.lower()
    for i, ch in enumerate(choices):
        if ch.lower() in hay:
            return i, (f"choice {i} matches the answer",)
    counts = [sum(a.doc.text.lower().count(ch.lower()) for a in pool) for ch in choices]
    best = max(range(len(choices)), key=lambda i: counts[i])
    return best, (f"choice {best} is mentioned most often ({counts[best]} times)",)


_START_CUE = re.compile(r"\b(?:starting|beginning|effective|from|as of|taking effect|on)\s+(?:on\s+)?$", re.I)


# After a start day set before the figure: "From 1 January 2024, the price ... rises to 32 kronor", "will
# pay more from 1 February 2025, when a single ticket goes up from 32 to 35 kronor"
_START_LEADS = re.compile(r"\s*(?:,\s*when\b|,)", re.I)
_START_OPENERS = frozenset({"from", "starting", "beginning", "effective", "as of"})


def _start_date(a: Analyzed, c: Claim) -> date | None:
    """The day a value takes effect when its sentence says so and it is later than the document ("will
    rise from $7.50 to $8.25 starting July 1", "From 1 January 2024, the price ... rises to 32 kronor"): the
    value is announced, not yet in force."""
    hi = c.sentence_end if c.sentence_end >= 0 else c.end + 80
    pub = a.date.latest
    if c.sentence_start >= 0:
        for t in a.timexes:
            if not (c.sentence_start <= t.start and t.end < c.start) or t.type != "DATE":
                continue
            if not _START_CUE.search(a.doc.text, max(c.sentence_start, t.start - 30), t.start):
                continue
            lead = _START_LEADS.match(a.doc.text, t.end)
            opens = a.doc.text[c.sentence_start : t.start].strip().lower() in _START_OPENERS
            if lead is None or (lead.group(0).strip() == "," and not opens):
                continue  # only a sentence that opens on its start day, or a day a clause then explains
            iv = timex_interval(t.value)
            if iv is not None and (pub is None or iv[0] > pub):
                return iv[0]
    for t in a.timexes:
        if not (c.end <= t.start <= min(hi, c.end + 40)) or t.type != "DATE":
            continue
        if not _START_CUE.search(a.doc.text, max(c.end, t.start - 30), t.start):
            continue
        if any(ch.isdigit() for ch in a.doc.text[c.end : t.start]):
            break  # "from NOK 100 to NOK 110 from 1 January": the day starts the figure after this one
        iv = timex_interval(t.value)
        if iv is not None and (pub is None or iv[0] > pub):
            return iv[0]
    return None


# A holder's start told as still to come: "will join Severnvale on 1 July 2024", "is to take over from".
_TO_START = re.compile(
    r"\b(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to|are\s+to)\s+(?:formally\s+)?"
    r"(?:join|start|commence|take\s+(?:up|over)|begin|succeed|become|step\s+into|be\s+sworn\s+in)\b"
    # "Abbott starts October 1": a start in the present simple is a timetable
    r"|\b(?:starts|joins|begins|commences)\s+(?:work\s+|in\s+the\s+(?:role|post|job)\s+)?(?:on\s+)?"
    r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d)",
    re.I,
)


_PRONOUN_START = re.compile(r"\s*(?:He|She|They)\b")
_PRONOUN_REACH = 2  # sentences a pronoun may reach back to the holder it stands for


def _not_yet_in_post(slot: _Slot, pool: Sequence[Analyzed], as_of: date, lines: list[str]) -> _Slot:
    """Set aside holders whose start a source gives as a day after the question's date ("Mr Mehta ... will
    join Severnvale on 1 July 2024", asked as of 1 June): on that date the post was still someone else's."""
    late: dict[str, date] = {}
    for key in {i.key for i in slot.items}:
        named = re.compile(rf"\b{re.escape(key)}\b", re.I)  # the surname as a word: "Lee", not "Leeds"
        for a in pool:
            if not named.search(a.doc.text):
                continue
            told = 0  # how many sentences back the holder was last named, up to _PRONOUN_REACH
            for s0, s1 in split(a.doc.text):
                sent = a.doc.text[s0:s1]
                # the holder who starts is the start verb's subject: named before it, or the one a
                # sentence just before named ("Johan Ekdahl has been appointed ... He will take up the post on
                # 1 January 2021"), not the one taken over from
                verb = _TO_START.search(sent)
                mine = verb is not None and (
                    named.search(sent, 0, verb.start()) is not None
                    or (told > 0 and _PRONOUN_START.match(sent) is not None)
                )
                told = _PRONOUN_REACH if named.search(sent) is not None else max(0, told - 1)
                if not mine:
                    continue
                for t in a.timexes:
                    iv = timex_interval(t.value) if s0 <= t.start < s1 and t.type == "DATE" else None
                    if iv is not None and iv[0] > as_of and (key not in late or iv[0] < late[key]):
                        late[key] = iv[0]
    # a start a source gives after the question's date ("takes over on April 1", asked in January) is no
    # as-of for that date: the report itself is
    slot = replace(slot, items=tuple(_reported_not_started(i, as_of) for i in slot.items))
    if not late or all(i.key in late for i in slot.items):
        return slot  # nobody else is named for the post: the answer says when the holder starts
    for key, start in sorted(late.items()):
        lines.append(f"set aside {key}: takes up the post {start.isoformat()}, after {as_of}")
    return replace(slot, items=tuple(i for i in slot.items if i.key not in late))


def _reported_not_started(item: Item, as_of: date) -> Item:
    """A holder's claim dated by its start day when that day lies after ``as_of``: dated by its report."""
    if item.lo is None or item.lo <= as_of or not item.claim.rule.endswith(".from-day"):
        return item
    claim = replace(item.claim, as_of_earliest=None, as_of_latest=None)
    return _doc_item(item.source, claim, item.key, item.score, item.cluster)


def _started_by(slot: _Slot, as_of: date, lines: list[str]) -> _Slot:
    """Set aside values whose own clause starts them after the question's date ("trains every 8 minutes
    from Monday, 2 February", asked as of December)."""
    late = [i for i in slot.items if i.claim.as_of_earliest is not None and i.claim.as_of_earliest > as_of]
    if not late or len(late) == len(slot.items):
        return slot
    for i in late:
        lines.append(f"set aside {i.claim.value} [{i.label}]: starts {i.claim.as_of_earliest}, after {as_of}")
    return replace(slot, items=tuple(i for i in slot.items if i not in late))


def _told_after_its_history(slot: _Slot, as_of: date, lines: list[str]) -> _Slot:
    """Set aside the current values of a source whose date is only estimated when the source itself puts a
    value in an earlier year that other sources show began later: "Rs 100 per day, up from Rs 80 last year",
    where Rs 80 took effect on 1 April 2023, was written in 2024 at the earliest, after a question asked in
    June 2023."""
    late: dict[str, date] = {}
    for h in slot.items:
        lo, hi = h.claim.as_of_earliest, h.claim.as_of_latest
        est = h.source.date
        if (
            "history.timex" not in h.claim.rule
            or lo is None
            or hi is None
            or (lo.month, lo.day, hi.month, hi.day) != (1, 1, 12, 31)
            or lo.year != hi.year
            or is_stated(est)
            or est.earliest is None
            or est.latest is None
            or est.latest.year - lo.year < 1
        ):
            continue
        began = min(
            (
                start
                for i in slot.items
                if i.key == h.key
                and i.doc_id != h.doc_id
                and "history" not in i.claim.rule
                and _changed_to(i)
                and (start := i.claim.as_of_earliest or i.lo) is not None
            ),
            default=None,
        )
        if began is None or began.year <= lo.year:
            continue
        # the source's own year is as far after the value's year as its text says ("last year": one)
        earliest = date(began.year + (est.latest.year - lo.year), 1, 1)
        if earliest > as_of:
            late[h.doc_id] = max(earliest, late.get(h.doc_id, earliest))
    # "around 300 households ..., down from about 1,100 in March", asked of mid-March: the source is of a
    # later month, and the value it puts in March is the one that held then
    revived: dict[int, Item] = {}
    why = {d: "puts an earlier value in a year before that value began" for d in late}
    first = date(as_of.year, as_of.month, 1)
    over = date(as_of.year + as_of.month // 12, as_of.month % 12 + 1, 1)  # the day after the month
    for h in _month_gone_by(slot, as_of):
        late[h.doc_id] = max(over, late.get(h.doc_id, over))
        month = MONTH_NAMES[as_of.month - 1].title()
        why.setdefault(h.doc_id, f"puts an earlier value in {month}, a month then over")
        rule = h.claim.rule.replace(".history", ".in-month")
        claim = replace(h.claim, rule=rule, as_of_earliest=first, as_of_latest=as_of)
        revived[id(h)] = replace(
            h, claim=claim, history=False, lo=first, hi=as_of, precise=False, span_hi=as_of
        )
    if not late:
        return slot
    keep = [i for i in slot.items if i.doc_id not in late or "history" in i.claim.rule]
    for it in slot.items:
        if it not in keep:
            lines.append(
                f"set aside {it.claim.value} [{it.label}]: its source {why[it.doc_id]}, so it was written no "
                f"earlier than {late[it.doc_id].isoformat()}, after {as_of}"
            )
        elif id(it) in revived:
            lines.append(f"{it.claim.value} [{it.label}] held in the month asked of, by its own source")
    return replace(slot, items=tuple(revived.get(id(i), i) for i in keep))


def _month_gone_by(slot: _Slot, as_of: date) -> list[Item]:
    """History values a source whose date is only estimated puts in the question's month by name ("down from
    about 1,100 in March", asked of mid-March): news names the month so only once it is over, so the source
    was written after it, later than the question's date."""
    out: list[Item] = []
    for h in slot.items:
        if "history" not in h.claim.rule or is_stated(h.source.date) or h.claim.sentence_end < 0:
            continue
        named = _IN_MONTH.match(h.source.doc.text, h.claim.end, h.claim.sentence_end)
        if named is not None and named.group(1).lower() == MONTH_NAMES[as_of.month - 1]:
            out.append(h)
    return out


# A month a history value is put in, by its name alone: "down from about 1,100 in March"
_IN_MONTH = re.compile(
    r"[^.;]{0,40}?\bin\s+(" + "|".join(n.title() for n in MONTH_NAMES) + r")\b(?!\s+\d)"
)


def _changed_to(it: Item) -> bool:
    """Does the value's sentence report the change to it, giving the value before ("increased the fee from
    Rs 50 to Rs 80")? Then the value began about when it was reported, not merely was still so. (Wider than
    numbers._own_history, which chains updates and wants the verb right before "from".)"""
    return any(
        c.kind == "quantity" and "history" in c.rule and c.sentence_start == it.claim.sentence_start
        for c in it.source.claims
    )


def _in_force(slot: _Slot, as_of: date, lines: list[str]) -> _Slot:
    """Set aside values that take effect after the question's date; the value they replace ("from $7.50")
    stays in force as of their document's date."""
    keep: list[Item] = []
    for it in slot.items:
        start = _start_date(it.source, it.claim)
        if start is None or "history" in it.claim.rule:
            # "will cost $3.00 an hour, up from $2.50 last summer": the figure before the start holds until it
            keep.append(it)
            continue
        if start <= as_of:
            if it.claim.unit == "%":
                # "from EUR 35 to EUR 45 from 1 January": the figure before the start; "will rise 6% from 1
                # April": a change announced, told as of its announcement, not a level in force since then
                keep.append(it)
                continue
            # in force by the question's date: it holds since its start, not since its announcement
            claim = replace(it.claim, as_of_earliest=start, as_of_latest=start)
            keep.append(_doc_item(it.source, claim, it.key, it.score, it.cluster))
            continue
        lines.append(
            f"set aside {it.claim.value} [{it.label}]: takes effect {start.isoformat()}, after {as_of}"
        )
        s0 = it.claim.sentence_start
        for c in it.source.claims:
            if (
                c.kind == "quantity"
                and "history" in c.rule
                and s0 <= c.start < it.claim.start
                and c.unit == it.claim.unit
            ):
                prior = replace(c, as_of_earliest=None, as_of_latest=None, rule="quantity.in-force")
                keep.append(_doc_item(it.source, prior, _number_key(prior), it.score, it.cluster))
                lines.append(f"{c.value} [{it.label}] stays in force until {start.isoformat()}")
    return replace(slot, items=tuple(keep))
