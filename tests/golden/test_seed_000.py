"""Golden values for seed 000: ABSC Home Equity Loan Trust 2003-HE2, distribution 15-Oct-03.

Every expected value below was typed by hand from ``sample_filings/000_2d551bf597d89db6.txt``
(never copied from program output). Tables are written the way the filing prints them:
cells are separated by two or more spaces; ``N/A`` is printed N/A, ``-`` means the cell is
blank / not printed / unprovable; both mean NaN. ``12,345`` and ``1234.56`` are money (compared
with ``==``); ``1.50000%`` is a rate, stored as a fraction (0.015).

Decisions taken for this filing (see /work/shared/design/domain.md):
* The Total row's Rate ``1.12000%`` is one-month LIBOR: ``deal["index_rate"] == 0.0112`` and
  ``totals["interest_rate"]`` is NaN.
* The per-$1,000 "Interest Carry-forward Amount / End Bal" block prints 12 rows for 13 classes
  (a row is missing): A-1..M-5 as printed; P, X, R and B-IO are NaN in both columns.
* The Interest Shortfall tables print ``BIO`` for the class table's ``B-IO``; R is absent from
  them (NaN); their unlabelled last row is the Total.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from ._support import golden_tests

SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
SEED = SEEDS / "000_2d551bf597d89db6.txt"

NAN = math.nan

# --------------------------------------------------------------------------------------------
# Expected values, typed from the filing
# --------------------------------------------------------------------------------------------

META = {
    "series": "2003-HE2",
    "distribution_date": date(2003, 10, 15),  # "Distribution Date: 15-Oct-03"
    "report_date": date(2003, 10, 15),  # "Date of Report (...): 15-Oct-03"
    "form": "8-K",
    "trust": "Asset Backed Securities Corporation, Home Equity Loan Trust",
    "trustee": "US Bank, NA",  # signature "US Bank, NA, as Trustee"
    "servicers": ["Fairbanks"],  # "Has Fairbanks failed the Termination Test"
}

CLASS_ORDER = [
    "A-1", "A-2", "A-IO", "A-IO-INV", "M-1", "M-2", "M-3", "M-4", "M-5", "P", "X", "R", "B-IO",
]  # fmt: skip

# DISTRIBUTION SUMMARY, block 1 (Orig Bal / Beg Bal / Prin)
SUMMARY_BAL = """
class       original_balance  beginning_balance  principal
A-1         397,000,000       358,770,937        13,571,914
A-2         213,560,000       188,923,694        4,943,993
A-IO        60,000,000        54,000,000         0
A-IO-INV    730,000,000       587,900,000        0
M-1         44,140,000        44,140,000         0
M-2         40,460,000        40,460,000         0
M-3         11,035,000        11,035,000         0
M-4         18,400,000        18,400,000         0
M-5         11,034,900        11,034,900         0
P           100               100                0
X           0                 10,747,180         0
R           0                 0                  0
B-IO        64,000,000        64,000,000         0
Total       735,630,000       672,764,631        18,515,906
"""

# DISTRIBUTION SUMMARY, block 2 (Rate / Int); unlabelled rows, joined in class order.
# The Total row prints 1.12000% = one-month LIBOR -> deal["index_rate"]; totals rate is NaN.
SUMMARY_INT = """
class       interest_rate  interest
A-1         1.50000%       448,464
A-2         1.50000%       236,155
A-IO        4.00000%       180,000
A-IO-INV    0.22000%       107,782
M-1         2.02000%       74,302
M-2         3.02000%       101,824
M-3         3.37000%       30,990
M-4         4.97000%       76,207
M-5         5.62000%       51,680
P           N/A            324,617
X           0.00000%       0
R           0.00000%       0
B-IO        3.50000%       186,667
Total       -              1,632,020
"""

# DISTRIBUTION SUMMARY, block 3 (Loss / Total Dist)
SUMMARY_DIST = """
class       realized_loss  total_distribution
A-1         N/A            14,020,377
A-2         N/A            5,180,147
A-IO        N/A            180,000
A-IO-INV    N/A            107,782
M-1         0.00           74,302
M-2         0.00           101,824
M-3         0.00           30,990
M-4         0.00           76,207
M-5         0.00           51,680
P           0.00           324,617
X           N/A            0
R           N/A            0
B-IO        N/A            186,667
Total       0.00           20,147,926
"""

# DISTRIBUTION SUMMARY, block 4 (Int Short / End Bal); unlabelled rows, joined in class order
SUMMARY_END = """
class       interest_shortfall  ending_balance
A-1         0                   345,199,023
A-2         0                   183,979,701
A-IO        0                   52,800,000
A-IO-INV    0                   562,900,000
M-1         0                   44,140,000
M-2         0                   40,460,000
M-3         0                   11,035,000
M-4         0                   18,400,000
M-5         0                   11,034,900
P           0                   100
X           0                   13,320,411
R           0                   0
B-IO        0                   64,000,000
Total       0                   654,248,725
"""

# AMOUNTS PER $1,000 UNIT, Cusip (the Total row prints "0.00" as cusip: not asserted)
CUSIPS = """
class       cusip
A-1         04541GDP4
A-2         04541GDQ2
A-IO        04541GDR0
A-IO-INV    04541GDX7
M-1         04541GDS8
M-2         04541GDT6
M-3         04541GDU3
M-4         04541GDV1
M-5         04541GDW9
P           04541GEB4
X           04541GDZ2
R           04541GEA6
B-IO        04541GDY5
"""

# AMOUNTS PER $1,000 UNIT, Prin (block 1) and Int / Total (block 2, unlabelled rows)
PER_1000 = """
class       principal_per_1000  interest_per_1000  total_per_1000
A-1         34.18618            1.12963            35.31581
A-2         23.15037            1.10580            24.25617
A-IO        0.00000             3.00000            3.00000
A-IO-INV    0.00000             0.14765            0.14765
M-1         0.00000             1.68333            1.68333
M-2         0.00000             2.51667            2.51667
M-3         0.00000             2.80833            2.80833
M-4         0.00000             4.14167            4.14167
M-5         0.00000             4.68333            4.68333
P           0.00000             3246167.80000      3246167.80000
X           0.00000             0.00000            0.00000
R           0.00000             0.00000            0.00000
B-IO        0.00000             2.91667            2.91667
Total       0.00000             0.00000            0.00000
"""

# AMOUNTS PER $1,000 UNIT, Interest Carry-forward Amount / End Bal: 12 printed rows for 13
# classes (misprint). A-1..M-5 as printed; P, X, R, B-IO unprovable -> NaN ("-").
# No Total row is printed in this block -> NaN.
PER_1000_END = """
class       interest_carryforward_per_1000  ending_balance_per_1000
A-1         0.00000                         869.51895
A-2         0.00000                         861.48952
A-IO        0.00000                         880.00000
A-IO-INV    0.00000                         771.09589
M-1         0.00000                         1000.00000
M-2         0.00000                         1000.00000
M-3         0.00000                         1000.00000
M-4         0.00000                         1000.00000
M-5         0.00000                         1000.00000
P           -                               -
X           -                               -
R           -                               -
B-IO        -                               -
Total       -                               -
"""

# Interest Shortfall, block 1 (Tot Unpaid / Real Losses / Prep Int Shortfall).
# Printed "BIO" = class B-IO. R is not in this table -> NaN. Unlabelled last row = Total.
SHORTFALL_1 = """
class       unpaid_interest_shortfall  loss_interest_shortfall  prepayment_interest_shortfall
A-1         0.00                       0.00                     0.00
A-2         0.00                       0.00                     0.00
A-IO        0.00                       0.00                     0.00
A-IO-INV    0.00                       0.00                     0.00
M-1         0.00                       0.00                     0.00
M-2         0.00                       0.00                     0.00
M-3         0.00                       0.00                     0.00
M-4         0.00                       0.00                     0.00
M-5         0.00                       0.00                     0.00
P           0.00                       0.00                     0.00
X           0.00                       0.00                     0.00
R           -                          -                        -
B-IO        0.00                       0.00                     0.00
Total       0.00                       0.00                     0.00
"""

# Interest Shortfall, block 2 (RAISF / Net WAC Rate Carryover); same rows as block 1.
SHORTFALL_2 = """
class       relief_act_interest_shortfall  net_wac_carryover
A-1         0.00                           0.00
A-2         0.00                           0.00
A-IO        0.00                           0.00
A-IO-INV    0.00                           0.00
M-1         0.00                           0.00
M-2         0.00                           0.00
M-3         0.00                           0.00
M-4         0.00                           0.00
M-5         0.00                           0.00
P           0.00                           0.00
X           0.00                           0.00
R           -                              -
B-IO        0.00                           0.00
Total       0.00                           0.00
"""

CLASS_TABLES = {
    "DISTRIBUTION SUMMARY Orig Bal/Beg Bal/Prin": SUMMARY_BAL,
    "DISTRIBUTION SUMMARY Rate/Int": SUMMARY_INT,
    "DISTRIBUTION SUMMARY Loss/Total Dist": SUMMARY_DIST,
    "DISTRIBUTION SUMMARY Int Short/End Bal": SUMMARY_END,
    "PER $1,000 Cusip": CUSIPS,
    "PER $1,000 Prin/Int/Total": PER_1000,
    "PER $1,000 Carry-forward/End Bal": PER_1000_END,
    "Interest Shortfall Tot Unpaid/Real Losses/Prep Int Shortfall": SHORTFALL_1,
    "Interest Shortfall RAISF/Net WAC Rate Carryover": SHORTFALL_2,
}

# classes columns that this filing does not print at all: absent, or NaN in every row
# (and in totals).
CLASS_COLUMNS_NOT_PRINTED = [
    "deferred_interest",
    "beginning_balance_per_1000",
    "interest_shortfall_per_1000",
    "net_wac_rate",
    "cap_rate",
]

# Pool section (GROUP 1 / GROUP 2 / TOTAL). The delinquency section's "Outstanding Loan"
# count/balance repeat ending_count / ending_balance (same numbers, asserted once here).
COLLATERAL = """
field                           Group 1        Group 2        Total
beginning_balance               446,326,904    237,184,907    683,511,811
scheduled_principal             359,372        205,079        564,452
prepayments_and_curtailments    11,232,980     4,050,644      15,283,624
liquidation_proceeds            90,170         0              90,170
loan_purchases                  0              0              0
total_principal                 11,682,523     4,255,723      15,938,246
realized_losses                 4,429          0              4,429
ending_balance                  434,639,952    232,929,184    667,569,136
ending_count                    2,942          1,316          4,258
scheduled_interest_net          2,658,758      1,426,220      4,084,978
relief_act_interest_shortfall   0              0              0
prepayment_interest_shortfall   0              0              0
nonrecoverable_advances         0              0              0
interest_remittance             2,658,758      1,426,220      4,084,978
"""
COLLATERAL_GROUPS = ["Group 1", "Group 2", "Total"]

# Not printed in this filing (only the combined "Prep+curts" is): absent or NaN everywhere.
COLLATERAL_COLUMNS_NOT_PRINTED = [
    "prepayments",
    "curtailments",
    "capitalized_interest_withdrawal",
    "prefunding_distributed",
    "total_principal_distributed",
]

# Delinquency Information (30-59/60-89/90+ per group and TOTAL) and the
# Foreclosure/Bankruptcy/REO blocks. market_value is printed on REO rows only.
DELINQUENCY = """
group      status        count    balance         market_value
Group 1    30-59         78       10,839,303      -
Group 1    60-89         24       3,031,324       -
Group 1    90+           18       2,787,501       -
Group 1    foreclosure   49       6,544,348       -
Group 1    bankruptcy    19       2,093,285       -
Group 1    reo           1        158,954         140,000
Group 2    30-59         28       4042374.09      -
Group 2    60-89         11       1000696.74      -
Group 2    90+           13       1169006.82      -
Group 2    foreclosure   19       4228336.69      -
Group 2    bankruptcy    12       1764980.62      -
Group 2    reo           0        0               0
Total      30-59         106      14881677.37     -
Total      60-89         35       4032020.48      -
Total      90+           31       3956507.42      -
Total      foreclosure   68       10772685.07     -
Total      bankruptcy    31       3858265.81      -
Total      reo           1        158954.23       140000
"""

# (field, value as printed, label in the filing)
DEAL = [
    ("aggregate_collateral_balance", "667,569,136", "Aggregate End Coll Bal."),
    ("oc_amount", "13,320,411", "Ending O/C Amount"),
    ("liquidated_loans", "0", "Number of Liquidated Loans"),
    ("servicing_fee", "284,739", "Servicing Fee"),
    ("advances_current", "1379911.68", "Curr Agg Adv as of determ. date"),
    ("advances_outstanding", "3501281.88", "Out. Agg. Adv as of end of prior calendar month"),
    ("servicer_termination_test_failed", "NO", "Has Fairbanks failed the Termination Test"),
    ("loans_with_prepayment_premiums", "62", "Num. of Loans for which Prep.Prem. were collected"),
    ("loans_with_prepayment_premiums_scheduled", "67", "Number of Loans for which Prepayment Premiums"),
    ("prepayment_premium_loans_balance", "11,173,204", "Prin. Bal. of Loans for which Prep. Prem. were"),
    ("prepayment_premiums", "324,617", "Curr. amt of Prep. Prems"),
    ("realized_losses", "4,429", "Real. Losses incurred during the related Due Per."),
    ("cumulative_realized_losses", "4,429", "Cum. Real. Losses since Startup Day"),
    ("wam", "345", "Weighted Avg Term to Mat. of Mortg. Loans"),
    ("wac", "7.67384%", "Weighted Avg. Gross Coup. of Mortg. Loans"),
    ("net_wac", "7.17384%", "Weighted Avg. Net Coupon of Mortg. Loans"),
    ("loan_count", "4,258", "Agg. Num. of Mortg. Loans in the pool"),
    ("oc_target", "14,344,337", "O/C Target Amt"),
    ("credit_enhancement", "20.345036%", "Credit Enhancement %"),
    ("oc_increase", "2,573,231", "O/C Increase Amount"),
    ("oc_release", "0", "O/C Release Amt"),
    ("oc_deficiency", "3,601,586", "O/C Deficiency Amt"),
    ("excess_oc", "0", "Excess O/C Amt"),
    ("yield_maintenance_payment", "0", "Pmt from Yield Maint. Agreement"),
    ("net_monthly_excess_cash_flow", "2,573,231", "Net Monthly Excess Cash Flow"),
    ("extraordinary_expenses", "0", "Extra Ordinary Trust Fund Expenses"),
    ("trigger_event", "NO", "Trigger Event Occurrence"),
    ("stepdown_occurred", "NO", "Step Down Date Occurred"),
    ("index_rate", "1.12000%", "Rate on the DISTRIBUTION SUMMARY Total row (one-month LIBOR)"),
]  # fmt: skip

# Deal fields this filing does not print: absent or NaN. ("Advances" is only a heading here,
# so the unqualified `advances` field is not printed.)
DEAL_NOT_PRINTED = [
    "advances",
    "available_distribution_amount",
    "net_wac_reserve_deposit",
    "bankruptcy_losses",
    "prepayment_interest_shortfall",
    "relief_act_interest_shortfall",
    "subsequent_loans_balance",
    "prefunding_account_balance",
    "prefunding_remaining_distributed",
]

golden_tests(globals())
