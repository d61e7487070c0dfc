"""A fact check's headline question grounds no "No", and a reader's comment is no correcting source; a
verdict line rates the claim a sentence before tells of, though the date that claim set aside stands; a
hospital named after a town is no claim about the town; a place is told with its bearing from another;
a value a refuting source gives only as history never outranks its current one. Text written for these
tests, modelled on fact checks, social posts, health board notices and agency reports."""

from __future__ import annotations

from datetime import date

from analyzed import analyzed_doc, assert_values, document, rules_answer
from tidings.ask.members import _members_in, _named_in
from tidings.ask.question import _expand, _stems
from tidings.claims import extract_claims
from tidings.model import DateEstimate
from tidings.timex import tag

_DAY = DateEstimate(date(2024, 5, 24), date(2024, 5, 24), "day", 0.9, "metadata")


def test_a_headline_question_grounds_no_no_and_a_comment_corrects_nothing() -> None:
    docs = [
        analyzed_doc(
            "d1",
            None,
            "Shared post\n\nBREAKING: The Boxing Day swim at Portreath has been CANCELLED this year!! "
            "A pal at the council told me.\n\n  Comment: They never cancelled it in 50 years.\n"
            "  Comment: Sharing.",
        ),
        analyzed_doc(
            "d2",
            date(2024, 12, 19),
            "Organisers have dismissed a social media claim that this year's Boxing Day swim at Portreath "
            'has been cancelled. "There is no truth in it. The swim will go ahead as normal on Boxing Day," '
            "a spokesman said.",
        ),
        analyzed_doc(
            "d3",
            None,
            "FACT CHECK: Has the Portreath Boxing Day swim been cancelled?\n\nClaim: A shared post says the "
            "Boxing Day swim was cancelled.\nVerdict: FALSE.\n\nThe organisers told us the swim is going "
            "ahead.",
        ),
    ]
    res = rules_answer("Is the Boxing Day swim at Portreath cancelled this year?", docs)
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values[0].startswith("No"), res.values
    assert_values(res, ["go ahead"], ["cancelled", "Comment"])


def _date_rules(text: str) -> dict[str, str]:
    doc = document(text)
    claims = extract_claims(doc, _DAY, tag(text, date(2024, 5, 24)))
    return {c.value: c.rule for c in claims if c.kind == "refutation"}


def test_a_verdict_line_rates_the_claim_told_before() -> None:
    text = (
        "A document claiming that Malabar schools will reopen on 10 June instead of 3 June is circulating. "
        "It has no file number.\n\nVerdict: Fake. Schools reopen on 3 June as per the academic calendar."
    )
    doc = document(text)
    claims = extract_claims(doc, _DAY, tag(text, date(2024, 5, 24)))
    verdict = next(c for c in claims if c.kind == "refutation" and c.value == "fake")
    assert verdict.targets is not None
    assert "10 June" in text[verdict.targets[0] : verdict.targets[1]]


def test_the_date_a_false_claim_set_aside_stands() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2024, 5, 24),
            "Fact Check | Malabar\n\nA document claiming that Malabar schools will reopen on 10 June 2024 "
            "instead of 3 June 2024 is circulating on WhatsApp. It has no file number.\n\nVerdict: Fake. "
            "Schools reopen on 3 June 2024 as per the academic calendar.",
        ),
    ]
    res = rules_answer("When will schools in Malabar reopen after the summer vacation?", docs)
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["2024-06-03"], ["2024-06-10"])


def test_a_hospital_named_after_a_town_is_no_claim_about_the_town() -> None:
    refuted = "claiming barry hospital will close, is fake\ncentres in cowbridge or dinas powys"
    assert not _named_in("Barry", refuted)
    assert _named_in("Cowbridge", refuted)
    assert not _named_in("Cow", refuted)


def test_a_place_with_its_bearing_from_another() -> None:
    asked = _expand(_stems("Where was the epicentre of the earthquake felt in Bergen?"))
    got = _members_in(
        "An earthquake with its epicentre in the North Sea about 40 km west of Sotra was felt in Bergen.",
        "place",
        {"bergen"},
        "",
        asked=asked,
    )
    assert "North Sea about 40 km west of Sotra" in got, got
    alone = _members_in(
        "The network measured the quake at magnitude 4.1, with the epicentre offshore, west of Sotra.",
        "place",
        {"bergen"},
        "",
        asked=asked,
    )
    assert alone == ["west of Sotra"], alone
    # a bearing that tells where something else lies is no answer
    other = _members_in(
        "Overflow parking is available in a field two miles south of Wendlebury.",
        "place",
        {"larkhollow"},
        "",
        asked=_expand(_stems("Where is the Larkhollow Festival being held?")),
    )
    assert other == [], other


def test_a_history_figure_never_outranks_the_current_one_in_a_refuted_story() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2025, 11, 10),
            "Cabinet member Ann Hale claimed last week that 90,000 potholes were fixed in the county in "
            "2024/25.\n\nFigures released by the council show its teams carried out 28,300 pothole repairs "
            "in 2024/25, up from 25,100 the year before.\n\nVerdict: Misleading. The council repaired 28,300 "
            "potholes.",
        ),
    ]
    res = rules_answer("How many potholes did Northmoor Council repair in 2024/25?", docs)
    assert_values(res, ["28,300"], ["25,100", "90,000"])
