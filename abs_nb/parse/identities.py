"""The accounting identities a class row obeys, as data.

Read by the column-role inference (:mod:`abs_nb.parse.roles`), which proves what an unnamed
column holds by finding the reading under which these hold, and by the checks
(:mod:`abs_nb.checks.classes`), which recompute them for every filing. References: the Bond
Market Association / SIFMA *Uniform Practices, Standard Formulas* (chapter SF) and the
trustee's own definitions; see ``docs/schema.md``.

>>> [name for name, *_ in SUMS]
['class_roll_forward', 'class_total_distribution']
>>> PER_1000_OF["principal_per_1000"]
'principal'
"""

from __future__ import annotations

from abs_nb.parse.vocabulary import class_key

# whole = sum of parts on every class row whose balance is not notional (an IO class follows
# a schedule, X grows by the O/C increase). (check name, whole, parts, parts that may be blank)
SUMS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("class_roll_forward", "beginning_balance", ("principal", "realized_loss", "ending_balance"), ("realized_loss",)),
    ("class_total_distribution", "total_distribution", ("principal", "interest"), ()),
)

# per-$1,000 column -> the amount it is computed from: figure = amount / original x 1000
PER_1000_OF: dict[str, str] = {
    "principal_per_1000": "principal",
    "interest_per_1000": "interest",
    "total_per_1000": "total_distribution",
    "ending_balance_per_1000": "ending_balance",
    "beginning_balance_per_1000": "beginning_balance",
    "interest_shortfall_per_1000": "interest_shortfall",
}
PER_1000_BASE = "original_balance"

# interest = rate x beginning balance x days / 360: floating classes count actual days
# (28 to 31), fixed-rate and IO classes 30; the day count is found, never assumed
INTEREST = ("interest", "interest_rate", "beginning_balance")
DAY_COUNTS = (28, 29, 30, 31)
# the actual days of an accrual period as the checks accept them: a month's days, and up to
# three more or fewer where a distribution date moves to the next business day (the 15th
# of one month to the 17th of the next is 33 days). One actual count per class table; every
# other class of it counts 30 (30/360)
ACCRUAL_DAYS = tuple(range(25, 36))
THIRTY = 30
# interest paid = interest accrued (rate x balance x days / 360) - the interest shortfall
# (the part of the accrued interest not paid this month), where the shortfall is printed
INTEREST_SHORTFALL = "interest_shortfall"
# a balance the interest of a class that is not an IO class may accrue on besides its own
# (an IO class's balance is its notional; an O/C class X accrues on the pool's balance)
NOTIONAL_BASES = (("collateral", "Total", "beginning_balance"),)

# class labels whose balance is not the sum of its flows (residual, O/C, prepayment-penalty
# classes); an IO class is recognised by its label (:func:`is_notional`)
NOT_ROLLED = frozenset({"P", "X", "R", "C", "CE", "OC"})


def is_notional(label: str) -> bool:
    """IO classes carry a notional balance: ``A-IO``, ``A-IO-INV``, ``B-IO``, ``BIO``.

    >>> is_notional("A-IO-INV"), is_notional("BIO"), is_notional("A-1")
    (True, True, False)
    """
    parts = [p for p in label.upper().replace(" ", "-").split("-") if p]
    return "IO" in parts or class_key(label).endswith("IO")


def rolls(label: str) -> bool:
    """Does the class's balance follow its flows (ending = beginning - principal - loss)?

    >>> rolls("M-1"), rolls("X"), rolls("B-IO"), rolls("R-II")
    (True, False, False, False)
    """
    up = label.upper()
    return not (is_notional(label) or up in NOT_ROLLED or up.startswith("R-"))
