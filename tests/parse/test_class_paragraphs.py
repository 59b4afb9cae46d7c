"""abs_nb.parse.class_paragraphs: classes printed as a paragraph each, read as a table."""

from __future__ import annotations

import pytest

import abs_nb

AMOUNTS = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 09/17/2001

DISTRIBUTION SUMMARY

         Original      Beginning                                 Ending
Class     Balance        Balance    Principal     Interest        Balance
A-1  1,000,000.00     800,000.00   100,000.00     4,000.00     700,000.00
A-2  2,000,000.00   2,000,000.00         0.00    10,000.00   2,000,000.00
A-IO 3,000,000.00   2,800,000.00         0.00     7,000.00   2,700,000.00
"""

PARAGRAPHS = """
AMOUNTS PER $1,000 OF ORIGINAL PRINCIPAL BALANCE

    Class A-1     CUSIP 76328RAA7
        Principal Distribution ................ 100.000000
        Interest Distribution ................... 4.000000
        Ending Principal Balance .............. 700.000000

    Class A-2     CUSIP 76328RAB5
        Principal Distribution .................. 0.000000
        Interest Distribution ................... 5.000000
        Ending Principal Balance ............. 1000.000000

    Class A-IO    CUSIP 76328RAF6
        Principal Distribution .................. 0.000000
        Interest Distribution ................... 2.333333
        Ending Notional Amount ................ 900.000000
"""


def test_paragraphs_per_class_are_a_per_1000_table_whose_lines_are_no_pool_lines():
    f = abs_nb.load_text(AMOUNTS + PARAGRAPHS)
    c = f.classes
    assert (c.loc["A-1", "principal_per_1000"], c.loc["A-2", "interest_per_1000"]) == (100.0, 5.0)
    # the IO class words its ending line its own way: one line of its paragraph, the same column
    assert c.loc["A-IO", "ending_balance_per_1000"] == 900.0 and c.loc["A-1", "ending_balance_per_1000"] == 700.0
    assert c.loc["A-2", "cusip"] == "76328RAB5"  # printed on the class's own line only
    # "Ending Principal Balance" under a class is that class's figure, never the pool's
    assert "ending_balance" not in f.collateral.columns[f.collateral.notna().any()]
    roles = f.checks[(f.checks.check == "column_role") & f.checks.subject.str.contains("Interest Distribution")]
    assert roles.status.eq("pass").all() and roles.detail.str.contains("interest_per_1000").all()


def test_a_figure_and_a_cusip_on_the_class_s_own_line():
    text = AMOUNTS.replace("DISTRIBUTION SUMMARY", "PAYMENTS") + """
Distributions to Holders of each Class:

  Class A-1   (CUSIP 665501AA3)   Original Principal $1,000,000.00
      Principal Distributed ...............     100,000.00
      Interest Distributed ................       4,000.00
      Total Distribution ..................     104,000.00
  Class A-2   (CUSIP 665501AB1)   Original Principal $2,000,000.00
      Principal Distributed ...............           0.00
      Interest Distributed ................      10,000.00
      Total Distribution ..................      10,000.00
"""
    f = abs_nb.load_text(text)
    c = f.classes
    assert c.loc["A-1", "total_distribution"] == 104_000.00 and c.loc["A-2", "cusip"] == "665501AB1"
    # each figure keeps the line it is printed on
    line = f.source_of("classes", "A-2", "total_distribution")
    assert f.source_text.split("\n")[line - 1].strip().startswith("Total Distribution")


def test_one_paragraph_alone_is_no_table():
    text = AMOUNTS + "\n    Class A-1\n        Principal Distribution ..... 100.000000\n        Interest ..... 4.000000\n"
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "principal"] == 100_000.00
    assert "principal_per_1000" not in f.classes.columns[f.classes.notna().any()]


def test_a_class_named_after_class_with_words_describing_it():
    import abs_nb

    para = ("CLASS {c} TERM NOTES (LOAN GROUP {g})                              CUSIP {cusip}\n"
            "  Note Principal Balance before Payment Date ..........        {beg}\n"
            "  Interest Distribution Amount .........................          {int}\n"
            "  Principal Distribution Amount ........................        {prin}\n"
            "  Total Payment to Noteholders .........................        {tot}\n"
            "  Note Principal Balance after Payment Date ...........        {end}\n\n")
    text = "NOTE PAYMENT SUMMARY\n\n" + para.format(
        c="A-1", g="I", cusip="51209HAA2", beg="1,000,000.00", int="4,000.00", prin="100,000.00",
        tot="104,000.00", end="900,000.00") + para.format(
        c="A-2", g="II", cusip="51209HAB0", beg="2,000,000.00", int="9,000.00", prin="200,000.00",
        tot="209,000.00", end="1,800,000.00")
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2"]
    assert list(c.ending_balance) == [900_000, 1_800_000]


NOTES = """NOTE PAYMENT SUMMARY

CLASS A-1 VARIABLE FUNDING NOTES (LOAN GROUP I)                                 CUSIP 51209HAA2
  Original Note Principal Balance ................................        100,000,000.00
  Note Principal Balance before Payment Date .....................         90,000,000.00
  Note Rate (One-Month LIBOR + 0.30%) ............................              1.42000%
  Interest Distribution Amount ...................................            106,500.00
  Principal Distribution Amount: .................................
      Scheduled Principal Collections Distribution Amount ........          1,000,000.00
      Investor Loss Amount .......................................             20,000.00
      Accelerated Principal Distribution Amount ..................            180,000.00
      Total Principal Distribution Amount ........................          1,200,000.00
  Additional Balance Increase Amount (VFN draw) ..................                  0.00
  Total Payment to Noteholders ...................................          1,306,500.00
  Note Principal Balance after Payment Date ......................         88,800,000.00

CLASS A-2 TERM NOTES (LOAN GROUP II)                                            CUSIP 51209HAB0
  Original Note Principal Balance ................................        200,000,000.00
  Note Principal Balance before Payment Date .....................        180,000,000.00
  Note Rate (One-Month LIBOR + 0.26%) ............................              1.38000%
  Interest Distribution Amount ...................................            207,000.00
  Principal Distribution Amount: .................................
      Scheduled Principal Collections Distribution Amount ........          2,000,000.00
      Investor Loss Amount .......................................             40,000.00
      Accelerated Principal Distribution Amount ..................            360,000.00
      Total Principal Distribution Amount ........................          2,400,000.00
  Total Payment to Noteholders ...................................          2,607,000.00
  Note Principal Balance after Payment Date ......................        177,600,000.00
"""


def test_paragraphs_whose_lines_differ_and_run_on_under_a_subheading_are_one_table():
    c = abs_nb.load_text(NOTES).classes
    # the lines under "Principal Distribution Amount:" are the paragraph's; A-1 prints a line
    # A-2 does not (its draws): the lines are matched by their labels, not their places
    assert (c.loc["A-1", "principal"], c.loc["A-2", "principal"]) == (1_200_000.00, 2_400_000.00)
    assert (c.loc["A-2", "total_distribution"], c.loc["A-2", "ending_balance"]) == (2_607_000.00, 177_600_000.00)
    # "Note Rate (One-Month LIBOR + 0.30%)" and "(... + 0.26%)" are one line: the aside differs
    assert (c.loc["A-1", "interest_rate"], c.loc["A-2", "interest_rate"]) == (0.0142, 0.0138)



def test_a_subheading_just_under_the_class_s_line_opens_its_paragraph():
    from tests.synthetic.evaluate import score
    from tests.synthetic.generate import generate

    # seed 122: a paragraph per class, "Amounts per $1,000 ......" under each class's name,
    # one class printing a line of its own
    doc = generate(122)
    per_1000 = [o.verdict for o in score(doc) if o.key[0] == "classes" and o.key[-1].endswith("_per_1000")]
    assert len(per_1000) >= 12 and set(per_1000) == {"right"}


def test_a_paragraph_titled_total_after_the_classes_is_their_totals_row():
    text = NOTES + """
TOTAL NOTES
  Original Note Principal Balance ................................        300,000,000.00
  Note Principal Balance before Payment Date .....................        270,000,000.00
  Interest Distribution Amount ...................................            313,500.00
  Total Payment to Noteholders ...................................          3,913,500.00
  Note Principal Balance after Payment Date ......................        266,400,000.00
"""
    f = abs_nb.load_text(text)
    assert (f.totals["beginning_balance"], f.totals["interest"], f.totals["ending_balance"]) == (
        270_000_000.00, 313_500.00, 266_400_000.00)
    assert list(f.classes.index) == ["A-1", "A-2"]
    assert f.classes["cusip"].tolist() == ["51209HAA2", "51209HAB0"]  # the Total has none, the classes keep theirs


@pytest.mark.parametrize("lettered,blank", [(True, True), (False, True), (True, False)])
def test_paragraphs_lettered_as_items_with_a_blank_line_under_each_class_s_line(lettered, blank):
    def paragraph(mark: str, name: str, figures: tuple[str, str, str]) -> str:
        return (f"     {mark if lettered else ''}  Class {name} Certificates  (CUSIP 13744R AA 2)\n"
                + ("\n" if blank else "")
                + f"         1.  Principal Balance before distribution ...... $  {figures[0]:>15}\n"
                f"         2.  Principal Distribution Amount .............. $  {figures[1]:>15}\n"
                f"         3.  Principal Balance after distribution ....... $  {figures[2]:>15}\n\n")
    text = ("II.  DISTRIBUTIONS TO CERTIFICATEHOLDERS\n\n"
            + paragraph("A.", "A-1", ("24,077,391.55", "1,810,391.03", "22,267,000.52"))
            + paragraph("B.", "A-2", ("22,750,000.00", "0.00", "22,750,000.00")))
    f = abs_nb.load_text(text)
    assert (f.classes.loc["A-1", "beginning_balance"], f.classes.loc["A-1", "principal"],
            f.classes.loc["A-1", "ending_balance"]) == (24_077_391.55, 1_810_391.03, 22_267_000.52)
    assert f.classes.loc["A-2", "ending_balance"] == 22_750_000


def test_a_paragraph_s_line_of_pairs_gives_each_pair_a_line_of_its_own():
    def paragraph(name: str, figures: tuple[str, str, str, str, str, str]) -> str:
        beg, prin, end, i1000, p1000, t1000 = figures
        return (f"  CLASS {name} CERTIFICATES                            CUSIP  43127MAA2\n"
                f"    Original Certificate Principal Balance ......          62,000,000.00\n"
                f"    Certificate Principal Balance (before) ......  {beg:>21}\n"
                f"    Principal Distributed .......................  {prin:>21}\n"
                f"    Certificate Principal Balance (after) .......  {end:>21}\n"
                f"    Per $1,000:  Int {i1000}   Prin {p1000}   Total {t1000}\n\n")
    text = ("PART ONE - DISTRIBUTIONS BY CLASS\n\n"
            + paragraph("A-1", ("55,412,866.00", "1,912,235.00", "53,500,631.00", "4.33471613", "30.84250000",
                                "35.17721613"))
            + paragraph("A-2", ("62,000,000.00", "0.00", "62,000,000.00", "4.97500000", "0.00000000", "4.97500000")))
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "principal_per_1000"] == 30.8425
    assert f.classes.loc["A-1", "ending_balance"] == 53_500_631
    assert f.classes.loc["A-2", "principal_per_1000"] == 0


def _two_figure_paragraph(name: str, original: str, lines: list[tuple[str, str, str]]) -> str:
    out = f" CLASS {name}   PASS-THROUGH CERTIFICATES\n   ORIGINAL CERTIFICATE BALANCE   {original:>20}\n"
    return out + "".join(f"   {label:<30} {amount:>20}   {per:>14}\n" for label, amount, per in lines) + "\n"


TWO_FIGURES = ("I. DISTRIBUTIONS BY CLASS                     AMOUNT        PER $1000\n\n"
               + _two_figure_paragraph("A-1", "60000000.00", [
                   ("BALANCE BEFORE DISTRIBUTION", "9842118.35", "164.03530583"),
                   ("INTEREST DISTRIBUTION", "50030.77", "0.83384617"),
                   ("PRINCIPAL DISTRIBUTION", "3086002.58", "51.43337633"),
                   ("BALANCE AFTER DISTRIBUTION", "6756115.77", "112.60192950")])
               + _two_figure_paragraph("A-2", "45000000.00", [
                   ("BALANCE BEFORE DISTRIBUTION", "45000000.00", "1000.00000000"),
                   ("INTEREST DISTRIBUTION", "249375.00", "5.54166667"),
                   ("PRINCIPAL DISTRIBUTION", "0.00", "0.00000000"),
                   ("BALANCE AFTER DISTRIBUTION", "45000000.00", "1000.00000000")]))


def test_lines_of_an_amount_and_the_same_per_1000_are_two_tables_the_identity_proves():
    c = abs_nb.load_text(TWO_FIGURES).classes
    assert (c.loc["A-1", "original_balance"], c.loc["A-1", "beginning_balance"], c.loc["A-1", "ending_balance"]) == (
        60_000_000.00, 9_842_118.35, 6_756_115.77)
    assert (c.loc["A-1", "principal_per_1000"], c.loc["A-2", "interest_per_1000"]) == (51.43337633, 5.54166667)
    assert c.loc["A-2", "ending_balance_per_1000"] == 1000.0


def test_second_figures_not_per_1000_of_the_first_make_no_class_table():
    # the second figures are no fixed share of the first: two columns of some other kind
    text = TWO_FIGURES.replace("164.03530583", "264.03530583").replace("51.43337633", "41.43337633")
    with pytest.raises(abs_nb.NotADistributionReport, match="unrecognised labelled numbers"):
        abs_nb.load_text(text)  # its figures are reported unread, none taken for a class's


def test_a_group_s_paragraph_under_its_name_and_a_rule_is_no_class_s():
    group = ("GROUP {n}\n----------------------------------------\n  BEG BAL              {b}\n"
             "  SCHED PRIN           {p}\n  END BAL              {e}\n\n")
    text = ("COLLATERAL SUMMARY\n\n" + group.format(n=1, b="429,118,775.41", p="281,447.19", e="428,837,328.22")
            + group.format(n=2, b="241,806,332.90", p="162,380.44", e="241,643,952.46"))
    f = abs_nb.load_text(text)
    assert f.classes.empty
    assert f.collateral.loc["Group 2", "ending_balance"] == 241_643_952.46


def test_a_rule_under_the_class_s_name_and_a_per_1000_subheading_over_indented_lines():
    def paragraph(name: str, figures: tuple[str, str, str, str, str, str]) -> str:
        before, principal, interest, after, i1000, a1000 = figures
        return (f"  CLASS {name} CERTIFICATES\n"
                "  ~~~~~~~~~~~~~~~~~~~~~~\n"
                f"    Original Certificate Principal Balance:           {'50,000,000.00':>16}\n"
                f"    Certificate Principal Balance, prior:             {before:>16}\n"
                f"    Principal Distribution:                           {principal:>16}\n"
                f"    Interest Distribution:                            {interest:>16}\n"
                f"    Certificate Principal Balance, after:             {after:>16}\n"
                "    Per $1,000 of Original Principal Balance:\n"
                f"        Interest:                                     {i1000:>16}\n"
                f"        Certificate Principal Balance, after:         {a1000:>16}\n\n")
    text = ("I.  DISTRIBUTIONS TO CERTIFICATEHOLDERS\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
            + paragraph("A-1", ("40,000,000.00", "2,000,000.00", "200,000.00", "38,000,000.00", "4.0000000", "760.0000000"))
            + paragraph("A-2", ("50,000,000.00", "0.00", "250,000.00", "50,000,000.00", "5.0000000", "1,000.0000000")))
    c = abs_nb.load_text(text).classes
    # the same words twice in a paragraph: the second pair under the subheading is per $1,000
    assert (c.loc["A-1", "ending_balance"], c.loc["A-1", "ending_balance_per_1000"]) == (38_000_000.00, 760.0)
    assert (c.loc["A-2", "interest"], c.loc["A-2", "interest_per_1000"]) == (250_000.00, 5.0)


def test_numbered_sections_a_class_each_its_cusip_on_a_line_of_its_own():
    def section(no: str, name: str, cusip: str, figures: tuple[str, str, str, str]) -> str:
        beg, prin, inte, end = figures
        return (f"{no} Class {name}  (Senior)\n"
                f"     CUSIP:                               {cusip}\n"
                f"     Beginning Certificate Balance:       {beg}\n"
                f"     Principal Distribution:              {prin}\n"
                f"     Interest Distribution:               {inte}\n"
                f"     Ending Certificate Balance:          {end}\n\n")
    text = ("2. CERTIFICATE INFORMATION\n\n"
            + section("2.1", "A-1", "97652RAA4", ("$200,000,000.00", "$5,000,000.00", "$900,000.00", "$195,000,000.00"))
            + section("2.2", "A-2", "97652RAB2", ("$100,000,000.00", "$0.00", "$470,000.00", "$100,000,000.00"))
            + section("2.10", "M-1", "97652RAC0", ("$50,000,000.00", "$0.00", "$250,000.00", "$50,000,000.00")))
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2", "M-1"]
    assert (c.loc["A-2", "cusip"], c.loc["M-1", "cusip"]) == ("97652RAB2", "97652RAC0")
    assert (c.loc["A-1", "principal"], c.loc["M-1", "ending_balance"]) == (5_000_000.00, 50_000_000.00)


def test_a_class_s_line_printing_two_pairs_opens_its_own_paragraph_with_no_blank_line_between():
    def para(c: str, rate: str, orig: str, beg: str, prin: str, intr: str, end: str) -> str:
        return (f"CLASS {c}   Pass-Through Rate  {rate}     Original Balance  {orig}\n"
                f"    Beginning Balance      {beg:>20}\n    Principal Distribution {prin:>20}\n"
                f"    Interest Distribution  {intr:>20}\n    Ending Balance         {end:>20}\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: September 25, 2003\n\n"
            + para("A-1", "1.40000%", "$285,200,000.00", "$271,318,016.37", "$5,061,730.37", "$327,088.94",
                   "$266,256,286.00")
            + para("A-2", "1.38000%", "$122,000,000.00", "$116,699,846.64", "$2,753,857.61", "$138,678.32",
                   "$113,945,989.03"))
    c = abs_nb.load_text(text).classes
    assert (c.loc["A-2", "original_balance"], c.loc["A-2", "ending_balance"]) == (122_000_000.00, 113_945_989.03)
    assert c.loc["A-1", "principal"] == 5_061_730.37


BLOCK = ["CLASS {name}  CUSIP {cusip}       SENIOR / SEQ / FIXED",
         "Certificate Rate:   5.500000 %   30/360",
         "                                  Amount     Per $1,000",
         "Original Balance          {orig:>14}",
         "Beginning Balance         {beg:>14}   {begk:>12}",
         "Interest Distributed      {int:>14}   {intk:>12}",
         "Principal Distributed     {prin:>14}   {prink:>12}",
         "Ending Balance            {end:>14}   {endk:>12}"]
CLASSES = [dict(name="1-A-1", cusip="74822QAA1", orig="213,419,900.00", beg="194,355,392.96", begk="910.6713711",
                int="890,795.55", intk="4.1739105", prin="4,298,463.17", prink="20.1408733",
                end="190,056,929.79", endk="890.5304978"),
           dict(name="1-A-2", cusip="74822QAB9", orig="25,000,000.00", beg="25,000,000.00", begk="1000.0000000",
                int="114,583.33", intk="4.5833332", prin="0.00", prink="0.0000000",
                end="25,000,000.00", endk="1000.0000000")]


def _blocks(across: bool) -> str:
    one, two = ([line.format(**c) for line in BLOCK] for c in CLASSES)
    if across:
        body = [f"{a:<60}{b}" for a, b in zip(one, two, strict=True)]
    else:
        body = [*one, "", *two]
    return "CERTIFICATE ACTIVITY BY CLASS\n\n" + "\n".join(body) + "\n"


@pytest.mark.parametrize("across", [False, True])
def test_class_blocks_with_a_rate_s_day_count_and_a_header_over_amount_and_per_1000(across: bool):
    # each class a block: its rate with its day count after it ("5.500000 %   30/360"), a header
    # over its two columns ("Amount   Per $1,000"); printed one under the other, or two across
    c = abs_nb.load_text(_blocks(across)).classes
    assert list(c.index) == ["1-A-1", "1-A-2"]
    assert list(c.interest_rate) == [0.055, 0.055]
    assert list(c.original_balance) == [213_419_900.00, 25_000_000.00]
    assert list(c.beginning_balance) == [194_355_392.96, 25_000_000.00]
    assert list(c.ending_balance) == [190_056_929.79, 25_000_000.00]
    assert list(c.ending_balance_per_1000) == [890.5304978, 1000.0]


def test_a_class_s_title_printed_right_of_the_labels_below_opens_its_own_paragraph():
    lines = []
    for name, figures in (("A-1", ("1,000.00", "100.00", "900.00")), ("A-2", ("2,000.00", "200.00", "1,800.00"))):
        lines += [" " * 34 + f"CLASS {name}"]
        lines += [f"{label:<22}{fig:>12}" for label, fig in zip(
            ("Opening Amount", "Paid Down", "Closing Amount"), figures, strict=True)]
    c = abs_nb.load_text("PAYMENTS BY CLASS\n\n" + "\n".join(lines) + "\n").classes
    assert list(c.index) == ["A-1", "A-2"]
    assert list(c.ending_balance) == [900.0, 1_800.0]
