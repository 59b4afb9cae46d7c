"""Property tests: number reading, tokenising, label normalising, and loading damaged seeds.

(a) ``parse_number`` reads every well-formed number exactly and refuses bad comma grouping;
(b) ``tokenize_line`` never raises and its label and values are its tokens, in order;
(c) ``normalise`` is idempotent;
(d) a seed truncated, with lines deleted or with a few lines swapped loads as a Filing or
    raises an AbsNbError, never anything else;
(e) truncation never invents a class value.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import abs_nb
from abs_nb.parse.number_text import _plain_number, _regex_number, parse_number
from abs_nb.parse.spelling import normalise
from abs_nb.parse.tokens import tokenize_line

SEEDS = Path(__file__).resolve().parents[1] / "sample_filings"
SEED_TEXTS = {
    name: (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    for name in ("000_2d551bf597d89db6", "001_21e012ce03d1908d", "002_c10342e102d7429b")
}
SEED_NAMES = sorted(SEED_TEXTS)
FULL = {name: abs_nb.load_text(text) for name, text in SEED_TEXTS.items()}
COMPARED = ["original_balance", "beginning_balance", "principal", "cusip"]
LOADS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---- (a) parse_number ------------------------------------------------------------------------


@st.composite
def printed_numbers(draw):
    """(text, value, is_percent, decimals): a number formatted the ways reports print them."""
    decimals = draw(st.integers(0, 8))
    units = draw(st.integers(0, 10**15))
    whole, frac = divmod(units, 10**decimals)
    body = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if decimals:
        body += "." + str(frac).zfill(decimals)
    value = Decimal(units).scaleb(-decimals)
    dollar = "$" if draw(st.booleans()) else ""
    pct = draw(st.booleans())
    sign = draw(st.sampled_from(["", "-", "()"]))
    if sign == "-":
        text = draw(st.sampled_from(["-" + dollar, dollar + "-"])) + body + ("%" if pct else "")
    elif sign == "()":
        inner = dollar + body + ("%" if pct and draw(st.booleans()) else "")
        text = "(" + inner + ")" + ("%" if pct and not inner.endswith("%") else "")
    else:
        text = dollar + body + ("%" if pct else "")
    return text, (-value if sign else value), pct, decimals


@given(printed_numbers())
@example(("(1,234.50)", Decimal("-1234.50"), False, 2))
@example(("$-0.00000001%", Decimal("-0.00000001"), True, 8))
@example(("4042374.09", Decimal("4042374.09"), False, 2))
def test_parse_number_reads_exactly(case):
    text, value, pct, decimals = case
    got = parse_number(text)
    assert got is not None, text
    assert got[0] == value, text
    assert got[0].as_tuple().exponent == -decimals, text  # the printed precision is kept
    assert got[1:] == (pct, decimals), text


NUMBERISH = st.text(alphabet="0123456789,.%()$- \u0663\u00b2", max_size=14)


@given(st.one_of(NUMBERISH, printed_numbers().map(lambda case: case[0])))
@example("0,000")
@example("(.5)")
@example("(0.00)")
@example("(5.0%)")
@example("12.")
@example("\u0663.5")
@example("$(1,234.50)")
@example("($1,234.50)%")
@example("$$5")
@example("($(5))")
@example("$-5")
@example("$%")
def test_the_plain_path_agrees_with_the_regex(text):
    # _plain_number reads the common shapes without the regex; where it answers, the answer
    # is the regex's, to the sign of a zero and the printed precision (str compares both)
    plain = _plain_number(text)
    if plain is not None:
        assert str(plain) == str(_regex_number(text)), text


def test_the_plain_path_answers_for_the_common_shapes():
    # the shapes it exists for (without this, a plain path that always deferred would pass)
    for text in ("1,234,567.89", "0.00", "7.67384%", "(1,234.50)", "1234", ".5", "$1,234.50", "($5)", "$(5)"):
        assert _plain_number(text) is not None, text


@st.composite
def bad_groupings(draw):
    """Digits with commas in the wrong places: ``47,5000,000.00``, ``1,23``, ``1234,567``."""
    first = draw(st.integers(1, 6))
    rest = draw(st.lists(st.integers(1, 6), min_size=1, max_size=4))
    assume(first > 3 or any(n != 3 for n in rest))
    digit = st.sampled_from("0123456789")
    groups = ["".join(draw(st.lists(digit, min_size=n, max_size=n))) for n in [first, *rest]]
    text = ",".join(groups)
    if draw(st.booleans()):
        text += "." + "".join(draw(st.lists(digit, min_size=1, max_size=8)))
    return draw(st.sampled_from(["", "$", "-", "("])) + text + draw(st.sampled_from(["", "%"]))


@given(bad_groupings())
@example("47,5000,000.00")
@example("1,23")
@example("1234,567")
def test_parse_number_refuses_bad_grouping(text):
    assert parse_number(text) is None


@given(bad_groupings())
@example("47,5000,000.00")
def test_bad_grouping_is_kept_as_a_bad_value_token(text):
    values = tokenize_line(f"O/C Target Amt          {text}", 1).values
    assert [(t.text, t.kind, t.value) for t in values] == [(text, "bad", None)]


# ---- (b) tokenize_line ---------------------------------------------------------------------------

LINE_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("AB-IO/ 0123456789,.$%()\tN")), max_size=80),
)


@given(LINE_TEXT)
@example("Sched In(Net Serv. Fee)2,658,758     1,426,220      4,084,978")
@example("Trigger Event Occurrence                             NO")
@example("Agg P&I  Advances                               Not Provided By Servicer")
@example("0 %")
def test_tokenize_line_reconstructs_its_tokens(raw):
    line = tokenize_line(raw, 3)
    texts = [t.text for t in line.tokens]
    # every token is the text at its span, in order, and together they are all non-blanks
    assert all(raw[t.start:t.end] == t.text for t in line.tokens)
    assert all(a.end <= b.start for a, b in pairwise(line.tokens))
    # (a token may hold a blank: a rate and its sign printed apart, "1.56 %", is one figure)
    assert "".join(texts).replace(" ", "") == "".join(raw.split())
    # label, then the text value (if any), then the values: the tokens in order
    text_value = line.text_value.split(" ") if line.text_value is not None else []
    assert [t.text for t in line.label_tokens] + text_value + [t.text for t in line.values] == texts
    assert line.label == " ".join(t.text for t in line.label_tokens)
    assert all(t.kind in ("num", "na", "bad") for t in line.values)


# ---- (c) normalise ---------------------------------------------------------------------------------


@given(st.text())
@example("Sched In(Net Serv. Fee)")
@example("İ Ǆ ß")
def test_normalise_is_idempotent(label):
    once = normalise(label)
    assert normalise(once) == once
    assert re.fullmatch(r"([a-z0-9]+( [a-z0-9]+)*)?", once)


# ---- (d) damaged seeds load or raise an AbsNbError ---------------------------------------------


def load_or_refuse(text: str) -> abs_nb.Filing | None:
    try:
        f = abs_nb.load_text(text)
    except abs_nb.AbsNbError:
        return None
    assert isinstance(f, abs_nb.Filing)
    for table in (f.checks, f.classes, f.collateral, f.delinquency, f.deal):  # they build
        assert table is not None
    return f


@st.composite
def truncations(draw):
    name = draw(st.sampled_from(SEED_NAMES))
    return name, draw(st.integers(0, len(SEED_TEXTS[name])))


@st.composite
def line_deletions(draw):
    name = draw(st.sampled_from(SEED_NAMES))
    lines = SEED_TEXTS[name].split("\n")
    start = draw(st.integers(0, len(lines) - 1))
    stop = draw(st.integers(start + 1, min(len(lines), start + 40)))
    return "\n".join(lines[:start] + lines[stop:])


@st.composite
def line_shuffles(draw):
    name = draw(st.sampled_from(SEED_NAMES))
    lines = SEED_TEXTS[name].split("\n")
    picked = draw(st.lists(st.integers(0, len(lines) - 1), min_size=2, max_size=5, unique=True))
    moved = draw(st.permutations(picked))
    out = list(lines)
    for i, j in zip(picked, moved, strict=True):
        out[i] = lines[j]
    return "\n".join(out)


def unexplained_values(f: abs_nb.Filing, full: abs_nb.Filing, skip_line: int | None = None) -> list:
    """Class values of ``f`` that differ from the full seed's for the same cell (or are not in
    the seed at all) with no check other than 'pass' naming their class or their line. Values
    read from ``skip_line`` are not looked at."""
    # the unverified warns name every figure no identity covers: they explain nothing here
    open_checks = f.checks[(f.checks["status"] != "pass") & (f.checks["check"] != "unverified")]

    def explained(label: str, line: int | None) -> bool:
        for subject, lines in zip(open_checks["subject"], open_checks["lines"], strict=True):
            if label in re.split(r"[\s,;:()]+", subject) or (line is not None and line in lines):
                return True
        return False

    out = []
    for label in f.classes.index:
        for col in COMPARED:
            value = f.classes.at[label, col]
            if value is None or (isinstance(value, float) and math.isnan(value)):
                continue
            seed_value = full.classes.at[label, col] if label in full.classes.index else None
            line = f.source_of("classes", label, col)
            if value == seed_value or (skip_line is not None and line == skip_line):
                continue
            if not explained(label, line):
                out.append((label, col, value, seed_value, line))
    return out


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_seed_loads_whole(name):
    assert load_or_refuse(SEED_TEXTS[name]) is not None


@LOADS
@given(truncations())
@example(("000_2d551bf597d89db6", 0))
@example(("001_21e012ce03d1908d", len(SEED_TEXTS["001_21e012ce03d1908d"]) // 2))
@example(("002_c10342e102d7429b", len(SEED_TEXTS["002_c10342e102d7429b"]) - 1))
def test_truncated_seed_loads_or_refuses_and_keeps_complete_rows(case):
    name, cut = case
    text = SEED_TEXTS[name][:cut]
    f = load_or_refuse(text)
    if f is not None:
        # the last line may be cut mid-number: that one is the subject of the test below
        assert not unexplained_values(f, FULL[name], skip_line=text.count("\n") + 1)


@LOADS
@given(line_deletions())
def test_seed_with_lines_deleted_loads_or_refuses(text):
    load_or_refuse(text)


@LOADS
@given(line_shuffles())
def test_seed_with_lines_swapped_loads_or_refuses(text):
    load_or_refuse(text)


# ---- (e) the line a truncation cuts must not yield an invented value ------------------------------

# a cut right after "587" of 587,900,000 leaves a well-formed, wrong number on the last line
_000 = "000_2d551bf597d89db6"
_CUT_587 = SEED_TEXTS[_000].index("    A-IO-INV     730,000,000    587,9") + len("    A-IO-INV     730,000,000    587")


@LOADS
@given(truncations())
@example((_000, _CUT_587))
def test_truncation_never_invents_a_class_value(case):
    name, cut = case
    f = load_or_refuse(SEED_TEXTS[name][:cut])
    if f is not None:
        # the same rule as above, now also for the last, cut line: equal, or a check names it
        assert not unexplained_values(f, FULL[name])
