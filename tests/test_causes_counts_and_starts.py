"""Causes told in "after ..." clauses, by a named thing's state or in subject position; counted nouns ended by
irregular past verbs, and an abbreviated genus that names no place; a round "more than" bound merged with the
exact figure just above it; a count that leaves out its noun; a post whose new holder starts after the
question date; month dates answered in words; and plans left behind named by their month alone. Text
written for these tests, modelled on local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, document, table_docs
from analyzed import rules_answer as answer
from tidings.ask.question import parse_question
from tidings.dating._figures import _targets, cited_old
from tidings.facts import causes_in

# ------------------------------------------------------------------------------------------------ causes


@pytest.mark.parametrize(
    ("sentence", "within", "absent"),
    [
        pytest.param(
            "Pellan Cove was closed after tests showed high E. coli levels following a sewage spill.",
            ["E. coli levels", "sewage spill"],
            [],
            id="abbreviation-full-stop-keeps-the-clause",
        ),
        pytest.param(
            "The paddling area at Morrow Sands stayed shut after samples found raised E. coli counts near "
            "the outfall.",
            ["E. coli counts"],
            [],
            id="abbreviation-full-stop-second-case",
        ),
        pytest.param(
            "The flooding on Quay Row in Haddon was caused by a spring tide coinciding with a storm surge, "
            "forecasters said on Wednesday.",
            ["spring tide", "storm surge"],
            ["said", "Wednesday", "forecasters"],
            id="forecasters-said-is-no-part-of-the-cause",
        ),
        pytest.param(
            "The damage at Penwarren harbour was caused by gale-force winds and a high tide, the coastguard "
            "said on Monday.",
            ["gale-force winds", "high tide"],
            ["said", "coastguard", "Monday"],
            id="coastguard-said-is-no-part-of-the-cause",
        ),
        pytest.param(
            "Shopkeepers also pointed to the River Tarrin, which was running high after heavy rain upstream.",
            ["River Tarrin", "heavy rain"],
            [],
            id="a-river-by-its-state",
        ),
        pytest.param(
            "Farmers also blamed the Kellow Brook, which was swollen after days of downpours on the moors.",
            ["Kellow Brook", "downpours"],
            [],
            id="a-brook-by-its-state",
        ),
        pytest.param(
            "The kite festival will be held in Mill Park rather than on the dunes this year, organisers say, "
            "after winter storms washed away most of the flat sand.",
            ["winter storms"],
            ["organisers", "Mill Park"],
            id="after-a-force-with-no-article",
        ),
    ],
)
def test_a_cause_clause_runs_to_its_real_end(sentence: str, within: list[str], absent: list[str]) -> None:
    texts = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    assert any(all(w in t for w in within) for t in texts), texts
    assert not any(a in t for t in texts for a in absent), texts


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("Blocked gullies added to the depth of the flooding.", "Blocked gullies"),
        ("Overflowing culverts added to the disruption on the Brenton road.", "Overflowing culverts"),
        ("Heavy rain contributed to the landslide above Carrick Lane.", "Heavy rain"),
        ("Fallen leaves contributed to the blocked drain on Oldham Row.", "Fallen leaves"),
    ],
)
def test_a_contributing_cause_in_subject_position(sentence: str, cause: str) -> None:
    assert [(c.fact.text, c.rejected) for c in causes_in(sentence)] == [(cause, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council added to the list of closed roads.",
        "The parish council added to the list of closed footpaths near Wrexley.",
    ],
)
def test_adding_to_a_list_names_no_cause(sentence: str) -> None:
    assert causes_in(sentence) == []


_KITES = [
    (
        date(2024, 1, 10),
        "Kites head inland to Mill Park\n\nThis year's kite festival will be held in Mill Park rather than "
        "on the dunes, organisers say, after winter storms washed away most of the flat sand.",
    ),
    (
        date(2024, 1, 12),
        "Saltby Noticeboard\n\nThe Saltby kite festival is in Mill Park this year. Entries close Friday.",
    ),
]


def test_a_why_answered_by_a_report_that_never_names_the_town() -> None:
    res = answer("Why was the Saltby kite festival moved off the dunes?", table_docs(_KITES))
    assert any("winter storms" in v for v in res.values), res.explanation
    assert res.conflict_type == "no_conflict", res.explanation


# --------------------------------------------------------------------------------------------- questions


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("How many people rode the new Skelby gondola on its first day?", "people"),
        ("How many visitors flew from Tarrow airport on the opening weekend?", "visitors"),
        ("How many drivers drove over the new Ashcombe bridge on Monday?", "drivers"),
        ("How many tickets sold for the Brindle Park concert?", "tickets"),
    ],
)
def test_an_irregular_past_verb_ends_the_counted_noun(question: str, focus: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.focus, q.attribute) == ("number", focus, "count")


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("How many people fell ill in the E. coli outbreak at the Lowdon fete?", "Lowdon"),
        ("How many children fell ill after the E. coli outbreak at the Dunmere show?", "Dunmere"),
        ("How many people fell ill in the E. coli outbreak at the fair?", ""),
    ],
)
def test_an_abbreviated_genus_names_no_place(question: str, scope: str) -> None:
    q = parse_question(question)
    assert q.scope == scope
    assert not q.scope.startswith("E.")


@pytest.mark.parametrize(
    ("question", "focus"),
    [("How full are Lenton's dams?", "dams"), ("How full is the Carrow reservoir?", "reservoir")],
)
def test_how_full_asks_for_a_fullness_figure(question: str, focus: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.attribute) == ("number", "fullness")
    assert focus in q.focus


# ------------------------------------------------------------------------------------------------ counts

_RIDERS_Q = "How many people rode the Skelby Point gondola on its opening day?"


def _riders(first: str, second: str) -> list[tuple[date | None, str]]:
    return [
        (
            date(2023, 7, 2),
            f"The new Skelby Point gondola carried {first} passengers on its opening day, the operator "
            "said. The cabins, each seating six people, ran until 9pm.",
        ),
        (
            date(2023, 7, 3),
            f"{second} people rode the Skelby Point gondola on its opening day. The operator put the exact "
            f"figure at {first}.",
        ),
    ]


@pytest.mark.parametrize(
    ("exact", "bound"),
    [("12,300", "More than 12,000"), ("8,300", "More than 8,000"), ("5,180", "Over 5,000")],
)
def test_a_round_lower_bound_merges_with_the_exact_figure_just_above_it(exact: str, bound: str) -> None:
    res = answer(_RIDERS_Q, table_docs(_riders(exact, bound)))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.values == (exact,), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("exact", "bound", "round_value"),
    [
        pytest.param("12,300", "Nearly 12,000", "12,000", id="bound-points-the-wrong-way"),
        pytest.param("8,450", "More than 8,000", "8,000", id="more-than-five-percent-below"),
    ],
)
def test_a_bound_that_cannot_tell_the_exact_figure_stays_apart(
    exact: str, bound: str, round_value: str
) -> None:
    res = answer(_RIDERS_Q, table_docs(_riders(exact, bound)))
    assert res.conflict_type != "no_conflict", res.explanation
    assert round_value in res.values and exact in res.values, (res.values, res.explanation)


def test_a_per_cabin_figure_is_no_count_of_riders() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            date(2023, 7, 2),
            "The new Skelby Point gondola opened to the public on Saturday. Its cabins, each seating six "
            "people, ran until 9pm.",
        )
    ]
    res = answer(_RIDERS_Q, table_docs(rows))
    assert_values(res, [], ["6", "six"])
    assert res.values == (), res.values


@pytest.mark.parametrize(
    ("question", "text", "count"),
    [
        (
            "How many pupils were hospitalised after the outbreak?",
            "Nineteen pupils at Greystone Primary reported symptoms after a suspected norovirus outbreak. "
            "Three were taken to hospital as a precaution.",
            "three",
        ),
        (
            "How many pupils were taken to hospital after the school lunch?",
            "Twenty-four pupils at Larchfield Academy reported stomach pains after a school lunch on Monday. "
            "Five were taken to hospital as a precaution, the head teacher said.",
            "five",
        ),
    ],
)
def test_a_count_that_leaves_out_its_noun_answers(question: str, text: str, count: str) -> None:
    res = answer(question, table_docs([(date(2024, 3, 5), text)]))
    got = [v.lower() for v in res.values]
    assert any(v.split()[0] == count for v in got), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("company", "text", "cut", "staff"),
    [
        (
            "Corvale Textiles",
            "Corvale Textiles will cut 45 jobs, about a fifth of its 230 staff.",
            "45",
            "230",
        ),
        (
            "Pellow Foods",
            "Pellow Foods will cut 60 jobs at its Ardle plant, about a quarter of its 250 staff, the "
            "firm said.",
            "60",
            "250",
        ),
    ],
)
def test_jobs_cut_are_not_the_whole_staff(company: str, text: str, cut: str, staff: str) -> None:
    res = answer(f"How many jobs is {company} cutting?", table_docs([(date(2024, 2, 1), text)]))
    assert res.values == (cut,), (res.values, res.explanation)
    assert_values(res, [cut], [staff])


# ------------------------------------------------------------------------------------------ roles, dates


@pytest.mark.parametrize(
    ("city", "text", "holder"),
    [
        ("Cardwell", "Joanna Reyes has been named the city's poet laureate.", "Joanna Reyes"),
        (
            "Lindow",
            "Lindow council said on Monday that Tomas Eriksen has been named the city's poet laureate.",
            "Tomas Eriksen",
        ),
    ],
)
def test_a_person_named_to_a_role_answers_who_holds_it(city: str, text: str, holder: str) -> None:
    res = answer(f"Who is {city}'s poet laureate?", table_docs([(date(2024, 4, 1), text)]))
    assert res.values == (holder,), (res.values, res.explanation)


_FERRIES = [
    (
        date(2021, 10, 4),
        "Ana Ruiz has resigned as chief executive of Brackwater Ferries with immediate effect. The board "
        "has appointed deputy CEO Lena Holm as acting chief executive while it searches for a successor.",
    ),
    (
        date(2021, 11, 15),
        "The board of Brackwater Ferries has appointed Karl Voss as the company's new chief executive. He "
        "will take up the post on 1 March 2022.",
    ),
]
_HOUSING = [
    (
        date(2022, 5, 9),
        "Sofia Marr has resigned as chief executive of Tollan Housing. The board has appointed deputy CEO "
        "Owen Pike as interim chief executive.",
    ),
    (
        date(2022, 6, 20),
        "The board of Tollan Housing has appointed Priya Desai as the association's new chief executive. "
        "She will take up the post on 5 September 2022.",
    ),
]


@pytest.mark.parametrize(
    ("rows", "body", "as_of", "holder", "not_holder"),
    [
        pytest.param(
            _FERRIES, "Brackwater Ferries", date(2021, 12, 1), "Lena Holm", "Karl Voss", id="ferries"
        ),
        pytest.param(_HOUSING, "Tollan Housing", date(2022, 7, 1), "Owen Pike", "Priya Desai", id="housing"),
        pytest.param(_FERRIES, "Brackwater Ferries", None, "Karl Voss", "Lena Holm", id="ferries-no-date"),
        pytest.param(_HOUSING, "Tollan Housing", None, "Priya Desai", "Owen Pike", id="housing-no-date"),
    ],
)
def test_a_start_told_in_the_next_sentence_is_weighed_against_the_question_date(
    rows: list[tuple[date | None, str]], body: str, as_of: date | None, holder: str, not_holder: str
) -> None:
    res = answer(f"Who is the chief executive of {body}?", table_docs(rows), as_of=as_of)
    assert_values(res, [holder], [not_holder])


@pytest.mark.parametrize(
    ("question", "text", "month"),
    [
        (
            "When will Harrowgate lido reopen?",
            "Harrowgate lido is expected to reopen in June 2024 after repairs to its filtration plant.",
            "June 2024",
        ),
        (
            "When will the Coldwell library reopen?",
            "The Coldwell library is due to reopen in November 2023 once the roof has been replaced.",
            "November 2023",
        ),
    ],
)
def test_a_month_date_is_answered_in_words(question: str, text: str, month: str) -> None:
    res = answer(question, table_docs([(date(2023, 9, 1), text)]))
    assert res.values == (month,), (res.values, res.explanation)
    assert not any(v[:4].isdigit() for v in res.values), res.values


# ---------------------------------------------------------------------------------------- plans left behind


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The reopening of Tarn Street baths has been pushed back from March to June.", [("~march", True)]),
        (
            "The footbridge at Ellery Lock was originally due back in March but is still shut.",
            [("~march", True)],
        ),
        ("The Winsford ferry was originally scheduled to reopen in April.", [("~april", True)]),
        ("Work on the Brook Road sewer was delayed from October, the council said.", [("~october", True)]),
        ("The Hexley museum is expected to reopen in March 2022.", [("march2022", False)]),
        ("The pool at Ormsby reopened in March, a month late.", []),
    ],
)
def test_plan_targets_and_plans_left_behind(text: str, targets: list[tuple[str, bool]]) -> None:
    assert list(_targets(text)) == targets


def test_a_month_left_behind_is_cited_from_the_report_that_gave_it_with_its_year() -> None:
    planned = document(
        "Tarn Street baths are expected to reopen in March 2022 after a refit, the council said.", name="a"
    )
    moved = document(
        "The reopening of Tarn Street baths has been pushed back from March to June because of a shortage "
        "of tiles.",
        name="b",
    )
    other = document("Tarn Street baths will hold a swimming gala on Saturday.", name="c")
    assert cited_old([planned, moved, other]) == {moved.id: [("~march", planned.id)]}


def test_a_different_month_left_behind_cites_nothing() -> None:
    planned = document("The Hexley museum is expected to reopen in April 2022, the trust said.", name="a")
    moved = document("The reopening of the Hexley museum has been pushed back from March to June.", name="b")
    assert cited_old([planned, moved]) == {}
