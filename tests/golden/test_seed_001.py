"""Golden values for seed 001: ABSC Home Equity Loan Trust 2003-HE4, distribution 17-Nov-03.

Every expected value below was typed by hand from ``sample_filings/001_21e012ce03d1908d.txt``
(never copied from program output). Tables are written the way the filing prints them:
cells are separated by two or more spaces; ``N/A`` is printed N/A, ``-`` means the cell is
blank / not printed; both mean NaN. ``12,345`` and ``1234.56`` are money (compared with
``==``); ``1.47000%`` is a rate, stored as a fraction (0.0147).

Decisions taken for this filing (see /work/shared/design/domain.md):
* AMOUNTS PER $1,000 UNIT, Int/Total block: printed shifted one row (the row labelled
  ``Class`` holds A-1's figures; the last row, labelled B-IO, is a spare 0/0). The expected
  values below are the REPAIRED ones: each class gets the pair printed one row above its label.
* The Total rows print blanks for Rate, Loss and Int Short -> NaN; the per-$1,000 blocks
  print no Total row -> NaN.
* The Interest Shortfall tables print ``BIO`` for the class table's ``B-IO``; R is absent from
  them (NaN); their unlabelled last row is the Total.
* "Class A-IO Net WAC Rate" and "Class B-IO Cap Rate" are class columns (NaN for the others).
* "Serv Fee / Gep 1 / Grp 2" are collateral servicing_fee for Group 1 / Group 2 (Total NaN).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from ._support import golden_tests

SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
SEED = SEEDS / "001_21e012ce03d1908d.txt"

NAN = math.nan

# --------------------------------------------------------------------------------------------
# Expected values, typed from the filing
# --------------------------------------------------------------------------------------------

META = {
    "series": "2003-HE4",
    "distribution_date": date(2003, 11, 17),  # "Distribution Date: 17-Nov-03"
    "report_date": date(2003, 11, 17),  # "Date of Report (...): 17-Nov-03"
    "form": "8-K",
    "trust": "Asset Backed Securities Corporation, Home Equity Loan Trust",
    "trustee": "US Bank, NA",  # signature "US Bank, NA, as Trustee"
    "servicers": [],  # no servicer is named
}

CLASS_ORDER = [
    "A-1", "A-2", "A-3", "A-4", "A-IO", "A-IO-INV", "M-1", "M-2", "M-3", "M-4", "M5-A", "M5-B",
    "P", "X", "R", "B-IO",
]  # fmt: skip

# DISTRIBUTION SUMMARY, block 1 (Orig Bal / Beg Bal / Prin)
SUMMARY_BAL = """
class       original_balance  beginning_balance  principal
A-1         504,000,000       491,563,567        7,955,004
A-2         172,000,000       165,394,980        4,067,013
A-3         102,000,000       97,276,643         2,908,387
A-4         51,000,000        49,847,962         709,363
A-IO        78,100,000        74,700,000         0
A-IO-INV    1,000,000,000     874,063,385        0
M-1         65,600,000        65,600,000         0
M-2         55,500,000        55,500,000         0
M-3         22,700,000        22,700,000         0
M-4         18,100,000        18,100,000         0
M5-A        10,000,000        10,000,000         0
M5-B        7,700,000         7,700,000          0
P           100               100                0
X           0                 3,862,996          0
R           0                 0                  0
B-IO        90,000,000        90,000,000         0
Total       1,008,600,100     983,683,252        15,639,767
"""

# DISTRIBUTION SUMMARY, block 2 (Class / Rate / Int); the Total row's Rate is blank
SUMMARY_INT = """
class       interest_rate  interest
A-1         1.47000%       662,382
A-2         1.49500%       226,660
A-3         1.34000%       119,488
A-4         1.60000%       73,110
A-IO        4.00000%       249,000
A-IO-INV    0.00000%       0
M-1         1.95000%       117,260
M-2         3.12000%       158,730
M-3         3.57000%       74,286
M-4         5.62000%       93,245
M5-A        5.12000%       46,933
M5-B        5.12000%       36,139
P           N/A            200,214
X           0.00000%       0
R           0.00000%       0
B-IO        3.50000%       262,500
Total       -              2,319,948
"""

# DISTRIBUTION SUMMARY, block 3 (Loss / Total Dist); the Total row's Loss is blank
SUMMARY_DIST = """
class       realized_loss  total_distribution
A-1         N/A            8,617,386
A-2         N/A            4,293,673
A-3         N/A            3,027,875
A-4         N/A            782,473
A-IO        N/A            249,000
A-IO-INV    N/A            0
M-1         0.00           117,260
M-2         0.00           158,730
M-3         0.00           74,286
M-4         0.00           93,245
M5-A        0.00           46,933
M5-B        0.00           36,139
P           0.00           200,214
X           N/A            0
R           N/A            0
B-IO        N/A            262,500
Total       -              17,959,715
"""

# DISTRIBUTION SUMMARY, block 4 (Int Short / End Bal); the Total row's Int Short is blank
SUMMARY_END = """
class       interest_shortfall  ending_balance
A-1         0                   483,608,563
A-2         0                   161,327,967
A-3         0                   94,368,256
A-4         0                   49,138,599
A-IO        0                   73,000,000
A-IO-INV    0                   817,167,112
M-1         0                   65,600,000
M-2         0                   55,500,000
M-3         0                   22,700,000
M-4         0                   18,100,000
M5-A        0                   10,000,000
M5-B        0                   7,700,000
P           0                   100
X           0                   7,543,019
R           0                   0
B-IO        0                   90,000,000
Total       -                   968,043,484
"""

# AMOUNTS PER $1,000 UNIT, Cusip (no Total row in this block)
CUSIPS = """
class       cusip
A-1         04541GER9
A-2         04541GES7
A-3         04541GFE7
A-4         04541GFF4
A-IO        04541GET5
A-IO-INV    04541GEZ1
M-1         04541GEU2
M-2         04541GEV0
M-3         04541GEW8
M-4         04541GEX6
M5-A        04541GEY4
M5-B        04541GFG2
P           04541GFC1
X           04541GFB3
R           04541GFD9
B-IO        04541GFA5
"""

# AMOUNTS PER $1,000 UNIT: Prin as printed; Int / Total REPAIRED (each class takes the pair
# printed one row above its label: A-1 <- row "Class", A-2 <- row "A-1", ..., B-IO <- row "R";
# the pair printed on the row labelled B-IO (0.00000 / 0.00000) is a spare row).
# No Total row is printed in these blocks -> NaN.
PER_1000 = """
class       principal_per_1000  interest_per_1000  total_per_1000
A-1         15.78374            1.31425            17.09799
A-2         23.64542            1.31779            24.96321
A-3         28.51360            1.17145            29.68505
A-4         13.90907            1.43354            15.34261
A-IO        0.00000             3.18822            3.18822
A-IO-INV    0.00000             0.00000            0.00000
M-1         0.00000             1.78750            1.78750
M-2         0.00000             2.86000            2.86000
M-3         0.00000             3.27250            3.27250
M-4         0.00000             5.15167            5.15167
M5-A        0.00000             4.69333            4.69333
M5-B        0.00000             4.69333            4.69333
P           0.00000             2002143.10000      2002143.10000
X           0.00000             0.00000            0.00000
R           0.00000             0.00000            0.00000
B-IO        0.00000             2.91667            2.91667
Total       -                   -                  -
"""

# AMOUNTS PER $1,000 UNIT, Interest Carry-forward Amount / End Bal (no Total row -> NaN)
PER_1000_END = """
class       interest_carryforward_per_1000  ending_balance_per_1000
A-1         0.00000                         959.54080
A-2         0.00000                         937.95330
A-3         0.00000                         925.17898
A-4         0.00000                         963.50194
A-IO        0.00000                         934.69910
A-IO-INV    0.00000                         817.16711
M-1         0.00000                         1000.00000
M-2         0.00000                         1000.00000
M-3         0.00000                         1000.00000
M-4         0.00000                         1000.00000
M5-A        0.00000                         1000.00000
M5-B        0.00000                         1000.00000
P           0.00000                         1000.00000
X           0.00000                         0.00000
R           0.00000                         0.00000
B-IO        0.00000                         1000.00000
Total       -                               -
"""

# Interest Shortfall, block 1 (Tot Unpaid / Real Losses / Prep Int Shortfall).
# Printed "BIO" = class B-IO. R is not in this table -> NaN. Unlabelled last row = Total.
SHORTFALL_1 = """
class       unpaid_interest_shortfall  loss_interest_shortfall  prepayment_interest_shortfall
A-1         0.00                       0.00                     0.00
A-2         0.00                       0.00                     0.00
A-3         0.00                       0.00                     0.00
A-4         0.00                       0.00                     0.00
A-IO        0.00                       0.00                     0.00
A-IO-INV    0.00                       0.00                     0.00
M-1         0.00                       0.00                     0.00
M-2         0.00                       0.00                     0.00
M-3         0.00                       0.00                     0.00
M-4         0.00                       0.00                     0.00
M5-A        0.00                       0.00                     0.00
M5-B        0.00                       0.00                     0.00
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
A-3         0.00                           0.00
A-4         0.00                           0.00
A-IO        0.00                           0.00
A-IO-INV    0.00                           0.00
M-1         0.00                           0.00
M-2         0.00                           0.00
M-3         0.00                           0.00
M-4         0.00                           0.00
M5-A        0.00                           0.00
M5-B        0.00                           0.00
P           0.00                           0.00
X           0.00                           0.00
R           -                              -
B-IO        0.00                           0.00
Total       0.00                           0.00
"""

# Deal lines "Class A-IO Net WAC Rate 7.0474747%" and "Class B-IO Cap Rate 6.7449066%";
# every other class is NaN (totals not asserted for these two columns).
CLASS_RATES = """
class       net_wac_rate  cap_rate
A-1         -             -
A-2         -             -
A-3         -             -
A-4         -             -
A-IO        7.0474747%    -
A-IO-INV    -             -
M-1         -             -
M-2         -             -
M-3         -             -
M-4         -             -
M5-A        -             -
M5-B        -             -
P           -             -
X           -             -
R           -             -
B-IO        -             6.7449066%
"""

CLASS_TABLES = {
    "DISTRIBUTION SUMMARY Orig Bal/Beg Bal/Prin": SUMMARY_BAL,
    "DISTRIBUTION SUMMARY Rate/Int": SUMMARY_INT,
    "DISTRIBUTION SUMMARY Loss/Total Dist": SUMMARY_DIST,
    "DISTRIBUTION SUMMARY Int Short/End Bal": SUMMARY_END,
    "PER $1,000 Cusip": CUSIPS,
    "PER $1,000 Prin/Int/Total (Int/Total repaired)": PER_1000,
    "PER $1,000 Carry-forward/End Bal": PER_1000_END,
    "Interest Shortfall Tot Unpaid/Real Losses/Prep Int Shortfall": SHORTFALL_1,
    "Interest Shortfall RAISF/Net WAC Rate Carryover": SHORTFALL_2,
    "Class A-IO Net WAC Rate / Class B-IO Cap Rate": CLASS_RATES,
}

# classes columns that this filing does not print at all: absent, or NaN in every row
# (and in totals).
CLASS_COLUMNS_NOT_PRINTED = [
    "deferred_interest",
    "beginning_balance_per_1000",
    "interest_shortfall_per_1000",
]

# Pool section (GROUP 1 / GROUP 2 / TOTAL). The delinquency section's "Outstanding Loan" /
# "Out Loans" count/balance repeat ending_count / ending_balance (asserted once here).
# "Serv Fee" prints "Gep 1" (sic) and "Grp 2" only: the Total is not printed -> NaN.
COLLATERAL = """
field                           Group 1        Group 2        Total
beginning_balance               602,919,224    384,627,023    987,546,248
scheduled_principal             481,281        323,393        804,675
prepayments_and_curtailments    5,601,918      5,553,152      11,155,070
liquidation_proceeds            0              0              0
loan_purchases                  0              0              0
total_principal                 6,083,199      5,876,545      11,959,745
realized_losses                 0              0              0
ending_balance                  596,836,025    378,750,478    975,586,503
ending_count                    4,038          2,166          6,204
scheduled_interest_net          3,568,999      2,239,861      5,808,861
relief_act_interest_shortfall   0              0              0
prepayment_interest_shortfall   0              0              0
interest_remittance             3,568,999      2,239,861      5,808,861
servicing_fee                   251,216        160,261        -
"""
COLLATERAL_GROUPS = ["Group 1", "Group 2", "Total"]

# Not printed in this filing (only the combined "Prepays+Curts" is; no "Less Nonrecov Adv"
# line): absent or NaN everywhere.
COLLATERAL_COLUMNS_NOT_PRINTED = [
    "prepayments",
    "curtailments",
    "nonrecoverable_advances",
    "capitalized_interest_withdrawal",
    "prefunding_distributed",
    "total_principal_distributed",
]

# Delinq Info (30-59/60-89/90+ per group and TOTAL) and the Foreclosure/Bankruptcy/REO
# blocks. market_value is printed on REO rows only.
DELINQUENCY = """
group      status        count    balance         market_value
Group 1    30-59         68       8,472,409       -
Group 1    60-89         27       3,621,077       -
Group 1    90+           0        0               -
Group 1    foreclosure   20       2,692,688       -
Group 1    bankruptcy    0        0               -
Group 1    reo           0        0               0
Group 2    30-59         26       3794824.32      -
Group 2    60-89         12       2045341.87      -
Group 2    90+           1        87583.76        -
Group 2    foreclosure   5        947397.82       -
Group 2    bankruptcy    0        0               -
Group 2    reo           0        0               0
Total      30-59         94       12267233.55     -
Total      60-89         39       5666418.99      -
Total      90+           1        87583.76        -
Total      foreclosure   25       3640085.66      -
Total      bankruptcy    0        0               -
Total      reo           0        0               0
"""

# (field, value as printed, label in the filing)
DEAL = [
    ("aggregate_collateral_balance", "975,586,503", "Agg End Coll Bal"),
    ("oc_amount", "7,543,019", "End OC Amt"),
    ("liquidated_loans", "0", "Num Liq Loans"),
    ("advances_current", "3775888.2", "Curr Agg Adv as of determ. date"),
    ("advances_outstanding", "4570779.31", "Out. Agg. Adv as of end of prior calendar mo."),
    ("loans_with_prepayment_premiums", "37", "Num. of Loans for which Prep.Prem. were collected"),
    ("loans_with_prepayment_premiums_scheduled", "38", "Num of Loans for which Prep Prem were sched"),
    ("prepayment_premium_loans_balance", "6,813,659.88", "Prin. Bal. of Loans with Premium coll."),
    ("prepayment_premiums", "200,214.31", "Curr. amt of Prep. Prems"),
    ("realized_losses", "0.00", "Current Real. Losses"),
    ("cumulative_realized_losses", "0.00", "Cum. Real. Losses since Startup Day"),
    ("wam", "349", "Weighted Avg Term to Mat. of Mortg. Loans"),
    ("wac", "7.55854%", "Weighted Avg. Gross Coup. of Mortg. Loans"),
    ("net_wac", "7.05854%", "Weighted Avg. Net Coupon of Mortg. Loans"),
    ("loan_count", "6,204", "Agg. Num. of Mortg. Loans in the pool"),
    ("oc_target", "22,189,283", "O/C Target Amt"),
    ("credit_enhancement", "19.182627%", "Credit Enhancement %"),
    ("oc_increase", "3,680,022.55", "O/C Increase Amount"),
    ("oc_release", "0.00", "O/C Release Amt"),
    ("oc_deficiency", "18,326,286.83", "O/C Deficiency Amt"),
    ("excess_oc", "0.00", "Excess O/C Amt"),
    ("yield_maintenance_payment", "0.00", "Pmt from Yield Maint. Agreement"),
    ("net_monthly_excess_cash_flow", "3,680,022.55", "Net Monthly Excess Cash Flow"),
    ("extraordinary_expenses", "0.00", "Extra Ordinary Trust Fund Expenses"),
    ("trigger_event", "NO", "Trigger Event Occurrence"),
    ("stepdown_occurred", "NO", "Step Down Date Occurred"),
    ("available_distribution_amount", "17,968,819.50", "Available Distribution Amount"),
    ("net_wac_reserve_deposit", "0.00", "Deposit to Net WAC Reserve Fund"),
]  # fmt: skip

# Deal fields this filing does not print: absent or NaN. servicing_fee: only per group
# ("Gep 1"/"Grp 2", in collateral), no deal-level figure. index_rate: the Total row's Rate
# is blank. "Advances" is only a heading here.
DEAL_NOT_PRINTED = [
    "servicing_fee",
    "index_rate",
    "advances",
    "servicer_termination_test_failed",
    "bankruptcy_losses",
    "prepayment_interest_shortfall",
    "relief_act_interest_shortfall",
    "subsequent_loans_balance",
    "prefunding_account_balance",
    "prefunding_remaining_distributed",
]

golden_tests(globals())
