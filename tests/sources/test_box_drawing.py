"""abs_nb.sources.box_drawing: tables drawn with box-drawing characters read as the same
tables ruled in ASCII."""

from __future__ import annotations

import abs_nb
from abs_nb.sources.box_drawing import ascii_box, has_box_drawing, has_other_bars, other_bars

_TABLE = """\
Hadleigh Auto Owner Trust 2007-1
Servicer's Certificate and Monthly Statement to Noteholders
Distribution Date: September 17, 2007

NOTE DISTRIBUTIONS

┌─────┬──────────────┬──────────────┬─────────────┬────────────┬──────────────┐
│     │      Original│     Beginning│    Principal│    Interest│        Ending│
│Class│     Principal│     Principal│         Paid│      Distr.│     Principal│
│     │        Amount│       Balance│             │            │       Balance│
├─────┼──────────────┼──────────────┼─────────────┼────────────┼──────────────┤
│A-1  │220,000,000.00│ 11,597,598.44│11,597,598.44│   56,637.36│          0.00│
│A-2  │285,000,000.00│285,000,000.00│16,088,576.79│1,284,875.00│268,911,423.21│
│B    │ 31,500,000.00│ 31,500,000.00│         0.00│  150,150.00│ 31,500,000.00│
╞═════╪══════════════╪══════════════╪═════════════╪════════════╪══════════════╡
│Total│536,500,000.00│328,097,598.44│27,686,175.23│1,491,662.36│300,411,423.21│
└─────┴──────────────┴──────────────┴─────────────┴────────────┴──────────────┘
"""


def test_box_drawing_is_drawn_in_ascii_one_character_for_one():
    text = ascii_box(_TABLE)
    assert has_box_drawing(_TABLE) and not has_box_drawing(text)
    assert [len(ln) for ln in text.split("\n")] == [len(ln) for ln in _TABLE.split("\n")]
    lines = text.split("\n")
    assert lines[6] == "+-----+--------------+--------------+-------------+------------+--------------+"
    assert lines[11].startswith("|A-1  |220,000,000.00|")
    assert set(lines[14]) == {"+", "-"}  # a double rule is a rule too


def test_a_class_table_drawn_in_a_box_is_read_as_fixed_width_text():
    f = abs_nb.load_text(_TABLE)
    got = f.classes.loc[["A-1", "A-2", "B"], ["original_balance", "beginning_balance", "principal", "interest",
                                               "ending_balance"]]
    assert got.loc["A-2"].tolist() == [285_000_000.00, 285_000_000.00, 16_088_576.79, 1_284_875.00, 268_911_423.21]
    assert got.loc["A-1", "ending_balance"] == 0.0 and got.loc["B", "interest"] == 150_150.00
    assert f.totals["beginning_balance"] == 328_097_598.44


COLONS = """RUN DATE: 11/21/07   RUN TIME: 14:22:07        STATEMENT TO CERTIFICATEHOLDERS
  DISTRIBUTION DATE     : 11/26/07            DAYS IN ACCRUAL PERIOD      : 32

:==========:================:===============:================:
:  CLASS   :   BEGINNING    :   PRINCIPAL   :     ENDING     :
:          :  CERT BALANCE  :  DISTRIBUTED  :  CERT BALANCE  :
:==========:================:===============:================:
: OFFERED CERTIFICATES                                       :
: I-A-1    : 212,193,886.60 :  5,146,177.06 : 207,047,709.54 :
: II-A-1   : 136,444,155.52 :  9,648,235.55 : 126,795,919.97 :
:----------:----------------:---------------:----------------:
: NON-OFFERED CERTIFICATES                                   :
: M-8      :   8,500,000.00 :          0.00 :   8,500,000.00 :
: M-9      :  10,200,000.00 :          0.00 :  10,200,000.00 :
:==========:================:===============:================:
: TOTAL    : 367,338,042.12 : 14,794,412.61 : 352,543,629.51 :
:==========:================:===============:================:
"""


def test_a_box_drawn_with_colons_is_drawn_with_bars_where_its_rules_print_them():
    text = other_bars(COLONS)
    lines = text.split("\n")
    assert has_other_bars(COLONS) and [len(ln) for ln in lines] == [len(ln) for ln in COLONS.split("\n")]
    assert lines[3] == "|==========|================|===============|================|"
    assert lines[9].startswith("| II-A-1   | 136,444,155.52 |") and lines[7].startswith("| OFFERED") and lines[7].endswith("|")
    # colons outside the box, or inside a cell, are no bars
    assert lines[0] == COLONS.split("\n")[0] and lines[1] == COLONS.split("\n")[1]
    assert not has_other_bars("Time: 14:22:07\nRate:   5.0%\n")


def test_a_class_table_boxed_by_colons_is_read():
    f = abs_nb.load_text(COLONS)
    assert list(f.classes.index) == ["I-A-1", "II-A-1", "M-8", "M-9"]
    assert list(f.classes["principal"]) == [5_146_177.06, 9_648_235.55, 0.0, 0.0]
    assert f.totals["ending_balance"] == 352_543_629.51


def test_every_box_of_another_bar_in_a_long_text_is_drawn_with_bars_and_nothing_else_is():
    box = ":=====:=====:\n: A-1 : 1.00:\n\nTime: 14:22\n"
    out = other_bars(box * 4000).split("\n")
    assert out[:4] == ["|=====|=====|", "| A-1 | 1.00|", "", "Time: 14:22"]
    assert out[-5:-1] == out[:4] and len(out) == 4 * 4000 + 1
