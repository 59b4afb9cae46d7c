"""One line of report text -> tokens, label and value cells.

Fixed-width reports put a label at the left and numbers in columns. A token is a run of
non-blank characters with its column (tabs expanded); a value token is a number as printed
(commas or not, decimals, ``%``, ``$``, parentheses or a minus for negatives), ``N/A``, or a
malformed number such as ``47,5000,000.00`` or ``#DIV/0!`` (kept, never coerced).

>>> line = tokenize_line("Sched In(Net Serv. Fee)2,658,758     1,426,220      4,084,978", 7)
>>> line.label, [float(v.value) for v in line.values]
('Sched In(Net Serv. Fee)', [2658758.0, 1426220.0, 4084978.0])
>>> tokenize_line("Trigger Event Occurrence                             NO", 1).text_value
'NO'
>>> line = tokenize_line("   WAC:      8.12500%  Distribution Date:   7/17/00", 2)
>>> line.label, [v.text for v in line.values], line.text_value
('WAC:', ['8.12500%'], None)
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Final

from abs_nb.parse.memo import Memo
from abs_nb.parse.months import MONTHS
from abs_nb.parse.number_text import MARK_ENDS, marked_figure, parse_number
from abs_nb.parse.spelling import group_name, is_note_mark
from abs_nb.parse.text_lines import BARS, boxed_rows, lines_of
from abs_nb.parse.value_runs import VALUE_KINDS, day_count_aside, figures_then_words, first_pair

# Looks numeric but is not a number we may read (bad grouping, spreadsheet errors).
# (digits on both sides of every comma: "27," in "March 27, 2000" is a word, not a number)
_MALFORMED: Final = re.compile(r"^(?:[\$\(\-]*\d[\d,]*\d(?:\.\d+)?\)?%?|#(?:DIV/0!|VALUE!|REF!|N/A|NUM!|NAME\?))$")
# no figure: N/A, or a dash standing alone in a figure's place ("-", "--", en and em dashes),
# which reports print for nothing (read as NaN, as a blank is: never guessed to be 0)
_NA: Final = {"N/A", "n/a", "NA*", "N/A*", "-", "--", "\u2013", "\u2014"}
# A label glued to the number that follows it: "Fee)2,658,758".
_GLUED: Final = re.compile(r"^(?P<label>.*[A-Za-z\)\.:])(?P<num>\(?\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?|\d+\.\d+%?)$")
_GAP_TEXT_VALUE: Final = 4  # spaces that separate a label from a text value


class Token:
    """A run of non-blank characters of one line (``kind``: num, na, bad or word)."""

    __slots__ = ("text", "start", "end", "col", "colend", "kind", "value", "percent", "decimals", "line", "number")

    def __init__(self, text: str, start: int, end: int, col: int, colend: int, kind: str,
                 value: Decimal | None = None, percent: bool = False, decimals: int = 0,
                 number: float = math.nan) -> None:
        self.text = text
        self.start = start  # offset in the raw line
        self.end = end
        self.col = col  # display column (tabs expanded to 8)
        self.colend = colend
        self.kind = kind
        self.value = value
        self.percent = percent
        self.decimals = decimals
        self.line: int | None = None  # set when the token stands on another line than its row
        # float(value), worked out once with the token's kind (NaN when there is no value)
        self.number = number

    def line_in(self, row_line: int) -> int:
        """The line the token stands on: its own where it is not its row's (a report printed
        one cell per line has a value below its label), else ``row_line``."""
        return self.line if self.line is not None else row_line

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.kind}, col={self.col})"


class Line:
    """A tokenised line: its label tokens, its value tokens and an optional text value."""

    __slots__ = ("no", "raw", "tokens", "label_tokens", "values", "text_value", "text_value_span", "_label",
                 "_segments", "_joined", "data_in", "data", "cut")

    def __init__(self, no: int, raw: str, tokens: list[Token], label_tokens: list[Token] | None = None,
                 values: list[Token] | None = None, text_value: str | None = None,
                 text_value_span: tuple[int, int] | None = None) -> None:
        self.no = no  # 1-based line number in the report text
        self.raw = raw
        self.tokens = tokens
        self.label_tokens = label_tokens if label_tokens is not None else []
        self.values = values if values is not None else []
        self.text_value = text_value
        self.text_value_span = text_value_span
        self._label: str | None = None  # caches, filled on first use (the tokens never change)
        self._segments: list[tuple[str, int, int]] | None = None
        self._joined: str | None = None
        # the walk's verdict on this line (a data row or not) and the section it was made in
        self.data_in: str | None = None
        self.data = False
        self.cut = False  # the text's last line, cut mid-way: read as far as it is whole

    @property
    def label(self) -> str:
        if self._label is None:
            self._label = " ".join([t.text for t in self.label_tokens])
        return self._label

    @property
    def joined(self) -> str:
        """Every token's text, one space apart (computed once)."""
        if self._joined is None:
            self._joined = " ".join([t.text for t in self.tokens])
        return self._joined

    def column_segments(self) -> list[tuple[str, int, int]]:
        """All tokens grouped by gaps of two or more spaces, or parted by a bar (computed
        once; do not modify). In a line of words, a run of dashes one blank from a word on
        each side parts them as a gap does (``Delinq 1 Month --- Delinq 2 Months``: two
        titles); dashes framing a title at its ends (``--- Per $1,000 ---``) are part of it,
        spanning its columns."""
        if self._segments is None:
            toks = self.tokens
            if not self.values and len(toks) > 2:
                toks = [t for k, t in enumerate(toks) if not (0 < k < len(toks) - 1 and _parting(toks, k))]
            self._segments = group_tokens(toks, 2, self.raw)
        return self._segments

    @property
    def label_col(self) -> int | None:
        return self.label_tokens[0].col if self.label_tokens else None

    def segments(self, gap: int = 2) -> list[tuple[str, int, int]]:
        """Label tokens grouped by runs of ``gap`` or more spaces: (text, col, colend)."""
        return group_tokens(self.label_tokens, gap, self.raw)

    @property
    def blank(self) -> bool:
        return not self.tokens

    def glued(self, tok: Token) -> bool:
        """Is ``tok`` printed against a word, no space between (``l3,320,411``: a letter for a
        digit)? Such a figure is garbled: no reader takes it for the line's figure, so it
        stays an unread figure (:mod:`abs_nb.parse.leftovers`)."""
        return any(t.kind == "word" and t.end == tok.start and t.line == tok.line for t in self.tokens)


def _parting(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a run of dashes between two words, one blank from each?"""
    t, a, b = toks[k], toks[k - 1], toks[k + 1]
    return (len(t.text) > 1 and not t.text.strip("-") and t.col - a.colend == 1 and b.col - t.colend == 1
            and any(ch.isalnum() for ch in a.text) and any(ch.isalnum() for ch in b.text))


def _has_bar(text: str) -> bool:
    """Does ``text`` hold an upright rule (:data:`abs_nb.parse.text_lines.BARS`: ``|``, ``!``)?"""
    return any(b in text for b in BARS)


def group_tokens(tokens: list[Token], gap: int = 2, raw: str = "") -> list[tuple[str, int, int]]:
    """Runs of tokens less than ``gap`` columns apart, as (their texts joined by a space,
    first column, last column end); the texts are joined once per run (linear in a long
    line, where adding one token at a time would not be). A bar between two tokens of
    ``raw`` (their line) parts them, however close (``Pd|Distribution``: a box's rule).

    >>> group_tokens(tokenize_line("Beginning Balance   1,000 2,000", 1).tokens)
    [('Beginning Balance', 0, 17), ('1,000 2,000', 20, 31)]
    >>> [g for g, _, _ in group_tokens(tokenize_line("--- Group I --- --- Group II ---", 1).tokens)]
    ['--- Group I ---', '--- Group II ---']
    """
    out: list[tuple[str, int, int]] = []
    parts: list[str] = []
    col = end = 0
    ruled = _has_bar(raw)
    last = 0  # the offset in raw of the last token's end
    for t in tokens:
        if parts and t.col - end < gap and not (t.text[:2] == "--" and parts[-1][-2:] == "--" and _DASH_RUN.match(
                parts[-1]) and _DASH_RUN.match(t.text)) and not (ruled and last <= t.start and _has_bar(raw[last:t.start])):
            # (two runs of dashes one blank apart part two frames: "--- Group I --- --- Group II ---")
            parts.append(t.text)
        else:
            if parts:
                out.append((" ".join(parts), col, end))
            parts = [t.text]
            col = t.col
        end = t.colend
        last = t.end
    if parts:
        out.append((" ".join(parts), col, end))
    return out


class Kind:
    """What a token's text is: its kind (num, na, bad or word), value, percent sign and
    decimals, and float(value) (NaN with no value). An object, not a tuple: a compiled read
    of its fields unboxes nothing."""

    __slots__ = ("kind", "value", "percent", "decimals", "number")

    def __init__(self, kind: str, value: Decimal | None = None, percent: bool = False, decimals: int = 0) -> None:
        self.kind = kind
        self.value = value
        self.percent = percent
        self.decimals = decimals
        self.number = math.nan if value is None else float(value)


_KINDS: Final[Memo[str, Kind]] = Memo("tokens.kinds")


def kind_of(text: str) -> Kind:
    """The :class:`Kind` of a token's text; memoised (reports repeat tokens)."""
    hit = _KINDS.data.get(text)
    if hit is not None:
        return hit
    if text in _NA:
        hit = Kind("na")
    else:
        parsed = parse_number(text)
        if parsed is not None:
            hit = Kind("num", parsed[0], parsed[1], parsed[2])
        elif (text.startswith("#") or ("," in text and any(c.isdigit() for c in text))) and _MALFORMED.match(text):
            hit = Kind("bad")
        elif text[-1] in "*)]\u2020" and marked_figure(text):
            hit = Kind("bad")  # a figure and a note's mark: unread until a note explains it (parse.note_marks)
        else:
            hit = Kind("word")
    return _KINDS.put(text, hit)


def _classify(text: str, start: int, col: int) -> Token:
    n = len(text)
    k = kind_of(text)
    return Token(text, start, start + n, col, col + n, k.kind, k.value, k.percent, k.decimals, k.number)


#: the shape of a CUSIP: a cell by its shape wherever a row prints it (roles check the figures)
CUSIP: Final = re.compile(r"^[0-9]{3}[0-9A-Z]{5}[0-9]$")


def tokenize_line(raw: str, no: int, tokens: list[Token] | None = None, boxed: bool = False) -> Line:
    """Split ``raw`` into tokens (unless given; ``boxed``: a row of a table drawn in a box,
    :func:`line_tokens`) and decide which are the label and which are values."""
    if tokens is None:
        tokens = line_tokens(raw, boxed)
        if " per " in raw or " PER " in raw or " Per " in raw:
            tokens = per_1000_asides(raw, tokens)
        if "$ " in raw:
            tokens = [t for k, t in enumerate(tokens) if t.text != "$" or not _figure_sign(tokens, k, raw)]
        if "--" in raw:
            tokens = _framing_dashes(tokens)
        if " -   " in raw:  # a dash one blank after a word, figures a column off: the label's
            for k in range(1, len(tokens) - 1):
                t = tokens[k]
                if t.text == "-" and tokens[k - 1].kind == "word" and t.col - tokens[k - 1].colend == 1 \
                        and tokens[k + 1].kind in VALUE_KINDS and tokens[k + 1].col - t.colend > 2:
                    tokens[k] = Token(t.text, t.start, t.end, t.col, t.colend, "word")
        for k, t in enumerate(tokens if any(c in raw for c in MARK_ENDS) else []):  # "Section 4.02(3)": the reference's
            if t.kind == "bad" and k and after_reference_word(tokens[:k]) and marked_figure(t.text):
                tokens[k] = Token(t.text, t.start, t.end, t.col, t.colend, "word")
        if len(tokens) > 3 and tokens[1].text.lower() in _RANGE_JOINS and _RANGE_LABEL.match(raw):
            # a range of days with blanks round its dash ("30 - 59", "30 to 59") first on its
            # line: one word, the row's label, no figures
            tokens = [Token(raw[tokens[0].start: tokens[2].end], tokens[0].start, tokens[2].end, tokens[0].col,
                            tokens[2].colend, "word"), *tokens[3:]]
    if "/36" in raw and (j := day_count_aside(tokens)) is not None:  # a rate's day count after it: an aside
        return Line(no, raw, tokens, tokens[:j], tokens[j:-1])
    # The values are the trailing run of value tokens; the label is everything before.
    i = len(tokens)
    while i > 0 and tokens[i - 1].kind in VALUE_KINDS:
        i -= 1
    if 0 < i < len(tokens) - 1 and tokens[i].text in UNIT_FIGURES and tokens[i - 1].text.lower() == "per":
        # the unit of a label ("Interest per $1,000   0.874260"): a word of it, no figure
        tokens = [*tokens[:i], Token(tokens[i].text, tokens[i].start, tokens[i].end, tokens[i].col, tokens[i].colend,
                                     "word"), *tokens[i + 1:]]
        i += 1
    if i == len(tokens) - 1 and _date_in_words(tokens):
        # the year of a date printed in words ("April 1, 2003") is no figure: the date is
        # the line's text value
        return Line(no, raw, tokens, tokens[: i - 2], [], " ".join([t.text for t in tokens[i - 2:]]),
                    (tokens[i - 2].start, tokens[-1].end))
    if i == len(tokens) and i >= 2 and tokens[-2].kind in VALUE_KINDS and CUSIP.match(tokens[-1].text):
        # a CUSIP after a row's figures is the row's last cell, no text value: the figures
        # before it are the row's values (a reader of cells takes the CUSIP from the tokens)
        j = i - 1
        while j > 0 and tokens[j - 1].kind in VALUE_KINDS:
            j -= 1
        if j == 0 or any(not is_note_mark(t.text) for t in tokens[j:i - 1]):  # a note's mark is no figure ("A-2 (3)  47129RVB0")
            return Line(no, raw, tokens, tokens[:j], tokens[j:i - 1])
    if i == len(tokens) and i >= 2:
        pair = first_pair(tokens) or figures_then_words(tokens)
        if pair is not None:
            return Line(no, raw, tokens, tokens[: pair[0]], tokens[pair[0]: pair[1]])
        # no values: words standing _GAP_TEXT_VALUE or more columns right of the label are a
        # text value ("NO", "Not Provided By Servicer"); k = first token of the last group
        # or words after a dot leader ("Trigger Event in effect ....... No")
        k = i - 1
        while k > 0 and tokens[k].col - tokens[k - 1].colend < _GAP_TEXT_VALUE and not (
                tokens[k - 1].text[:1] == "." and is_leader(tokens[k - 1].text)):
            k -= 1
        if k > 0:
            label = tokens[:k - 1] if is_leader(tokens[k - 1].text) else tokens[:k]
            return Line(no, raw, tokens, label, [], " ".join([t.text for t in tokens[k:]]),
                        (tokens[k].start, tokens[-1].end))
    return Line(no, raw, tokens, tokens[:i], tokens[i:])


def _framing_dashes(tokens: list[Token]) -> list[Token]:
    """``tokens`` with dashes drawn round titles (``-- 30-59 Days --    -- REO --``) made words:
    where every figure of the line is a run of dashes, each a blank from a word on the side
    it frames, or the line prints a longer run of dashes among its words too (``--- 30-59
    Days --  ---- 90+ Days ---``), they rule a header's titles off; no figure is printed
    blank.

    >>> [t.kind for t in _framing_dashes(line_tokens("-- 30-59 Days --   -- REO --"))]
    ['word', 'word', 'word', 'word', 'word', 'word', 'word']
    >>> [t.kind for t in _framing_dashes(line_tokens("Fees   --"))]
    ['word', 'na']
    >>> [t.kind for t in _framing_dashes(line_tokens("   --- 30-59 Days --  ---- 90+ Days ---"))][3:5]
    ['word', 'word']
    """
    dashes = [k for k, t in enumerate(tokens) if t.kind in VALUE_KINDS]
    if not dashes or any(tokens[k].kind != "na" or tokens[k].text.strip("-") for k in dashes):
        return tokens
    if any(t.kind == "word" and len(t.text) > 1 and not t.text.strip("-") for t in tokens):
        return [Token(t.text, t.start, t.end, t.col, t.colend, "word") if t.kind == "na" else t for t in tokens]

    def frames(k: int) -> bool:
        after = k + 1 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 1].col - tokens[k].colend == 1
        before = k > 0 and tokens[k - 1].kind == "word" and tokens[k].col - tokens[k - 1].colend == 1
        return (after or before) and any(ch.isalnum() for ch in tokens[k + 1 if after else k - 1].text)

    if not all(frames(k) for k in dashes):
        return tokens
    return [Token(t.text, t.start, t.end, t.col, t.colend, "word") if t.kind == "na" else t for t in tokens]


_DASH_RUN: Final = re.compile(r"^-{2,}$")
_RANGE_JOINS: Final = frozenset({"-", "\u2013", "to", "thru", "through"})
_RANGE_LABEL: Final = re.compile(r"^\s*\d{1,3} (?:[-\u2013]|to|thru|through) \d{1,3}(?:\s{2,}|$)", re.I)


def _figure_sign(tokens: list[Token], k: int, raw: str) -> bool:
    """Is the ``$`` standing alone at ``k`` the sign of the figure after it (its column's
    signs aligned apart from its figures), no word of a label: a word printed one blank
    after the label's last word (``Group 1 $`` names a row of amounts) is the label's,
    unless a bar of ``raw`` rules them apart (``3|$  851,961.39``)."""
    if k + 1 >= len(tokens) or tokens[k + 1].kind not in VALUE_KINDS:
        return False
    before = tokens[k - 1] if k else None
    amount = before is not None and before.kind == "num" and (before.decimals > 0 or "," in before.text)
    return (before is None or amount or before.text.endswith(("..", ":"))  # (after an amount: the next
            or tokens[k].col - before.colend > 1  # one's sign; after a group's number, a label's word)
            or _has_bar(raw[before.end:tokens[k].start]))


_ASIDE_FIGURE: Final = re.compile(r"\(\$?(\d[\d,]*\.?\d*|\.\d+)$")
_ASIDE_UNIT: Final = re.compile(r"\$?1,?000\)[,;.]?$")


def per_1000_asides(raw: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each figure given per $1,000 in brackets after an amount, ``($66.330595
    per $1,000)``, made one figure (its span the bracket's): the bracket says what the
    figure is, it is no negative sign.

    >>> [(t.text, t.kind, t.number) for t in per_1000_asides("x ($0.325020 per $1,000),", line_tokens("x ($0.325020 per $1,000),"))]
    [('x', 'word', nan), ('($0.325020 per $1,000),', 'num', 0.32502)]
    """
    out: list[Token] = []
    k = 0
    n = len(tokens)
    while k < n:
        t = tokens[k]
        m = _ASIDE_FIGURE.match(t.text) if t.text[:1] == "(" and k + 2 < n else None
        if m is not None and tokens[k + 1].text.lower() == "per" and _ASIDE_UNIT.match(tokens[k + 2].text):
            kind = kind_of(m.group(1))
            if kind.kind == "num":
                end = tokens[k + 2]
                out.append(Token(raw[t.start:end.end], t.start, end.end, t.col, end.colend, "num", kind.value,
                                 False, kind.decimals, kind.number))
                k += 3
                continue
        out.append(t)
        k += 1
    return out


_BLANK_BARS: Final = str.maketrans({b: " " for b in BARS})
#: a bar standing alone, a blank (or the line's edge) on each side: a rule drawn between the columns
#: of fixed-width text (``Balance  |  1,000.00  |  2,000.00``), never a cell stream's ``|cell`` or ``|a|b|``
_COLUMN_RULE: Final = re.compile(rf"(?<!\S)[{re.escape(BARS)}](?!\S)")
#: square brackets round figures (``[ 141 CONTRACTS  $ 3,914,220.76]``), a blank inside the
#: opening one, a digit before the closing one: marks of an aside, no part of a figure (a
#: note's mark, ``[1]``, is kept)
_FIGURE_BRACKETS: Final = re.compile(r"\[(\s[^\[\]]*\d)\]")
#: a figure opened by a bracket whose closing bracket stands apart, after blanks
_APART_CLOSE: Final = re.compile(r"(\(\$?\d[\d,]*(?:\.\d+)?)([ \t]+)\)(?=\s|$)")


def is_leader(text: str) -> bool:
    """A dot leader: three dots or more and nothing else (``.......``)."""
    return text[:1] == "." and len(text) >= 3 and not text.strip(".")


def _date_in_words(tokens: list[Token]) -> bool:
    """Do the last three tokens print a date in words: a month's name, its day and a comma,
    a year (``April 1, 2003``, ``Sept. 25, 1998``)?

    >>> _date_in_words(line_tokens("Cut-off Date:  April 1, 2003")), _date_in_words(line_tokens("Loans  1, 2003"))
    (True, False)
    """
    if len(tokens) < 3 or tokens[-2].text[-1:] != ",":
        return False
    month, day, year = tokens[-3].text, tokens[-2].text, tokens[-1].text
    return (len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") and day.endswith(",")
            and day[:-1].isdigit() and len(day) <= 3 and month.rstrip(".").lower() in MONTHS)


# a word that makes the number after it a reference or a unit, not a figure: "Section 4.02",
# "Items 1,2,4,5" (a Form 10-Q's item list), "per $1,000"
REFERENCE_WORDS: Final = frozenset({"per", "section", "sections", "item", "items", "exhibit", "exhibits", "article", "rule"})


def after_reference_word(before: list[Token]) -> bool:
    """The last of ``before`` (the tokens ahead of a number) is a reference word.

    >>> after_reference_word(line_tokens("Form 10-Q, PartII - Items"))
    True
    >>> after_reference_word(line_tokens("Principal Distribution")) or after_reference_word([])
    False
    """
    if not before:
        return False
    word = before[-1]
    return word.kind == "word" and word.text.lstrip("(").rstrip(":").lower() in REFERENCE_WORDS


def line_tokens(raw: str, boxed: bool = False) -> list[Token]:
    """The tokens of ``raw``, a label glued to its number split in two (the line's label and
    values are :func:`tokenize_line`'s business; a line is all values when every token is).
    Every bar of a row of a table drawn in a box (``boxed``:
    :func:`abs_nb.parse.text_lines.boxed_rows`) is a rule parting its cells.
    A token is always the text at its span: a percent sign printed one blank after a figure
    (``0.26 %``) is the figure's, one token ``0.26 %`` (a rate); printed further off, it stays
    a token of its own, and the figure before it is listed by :mod:`abs_nb.parse.leftovers`.
    """
    tokens: list[Token] = []
    printed = raw  # (as printed: a rule between columns, a bar, shows which cells are apart)
    if boxed:
        raw = raw.translate(_BLANK_BARS)  # every bar of a box's row a rule, touching its cells or not
    elif _has_bar(raw):
        # bars ruled between columns part them, as blanks do; in a framed row (a bar first
        # and last) every bar is a rule, touching its cells' text or not
        body = raw.strip()
        raw = raw.replace(body[0], " ") if body[0] in BARS and body[-1] == body[0] else _COLUMN_RULE.sub(" ", raw)
    if "[" in raw:
        raw = _FIGURE_BRACKETS.sub(r" \1 ", raw)  # "[ 141 CONTRACTS  $ 3,914,220.76]": an aside's marks
    if ")" in raw:
        # a closing bracket printed apart from its figure ("(142,806.11" then ")" in the next
        # cell of a web page saved as text) closes it: the blanks move after the bracket
        raw = _APART_CLOSE.sub(r"\1)\2", raw)
    has_tab = "\t" in raw
    kinds = _KINDS.data
    pos = 0
    at = 0  # display column of raw[pos] (tabs expanded to 8, as str.expandtabs does)
    # str.split() and the regex \S+ split on the same (Unicode) whitespace; find() gives each
    # token's offset (the characters before it are blanks, so the first hit is the token)
    for text in raw.split():
        start = raw.find(text, pos)
        if has_tab:  # the blanks since the last token, one at a time: linear in the line
            for ch in raw[pos:start]:
                at = (at // 8 + 1) * 8 if ch == "\t" else at + 1
            col = at
            at += len(text)  # a token holds no tab
        else:
            col = start
        pos = start + len(text)
        # the cheap tests first: most tokens are words that do not end in a digit
        if text[-1].isdigit() and ("," in text or "." in text) and (text[0].isalpha() or text[0] in "('"):
            glued = _GLUED.match(text)
            if glued and parse_number(glued["num"]) is not None:
                cut = len(glued["label"])
                tokens.append(Token(text[:cut], start, start + cut, col, col + cut, "word"))
                tokens.append(_classify(text[cut:], start + cut, col + cut))
                continue
        if text == "%" and tokens and _bare(tokens[-1]) and (start - tokens[-1].end == 1 and raw[start - 1] == " " or (
                printed[tokens[-1].end:start].strip() == "|" and printed[pos:].lstrip()[:1] in ("|", ""))):
            # one blank after its figure, or alone in a cell of its own right of the figure's ("6.6 | % |")
            tokens[-1] = _with_percent(tokens[-1], raw, start + 1, col + 1)
            continue
        if tokens and tokens[-1].kind == "num" and start - tokens[-1].end == 1 and _bare(tokens[-1]) and not tokens[-1].decimals:
            unit = text.rstrip(",;")  # the cheap tests first: most words follow no figure
            if (u := unit.lower().replace("(s)", "s")) in FIGURE_UNITS and (u[0] != "m" or not raw[pos:pos + 2].strip() and (
                    len(tokens) < 2 or tokens[-1].start - tokens[-2].end > 1 or is_leader(tokens[-2].text))) and not (
                    len(tokens) > 1 and tokens[-1].start - tokens[-2].end == 1  # a group's number: "Group 2 Loans"
                    and group_name(f"{tokens[-2].text} {tokens[-1].text}") is not None):
                tokens[-1] = _with_unit(tokens[-1], raw, start + len(unit), col + len(unit))  # (a term: a figure apart)
                continue
        hit = kinds.get(text)
        if hit is None:
            hit = kind_of(text)
        n = len(text)
        tokens.append(Token(text, start, start + n, col, col + n, hit.kind, hit.value, hit.percent, hit.decimals,
                            hit.number))
    return tokens


def _bare(t: Token) -> bool:
    """A figure with no sign of a unit of its own: no percent sign, no dollar sign."""
    return t.kind == "num" and not t.percent and "$" not in t.text


#: the words a count of loans ("97 loans, $7,307,682.41") or a term ("238 mos."; "1 Month" heads a column) is stated in
FIGURE_UNITS: Final = frozenset({"loan", "loans", "contract", "contracts", "account", "accounts", "mos", "mos.", "mths", "mths."})


def _with_unit(t: Token, raw: str, end: int, colend: int) -> Token:
    """``t`` and the unit word after it (``97 loans``), one token: the count."""
    return Token(raw[t.start: end], t.start, end, t.col, colend, t.kind, t.value, False, 0, t.number)


def _with_percent(t: Token, raw: str, end: int, colend: int) -> Token:
    """``t`` and the percent sign after it (ending at ``end``, column ``colend``), one token:
    the figure as a rate."""
    hit = kind_of(t.text + "%")
    return Token(raw[t.start: end], t.start, end, t.col, colend, hit.kind, hit.value, hit.percent,
                 hit.decimals, hit.number)


def tokenize(text: str) -> list[Line]:
    """Every line of ``text`` tokenised, numbered from 1. A unit's 1,000 under the ``per``
    of the line above (a header's ``After, per`` over ``$1,000``) is a word of the header,
    as it is printed after ``per`` on one line (:func:`unit_under_per`).

    >>> [ln.values for ln in tokenize("      After, per\\nBalance    $1,000")]
    [[], []]
    """
    out: list[Line] = []
    raws = lines_of(text)
    boxed = boxed_rows(raws) if _has_bar(text) else set()
    for i, raw in enumerate(raws, 1):
        if not raw or raw.isspace():
            out.append(Line(i, raw, []))
            continue
        ln = tokenize_line(raw, i, boxed=i - 1 in boxed)
        if out and ln.values and ln.values[-1].text in UNIT_FIGURES and out[-1].tokens:
            ln = unit_under_per(ln, out[-1])
        if out and not ln.label_tokens and raw.lstrip().startswith("$ ") and out[-1].label_tokens and out[-1].values:
            ln = sign_under_label(ln, out[-1])
        out.append(ln)
    return out


def sign_under_label(ln: Line, above: Line) -> Line:
    """``ln`` with the ``$`` that starts it made its label where it stands under the label
    of the row above (``#`` over ``$``: a row of counts, then one of amounts), not apart
    from its figure in a column of signs (under a header's words, a rule, another sign).

    >>> sign_under_label(tokenize_line("     $    1,000.00", 2), tokenize_line("     #          12", 1)).label
    '$'
    """
    col = len(ln.raw[:len(ln.raw) - len(ln.raw.lstrip())].expandtabs())  # a column, tabs expanded as tokens' are
    first = above.label_tokens[0]
    if not first.col <= col <= first.colend or not any(ch.isalnum() or ch == "#" for ch in first.text):
        return ln  # under no label (a rule, another sign): a column of signs
    at = ln.raw.index("$")
    sign = Token("$", at, at + 1, col, col + 1, "word")
    return tokenize_line(ln.raw, ln.no, [sign, *ln.tokens])


#: how a report prints the 1,000 of "per $1,000"
UNIT_FIGURES: Final = frozenset({"1,000", "1000", "$1,000", "$1000"})


def unit_under_per(ln: Line, above: Line) -> Line:
    """``ln`` with the unit figures that stand under a ``per`` of ``above`` (their columns
    overlap) made words: the line again, tokenised with them as words.

    >>> unit_under_per(tokenize_line("  Balance   $1,000", 2), tokenize_line("  After, per", 1)).values
    []
    >>> len(unit_under_per(tokenize_line("  Balance   $1,000", 2), tokenize_line("  per", 1)).values)
    1
    """
    pers = [t for t in above.tokens if t.kind == "word" and t.text.strip("(),:").lower() == "per"]
    hit = {id(t) for t in ln.values if t.text in UNIT_FIGURES
           and any(p.col <= t.colend and t.col <= p.colend for p in pers)}
    if not hit:
        return ln
    tokens = [Token(t.text, t.start, t.end, t.col, t.colend, "word") if id(t) in hit else t for t in ln.tokens]
    return tokenize_line(ln.raw, ln.no, tokens)
