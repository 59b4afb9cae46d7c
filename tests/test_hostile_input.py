"""Hostile input: pathological lines, huge tables, odd encodings. Every input ends as a
Filing or an AbsNbError; none hangs. Each case runs in a child process with a generous
time limit that only catches a hang (speed is measured by benchmarks/, not here)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "sample_filings" / "000_2d551bf597d89db6.txt").read_text()
HANG_GUARD_SECONDS = 240

CASES = {
    # one 2 MB line of comma-grouped digits that is never a valid number
    "comma-line": "STATEMENT TO CERTIFICATEHOLDERS\nTotal " + "1," * 1_000_000 + "\n",
    # a class table row with 100,000 values
    "wide-row": SEED.replace("      A-1        397,000,000", "      A-1        397,000,000 " + " 5" * 100_000, 1),
    # 30,000 rows under a class header
    "long-table": "DISTRIBUTION SUMMARY\n Class  Orig Bal  Beg Bal  Prin\n" + " A-1  1,000  900  100\n" * 30_000,
    # every line a header, then a single value
    "headers": "DISTRIBUTION SUMMARY\n" + " Class  Orig Bal  Beg Bal  Prin\n" * 20_000 + " A-1 1 2 3\n",
    # labels glued to numbers, thousands of times
    "glued": "STATEMENT TO CERTIFICATEHOLDERS\n" + "Sched In(Net Serv. Fee)2,658,758 1,426,220 4,084,978\n" * 50_000,
    # a pipe rendering of 60,000 cells
    "cells": "|STATEMENT TO CERTIFICATEHOLDERS\n|Series 2005-HE2\n" + "|A-1\n|04541GPY2\n|$1.00\n" * 20_000,
    # HTML with a 20,000-row table and deep nesting
    "html": "<html><body>" + "<div>" * 5_000 + "<table>" + "<tr><td>A-1</td><td>$</td><td>1.00</td></tr>" * 20_000
    + "</table>" + "</div>" * 5_000 + "</body></html>",
    # a long line of '(' and '$' and '%'
    "punctuation": "DISTRIBUTION SUMMARY\n Class  Rate\n A-1 " + "($%" * 300_000 + "\n",
    # runs of blank lines where the series, the form or the depositor is looked for at a line
    # start (a pattern whose blanks spanned lines took time growing with the run's cube: 58 s
    # for 2,000 blank lines, found by review)
    "blank-lines-8k": "FORM 8-K\nCURRENT REPORT\nThe board met.\n" + "\n" * 20_000 + "SIGNATURES\n",
    "blank-lines-report": "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 15-Oct-03\n" + " \t\n" * 20_000
    + "Depositor\n" + "\n" * 20_000 + "FORM\n",
    # a line of 200,000 blanks before a trust's name
    "blank-line-trust": " " * 200_000 + "XYZ Home Equity Loan Trust\nDistribution Date: 15-Oct-03\nBeginning Balance  1,000.00\n",
    # labels whose value is looked for after them: 300,000 blanks and pipes before it
    "labelled-names": "STATEMENT TO CERTIFICATEHOLDERS\nSeries 2007-KS4\n|Deal Name:" + " |" * 150_000 + "x\n"
    + "|Trustee:" + " \t" * 150_000 + "\n" + "|" * 300_000 + "\nBeginning Balance  1,000.00\n",
    # a label's value cut at the next label beside it, a class's footnote mark and the two
    # sides of a banner, each looked for after 300,000 blanks (a gap tried from every blank
    # took time growing with the square of the run: found by this case)
    "gaps": "STATEMENT TO CERTIFICATEHOLDERS\nDepositor: X Corp." + " " * 300_000 + "\n|Servicers:" + " \t" * 150_000
    + "\n|A-1" + " " * 300_000 + "(4)\n" + "BANK" + " " * 300_000 + "Trust 2001-1\nBeginning Balance  1,000.00\n",
    # where statements start is looked for: 200,000 title lines naming one series, then
    # 100,000 title lines each naming a series of its own
    "statement-titles": "STATEMENT TO CERTIFICATEHOLDERS\n" + "XYZ Home Equity Loan Trust, Series 2003-HE2\n" * 200_000
    + "".join(f"XYZ Home Equity Loan Trust, Series 2003-{k:05d}\nBeginning Balance  1,000.00\n" for k in range(100_000)),
}


def _child(path: Path) -> str:
    code = textwrap.dedent(f"""
        import abs_nb
        try:
            f = abs_nb.load({str(path)!r})
            f.classes; f.collateral; f.checks; f.metrics
            print("FILING", len(f.classes))
        except abs_nb.AbsNbError as e:
            print("ERROR", type(e).__name__)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_GUARD_SECONDS)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout.strip()


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_input_ends(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_text(CASES[name], encoding="utf-8")
    out = _child(path)
    assert out.split()[0] in ("FILING", "ERROR"), out


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_other_encodings_and_crlf_load(tmp_path, encoding):
    import abs_nb

    text = SEED.replace("US Bank, NA, as Trustee", "US Bank, NA, as Trustee \u2019s office")
    text = text.replace("\n", "\r\n") if encoding == "cp1252" else text.replace("Item 5.", "Item 5.\u00a0")
    path = tmp_path / "seed.txt"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.replace("\u2019", "'").encode(encoding))
    f = abs_nb.load(path)
    # cp1252 is tried before latin-1 and decodes every byte latin-1 text uses here
    assert f.meta["encoding"] in ("cp1252", "latin-1")
    if encoding == "latin-1":
        assert "Item 5.\u00a0" in f.source_text
    assert f.classes.loc["A-1", "ending_balance"] == 345199023.0
    assert "\r" not in f.source_text
