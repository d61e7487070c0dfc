"""An old figure given with the day it held ("up from 102 yesterday") dates its report to the day after the
report that gave it; day questions asked as "on which day"; "open again" answered by "reopened"; a rival
figure a correction calls false; closures "for" works past their dates and causes "among the reasons";
list members written a name to a line, kept by their opposite verb, or paid for by a sum; hours changing;
a figure in a larger unit that rounds another; a part's measure; evaluative words of harm and money; an
ordinal rung that is no rung asked for. Text written for these tests, modelled on local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings.ask.members import _members_in, _purposes_in
from tidings.ask.question import parse_question
from tidings.dating._figures import old_figure_days
from tidings.facts import causes_in

# ------------------------------------------------------------------------------- the day an old figure held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A record 131 patients were waiting on trolleys at Carrow General, up from 117 yesterday.",
            {"117": (1, 1, None)},
            id="yesterday",
        ),
        pytest.param(
            "The count fell to 64 this morning, down from a record 131 last Wednesday, the union said.",
            {"131": (1, 7, 2)},
            id="a-record-last-wednesday",
        ),
        pytest.param(
            "Bookings rose to 2,410, up from 1,980 on Monday, the operator said.",
            {"1,980": (1, 7, 0)},
            id="on-monday",
        ),
        pytest.param(
            "The count rose to 131, up from 117, the union said yesterday.",
            {},
            id="said-yesterday-is-no-day-of-the-figure",
        ),
        pytest.param("There were 117 patients on trolleys yesterday.", {}, id="a-current-figure"),
    ],
)
def test_an_old_figure_with_its_day(text: str, expected: dict[str, tuple[int, int, int | None]]) -> None:
    assert old_figure_days(text) == expected


def test_a_report_citing_yesterdays_figure_is_dated_the_day_after_it() -> None:
    first = document(
        "There were 117 patients waiting on trolleys at Carrow General this morning, the nurses' union said.",
        given="2024-01-09",
        name="first",
    )
    later = document(
        "A record 131 patients were on trolleys at Carrow General this morning, up from 117 yesterday, the "
        "nurses' union said. Planned operations have been cancelled.",
        name="later",
    )
    got = corpus_dates(first, later, reference=date(2024, 1, 20))
    assert (got[later.id].earliest, got[later.id].latest) == (date(2024, 1, 10), date(2024, 1, 10))
    assert got[later.id].rule == "corpus-figure"


def test_a_named_weekday_that_is_not_the_reports_leaves_the_day_open() -> None:
    # the figure's report is a Tuesday; "last Wednesday" cannot be its day
    first = document(
        "There were 131 patients waiting on trolleys at Carrow General this morning, the union said.",
        given="2024-01-09",
        name="first",
    )
    later = document(
        "The count at Carrow General fell to 64 this morning, down from a record 131 last Wednesday.",
        name="later",
    )
    got = corpus_dates(first, later, reference=date(2024, 3, 1))[later.id]
    assert got.earliest is not None and got.earliest >= date(2024, 1, 9)
    assert got.latest != got.earliest or got.earliest != date(2024, 1, 10)


# ---------------------------------------------------------------------------------------------- questions


@pytest.mark.parametrize(
    ("question", "kind", "focus"),
    [
        ("On which day are Harwick schools closed because of the snow warning?", "date", "Harwick schools"),
        ("Which day will the Tarrin footbridge reopen?", "date", "Tarrin footbridge reopen"),
        ("On which date does early voting start?", "date", "early voting start"),
        ("Which day of the week is the Harwick market held?", "open", "Which day of the week"),
    ],
)
def test_a_day_asked_as_which_day(question: str, kind: str, focus: str) -> None:
    q = parse_question(question)
    assert q.kind == kind
    assert q.focus.startswith(focus), q.focus


def test_open_again_is_answered_by_reopened() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2023, 9, 1),
            "Kelby Lane Primary will be closed to pupils at the start of term after crumbling concrete was "
            "found in its roof, the council said.",
        ),
        (
            date(2024, 1, 9),
            "Kelby Lane Primary fully reopened on Monday, with all pupils taught in new modular classrooms.",
        ),
    ]
    res = answer("Is Kelby Lane Primary in Harwick open again after its concrete closure?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


# ---------------------------------------------------------------------------------- a rival called false


def _ferry_rows(figure_word: str) -> list[tuple[date | None, str]]:
    return [
        (
            date(2022, 5, 4),
            f"BREAKING: {figure_word} people have been injured after a ferry struck the pier at Carrow Bay "
            "this morning, according to reports.",
        ),
        (
            date(2022, 5, 4),
            "Three people have been taken to hospital with minor injuries after the ferry struck Carrow Bay "
            "pier this morning, the ambulance service said.",
        ),
        (
            date(2022, 5, 5),
            "An earlier version of our report on yesterday's ferry incident at Carrow Bay said that "
            f"{figure_word.lower()} people had been injured. That figure was wrong. The ambulance service "
            "treated three people for minor injuries.",
        ),
    ]


@pytest.mark.parametrize("figure_word", ["Sixteen", "Eleven"])
def test_a_rival_figure_a_correction_calls_wrong_is_misinformation(figure_word: str) -> None:
    res = answer(
        "How many people were injured when the ferry hit the pier at Carrow Bay?",
        table_docs(_ferry_rows(figure_word)),
    )
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values and res.values[0].lower().startswith("three"), (res.values, res.explanation)


# ------------------------------------------------------------------------------------------------- causes


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "Tarrin Gardens will be closed from Monday 3 June to Friday 26 July for footpath replacement.",
            "footpath replacement",
            id="closed-past-its-dates-for",
        ),
        pytest.param(
            "The closure of the Kelby lido this summer is for boiler replacement, the council said.",
            "boiler replacement",
            id="the-closure-is-for",
        ),
        pytest.param(
            "Porters at Carrow General say the loss of their night-shift allowance is one of the reasons "
            "they voted to strike.",
            "the loss of their night-shift allowance",
            id="one-of-the-reasons",
        ),
        pytest.param(
            "Bin crews in Harwick voted to take strike action after rejecting a pay offer of 2 per cent.",
            "rejecting a pay offer of 2 per cent",
            id="strike-action-after",
        ),
    ],
)
def test_a_cause_named_in_these_forms(sentence: str, cause: str) -> None:
    assert cause in [c.fact.text for c in causes_in(sentence) if not c.rejected]


# ------------------------------------------------------------------------------------------- list members


def test_names_written_one_to_a_line_are_no_headings_and_a_kept_one_is_no_member() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            None,
            "LEAKED: list of Harwick beaches losing their Blue Flags this year!!\n\nKelby Sands\nMorrow Gap\n"
            "Pellan Cove\n\n- Posting this without a source is irresponsible",
        ),
        (
            date(2025, 5, 20),
            "Harwick has six Blue Flag beaches this year. Kelby Sands, Tarrin Point and Pellan Cove did not "
            "retain their awards. Morrow Gap kept its Blue Flag.",
        ),
        (
            date(2025, 5, 21),
            "The Harwick beaches that lost their flags were Kelby Sands, Tarrin Point and Pellan Cove, the "
            "charity confirmed.",
        ),
    ]
    res = answer("Which Harwick beaches lost their Blue Flag status this year?", table_docs(rows))
    assert_values(res, ["Kelby Sands", "Tarrin Point", "Pellan Cove"], ["Morrow Gap", "Posting"])


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "This will pay for new changing rooms and a referee's room, replacing the old prefabs.",
            ["changing rooms", "referee's room"],
        ),
        (
            "The award of EUR 900,000 goes to the club for a new all-weather pitch at Kelby Park.",
            ["all-weather pitch"],
        ),
        (
            "The rowing club received EUR 38,000 towards a new boat store and equipment.",
            ["boat store", "equipment"],
        ),
        (
            "Morrow Athletics says new floodlights will help, after securing EUR 120,000 yesterday.",
            ["floodlights"],
        ),
        ("The new stand opened on Saturday.", []),
    ],
)
def test_what_a_sum_pays_for(sentence: str, items: list[str]) -> None:
    assert _purposes_in(sentence) == items


def test_a_purpose_question_lists_what_the_grants_buy() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2024, 2, 20),
            "Harwick clubs will share EUR 1.9 million in sports grants. The largest award, EUR 900,000, goes "
            "to Kelby Rovers in Harwick for a new all-weather pitch.",
        ),
        (
            date(2024, 2, 21),
            "Harwick Athletics says new floodlights for its track will let it train in winter, after "
            "securing "
            "EUR 120,000 in the Harwick sports grants yesterday.",
        ),
    ]
    res = answer("What will Harwick's share of the 2024 sports grants pay for?", table_docs(rows))
    assert_values(res, ["all-weather pitch", "floodlights"], ["EUR 1.9 million"])


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("From April, Central Library will close at 6 p.m. on weekdays.", ["close at 6 p.m."]),
        ("Sunday hours are being scrapped at every branch after Easter.", ["Sunday hours"]),
        ("Both branches will be closed on Mondays from April.", ["closed on Mondays"]),
    ],
)
def test_hours_that_change(sentence: str, hours: list[str]) -> None:
    assert _members_in(sentence, "hours", set(), "") == hours


def test_the_hours_being_changed_are_no_member() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2023, 2, 8),
            "Harwick Library will close at 6 p.m. Monday to Thursday from April to meet a budget cut.",
        ),
        (
            date(2023, 2, 9),
            "Harwick Library's Sunday hours are being eliminated after Easter. Until now Harwick Library "
            "opened 1-5 p.m. on Sundays.",
        ),
    ]
    res = answer("How are Harwick Library's opening hours changing?", table_docs(rows))
    assert_values(res, ["6 p.m.", "Sunday hours"], ["1 to 5"])


# ------------------------------------------------------------------------------------------------- measures


def test_a_figure_in_a_larger_unit_that_rounds_another_is_the_same_report() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2023, 6, 12),
            "The new Tarrin Bridge is 2,380 metres long, with a main span of 910 metres between its towers.",
        ),
        (date(2023, 6, 15), "The Tarrin Bridge is about 2.4 km long and the view from the middle is superb."),
    ]
    res = answer("How long is the new Tarrin Bridge?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    # the precise figure first, then the same figure as the other source writes it in its larger unit
    assert res.values == ("2,380", "2.4"), (res.values, res.explanation)


def test_a_figure_that_does_not_round_to_the_other_stays_a_rival() -> None:
    rows: list[tuple[date | None, str]] = [
        (date(2023, 6, 12), "The new Tarrin Bridge is 2,380 metres long."),
        (date(2023, 6, 12), "The Tarrin Bridge is about 2.6 km long, according to the ferry company."),
    ]
    res = answer("How long is the new Tarrin Bridge?", table_docs(rows))
    assert res.conflict_type != "no_conflict", res.explanation


# ------------------------------------------------------------------------------------- evaluative questions


@pytest.mark.parametrize(
    ("question", "rows", "sides"),
    [
        pytest.param(
            "Is the Kelby taxi fare increase justified?",
            [
                (
                    date(2022, 7, 4),
                    "Fares on Kelby taxi routes will rise from R14 to R17. This adjustment is necessary "
                    "because of the sharp increase in fuel prices.",
                ),
                (
                    date(2022, 7, 6),
                    "A commuter group has described the planned Kelby taxi fare increase as unaffordable "
                    "for workers.",
                ),
            ],
            ["fuel", "unaffordable"],
            id="necessary-and-unaffordable",
        ),
        pytest.param(
            "Are Harwick's speed cameras making roads safer?",
            [
                (
                    date(2023, 5, 16),
                    "Harwick councillor Ann Moss says the city's speed cameras are a cash grab and the "
                    "figures are too early to trust.",
                ),
                (
                    date(2023, 5, 18),
                    "Harwick's speed cameras have made roads safer, with injury collisions down 19% in "
                    "camera zones, city staff said.",
                ),
            ],
            ["cash grab", "safer"],
            id="cash-grab",
        ),
        pytest.param(
            "Is Harwick's low emission zone hurting city-centre shops?",
            [
                (
                    date(2021, 9, 14),
                    "Harwick shop owners say footfall has fallen by 14 per cent since the low emission zone "
                    "started, and they blame the charge for putting off visitors.",
                ),
                (
                    date(2021, 9, 16),
                    "Harwick council says there is no evidence that the low emission zone has reduced "
                    "city-centre footfall.",
                ),
            ],
            ["14 per cent", "no evidence"],
            id="hurting-and-no-evidence",
        ),
    ],
)
def test_an_evaluative_question_answered_both_ways(
    question: str, rows: list[tuple[date | None, str]], sides: list[str]
) -> None:
    res = answer(question, table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, sides)


def test_a_negation_after_every_judgment_word_does_not_turn_it() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2025, 9, 30),
            'Council convener Ian Rae said: "The fast ferry to Inchmorra is a lifeline for islanders."',
        ),
        (
            date(2025, 10, 6),
            "At 40 pounds a return the Inchmorra fast ferry is unaffordable and the island will empty "
            "faster, not slower.",
        ),
    ]
    res = answer("Will the new fast ferry to Inchmorra benefit islanders?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["lifeline", "unaffordable"])


# ------------------------------------------------------------------------------------------- other figures


def test_an_ordinal_phase_is_no_rung_asked_for() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2019, 11, 9),
            "The business case puts the cost at 840 million pounds for phase one of the Harwick tram.",
        )
    ]
    res = answer("How much will the first phase of the Harwick tram cost?", table_docs(rows))
    assert_values(res, ["840 million"], ["phase one"])


def test_a_denial_of_the_reports_word_is_grounded_in_what_a_source_states_instead() -> None:
    rows: list[tuple[date | None, str]] = [
        (None, "Trams in Kelby will be free all summer from 1 July! Share before they take it down."),
        (
            date(2024, 6, 26),
            # the fact in a paragraph of its own, after the notice calls the poster fake
            "A poster claiming that trams in Kelby will be free all summer is circulating. This is false: "
            "the poster was not made by the transport authority.\n\nNormal fares apply on all trams and "
            "buses this summer. A single ticket costs 3.10 euros.",
        ),
        (
            date(2024, 6, 27),
            "FACT CHECK: No, Kelby trams are not free this summer. Verdict: false.",
        ),
    ]
    res = answer("Are Kelby trams free to ride this summer?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values and res.values[0].startswith("No"), res.values
    assert_values(res, ["Normal fares apply"])
    stated = [v.rstrip(" .") for v in res.values]
    assert len(stated) == len(set(stated)), res.values  # the fact once, however many rules find it
