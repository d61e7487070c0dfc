"""The cleaner drops scraping leftovers line by line, keeps every body line, and maps offsets back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.clean import clean, dropped_lines
from tidings.model import Document, Segment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"

BEFORE = "The county board approved the new budget on Tuesday after a three-hour meeting, officials said."
AFTER = "The plan adds 40 deputies and raises spending on roads by 6%, according to the county manager."


def _article(line: str) -> str:
    return f"{BEFORE}\n\n{line}\n\n{AFTER}\n"


def _assert_segments(body: str, text: str, segments: tuple[Segment, ...]) -> None:
    """Segments tile the cleaned text in order and each copies its stretch of the body exactly."""
    pos = 0
    last_body = -1
    for seg in segments:
        assert seg.text_start == pos
        assert seg.length > 0
        assert seg.body_start > last_body
        assert (
            text[seg.text_start : seg.text_start + seg.length]
            == body[seg.body_start : seg.body_start + seg.length]
        )
        pos += seg.length
        last_body = seg.body_start + seg.length - 1
    assert pos == len(text)


# --- lines that go ---------------------------------------------------------------------------------

DROPPED = [
    (
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "browser-notice",
    ),
    ("Your browser is out of date and may not display this page correctly.", "browser-notice"),
    ("Please enable JavaScript to view this page.", "browser-notice"),
    (
        "× Fear of missing out? Sign up for the Harbor Times Morning Roundup to receive the top stories "
        "every morning. Thanks for signing up. By giving us your email, you are opting in to the Morning "
        "Roundup.",
        "newsletter",
    ),
    ("Sign up for our Morning Briefing newsletter to get the news in your inbox.", "newsletter"),
    ("Stay in the conversation on politics: Sign up for the Capitol Notes newsletter", "newsletter"),
    ("Support local journalism. Subscribe to ledger.example.com today.", "newsletter"),
    ("Want the Briefing in your inbox each day? Sign up here.", "newsletter"),
    (
        "play_circle_filled Mayor says bridge will reopen in March The mayor's statement on Friday came "
        "after weeks of delays on the harbor project.",
        "icon-teaser",
    ),
    ("Download the Ledger News app for breaking news and politics", "app-promo"),
    ("Want more? Get the Ledger app", "app-promo"),
    (
        "A crane lifts a steel beam onto the bridge deck in Portsmouth on Oct. 26, 2021.Jo Aster / AFP via "
        "Getty Images",
        "photo-credit",
    ),
    ("Firefighters work near the damaged warehouse on Monday. Pat Lin/Reuters", "photo-credit"),
    ("Rescue crews search the river bank on Sunday. Kim Osei/The Coastal Ledger/AP", "photo-credit"),
    ("Supporters wave flags at the rally in Dayton, Ohio. (AP Photo/Sam Reed)", "photo-credit"),
    ("Sarah Ng/Pool/Getty Images", "photo-credit"),
    ("Image source, Getty Images", "photo-credit"),
    (
        "Crowds gather on the quay on Saturday. Pat Lin/Reuters A ferry arrives in the rain. "
        "Jo Aster/AFP/Getty Images Children wave from the harbor wall on Sunday morning. Kim Osei/AP "
        "Workers repair the pier after the storm passed through the town overnight. Sam Reed/Getty Images "
        "In pictures: Storm hits the coast Prev Next",
        "photo-gallery",
    ),
    ("Advertisement", "widget"),
    ("ADVERTISEMENT", "widget"),
    ("Story continues below advertisement", "widget"),
    ("Share this article", "widget"),
    ("Share this article:", "widget"),
    ("5 min read", "widget"),
    ("Click here to subscribe", "widget"),
    ("Facebook Twitter Email", "share-row"),
    ("Facebook | Twitter | LinkedIn | WhatsApp", "share-row"),
    ("MORE LEDGER ON SOCIAL: Facebook | Twitter | Instagram", "share-row"),
    ("Follow Jane Roe on Twitter: @janeroe.", "social-follow"),
    ("Copyright © 2023 Coastal Ledger Media. All rights reserved.", "copyright"),
    ("© 2022 The Coastal Ledger", "copyright"),
    ("All rights reserved.", "widget"),
    ("More:Council approves budget after long debate over roads", "related-link"),
    ("Read more: Council approves budget after long debate", "related-link"),
    ("Egg prices soar:Why breakfast costs more this year than last", "related-link"),
    ("Video Ad Feedback Flooding closes coastal highway 02:41 - Source: Ledger TV", "video-teaser"),
    ("Mayor defends bridge delays in heated meeting 03:12 - Source: Ledger TV", "video-teaser"),
    (
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of "
        "cookies.",
        "consent",
    ),
    (
        "We will use the details you have shared to manage your registration. You agree to the processing "
        "of this information.",
        "consent",
    ),
    ("Prices were accurate at the time this article was published but may change over time.", "affiliate"),
    ("Purchases you make through our links may earn us a commission.", "affiliate"),
    (
        "Hit play on the player above to hear the podcast and follow along with the transcript below.",
        "player",
    ),
]


@pytest.mark.parametrize(("line", "rule"), DROPPED, ids=[f"{r}-{i}" for i, (_, r) in enumerate(DROPPED)])
def test_leftover_line_is_dropped(line: str, rule: str) -> None:
    body = _article(line)
    drops = dropped_lines(body)
    assert [(body[d.start : d.end], d.rule) for d in drops] == [(line, rule)]
    text, segments = clean(body)
    assert text == f"{BEFORE}\n\n{AFTER}\n"
    _assert_segments(body, text, segments)


# --- lines that stay -------------------------------------------------------------------------------

KEPT = [
    # Promotional words reported as news.
    "The company said readers must sign up for the newsletter by Friday to keep receiving it.",
    "Residents can sign up for the flood alerts on the county website.",
    "Microsoft said Internet Explorer 11 is not supported on the new portal, which opens in June.",
    "The website uses cookies to track visitors across other sites, the complaint alleges.",
    "Download the HBO Max app from your Roku store and start watching.",
    "Advertisement revenue fell 12% in the quarter as marketers cut back.",
    "Share prices rose 3% on Monday after the merger was announced.",
    "Copyright law protects the melody, the judge ruled on Thursday.",
    "Print editions of the paper will end in March, the publisher announced.",
    "Follow the money, the senator told reporters outside the chamber.",
    "The mayor urged residents to get the new alert app on their phones before the storm.",
    # Datelines, headers, headings and bylines.
    " date 2020-01-06 US troops will stay in the country, the defense secretary said on Monday.",
    "Juneau:The state reported 12 new cases on Friday, health officials said.",
    "Update:8 p.m. Lottery officials said the jackpot rose to $830 million.",
    "More than 5,000 troops remain in the country, the Pentagon said.",
    "Related charges were filed against two other men on Wednesday.",
    "U.S. planning to move some troops out of Iraq",
    "WASHINGTON (AP) — The Senate voted 51-49 on Thursday to confirm the nominee.",
    "By Mara Lind, Staff Writer",
    "Contributing: The Associated Press",
    "Facebook and Twitter",
    "Twitter: 3,700",
    "Read more about the race here.",
    "AC/DC played the stadium on Friday night before 40,000 fans.",
    "The ratio was 50/50 at the end of the first round of voting.",
    "Q:What did the council decide about the bridge tolls on Tuesday night?",
    "Note:The meeting was moved to Thursday because of the storm.",
]


@pytest.mark.parametrize("line", KEPT)
def test_body_line_is_kept(line: str) -> None:
    body = _article(line)
    assert dropped_lines(body) == []
    text, segments = clean(body)
    assert text == body
    assert segments == (Segment(0, 0, len(body)),)


def test_related_intro_drops_the_headlines_after_it() -> None:
    body = (
        f"{BEFORE}\n\nRead more:\n\nCouncil approves budget after long debate\n\n"
        "Storm knocks out power to thousands in the valley\n\n"
        "'It was terrifying': Residents recall the flood\n\n"
        f"{AFTER}\n"
    )
    drops = dropped_lines(body)
    assert [d.rule for d in drops] == ["related-links"] * 4
    assert clean(body)[0] == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize(
    "listing",
    [
        # Lists of short lines without a "Related:" line are content: nominees, schedules, bullet points.
        "Best picture\n“Harbor Lights”\n“The Long Winter”\n“Salt and Stone”\nBest director",
        "Game 1: Heat at Nuggets | Thursday, June 1 | 8:30 p.m. ET (ABC)\n"
        "Game 2: Heat at Nuggets | Sunday, June 4 | 8 p.m. ET (ABC)\n"
        "Game 3: Nuggets at Heat | Wednesday, June 7 | 8:30 p.m. ET (ABC)",
        "Members of the Royal Family\nHeads of State and Foreign Ministers\n"
        "Governors-General and Realm Prime Ministers\nRepresentatives from the Church and other faiths",
    ],
)
def test_lists_without_an_intro_are_kept(listing: str) -> None:
    body = f"{BEFORE}\n\n{listing}\n\n{AFTER}\n"
    assert clean(body)[0] == body


def test_related_list_stops_at_a_sentence() -> None:
    body = (
        "Related:\nFerry service resumes after storm damage\n"
        "The ferry carried 300 passengers on its first day.\n"
    )
    assert clean(body)[0] == "The ferry carried 300 passengers on its first day.\n"


# --- paragraph breaks and edge cases ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One.\n\nAdvertisement\n\nTwo.\n", "One.\n\nTwo.\n"),
        ("One.\nAdvertisement\nTwo.\n", "One.\nTwo.\n"),
        ("One.\nAdvertisement\n\nTwo.\n", "One.\n\nTwo.\n"),
        ("Advertisement\n\nOne.\n", "One.\n"),
        ("One.\n\nAdvertisement", "One.\n"),
        ("One.\n\nAdvertisement\n\nShare this article\n\nTwo.", "One.\n\nTwo."),
        ("One.\r\n\r\nAdvertisement\r\n\r\nTwo.\r\n", "One.\r\n\r\nTwo.\r\n"),
        ("One.\n\n  ADVERTISEMENT  \n\nTwo.\n", "One.\n\nTwo.\n"),
        ("One.\n\xa0\nAdvertisement\n\xa0\nTwo.\n", "One.\n\xa0\nTwo.\n"),
    ],
)
def test_paragraph_breaks_stay_single(body: str, expected: str) -> None:
    text, segments = clean(body)
    assert text == expected
    _assert_segments(body, text, segments)


def test_text_made_only_of_leftovers_is_kept_whole() -> None:
    body = "Advertisement\n\nShare this article\n"
    assert clean(body) == (body, (Segment(0, 0, len(body)),))


def test_empty_body() -> None:
    assert clean("") == ("", ())


def test_body_offset_maps_back_through_dropped_lines() -> None:
    body = _article("Advertisement")
    text, segments = clean(body)
    doc = Document(id="x", text=text, raw=body, body=body, source="s", format="text", segments=segments)
    start = text.index("plan adds")
    assert body[doc.body_offset(start) :].startswith("plan adds")
    end = text.index("manager.") + len("manager.")
    assert body[: doc.body_offset(end, end=True)].endswith("county manager.")


# --- invariant: segments always rebuild the body's stretches ---------------------------------------

_POOL = [BEFORE, AFTER, "", " ", "\xa0", *(line for line, _ in DROPPED[:20]), *KEPT[:10], "Related:"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_POOL), max_size=14), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_segments_map_back_exactly(lines: list[str], newline: str, trailing: bool) -> None:
    body = newline.join(lines) + (newline if trailing else "")
    text, segments = clean(body)
    _assert_segments(body, text, segments)
    if body.strip():
        assert text.strip()  # never everything
    kept = {line.strip() for line in text.split("\n")}
    for line in lines:
        if line in (BEFORE, AFTER):
            assert line in kept


# --- the shared seeds ------------------------------------------------------------------------------

# Leftovers in ../shared/seeds: (file, start of the line, rule).
SEED_DROPS = [
    ("000_c61cc2486c744b45.txt", "× Fear of missing out? Sign up for the", "newsletter"),
    ("000_c61cc2486c744b45.txt", "play_circle_filled Trump says Tweet", "icon-teaser"),
    ("003_3cfb3ce210da8405.txt", "IE 11 is not supported.", "browser-notice"),
    (
        "003_3cfb3ce210da8405.txt",
        "A soldier sits atop a U.S. military vehicle",
        "photo-credit",
    ),  # caption + credit
    ("003_3cfb3ce210da8405.txt", "Download the NBC News app", "app-promo"),
]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
def test_seed_leftovers_go_and_every_other_line_stays(name: str) -> None:
    body = (SEEDS / name).read_text(encoding="utf-8")
    expected = [(start, rule) for file, start, rule in SEED_DROPS if file == name]
    drops = dropped_lines(body)
    assert len(drops) == len(expected)
    for drop, (start, rule) in zip(drops, expected, strict=True):
        assert body[drop.start : drop.end].startswith(start)
        assert drop.rule == rule
    text, segments = clean(body)
    _assert_segments(body, text, segments)
    dropped = {body[d.start : d.end] for d in drops}
    kept = set(text.split("\n"))
    for line in body.split("\n"):
        if line.strip() and line not in dropped:
            assert line in kept
    if body.startswith(" date "):
        assert text.startswith(body.split("\n", 1)[0])  # the header line stays where it was
