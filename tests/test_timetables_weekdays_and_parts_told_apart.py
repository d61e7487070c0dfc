"""A question after each stage of one project is answered by the date each source gives its stage; a weekly
round goes by its weekdays, and a notice's "instead of" names the days left behind; two schemes each told by
its own report, which names no other's site, are parts, not a revision; a slashed date follows the order the
text's other slashed dates show; a clock time after a date tells of the same day."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.members import _OPENS_FROM, _stretch_ends
from tidings.ask.phases import PHASES_Q
from tidings.timex import tag

_STAGES = [
    (
        date(2024, 1, 18),
        "Brennock Council - News\n\nHigh Street upgrade: Stage 1 to begin\n\nCouncil advises that Stage 1 of "
        "the High Street streetscape upgrade in Brennock will commence in March 2024. Stage 1 covers new "
        "footpaths and kerbs.",
    ),
    (
        date(2024, 2, 22),
        "Valley Advertiser\n\nContract let for main street works\n\nCouncil has awarded the contract for "
        "Stage "
        "2 of the High Street upgrade. Stage 2 is scheduled to start in August 2024, once footpath works are "
        "done, the general manager said.",
    ),
    (
        date(2024, 3, 14),
        "Radio Brennock - Breakfast (transcript)\n\nPRESENTER: Brennock's High Street upgrade - when is it "
        "all finished?\n\nMAYOR: The last stage is the landscaping, the street trees and the seating. We're "
        "aiming to have that complete by February 2025.",
    ),
]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("When will each stage of the High Street upgrade in Brennock take place?", True),
        ("When do the phases of the bridge rehabilitation take place?", True),
        ("When will the Mill Lane streetscape works in Brennock take place?", True),
        ("control: When will the High Street upgrade be finished?", False),
        ("control: When will the Mill Lane bridge reopen?", False),
        ("control: How many stages does the upgrade have?", False),
    ],
)
def test_a_question_after_each_stage(question: str, asks: bool) -> None:
    assert bool(PHASES_Q.search(question.removeprefix("control: "))) is asks


def test_each_stage_is_answered_by_the_date_its_source_gives_in_the_order_of_the_stages() -> None:
    res = answer(
        "When will each stage of the High Street upgrade in Brennock take place?", table_docs(_STAGES)
    )
    assert res.conflict_type == "complementary", res.explanation
    assert list(res.values) == ["March 2024", "August 2024", "February 2025"], res.explanation
    # the timetable holds as of the newest source that gives a stage
    assert res.as_of == "2024-03-14", res.explanation


def test_control_a_stage_two_sources_date_differently_is_no_timetable() -> None:
    rows = [
        *_STAGES[:2],
        (
            date(2024, 5, 2),
            "Valley Advertiser\n\nMain street works slip\n\nStage 2 of the High Street upgrade in Brennock "
            "will now start in October 2024, council said.",
        ),
    ]
    res = answer("When will each stage of the High Street upgrade in Brennock take place?", table_docs(rows))
    assert not any("date.phase-" in line for line in res.explanation), res.explanation


def test_a_stage_s_start_is_taken_over_its_end_or_a_date_that_is_not_its_own() -> None:
    rows = [
        (
            date(2025, 1, 28),
            "Harbour Council - News\n\nWork to replace the paving under Quay Street will start on 3 March. "
            "Phase "
            "one covers the western section and is scheduled to finish by 30 May. Read more about phase two "
            "in the spring.",
        ),
        (
            date(2025, 4, 10),
            "Coast Today\n\nThe second phase of the Quay Street upgrade will begin on 18 August and run "
            "until "
            "the end of November, the council said.",
        ),
        (
            date(2025, 4, 12),
            "Quay Street traders - update\n\nThe council says the whole Quay Street project should be "
            "finished, with the street repaved, by December 12.",
        ),
    ]
    res = answer("When will each phase of the Quay Street upgrade take place?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert list(res.values) == ["2025-03-03", "2025-08-18", "2025-12-12"], res.explanation


def test_a_year_less_end_before_an_earlier_stage_s_date_is_of_the_year_after() -> None:
    rows = [
        (
            date(2024, 2, 20),
            "County Ledger\n\nPhase one of the Main Street water line replacement in Orrin will begin March "
            "4.",
        ),
        (
            date(2024, 3, 1),
            "City of Orrin - Main Street Water Line Project\n\nPhase 2 begins May 13, following completion "
            "of "
            "Phase 1.",
        ),
        (
            date(2024, 4, 8),
            "Radio transcript\n\nHOST: In Orrin, the city says the whole Main Street water line project "
            "should be finished, with the street repaved, by August 30.",
        ),
    ]
    res = answer(
        "When will each phase of Orrin's Main Street water line replacement happen?", table_docs(rows)
    )
    assert list(res.values) == ["2024-03-04", "2024-05-13", "2024-08-30"], res.explanation


_ROUND = [
    (
        date(2024, 2, 19),
        "Coast Weekly\n\nMobile library a hit in Kellsby\n\nThe district mobile library has been visiting "
        "Kellsby since January. The bus stops outside the community hall on Monday and Wednesday mornings.",
    ),
    (
        date(2024, 7, 3),
        "District Council - Notice\n\nCHANGE OF SCHEDULE: MOBILE LIBRARY\n\nPlease note that from 8 July "
        "2024 "
        "the mobile library will visit Kellsby on Tuesday and Friday, instead of Monday and Wednesday.",
    ),
]


def test_a_weekly_round_goes_by_its_weekdays_and_the_days_left_behind_are_older() -> None:
    res = answer("On which days does the mobile library visit Kellsby?", table_docs(_ROUND))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Tuesday", "Friday"], absent=["Monday", "Wednesday"])
    # the new round holds from the day the notice names, not from the notice
    assert res.as_of == "2024-07-08", res.explanation


def test_control_dates_of_the_calendar_stay_the_members_of_a_which_dates_question() -> None:
    rows = [
        (
            date(2024, 4, 2),
            "Festival news\n\nThe Kellsby folk festival will be held on Friday 9 May and Saturday 10 May at "
            "the showground.",
        )
    ]
    res = answer("On which dates will the Kellsby folk festival be held?", table_docs(rows))
    assert_values(res, ["May 9", "May 10"], absent=["Friday", "Saturday"])


@pytest.mark.parametrize(
    ("lead", "opens"),
    [
        ("From ", True),
        ("Please note that from ", True),
        ("Please be advised that from ", True),
        ("control: The council said that from ", False),
    ],
)
def test_a_notice_s_lead_in_does_not_change_the_day_a_sentence_opens_on(lead: str, opens: bool) -> None:
    assert bool(_OPENS_FROM.fullmatch(lead.removeprefix("control: "))) is opens


_SCHEMES = [
    (
        date(2024, 7, 10),
        "County News\n\n64 social homes approved for Millfield site\n\nThe county council has approved "
        "plans for "
        "64 social homes on a council-owned site at Millfield, Dunross.",
    ),
    (
        date(2024, 7, 25),
        "County Council - Planning register extract\n\nLocation: Quarry Road, Dunross.\nDevelopment: "
        "Erection of 38 new homes with a new access from Quarry Road and all associated site "
        "works.\nDecision: GRANT permission.",
    ),
]


def test_two_schemes_each_told_by_a_report_silent_on_the_other_site_are_parts() -> None:
    res = answer(
        "How many new homes are planned in Dunross under the housing schemes approved in 2024?",
        table_docs(_SCHEMES),
    )
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["64", "38"])


def test_control_a_report_naming_both_sites_may_revise_one_figure() -> None:
    rows = [
        _SCHEMES[0],
        (
            date(2024, 7, 25),
            "County Council - Planning register extract\n\nLocation: Millfield and Quarry Road, Dunross.\n"
            "Development: Erection of 38 new homes with a new access from Quarry Road and all associated "
            "site works.\nDecision: GRANT "
            "permission.",
        ),
    ]
    res = answer(
        "How many new homes are planned in Dunross under the housing schemes approved in 2024?",
        table_docs(rows),
    )
    assert not any("parts-told-apart" in line for line in res.explanation), res.explanation


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the other slashed dates cannot be month first: so neither is the ambiguous one
        (
            "Decision date: 25/07/2024\nFurther information requested: 12/04/2024; received 14/06/2024.",
            ["2024-07-25", "2024-04-12", "2024-06-14"],
        ),
        # ... and a text whose other slashed date cannot be day first writes them month first
        ("Filed 07/25/2024. Hearing set for 12/04/2024.", ["2024-07-25", "2024-12-04"]),
        ("control: Hearing set for 12/04/2024.", ["2024-12-04"]),
    ],
)
def test_a_slashed_date_follows_the_order_the_text_s_other_slashed_dates_show(
    text: str, values: list[str]
) -> None:
    assert [t.value for t in tag(text.removeprefix("control: "), None) if t.type == "DATE"] == values


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        (
            "SAVE THE DATE: Saturday 19 October 2024, Kellsby Domain, 10am till late.\n\nThe fair is on the "
            "19th!",
            "present",
        ),
        # a time on its own line is not told of the date above it
        (
            "control: SAVE THE DATE: Saturday 19 October 2024.\n10am till late.\n\nThe fair is on the 19th!",
            "",
        ),
    ],
)
def test_a_clock_time_after_a_date_tells_of_the_same_day(text: str, tense: str) -> None:
    times = [t for t in tag(text.removeprefix("control: "), None) if t.type == "TIME"]
    assert [t.tense for t in times] == [tense], times


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        (" - Harbour Road, Mill Road to Quarry Road", {"mill road", "quarry road"}),
        ("The program includes Dock Street (Water St. to Bridge St.).", {"water street", "bridge street"}),
        ("Main Street between Elm Street and Oak Avenue will close.", {"elm street", "oak avenue"}),
        # a list of towns, or a route between two, bounds no stretch of a street
        ("control: The tour visits Oslo, Bergen and Trondheim.", set()),
        ("control: Flights from Leeds to York resume in May.", set()),
    ],
)
def test_the_ends_of_a_stretch_of_street(sentence: str, ends: set[str]) -> None:
    assert _stretch_ends(sentence.removeprefix("control: ")) == ends


def test_the_ends_of_a_stretch_worked_on_are_no_members() -> None:
    rows = [
        (
            date(2024, 5, 8),
            "PUBLIC NOTICE - Town of Kellsby\n\n2024 RESURFACING PROGRAM\n\nThe following streets will be "
            "resurfaced between May 13 and July 5, 2024:\n - Harbour Road, Mill Road to Quarry Road\n - Dock "
            "Street, entire length",
        ),
    ]
    res = answer("Which streets are included in Kellsby's 2024 road resurfacing program?", table_docs(rows))
    assert_values(res, ["Harbour Road", "Dock Street"], absent=["Mill Road", "Quarry Road"])
