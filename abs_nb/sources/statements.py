"""Documents holding many statements: where each monthly statement starts and ends.

A master servicer can file the monthly statements of hundreds of series in one exhibit.
:func:`split_statements` finds them from the document's structure, never from one
trustee's words:

- a *title line* is a line naming a series (found by :func:`abs_nb.parse.meta.series_of`)
  whose shape recurs naming a **different** series; its shape is the word printed before
  the series and the rest of the line with digits masked (``Series 2003-HE2`` and
  ``..., Series 2002-HE1`` share ``series|``; ``Trust 1999-1   Page 3`` is
  ``trust|page 9``). A line next to one of its shape naming another series is left out
  (a list of series, one a line, is a table of contents or a cover, not titles);
- a statement reaches from the first to the last title line naming its series, so the
  page headers that repeat its series keep its pages together; title lines of different
  series that interleave cannot be told apart and stay one statement;
- between two statements, the next one starts at its title block: the last line that
  repeats the document's first line (the first statement's first line recurs at the top
  of every statement), else the lines all statements print above their series, else the
  paragraph holding the series;
- a piece with almost no figures is no statement (it joins the statement before it).

A document with one statement (or whose structure shows no second one) is one
:class:`Statement` spanning the whole text, so it is parsed exactly as before. The scan is
linear in the text: a regex search for a series-like token in each line holding a dash,
then work once per distinct line that holds one.

>>> one = "XYZ Trust 2003-HE2\\nDistribution Date: 10/15/03\\n" + "Class A-1  1,000.00  2,000.00\\n" * 9
>>> len(split_statements(one))
1
>>> doc = "".join(one.replace("HE2", s) for s in ("HE2", "HE4", "HE6"))
>>> [(s.number, s.series, s.first_line, s.last_line) for s in split_statements(doc)]
[(1, '2003-HE2', 1, 11), (2, '2003-HE4', 12, 22), (3, '2003-HE6', 23, 33)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from abs_nb.parse.meta import series_of
from abs_nb.parse.text_lines import lines_of

__all__ = ["Statement", "split_statements"]

# the start of a series-like token (four digits, a dash, a letter or digit); every line that
# names a series holds one. Written from its dash, so that a search of the whole text skips
# to the next dash (a literal first character) instead of trying the pattern at every one
_SERIES_HINT = re.compile(r"-(?<=\d{4}-)[A-Za-z0-9]")
_DIGITS = re.compile(r"\d+")
_FIGURE = re.compile(r"\d[.,]\d")  # a figure with decimals or thousands separators
# a line naming a series this close to one of the same shape naming another series is a
# list of series (a cover, a table of contents), not a title
LIST_LINES = 2
# a statement prints at least this many figures (a title block and a footnote do not)
MIN_FIGURES = 10
_HEAD_LINES = 100  # lines above a statement's first title line compared with the others'
_STRIP = " \t|:,;.-*=_#"


@dataclass(frozen=True)
class Statement:
    """One statement of a document: 1-based ``number``, the ``series`` its title lines name
    (None for a document with a single statement), 1-based ``first_line`` and ``last_line``
    (inclusive) of the text, and ``start``/``end`` character offsets (``text[start:end]`` is
    the statement; the statements of a document cover it without gap or overlap)."""

    number: int
    series: str | None
    first_line: int
    last_line: int
    start: int
    end: int

    def text_of(self, text: str) -> str:
        """The statement's text in ``text`` (the document it was found in)."""
        return text[self.start:self.end]


def _line_key(line: str, series: str | None = None) -> str:
    """A line's shape: lower case, blanks collapsed, digits masked, the series as ``<s>``.

    >>> _line_key("  Home Equity Loan Trust, Series 2003-HE2  Page 3 ", "2003-HE2")
    'home equity loan trust, series <s> page 9'
    """
    low = line.lower()
    if series:
        low = low.replace(series.lower(), "<s>")
    return _DIGITS.sub("9", " ".join(low.split()).strip(_STRIP))


def _title_shape(line: str, series: str) -> str | None:
    """The shape of a line naming ``series``: the word before it and the rest after it.

    >>> _title_shape("Asset Backed Pass-Through Certificates, Series 2003-HE2", "2003-HE2")
    'series|'
    >>> _title_shape("|Trust 1999-1   Page 3 of 12", "1999-1")
    'trust|page 9 of 9'
    """
    i = line.upper().find(series)
    if i < 0:
        return None
    before = line[:i].rstrip(_STRIP + "(").lower().split()
    return (before[-1].strip(_STRIP) if before else "") + "|" + _line_key(line[i + len(series):])


class _Text:
    """The document's lines and (built when first asked for) where each starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = lines_of(text)  # shared with the parse of the same text: never modified

    @cached_property
    def starts(self) -> list[int]:
        return [0, *accumulate(len(ln) + 1 for ln in self.lines[:-1])]


def _mentions(t: _Text) -> list[tuple[int, str, str]]:
    """(0-based line, series, title shape) of every line naming a series, in order;
    :func:`series_of` and :func:`_title_shape` run once per distinct line. One search of
    the whole text finds the lines holding a series-like token (none spans a line break),
    each line once.

    >>> _mentions(_Text("Trust 2003-HE2\\nno series 2003-\\n\\n2003-HE4 Trust 2003-HE4"))
    [(0, '2003-HE2', 'trust|'), (3, '2003-HE4', '|trust 9-he9')]
    """
    out: list[tuple[int, str, str]] = []
    seen: dict[str, tuple[str, str] | None] = {}
    text, lines, search = t.text, t.lines, _SERIES_HINT.search
    i = scanned = 0  # line i holds text[scanned]
    m = search(text)
    while m is not None:
        at = m.start()
        i += text.count("\n", scanned, at)
        ln = lines[i]
        if ln not in seen:
            series = series_of(ln) if len(ln) <= 2_000 else None
            shape = _title_shape(ln, series) if series is not None else None
            seen[ln] = (series, shape) if series is not None and shape is not None else None
        found = seen[ln]
        if found is not None:
            out.append((i, *found))
        end = text.find("\n", at)
        if end < 0:
            break
        scanned, i = end + 1, i + 1
        m = search(text, scanned)
    return out


def _title_mentions(mentions: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """The mentions on title lines: shapes that recur naming different series, leaving out
    the occurrences that stand next to one naming another series (a list of series)."""
    shapes: dict[str, list[tuple[int, str]]] = {}
    for i, s, shape in mentions:
        shapes.setdefault(shape, []).append((i, s))
    titles: list[tuple[int, str]] = []
    for occ in shapes.values():
        if len({s for _, s in occ}) < 2:
            continue
        kept = [(i, s) for j, (i, s) in enumerate(occ)
                if not (j and occ[j - 1][1] != s and i - occ[j - 1][0] <= LIST_LINES)
                and not (j + 1 < len(occ) and occ[j + 1][1] != s and occ[j + 1][0] - i <= LIST_LINES)]
        if len({s for _, s in kept}) >= 2:
            titles.extend(kept)
    titles.sort()
    return titles


def _cores(titles: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(first title line, last title line, series) per statement: each series' title lines
    span first to last; spans that overlap are one statement (named by the first)."""
    spans: dict[str, list[int]] = {}
    for i, s in titles:
        if s in spans:
            spans[s][1] = i
        else:
            spans[s] = [i, i]
    cores: list[tuple[int, int, str]] = []
    for s, (a, b) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        if cores and a <= cores[-1][1]:
            cores[-1] = (cores[-1][0], max(cores[-1][1], b), cores[-1][2])
        else:
            cores.append((a, b, s))
    return cores


def _head(t: _Text, lo: int, hi: int) -> list[tuple[int, str]]:
    """(line, shape) of the non-blank lines from ``hi - 1`` up to ``lo``, nearest first
    (at most :data:`_HEAD_LINES` of them)."""
    out: list[tuple[int, str]] = []
    for i in range(hi - 1, max(lo, hi - 4 * _HEAD_LINES) - 1, -1):
        if t.lines[i].strip():
            out.append((i, _line_key(t.lines[i])))
            if len(out) == _HEAD_LINES:
                break
    return out


def _starts(t: _Text, cores: list[tuple[int, int, str]]) -> list[int]:
    """The 0-based first line of each statement after the first (see the module notes)."""
    # the document's first line with a word or a figure (a rule of dashes is no opening)
    opening = next((key for ln in t.lines[: cores[0][0] + 1] if (key := _line_key(ln, cores[0][2]))), "")
    starts: list[int] = []
    for k in range(1, len(cores)):
        lo, at, series = cores[k - 1][1] + 1, cores[k][0], cores[k][2]
        found = next((i for i in range(at, lo - 1, -1) if _line_key(t.lines[i], series) == opening), None) \
            if opening else None
        starts.append(-1 if found is None else found)
    if -1 in starts:  # the lines every statement prints above its first title line
        heads = [_head(t, 0, cores[0][0])] + [_head(t, cores[k - 1][1] + 1, cores[k][0]) for k in range(1, len(cores))]
        common = 0
        while all(len(h) > common for h in heads) and len({h[common][1] for h in heads}) == 1:
            common += 1
        for k in range(1, len(cores)):
            if starts[k - 1] >= 0:
                continue
            if common:
                starts[k - 1] = heads[k][common - 1][0]
                continue
            i = cores[k][0]  # the paragraph holding the title line
            while i - 1 > cores[k - 1][1] and t.lines[i - 1].strip():
                i -= 1
            starts[k - 1] = i
    return starts


def _figures(text: str, start: int, end: int) -> int:
    """How many figures (up to :data:`MIN_FIGURES`) ``text[start:end]`` prints."""
    n = 0
    for _ in _FIGURE.finditer(text, start, end):
        n += 1
        if n >= MIN_FIGURES:
            break
    return n


def split_statements(text: str) -> list[Statement]:
    """The statements of ``text`` in order (one spanning the whole text when it holds one).

    >>> [s.number for s in split_statements("Class A-1  1,000.00\\n")]
    [1]
    """
    whole = [Statement(1, None, 1, text.count("\n") + (0 if text.endswith("\n") or not text else 1),
                       0, len(text))]
    t = _Text(text)
    mentions = _mentions(t)
    if len({s for _, s, _ in mentions}) < 2:
        return whole
    cores = _cores(_title_mentions(mentions))
    if len(cores) < 2:
        return whole
    bounds = [0] + _starts(t, cores)
    series = [c[2] for c in cores]
    # a piece with almost no figures joins the statement before it (the first, the next)
    k = 0
    while k < len(bounds) and len(bounds) > 1:
        end = t.starts[bounds[k + 1]] if k + 1 < len(bounds) else len(text)
        if _figures(text, t.starts[bounds[k]], end) < MIN_FIGURES:
            if k == 0:  # the first piece keeps the document's start, the next one's series
                series[0] = series[1]
            drop = k + 1 if k == 0 else k
            del bounds[drop]
            del series[drop]
            continue
        k += 1
    if len(bounds) < 2:
        return whole
    out: list[Statement] = []
    last_line = whole[0].last_line
    for k, b in enumerate(bounds):
        nxt = bounds[k + 1] if k + 1 < len(bounds) else None
        start = t.starts[b]
        end = t.starts[nxt] if nxt is not None else len(text)
        out.append(Statement(k + 1, series[k], b + 1, nxt if nxt is not None else last_line, start, end))
    return out
