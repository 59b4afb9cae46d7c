"""Inputs that are not a whole distribution report, through ``abs_nb.load``.

Each refusal is an :class:`abs_nb.AbsNbError` subclass whose message says what was expected,
what was found and where (the file). A report cut short loads as a partial Filing that says so,
or raises a clear AbsNbError; never any other exception, never an invented value.
"""

from __future__ import annotations

import math
import os
import random
import time
from pathlib import Path

import pytest

import abs_nb

SEEDS = Path(__file__).resolve().parents[1] / "sample_filings"
FIFTY_MB = 50 * 1024 * 1024


def assert_explains(err: abs_nb.AbsNbError, path: Path) -> str:
    """The message says expected / found / where; the attributes hold the same."""
    msg = str(err)
    assert isinstance(err, abs_nb.AbsNbError)
    assert err.expected and err.found
    assert f"expected {err.expected}" in msg and f"found {err.found}" in msg
    assert err.source == str(path)
    assert msg.startswith(str(path))
    return msg


# ---- unreadable bytes --------------------------------------------------------------------------


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(abs_nb.EmptyInput) as exc:
        abs_nb.load(path)
    assert "empty" in assert_explains(exc.value, path)


def _load_in_thread(path: Path, timeout: float = 30.0) -> object:
    """``abs_nb.load(path)``'s Filing or exception, from a thread: a hang fails the test
    instead of the run."""
    import threading

    out: list[object] = []

    def run() -> None:
        try:
            out.append(abs_nb.load(path))
        except Exception as exc:  # noqa: BLE001 - handed to the test to inspect
            out.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), f"load({path}) still running after {timeout} s"
    return out[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_without_writer_is_empty_not_a_hang(tmp_path):
    path = tmp_path / "report.fifo"
    os.mkfifo(path)
    err = _load_in_thread(path)
    assert isinstance(err, abs_nb.EmptyInput)
    assert "empty" in assert_explains(err, path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_read_to_its_end(tmp_path):
    seed = SEEDS / "002_c10342e102d7429b.txt"
    path = tmp_path / "report.fifo"
    os.mkfifo(path)
    # a reader held open lets the writer write and close first; the pipe keeps the bytes
    keeper = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        w = os.open(path, os.O_WRONLY)
        os.write(w, seed.read_bytes()[:60_000])  # within a pipe's buffer
        os.close(w)
        f = _load_in_thread(path)
    finally:
        os.close(keeper)
    assert isinstance(f, abs_nb.Filing), f
    assert_frame_equal_parsed(f, abs_nb.load(seed))


def assert_frame_equal_parsed(a: abs_nb.Filing, b: abs_nb.Filing) -> None:
    import pandas as pd

    pd.testing.assert_frame_equal(a.classes, b.classes)
    pd.testing.assert_frame_equal(a.checks, b.checks)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"   \n\t\r\n  \n")
    with pytest.raises(abs_nb.EmptyInput) as exc:
        abs_nb.load(str(path))
    assert "whitespace" in assert_explains(exc.value, path)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 16,  # every byte value, NULs included
        random.Random(7).randbytes(4096),  # noise
        bytes(range(1, 32)) * 100,  # control characters, no NUL
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200),
    ],
    ids=["all-bytes", "random", "control-chars", "pdf"],
)
def test_binary_file(tmp_path, data):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(abs_nb.BinaryInput) as exc:
        abs_nb.load(path)
    assert_explains(exc.value, path)


def test_fifty_megabyte_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.write(b"STATEMENT TO CERTIFICATEHOLDERS\n")
        fh.truncate(FIFTY_MB)  # sparse: nothing is written out
    assert path.stat().st_size == FIFTY_MB
    started = time.perf_counter()
    with pytest.raises(abs_nb.InputTooLarge) as exc:
        abs_nb.load(path)
    assert time.perf_counter() - started < 1.0
    msg = assert_explains(exc.value, path)
    assert "52,428,800" in msg or str(FIFTY_MB) in msg  # the size found


# ---- readable text that is not a distribution report -----------------------------------------

AUDITOR_8K = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

Date of Report (Date of earliest event reported): March 3, 2004

HARBOR POINT MANUFACTURING, INC.
(Exact name of registrant as specified in its charter)

     Delaware                      0-21784                  36-3912045
(State or other jurisdiction   (Commission File Number)   (IRS Employer
 of incorporation)                                         Identification No.)

1200 Lakeview Drive, Suite 400, Evanston, Illinois                 60201
(Address of principal executive offices)                         (Zip Code)

Registrant's telephone number, including area code: (847) 555-0142

Item 4.01.  Changes in Registrant's Certifying Accountant.

On February 27, 2004, the Audit Committee of the Board of Directors of Harbor Point
Manufacturing, Inc. (the "Company") dismissed Miller & Banks LLP as the Company's
independent registered public accounting firm, effective upon completion of its review of
the Company's financial statements for the quarter ending March 31, 2004. The reports of
Miller & Banks LLP on the Company's financial statements for the fiscal years ended
December 31, 2002 and 2003 contained no adverse opinion or disclaimer of opinion, and were
not qualified or modified as to uncertainty, audit scope or accounting principles. During
those two fiscal years and through February 27, 2004, there were no disagreements with
Miller & Banks LLP on any matter of accounting principles or practices, financial statement
disclosure, or auditing scope or procedure.

On March 1, 2004, the Audit Committee engaged Carter Whitfield LLP as the Company's new
independent registered public accounting firm for the fiscal year ending December 31, 2004.

Item 9.01.  Financial Statements and Exhibits.

(c) Exhibits

16.1   Letter from Miller & Banks LLP to the Securities and Exchange Commission dated
       March 2, 2004.

                                   SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.

                                        HARBOR POINT MANUFACTURING, INC.

Date: March 3, 2004                     By: /s/ Janet L. Okafor
                                            Janet L. Okafor
                                            Chief Financial Officer
"""


def test_an_8k_about_a_change_of_auditors_is_not_a_distribution_report(tmp_path):
    path = tmp_path / "harbor_point_8k_item_401.txt"
    path.write_text(AUDITOR_8K, encoding="utf-8")
    with pytest.raises(abs_nb.NotADistributionReport) as exc:
        abs_nb.load(path)
    msg = assert_explains(exc.value, path)
    assert "distribution report" in exc.value.expected
    assert isinstance(exc.value.line, int) and exc.value.line >= 1
    assert f"line {exc.value.line}" in msg



@pytest.mark.parametrize("heading, is_report", [
    ("SERVICING CERTIFICATE", True),
    ("\u017fERVICING CERTIFICATE", True),  # a long s: the same word to a case-blind match
    ("XERVICING CERTIFICATE", False),
])
def test_a_report_with_no_table_is_known_by_its_words_in_any_case(heading, is_report):
    text = f"ABC Trust 2003-HE1\n{heading}\n\nSomething Odd   12\n"
    if is_report:
        f = abs_nb.load_text(text)
        assert f.meta["series"] == "2003-HE1" and f.parsed.empty
    else:
        with pytest.raises(abs_nb.NotADistributionReport):
            abs_nb.load_text(text)

# ---- a report cut short --------------------------------------------------------------------------

CLASS_COLUMNS = ["original_balance", "beginning_balance", "principal"]


@pytest.fixture(scope="module")
def text_000() -> str:
    return (SEEDS / "000_2d551bf597d89db6.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def full_000(text_000) -> abs_nb.Filing:
    return abs_nb.load_text(text_000)


def cut_after(text: str, prefix: str) -> str:
    """The text up to the end of ``prefix`` (unique), which stops mid-line."""
    assert text.count(prefix) == 1
    end = text.index(prefix) + len(prefix)
    assert text[end] != "\n", "the cut must fall inside a line"
    return text[:end]


# Cuts inside the first block of "DISTRIBUTION SUMMARY" (Class / Orig Bal / Beg Bal / Prin)
CUTS = [
    pytest.param("      A-2        213,560,000    188,923,694      4,9", id="mid-number-after-a-comma"),
    pytest.param("    A-IO-INV     730,000,000    587,9", id="mid-number-after-a-comma-2"),
    pytest.param("      M-3        11,035,000     11,035,000           0\n      M-", id="mid-label"),
    pytest.param("      A-2        213,560,000 ", id="after-a-whole-number"),
    # the cut prefix of a number is itself a well-formed number: "587" of 587,900,000
    pytest.param("    A-IO-INV     730,000,000    587", id="mid-number-before-a-comma"),
    pytest.param("      A-2        213,560,000    18", id="mid-number-two-digits"),
]


@pytest.mark.parametrize("prefix", CUTS)
def test_report_cut_mid_table(tmp_path, text_000, full_000, prefix):
    path = tmp_path / "cut.txt"
    text = cut_after(text_000, prefix)
    path.write_text(text, encoding="utf-8")
    try:
        f = abs_nb.load(path)
    except abs_nb.AbsNbError as err:  # a clear refusal is acceptable
        assert_explains(err, path)
        return
    checks = f.checks
    flagged = checks[checks["check"].isin(["sections", "truncated"])]
    assert len(flagged) and set(flagged["status"]) <= {"warn", "fail"}
    # rows wholly before the cut line are all there, with their printed values
    cut_line = text.count("\n") + 1
    complete = [c for c in full_000.classes.index if full_000.source_of("classes", c, "original_balance") < cut_line]
    assert complete and list(f.classes.index[: len(complete)]) == complete
    for label in complete:
        for col in CLASS_COLUMNS:
            assert f.classes.at[label, col] == full_000.classes.at[label, col], (label, col)
    # nothing invented: every value present is the value the full report prints in that cell
    for label in f.classes.index:
        assert label in full_000.classes.index, f"{label!r} is not a class of the report"
        for col in CLASS_COLUMNS:
            value = f.classes.at[label, col]
            if not math.isnan(value):
                assert value == full_000.classes.at[label, col], (label, col, value)


@pytest.mark.parametrize("bad", [None, "100", 0, -5, 1.5, True])
def test_a_bad_max_bytes_is_a_clear_error(bad):
    with pytest.raises(abs_nb.InputError, match="max_bytes"):
        abs_nb.load(Path(__file__).resolve().parents[1] / "sample_filings" / "002_c10342e102d7429b.txt", max_bytes=bad)


def test_a_row_cut_mid_figure_keeps_the_figures_printed_before_the_cut(text_000, full_000):
    # the cut falls in A-2's principal ("4,9" of 4,9xx,xxx): its balances before it are whole
    f = abs_nb.load_text(cut_after(text_000, "      A-2        213,560,000    188,923,694      4,9"))
    for col in ("original_balance", "beginning_balance"):
        assert f.classes.at["A-2", col] == full_000.classes.at["A-2", col]
    assert math.isnan(f.classes.at["A-2", "principal"])
    cut = f.checks[f.checks.check == "truncated"]
    assert any("'4,9'" in d or d.endswith("4,9'") for d in cut.detail) and set(cut.status) == {"warn"}


def test_a_row_cut_short_whose_cells_leave_the_columns_is_not_read():
    # cells parted by uneven runs of blanks: the cut row's figures stand under other columns
    # than their own, so its cells are not placed by their alignment
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-06\n\n"
            "Class   CUSIP        Original Face   Beginning Balance   Principal     Interest   Ending Balance\n"
            "A-1   86199QAA0   158,400,000.00   151,822,604.18   1,904,377.62   759,113.02   149,918,226.56\n"
            "A-2   86199QAC6   100,000,000.00    90,000,000.00   1,000,000.00   450,000.00    89,000,000.00\n"
            "A-3          86199QAB8        17,600,000.00         16,869,178.24        8")
    f = abs_nb.load_text(text)
    assert f.classes.at["A-2", "ending_balance"] == 89_000_000.00
    assert "A-3" not in f.classes.index or f.classes.loc["A-3"].drop(["notional", "in_totals"]).isna().all()


def test_a_figure_under_its_label_cut_mid_figure_is_not_read():
    # the cut falls in the line as printed, before a label pass moves the figure up to its label
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-06\n\n"
                         "Realized Losses\n                    12,34")
    assert "realized_losses" not in f.deal or math.isnan(f.deal["realized_losses"])
    assert (f.checks.check == "truncated").any()
