"""Tense of the clause around a span, from cue words (no parser).

The nearest cue wins: in "officials said the talks will resume Friday" the cue next to "Friday" is "will";
in "the minister said Friday that troops will leave" it is "said". Reporting verbs ("said", "says") count a
little less, since they often frame another clause that carries the real tense.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right

from ._lexicon import words

# A break starts at the first of a run of end marks (the lookbehind comes after the first character so re
# keeps its fast scan for it), and runs are taken whole (possessive): otherwise every dot of a dot leader
# ("........") started a match that scanned the rest of the run, quadratic in its length.
_SENT_BREAK = re.compile(
    r"[.!?](?<![.!?][.!?])[.!?]*+[\"')\]]*+\s++(?=[\"'(`]*[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z\"'`(-])"
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|n't|'ll")
_SPACE = re.compile(" ")

_FUTURE = words("will 'll shall won't wo payable effective plans planned planning scheduled slated upcoming")
_FUTURE_BEFORE_TO = words(
    "going expected expects expect scheduled due plans plan planning planned intends intend set "
    "slated poised aims hopes hope prepared preparing hoped aimed intended wanted promised pledged vowed "
    "wants want aim intends seeks seek proposes propose"
)
_FUTURE_BEFORE_FOR = frozenset({"scheduled", "set", "slated", "planned", "due"})
# a future cue that reaches only the times a few words after it
_FUTURE_NEAR = "future-near"
_NEAR_GAP = 8
_EXPECT_OBJECT_TO = frozenset({"expect", "expects", "want", "wants", "intend", "intends"})
# "the final decision is expected in June", "a verdict is due by Friday": a time still awaited
_AWAITED_BEFORE = frozenset({"expected", "due"})
_AWAITED_AT = frozenset({"in", "on", "by", "at", "within", "before", "later", "next", "early", "late"})
# Words that put a plan in the past: "first due in February", "originally expected in May"
_ONCE = frozenset({"first", "originally", "initially", "previously", "once"})
# A plan told in the past ("was scheduled for", "were planned for"): it dates neither side of the report.
_PAST_PLAN = frozenset({"planned", "scheduled", "slated"})
_BE_HAVE = words("is are am was were be been being has have had having get got gets getting 's 're 've 'd")
_LINKING = words("remain remains stay stays become becomes seem seems keep keeps")
_PAST_AUX = frozenset({"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"})
_PRESENT_AUX = frozenset({"is", "are", "am", "does", "do", "isn't", "aren't", "doesn't", "don't"})
_PERFECT_AUX = frozenset({"has", "have", "hasn't", "haven't", "'ve"})
_REPORTING = words(
    "said says say told tells added adds reported reports announced announces confirmed confirms stated"
)
_REPORT_PENALTY = 4
_STATE_AFTER = frozenset({"since", "for", "until", "till", "by", "in", "after", "during"})
# A line of a plan's timetable: "- Programme: dismantling from September 2024; reinstallation early 2025"
_TIMETABLE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:programme|program|timetable|schedule|timeline|next\s+steps)"
    r"[ \t]*:[^\n]*$",
    re.I,
)
# Participles that add to a clause after a comma ("..., followed by refreshments"), with no tense of their own
_ADJUNCT = frozenset({"followed", "preceded", "accompanied", "hosted", "organised", "organized", "sponsored"})
# Words right before an expression that put it ahead of the writing ("as soon as Tuesday").
# ... and "appointed Principal with effect from 1 September 2023": the day a change takes hold, which a notice
# gives ahead of it
_FUTURE_LEADS = ("as soon as ", "as early as ", "no later than ", "not before ", " effect from ", "w.e.f. ")
# The time people are given: "have until midnight on 15 October to sign up".
_HAVE_UNTIL = re.compile(
    r"\b(?:have|has)\s+until\s+(?:midnight\s+on\s+|noon\s+on\s+|\d+(?:[.:]\d+)?\s*[ap]\.?m\.?\s+on\s+)?"
    r"(?:the\s+)?(?:[A-Za-z]+day,?\s+)?$",
    re.I,
)
# The date an event was moved to lies ahead of the report, whatever the verb's tense ("has been postponed
# until 2 November", "was pushed back to May"), and so, mostly, does the date it was moved from: a plan is
# moved before it falls due.
_MOVED_TO = re.compile(
    r"\b(?:postponed|delayed|pushed(?:\s+back)?|put\s+(?:off|back)|rescheduled|deferred|moved(?:\s+back)?|"
    # "has slipped from spring to August 2024"
    r"brought\s+forward|slipped|slid|shifted)(?:\s+again|\s+(?:by\s+)?(?:about\s+|another\s+)?(?:a|an|one|two|three|four|\d+)\s+"
    r"(?:days?|weeks?|months?|years?))?,?(?:(?:\s+from\s+[^,.;]{1,30}?)?\s+(?:until|till|to)|\s+from)\s+(?:the\s+)?"
    # "pushed back to late 2028", "delayed until the end of 2026"
    r"(?:(?:early|mid|late|end\s+of|start\s+of|spring|summer|autumn|fall|winter)[\s-]+)?"
    r"(?:[A-Za-z]+day,?\s+)?$",
    re.I,
)
# A deadline something was extended to lies ahead of the report too: "has extended its hosepipe ban in
# Eastvale until 31 October 2025", "the deadline was extended to March 3".
_EXTENDED_TO = re.compile(
    r"\b(?:extended|prolonged|lengthened)\b[^.;:!?]{0,50}?\s(?:until|till|to|through)\s+(?:the\s+)?"
    r"(?:end\s+of\s+)?(?:[A-Za-z]+day,?\s+)?$",
    re.I,
)
# A deadline a pledge, a call or an aim sets lies ahead of it, whatever the verb's tense: "called for a
# car-free town centre by 2030", "promised to clear the backlog by March".
_PLEDGED_BY = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+for|promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|vow(?:ed|s)?|aim(?:ed|s|ing)?|"
    r"target(?:ed|s)?|want(?:ed|s)?|commit(?:ted|s)?|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?)\b"
    r"[^.;:!?]{0,80}?\sby\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)
# A deadline an infinitive sets lies ahead: "a working group ... to report by June 2023", "to be finished by
# March"
_TO_DO_BY = re.compile(r"\bto\s+(?:be\s+)?[a-z]{3,}\s+by\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
# An agreement runs to a day ahead of the report that makes it: "appointed ... on a contract until the
# summer of 2027", "signed a lease running to 2030", "lobbied for a moratorium until 2026".
_RUNS_UNTIL = re.compile(
    r"\b(?:contract|deal|lease|term|agreement|licen[cs]e|loan|tenancy|franchise|concession|mandate|"
    r"moratorium|freeze)s?\b"
    r"[^.;:!?]{0,30}?\s(?:until|till|to|through|running\s+(?:to|until))\s+(?:the\s+)?"
    r"(?:(?:end|summer|spring|autumn|fall|winter|start)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# What a proposal would do lies ahead of it: "accepted the recommendation to increase the minimum wage to
# $14.75 an hour from 1 January 2024".
_PROPOSED = re.compile(
    r"\b(?:recommendations?|proposals?|plans?|bids?|offers?|moves?)\s+to\s+[a-z]+\b(?:[^.;:!?]|\.(?=\d)){0,60}?\s"
    r"(?:from|on|by|in|at)\s+(?:the\s+)?$",
    re.I,
)
# A date a plan aims at or a side holds to lies ahead of the report: "on track for 2027", "We stand by spring
# 2027", "unlikely to open before 2029", "in time for Christmas".
_TARGETED = re.compile(
    r"\b(?:on\s+(?:track|course|schedule|target)\s+for|stand(?:s|ing)?\s+by|in\s+time\s+for|"
    # "Staff maintain a target reopening of January 2025"
    r"target(?:ed)?\s+(?:(?:re)?opening|completion|date|finish|start)\s+(?:of|for|in)|"
    r"(?:likely|expected|set|due)\s+to\s+(?:slip|be\s+(?:delayed|pushed\s+back|put\s+back))\s+(?:un)?to|"
    r"(?:not|unlikely\s+to\s+\w+|never)\s+(?:\w+\s+)?(?:before|until))\s+(?:the\s+)?"
    r"(?:(?:early|mid|late|spring|summer|autumn|fall|winter|end\s+of)[\s-]+)?$",
    re.I,
)
# The date a plan gives for its event, named after it: "still gives late 2028 for the opening"
_FOR_THE_EVENT = re.compile(
    r"\s+(?:for|as)\s+(?:the|its|their)\s+(?:planned\s+|new\s+|target\s+)?(?:opening|completion|launch|"
    r"reopening|handover|finish|start\s+of\s+(?:services|operations)|first\s+services?)\b",
    re.I,
)
# A timetable in the present simple lies ahead of the report: "The new council meets for the first time on
# May 20", "the consultation closes on 3 March".
_SCHEDULED = re.compile(
    r"\b(?:meets?|open|opens|reopens?|starts?|begins?|closes?|ends|resumes?|kicks?\s+off|takes?\s+place|"
    r"go(?:es)?\s+on\s+sale|comes?\s+into\s+(?:force|effect)|takes?\s+effect|convenes?|gets?\s+under\s+way|"
    # "Larkhollow returns to Ashcombe Park on 25-27 July": a return in the present simple is ahead
    r"returns\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    # "The municipal council votes on the budget on 12 December" ("the votes on" are a noun's)
    r"(?<!the\s)(?<!\d\s)(?:votes|decides|rules)\s+on\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    r"(?:\s+(?:again|officially|formally|for\s+the\s+(?:first|last)\s+time))?"
    # "The new harbour bath opens to the public on 15 June 2024"
    r"(?:\s+to\s+(?:the\s+)?(?:public|visitors|traffic|passengers|swimmers|customers))?\s+(?:on|from)\s+(?:the\s+)?"
    # "on 25-27 July": the expression is the range's last day
    r"(?:[A-Za-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*)?$",
    re.I,
)
# What is kept going lies ahead until the date it is kept to: "agreed to keep the service running until
# 2027", "will remain open until at least March 2027".
_KEPT_UNTIL = re.compile(
    r"\b(?:keep|keeps|kept|keeping|remain|remains|continue|continues|stay|stays|run|runs|running|operate|"
    r"operating|"
    # "closed until mid-2026", "would be shut until October": a closure told with its end lies ahead too
    # ... but "was closed until Thursday" tells a closure over
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"(?:closed|shut|suspended|off[\s-]limits|out\s+of\s+(?:action|service|use)))"
    r"\b[^.;:!?]{0,40}?\s(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?"
    r"(?:(?:end|summer|spring|autumn|fall|winter|start)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# A work listed or earmarked for a year lies ahead of it: "it was on a list for renewal in 2027",
# "earmarked for replacement in 2028", "pencilled in for resurfacing by 2026"
_LISTED_FOR = re.compile(
    r"\b(?:list|plan|programme|program|schedule|timetable|earmarked|pencilled|penciled|lined\s+up|"
    r"put\s+forward|proposed)\s+(?:in\s+)?for\s+(?:[a-z]+\s+){1,2}(?:in|by|from)\s+(?:early\s+|late\s+)?$",
    re.I,
)
# A goal's date lies ahead of the report, whatever the verb's tense: "on track to reach its goal of 250 kiwi
# well before 2030", "the target of net zero by 2040 was reaffirmed".
_GOAL_BY = re.compile(
    r"\b(?:on\s+(?:track|course|target)\s+to|goals?|targets?|aims?|ambitions?)\b[^.;:!?]{0,80}?\s"
    r"(?:(?:well|long|shortly|just|some\s+time)\s+)?(?:before|by|ahead\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)
# The next instalment of a series lies ahead of the text that announces it: "Next update: September 2023",
# "the next count is due in March", "Next meeting on 14 May".
_NEXT_DUE = re.compile(
    r"\bnext\s+(?:(?:full|annual|scheduled|formal|public|official|major|planned)\s+)?"
    r"(?:update|review|report|meeting|publication|release|edition|issue|figures|count|survey|"
    r"hearing|inspection|round|session|sitting|episode|bulletin|statement)s?\b"
    r"(?:\s+(?:is|are|will\s+be|due|expected|scheduled|planned))*(?:\s+(?:in|on|for|by|at))?\s*[:\-–]?\s*"
    # "Next full count: after the 2022-23 season"
    r"(?:(?:after|from|during|in)\s+)?(?:the\s+)?(?:[A-Za-z]+day,?\s+)?$",
    re.I,
)
# The older value of a change lies behind the report, whatever tense the sentence speaks in: "our latest
# count is 64, down from 71 at the end of 2022", "up from 38 in the 2019 count".
_CHANGED_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+(?:[^,;:.]|\.\d){1,40}?\s(?:in|at|on|during)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning|middle|close|summer|spring|autumn|winter)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


def older_value_time(text: str, at: int) -> bool:
    """Does the expression at ``at`` give the time of a change's older value ("down from 71 at the end of
    2022")?"""
    return _CHANGED_FROM.search(text, max(0, at - 70), at) is not None


# What has held since a time began before the report, whatever tense the sentence speaks in: "director since
# 2009, will retire", "has led the museum since January and will return", "since its foundation in 1871".
_SINCE = re.compile(
    r"\b(?:ever\s+)?since\s+(?:(?:its|their|his|her|the)\s+[a-z-]+\s+in\s+)?(?:the\s+)?"
    r"(?:(?:early|mid|late|start\s+of|end\s+of|beginning\s+of|summer\s+of|spring\s+of|autumn\s+of|"
    r"winter\s+of)[\s-]+)?(?:the\s+)?$",
    re.I,
)
_YEAR_ONLY = re.compile(r"(?:the\s+)?\d{4}s?")
# a clause of its own after a comma: "from April, after councillors approved a rise" (the approval is not
# the tense of April)
_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|after|when|because|following|although|though|while|whereas)\b"
)
# The expression sits in a relative clause set off by commas: "Keita, who came to Kesselberg in 2010,"
_IN_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*$")
_AWAITED = re.compile(
    r"\s+(?:can['’]?t|cannot|could\s+not|couldn['’]?t)\s+come\s+(?:soon|quickly)\s+enough", re.I
)
_JUDGED_NOW = re.compile(
    r"\s+(?:looks|seems|sounds|appears|remains|assumes|means|feels|"
    # "spring 2025 was more realistic", said in reported speech: a judgment of the date, not a date gone by
    r"(?:is|was)\s+(?:(?:more|less|much\s+more|far\s+more)\s+)?(?:the\s+)?(?:earliest|latest|likeliest|"
    r"most\s+likely|realistic|optimistic|ambitious|achievable|unrealistic|likely))\b",
    re.I,
)
_WOULD_PENALTY = 2
_COMMA_PENALTY = 3
# A verb, one of these words, then the expression: the phrase belongs to that verb ("said on Tuesday it
# would vote": "on Tuesday" dates the saying, not the vote of the reported clause).
_VERB_PREPOSITION = re.compile(r"[A-Za-z']+[ \t]+(?:on|late|early|at|in|during)[ \t]+$", re.I)
_MAX_GAP = 99
_IRREGULAR_PAST = words(
    "said told went came took made gave met left began rose fell saw became held won lost sold bought "
    "paid found thought brought kept sent spent struck fled led got ran put hit cut shot fought knew "
    "grew drew threw wrote spoke broke chose stood understood sat felt heard meant built lent sought "
    "caught taught dealt swore tore wore woke arose rode drove flew froze stole forgave forbade "
    "overcame overtook undertook withdrew began ate slid shook sank sprang stuck stung swung hung "
    "bore beat bid bet quit spread"
)
# "-ed" words that are not past verbs.
_NOT_PAST = words(
    "need needed indeed hundred red bed shed wed fed sped seed feed speed breed creed deed greed reed "
    "proceed exceed succeed united limited hundred bred sacred naked wicked ragged rugged kindred "
    "hatred embed"
)


class TenseFinder:
    """Caches sentence boundaries of one text and answers the tense around spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _SENT_BREAK.finditer(text)]
        self._cache: dict[int, list[tuple[int, int, str, int]]] = {}
        # Per sentence: its cues' character positions and its spaces' positions. With them ``tense`` looks
        # only at the cues within _MAX_GAP spaces and counts spaces by bisection: scanning every cue of the
        # sentence and counting spaces along the text made one long sentence cubic (minutes for 30 KB).
        self._cue_pos: dict[int, list[int]] = {}
        self._spaces: dict[int, array[int]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end

    def _cues(self, s_start: int, s_end: int) -> list[tuple[int, int, str, int]]:
        cached = self._cache.get(s_start)
        if cached is not None:
            return cached
        words = [(m.start(), m.group().lower()) for m in _WORD.finditer(self.text, s_start, s_end)]
        cues: list[tuple[int, int, str, int]] = []  # (word index, char pos, tense, penalty in words)
        n = len(words)
        for i, (pos, w) in enumerate(words):
            nxt = words[i + 1][1] if i + 1 < n else ""
            prev = words[i - 1][1] if i else ""
            prev2 = words[i - 2][1] if i > 1 else ""
            tense = ""
            penalty = 0
            if w == "would":
                tense, penalty = "future", _WOULD_PENALTY
            elif w in _PAST_PLAN and {prev, prev2} & _PAST_AUX:
                pass  # "the show was first planned for 2022 but was postponed": its day may lie either side
            elif (
                w in _FUTURE
                or (w == "n't" and prev == "wo")
                # "applications must reach us by 23 October": a duty ahead ("must have known" looks back)
                or (w == "must" and nxt != "have")
                or (nxt == "to" and w in _FUTURE_BEFORE_TO)
                or (nxt == "for" and w in _FUTURE_BEFORE_FOR)
                # "had been due on 1 May", "was expected in June", "first due in February": a plan told in
                # the past; "was still expected in early 2024" is awaited at the writing
                or (
                    w in _AWAITED_BEFORE
                    and nxt in _AWAITED_AT
                    and (prev == "still" or not {prev, prev2} & (_PAST_AUX | _ONCE | {"been"}))
                )
            ):
                tense = "future"
            elif w in _EXPECT_OBJECT_TO and any(words[j][1] == "to" for j in range(i + 2, min(n, i + 6))):
                # "We now expect the pool to open in mid-January": the expectation's object comes first, and
                # it governs only the times close by ("I expect the winter to look like the winter of 2019")
                tense = _FUTURE_NEAR
            elif w in _PAST_AUX:
                tense = "past"
            elif w in _PERFECT_AUX:
                tense = "past" if _looks_participle(nxt) or nxt == "been" else "present"
                if nxt in _REPORTING:
                    penalty = _REPORT_PENALTY  # "will open on June 14, the zoo has confirmed": a report
            elif w in _PRESENT_AUX:
                tense = "present"
            elif w in _REPORTING and prev == "be":
                pass  # "will be announced in the spring": a passive after a modal, not a report made
            elif w in _REPORTING:
                tense = "present" if w in ("says", "say", "tells", "adds", "reports") else "past"
                penalty = _REPORT_PENALTY
            elif (w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST)) and not (
                prev in _BE_HAVE
                or prev2 in _BE_HAVE
                or prev in ("the", "a", "an", "will", "would")
                # "shall remain closed from 27 May": a state's participle after a linking verb
                or prev in _LINKING
            ):
                tense = "past"
                if self.text[max(s_start, pos - 2) : pos] == ", " and w in _ADJUNCT and nxt == "by":
                    # "at 7pm on Wednesday 21 February, followed by refreshments": no verb of its own
                    tense = ""
                elif self.text[max(s_start, pos - 2) : pos] == ", " and nxt in _STATE_AFTER:
                    # "the print room, closed since the summer": a state's participle, not the clause's verb
                    penalty = _REPORT_PENALTY
            if tense:
                cues.append((i, pos, tense, penalty))
        self._cache[s_start] = cues
        self._cue_pos[s_start] = [c[1] for c in cues]
        self._spaces[s_start] = array("q", (m.start() for m in _SPACE.finditer(self.text, s_start, s_end)))
        return cues

    def tense(self, start: int, end: int) -> str:
        lead = self.text[max(0, start - 16) : start].lower()
        if (
            lead.endswith(_FUTURE_LEADS)
            or _MOVED_TO.search(self.text, max(0, start - 40), start)
            or _EXTENDED_TO.search(self.text, max(0, start - 80), start)
            or _RUNS_UNTIL.search(self.text, max(0, start - 70), start)
            or _HAVE_UNTIL.search(self.text, max(0, start - 60), start)
            or _PROPOSED.search(self.text, max(0, start - 100), start)
            or _TARGETED.search(self.text, max(0, start - 50), start)
            or _SCHEDULED.search(self.text, max(0, start - 60), start)
            or _KEPT_UNTIL.search(self.text, max(0, start - 80), start)
            or _LISTED_FOR.search(self.text, max(0, start - 60), start)
            or _NEXT_DUE.search(self.text, max(0, start - 60), start)
            or _GOAL_BY.search(self.text, max(0, start - 110), start)
            or _TO_DO_BY.search(self.text, max(0, start - 40), start)
            or _TIMETABLE_LINE.search(self.text, max(0, start - 120), start)
            or (
                " by " in self.text[max(0, start - 20) : start]
                and _PLEDGED_BY.search(self.text, max(0, start - 120), start)
            )
        ):
            return "future"
        if _SINCE.search(self.text, max(0, start - 40), start):
            # the time a state began lies behind the report; a year mostly long behind ("for the first time
            # since 2021"), so no tighter bound than a present-tense mention gives
            return "present" if _YEAR_ONLY.fullmatch(self.text, start, end) else "past"
        if older_value_time(self.text, start):
            return "past"
        if _FOR_THE_EVENT.match(self.text, end):
            return "future"  # "the project page still gives late 2028 for the opening": a target date
        if _AWAITED.match(self.text, end):
            return "future"  # "June 14 can't come soon enough": a day still awaited
        if _JUDGED_NOW.match(self.text, end):
            return "present"  # "2027 looks optimistic": a judgment of the date now, not a date gone by
        s_start, s_end = self.sentence(start)
        cues = self._cues(s_start, s_end)
        if not cues:
            return ""
        spaces = self._spaces[s_start]
        cue_pos = self._cue_pos[s_start]
        # Spaces before ``start`` and before ``end`` (in the sentence, which holds every cue): a cue's gap
        # is the number of spaces between it and the expression.
        at_start = bisect_left(spaces, start)
        at_end = bisect_left(spaces, end)
        lo = spaces[at_start - _MAX_GAP - 1] + 1 if at_start > _MAX_GAP else s_start
        hi = spaces[at_end + _MAX_GAP] if at_end + _MAX_GAP < len(spaces) else s_end
        best = ""
        best_d = 10**9
        in_relative: bool | None = None  # is the expression in a relative clause? found when first needed
        for k in range(bisect_left(cue_pos, lo), bisect_right(cue_pos, hi)):
            _, pos, tense, penalty = cues[k]
            if start <= pos < end:
                continue
            if pos >= end and _RELATIVE.search(self.text, end, pos):
                continue  # "on May 19, using the MV Solan, which has been refurbished": another clause's verb
            past_comma = pos >= end and "," in self.text[end:pos]
            if past_comma:
                if in_relative is None:
                    in_relative = _IN_RELATIVE.search(self.text, s_start, start) is not None
                if in_relative:
                    # "Keita, who came ... in 2010, said his priority would be": the main clause's verb
                    continue
            gap = at_start - bisect_left(spaces, pos) if pos < start else bisect_left(spaces, pos) - at_end
            if gap > _MAX_GAP:
                continue
            if pos < start and (
                gap <= 1 or (gap == 2 and _VERB_PREPOSITION.match(self.text, pos, start) is not None)
            ):
                penalty = 0  # "said Friday", "said on Friday": the verb just before the expression governs it
            elif penalty == _REPORT_PENALTY and past_comma:
                # "will be able to ride trams from Sunday 29 March, the authority announced": the report
                # frames the clause that holds the expression, whose own verb tells its tense
                penalty *= 2
            elif past_comma:
                # "will increase the levy to 2.21 cents from 1 April 2022, up from 2.1 cents, the first
                # adjustment since the tax was introduced": a verb beyond a comma is mostly another clause's
                penalty += _COMMA_PENALTY
            if tense == _FUTURE_NEAR:
                if pos > start or gap > _NEAR_GAP:
                    continue
                tense = "future"
            d = (gap + penalty) * 2 - (1 if tense == "future" else 0)
            if d < best_d:
                best, best_d = tense, d
        return best


def _looks_participle(w: str) -> bool:
    return (w.endswith("ed") and w not in _NOT_PAST) or w in _IRREGULAR_PAST or w.endswith("en")
