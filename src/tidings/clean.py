"""Drop scraping leftovers from already-extracted text, keeping every body line.

Extractors (trafilatura on HTML, or whoever scraped a ``.txt``) leave page furniture in the text: browser
notices, newsletter prompts, video teasers, app promotions, photo captions with their credits, "Read more"
link lists, share rows, consent and copyright lines. :func:`clean` removes whole lines of that kind and
nothing else: a kept line is kept byte for byte, and the returned segments map every offset of the cleaned
text back to the body.

Precision comes before recall. Each rule looks for a shape that body sentences do not have (a line that
ends in a photo credit, a "Kicker:Headline" teaser, a row of share buttons) or for promotional phrases that
are only dropped when the line does not report them ("..., the company said" stays). Lists of short lines
are kept unless a "Related:"-style line introduces them, because nominee lists, schedules and bullet
points look just like headline lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.model import Segment

__all__ = ["Drop", "clean", "dropped_lines"]


@dataclass(frozen=True, slots=True)
class Drop:
    """A dropped line: ``body[start:end]`` (without its newline) and the rule that dropped it."""

    start: int
    end: int
    rule: str


# --- whole-line furniture ----------------------------------------------------------------------------

# Lines that are only a widget label. Compared lower-cased, with spaces collapsed and trailing ":.!>|»›…"
# removed, so "ADVERTISEMENT", "Share this article:" and "Prev  Next" all hit.
_UI_LINES = frozenset(
    """
    advertisement|advertisements|ad|ads|sponsored|sponsored content|paid content|paid post|promoted
    story continues below advertisement|article continues below advertisement|continue reading below
    continue reading|continue reading the main story|scroll to continue|scroll to continue with content
    skip ad|skip advertisement|ad feedback|video ad feedback|share|share this|share this article
    share this story|share this post|share this page|share article|share story|share on facebook
    share on twitter|share via email|share via e-mail|tweet|tweet this|email|e-mail|email this|print
    print this|print this article|print article|copy link|copy url|link copied|comments|view comments
    show comments|leave a comment|join the conversation|listen|listen to this article|listen to article
    play|play video|watch video|watch now|now playing|skip to main content|skip to content
    skip navigation|menu|close|search|sign in|log in|login|subscribe|subscribe now|back to top|prev|next
    previous|prev next|previous next|next article|previous article|loading|enlarge this image
    toggle caption|hide caption|expand|collapse|open in app|view gallery|view photos|see all|show more
    load more|image|photo|video|getty images|afp via getty images|cookie settings|cookie preferences
    accept cookies|accept all cookies|reject all|manage preferences|manage cookies|privacy policy
    terms of use|terms of service|all rights reserved|click here|click to enlarge|tap to enlarge
    opens in new window|open in new window|click here to subscribe|download the app|get the app
    """.replace("\n", "|")
    .replace("  ", "")
    .split("|")
) - {""}

# Lines that introduce a list of links to other stories; the headline-shaped lines after them go too.
_LIST_INTRO = re.compile(
    r"(?:[►▶•*>»]\s*)?(?:read more|read also|also read|see also|related|related (?:stories|articles|coverage"
    r"|content|links|news|reading|topics)|more|more (?:stories|news|coverage|headlines|articles|to read)"
    r"|recommended|recommended (?:for you|stories|reading|articles)|you (?:may|might) also like"
    r"|(?:more|read more) (?:from|on|about|coverage from|stories from) [\w .&'’-]{1,40}|read next"
    r"|most read|most popular|most viewed|popular now|trending|trending now|trending stories|top stories"
    r"|latest (?:stories|news|headlines)|editor['’]?s picks|don['’]t miss|must read|icymi|more to explore"
    r"|around the web|from our partners|(?:sponsored|promoted|partner) (?:stories|content|links)"
    r"|just for subscribers|more in this series)"
)

_UI_PATTERNS = re.compile(
    r"\d{1,3}\s*(?:min|mins|minute|minutes)\s*read"
    r"|(?:photo|image|slide|picture)s?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|listen\s*[·•|-]?\s*\d{1,2}:\d{2}"
    r"|(?:click|tap) here\b.*"
)
# BBC-style caption labels: "Image source, Getty Images", "Image caption, Crowds gathered ...".
_CAPTION_LABEL = re.compile(r"(?:Image|Media|Video) (?:source|caption), ")

_TRAIL = " \t:.!>|»›…-–—"

# Material-icon ligatures that leak as text in front of teasers ("play_circle_filled Trump says ...").
_ICON = re.compile(r"[a-z]+(?:_[a-z]+)+(?=\s|$)")

# --- short teasers -----------------------------------------------------------------------------------

# "Read more: ...", "More:Headline", "Related: ..." link teasers.
_STRONG_KICKER = re.compile(
    r"(?i)[►▶•*>»\s]*(?:read more|read also|also read|see also|related(?: stories| articles| coverage)?"
    r"|more|read next|recommended(?: reading| stories| for you)?|icymi|don['’]t miss|must read"
    r"|keep reading|you (?:may|might) (?:also )?like|(?:more|read more) (?:from|on|about|in) [^:]{1,40}"
    r"|more [\w' ]{1,25} coverage|from the archives?)\s*:\s*\S"
)
# Weaker kickers: "Watch:", "Opinion:" also start body paragraphs, so only a one-sentence line counts.
_WEAK_KICKER = re.compile(
    r"(?i)[►▶•*>»\s]*(?:watch|listen|video|videos|photos?|gallery|podcast|opinion|previously|up next"
    r"|from \d{4}|interactive|explainer|analysis)\s*:\s*\S"
)
# USA TODAY-style inline teasers where the kicker is glued to the headline: "Egg costs soar:Why prices ...".
_GLUED_TEASER = re.compile(r"[►▶•*>»\s]*([^\s:][^:]{0,80}?[^\s:\d]):(?=[A-Z'‘\"“\d¿¡])(.*)")
_NOT_TEASER_KICKER = re.compile(
    r"(?i)(?:update|updated|posted|published|editor['’]?s? note|correction|clarification|note|warning"
    r"|source|sources|disclaimer|q|a|dateline|by)\b"
)
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s?[ap]\.?m\b", re.I)

# A press release's closing note on who sent it: "About Murray Bend Developments: Murray Bend is a
# Riverland-based builder that has completed more than 120 homes since 2015." Its figures are the sender's
# record, never the news.
_ABOUT_ORG = re.compile(
    r"About\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*){0,6})"
    r"\s*[:\n-]\s*(?P<subject>(?:[Tt]he\s+)?[\w&'’.-]+)"
    r".{0,200}?\b(?:is|are)\s+(?:an?|the|one\s+of)\s"
)


def _about_sender(s: str) -> bool:
    """Is the line a sender's note on itself: after "About <Org>:" a sentence whose subject is a word of that
    name ("Kestrel is a builder", "The trust is a charity"), not a column's news ("About Town: the mayor
    ...")?"""
    m = _ABOUT_ORG.match(s)
    if m is None:
        return False
    org = {w.lower() for w in re.findall(r"[\w&'’.-]+", m.group("org"))}
    return m.group("subject").split()[-1].lower() in org

# "Download the NBC News app for breaking news", "Want more? Get the USA TODAY app".
_APP = re.compile(
    r"(?i)\b(?:download|get|install) (?:the|our) (?:free |new |latest )?(?:[\w&'’.-]+ ){0,5}?apps?\b"
)
_APP_REST = re.compile(r"(?i)(?:for|on|to|today|now|here|and get)\b|\||[.!]?$")
_FOLLOW = re.compile(
    r"Follow\b[^.!?]{0,80}?\bon (?:Twitter|Facebook|Instagram|TikTok|X|Threads|LinkedIn|YouTube|Flipboard"
    r"|Mastodon|Bluesky|Snapchat)\b"
)
_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|.*\ball rights reserved\.?$")
_VIDEO_TEASER = re.compile(r"(?i)video ad feedback\b|.*\b\d{1,2}:\d{2}(?::\d{2})?\s*-\s*source:\s*\S.{0,40}$")

_SOCIAL = frozenset(
    re.findall(
        r"\S+",
        "facebook twitter x linkedin whatsapp reddit pinterest messenger telegram flipboard instagram tiktok"
        " youtube threads bluesky mastodon snapchat tumblr pocket",
    )
)
_SHARE_WORDS = frozenset(
    re.findall(r"\S+", "share email e-mail mail print tweet copy link sms comments save")
)
_FILLER = frozenset(
    re.findall(r"\S+", "on this article story via the to copied url page post by or and us with friends it")
)
_SHARE_SPLIT = re.compile(r"[^a-z-]+")
_DIGIT = re.compile(r"\d")
_SHARE_GATE = re.compile(r"share|facebook|twitter|e-?mail|linkedin|whatsapp|instagram|pinterest|print|tweet")

# --- promotional phrases -----------------------------------------------------------------------------

# Cheap substring gates (on the lower-cased line) before the phrase patterns run.
# All phrase patterns below run on the lower-cased line, without re.IGNORECASE (which is several times
# slower), and only after one of these substrings is found.
_PROMO_KEYS = (
    "sign up",
    "sign-up",
    "signing up",
    "subscri",
    "newsletter",
    "inbox",
    "opting in",
    "browser",
    "javascript",
    "explorer",
    "ie 11",
    "ie11",
    "cookie",
    "you agree",
    "you have ",
    "may earn",
    "affiliate",
    "content partner",
    "independently",
    "accurate a",
    "play on",
    "play above",
    "play below",
    "player a",
    "player b",
    "journalism",
)
# Promotional on their own: nobody writes these in a story.
_PROMO_STRONG = re.compile(
    r"thanks for signing up|thank you for signing up|by giving us your email|you(?:['’]re| are) opting in"
    r"|sign(?:ing)? up (?:here|now|today|for free|below|right here)\b|already a subscriber"
    r"|not (?:yet )?a subscriber|become a (?:digital )?subscriber|supporting our journalism"
    r"|support (?:local|quality|independent|our) journalism|unsubscribe at any time|fear of missing out\?"
    r"|subscribe (?:here|now|today)\b|subscribe to [^ .]{1,40} today|click here to (?:sign up|subscribe)"
    r"|newsletter\s*:?\s*(?:sign up|subscribe)"
)
_PROMO_INBOX = re.compile(r"newsletter|sign up|subscribe")
# Promotional when said to the reader: at the start of a sentence or with "you".
_PROMO_WEAK = re.compile(
    r"(?:^|[.?!:×✕]\s*|, |\s[-–—]\s)(?:sign up|subscribe|get|stay)\b[^.?!]{0,80}"
    r"\b(?:newsletter|roundup|briefing|digest|alerts|updates|emails?|print edition|podcast)\b"
)
_PROMO_YOU = re.compile(
    r"\b(?:sign up|subscribe) (?:to|for)\b[^.?!]{0,60}\b(?:newsletter|roundup|briefing|digest)\b"
)
_YOU = re.compile(r"\byour?\b")
_CONSENT = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|we and our partners)\s+uses?\s+cookies"
    r"|\baccept (?:all )?cookies|\bcookie (?:policy|settings|preferences|notice|banner)"
    r"|\bmanage (?:your )?(?:cookie|privacy|consent) (?:settings|preferences|choices)"
    r"|\bby (?:continuing|clicking|using|browsing)\b[^.]{0,80}\byou (?:agree|accept|consent)"
    r"|\byou agree to the processing|\bwe will use the (?:details|information) you have (?:shared|provided)"
)
_BROWSER = re.compile(
    r"\b(?:ie ?11|internet explorer(?: 11)?)\b[^.]{0,40}\bnot (?:be )?supported"
    r"|\byour browser\b[^.]{0,60}\b(?:not supported|out of date|outdated|does not support|doesn['’]t support"
    r"|no longer supported|is unsupported)"
    r"|\b(?:visit|view) (?:our|this) (?:web)?site (?:on|in|with|using)"
    r" (?:another|a different|a modern|a newer)"
    r"|\b(?:please )?(?:enable|turn on) javascript\b|\bupdate your browser\b"
    r"|\bjavascript is (?:disabled|required|not enabled)"
)
_AFFILIATE = re.compile(
    r"\bmay earn (?:us )?(?:an? )?(?:small )?(?:affiliate )?commission|\baffiliate (?:links?|commissions?)\b"
    r"|\bcontent partner offering\b|\bproduced independently of\b"
    r"|\bprices (?:were |are )?accurate (?:as of|at the time)|\brecommendations are independently chosen\b"
)
_PLAYER = re.compile(r"\b(?:hit|press|click|tap) play (?:on|above|below)\b|\bplayer (?:above|below)\b")
# A line that reports a promotion ("..., the company said") is body text, whatever its words.
_ATTRIBUTION = (" said", " says", " told ", "according to", " announced", " reported", " wrote", " tweeted")


def _attributed(s: str) -> bool:
    return any(a in s for a in _ATTRIBUTION)


# --- photo credits -----------------------------------------------------------------------------------

_AGENCY = (
    r"(?:Getty Images|AFP|AP Photo|AP|Reuters|REUTERS|EPA(?:-EFE)?|EFE|Shutterstock|Bloomberg|NurPhoto"
    r"|Anadolu(?: Agency)?|Xinhua|Sipa(?: USA| Press)?|ZUMA(?: Press)?(?: Wire)?|Zuma(?: Press)?(?: Wire)?"
    r"|ZumaPress|SOPA Images|LightRocket|TNS|Tribune News Service|WireImage|FilmMagic|Imagn(?: Images)?"
    r"|USA TODAY(?: Sports| Network| NETWORK)?|USA Today Network|Alamy(?: Stock Photo| Live News)?"
    r"|picture alliance|dpa|DPA|TASS|Sputnik|Kyodo(?: News)?|Yonhap|Pool|POOL|Corbis|Hulton Archive"
    r"|Redux|The Washington Post|The New York Times|Chicago Tribune|Los Angeles Times|The Canadian Press"
    r"|PA Images|PA Wire|PA Media|AAP|Polaris|Invision|Sygma|Keystone|NBAE|Icon Sport|Handout|HANDOUT"
    r"|Courtesy [\w .&'’-]{1,40}|AP Images|NBC|CBS|ABC|HBO|Netflix|Disney|Amazon Studios)"
)
# Names and slash-separated parts are bounded in number: unbounded, every start in a long line of short
# capitalised words ("C / C / C ...") scanned to the end of the line, quadratic in its length.
_NAME = r"[A-Z\d][\w.'’&-]*(?:\s+(?:[A-Z\d][\w.'’&-]*|de|da|del|der|van|von|la|le|al|bin|of)){0,8}?"
_CREDIT = (
    # A segment between slashes neither starts nor ends with a space: when it could, every "Name / Name"
    # split two ways on each side of the slash and a long line of them took exponential time (minutes
    # for a 200-character line that ends in no credit).
    rf"{_NAME}(?:\s?/\s?[^/\s](?:[^/\n]{{0,48}}[^/\s])?){{0,6}}?(?:(?:\s?/\s?|\s+via\s+){_AGENCY}\b){{1,3}}"
    rf"(?:\s?/\s?(?:File|FILE))?"
    rf"|\((?:AP|AFP|Reuters|EPA)?\s?Photo(?:graph)?(?:\s+by|\s*:)?[^()]{{1,80}}\)"
    rf"(?:\s*(?:AFP )?via Getty Images)?"
    rf"|(?:Photo(?:graph)?|Image|Picture|Credit|Photo credit)s?\s*:\s*[^:]{{1,80}}?(?:/\s?|via\s+){_AGENCY}\b"
)
_CREDIT_AT_END = re.compile(rf"(?:^|(?<=[\s.!?”\"’)\]]))(?:{_CREDIT})\s*$")
_CREDIT_ANY = re.compile(rf"(?:^|(?<=[\s.!?”\"’)\]]))(?:{_CREDIT})(?=\s|$)")
_CREDIT_HINT = re.compile(
    rf"/\s?{_AGENCY}\b|\bvia\s+{_AGENCY}\b|\((?:AP |AFP |Reuters |EPA )?Photo|Photo(?:graph)?s?:\s"
)
_CAPTION_MAX = 500  # longest caption seen before a credit; longer text before a credit may be body

# --- link lists --------------------------------------------------------------------------------------

_LIST_MAX = 12


_BYLINE = re.compile(r"(?:contributing|contributors?|reporting|written|edited|by|photos?|video)\b", re.I)


def _headline_shaped(s: str) -> bool:
    """A line that could be the title of another story: short, no closing full stop, several words."""
    if len(s) > 150 or s[-1] in ".:;," or s.count(" ") < 3 or _BYLINE.match(s):
        return False
    first = s.lstrip("►▶•*>»-–— ")[:1]
    return first.isupper() or first.isdigit() or first in "'‘\"“"


def _ui_key(s: str) -> str:
    return " ".join(s.lower().rstrip(_TRAIL).split())


def _share_row(s: str, low: str) -> bool:
    """A row of share or follow buttons: only network names and share words."""
    if not _SHARE_GATE.search(low) or _DIGIT.search(s):
        return False
    head, sep, tail = low.rpartition(":")
    if sep and len(head) <= 40 and re.search(r"social|follow|connect|share", head):
        low = tail
    words = [w for w in _SHARE_SPLIT.split(low) if w]
    if not words or len(words) > 12:
        return False
    networks = sum(w in _SOCIAL for w in words)
    share = sum(w in _SHARE_WORDS for w in words)
    if any(w not in _SOCIAL and w not in _SHARE_WORDS and w not in _FILLER for w in words):
        return False
    separated = bool(re.search(r"[|•·/,]", s))
    return networks >= 3 or (networks >= 1 and (share >= 1 or separated)) or share >= 3


def _teaser(s: str) -> str | None:
    """A one-line link to another story."""
    n = len(s)
    if "http" in s or "www." in s:
        return None  # "More on the helpline is at http://..." points somewhere, but in a sentence
    if n <= 220 and _STRONG_KICKER.match(s):
        return "related-link"
    if n <= 150 and _WEAK_KICKER.match(s):
        tail = s.split(":", 1)[1].strip()
        if ". " not in tail.rstrip("."):
            return "related-link"
    if n <= 200:
        m = _GLUED_TEASER.match(s)
        if m:
            kicker, tail = m.group(1), m.group(2)
            if (
                len(kicker.split()) <= 10
                and len(tail.split()) >= 4
                and not _NOT_TEASER_KICKER.match(kicker.lstrip("►▶•*>» "))
                and not _CLOCK.match(tail)
                and "http" not in kicker
                and "www." not in kicker
                # "Juneau:The state reported ... , officials said." is a dateline and a body sentence.
                and not (tail.rstrip().endswith(".") and _attributed(tail))
            ):
                return "related-link"
    return None


def _caption(s: str) -> str | None:
    """A photo caption ending in its credit, a bare credit, or a gallery of captions."""
    tail = s[-220:]
    if ("/" in tail or "via " in tail or "Photo" in tail) and _CREDIT_HINT.search(tail):
        m = _CREDIT_AT_END.search(tail)
        if m is not None:
            before = len(s) - len(tail) + m.start()
            if before <= _CAPTION_MAX:
                return "photo-credit"
    if len(s) > 300 and s.count("/") >= 2:
        # A gallery flattened into one line: caption, credit, caption, credit, ... ("Prev Next").
        starts = [m.start() for m in _CREDIT_ANY.finditer(s)] if _CREDIT_HINT.search(s) else []
        if len(starts) >= 2:
            gaps = [b - a for a, b in zip([0, *starts], [*starts, len(s)], strict=True)]
            if max(gaps) <= _CAPTION_MAX + 100:
                return "photo-gallery"
    return None


def _app_promo(s: str) -> bool:
    m = _APP.search(s)
    if m is None or _attributed(s):
        return False
    # Only a pitch: nothing but a short call ("Want more?", "GET ALERTS:") before it, and no instructions
    # after it ("... app from your Roku store and start watching" is a how-to, not a promotion).
    prefix = s[: m.start()].strip(" ►▶•·*")
    rest = s[m.end() :].strip()
    return (not prefix or (len(prefix) <= 45 and prefix[-1] in ":?!")) and (
        len(rest) <= 80 and _APP_REST.match(rest) is not None
    )


def _promo(s: str, low: str) -> str | None:
    if len(s) > 600:
        return None
    for key in _PROMO_KEYS:
        if key in low:
            break
    else:
        return None
    if _attributed(s):
        return None
    if _BROWSER.search(low):
        return "browser-notice"
    if (
        _PROMO_STRONG.search(low)
        or ("your inbox" in low and _PROMO_INBOX.search(low))
        or _PROMO_WEAK.search(low)
        or (_PROMO_YOU.search(low) and _YOU.search(low))
    ):
        return "newsletter"
    if _CONSENT.search(low):
        return "consent"
    if _AFFILIATE.search(low):
        return "affiliate"
    if _PLAYER.search(low):
        return "player"
    return None


def _classify(s: str) -> tuple[str | None, bool]:
    """The rule that drops stripped line ``s`` (or None), and whether it opens a list of links.

    Substring tests guard every pattern: most lines are body text and must cost next to nothing.
    """
    n = len(s)
    low = s.lower()
    if n <= 60:
        key = _ui_key(s)
        if key in _UI_LINES:
            return "widget", False
        if _LIST_INTRO.fullmatch(key) and (s[-1] in ":>»…" or key == low):
            return "related-links", True
        if _UI_PATTERNS.fullmatch(key):
            return "widget", False
    first = s[0]
    if first.islower() and "_" in s[:40] and _ICON.match(s):
        return "icon-teaser", False
    if n <= 600 and (first == "I" or first == "M" or first == "V") and _CAPTION_LABEL.match(s):
        return "photo-credit", False
    if n <= 300:
        if ("source:" in low or low.startswith("video ad")) and _VIDEO_TEASER.match(s):
            return "video-teaser", False
        if ":" in s:
            rule = _teaser(s)
            if rule:
                return rule, False
        if n <= 200 and " app" in low and _app_promo(s):
            return "app-promo", False
        if n <= 250 and first == "F" and _FOLLOW.match(s):
            return "social-follow", False
        if n <= 160 and _share_row(s, low):
            return "share-row", False
        marked = "©" in s or "copyright" in low or "rights reserved" in low or "(c)" in low
        if marked and _COPYRIGHT.match(s):
            return "copyright", False
    if first == "A" and _about_sender(s):
        return "press-boilerplate", False
    rule = _promo(s, low)
    if rule:
        return rule, False
    if "/" in s or "via " in s or "Photo" in s:
        rule = _caption(s)
        if rule:
            return rule, False
    return None, False


def dropped_lines(body: str) -> list[Drop]:
    """Every line :func:`clean` drops, with the rule that dropped it (for tests and ``--explain``)."""
    drops: list[Drop] = []
    pos = 0
    in_list = 0  # lines still allowed in a list of links opened by a "Related:" line
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s:
            continue
        rule, opens_list = _classify(s)
        if opens_list:
            in_list = _LIST_MAX
        elif rule is None and in_list and _headline_shaped(s):
            rule = "related-links"
            in_list -= 1
        elif rule is None:
            in_list = 0
        if rule is not None:
            drops.append(Drop(start, end, rule))
    return drops


def clean(body: str) -> tuple[str, tuple[Segment, ...]]:
    """``body`` without scraping-leftover lines, and segments mapping the result back to ``body``.

    Whole lines are dropped, each with the blank lines that separated it from the next paragraph, so
    paragraph breaks stay single. Kept characters are never changed. If every non-blank line would go,
    nothing is dropped: a text made only of leftovers is more likely a rule's mistake.
    """
    if not body:
        return "", ()
    drops = dropped_lines(body)
    if not drops:
        return body, (Segment(0, 0, len(body)),)

    # Per line: (start, end without newline, end with newline, blank, dropped).
    lines: list[tuple[int, int, int, bool]] = []
    pos = 0
    for line in body.split("\n"):
        end = pos + len(line)
        lines.append((pos, end, min(end + 1, len(body)), not line.strip()))
        pos = end + 1
    dropped_starts = {d.start for d in drops}
    keep = [True] * len(lines)
    prev_blank = True  # the start of the text counts as a paragraph break
    i = 0
    while i < len(lines):
        start, _end, _full, blank = lines[i]
        if start in dropped_starts and not blank:
            keep[i] = False
            if prev_blank:
                j = i + 1
                while j < len(lines) and lines[j][3]:
                    keep[j] = False
                    j += 1
                i = j
                continue
        else:
            prev_blank = blank
        i += 1
    kept_content = [k for k, line in enumerate(lines) if keep[k] and not line[3]]
    if not kept_content:
        return body, (Segment(0, 0, len(body)),)
    last = kept_content[-1]
    if any(not keep[k] for k in range(last + 1, len(lines))):
        # The text ended in leftovers: the blank lines before them end nothing.
        for k in range(last + 1, len(lines)):
            keep[k] = False

    segments: list[Segment] = []
    parts: list[str] = []
    out = 0
    run_start: int | None = None
    run_end = 0
    for k, (start, _end, full, _blank) in enumerate(lines):
        if keep[k]:
            if run_start is None:
                run_start = start
            run_end = full
        elif run_start is not None:
            segments.append(Segment(out, run_start, run_end - run_start))
            parts.append(body[run_start:run_end])
            out += run_end - run_start
            run_start = None
    if run_start is not None:
        segments.append(Segment(out, run_start, run_end - run_start))
        parts.append(body[run_start:run_end])
    return "".join(parts), tuple(s for s in segments if s.length)
