"""Golden values for seed 002: ABSC Mortgage-Backed Pass-Through Certificates 2002-HE1,
distribution November 15, 2002.

Every expected value below was typed by hand from ``sample_filings/002_c10342e102d7429b.txt``
(never copied from program output). Tables are written the way the filing prints them:
cells are separated by two or more spaces; ``N/A`` is printed N/A, ``-`` means the cell is
blank / not printed; both mean NaN. ``12,345.67`` and ``1234.56`` are money (compared with
``==``); ``2.22250%`` is a rate, stored as a fraction (0.0222250).

Decisions taken for this filing (see /work/shared/design/domain.md):
* Values as printed; the $0.26 pool roll-forward and O/C differences are only warnings.
* The class table itself prints ``BIO``, so the index uses ``BIO``.
* Blank cells (P's and the Total's Rate, P's and R's Int Shortfall) are NaN; the Loss/Int
  Shortfall/End block, the per-$1,000 block and the Int Shortfalls table print no Total row
  -> NaN in totals. P and R are absent from the Int Shortfalls table -> NaN.
* Single pool: collateral has only the group "Total". Delinquency is split by servicer
  (Fairbanks, Long Beach); its "Total" line prints no numbers, so there is no Total group.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from ._support import golden_tests

SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
SEED = SEEDS / "002_c10342e102d7429b.txt"

NAN = math.nan

# --------------------------------------------------------------------------------------------
# Expected values, typed from the filing
# --------------------------------------------------------------------------------------------

META = {
    "series": "2002-HE1",
    "distribution_date": date(2002, 11, 15),  # "Distribution Date: November 15, 2002"
    "report_date": date(2002, 11, 15),  # "Date of Report (...): 15-Nov-02"
    "form": "8-K",
    "trust": "Asset Backed Securities Corporation Mortgage-Backed Pass-Through Certificates",
    "trustee": "US Bank, NA",  # printed under the signature (By: /s/ ..., Name:, Title:, then the bank)
    "servicers": ["Fairbanks", "Long Beach"],  # the delinquency section's servicer columns
}

CLASS_ORDER = ["A-1", "A-2", "A-IO", "M-1", "M-2", "B", "P", "X", "R", "BIO"]

# DISTRIBUTION SUMMARY, block 1 (Orig Face Value / Beg / Prin / Rate / Int).
# P's Rate and the Total's Rate are blank.
SUMMARY = """
class   original_balance  beginning_balance  principal     interest_rate  interest
A-1     235258000.00      140239577.87       16165190.41   2.22250%       268393.23
A-2     543742000.00      496689391.73       7217879.78    2.18250%       933465.63
A-IO    233000000.00      233000000.00       0.00          6.50000%       1262083.33
M-1     66500000.00       66500000.00        0.00          2.90250%       166208.44
M-2     54625000.00       54625000.00        0.00          3.45250%       162399.37
B       49875000.00       49875000.00        0.00          4.45250%       191225.60
P       100.00            100.00             0.00          -              562097.21
X       0.00              14250001.75        0.00          3.57805%       2451500.28
R       0.00              0.00               0.00          0.00000%       0.00
BIO     31500000.00       31500000.00        0.00          6.00000%       157500.00
Total   950000000.00      807928969.60       23383070.19   -              5997373.09
"""

# DISTRIBUTION SUMMARY, block 2 (Loss / Int Shortfall / End). P's and R's Int Shortfall are
# blank. No Total row is printed in this block -> NaN.
SUMMARY_END = """
class   realized_loss  interest_shortfall  ending_balance
A-1     N/A            0.00                124074387.46
A-2     N/A            0.00                489471511.95
A-IO    N/A            0.00                233000000.00
M-1     0.00           0.00                66500000.00
M-2     0.00           0.00                54625000.00
B       0.00           0.00                49875000.00
P       0.00           -                   100.00
X       0.00           0.00                14250001.74
R       0.00           -                   0.00
BIO     0.00           0.00                31500000.00
Total   -              -                   -
"""

# AMOUNTS PER $1,000 UNIT (Cusip / Prin / Int / Int Shortfall / End). No Total row -> NaN.
PER_1000 = """
class   cusip       principal_per_1000  interest_per_1000  interest_shortfall_per_1000  ending_balance_per_1000
A-1     04541GCD2   68.71260664         1.14084635         0.00000000                   527.39710215
A-2     04541GCE0   13.27445696         1.71674366         0.00000000                   900.19073743
A-IO    04541GCF7   0.00000000          5.41666665         0.00000000                   1000.00000000
M-1     04541GCG5   0.00000000          2.49937504         0.00000000                   1000.00000000
M-2     04541GCH3   0.00000000          2.97298618         0.00000000                   1000.00000000
B       04541GCJ9   0.00000000          3.83409724         0.00000000                   1000.00000000
P       04541GCL4   0.00000000          5620972.1000       0.00000000                   1000.00000000
X       04541GCK6   0.00000000          0.00000000         0.00000000                   0.00000000
R       04541GCM2   0.00000000          0.00000000         0.00000000                   0.00000000
BIO     04541GCN0   0.00000000          5.00000000         0.00000000                   1000.00000000
"""

# The per-$1,000 block prints no Total row: these totals are NaN (cusip not asserted).
PER_1000_TOTAL = """
class   principal_per_1000  interest_per_1000  interest_shortfall_per_1000  ending_balance_per_1000
Total   -                   -                  -                            -
"""

# Int Shortfalls (Total / Losses / PPIS / Relief Act Int Shortfall). P and R are not in this
# table -> NaN. No Total row is printed -> NaN.
SHORTFALL = """
class   unpaid_interest_shortfall  loss_interest_shortfall  prepayment_interest_shortfall  relief_act_interest_shortfall
A-1     0.00                       0.00                     0.00                           0.00
A-2     0.00                       0.00                     0.00                           0.00
A-IO    0.00                       0.00                     0.00                           0.00
M-1     0.00                       0.00                     0.00                           0.00
M-2     0.00                       0.00                     0.00                           0.00
B       0.00                       0.00                     0.00                           0.00
P       -                          -                        -                              -
X       0.00                       0.00                     0.00                           0.00
R       -                          -                        -                              -
BIO     0.00                       0.00                     0.00                           0.00
Total   -                          -                        -                              -
"""

CLASS_TABLES = {
    "DISTRIBUTION SUMMARY Orig Face Value/Beg/Prin/Rate/Int": SUMMARY,
    "DISTRIBUTION SUMMARY Loss/Int Shortfall/End": SUMMARY_END,
    "PER $1,000 Cusip/Prin/Int/Int Shortfall/End": PER_1000,
    "PER $1,000 (no Total row printed)": PER_1000_TOTAL,
    "Int Shortfalls Total/Losses/PPIS/Relief Act": SHORTFALL,
}

# classes columns that this filing does not print at all (no Total Dist column, no
# per-$1,000 Total or Carry-forward column, no Net WAC Rate Carryover column, no class
# Net WAC / Cap Rate lines): absent, or NaN in every row (and in totals).
CLASS_COLUMNS_NOT_PRINTED = [
    "total_distribution",
    "total_per_1000",
    "interest_carryforward_per_1000",
    "net_wac_carryover",
    "net_wac_rate",
    "cap_rate",
    "deferred_interest",
    "beginning_balance_per_1000",
]

# Prin Dist / Int Distrib (single pool -> group "Total"). "Mortg Loans Outstanding Count 5871"
# is ending_count; its Balance 798,796,001.41 repeats End Bal (asserted once here).
# prepayments_and_curtailments is the sum Prep + Curt = 22,442,774.30 + 267,197.80.
COLLATERAL = """
field                              Total
beginning_balance                  822,179,071.35
scheduled_principal                565,846.34
prepayments                        22,442,774.30
curtailments                       267,197.80
prepayments_and_curtailments       22,709,972.10
liquidation_proceeds               52,952.20
loan_purchases                     0.00
total_principal                    23,328,770.64
prefunding_distributed             0.00
total_principal_distributed        23,328,770.64
realized_losses                    54,299.56
ending_balance                     798,796,001.41
ending_count                       5871
scheduled_interest_net             5,822,580.49
capitalized_interest_withdrawal    0.00
relief_act_interest_shortfall      0.00
interest_remittance                5,822,580.49
"""
COLLATERAL_GROUPS = ["Total"]

# Not printed in this filing (no "Less Net PPIS" / "Less Nonrecov Adv" lines): absent or NaN.
COLLATERAL_COLUMNS_NOT_PRINTED = [
    "prepayment_interest_shortfall",
    "nonrecoverable_advances",
]

# Delinq Info (per servicer), Foreclosure, Bankruptcies, REOs. No market value is printed
# (NaN everywhere); the "Total" line of Delinq Info prints no numbers -> no Total group.
DELINQUENCY = """
group        status        count    balance          market_value
Fairbanks    30-59         143      19,526,780.36    -
Fairbanks    60-89         16       1,959,569.60     -
Fairbanks    90+           14       1,425,319.53     -
Fairbanks    foreclosure   265      40,832,990.39    -
Fairbanks    bankruptcy    51       6,949,303        -
Fairbanks    reo           10       1,604,742        -
Long Beach   30-59         59       4,175,166.26     -
Long Beach   60-89         18       1,301,564.11     -
Long Beach   90+           14       1,039,060.46     -
Long Beach   foreclosure   20       1,661,100.37     -
Long Beach   bankruptcy    32       2,175,801        -
Long Beach   reo           5        286,223          -
"""

# (field, value as printed, label in the filing); "-" = printed as text -> NaN
DEAL = [
    ("oc_amount", "14,250,001.74", "En Overcoll Amt"),
    ("liquidated_loans", "0.00", "Numr of Liq Loans"),
    ("servicing_fee", "342,574.70", "Serv Fee"),
    ("advances", "667,853.34", "Advances"),
    ("advances_outstanding", "-", "Agg P&I  Advances  Not Provided By Servicer"),
    ("subsequent_loans_balance", "0.00", "Bal of Subequent loans"),
    ("prefunding_remaining_distributed", "0.00", "Remaining Amt in Pre Funding Acct Distrib as Prin"),
    ("wam", "341", "WAM"),
    # the pool's ending count, printed once for its single pool: the deal's loan count too
    ("loan_count", "5871", "Mortg Loans Outstanding Count"),
    ("wac", "8.99827%", "WAC"),
    ("net_wac", "8.49827%", "Net WAC"),
    ("prepayment_premiums", "562,097.21", "Amt of Prep Prems"),
    ("realized_losses", "54,299.56", "Real Losses incurred during the related Prep Per"),
    ("bankruptcy_losses", "0.00", "Bankruptcy Losses"),
    ("cumulative_realized_losses", "103,748.62", "Cum Net Real Losses since Startup Day"),
    ("prepayment_interest_shortfall", "0.00", "Agg Amt of Prep Int Shortfalls"),
    ("relief_act_interest_shortfall", "0.00", "Agg Amt of Relief Act Int Shortfalls"),
    ("oc_target", "14,250,002.00", "Req Overcoll Amt"),
    ("credit_enhancement", "23.191153%", "Credit Enhancement %"),
    ("oc_increase", "0.00", "Overcoll Inc Amt"),
    ("oc_release", "0.00", "Overcoll Reduction Amt"),
    ("yield_maintenance_payment", "0.00", "Pmt from Yield Maint Agreement"),
    ("prefunding_account_balance", "0.00", "Amt on Deposit in Pre-Funding acct"),
    ("net_monthly_excess_cash_flow", "2,451,500.28", "Net Monthly Excess Cash Flow"),
    ("extraordinary_expenses", "0.00", "Extra Ordinary Trust Fund Expenses"),
    ("trigger_event", "NO", "Trigger Event Occurance"),
]  # fmt: skip

# Deal fields this filing does not print: absent or NaN. aggregate_collateral_balance: no
# "Agg End Coll Bal" line. No step-down line,
# no index rate, no termination test, no current-advances line.
DEAL_NOT_PRINTED = [
    "aggregate_collateral_balance",
    "stepdown_occurred",
    "index_rate",
    "servicer_termination_test_failed",
    "advances_current",
    "oc_deficiency",
    "excess_oc",
    "loans_with_prepayment_premiums",
    "loans_with_prepayment_premiums_scheduled",
    "prepayment_premium_loans_balance",
    "available_distribution_amount",
    "net_wac_reserve_deposit",
]

golden_tests(globals())
