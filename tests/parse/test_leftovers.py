"""abs_nb.parse.leftovers: every amount and percentage a filing prints is read into a table,
or listed in ``unmapped``, or named by a check: never dropped in silence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import abs_nb
from abs_nb.parse.leftovers import REASON

from .conftest import edited

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = SEEDS + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")

# written apart from the tokenizer: an amount with a thousands group and cents, or a
# percentage with decimals, as printed
_FIGURE = re.compile(r"(?<![\w.,/])\(?\$?\d{1,3}(?:,\d{3})+\.\d+\)?(?![\w,])|(?<![\w.,/])\d+\.\d+ ?%")


def _leftovers(f: abs_nb.Filing) -> list[tuple[int, str, list[str]]]:
    return [(line, label, list(vals)) for line, label, vals, why in f.parsed.unmapped if why == REASON]


def test_a_figure_among_words_is_listed_with_the_words_before_it():
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n\n"
                         "   Net WAC 7.62500% as of the Record Date 7/16/00\n")
    assert _leftovers(f) == [(4, "Net WAC", ["7.62500%"])]


def test_two_label_value_pairs_on_a_line_are_read_not_left_over():
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n   WAC:      8.12500%  Distribution Date:   7/17/00\n"
                         "   Net WAC:  7.62500%  Record Date:   7/16/00\n")
    assert (f.deal["wac"], f.deal["net_wac"]) == (0.08125, 0.07625)
    assert (str(f.meta["distribution_date"]), str(f.meta["record_date"])) == ("2000-07-17", "2000-07-16")
    assert f.unmapped.empty


def test_a_unit_is_not_a_figure():
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n\n"
                         "            AMOUNTS PER $1,000 UNIT\n   (PER $1000)  Page 2 of 7\n")
    assert _leftovers(f) == []



def test_a_whole_amount_printed_without_separators_among_words_is_listed_a_year_or_zip_is_not():
    # a whole number of six digits or more is an amount, printed with no thousands separator;
    # a year (four digits) and a zip code (five) are not figures
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n\n"
                         "   Excess Spread 9048712 as of the Record Date\n"
                         "   Trustee office opened 2003 in Minneapolis MN 55402 for the Trust\n")
    assert _leftovers(f) == [(4, "Excess Spread", ["9048712"])]
    assert "unmapped_figures" in set(f.checks[f.checks.status != "pass"].check)

def test_a_figure_before_a_percent_sign_printed_apart_is_listed():
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n\n"
                         "Foo Rate   1.25   %\n")
    assert _leftovers(f) == [(4, "Foo Rate", ["1.25"])]
    # one blank after it, the sign is the figure's: a rate, listed with its label
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n\n"
                         "Foo Rate   1.25 %\n")
    assert [(r.line, r.label, r.values) for r in f.unmapped.itertuples()] == [(4, "Foo Rate", ["1.25 %"])]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_the_seeds_leave_no_figure_unread(path):
    assert _leftovers(abs_nb.load(path)) == []


@needs_corpus
@pytest.mark.parametrize(("name", "line", "label", "figure"), [
    # a figure printed in a collapsed rendering's one long line
    ("062_greenpoint-heloc-1999-2-2000-10-justia-collapsed.txt", 9, "BALANCES Beginning Class A-1 Pool Balance", "177,168,728.35"),
    # an amount printed inside its label's cell (D3)
    ("044_household-hel-2001-1-2001-12-statement.txt", 28,
     "Available Funds for Distribution and Skip-A-Pay Advances/Reimbursements", "23,132,152.10"),
])
def test_real_figures_that_fell_between_are_listed(name, line, label, figure):
    f = abs_nb.load(CORPUS / name)
    assert (line, label, [figure]) in _leftovers(f)
    assert figure in f.source_text.split("\n")[line - 1]


@needs_corpus
def test_figures_before_a_percent_sign_printed_apart_in_a_real_report_are_listed():
    # 009 prints "$500,000,000.00     0.26 %": once dropped in silence
    f = abs_nb.load(CORPUS / "009_bancone-heloc-1999-1-2004-12-bankone-html.txt")
    listed = {v for vals in f.unmapped["values"] for v in vals}
    assert {"0.26 %", "98.00 %", "$500,000,000.00"} <= listed


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_printed_figure_is_read_listed_or_named_by_a_check(path):
    try:
        f = abs_nb.load(path)
    except abs_nb.AbsNbError:
        return
    lines = f.source_text.split("\n")
    read = {(line, start) for line, start, _ in f.parsed.provenance.values()}
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    listed = {}
    for line, label, vals, _ in f.parsed.unmapped:
        listed.setdefault(line, []).extend([label, *vals])
    named = {no for row in f.parsed.problems for no in row.lines} | {no for ls in f.checks["lines"] for no in ls}
    last = len(lines) if not f.source_text.endswith("\n") else None  # a cut line is reported apart
    missing = []
    for no, text in enumerate(lines, 1):
        if no == last or no in named:
            continue
        for m in _FIGURE.finditer(text):
            printed = m.group(0).replace(" ", "")
            bare = printed.strip("()$%")  # listed with its sign, or its "%" a token of its own
            if (no, starts[no - 1] + m.start()) in read or any((no, starts[no - 1] + m.start() + k) in read for k in (1, 2)):
                continue
            # a report printed one cell per line lists a row under its label's line, a few
            # lines above its figures
            near = [s for k in range(no - 24, no + 1) for s in listed.get(k, [])]
            if any(bare in s for s in near):
                continue
            missing.append((no, printed, text.strip()[:80]))
    assert missing == []


def test_a_garbled_delinquency_figure_is_listed_and_the_totals_it_leaves_unchecked_are_said():
    # found by review: "1764980.6Z" made Group 2's bankruptcy row vanish with no trace, and the
    # checks of the bankruptcy and REO Totals were skipped in silence
    from abs_nb.parse.leftovers import GARBLED

    f = edited("1764980.62", "1764980.6Z")
    assert [261, ["1764980.6Z"], GARBLED] in f.unmapped[["line", "values", "reason"]].values.tolist()
    warned = f.checks[(f.checks["check"] == "group_sum") & (f.checks["status"] == "warn")]
    # the row with the damaged figure is not taken for a header: the rows after it are read
    assert set(warned["subject"]) == {"delinquency bankruptcy"}
    assert all("Group 2 prints no" in d for d in warned["detail"])
    assert ("Group 2", "reo") in set(zip(f.delinquency["group"], f.delinquency["status"], strict=True))
    assert edited("1764980.62", "1764980.63").checks.query("status == 'warn' and check == 'group_sum'").empty


def test_prose_numbers_are_not_garbled_figures():
    from abs_nb.parse.leftovers import GARBLED

    for path in sorted((Path(__file__).resolve().parents[2] / "sample_filings").glob("*.txt")):
        assert GARBLED not in set(abs_nb.load(path).unmapped["reason"])  # "Act of 1934," "May 15, 2001."


def test_digits_and_a_letter_where_a_label_wants_its_figure_are_a_misprinted_figure():
    # one cell per line: "7B" and "16B" stand where the label above wants its count (below
    # them, nothing, or a label with its own figure); "2B" heads the figures of its row (a
    # class's name) and is no figure
    stream = ("|STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 10/25/05\n"
              "|90+ days number of loans\n|\n|7B\n|\n|Loan Detail\n|\n"
              "|30-59 days number of loans\n|\n|16B\n|\n|60-89 days balance of loans\n|\n|2,601,098.29\n|\n"
              "|Class\n|Beginning Balance\n|2B\n|1,000.00\n")
    f = abs_nb.load_text(stream)
    listed = f.unmapped[f.unmapped.reason.str.startswith("a figure that cannot be read")]
    assert [v for vals in listed["values"] for v in vals] == ["7B", "16B"]
    assert (f.checks.check == "unread_figure").any() and not f.ok


def test_a_number_sign_alone_in_its_cell_heads_a_column_of_counts_and_is_no_figure():
    # "#" over each status's count, a cell a line: a word of the header, while "O" alone in
    # its cell stands for a figure
    stream = ("|STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 10/25/05\n|Delinquency\n"
              "|30-59 Days\n|60-89 Days\n|#\n|Balance\n|#\n|Balance\n|Group 1\n|4\n|400.00\n|3\n|300.00\n")
    f = abs_nb.load_text(stream)
    assert not f.unmapped.reason.str.startswith("a figure that cannot be read").any()
    assert list(f.delinquency["count"]) == [4, 3]
    f = abs_nb.load_text(stream.replace("|#\n|Balance\n|Group 1", "|#\n|Balance\n|O\n|Group 1"))
    listed = f.unmapped[f.unmapped.reason.str.startswith("a figure that cannot be read")]
    assert [v for vals in listed["values"] for v in vals] == ["O"]


def test_a_figure_ending_a_sentence_is_listed():
    from ._support import LETTER

    text = LETTER + "\n(e)  The Servicing Fee paid for the Due Period was, in all, $61,024.58.\n"
    f = abs_nb.load_text(text)
    assert ["$61,024.58."] in f.unmapped["values"].tolist()


HANDWRITTEN = ROOT / "tests" / "handwritten"


def test_a_figure_of_six_decimals_left_unread_is_listed():
    # per-$1,000 figures and factors print six decimals or more: one no table reads is
    # listed like any amount, never dropped silently
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n\n"
                         "   Wibble 43.639249 and Wobble 2.670998 as of the Record Date\n"
                         "   Zqx 650.126367 measured in the period\n")
    listed = {(line, vals[0]) for line, _, vals in _leftovers(f)}
    assert {(4, "43.639249"), (4, "2.670998"), (5, "650.126367")} <= listed


def test_a_check_naming_a_line_reports_its_own_figures_not_every_figure_beside():
    # a loan-by-loan loss table read as no table: a check names its lines (a second class
    # table whose rows are no classes), which says nothing of the loans' amounts
    f = abs_nb.load(next(HANDWRITTEN.glob("yn3_*.txt")))
    assert any(209 in ls for ls in f.checks["lines"])
    listed = {(line, vals[0]) for line, _, vals in _leftovers(f)}
    assert {(209, "198,702.44"), (209, "91,338.77"), (209, "107,363.67")} <= listed
    # a beginning balance printed again in the interest table is reported by its
    # duplicate_value check, and not listed
    assert (77, "192,771,004.18") not in listed
