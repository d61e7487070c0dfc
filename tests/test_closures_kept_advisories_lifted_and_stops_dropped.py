"""A closure kept on after something new was found outdates the works it began for, and one cause told in
two wordings ("roof concrete found", "RAAC") is one cause; an advisory lifted answers whether the advice
still stands; a place "no longer served" leaves a route's list, from the month the change starts."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_answer, assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.dating._content import _past_month_over

_POOL_SHUT = (
    date(2024, 1, 8),
    "Tarnby pool shuts for planned maintenance\n\nTarnby's community swimming pool has closed for two "
    "weeks of "
    "planned maintenance, including retiling the learner pool.",
)


@pytest.mark.parametrize(
    "kept",
    [
        "Tarnby's swimming pool will stay closed indefinitely after surveyors found RAAC in the roof of the "
        "changing rooms. The pool had been closed since early January for planned maintenance.",
        "Tarnby's swimming pool will remain shut for longer after surveyors found RAAC in the roof. The pool "
        "had been closed for planned maintenance.",
    ],
)
def test_a_closure_kept_on_after_a_find_outdates_the_works_it_began_for(kept: str) -> None:
    docs = table_docs(
        [_POOL_SHUT, (date(2024, 1, 24), "Pool to stay shut after roof concrete found\n\n" + kept)]
    )
    res = answer("Why is the Tarnby swimming pool closed?", docs)
    assert_answer(res, "outdated", ["RAAC"])
    assert_values(res, [], absent=["maintenance"])


def test_control_a_closure_not_kept_on_names_both_causes() -> None:
    docs = table_docs(
        [
            _POOL_SHUT,
            (
                date(2024, 1, 10),
                "Tarnby pool: more work found\n\nTarnby's swimming pool is closed for planned maintenance "
                "and "
                "because surveyors found RAAC in the roof.",
            ),
        ]
    )
    res = answer("Why is the Tarnby swimming pool closed?", docs)
    assert res.conflict_type != "outdated", res.explanation


def test_a_wording_holding_every_word_of_another_joins_their_groups() -> None:
    docs = table_docs(
        [
            _POOL_SHUT,
            (
                date(2024, 1, 24),
                "Pool to stay shut after roof concrete found\n\nTarnby's swimming pool will stay closed "
                "indefinitely after surveyors found RAAC in the roof of the changing rooms.",
            ),
            (
                date(2024, 3, 4),
                "Update on our closure\n\nWe are still closed because of the RAAC found in our roof at "
                "Tarnby.",
            ),
        ]
    )
    res = answer("Why is the Tarnby swimming pool closed?", docs)
    causes = [line for line in res.explanation if line.startswith("cause ")]
    assert not any(line.startswith("cause RAAC:") for line in causes), causes
    assert any("roof concrete found" in line and "'RAAC in the roof" in line for line in causes), causes


@pytest.mark.parametrize(
    ("said", "over"),
    [("early January", date(2031, 1, 11)), ("mid-January", date(2031, 1, 21)), ("January", date(2031, 2, 1))],
)
def test_a_past_part_of_a_month_is_over_from_that_part_s_end(said: str, over: date) -> None:
    # "closed since early January": written after the month's first days, not only after the month
    assert _past_month_over(2031, 1, said) == over


_BEACH = [
    (
        date(2024, 7, 3),
        "Algae warning at town beach\n\nThe City of Lumo's environmental health unit has advised against "
        "swimming at the town beach after a heavy bloom of blue-green algae was found.",
    ),
    (
        date(2024, 7, 10),
        "Still no swimming at town beach\n\nThe city continues to advise against swimming at the town beach.",
    ),
    (
        date(2024, 7, 17),
        "CITY OF LUMO - Environmental Health bulletin\n\nThe swimming advisory for the town beach has been "
        "lifted. Samples taken on 15 July showed no significant algae.",
    ),
]


def test_an_advisory_lifted_answers_whether_the_advice_still_stands() -> None:
    res = answer(
        "Is swimming still advised against at Lumo's town beach because of blue-green algae?",
        table_docs(_BEACH),
    )
    assert_answer(res, "outdated", ["lifted"])
    assert res.values[0].startswith("No"), res.values


def test_control_without_the_lifting_the_advice_still_stands() -> None:
    res = answer(
        "Is swimming still advised against at Lumo's town beach because of blue-green algae?",
        table_docs(_BEACH[:2]),
    )
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


_CLINIC = [
    (
        date(2023, 2, 8),
        "New mobile clinic for the Upper Vlakte\n\nA new mobile clinic based at Karsdorp will visit "
        "Welgeval, "
        "Doornbult and Riethoek every week, the provincial health department announced. The clinic, "
        "staffed by "
        "a nurse and a pharmacist assistant, will offer chronic medication and immunisations.",
    ),
    (
        date(2023, 8, 22),
        "Mobile clinic route changes\n\nFrom September, Riethoek will no longer be served by the Karsdorp "
        "mobile clinic, as a new team based in Brandkop takes over that area. In its place the Karsdorp team "
        "will add weekly visits to Sandvlei, where residents have asked for a service closer to home.\n\n"
        'Residents of Sandvlei welcomed the change. "The old people struggled to walk to town," said ward '
        "committee member Lindiwe Maseko. The department says the change is part of a review of clinic "
        "routes "
        "across the Umsobo ka Nala district.",
    ),
]


def test_a_place_no_longer_served_leaves_the_list_from_the_month_the_change_starts() -> None:
    res = answer("Which places does the Karsdorp-based mobile clinic currently visit?", table_docs(_CLINIC))
    assert_answer(res, "outdated", ["Welgeval", "Doornbult", "Sandvlei"])
    # the town it is based in and the district a review spans are no stops
    assert_values(res, [], absent=["Riethoek", "Karsdorp", "Umsobo"])
    assert res.as_of == "2023-09", res.explanation


def test_control_asked_which_places_it_stops_serving_the_dropped_place_is_the_answer() -> None:
    res = answer("Which places will the Karsdorp mobile clinic stop serving?", table_docs(_CLINIC))
    assert_values(res, ["Riethoek"])


@pytest.mark.parametrize(
    "told",
    [
        "Customers will not be allowed to use hosepipes to water gardens or wash cars.",
        # a "but" clause after the ban denies something else
        "Brenmoor Water has received 900 reports of people breaking the ban but has not fined anyone.",
    ],
)
def test_what_a_ban_forbids_and_what_it_has_not_done_do_not_deny_it(told: str) -> None:
    docs = table_docs(
        [
            (
                date(2023, 7, 10),
                "Hosepipe ban announced\n\nBrenmoor Water will introduce a hosepipe ban for its customers "
                "from "
                "Friday 21 July 2023, the company announced.",
            ),
            (
                date(2023, 8, 2),
                "Hosepipe ban: what it means\n\nThe Brenmoor Water hosepipe ban is in its second week. "
                + told,
            ),
        ]
    )
    res = answer("Is there a hosepipe ban in force for Brenmoor Water customers?", docs)
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert not any(v.startswith("No") for v in res.values), res.values
