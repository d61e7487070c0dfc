"""Short facts a sentence states, to answer open questions with values instead of only quotes.

"What damage did the fire cause?" has no single slot: its answer is the figures and names the best
sentences state ("3,400 hectares", "27 homes"). "What caused the outage?" is answered by the phrase after a
cause cue ("caused by the failure of a transformer"), and a cue under negation ("no evidence of a
cyberattack", "claims it was caused by hackers are unfounded") names a cause that sources reject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.calendar_names import CALENDAR_WORDS
from tidings.claims import MONEY_WORDS, is_money, parse_number
from tidings.model import Claim

# The endings of a firm's full name: "Marrowleaf Labs", "Calder Holdings Ltd."
_FIRM_SUFFIX = frozenset("labs lab ltd limited inc incorporated plc llc corp co holdings gmbh ag".split())
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|of|al-\w+))*\b")
# Capitalised words that start sentences or name no one ("The", "Officials").
_NOT_NAME = frozenset(
    """the a an this that these those it its he she they we i our their his her in on at for from by with
    and but or as after before when while if of to some most all many several other officials police
    residents people experts analysts critics supporters share email print photo related advertisement
    read more watch sign subscribe click""".split()
)


_TITLE = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Rev|St|CEO|CFO|Chief|Executive|Officer|President|Minister|Chair|Chairman|"
    r"Chairwoman|Director|Mayor|Governor|Senator|Judge|Coach|Manager|Secretary|Board|Council|Committee|"
    r"Operating|Financial|General|Deputy|Acting|Interim|Former|Traffic|Police|Photo|Getty|Reuters|AP)\.?",
)


@dataclass(frozen=True, slots=True)
class Fact:
    """A short value stated at ``[start, end)`` of a sentence, as a reader would list it."""

    text: str
    start: int
    end: int
    kind: str  # "quantity" | "name" | "cause"


def _digits(value: str) -> str:
    """ "Twenty-seven" -> "27"; figures already in digits stay as written ("3,400", "$32 million")."""
    if re.search(r"\d", value):
        return value
    n = parse_number(value)
    return f"{n:,.0f}" if n is not None and n == int(n) else value


def quantity_facts(sentence: str, s0: int, claims: Sequence[Claim]) -> list[Fact]:
    """Figures of a sentence (starting at document offset ``s0``) with what they count or measure."""
    out: list[Fact] = []
    for c in claims:
        if c.kind != "quantity" or not (s0 <= c.start < s0 + len(sentence)):
            continue
        value = _digits(c.value)
        # the unit as the sentence writes it ("20 km/h", "3,400 hectares"), else the counted noun
        after = re.match(r"\s*([^\s,;.()]+)", sentence[c.end - s0 :])
        # a currency sign or code stands before the figure; a word ("24 kroner") after it
        unit_after = c.unit != "%" and (c.unit.lower() in MONEY_WORDS or not is_money(c.unit))
        # ... when it is the claim's unit: "16:00 to connect" and "24 kroner each" name none after the figure
        unit = (
            after.group(1)
            if c.unit and unit_after and after and after.group(1).lower().startswith(c.unit.lower()[:2])
            else ""
        )
        noun = unit or (c.subject.split()[0] if c.subject else "")
        text = f"{value} {noun}" if noun and noun.lower() not in value.lower() else value
        out.append(Fact(text, c.start - s0, c.end - s0, "quantity"))
    return out


def name_facts(sentence: str, question: str) -> list[Fact]:
    """Proper names of a sentence that the question does not already name (the sentence's first word
    only when it runs on into a longer name)."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    out: list[Fact] = []
    for m in _NAME.finditer(sentence):
        words = [re.sub(r"(?:'s|’s)$", "", w) for w in m.group(0).split()]
        # headings in capitals ("OFFICIAL RESULTS"), titles and honorifics are not what is asked
        while words and (
            words[0].lower() in _NOT_NAME
            # a month or a day, not a name that starts like one ("Maria", "Junior", "Marcus")
            or words[0].lower().rstrip(".") in CALENDAR_WORDS
            or _TITLE.fullmatch(words[0])
            or (words[0].isupper() and len(words[0]) > 1)
        ):
            words = words[1:]
        while words and (words[-1].lower() in ("of", "de", "van", "von") or _TITLE.fullmatch(words[-1])):
            words = words[:-1]
        if (
            not words
            # "Marrowleaf Labs" when asked of Marrowleaf: the question's own name, as the firm writes it
            or all(w.lower() in asked or w.lower().rstrip(".") in _FIRM_SUFFIX for w in words)
            or any(w.isupper() and len(w) > 3 for w in words)
        ):
            continue
        if re.search(r"-(?:based|born|led|owned|run)$", words[-1]):
            continue
        if m.start() == 0 and len(words) < 2:
            continue
        text = " ".join(words)
        start = m.start() + m.group(0).find(words[0])
        out.append(Fact(text, start, start + len(text), "name"))
    return out


# Verbs of damage done by something: "the cable was damaged by a ship's anchor"
_DAMAGE_VERBS = r"(?:damaged|severed|destroyed|punctured|ruptured|cracked|breached|crushed|cut|hit|struck)"
# How long something lasts: "six weeks", "about three months", "a few days"
_SPAN = (
    r"(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|years?|hours?|nights?)"
)
_CAUSE_CUE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+)?(?:caused|triggered|sparked|started|set off|brought on)\s+by"
    # "the cable was damaged by a ship's anchor": what did the damage
    r"|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+" + _DAMAGE_VERBS + r"\s+by"
    # ... not by how much ("hours were cut by a third", "cut by half")
    r"(?!\s+(?:\d|about|around|up\s+to|more\s+than|less\s+than|(?:an?\s+|one\s+|two\s+)?(?:third|quarter|"
    r"half|fifth|tenth)s?\b|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b"
    # ... nor what it cost ("hit by a further cost after asbestos was found")
    r"|(?:an?\s+)?(?:further\s+|new\s+|additional\s+|another\s+|big\s+|major\s+)?(?:costs?|bills?|charges?|"
    r"fines?|delays?|setbacks?|price|rises?|increases?|shortfall|overrun)\b))"
    # "due to the storm", never "a team due to play on the mainland" (a plan)
    # "was already held up by pending clearances", "has been delayed by objections": not by how long
    r"|\b(?:was|were|is|are|been|being)\s+(?:(?:already|further|also|badly|repeatedly)\s+)?(?:held\s+up|"
    r"delayed|stalled|hampered|slowed|stymied|set\s+back)\s+by(?!\s+(?:\d|about|around|up\s+to|more\s+than|"
    r"nearly|almost|at\s+least|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|"
    r"many|some|another|a\s+further)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|seasons?)\b))"
    r"|\b(?:due|owing)\s+to(?!\s+(?:be|come|play|start|open|close|begin|take|run|finish|arrive|leave|meet|visit|sail|"
    r"travel|return|reopen|launch|end|go|get|have|make|hold|attend|speak|publish|give|receive|appear|report|sit|"
    r"stand|face|fly|complete|resume|retire|join|vote|decide|announce|host|sing|perform|compete|sign|move|"
    r"transfer|relocate|shift|continue|remain|stay|expire|last|switch|hear|rule|report)\b)"
    r"|\bbecause\s+of|\bblamed\s+(?:it\s+)?on|\battributed\s+(?:it\s+)?to"
    # "the fencing is there for a drainage upgrade, not because the land has been sold": what it is for
    r"|\b(?:is|are)\s+(?:there|in\s+place)\s+for(?=\s+(?:an?|the)\s)"
    # "has fallen, driven by the cost of living", "the rise was largely driven by fuel prices"
    r"|(?:,|\b(?:was|were|is|are|been|being))\s+(?:(?:mainly|largely|mostly|partly|chiefly)\s+)?driven\s+by"
    # ... not who drove ("the car was driven by a man from Leeds", "driven by Ana Silva")
    r"(?!\s+(?:(?-i:[A-Z])|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|driver|person|teenager|"
    r"motorist|pensioner|student|friend|relative)\b))"
    # "Officials linked much of the fall to migration"
    r"|\blink(?:ed|s)\s+(?:(?:much|most|part|some)\s+of\s+)?(?:the|this|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:fall|drop|decline|rise|increase|closure|delay|shortage|loss|losses|outage|problems?)\s+to"
    r"|\btraced\s+(?:it\s+)?to|\b(?:the|a)\s+(?:\w+\s+)?result[\"”]?\s+of|\bresulted\s+from"
    # "the delay has a more mundane cause: pole attachment"
    r"|\b(?:cause|reason|culprit|explanation)\s*:\s*(?=[\w\"“])"
    # "the likely cause was", "the real cause is", "the main source is"
    # ... "the principal local cause of flooding on Main Street was"
    r"|\bthe\s+(?:(?:most|more|real|main|likely|probable|actual|true|root|underlying|primary|chief|only|sole|"
    r"principal|immediate|direct|local|major|key|single)\s+)"
    r"{0,3}(?:cause|source|culprit|reason)\s+(?:(?:for|of|behind)\s+(?:the\s+|this\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){1,5}?)?(?:was|is|had been)"
    # "The only reason we've cancelled is flooding": the reason with a short clause of what it is for
    r"|\bthe\s+(?:only|sole|real|main|actual|true)\s+reason\s+(?:why\s+|that\s+)?(?:we|they|it|he|she|I)"
    r"(?:['’]ve|['’]re|\s+have|\s+has|\s+had|\s+are|\s+were|\s+was)?\s+[a-z]+\s+(?:is|was)"
    # "the biggest everyday problem is footfall": the problem a fix or a closure answers
    # ... "the main pressure on traders is falling footfall": the pressure a side names
    r"|\bthe\s+(?:biggest|main|key|real|underlying|major|chief)\s+(?:[\w-]+\s+)?(?:problem|issue|pressure|"
    r"threat|factor)\s+(?:(?:on|for|facing)\s+(?:[\w'’-]+\s+){1,3}?)?(?:is|was)\b"
    # "Dunmore Dairies says it comes down to energy costs"
    r"|\b(?:comes?|came|boils?|boiled)\s+down\s+to"
    # "was spread between farms by lorries", "were brought in by contractors"
    r"|\b(?:was|were|been|being)\s+(?:spread|carried|brought(?!\s+up\b)|introduced|transmitted)\s+"
    r"(?:(?!by\b)[\w'’-]+\s+){0,4}?by"
    # "the trust blamed agricultural runoff", "problems began when the dam was built", "points at the dam"
    r"|\bblam(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+on\b"
    # "The responsibility for the collapse of the service lies with the contractor"
    r"|\b(?:responsibility|blame|fault)\s+(?:for\s+(?:[\w'’-]+\s+){1,8}?)?(?:lies|lay|rests|rested)\s+"
    r"(?:squarely\s+|entirely\s+|solely\s+|firmly\s+)?with"
    # a source's own finger-pointing ("blamed X", "points to X"); a rumour doing it names no cause
    r"|(?P<pointed>(?:\bblam(?:ed|es|ing)|\bto\s+blame|(?:(?<=[a-z]s\s)|(?<=\bpeople\s)|(?<=\bthey\s)|(?<=\bwe\s)|(?<=\bI\s)|(?<=\bsome\s)|(?<=\bmany\s)|(?<=\bmost\s))blame(?=\s+(?!for\b)[\w'’-]+\s+(?!for\b)[\w'’-]+))\s+(?!on\b|it\b|for\b|each\s+other\b|one\s+another\b|the\s+(?:decline|collapse|death|fall|kill)\b)"
    r"|\bpoint(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:at|to)\b)"
    r"|\b(?:began|started)\s+when"
    # "put the rise down to the phone ban", "was mainly down to lost contracts", "credits its phone ban"
    r"|\bput(?:s|ting)?\s+(?:the\s+|its\s+|their\s+|this\s+|it\s+)?(?:[\w-]+\s+){0,2}?down\s+to"
    r"|\b(?:was|were|is|are)\s+(?:mainly\s+|largely\s+|mostly\s+|partly\s+|entirely\s+|all\s+)?down\s+to"
    r"|\bcredit(?:s|ed)\s+(?=(?:its|their|the|his|her)\s)"
    # "as a result of X", "shut after inspectors found a crack in X"
    r"|\bas\s+a\s+(?:direct\s+)?result\s+of"
    # "sealed 27 hostels ... for operating without a fire NOC", "was fined for breaching": a sanction's
    # ground, told by what was done
    r"|\b(?:sealed|fined|suspended|banned|jailed|penali[sz]ed|disqualified|sacked|evicted|prosecuted|"
    # ... not what a place is closed to ("closed for swimming until further notice")
    r"convicted|arrested|shut|closed)\s+(?:[\w'’-]+\s+){0,12}?for\s+(?=(?!(?:morning|evening|spring|swimming|"
    r"bathing|fishing|walking|cycling|camping|parking|boating|diving|skating|skiing|surfing|kayaking|paddling|"
    r"climbing|hiking|riding|shopping|trading|visiting|viewing|training|sailing|racing|grazing)\b)[a-z]+ing\b)"
    # "the closure followed the loss of its largest customer", "the cuts were prompted by falling sales"
    r"|\b(?:closure|decision|job\s+losses|redundancies|cuts|shutdown|move)\s+(?:follows|followed|comes\s+after|"
    r"came\s+after)|\b(?:was|were|is|are|been)\s+prompted\s+by"
    # "the contamination was most likely linked to a water main break"
    r"|\b(?:was|were|is|are|been|being)\s+(?:(?:most|more|very)\s+)?(?:likely\s+|probably\s+|possibly\s+|"
    r"directly\s+|closely\s+)?linked\s+to"
    # "closing the mill, citing energy costs"; "citing sources familiar with" is attribution
    r"|\bciting\s+(?!(?:a\s+|the\s+|two\s+|three\s+|several\s+|unnamed\s+|anonymous\s+|senior\s+)*"
    r"(?:sources?|people|persons?|officials?|documents?|reports?|data|figures|a\s+statement)\b)"
    # "shut for eight weeks to protect a rare orchid", "closed it to stop people trampling": the purpose of
    # a closure, a ban or a move is why it was made
    r"|\b(?:closed|closing|shut|banned|suspended|restricted|fenced\s+off|moved|changed|diverted|cancelled|"
    r"postponed|delayed|lowered|reduced)\b[^.;:?!]{0,60}?\bto\s+(?=(?:protect|stop|prevent|avoid|"
    r"make\s+way\s+for|save|reduce|cut|curb|ease|limit)\b)"
    r"|\b(?:closure|ban|restriction|diversion|move)\s+(?=(?:protects|prevents|stops)\b)"
    # "will be closed for six weeks so that its expansion joints can be replaced": the works a closure is for
    r"|\b(?:closed|closing|shut)\b[^.;:?!]{0,60}?\bso\s+that\s+(?=(?:[\w'’-]+\s+){1,5}?(?:can|could|may)\s+be\s+"
    r"(?:replaced|repaired|renewed|rebuilt|upgraded|refurbished|installed|inspected|strengthened)\b)"
    # "will close for six weeks while new stage rigging is installed": the works a closure makes way for
    r"|\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\b[^.;:!?]{0,60}?\bwhile\s+(?=(?:[\w'’-]+\s+){1,8}?(?:is|are)\s+"
    r"(?:being\s+)?(?:installed|replaced|repaired|built|upgraded|refurbished|renovated|removed|fitted|"
    r"resurfaced|rebuilt)\b)"
    # ... "will remain closed while licensed contractors remove the asbestos": the works told actively
    r"|\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\b[^.;:!?]{0,60}?\bwhile\s+(?=(?:[\w'’-]+\s+){0,3}?"
    r"(?:contractors|crews|workers|engineers|staff|specialists|teams?)\s+(?:remove|replace|repair|install|fix|"
    r"rebuild|upgrade|refurbish|renovate|clear|treat|investigate|inspect)\b)"
    # "A big part of it was how dry the air was": the part a speaker gives the cause
    r"|\b(?:a|the)\s+(?:big|main|major|large|key)\s+part\s+of\s+(?:it|that|this)\s+(?:was|is)\s+"
    # "was interrupted after a failure at the main pump station": a breakdown the effect followed
    r"|\bafter\s+(?=(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:failure|breakdown|malfunction|fault|burst|"
    r"blockage|collapse|leak)\s+(?:at|in|on|of)\b)"
    # "lost water service after a 24-inch main broke": a failure the effect followed; "getting water only once
    # in four days since a landslide near Lava damaged the main pipeline"
    # ... "after coastal erosion wiped out much of the sand": a force of nature needs no article
    # ... "after the main pump at the town's largest borehole failed": the failed thing told with its place
    r"|\b(?:after|since)\s+(?=(?:(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,7}?"
    r"|(?:(?!(?:was|were|is|are|has|had|have|been)\b)[a-z][\w'’-]*\s+){1,3}?)"
    r"(?:broke|burst|failed|collapsed|cracked|ruptured|exploded|gave\s+way|caught\s+fire|overflowed|damaged|"
    # "after a power line came down", "after a tree fell across the line"
    r"came\s+down|fell\s+(?:on|onto|across)|"
    r"destroyed|swept\s+away|washed\s+away|wiped\s+out|knocked\s+out|cut\s+off|"
    # "after the original contractor went into administration": a firm's failure the works stopped for
    r"went\s+(?:into\s+(?:administration|liquidation|receivership)|bust|under))\b)"
    # "Kalimpong's water troubles deepened today as private tanker operators went on strike"
    r"|\b(?:deepened|worsened|intensified)\s+(?:today\s+|on\s+[A-Z][a-z]+day\s+|this\s+week\s+)?as\s+"
    r"(?=(?:an?|the|its|their|[a-z]+)\s)"
    # "after a routine sample tested positive for E. coli": what it tested positive for
    r"|\bafter\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?tested\s+positive\s+for"
    r"|\b(?:after|when)\s+(?:(?!(?:was|were|had|been)\b)[\w'’-]+\s+){0,3}?"
    # ... and a finding told as a clause whose subject names the fault ("after it found that a software fault
    # at its contractor had applied ..."), not one whose bare subject names nothing ("after inspections found
    # that buses were unroadworthy")
    r"(?:found|discovered|detected|spotted|identified|uncovered)\b"
    r"(?:\s+that(?=\s+(?:an?|its|their)\s)|(?!\s+that\b))"
    # "was disqualified from the race on Wednesday for holding on to his team car": a sanction's reason
    r"|\b(?:disqualified|banned|suspended|sacked|fired|fined|expelled|sent\s+off|thrown\s+out|dismissed|"
    r"struck\s+off|stripped\s+of\s+[\w'’-]+|docked\s+[\w'’-]+(?:\s+[\w'’-]+)?)\b"
    r"(?:\s+(?!for\b)[\w'’-]+){0,8}?\s+for(?=\s+(?:his\s+|her\s+|their\s+)?[a-z]+ing\b)"
    r"|\bfollowing\s+the\s+(?:discovery|detection)\s+of"
    # what a rise in a fee or price pays for: "the increase is needed to cover the rising cost of X", "the
    # extra revenue would fund a second officer", "the new fees will help pay for the shelter contract"
    r"|\b(?:needed|necessary|required)\s+to\s+(?:cover|fund|pay\s+for|meet)\b"
    r"|\b(?:revenue|money|funds|income|increase|rise|fees?|charges?)\s+(?:would|will|is\s+to|are\s+to)\s+"
    r"(?:help\s+(?:to\s+)?)?(?:fund|pay\s+for|cover|go\s+(?:to|toward|towards))\b"
    r"|(?<=[a-z])\s+and\s+(?:allow|enable)\s+(?:the\s+|it\s+|them\s+)?(?:[\w'’-]+\s+)?to\s+(?=[a-z]+\s)"
    # "This change reflects the earthquake swarm"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)\breflect(?:s|ed|ing)\s+(?:also\s+)?"
    r"(?!(?:on|upon|in|by|as|back|off|that|what|how|why|its|his|her|their)\b)(?=[a-z])"
    # "A routine inspection completed on March 11 found advanced corrosion": what a check found
    r"|\b(?:inspections?|inspectors|surveys?|surveyors|investigations?|investigators|reviews?|audits?|"
    r"tests?|checks|engineers|assessments?|examinations?|monitoring|contractors|workers|crews|builders|"
    r"electricians|plumbers)\b(?:[^.;:!?\"“”]{0,40}?)\s+"
    r"(?:found|revealed|identified|uncovered|detected|discovered|showed)\s+"
    # a thing found, not a finding told as a figure or a clause ("found only 8% of people had arrived")
    r"(?!(?:that|no|nothing|out|only|just|about|nearly|almost|more|less|fewer|most|some|few|many|half)\b|\d)"
    # what a dispute is about: "this dispute is, at heart, about pay", "a dispute the union says is about
    # safety and the company says is about pay"
    r"|\b(?:dispute|strikes?|row|walkouts?|industrial\s+action|protests?)\b[^.;:]{0,40}?\b(?:is|was|are|were)"
    r"\s*,?\s*(?:at\s+heart\s*,\s*|really\s+|all\s+|mainly\s+|largely\s+|only\s+)?about"
    r"(?:\s+one\s+thing\s*:)?"
    r"|\b(?:say|says|said|claims?|insists?)\s+(?:it\s+)?(?:is|was)\s+(?:really\s+|all\s+)?about"
    # "began an indefinite strike over the impoundment of their vehicles", "walked out in protest at"
    r"|\b(?:strike|strikes|walkout|walk-out|stoppage|boycott|sit-in|work-to-rule)\s+over\b(?!\s+(?:the\s+)?"
    r"(?:weekend|summer|winter|holidays?|christmas|easter|next|coming|past|last)\b)"
    r"|\bin\s+protest\s+(?:at|against|over)\b"
    # what a postponement is about: "the postponement is \"entirely about asbestos in the roof\""
    r"|\b(?:postponement|closure|delay|cancell?ation|shutdown|suspension)\b[^.;:]{0,40}?\b(?:is|was)\s+[\"“]?"
    r"(?:entirely\s+|all\s+|purely\s+|simply\s+|only\s+|really\s+)?about"
    # what a closure is for: "closed again, this time for a £400,000 refurbishment", "shut for repairs"
    # ... also past the time it lasts ("closed from Monday 15 May to Friday 30 June for boardwalk
    # replacement"), and said of the closure ("the closure ... is for boardwalk replacement")
    r"|(?:\b(?:closed|clos(?:es|ing)|shut|shuts|shutting|suspended|halted|cancell?ed|postponed)\s+"
    r"(?:again\s*,?\s*)?(?:this\s+time\s+)?(?:temporarily\s+|indefinitely\s+)?"
    r"(?:(?:from|until|till|between)\s[^.;:!?]{0,48}?\s)?"
    # ... and past how long it lasts: "closes for six weeks for stage upgrade"
    r"(?:for\s+" + _SPAN + r"\s+)?"
    r"|\b(?:closure|shutdown)\b[^.;:!?]{0,48}?\b(?:is|was)\s+)for(?!\s+" + _SPAN + r"\b)"
    r"(?=(?:\s+[\w£$€,.'’-]+){0,4}?\s+(?:refurbish\w*|repairs?|maintenance|renovat\w*|works|upgrad\w*|"
    r"improvements?|inspections?|cleaning|investigations?|checks|rebuild\w*|restoration|redevelopment|"
    r"resurfacing|testing|strengthening|decontamination|replacement|reasons)\b)",
    re.I,
)
# A reason told as a clause: "The road is shut because we need to divert utilities". The clause runs to its
# punctuation, verbs and all. A purpose ("so that the joints can be replaced") is no cause.
_BECAUSE_CLAUSE = re.compile(r"\bbecause\s+(?!of\b)(?=\w)", re.I)
# What stopped a service or closed a place, told as what happened before it: "out of service since Tuesday
# after her propeller was damaged by debris", "suspended after a lorry hit the bridge". Not a time ("after
# 10pm", "after three days", "after Christmas").
_DISRUPTED_AFTER = re.compile(
    r"\b(?:suspended|halted|closed|shut|cancell?ed|grounded|evacuated|stranded|disrupted|derailed|"
    r"out\s+of\s+(?:action|service|use|operation)|off\s+the\s+road|taken\s+out\s+of\s+service|"
    r"without\s+(?:their|its|the|power|water|electricity|heating)|"
    # "voted to take strike action after rejecting a pay offer"
    r"strike\s+action|industrial\s+action|walk(?:ed)?\s+out|(?:to|will|would)\s+strike|"
    # "Shops on Main Street were flooded on Wednesday night after record rainfall"
    r"(?:was|were|been)\s+(?:flooded|inundated|swamped|damaged))\b"
    # ... "after what Met Eireann said was record rainfall": the cause as a source called it
    r"[^.;:!?]{0,60}?\bafter\s+(?:what\s+(?:[\w'’-]+\s+){1,3}?(?:said|says|called)\s+(?:was|were|is)\s+)?(?!(?:\d|an?\s+(?:day|week|month|year|hour|fortnight)\b|the\s+(?:end|start|weekend|"
    r"holidays?|summer|winter|spring|autumn|first|second|third|last)\b|last\b|this\b|that\b|which\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|midnight|noon|dark|dawn)\b|"
    r"(?-i:[A-Z][a-z]+day\b|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Christmas|Easter)))(?=\w)",
    re.I,
)
_CLAUSE_END = re.compile(
    # an abbreviation's full stop does not end it ("high E. coli levels")
    r"[,;:!?()\"“”]|\.(?!\d|\s+(?-i:[a-z]))|\s(?:but|while|although|though|and\s+so)\b|\s[-–—]\s",
    re.I,
)
_CLAUSE_WORDS = 12
# A cause said to be one of several: "not caused by the weather alone", "not just because of the rain".
_NOT_ALONE = re.compile(r"\s+(?:alone|only|by\s+itself|on\s+its\s+own|solely)$", re.I)
_NOT_JUST_BEFORE = re.compile(
    r"\bnot\s+(?:just|only|simply|solely|entirely|merely|wholly)\s+(?:\w+\s+)?$", re.I
)
# A cue negated just before it: "not because the crew was ill", "was never caused by".
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n[o’']t)\s+(?:\w+\s+)?$", re.I)
# ... before a clause of its own only with no verb between: "has not begun because the project is still
# waiting for clearance" gives the cause of what did not happen; "not really because" rejects one, and "not
# simply because" (_NOT_JUST_BEFORE) names one among others
_NEGATED_CLAUSE_BEFORE = re.compile(
    r"\b(?:not|never|n[o’']t)\s+(?:(?:really|actually|necessarily|even|so)\s+)?$", re.I
)
# What a correction says was reported wrongly: "An earlier version of this post said ... because ...".
_CORRECTED_REPORT = re.compile(
    r"\b(?:(?:an?\s+)?(?:earlier|previous|original)\s+version|wrongly|incorrectly|falsely|erroneously|"
    r"misreport\w*|misstat\w*)\b",
    re.I,
)
# What was found, after which the effect came: "shut after a crack was found in the penstock", or a bare noun
# ("hit by a further cost after asbestos was found in the roof")
_FOUND_PASSIVE = re.compile(
    r"\b(?:after|when|once)\s+(?P<x>(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?!(?:it|they|he|she|this|that|these|those|we|nothing|something|anything|none)\b)[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*)?)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:found|discovered|detected|spotted|identified|uncovered)\b",
    re.I,
)
# "Investigations have found that the affected section is made of ageing asbestos-cement pipes": what a check
# found, told as a clause, is the cause it points to, unless a cue inside the clause names the cause itself
_CHECK_FOUND_THAT = re.compile(
    r"\b(?:inspections?|investigations?|surveys?|reviews?|audits?|tests?|checks|engineers|inspectors|"
    r"investigators|assessments?|examinations?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:found|revealed|"
    r"shown|showed|established|confirmed)\s+that\s+(?=(?:the|an?|its|their)\s)",
    re.I,
)
# ... a finding that rules something out, or counts, names no cause
_FOUND_NOTHING = re.compile(r"\b(?:not|no|never|n[’']t|only|nothing|none)\b|\d", re.I)
# "after E. coli turned up in a test sample": what turned up is the cause
_TURNED_UP = re.compile(r"\bafter\s+(?P<x>(?:[\w.'’-]+\s+){0,3}?[\w'’-]+)\s+(?:turned|showed)\s+up\b", re.I)
# A subject that held up the effect, told in a clause after it: "a burst pipe on the main supply line was
# found on Friday while the pump station was being repaired, which delayed supply to higher streets"
_WHICH_DELAYED = re.compile(
    r"(?:^|,\s+)(?P<x>(?i:an?|the)\s+[a-z][\w'’-]*(?:\s+(?!(?:on|in|at|of|near|was|is|were|are|and|has|had|"
    r"that|which)\b)[a-z][\w'’-]*){0,3})\s+[^.;:!?]{0,120}?,\s+which\s+"
    r"(?:delayed|worsened|prolonged|held\s+up)\b"
)
# Weather that drove a fire on: "a cold front brought strong winds, with gusts above 60 km/h, pushing the fire
# 6 km east"
_DROVE_FIRE = re.compile(
    r"\b(?:brought|with)\s+(?P<x>(?:[a-z][\w'’-]*\s+){0,3}?(?:winds?|gusts?|heat|lightning))\b[^.;]{0,80}?"
    r"\s(?:pushing|driving|fanning|spreading|whipping)\s+(?:the\s+)?(?:fire|flames|blaze)\b",
    re.I,
)
# The kind of a cause told as following another in one account
CAUSE_THEN = "cause.then"

# A second cause joined to the first: ", and then the failure of the pumping station", "and later X"
_AND_THEN_CAUSE = re.compile(
    r"\s*,?\s+(?:and\s+)?(?:then|later|subsequently)\s+(?P<x>(?:the|an?)\s+[^.;:!?()]{3,80})", re.I
)
_CAUSE_TAIL_END = re.compile(r",|\s(?:when|which|that|while|after|as|but|said|says)\b", re.I)

_CAUSE_END = re.compile(
    # "about safety and the company says is about pay": the other side's clause is not part of the cause
    r"\s+and\s+(?:the\s+|its\s+)?[\w'’-]+\s+(?:says?|said|claims?|insists?)\b|"
    # a full stop ends it, not an abbreviation's ("E. coli bacteria")
    r",(?!\d)|\.(?!\d|\s+(?-i:[a-z]))|[;:!?()\"“”]|\s[-–—]\s"
    # "pay for the shelter contract and allow the city to add an officer": a second purpose of its own
    r"|\s+and\s+(?=(?:allow|enable|let|help)s?\s)"
    # "caused by an algal bloom and not by chemical waste": what follows is a cause ruled out
    r"|\s+and\s+not\b"
    r"|\s(?:and then|but|which|after|while|when|during|as|said|says|according|rather|for|"
    r"are|is|was|were|has|have|had)\b",
    re.I,
)
# A name in brackets right after a cause: "(Noctiluca)", "(Vibrio vulnificus)"
_KNOWN_AS = re.compile(
    r",\s+(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?P<n>[\w-]+(?:\s+[\w-]+){0,2}?)\s*(?=[,.;)]|$)", re.I
)
_NAME_IN_BRACKETS = re.compile(r"\s*\((?:[A-Z][a-z]+(?:\s+[a-z]+)?|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\)")
# "... a natural algal bloom and not by chemical waste": the cause the sentence rules out beside its own
_AND_NOT_CAUSE = re.compile(
    r"\s+and\s+not\s+(?:(?:by|from|because\s+of|due\s+to)\s+)?(?:(?:an?|the|any)\s+)?"
    r"(?P<x>[\w-]+(?:\s+(?!(?:as|or|and|was|were|is)\b)[\w-]+)?)"
)
_DAMAGED_BY = re.compile(r"\b" + _DAMAGE_VERBS + r"\s+by\s+$")
# A name set beside a cause phrase: ", the high-street retailer Halbrook & Sons," or ", Halbrook,"
_APPOSITIVE = re.compile(
    # ", forecasters said on Wednesday" is who said it and when, no name of the cause
    # ... and ", the municipality blames Mr Pretorius" is another side's account
    r",\s+(?!(?:[a-z][\w-]*\s+){0,2}(?:said|says|say|told|added|reported|confirmed|warned|blames?|blamed)\b)"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,3}"
    r"(?=\s*[,.;]|\s+(?:which|who)\b)"
)
# A named thing ("the River Corrib") and the state a relative clause gives it (", which was running high
# after heavy rainfall")
_NAMED_THING = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_STATE_OF_NAMED = re.compile(r",?\s+which\s+(?P<s>(?:was|were|is|had\s+been|has\s+been)\s+[^,.;:!?]+)")
_NO_EVIDENCE_THAT = re.compile(r"\bno\s+(?:evidence|indication|sign|suggestion)\s+that\b[^.;]*$", re.I)
# "dismissed speculation on social media", "rejected claims": a side turning down hearsay (the causes module
# builds its rejection cue from the same two pieces)
DISMISSING = r"\b(?:dismiss|reject|den(?:y|ie|ying))\w*\s+(?:[\w'’-]+\s+){0,3}?"
HEARSAY = r"speculation|claims?|suggestions?|rumou?rs?|allegations?|theor(?:y|ies)"
_DISMISSED_THAT = re.compile(
    DISMISSING + r"(?:" + HEARSAY + r"|reports?)\s+(?:[\w-]+\s+){0,4}?that\b"
    # ", saying the real cause is ...": after the rejected claim, the side that rejects it speaks
    r"(?:(?!,\s+(?:saying|blaming|arguing|insisting|pointing|adding)\b)[^.;])*$",
    re.I,
)
# "No vaccine was given in the village", "No vaccination of any kind ... was carried out": a denial that the
# thing blamed took place at all
_NONE_GIVEN = re.compile(
    r"(?:^|[.;:]\s+)No\s+(?P<x>[a-z][\w-]+(?:\s+(?!(?:of|in|at|on|was|were|had|has)\b)[a-z][\w-]+)?)\b"
    r"[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:carried\s+out|given|administered|used|applied|sprayed|performed)\b"
)
# "has rejected the company's claim that ...": the side that rejects a claim names its own cause after it
_DISMISSED_CLAIM = re.compile(DISMISSING + r"(?:" + HEARSAY + r")\b", re.I)
_CLAIMING = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|posts?|rumou?rs?|alleg\w+|theor(?:y|ies)|suggest\w*)\b", re.I
)
_INSTEAD_BEFORE = re.compile(r"\binstead\s+$", re.I)
_VERDICT_AFTER = re.compile(
    r"\b(?:are|is|was|were)\s+(?:false|unfounded|baseless|untrue|wrong|misleading)\b", re.I
)
_DISMISSED_AFTER = re.compile(
    r"\b(?:(?:have|has|had|were|was)\s+been\s+(?:dismissed|denied|rejected|ruled\s+out|debunked)|"
    r"(?:are|is|was|were)\s+(?:false|unfounded|baseless|untrue|wrong))\b",
    re.I,
)
_LEAD = re.compile(r"^(?:the|a|an)\s+(?:failure|collapse|fault|malfunction)\s+(?:of|in)\s+", re.I)


# A cause in subject position: "A cracked axle - not the hot weather - caused the derailment", "heat may
# have played a part", "low oxygen caused by the heatwave is the most likely explanation". The subject runs
# from the sentence start, a colon, a comma or a verb of saying; "caused by" is a passive, not this.
# What set a cause off, said beside it: "ground movement, triggered by saturated soils, had put ..."
_SET_OFF_BY = r"(?:triggered|caused|worsened|brought\s+on|set\s+off)\s+by"
# What brought a thing down: "fallen trees brought down a line", "the storm knocked out the pumps"
_BROUGHT_DOWN = r"(?:brought|knocked|took|tore|pulled)\s+(?:down|out)"
# A cause weighed against another: "as big a problem as the rails"
_AS_BIG_A_PROBLEM = (
    r"as\s+(?:big|much|great|serious|large)\s+(?:of\s+)?(?:a\s+)?(?:problem|issue|factor|obstacle)\s+as\b"
)
_WEIGHED = re.compile(r"\b" + _AS_BIG_A_PROBLEM, re.I)


def weighs_causes(sentence: str) -> bool:
    """Does the sentence weigh one cause against another ("The insurance costs are as big a problem as the
    rails")? Such a sentence is about the event whose causes it weighs."""
    return _WEIGHED.search(sentence) is not None


_SUBJECT_CAUSE = re.compile(
    r"(?:^|[:;]\s*|,\s+|\b(?:said|says?|that|found|concluded|believes?|believed|thinks?|admit(?:s|ted)|"
    r"conceded|acknowledged)\s+)[\"“]?"
    r"(?P<x>(?:(?!(?:said|says?|that|found|concluded|believes?|believed|thinks?|admit(?:s|ted)|conceded|"
    r"acknowledged)\b)[\w.'’-]+\s+){0,6}?[\w'’-]+"
    # "a pipe burst on the main line from the Lake Arthur scheme near the N10 is to blame": where the
    # cause happened, after it
    r"(?:\s+(?:on|in|at|near|along|under)\s+(?:the\s+)?"
    r"(?:(?!(?:said|says?|say|that|found|concluded|believes?|believed|thinks?|and|but|after)\b)[\w'’-]+\s+){0,10}?"
    r"[\w'’-]+(?=\s+(?:is|was|are|were)\s|,\s+" + _SET_OFF_BY + r"\s))?)"
    r"(?:\s*[-–—,]\s*not\s+(?P<y>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*[-–—,])?"
    # "The shift to online shopping, along with cost-of-living pressures, is the main reason"
    r"(?:,\s+(?:along|together|combined|coupled)\s+with\s+[^,.;]{1,60},)?"
    # "Replacing aging mains, many of them cast iron, is the single biggest cost": an aside on the subject
    r"(?:,\s+(?:many|most|some|all|much)\s+of\s+(?:them|it|which)\s+[^,.;]{1,40},)?"
    # "stagnant water in construction sites, particularly at metro rail works, is the main source"
    r"(?:,\s+(?:particularly|especially|notably|mostly|mainly)\s+[^,.;]{1,60},)?"
    # "ground movement on the hillside, triggered by saturated soils after the cyclone, had put ...": what
    # set the cause off, said beside it
    r"(?:,\s+" + _SET_OFF_BY + r"\s+[^,.;]{1,80},)?"
    # "the fall in passenger numbers, rather than dues, explains ...": the other side's cause set aside
    r"(?:,\s+rather\s+than\s+[^,.;]{1,40},)?"
    # "pressure surges from the pump station when the pumps switch on and off were making things worse"
    r"(?:\s+when\s+(?:[\w'’-]+\s+){1,8}?[\w'’-]+(?=\s+(?:is|are|was|were)\s+making\b))?"
    r"\s*[\"”]?\s*(?:also\s+|may\s+have\s+|might\s+have\s+|could\s+have\s+|probably\s+|likely\s+|"
    r"largely\s+|mainly\s+|partly\s+|has\s+|have\s+|had\s+)?[\"“]?"
    r"(?:caused(?!\s+by)|triggered(?!\s+by)|sparked(?!\s+by)|forced\s+(?:it|them|the\s+\w+)\s+to\b|"
    # "a disposable barbecue left near the boardwalk started this fire"
    r"started\s+(?:this|the|that)\s+(?:fire|blaze|wildfire|bushfire|outbreak|outage|blackout|power\s+cut)\b|"
    # "fallen trees brought down a 20 kV line", "the storm knocked out the pumps": what did the damage
    + _BROUGHT_DOWN
    + r"\s+(?:an?|the|its|their|power|several|two|three|"
    r"\d[\d,]*)\b|"
    # "the fishermen's protests had forced survey work to stop": what brought the work to a halt
    r"forced\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:stop|halt|close|shut|suspend|pause|abandon|cancel|postpone|delay)\b|"
    r"play(?:ed|s)\s+a\s+(?:\w+\s+)?(?:part|role)\b"
    # "Land movement is also playing a part"; "ground movement ... had put extra strain on joints"
    r"|(?:is|are|was|were)\s+(?:also\s+)?playing\s+a\s+(?:\w+\s+)?(?:part|role)\b"
    r"|put\s+(?:extra\s+|additional\s+|added\s+|more\s+|further\s+|huge\s+)?(?:strain|stress|pressure)\s+on\b"
    r"|(?:is|was|are|were)\s+(?:the\s+)?(?:(?:most\s+likely|likely|main|probable|real|root|primary|chief|"
    r"underlying)\s+)?(?:cause|explanation|culprit|reason)\b"
    # "is the main source of mosquito breeding", "is creating perfect breeding conditions", "explains the
    # spike in cases"
    r"|(?:is|was|are|were)\s+(?:the|a)\s+(?:main|major|chief|primary|likely|probable|biggest|largest)\s+"
    r"source\s+of\b|(?:is|are|was|were)\s+creating\s+(?:[\w'’-]+\s+){0,2}?conditions\b"
    r"|explain(?:s|ed)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?:spike|rise|surge|jump|increase|fall|drop|"
    r"decline|delay|shortage|closure)\b"
    # "explains the service's financial position", "explains the club's losses"
    r"|explain(?:s|ed)\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:financial\s+position|losses|"
    r"loss|deficit|debts?|difficulties|troubles|problems|failures|situation|decline|plight)\b"
    # "the scour is why we don't want heavy trucks out there"; "Flood damage also behind bridge limit"
    r"|(?:is|was|are|were)\s+(?:(?:really|also|partly|mainly)\s+)?why\b"
    # "Replacing aging mains is the single biggest cost facing the utility": what a rise in prices pays for
    r"|(?:is|was|are|were)\s+(?:also\s+)?(?:the|a|one\s+of\s+the)\s+(?:single\s+)?(?:biggest|largest|main|"
    r"greatest|major|key)\s+(?:single\s+)?(?:costs?|expenses?|cost\s+drivers?|drivers?)\b"
    # "A shortage of tanker drivers means haulers cannot run the extra loads": what makes others unable
    # ... "extended load-shedding meant that the remaining boreholes could not run long enough"
    r"|(?:means|meant)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:cannot|can't|can’t|could\s+not|couldn't|couldn’t|"
    r"(?:is|are|were|was)\s+unable|(?:has|have|had)\s+no\s+(?:choice|option|way)|must\s+now)\b"
    # "Blocked gullies added to the depth of flooding", "heavy rain contributed to the landslide"
    # ... but a gift is no cause: "The mayor contributed to the appeal fund"
    r"|contribut(?:ed|es)\s+to\s+(?!(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:fund|appeal|"
    r"campaign|charity|costs?|debate|discussion|report|book|project|collection|efforts?|bill|pension|"
    r"newsletter|event|celebrations?)\b)"
    r"|added\s+to\s+the\s+(?:depth|severity|scale|extent|damage|problems?|chaos|misery|disruption|risk)\b"
    r"|(?:(?:is|was|are|were)\s+)?(?:also\s+)?behind\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:limit|closure|"
    r"decision|ban|delay|cuts?|rise|fall|shortage|cancell?ations?|move|failure|outage|collapse)s?\b"
    # "Load shedding blamed for dry taps"; "repeated load shedding had made last week's crisis worse"
    r"|(?:(?:is|was|are|were|being)\s+)?blamed\s+for\b"
    r"|(?:is|was|are|were)\s+(?:(?:partly|mainly|largely|entirely|also)\s+)?to\s+blame\b"
    r"|(?:had\s+)?made\s+(?:[\w'’-]+\s+){1,4}?(?:worse|inevitable|far\s+worse|harder\s+to\s+\w+)\b"
    # "pressure surges from the pump station ... were making things worse"
    r"|(?:is|are|was|were)\s+making\s+(?:things|matters|it|them|the\s+[\w-]+)\s+"
    r"(?:even\s+|far\s+|much\s+)?worse\b"
    # "The insurance costs are as big a problem as the rails"
    r"|(?:is|are|was|were)\s+(?:just\s+)?" + _AS_BIG_A_PROBLEM
    # "teacher vacancies are driving parents away"
    # ... not a ride ("drove passengers away from the centre")
    + r"|(?:(?:is|are|was|were)\s+driving|drove)\s+(?:[\w'’-]+\s+){1,2}?away\b(?!\s+(?:from|to|in|on)\b))",
    re.I,
)
# A cause among others, named as the subject: "Drivers say the lack of working air conditioning in the cabs
# of older trains is one of the reasons they backed strike action"
_ONE_OF_REASONS = re.compile(
    r"(?:^|\b(?:say|says|said|that|found|believe|believes)\s+)(?P<x>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,11}?"
    r"[\w'’-]+)\s+(?:is|was|are|were)\s+(?:also\s+)?(?:one\s+of\s+the|among\s+the)\s+"
    r"(?:(?:main|key|chief|biggest|other)\s+)?(?:reasons|causes|factors|grievances)\b",
    re.I,
)
# What the sentence's subject did led to the effect: "The German mine, thought to contain 300 kg of
# explosive, was brought up by a dredger on Tuesday, leading to the closure of the port"
_LEADING_TO = re.compile(
    r"^\s*(?:The|A|An)\s+(?P<x>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:,[^,.;]{0,80},)?\s+(?:was|were|had|has)\b"
    r"[^.;]{0,120}?,\s+(?:leading|which\s+led)\s+to\b"
)
# "The water main break on Main Street was repaired within hours and was not the cause of the advisory":
# a sentence's subject denied as the cause
_SUBJECT_NOT_CAUSE = re.compile(
    r"^[\"“]?(?P<x>(?:The|An?)\s+[a-z][\w-]*(?:\s+(?!(?:on|in|at|of|near|was|is|were|are|and|has|had)\b)"
    r"[a-z][\w-]*){0,3})\b[^.;:]{0,80}?\b(?:was|is|were|are)\s+not\s+(?:the\s+(?:cause|reason|source)|"
    r"to\s+blame|responsible)\b"
)
# The head of a subject that names no cause of its own.
_NO_SUBJECT = frozenset(
    "it this that these those which who what he she they we i there here its their his her our one".split()
)
# Words of _NO_SUBJECT that, before a noun, determine it: "this winter's ice", "its ageing pumps"
_DETERMINERS = frozenset("this that these those its their his her our".split())
# "..., but the scour is why", "While storm damage started the outage", "when high winds brought down a line"
_LEADING_JOINER = re.compile(
    r"^(?:but|and|yet|so|or|while|whilst|although|though|whereas|when|after|as|once)\s+(?=\w)", re.I
)
# People at work, who bring things down on purpose
_AGENT_HEAD = re.compile(
    r"\b(?:crews?|workers?|contractors?|staff|engineers?|firefighters?|police|officers?|council|"
    r"demolition\s+teams?|teams?|volunteers?)$",
    re.I,
)
_DOWN_VERB = re.compile(r"\s*" + _BROUGHT_DOWN + r"\b", re.I)
_AUXILIARIES = frozenset("had has have was were is are".split())
# A subject that points back to what the sentences before told: "the pattern", "this combination"
_POINTS_BACK = re.compile(
    r"(?:the|this|that|these|those)\s+(?:pattern|trend|combination|situation|problem|issue|change|changes|"
    r"timing|mix|factor|factors|thing|things)",
    re.I,
)
# "The reasons are now clear enough: energy costs ..., and the loss of the Hartwell contract."
_REASONS = re.compile(
    r"\b(?:the\s+)?(?:(?:main|chief|key|real|two|three|other)\s+)?(?:reasons|causes|factors)\b[^:.;]{0,40}:\s*",
    re.I,
)
# A line that opens a list of causes, one to a line after it: "The main contributors are:", "Reasons given:"
_CAUSE_LIST_OPENS = re.compile(
    r"\b(?:(?:main|chief|key|principal|biggest)\s+)?(?:reasons|causes|factors|contributors|drivers)\b"
    r"(?:\s+(?:are|were|include|included|given|cited))?\s*:\s*$",
    re.I,
)
# An item of such a list: "(a) structural steel prices, which rose ...;", "- the archaeological dig"
_CAUSE_ITEM = re.compile(r"\s*(?:\(?[a-h1-9]\)|[-•*·–]|\d{1,2}\.)\s+(?P<x>[^,;:]{3,200})")


def opens_cause_list(sentence: str) -> bool:
    """Does the line open a list of causes set out one to a line after it?"""
    return _CAUSE_LIST_OPENS.search(sentence) is not None


def listed_cause(line: str) -> Cause | None:
    """The cause an item of a list of causes names, up to its first clause ("(a) structural steel prices,
    which rose by 38%" names "structural steel prices"), at most nine words."""
    m = _CAUSE_ITEM.match(line)
    if m is None:
        return None
    words = [w.strip(".") for w in m.group("x").split()]
    rel = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _RELATIVE), len(words))
    words = words[: min(rel, 9)]
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    if not words:
        return None
    text = " ".join(words)
    start = m.start("x") + m.group("x").find(words[0])
    return Cause(Fact(text, start, start + len(text), "cause"), False)


# What "the reason is ..." may say before it names one.
_NO_CAUSE_WORDS = frozenset(
    "simple clear obvious unclear unknown complex complicated twofold threefold".split()
)
# A cause not yet known: "still being investigated", "under investigation", "not yet known"
_NOT_KNOWN_YET = re.compile(
    r"(?:still\s+|as\s+yet\s+|so\s+far\s+)?(?:being\s+investigated|under\s+(?:investigation|review)|"
    r"not\s+(?:yet\s+)?(?:known|clear|determined|established|confirmed)|unknown|unclear|undetermined|"
    r"to\s+be\s+determined|yet\s+to\s+be)\b",
    re.I,
)
# Words that start a place or a time, not a cause.
_PLACE_WORDS = frozenset(
    "above below under over before after upstream downstream inside outside near here there then now".split()
)
_RELATIVE = frozenset({"that", "which", "who", "whose", "where"})
_CLAUSE_OPENERS = _RELATIVE | {"they", "he", "she", "we"}
# Words a cause phrase cut at its length limit must not end on.
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en|ing)")
_TRAILING = frozenset(
    """that which who whom whose the a an of in on at to for and or with by from as its their his her under
    over near into after before during between across""".split()
)


@dataclass(frozen=True, slots=True)
class Cause:
    """A cause a sentence names, and whether the sentence rejects it."""

    fact: Fact
    rejected: bool


def _clause_after(sentence: str, at: int) -> tuple[str, int] | None:
    """The clause told from ``at`` to its punctuation, verbs and all, at most _CLAUSE_WORDS words, with its
    start; None when it is shorter than two words."""
    rest = sentence[at:]
    e = _CLAUSE_END.search(rest)
    clause = (rest[: e.start()] if e else rest).split()
    words = clause[:_CLAUSE_WORDS]
    while len(clause) > _CLAUSE_WORDS and words and words[-1].lower() in _TRAILING:
        words.pop()  # cut at the length limit: no dangling word
    if len(words) < 2:
        return None
    return " ".join(words), at + rest.find(words[0])


# Two sides each saying what it is: "The company says it's a crew shortage; the union says it's
# mismanagement." Said once, "says it's" is too common to name a cause.
_SAYS_ITS = re.compile(
    r"\b(?:says?|said|insists?|claims?|blames?)\s+(?:it(?:'s|’s|\s+is|\s+was)|the\s+cause\s+is)\s+"
    r"(?P<x>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s*(?=[;,.]|\s+(?:and|but|while|whereas)\b|$)",
    re.I,
)


# What sets one side's account against another's in one sentence: "X points to A; Y say it was B"
_SIDES_TURN = re.compile(r";|,?\s+(?:but|while|whereas)\s", re.I)


def _sides_say(sentence: str) -> list[re.Match[str]]:
    """The causes sides give as their own in one sentence: two "says it's" ("X says it's A; Y says it's
    B"), or one after a cause cue and a turn to another side ("The municipality points to the pump station
    failure; opposition councillors say it was neglected maintenance")."""
    said = list(_SAYS_ITS.finditer(sentence))
    if len(said) == 1:
        cue = _CAUSE_CUE.search(sentence, 0, said[0].start())
        if cue is None or _SIDES_TURN.search(sentence, cue.end(), said[0].start()) is None:
            return []
    return said


def sides_say_causes(sentence: str) -> bool:
    """Does the sentence set two sides' causes against each other ("X says it's A; Y says it's B", "Some
    blame the hydro flows, others warmer water")?"""
    return bool(_sides_say(sentence)) or _OTHERS_BLAME.search(sentence) is not None


# Patterns whose group "x" is the cause itself, in the order their causes are listed: what was found
# ("shut after a crack was found in the penstock"), one of the reasons, weather that drove a fire, a subject
# that held up the effect, what a subject's act led to ("The German mine, ..., was brought up by a dredger,
# leading to the closure of the port")
# What overwhelmed a river or a drain: "The record rainfall sent the River Rothay over its banks", "gravel
# build-up in the river near the park had reduced channel capacity", "a culvert ... was partly blocked by
# fallen branches, forcing water to back up into the streets"
_SENT_OVER = re.compile(
    r"(?:^|,\s+|\b(?:that|said|says)\s+)(?P<x>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:had\s+)?"
    r"sent\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?over\s+(?:its|their|the)\s+banks?\b",
    re.I,
)
_CAPACITY_CUT = re.compile(
    r"(?:^|,\s+|\b(?:that|said|says|explained|found)\s+)(?P<x>(?!that\b)(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+)(?:\s+(?:in|at|near|along|under)\s+[^,.;]{1,50}?)?\s+(?:had|has|have)\s+(?:\w+\s+)?"
    r"(?:reduced|cut|restricted|narrowed|choked)\s+(?:the\s+)?(?:[\w'’-]+\s+)?capacity\b",
    re.I,
)
_BLOCKED_FORCING = re.compile(
    r"(?:^|\b(?:that|said|says|found)\s+)(?P<x>(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,8}?)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:(?:partly|partially|completely|badly)\s+)?"
    r"(?:blocked|clogged|choked|damaged|overwhelmed)\b[^.;]{0,80}?,\s+(?:forcing|causing|sending)\b",
    re.I,
)
# What makes a service impossible to run: "we cannot safely staff a summer schedule with a volunteer shortage
# of this size"
_UNABLE_WITH = re.compile(
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|(?:is|are|were|was)\s+unable\s+to)\b[^.;:!?]{0,80}?\bwith\s+"
    r"(?:a|the|such\s+a)\s+(?P<x>(?:[\w-]+\s+){0,2}?(?:shortage|lack\s+of\s+[\w-]+))\b",
    re.I,
)
_CAUSE_AS_X = (
    _UNABLE_WITH,
    _FOUND_PASSIVE,
    _TURNED_UP,
    _ONE_OF_REASONS,
    _DROVE_FIRE,
    _WHICH_DELAYED,
    _LEADING_TO,
    _SENT_OVER,
    _CAPACITY_CUT,
    _BLOCKED_FORCING,
)


# A clause that opens on its verb ("tore through Stanthorpe", "hit the coast"): what follows a relative
# "that", not a subject of its own
_RELATIVE_VERB_START = re.compile(
    r"(?:\w+ed|tore|hit|swept|struck|broke|ran|fell|came|went|began|left|brought|blew|froze|shook)\s+"
    r"(?:through|across|into|over|onto|the|a|an|on|in|at|down|up|out)\b",
    re.I,
)


_HABIT_BEFORE = re.compile(r"\s*(?:when|whenever|if|every\s+time)\b[^.;:]*,", re.I)
# "Some blame the hydro flows, others warmer water": the other side's cause, its verb left out
_OTHERS_BLAME = re.compile(
    r"\b(?:some|many)\s+(?:[\w'’-]+\s+)?blame\s+[^,.;]{2,60},\s+(?:while\s+|and\s+)?others\s+"
    r"(?:blame\s+|point\s+to\s+|cite\s+)?(?P<x>[^,.;]{2,50}?)\s*(?:[.;]|$)",
    re.I,
)


# A list that goes on from a cause to the end of its sentence: ", reduced footfall after 5pm and the staffing
# gap."
_LISTED_ON = re.compile(
    r",\s+(?P<items>(?:[^,.;:!?]{2,50},\s+)*[^,.;:!?]{2,50}?,?\s+and\s+[^,.;:!?]{2,50}?)(?=\s*(?:[.;!?]|$))"
)
# what joins the items of a list: "energy costs, reduced footfall and the staffing gap"
LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# ... of names, not clauses: ", the fire service said and police agreed" goes on with who said it
_CLAUSE_VERB = re.compile(
    r"\b(?:said|says|say|agreed|added|told|would|will|was|were|is|are|had|has|have|did|does|can|could)\b",
    re.I,
)


def causes_in(sentence: str) -> list[Cause]:
    """Causes named after cause cues ("caused by X", "due to X", "blamed on X"), and causes named as
    rejected ("no evidence of a cyberattack"; "..., not hacking")."""
    out: list[Cause] = []
    for m in _CAUSE_CUE.finditer(sentence):
        rest = sentence[m.end() :]
        e = _CAUSE_END.search(rest)
        phrase = rest[: e.start()] if e else rest
        words = phrase.split()[:9]
        if len(phrase.split()) > 9 and _PARTICIPLE.fullmatch(words[-1]):
            words.pop()  # "a storm surge driven | by strong winds": cut at the limit, no dangling participle
        # a relative clause says more about the cause, it is not part of its name ("a water main break
        # on Alder Street that left the school without water")
        # ... and so does a clause of its own ("blocked drains they say were reported weeks earlier")
        rel = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in _CLAUSE_OPENERS), len(words))
        words = words[:rel]
        while words and words[-1].lower().strip(",;") in _TRAILING:
            words.pop()  # "a water main break on Alder Street that": the cut leaves a dangling word
        if not words or (len(words) == 1 and words[0].lower().strip(".,;:") in _NO_CAUSE_WORDS):
            continue  # "the reason is simple": no cause named yet
        if _NOT_KNOWN_YET.match(" ".join(words)):
            continue  # "the cause is still being investigated": no cause named
        text = " ".join(words).strip()
        start = m.end() + rest.find(words[0])
        if (
            e is not None
            and _NAMED_THING.fullmatch(text)
            and (state := _STATE_OF_NAMED.match(rest, e.start())) is not None
        ):
            # "pointed to the River Corrib, which was running high after heavy rainfall": a named thing is
            # a cause by the state the clause gives it
            state_words = state.group("s").split()[:_CLAUSE_WORDS]
            while state_words and state_words[-1].lower() in _TRAILING:
                state_words.pop()
            text = sentence[start : m.end() + state.start("s")] + " ".join(state_words)
        elif e is not None and rel == len(words) and (app := _APPOSITIVE.match(rest, e.start())) is not None:
            # "the loss of its largest customer, the high-street retailer Halbrook & Sons, which ...": the
            # name the apposition gives is the cause's own
            text = sentence[start : m.end() + app.end()]
        if e is not None and (known := _KNOWN_AS.match(rest, e.start())) is not None:
            # "erosion around the foundation of one of the piers, known as scour": the cause by its name
            text = known.group("n")
            start = m.end() + known.start("n")
        elif e is not None and rel == len(words) and (named := _NAME_IN_BRACKETS.match(rest, e.start())):
            # "a natural bloom of algae (Noctiluca)": the name in brackets is the cause's own
            text = sentence[start : m.end() + named.end()]
        before = sentence[max(0, m.start() - 60) : m.start()]
        if (
            m.group("pointed")
            and _CLAIMING.search(before)
            and not _VERDICT_AFTER.search(sentence, m.end())
            and not _DISMISSED_CLAIM.search(sentence, 0, m.start())
        ):
            continue  # "posts blamed sabotage": a rumour's cause, not a source's finding
        if m.group("pointed") and _HABIT_BEFORE.match(sentence):
            continue  # "When a project slips, people blame the contractor": what people do, no finding
        rejected = bool(
            _NEGATED_BEFORE.search(before)
            or (_CLAIMING.search(before) and _VERDICT_AFTER.search(sentence, m.end()))
            # "found no evidence that the outage was the result of a cyberattack"
            or _NO_EVIDENCE_THAT.search(sentence, max(0, m.start() - 150), m.start())
            # "dismissed speculation on social media that the closure was linked to budget savings"
            or _DISMISSED_THAT.search(sentence, max(0, m.start() - 150), m.start())
        )
        if text.lower().startswith("instead "):
            # "rejected the company's claim ..., blaming instead the debt": the side's own cause
            rejected, text = False, text[len("instead ") :]
            start += len("instead ")
        elif _INSTEAD_BEFORE.search(before):
            rejected = False  # "rejected claims that she caused the loss, instead blaming the Chamber"
        if _NOT_ALONE.search(text) or _NOT_JUST_BEFORE.search(before):
            # "not caused by the weather alone": a cause among others, not one rejected
            rejected = False
            text = _NOT_ALONE.sub("", text)
        out.append(Cause(Fact(text, start, start + len(text), "cause"), rejected))
        after = start + len(text)
        if (ruled := _AND_NOT_CAUSE.match(sentence, after)) is not None and not rejected:
            out.append(Cause(Fact(ruled.group("x"), ruled.start("x"), ruled.end("x"), "cause"), True))
        if not rejected and (then := _AND_THEN_CAUSE.match(sentence, after)) is not None:
            # "has blamed the trunk main burst, and then the failure of the pumping station": a second
            # cause in the same account
            t2 = _CAUSE_TAIL_END.split(then.group("x"))[0].strip()
            if len(t2.split()) >= 2:
                out.append(Cause(Fact(t2, then.start("x"), then.start("x") + len(t2), CAUSE_THEN), False))
        listed = _LISTED_ON.match(sentence, after) if not rejected and len(text.split()) <= 4 else None
        if listed is not None:
            # "citing energy costs, reduced footfall after 5pm and the staffing gap": each in the list is one
            items = [x for x in LIST_JOIN.split(listed["items"]) if x.strip()]
            if all(len(x.split()) <= 6 and not _CLAUSE_VERB.search(x) for x in items):
                at = listed.start("items")
                for x in items:
                    at = sentence.index(x, at)
                    out.append(Cause(Fact(x, at, at + len(x), "cause"), False))
                    at += len(x)
    for m in _sides_say(sentence):
        text = re.sub(r"^(?:an?|the)\s+", "", m.group("x"), flags=re.I)
        at = m.end("x") - len(text)
        out.append(Cause(Fact(text, at, at + len(text), "cause"), False))
    for m in _BECAUSE_CLAUSE.finditer(sentence):
        if (got := _clause_after(sentence, m.end())) is None:
            continue
        text, start = got
        before = sentence[max(0, m.start() - 60) : m.start()]
        rejected = bool(
            _NEGATED_CLAUSE_BEFORE.search(before) or _CORRECTED_REPORT.search(sentence, 0, m.start())
        )
        out.append(Cause(Fact(text, start, start + len(text), "cause"), rejected))
    for m in _OTHERS_BLAME.finditer(sentence):
        out.append(Cause(Fact(m.group("x"), m.start("x"), m.end("x"), "cause"), False))
    for rx in _CAUSE_AS_X:
        for m in rx.finditer(sentence):
            out.append(Cause(Fact(m.group("x"), m.start("x"), m.end("x"), "cause"), False))
    for m in _SUBJECT_CAUSE.finditer(sentence):
        # "Energy is the excuse. Wages are the reason": the subject starts after the last full stop
        text = re.split(r"[.!?][\"”]?\s+", m.group("x").strip())[-1]
        text = _LEADING_JOINER.sub("", text)
        if re.search(r"\b(?:why|behind)\b", m.group(0)[len(m.group("x")) :], re.I) and _CLAIMING.search(
            sentence, 0, m.start("x")
        ):
            continue  # "claims spread that hackers were behind the delay": a rumour's cause, not a finding
        first = text.split()[0].lower()
        if first in _AUXILIARIES or (first in _NO_SUBJECT and not (first in _DETERMINERS and " " in text)):
            # "..., had put extra strain on": the subject is before the comma; but "this winter's unusually
            # thick lake ice also caused damage" names its cause after the determiner
            continue
        if _AGENT_HEAD.search(text) and _DOWN_VERB.match(sentence, m.end("x")):
            continue  # "Crews brought down the old chimney": people at work, not a cause of damage
        if _POINTS_BACK.fullmatch(text):
            continue  # "She said the pattern, rather than the total rainfall, explains ...": told before
        if re.match(r"\s*started\b", sentence[m.end("x") :]) and _CLAIMING.search(sentence, 0, m.start("x")):
            # "Rumours that climate protesters started the fire have been dismissed by police": a rumour's
            # cause, false when the sentence goes on to dismiss it
            if _DISMISSED_AFTER.search(sentence, m.end()):
                at = m.start("x") + m.group("x").rfind(text)
                out.append(Cause(Fact(text, at, at + len(text), "cause"), True))
            continue
        if _RELATIVE_VERB_START.match(text) and re.search(r"\bthat\s+$", sentence[: m.start("x")], re.I):
            continue  # "a hailstorm that tore through the town ... has forced": a relative clause, no subject
        at = m.start("x") + m.group("x").rfind(text)
        out.append(Cause(Fact(text, at, at + len(text), "cause"), False))
        if m.group("y") and not re.search(r"\bto\s+blame\b", m.group(0)[m.end("y") - m.start() :], re.I):
            # "blocked drains, not the weather, were to blame": one side's contrast, no report refuted
            no = re.sub(r"^(?:the|an?)\s+", "", m.group("y"), flags=re.I)
            at = m.start("y") + m.group("y").find(no)
            out.append(Cause(Fact(no, at, at + len(no), "cause"), True))
    reasons = _REASONS.search(sentence)
    if reasons is not None:
        at = reasons.end()
        pieces = re.split(r"(,\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+(?=(?:the|an?|its|their)\s))", sentence[at:])
        for n, part in enumerate(pieces):
            words = part.split() if n % 2 == 0 else []  # the odd pieces are the separators the split keeps
            rel = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _RELATIVE), len(words))
            words = [w.strip(".") for w in words[: min(rel, 9)]]
            while words and words[-1].lower() in _TRAILING:
                words.pop()
            if words:
                text = " ".join(words)
                start = at + part.find(words[0])
                out.append(Cause(Fact(text, start, start + len(text), "cause"), False))
            at += len(part)
    cued = _CAUSE_CUE.search(sentence) is not None
    for m in re.finditer(
        r"\bno\s+(?:evidence|indication|sign)\s+(?P<link>of|that)\s+"
        # "found no sign of a second stoat": the one found is the cause, a further one is what was ruled out
        r"(?!(?:an?\s+|any\s+)?(?:second|another|other|further|more|additional|third)\b)"
        r"(?P<x>(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)"
        # ("It's the asbestos now, not the staffing": the cause before, not a false one)
        r"|(?<!\bnow),\s+not\s+(?P<y>[\w-]+(?:\s+[\w-]+)?)\s*[.;]"
        # "damaged by a ship's anchor, not by the storm, as we first believed"
        r"|,\s+not\s+(?P<z>(?:by|from)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?),\s+as\s+",
        sentence,
        re.I,
    ):
        g = "x" if m.group("x") else "y" if m.group("y") else "z"
        if g == "x" and cued and m.group("link").lower() == "that":
            continue  # "no evidence that the outage was caused by X": the clause's subject is the effect
        # ", not by heat": the cue before the rejected cause is not part of it
        text = re.sub(
            r"^(?:(?:by|from|because\s+of|due\s+to)\s+)?(?:(?:an?|the|any)\s+)?", "", m.group(g), flags=re.I
        )
        text = re.split(r"\s+(?:or|and|was|were|is|in|at|on)\b", text)[0]
        if not text or text.split()[0].lower() in _NO_SUBJECT | _PLACE_WORDS:
            # "a consequence of the derailment, not its cause", "dying below the works, not above it": no
            # cause is named
            continue
        start = m.start(g) + m.group(g).find(text)
        out.append(Cause(Fact(text, start, start + len(text), "cause"), True))
    if (denied := _SUBJECT_NOT_CAUSE.match(sentence)) is not None:
        text = re.sub(r"^(?:the|an?)\s+", "", denied.group("x"), flags=re.I)
        at = denied.end("x") - len(text)
        out.append(Cause(Fact(text, at, at + len(text), "cause"), True))
    for m in _NONE_GIVEN.finditer(sentence):
        # "No vaccine was given in the village": what the rumour blamed never happened there
        out.append(Cause(Fact(m.group("x"), m.start("x"), m.end("x"), "cause"), True))
    for m in _CHECK_FOUND_THAT.finditer(sentence):
        if (got := _clause_after(sentence, m.end())) is None or _FOUND_NOTHING.search(got[0]):
            continue
        text, start = got
        if not any(start <= c.fact.start < start + len(text) for c in out):
            out.append(Cause(Fact(text, start, start + len(text), "cause"), False))
    for m in _DISRUPTED_AFTER.finditer(sentence):
        if (got := _clause_after(sentence, m.end())) is None:
            continue
        text, start = got
        inner = [c for c in out if start <= c.fact.start < start + len(text)]
        if inner and not all(
            _DAMAGED_BY.search(sentence, max(0, c.fact.start - 24), c.fact.start) for c in inner
        ):
            continue  # "shut after inspectors found a crack": the cue inside the clause names it better
        # "out of service since Tuesday after her propeller was damaged by debris": the whole clause says
        # more than what did the damage
        out = [c for c in out if c not in inner]
        if (named := _NAME_IN_BRACKETS.match(sentence, start + len(text))) is not None:
            # "after reinforced autoclaved aerated concrete (RAAC) was found": the short name goes with it
            text = sentence[start : named.end()]
        out.append(Cause(Fact(text, start, start + len(text), "cause"), False))
    return out


def short_cause(text: str) -> str:
    """The head of a cause phrase for listing: "the failure of a transformer at X" -> "transformer at X"."""
    return _LEAD.sub("", text).strip()
