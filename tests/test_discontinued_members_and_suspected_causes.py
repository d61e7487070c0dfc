"""A member a later notice drops by name ("the Quarry Lane stop has been discontinued"), a cause first put
forward as a suspicion and later denied ("There was no gas leak, as initially reported"), and a figure set
aside by "rather than" ("with 30 places rather than the 40 places first promised"). Text written for these
tests, modelled on council notices and local news; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs

_LAUNCH = (
    date(2023, 5, 12),
    "BRAMLEY - The town's free shuttle bus made its first runs on Friday, looping every half hour between "
    "four stops: the Market Cross, Quarry Lane, the Leisure Centre and Bramley Station.",
)


@pytest.mark.parametrize(
    ("notice", "ctype", "absent"),
    [
        pytest.param(
            "SHUTTLE ROUTE FOR 2024\nThe shuttle returns on 2 May. Based on last year's rider counts, the "
            "Quarry Lane stop has been discontinued. The shuttle will serve the Market Cross, the Leisure "
            "Centre and Bramley Station, with a new stop at Bramley Hospital.",
            "outdated",
            ["Quarry Lane"],
            id="a-stop-discontinued-by-name",
        ),
        pytest.param(
            "SHUTTLE ROUTE FOR 2024\nThe shuttle returns on 2 May. Based on last year's rider counts, the "
            "Quarry Lane stop has been dropped. The shuttle will serve the Market Cross, the Leisure "
            "Centre and Bramley Station, with a new stop at Bramley Hospital.",
            "outdated",
            ["Quarry Lane"],
            id="a-stop-dropped-by-name",
        ),
        pytest.param(
            "SHUTTLE ROUTE FOR 2024\nThe shuttle returns on 2 May. Based on last year's rider counts, a "
            "shuttle that served Quarry Lane has been discontinued. The shuttle will serve the Market Cross, "
            "the Leisure Centre and Bramley Station, with a new stop at Bramley Hospital.",
            "complementary",
            [],
            id="control-the-shuttle-not-the-stop-is-discontinued",
        ),
    ],
)
def test_a_member_a_later_source_drops_by_name(notice: str, ctype: str, absent: list[str]) -> None:
    res = rules_answer(
        "Which stops does the Bramley town shuttle serve?", table_docs([_LAUNCH, (date(2024, 4, 20), notice)])
    )
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["Market Cross", "Bramley Hospital"], absent)


_FIRST_NOTICE = (
    date(2024, 2, 6),
    "Evacuation at Hollins Primary: Pupils at Hollins Primary School were sent home on Tuesday after staff "
    "reported a strong smell, with the council saying a suspected gas leak in the boiler room may have "
    "caused it. Parents were asked to collect children from the church hall.",
)


@pytest.mark.parametrize(
    ("update", "ctype"),
    [
        pytest.param(
            "UPDATE: Hollins Primary evacuation: Engineers have found that the smell at Hollins Primary "
            "School was caused by a blocked sewer vent behind the kitchen. There was no gas leak, as "
            "initially reported; the boiler was inspected and is safe.",
            "outdated",
            id="a-suspicion-denied-by-the-later-finding",
        ),
        pytest.param(
            "UPDATE: Hollins Primary evacuation: Engineers have found that the smell at Hollins Primary "
            "School was caused by a blocked sewer vent behind the kitchen. The boiler was inspected and is "
            "safe.",
            "no_conflict",
            id="control-no-denial",
        ),
    ],
)
def test_a_suspected_cause_a_later_finding_denies(update: str, ctype: str) -> None:
    res = rules_answer(
        "Why was Hollins Primary School evacuated?", table_docs([_FIRST_NOTICE, (date(2024, 2, 8), update)])
    )
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["sewer vent"], ["gas leak"])


@pytest.mark.parametrize(
    ("sentence", "current", "older"),
    [
        pytest.param(
            "The new nursery at Corby Street will now open with 30 places rather than the 40 places "
            "first promised.",
            "30",
            "40",
            id="rather-than",
        ),
        pytest.param(
            "The new nursery at Corby Street will now open with 30 places instead of the planned 40.",
            "30",
            "40",
            id="instead-of-the-planned",
        ),
    ],
)
def test_a_figure_set_aside_is_older(sentence: str, current: str, older: str) -> None:
    rows = [(date(2024, 7, 1), sentence)]
    res = rules_answer("How many places will the new Corby Street nursery have?", table_docs(rows))
    assert list(res.values) == [current], res.explanation
    assert older in {s.value for s in res.superseded} or older not in " ".join(res.values), res.explanation
