"""A value its source reports as replacing another is no older than the value it replaced, whatever the
estimated date of that source (tidings.conflicts); a Q&A answer line is read with the question line above it
(tidings.ask.common._asked_before). Text written for these tests, modelled on consumer Q&A pages and postal
price notices."""

from __future__ import annotations

from datetime import date

from analyzed import assert_answer, rules_answer, table_docs

_QUESTION = "How much does a Forever stamp cost?"


def test_a_value_reported_as_replacing_another_is_no_older() -> None:
    rows = [
        (date(2024, 7, 14), "Forever stamp now 73 cents, up from 68 cents, as new prices take effect today."),
        # estimated to December 2023, but it names 73 cents, first reported in July 2024, as the old price
        (
            date(2023, 12, 1),
            "Stamp Q&A\n\nHow much is a Forever stamp now?\nAs of today, 78 cents, up from 73 cents.\n\n"
            "Are old stamps still valid?\nYes.",
        ),
        (date(2024, 2, 1), "A Forever stamp costs 70 cents at the post office, the clerk said."),
    ]
    res = rules_answer(_QUESTION, table_docs(rows))
    assert_answer(res, "outdated", ["78 cents"])
    assert any("replacing 73 cents" in line for line in res.explanation)


def test_a_qa_answer_is_read_with_its_question_line() -> None:
    rows = [
        (date(2024, 7, 14), "A Forever stamp costs 73 cents from today, the Postal Service said."),
        (
            date(2025, 7, 13),
            "Stamp Q&A\n\nHow much is a Forever stamp now?\nAs of today, 78 cents.\n\n"
            "Are old stamps still valid?\nYes.",
        ),
    ]
    assert_answer(rules_answer(_QUESTION, table_docs(rows)), "outdated", ["78 cents"])


def test_a_line_after_a_statement_borrows_nothing() -> None:
    rows = [
        (date(2024, 7, 14), "A Forever stamp costs 73 cents from today, the Postal Service said."),
        (date(2025, 7, 13), "Stamp prices went up again.\nAs of today, 78 cents is the price of a wreath."),
    ]
    res = rules_answer(_QUESTION, table_docs(rows))
    assert "78 cents" not in res.values, res.explanation
