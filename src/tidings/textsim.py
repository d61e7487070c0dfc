"""Light text similarity: tokens, a small stemmer, IDF and BM25.

Everything here is plain Python over precompiled regexes, cheap enough to run on every sentence of every
retrieved document at question time. Tokens are normalised so that surface variants of the same thing meet:
case, possessives, curly quotes, plural and verb endings ("suspends"/"suspended"), numbers written as words
("three" and "3"), thousands separators ("25,000"), scaled amounts ("$1.2 billion", "1.2bn", "1,200
million" all become "1200000000") and ordinals ("thirteenth" and "13th").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# A token: a word with an optional apostrophe part, a version-like name ("XBB.1.5", kept whole so that
# "BQ.1" and "BQ.1.1" stay apart), or a number with separators, decimals and a glued scale ("1.2bn", "5m").
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"
    r"|[A-Za-z]+(?:\.\d+)+(?![\w])"
    r"|\d+(?:[,.]\d+)*(?:st|nd|rd|th|s|bn|tn|m|k)?(?![A-Za-z])"
    r"|\d+[A-Za-z]+"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|%",
)

_SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS["dozen"] = 12
NUMBER_WORDS["hundred"] = 100

_ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}

STOPWORDS: frozenset[str] = frozenset(
    """a an the and or but nor of in on at to for from by with without into onto over under about above
    below after before between during through against among as than then so such that this these those
    there here it its it's is are was were be been being am do does did done doing have has had having
    will would shall should can could may might must i me my we us our you your he him his she her they
    them their what which who whom whose when where why how all any both each few more most other some
    no not only own same too very just also s t don't isn't wasn't aren't weren't didn't doesn't won't
    can't couldn't shouldn't wouldn't hasn't haven't hadn't if because while up down out off again
    further once per via said says say according""".split()
)

_NEGATIONS: frozenset[str] = frozenset(
    """not no never none nor neither without don't isn't wasn't aren't weren't didn't doesn't won't
    can't couldn't shouldn't wouldn't hasn't haven't hadn't cannot denied denies deny false""".split()
)


def stem(word: str) -> str:
    """A few suffix rules, applied the same way to questions and documents so that variants meet.

    Deliberately crude (no dictionary): "suspended", "suspends" and "suspending" all become "suspend",
    "allergies" becomes "allergy"; short words are left alone so that names survive.
    """
    n = len(word)
    if n <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and n > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
        n -= 1
    if word.endswith("ing") and n > 5:
        word = word[:-3]
    elif (word.endswith("ed") and n > 4) or (word.endswith("ly") and n > 5):
        word = word[:-2]
    doubled = len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz"
    if doubled or (word.endswith("e") and len(word) > 4):
        word = word[:-1]
    return word


_COUNTRY_CODES: dict[str, str] = {
    "US": "usa",
    "u.s.": "usa",
    "u.s.a.": "usa",
    "USA": "usa",
    "UK": "uk",
    "u.k.": "uk",
    "UN": "un",
    "u.n.": "un",
    "EU": "eu",
    "e.u.": "eu",
}


def _scale_follows(raw: list[str], i: int) -> bool:
    return i + 1 < len(raw) and len(raw[i + 1]) > 1 and raw[i + 1].lower() in _SCALES


def _number_text(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def _parse_number(raw: str) -> tuple[float | None, str]:
    """A numeric token's value and what is glued after it ("1.2bn" -> (1.2, "bn"))."""
    m = re.match(r"(\d+(?:[,.]\d+)*)([a-z]*)$", raw)
    if m is None:
        return None, raw
    digits, suffix = m.group(1), m.group(2)
    # Thousands separators: "25,000" and "1,234,567"; a lone comma group of other length is a decimal.
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    elif "," in digits:
        digits = digits.replace(",", ".", 1).replace(",", "")
    if digits.count(".") > 1:
        return None, raw
    try:
        return float(digits), suffix
    except ValueError:
        return None, raw


@dataclass(frozen=True, slots=True)
class Token:
    """A normalised token with its character span in the text it came from."""

    norm: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Normalised tokens with offsets (shifted by ``offset``), stopwords kept.

    Scaled amounts are merged into one token: "$1.2 billion" is the single token "1200000000" spanning
    "1.2 billion".
    """
    return [Token(n, offset + s, offset + e) for n, s, e in scan(text)]


# Plain words (most of any text) normalise the same way wherever they occur: remember them. Bounded so
# that a long run over many documents cannot grow it without limit.
_PLAIN: dict[str, str] = {}
_PLAIN_LIMIT = 500_000
# Spelled-out names that read the same as their common abbreviation.
_UNIONS: dict[tuple[str, str], str] = {
    ("united", "states"): "usa",
    ("united", "kingdom"): "uk",
    ("united", "nations"): "un",
    ("european", "union"): "eu",
}
_UNION_HEADS: frozenset[str] = frozenset(a for a, _ in _UNIONS)
_SPECIAL: frozenset[str] = frozenset(
    {"%", "percent", "pct", "per"} | set(NUMBER_WORDS) | set(_ORDINAL_WORDS) | set(_SCALES) | _UNION_HEADS
)


def fold(text: str) -> str:
    """Accents off ("Beyoncé" -> "Beyonce", "Świątek" -> "Swiatek"): names are spelt both ways."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _plain(word: str) -> str | None:
    """The normal form of a word that needs no look at its neighbours, or None."""
    norm = _PLAIN.get(word)
    if norm is not None:
        return norm
    if not word.isalpha() or word in _COUNTRY_CODES:
        return None
    low = word.lower() if word.isascii() else fold(word.lower())
    if low in _SPECIAL or low in _COUNTRY_CODES:
        return None
    norm = stem(low) if low.isalpha() else low
    if len(_PLAIN) >= _PLAIN_LIMIT:
        _PLAIN.clear()
    _PLAIN[word] = norm
    return norm


def scan(text: str) -> list[tuple[str, int, int]]:
    """``(normalised token, start, end)`` for every token of ``text``; see :func:`tokenize`."""
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    raw = [text[s:e] for s, e in spans]
    return [(norm, spans[i][0], spans[j - 1][1]) for norm, i, j in _normalise(raw)]


def words(text: str) -> list[str]:
    """Normalised tokens without offsets, stopwords kept."""
    return [norm for norm, _, _ in _normalise(_TOKEN_RE.findall(text))]


def content_words(text: str) -> list[str]:
    """Normalised tokens without stopwords."""
    return [norm for norm, _, _ in _normalise(_TOKEN_RE.findall(text)) if norm not in STOPWORDS]


def _normalise(raw: list[str]) -> list[tuple[str, int, int]]:
    """Normal forms of raw tokens, each with the range ``[i, j)`` of raw tokens it consumed."""
    out: list[tuple[str, int, int]] = []
    append = out.append
    i = 0
    n_raw = len(raw)
    while i < n_raw:
        word = raw[i]
        start = i
        plain = _plain(word)
        if plain is not None:
            i += 1
            append((plain, start, i))
            continue
        low = word.lower().replace("’", "'")
        if not low.isascii():
            low = fold(low)
        if low.endswith("'s"):
            low = low[:-2]
        elif low.endswith("s'"):
            low = low[:-1]
        if low in ("%", "percent", "pct") or (
            low == "per" and i + 1 < n_raw and raw[i + 1].lower() == "cent"
        ):
            i += 2 if low == "per" else 1
            append(("%", start, i))
            continue
        if low[0].isdigit():
            value, suffix = _parse_number(low)
            if value is not None:
                if suffix in _SCALES:
                    value *= _SCALES[suffix]
                    suffix = ""
                elif _scale_follows(raw, i):
                    value *= _SCALES[raw[i + 1].lower()]
                    i += 1
                i += 1
                if suffix in ("st", "nd", "rd", "th"):
                    append((f"{_number_text(value)}th", start, i))
                else:
                    # "1990s" keeps its plural apart from "1990".
                    append((_number_text(value) + ("s" if suffix == "s" else ""), start, i))
            else:
                i += 1
                append((low, start, i))
            continue
        i += 1
        if low in _UNION_HEADS and i < n_raw and (low, raw[i].lower()) in _UNIONS:
            append((_UNIONS[(low, raw[i].lower())], start, i + 1))
            i += 1
        elif word in _COUNTRY_CODES or low in _COUNTRY_CODES:
            # "US" and "U.S." must not become the pronoun "us".
            append((_COUNTRY_CODES.get(word, _COUNTRY_CODES.get(low, low)), start, i))
        elif "." in low:  # version-like names stay whole; other dotted abbreviations lose their dots
            append((low if low[-1].isdigit() else low.replace(".", ""), start, i))
        elif low in NUMBER_WORDS and (low != "one" or _scale_follows(raw, start)):
            value_i = NUMBER_WORDS[low]
            # "twenty-five": the hyphen splits it into two raw tokens.
            if value_i >= 20 and i < n_raw and NUMBER_WORDS.get(raw[i].lower(), 99) < 10:
                value_i += NUMBER_WORDS[raw[i].lower()]
                i += 1
            scaled = float(value_i)
            if _scale_follows(raw, i - 1):
                scaled *= _SCALES[raw[i].lower()]
                i += 1
            append((_number_text(scaled), start, i))
        elif low in _ORDINAL_WORDS:
            append((f"{_ORDINAL_WORDS[low]}th", start, i))
        else:
            append((stem(low) if low.isalpha() else low, start, i))
    return out


# Irregular verb forms, past and participle, to the present stem: "won" should meet "wins" and "winning".
# Only forms that are rarely anything else ("left", "found", "saw", "met" of the Met Gala, "rose", "drew" and
# "sat" also name other things).
_IRREGULAR_FORMS = """win:won beat:beaten begin:began,begun break:broke,broken bring:brought build:built
    buy:bought catch:caught choose:chose,chosen come:came draw:drawn drive:drove,driven eat:ate,eaten
    fall:fell,fallen fight:fought fly:flew,flown forget:forgot,forgotten freeze:froze,frozen give:gave,given
    go:went,gone grow:grew,grown hold:held hide:hid,hidden keep:kept know:knew,known lead:led lose:lost
    make:made pay:paid run:ran rise:risen sell:sold send:sent shoot:shot sing:sang,sung
    sink:sank,sunk sleep:slept spend:spent speak:spoke,spoken steal:stole,stolen stand:stood
    strike:struck swear:swore,sworn take:took,taken teach:taught tell:told think:thought throw:threw,thrown
    wear:wore,worn write:wrote,written die:died,dying seek:sought flee:fled withdraw:withdrew,withdrawn
    tear:tore,torn weep:wept sweep:swept""".split()
IRREGULAR: dict[str, str] = {
    stem(form): stem(base)
    for entry in _IRREGULAR_FORMS
    for base, forms in [entry.split(":")]
    for form in forms.split(",")
}


def lemma(token: str) -> str:
    """A normalised token with irregular verb forms reduced to their stem ("won" -> "win")."""
    return IRREGULAR.get(token, token)


def is_negation(word: str) -> bool:
    return word in _NEGATIONS


def idf_table(doc_freq: Mapping[str, int], n_docs: int) -> dict[str, float]:
    """Okapi IDF, floored at a small positive value so that ubiquitous words still count a little."""
    return {w: max(0.05, math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))) for w, df in doc_freq.items()}


def document_frequencies(docs: Iterable[Iterable[str]]) -> tuple[Counter[str], int]:
    """How many of ``docs`` (token collections) contain each token, and how many docs there were."""
    df: Counter[str] = Counter()
    n = 0
    for toks in docs:
        df.update(set(toks))
        n += 1
    return df, n


class BM25:
    """Okapi BM25 over a small collection of token lists (k1=1.2, b=0.75 by default)."""

    __slots__ = ("avg_len", "b", "idf", "k1", "lengths", "tfs")

    def __init__(self, docs: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.tfs = [Counter(d) for d in docs]
        self.lengths = [len(d) for d in docs]
        self.avg_len = (sum(self.lengths) / len(docs)) if docs else 0.0
        df, n = document_frequencies(docs)
        self.idf = idf_table(df, n)

    def score(self, query: Iterable[str], index: int) -> float:
        tf = self.tfs[index]
        norm = self.k1 * (1.0 - self.b + self.b * self.lengths[index] / (self.avg_len or 1.0))
        total = 0.0
        for w in set(query):
            f = tf.get(w, 0)
            if f:
                total += self.idf.get(w, 0.0) * f * (self.k1 + 1.0) / (f + norm)
        return total

    def scores(self, query: Iterable[str]) -> list[float]:
        q = list(set(query))
        return [self.score(q, i) for i in range(len(self.tfs))]
