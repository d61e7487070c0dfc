"""Hours told either way answer "open around the clock?"; an undated source that sides with the newer answer
leaves the order of the dated ones standing; a Q&A's "A: Yes" answers the "Q:" line above it, and a yes to
"will it run?" carries the day it starts; a cause said to be over ("the debris was cleared") gives way to the
newer one; and a member that "closed its books" drops out of a list, even in a source's weaker sentence."""

from __future__ import annotations

from datetime import date

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.common import ONE_WAY


def test_hours_told_either_way_answer_whether_it_is_open_around_the_clock() -> None:
    rows = [
        (
            date(2022, 8, 16),
            "Bay Light\n\nThe emergency department at Orrin's health centre will be open only from 8 a.m. to "
            "8 p.m. until further notice because of a shortage of doctors.",
        ),
        (
            date(2023, 3, 7),
            "Bay Light\n\nThe Orrin emergency department will now be open from 8 a.m. to midnight, after the "
            "health authority recruited two travel nurses.",
        ),
        (
            date(2023, 9, 14),
            "Health Authority - Service update\n\nEffective Monday, September 18, 2023, the Orrin emergency "
            "department returns to full service, open 24 hours a day, seven days a week.",
        ),
        (
            None,
            "Town of Orrin - Council minutes\n\nThe mayor reported that the emergency department has now "
            "been "
            "open 24 hours for a month and thanked the health authority.",
        ),
    ]
    res = answer("Is the emergency department at the Orrin hospital open around the clock?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values[0].startswith("Yes"), res.values
    assert "24 hours" in res.values[0]


def test_control_an_undated_source_on_the_older_side_leaves_the_order_open() -> None:
    # the undated minutes side with the older answer: which came last is not known
    rows = [
        (
            date(2023, 3, 7),
            "Bay Light\n\nThe Orrin emergency department will now be open from 8 a.m. to midnight.",
        ),
        (
            date(2023, 9, 14),
            "Health Authority - Service update\n\nThe Orrin emergency department is open 24 hours a day.",
        ),
        (
            None,
            "Town of Orrin - Council minutes\n\nThe mayor said the emergency department is still only open "
            "from 8 a.m. to midnight.",
        ),
    ]
    res = answer("Is the emergency department at the Orrin hospital open around the clock?", table_docs(rows))
    assert res.conflict_type != "outdated", res.explanation


def test_a_qa_answer_line_answers_its_question_line_and_a_yes_carries_its_start_day() -> None:
    rows = [
        (
            date(2023, 5, 11),
            "Quoddy Ledger\n\nThe seasonal ferry linking Orrin and Gull Island will run again this summer "
            "after its operator secured a new inspection certificate. The operator said crossings will begin "
            "June 24 and continue through Labor Day.",
        ),
        (
            None,
            "Orrin Chamber of Commerce - Visitor questions\n\nQ: Is the Gull Island ferry running in 2023?\n"
            "A: Yes, the ferry will run from June 24 through Labor Day.\n\nQ: Do I need a passport?\nA: Yes.",
        ),
    ]
    res = answer("Will the Orrin to Gull Island ferry run this summer?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.values[0].startswith("Yes"), res.values
    assert_values(res, ["June 24"])
    assert ONE_WAY in res.explanation


def test_control_a_yes_on_something_other_than_a_start_carries_no_day() -> None:
    rows = [
        (
            date(2024, 2, 1),
            "Orrin Council - Press release\n\nCabinet has agreed to close Eastgate Library from 1 April. The "
            "council says the closure will save £180,000 a year.",
        ),
    ]
    res = answer("Will closing Eastgate Library save the council money?", table_docs(rows))
    assert not any("1 April" in v for v in res.values[1:]), res.values


def test_a_cause_said_to_be_over_gives_way_to_the_newer_one() -> None:
    rows = [
        (
            date(2023, 7, 18),
            "Hill Herald\n\nThe road to Orrin has been closed after a major landslide near Kelby buried a "
            "200-metre stretch under debris.",
        ),
        (
            date(2023, 8, 1),
            "Local news\n\nOrrin still cut off\n\nTwo weeks after the landslide, vehicles still cannot reach "
            "Orrin. Officials say the debris was cleared long ago and the closure is now only because of "
            "bridge reconstruction, which should take until mid-August.",
        ),
    ]
    res = answer("Why is the road to Orrin closed?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["bridge reconstruction"], absent=["landslide"])


def test_a_member_that_closed_its_books_drops_out_of_the_list() -> None:
    rows = [
        (
            date(2023, 3, 15),
            "Coast Pioneer\n\nTwo Orrin clinics still taking new patients\n\nDespite a GP shortage, two "
            "Orrin "
            "clinics - Orrin Medical Centre and Bayside Family Practice - are still accepting new patients, "
            "a "
            "Pioneer check found.",
        ),
        (
            date(2024, 2, 7),
            "Coast Pioneer\n\nNew clinic opens on Quay Street\n\nA new general practice, the Quay Street "
            "Clinic, has opened in Orrin with three GPs and is accepting new patients. Orrin Medical Centre "
            "also continues to take new patients, while Bayside Family Practice closed its books last "
            "October.",
        ),
    ]
    res = answer("Which medical clinics in Orrin are accepting new patients?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Orrin Medical Centre", "Quay Street Clinic"], absent=["Bayside"])
