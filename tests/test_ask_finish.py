"""Finishing an answer as its settled type requires: a yes or no carries the figures it rests on, and an
outdated list keeps what its newest sources name.

These steps run after the relation model has weighed the type, so they are tested on answers built here
with the type already settled, and through the rules alone (``rules_answer``) where the rules type them.
Every row that must change an answer has a control beside it that must leave it alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask import _newest_members, parse_question
from tidings.ask.common import _cite
from tidings.ask.figures import _with_figures
from tidings.model import Answer, ConflictType, Superseded

_TRIAL_Q = "Is Ashby's garden waste collection trial working?"
_TRIAL_FIGURES = (
    "Ashby District Council said 64% of the 3,000 households in the garden waste collection trial now "
    "use it every fortnight."
)
_TRIAL_HISTORY = (
    "Ashby's garden waste collection trial now reaches 71% of households, up from 52% last year, the "
    "council said."
)
_TRIAL_NO_FIGURE = "The garden waste collection trial in Ashby was discussed by councillors on Monday."

_CARE_Q = "Is Marlow Water's customer service any good?"
_CARE_OLD = (
    "Only 38% of Marlow Water customers were happy with the service they received, a survey by the "
    "consumer group Fairtap found."
)
_CARE_NEW = (
    "Marlow Water has turned its service around: 77% of customers said they were happy with the service "
    "in this year's Fairtap survey."
)


@pytest.mark.parametrize(
    ("question", "docs", "values", "absent"),
    [
        pytest.param(
            _TRIAL_Q,
            [(date(2024, 5, 2), _TRIAL_FIGURES)],
            {"64%", "3,000"},
            set(),
            id="no-verdict-in-words-answered-with-figures",
        ),
        pytest.param(
            _TRIAL_Q,
            [(date(2024, 5, 2), _TRIAL_HISTORY)],
            {"71%"},
            {"52%"},
            id="history-inside-the-sentence-is-not-a-current-figure",
        ),
        pytest.param(
            _TRIAL_Q,
            [(date(2024, 5, 2), _TRIAL_NO_FIGURE)],
            set(),
            {"64%"},
            id="control-no-figures-no-values",
        ),
        pytest.param(
            "Is the government paying Ashby households £400 to join the garden waste trial?",
            [
                (
                    date(2024, 5, 2),
                    "Ashby households joining the garden waste trial are not paid £400; the council said "
                    "each household gets a free bin worth £35.",
                )
            ],
            set(),
            {"£400", "400"},
            id="the-questions-own-figure-is-never-the-evidence",
        ),
    ],
)
def test_yes_no_figures(
    question: str, docs: list[tuple[date | None, str]], values: set[str], absent: set[str]
) -> None:
    got = answer(question, table_docs(docs))
    assert values <= set(got.values), got.values
    assert not absent & set(got.values), got.values
    if values:
        assert got.citations


def _settled(question: str, docs: list[tuple[date | None, str]], ctype: ConflictType) -> Answer:
    """A yes-or-no answer that found nothing in words, with its type already settled as ``ctype``."""
    pool = table_docs(docs)
    empty = Answer(question, "yesno", "No answer found in the documents.", (), ctype, None)
    return _with_figures(parse_question(question), pool, empty)


def test_outdated_figures_come_from_the_newest_source() -> None:
    got = _settled(_CARE_Q, [(date(2022, 6, 1), _CARE_OLD), (date(2024, 6, 3), _CARE_NEW)], "outdated")
    assert got.values == ("77%",)
    assert [s.value for s in got.superseded] == ["38%"]
    assert [c.doc_id for c in got.citations] == ["d2"]


def test_opinion_figures_keep_every_side() -> None:
    got = _settled(
        _CARE_Q, [(date(2022, 6, 1), _CARE_OLD), (date(2024, 6, 3), _CARE_NEW)], "conflicting_opinions"
    )
    assert set(got.values) == {"38%", "77%"}
    assert not got.superseded


def test_a_refuted_reports_figures_are_not_the_answer() -> None:
    got = _settled(_CARE_Q, [(date(2022, 6, 1), _CARE_OLD), (date(2024, 6, 3), _CARE_NEW)], "misinformation")
    assert got.values == ()


_FEST_OLD = "The Harwick Folk Festival has been held at Mill Meadow since 2011."
_FEST_NEW = "The Harwick Folk Festival moved to Castle Green this summer after the meadow flooded."
_FEST_NEW_UNDATED_NO_CUE = "The Harwick Folk Festival drew big crowds to Castle Green."


def _list_answer(ctype: ConflictType, rows: list[tuple[date | None, str, str]]) -> Answer:
    """An open list answer: each row is a value and the dated sentence that names it."""
    docs = table_docs([(day, text) for day, text, _ in rows])
    return Answer(
        "Where is the Harwick Folk Festival held?",
        "open",
        "; ".join(v for _, _, v in rows),
        tuple(v for _, _, v in rows),
        ctype,
        None,
        tuple(_cite(a, 0, len(a.doc.text)) for a in docs),
    )


@pytest.mark.parametrize(
    ("ctype", "rows", "kept", "superseded"),
    [
        pytest.param(
            "outdated",
            [(date(2019, 7, 1), _FEST_OLD, "Mill Meadow"), (date(2024, 7, 20), _FEST_NEW, "Castle Green")],
            ("Castle Green",),
            ["Mill Meadow"],
            id="outdated-keeps-the-newest-sources-member",
        ),
        pytest.param(
            "outdated",
            [(date(2019, 7, 1), _FEST_OLD, "Mill Meadow"), (None, _FEST_NEW, "Castle Green")],
            ("Castle Green",),
            ["Mill Meadow"],
            id="an-undated-source-reporting-a-move-is-newest",
        ),
        pytest.param(
            "outdated",
            [
                (date(2019, 7, 1), _FEST_OLD, "Mill Meadow"),
                (None, _FEST_NEW_UNDATED_NO_CUE, "Castle Green"),
            ],
            ("Mill Meadow", "Castle Green"),
            [],
            id="control-an-undated-source-without-a-change-is-left-alone",
        ),
        pytest.param(
            "complementary",
            [(date(2019, 7, 1), _FEST_OLD, "Mill Meadow"), (date(2024, 7, 20), _FEST_NEW, "Castle Green")],
            ("Mill Meadow", "Castle Green"),
            [],
            id="control-parts-of-a-list-are-all-kept",
        ),
    ],
)
def test_newest_members(
    ctype: ConflictType,
    rows: list[tuple[date | None, str, str]],
    kept: tuple[str, ...],
    superseded: list[str],
) -> None:
    got = _newest_members(_list_answer(ctype, rows))
    assert got.values == kept
    assert [s.value for s in got.superseded] == superseded


def test_newest_members_leaves_a_slot_answers_own_split() -> None:
    base = _list_answer(
        "outdated",
        [(date(2019, 7, 1), _FEST_OLD, "Mill Meadow"), (date(2024, 7, 20), _FEST_NEW, "Castle Green")],
    )
    split_already = Answer(
        base.question,
        base.kind,
        base.text,
        base.values,
        base.conflict_type,
        base.as_of,
        base.citations,
        superseded=(Superseded("Town Square", "d0", "2010"),),
    )
    assert _newest_members(split_already).values == base.values


_BONUS_Q = "Is the council paying Ashby households £400 to join the garden waste trial?"
_BONUS_REPORT = (
    "Viral post: the council is paying Ashby households £400 each to join the garden waste trial.",
    "The claim that households joining the garden waste trial get £400 is false, the council said.",
)
_BONUS_RIGHT = "Households joining the Ashby garden waste trial get a free bin worth £35, the council said."
_BONUS_ECHO = "Ashby households in the garden waste trial receive a bin worth £35 and nothing more."


@pytest.mark.parametrize(
    ("texts", "corrected"),
    [
        pytest.param([_BONUS_RIGHT, _BONUS_ECHO], "£35", id="two-sources-agree-on-the-corrected-figure"),
        pytest.param([_BONUS_RIGHT], None, id="control-one-source-is-not-agreement"),
    ],
)
def test_a_refuted_figure_is_answered_with_the_corrected_one(texts: list[str], corrected: str | None) -> None:
    pool = table_docs([(date(2024, 5, i), text) for i, text in enumerate([*_BONUS_REPORT, *texts], 1)])
    refuted = Answer(
        _BONUS_Q,
        "yesno",
        "No.",
        ("No",),
        "misinformation",
        None,
        (_cite(pool[1], 0, len(pool[1].doc.text)),),
    )
    got = _with_figures(parse_question(_BONUS_Q), pool, refuted)
    assert "£400" not in got.values
    assert (corrected in got.values) if corrected else got.values == ("No",)
