"""How trustees name things: header and label spellings per field, as data.

Each list holds spellings seen in real reports and plausible ones no report in the
repository uses (at least half of every kind are not in ``abs_nb/parse/fields.csv``: the
generator measures reading, not recall of a transcript). ``test_synthetic`` checks that share.

>>> "Beg Bal" in CLASS_HEADERS["beginning_balance"]
True
"""

from __future__ import annotations

# a class's type, printed by some trustees on the line below its figures (never a class's name)
CLASS_TYPES = ["SENIOR FLTR", "SENIOR FIX", "MEZZ FLTR", "SUB FIX", "Senior", "Mezzanine", "Subordinate",
               "Senior/Floating", "RESIDUAL", "SUBORD/OC", "Sr Fix Rate"]
CLASS_LABEL_HEADERS = ["Class", "Class", "Certificate Class", "Tranche", "Security", "Cert", "Bond", ""]

CLASS_HEADERS: dict[str, list[str]] = {
    "cusip": ["CUSIP", "Cusip", "CUSIP Number", "CUSIP No.", "Security Identifier"],
    "original_balance": [
        "Original Balance", "Orig Bal", "Original Face Value", "Original Certificate Principal Balance",
        "Orig. Face", "Initial Principal Amount", "Original Par", "Initial Class Balance",
        "Original Cert. Bal.",
    ],
    "beginning_balance": [
        "Beginning Balance", "Beg Bal", "Prior Principal Balance", "Beginning Certificate Balance",
        "Opening Bal.", "Balance Beginning of Period", "Beginning Principal Amount",
        "Previous Class Balance", "Starting Balance", "Beg. Cert. Bal.",
    ],
    "principal": [
        "Principal", "Prin", "Principal Distribution", "Principal Paid", "Prin. Dist.",
        "Principal Distributed", "Principal Payment", "Prin Pd",
    ],
    "interest_rate": [
        "Rate", "Pass Through Rate", "Pass-Through Rate", "Coupon", "Note Rate", "Current Rate",
        "Cert. Rate", "Interest Rate",
    ],
    "interest": [
        "Interest", "Int", "Interest Distribution", "Interest Paid", "Int. Dist.",
        "Current Interest Paid", "Interest Payment", "Int Pd",
    ],
    "realized_loss": [
        "Realized Loss", "Loss", "Realized Losses", "Current Realized Loss", "Principal Loss",
        "Writedowns", "Applied Loss Amount", "Real. Loss",
    ],
    "total_distribution": [
        "Total Distribution", "Total Dist", "Total", "Total Paid", "Total Payment",
        "Total Amount Distributed", "Tot. Distrib.", "Aggregate Distribution",
    ],
    "ending_balance": [
        "Ending Balance", "End Bal", "Ending Certificate Balance", "Closing Balance",
        "Balance End of Period", "Remaining Principal Balance", "Ending Principal Amount",
        "Closing Bal.", "End. Cert. Bal.",
    ],
}

PER_1000_HEADERS: dict[str, list[str]] = {
    "principal_per_1000": ["Principal", "Prin", "Principal Paid", "Prin. Distribution", "Principal Factor"],
    "interest_per_1000": ["Interest", "Int", "Interest Paid", "Int. Distribution", "Interest Factor"],
    "total_per_1000": ["Total", "Total Distribution", "Total Paid", "Tot. Dist."],
    "ending_balance_per_1000": [
        "End Bal", "Ending Balance", "Current Principal Factor", "Ending Factor", "Remaining Balance",
        "Closing Bal. Factor",
    ],
}

# titles printed over a class table's rows of one kind, in its label column
SENIOR_TITLES = ["Senior Certificates", "SENIOR CLASSES", "Offered Senior Certificates", "Group 1 Senior Certificates"]
OTHER_TITLES = ["Subordinate Certificates", "SUBORDINATE CLASSES", "Mezzanine and Subordinate Certificates",
                "Non-Offered Certificates"]

CLASS_HEADINGS = [
    "DISTRIBUTION SUMMARY", "Certificateholder Distribution Summary", "Distribution in Dollars",
    "CLASS DISTRIBUTIONS", "Payment Summary", "Summary of Certificate Payments", "BOND PAYMENTS",
    "Distributions to Certificateholders",
]
PER_1000_HEADINGS = [
    "AMOUNTS PER $1,000 UNIT", "Factor Information per $1,000 of Original Face",
    "PER $1,000 OF ORIGINAL FACE", "Distributions per $1,000 Certificate", "Factors per Thousand",
]
# words over a per-$1,000 table's figure columns, in a rule of dashes spanning them
PER_1000_SPANS = ["Per $1,000 Original Face", "Per $1,000 of Original Balance", "Factors per $1,000",
                  "Distribution per $1,000"]
# sub-headings over a pool's flows in its label column
POOL_SUBHEADINGS = ["PRINCIPAL", "Principal Activity", "COLLECTIONS", "Balance Reconciliation", "LOAN ACTIVITY"]
COLLATERAL_HEADINGS = [
    "Principal Distributions:", "COLLATERAL SUMMARY", "Pool Activity", "Mortgage Loan Information",
    "Collateral Information", "LOAN POOL ROLLFORWARD",
]
DELINQUENCY_HEADINGS = [
    "Delinquency Information", "DELINQUENT LOANS", "Delinquency Status", "Delinq Info",
    "Loan Status Summary", "Delinquencies, Foreclosures and REO",
]

COLLATERAL_LABELS: dict[str, list[str]] = {
    "beginning_balance": ["Beginning Balance", "Beg Bal", "Beginning Pool Balance", "Pool Balance Beginning of Period", "Opening Collateral Balance", "Prior Pool Principal Balance"],
    "scheduled_principal": ["Scheduled Prin", "Sched Prin", "Scheduled Principal", "Regular Principal Received", "Scheduled Principal Collections", "Sched. Principal Remitted"],
    "prepayments_and_curtailments": ["Prep+curts", "Prepays/Curts", "Prepayments and Curtailments", "Full and Partial Prepayments", "Principal Prepayments incl. Curtailments", "Payoffs & Curtailments"],
    "liquidation_proceeds": ["Net Liq Proc.", "Net Liquidation Proceeds", "Liquidation Proceeds", "Liq. Proceeds", "Net Recoveries on Liquidated Loans"],
    "total_principal": ["Total Prin", "Total Principal", "Total Principal Collections", "Principal Remittance Amount", "Tot. Principal Received"],
    "realized_losses": ["Net Real. Losses", "Net Realized Losses", "Realized Losses", "Current Period Losses", "Loss Amount", "Charge-offs"],
    "ending_balance": ["Ending Balance", "End Bal", "Ending Pool Balance", "Pool Balance End of Period", "Closing Collateral Balance"],
    "ending_count": ["Ending Count", "End Count", "Number of Loans Outstanding", "Loan Count End of Period", "Ending Loan Count"],
}

PREPAID_LABELS: dict[str, list[str]] = {
    "prepayments": ["Prepayments in Full", "Payoffs", "Principal Prepayments", "Full Prepayments", "Paid in Full"],
    "curtailments": ["Curtailments", "Partial Prepayments", "Curtailment Amount", "Partial Paydowns"],
}

#: the principal not scheduled printed whole (prepaid and liquidated): a few words the
#: vocabulary knows, most it does not
UNSCHEDULED_LABELS: list[str] = ["Unscheduled Principal", "Unscheduled Prin", "Principal Prepayments and Liquidations",
                                 "Other Principal Collected", "Unscheduled Principal Collections"]

GROUP_NAMES: dict[str, list[str]] = {
    "Group 1": ["Group 1", "GROUP 1", "Grp 1", "Loan Group 1", "Group I", "Pool 1"],
    "Group 2": ["Group 2", "GROUP 2", "Grp 2", "Loan Group 2", "Group II", "Pool 2"],
    "Group 3": ["Group 3", "GROUP 3", "Grp 3", "Loan Group 3", "Group III", "Pool 3"],
    "Total": ["Total", "TOTAL", "Total Pool", "All Groups", "Aggregate"],
}
#: one spelling per document for every group, kept parallel (index i of each list)
GROUP_STYLES = len(GROUP_NAMES["Group 1"])
#: loan groups named by the kind of their loans, no number (Group 1, Group 2, Group 3): the
#: schema keeps such names as printed
GROUP_KINDS: list[tuple[str, str, str]] = [("FIXED", "ARM", "HYBRID"), ("Fixed Rate", "Adjustable Rate", "Second Lien"),
                                           ("Fixed", "ARM", "Second Lien")]

STATUS_LABELS: dict[str, list[str]] = {
    "30-59": ["30-59 days delinq", "30-59 days", "30 to 59 Days", "1 Payment Delinquent", "One Month Delinquent"],
    "60-89": ["60-89 days delinq", "60-89 days", "60 to 89 Days", "2 Payments Delinquent", "Two Months Delinquent"],
    "90+": ["90 + days delinq", "90+ days", "90 Days or More", "3+ Payments Delinquent", "Over 89 Days"],
    "foreclosure": ["Foreclosure", "In Foreclosure", "Foreclosures", "Loans in Foreclosure"],
    "bankruptcy": ["Bankruptcy", "In Bankruptcy", "Bankruptcies", "Loans in Bankruptcy"],
    "reo": ["REO", "REO Property", "Real Estate Owned", "REO Loans"],
}
MEASURE_LABELS: dict[str, list[str]] = {
    "count": ["Count", "#", "No. of Loans", "Number", "Loans"],
    "balance": ["Balance", "Principal Balance", "Amount", "Unpaid Balance", "Stated Balance"],
}

DEAL_LABELS: dict[str, list[str]] = {
    "oc_amount": ["Ending O/C Amount", "End OC Amt", "Overcollateralization Amount", "O/C Amount (end of period)",
                  "Current Overcollateralized Amount"],
    "oc_target": ["O/C Target Amt", "Req Overcoll Amt", "Target OC Amount", "Specified Overcollateralization Amount",
                  "Required O/C"],
    "oc_increase": ["O/C Increase Amount", "Overcoll Inc Amt", "Extra Principal Distribution",
                    "Overcollateralization Increase", "Accelerated Principal"],
    "wac": ["WAC", "Weighted Avg. Gross Coup. of Mortg. Loans", "Weighted Average Coupon",
            "Gross WAC", "Wtd. Avg. Mortgage Rate"],
    "wam": ["WAM", "Weighted Avg Term to Mat. of Mortg. Loans", "Weighted Average Remaining Term",
            "Wtd. Avg. Remaining Months"],
    "loan_count": ["Agg. Num. of Mortg. Loans in the pool", "Number of Mortgage Loans", "Loans Outstanding",
                   "Loan Count"],
    "cumulative_realized_losses": ["Cum. Real. Losses since Startup Day", "Cumulative Realized Losses",
                                   "Cumulative Losses to Date", "Aggregate Losses Since Closing"],
    "net_monthly_excess_cash_flow": ["Net Monthly Excess Cash Flow", "Excess Spread Available",
                                     "Monthly Excess Cashflow", "Net Excess Spread"],
}

#: phrases after a deal figure's label saying when it stands, and the figures they never follow
QUALIFIERS = ["for the Current Period", "for the Distribution Date", "during the Collection Period",
              "for the Current Accrual Period"]
CUMULATIVE = {"cumulative_realized_losses"}

#: the interest a pool collected, the servicing fee taken out of it, and what is left
GROSS_INTEREST_LABELS = ["Scheduled Interest", "Gross Interest Collected", "Interest Collected", "Total Interest"]
FEE_LABELS = ["Servicing Fee", "Servicing Fees", "Serv Fee", "Less: Servicing Fee"]
NET_INTEREST_LABELS = ["Sched Int Less Serv Fee", "Scheduled Interest Net of Servicing Fee",
                       "Scheduled Interest Less Servicing Fee",
                       # words no label of the vocabulary holds: the sum above proves it
                       "Net Interest Remittance Amount", "Interest Remittance Amount (net of fees)",
                       "Net Interest Collections"]

TITLES = ["STATEMENT TO CERTIFICATEHOLDERS", "Monthly Statement to Certificateholders",
          "MONTHLY DISTRIBUTION REPORT", "Statement to Noteholders", "Remittance Report"]
TRUSTEES = ["U.S. Bank National Association", "Wells Fargo Bank, N.A.", "Deutsche Bank National Trust Company",
            "The Bank of New York", "JPMorgan Chase Bank", "LaSalle Bank National Association"]
SHELVES = ["Asset Backed Securities Corporation Home Equity Loan Trust", "Home Equity Mortgage Trust",
           "Mortgage Pass-Through Trust", "Residential Asset Securities Trust", "Home Loan Asset Backed Trust"]

#: a class table's Totals row labelled in words no vocabulary lists (told by its sum)
TOTAL_WORDS = ["All Classes", "Aggregate", "All Certificates", "Certificates Total", "Sum of Classes", "Total Notes"]
