"""The accounting identities a class row obeys, as data.

Read by the column-role inference (:mod:`abs_nb.parse.roles`), which proves what an unnamed
column holds by finding the reading under which these hold, and by the checks
(:mod:`abs_nb.checks.class_table`), which recompute them for every filing. References: the Bond
Market Association / SIFMA *Uniform Practices, Standard Formulas* (chapter SF) and the
trustee's own definitions; see ``docs/schema.md``.

>>> [name for name, *_ in SUMS]
['class_roll_forward', 'class_total_distribution']
>>> PER_1000_OF["principal_per_1000"]
'principal'
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from typing import Final

from abs_nb.parse.memo import Memo
from abs_nb.parse.role_column import half_unit_of
from abs_nb.parse.spelling import class_key, without_note_mark
from abs_nb.parse.tokens import Token

# (check name, whole, parts, parts that may be blank or absent)
Sums = tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]

# whole = sum of parts on every class row whose balance is not notional (an IO class follows
# a schedule, X grows by the O/C increase); a part of :data:`SUBTRACTED` is taken away
SUMS: Sums = (
    ("class_roll_forward", "beginning_balance", ("principal", "realized_loss", "ending_balance", "deferred_interest"),
     ("realized_loss", "deferred_interest")),
    ("class_total_distribution", "total_distribution", ("principal", "interest"), ()),
)

#: the parts a sum takes away: a class's balance grows by the interest deferred onto it (an
#: accrual class's accretion, a negatively amortizing class's deferred interest), so
#: beginning = principal + loss + ending - deferred interest; a revolving pool's by the
#: balances its borrowers draw; one not printed is none
SUBTRACTED: Final = frozenset({"deferred_interest", "additional_balances"})


def sign(part: str) -> float:
    """What a sum's part counts as: -1 for a part it takes away (:data:`SUBTRACTED`), else 1.

    >>> sign("deferred_interest"), sign("principal")
    (-1.0, 1.0)
    """
    return -1.0 if part in SUBTRACTED else 1.0

#: sums every class's row holds, whatever its balance does: the total paid a class is its
#: interest and principal, an O/C, IO or residual class's too
EVERY_CLASS: Final = frozenset({"class_total_distribution"})

# whole = sum of parts in every loan group and the Total: the principal collected is its
# scheduled, prepaid, liquidated and repurchased parts, and the pool's balance rolls forward by
# the principal collected and the losses realised
PRINCIPAL_PARTS = ("scheduled_principal", "prepayments_and_curtailments", "liquidation_proceeds", "loan_purchases")
#: the principal prepaid, printed apart: loans paid in full, and partial prepayments (their
#: sum, the whole, is checked where the three are printed; no reading of a table rests on it:
#: a sum of two parts fits any three columns that add up, a roll-forward's among them)
PREPAID_PARTS = ("prepayments", "curtailments")
#: the principal collected other than scheduled (prepaid, liquidated and repurchased), printed
#: whole: the principal is its scheduled and unscheduled parts
UNSCHEDULED: Final = "unscheduled_principal"
UNSCHEDULED_PARTS: Final = PRINCIPAL_PARTS[1:]
#: what a pool's roll-forward takes out of its balance: a reconciliation may print each as a
#: negative ("(191,767.13)"), the deduction's sign, not the figure's
DEDUCTIONS: Final = (*PRINCIPAL_PARTS, *PREPAID_PARTS, UNSCHEDULED, "total_principal", "realized_losses")
#: the fields whose figures are amounts paid or taken out, never negative: a reconciliation
#: printing one as a negative prints the deduction's sign (:mod:`abs_nb.parse.subtotals`)
NEVER_NEGATIVE: Final = frozenset({*DEDUCTIONS, "servicing_fee", "prepayment_interest_shortfall",
                                   "relief_act_interest_shortfall", "extraordinary_expenses", "oc_release",
                                   "oc_increase", "liquidated_loans"})
#: a class's amounts that are never negative: printed so, the sign is the deduction's (a
#: shortfall in brackets), and their figures per $1,000 are their magnitudes'
CLASS_NEVER_NEGATIVE: Final = frozenset({"principal", "realized_loss", "interest_shortfall"})
#: the deal's figures that are never negative: an identity computing a negative one proves nothing
DEAL_NEVER_NEGATIVE: Final = frozenset({"oc_increase", "loan_count"})
#: a part of a sum read with other parts left out may hold them (part, the parts left out,
#: the field it is read as): the principal prepaid with no liquidation or repurchase beside
#: it is all the principal not scheduled, unless its words name it prepaid
HOLDS_LEFT_OUT: Final = (("prepayments_and_curtailments", PRINCIPAL_PARTS[2:], UNSCHEDULED),)
POOL_SUMS: Sums = (
    ("pool_principal", "total_principal", PRINCIPAL_PARTS, ("liquidation_proceeds", "loan_purchases")),
    # (a revolving pool's balance grows by the balances its borrowers draw: lines of credit)
    ("pool_roll_forward", "beginning_balance", ("total_principal", "realized_losses", "ending_balance",
                                                "additional_balances"), ("realized_losses", "additional_balances")),
    ("pool_principal", "total_principal", ("scheduled_principal", *PREPAID_PARTS, *PRINCIPAL_PARTS[2:]),
     PRINCIPAL_PARTS[2:]),
    # where no total principal is printed, the balance rolls forward by its parts
    ("pool_roll_forward", "beginning_balance",
     ("scheduled_principal", *PREPAID_PARTS, "liquidation_proceeds", "loan_purchases", "realized_losses",
      "ending_balance"), ("liquidation_proceeds", "loan_purchases", "realized_losses")),
    ("pool_roll_forward", "beginning_balance",
     ("scheduled_principal", "prepayments_and_curtailments", "liquidation_proceeds", "loan_purchases",
      "realized_losses", "ending_balance"), ("liquidation_proceeds", "loan_purchases", "realized_losses")),
    # the unscheduled principal printed whole (:data:`HOLDS_LEFT_OUT`): the principal's other
    # part, and the sum of its own parts where a liquidation is printed beside the prepaid
    ("pool_principal", "total_principal", ("scheduled_principal", UNSCHEDULED), ()),
    ("pool_roll_forward", "beginning_balance", ("scheduled_principal", UNSCHEDULED, "realized_losses", "ending_balance"),
     ("realized_losses",)),
    ("pool_unscheduled", UNSCHEDULED, UNSCHEDULED_PARTS, ("loan_purchases",)),
    ("pool_unscheduled", UNSCHEDULED, (*PREPAID_PARTS, *PRINCIPAL_PARTS[2:]), ("loan_purchases",)),
)
#: fields no reading holds together: the prepaid principal is printed one way, whole or as
#: its parts
EXCLUSIVE: Final = ((frozenset({"prepayments_and_curtailments"}), frozenset(PREPAID_PARTS)),)


def exclusive(fields: set[str] | frozenset[str]) -> bool:
    """Do ``fields`` hold a field of each side of an :data:`EXCLUSIVE` pair?

    >>> exclusive({"prepayments", "total_principal"}), exclusive({"prepayments", "prepayments_and_curtailments"})
    (False, True)
    """
    return any(a & fields and b & fields for a, b in EXCLUSIVE)


def pool_sums(known: Iterable[str | None]) -> Sums:
    """The pool sums a table whose fields ``known`` are read can still hold: the prepaid
    principal is printed one way, whole or as its parts, so a sum of the parts is no reading
    where the whole alone is read (a row equal to it would read as its prepayments), nor the
    reverse; and the balance rolls forward by the principal's parts only where no total
    principal is read.

    >>> len(pool_sums(set())) - len(pool_sums({"prepayments_and_curtailments"}))
    2
    >>> len(pool_sums(set())) - len(pool_sums({"curtailments"}))
    2
    >>> len(pool_sums(set())) - len(pool_sums({"total_principal"}))
    2
    >>> [s[0] for s in pool_sums({"prepayments_and_curtailments", "liquidation_proceeds"}) if s[1] == UNSCHEDULED]
    ['pool_unscheduled']
    >>> [s[0] for s in pool_sums(set()) if UNSCHEDULED in (s[1], *s[2])]
    []
    """
    fields = {f for f in known if f is not None}
    # the balance rolls forward by the principal's parts where no total is printed; the
    # unscheduled principal is a part where read (an unknown prepaid part that holds the
    # parts left out is read as it: :data:`HOLDS_LEFT_OUT`), and a whole where its parts are
    sums = tuple(s for s in POOL_SUMS if ("total_principal" not in fields
                 or s[1] != "beginning_balance" or "total_principal" in s[2])
                 and (UNSCHEDULED in fields or UNSCHEDULED not in s[2]
                      and (s[1] != UNSCHEDULED or _parts_read(s, fields))))
    if exclusive(fields):
        return sums  # printed both ways: the sums of either may read the rest
    return tuple(s for s in sums if not exclusive(fields | {s[1], *s[2]}))


def _parts_read(s: tuple[str, str, tuple[str, ...], tuple[str, ...]], fields: set[str]) -> bool:
    """Are the parts of sum ``s`` that it may not leave out read (``fields``)? A whole found
    from its parts read proves itself; one found with its parts (a sum of four figures no
    label names holds in any roll-forward) does not."""
    return all(p in fields for p in s[2] if p not in s[3])


#: every field a pool identity holds: what a pool row's words are compared among
POOL_FIELDS = frozenset(f for _, whole, parts, _ in POOL_SUMS for f in (whole, *parts))

# pool figures a report prints once for the pool or once per loan group: the same figure in
# the collateral table (its Total, or its group) and among the deal's lines, so that one query
# finds them across deals (collateral column, deal field)
POOL_FIGURES: Final = (("servicing_fee", "servicing_fee"), ("wac", "wac"), ("net_wac", "net_wac"), ("wam", "wam"),
                       ("ending_count", "loan_count"))
#: the Total column's figures that are the deal's own (collateral column, deal field): the pool
#: figures, and the period's realized losses
TOTAL_IS_DEAL: Final = (*POOL_FIGURES, ("realized_losses", "realized_losses"))
#: pool figures that are weighted averages over the loans: a Total's is no sum of its groups
#: but lies between them
POOL_AVERAGES: Final = frozenset({"wac", "net_wac", "wam"})
#: deal field -> its collateral column
POOL_FIGURE_COLUMN: Final[dict[str, str]] = {deal: col for col, deal in POOL_FIGURES}
#: the kinds of deal figure whose loan groups' shares add up to the Total's (a rate's do not):
#: printed by group, each group's is the pool's (:func:`group_column`), the Total's the deal's
SUMMED_KINDS: Final = frozenset({"money", "count"})


def group_column(field: str) -> str:
    """The pool column a deal figure printed once per loan group stands in: a pool figure's
    own (the loan count's is the ending count), any other the deal figure's name.

    >>> group_column("loan_count"), group_column("advances_current")
    ('ending_count', 'advances_current')
    """
    return POOL_FIGURE_COLUMN.get(field, field)

# per-$1,000 column -> the amount it is computed from: figure = amount / original x 1000
PER_1000_OF: Final[dict[str, str]] = {
    "principal_per_1000": "principal",
    "interest_per_1000": "interest",
    "total_per_1000": "total_distribution",
    "ending_balance_per_1000": "ending_balance",
    "beginning_balance_per_1000": "beginning_balance",
    "interest_shortfall_per_1000": "interest_shortfall",
}
PER_1000_BASE: Final = "original_balance"
#: class amounts no per-$1,000 column holds: a per-$1,000 table's figure its words name so
#: (a realized loss per $1,000, the original balance's 1,000) is none of them
AMOUNTS_ONLY: Final = frozenset({"original_balance", "realized_loss", "deferred_interest"})
# amount -> its per-$1,000 column: in a per-$1,000 table, a column named as an amount holds this
PER_1000_FOR: Final[dict[str, str]] = {amount: per for per, amount in PER_1000_OF.items()}

# interest = rate x beginning balance x days / 360: floating classes count actual days,
# fixed-rate and IO classes 30; the day count is found, never assumed
INTEREST: Final = ("interest", "interest_rate", "beginning_balance")
# the actual days of an accrual period (for the column-role inference and the checks): a month's days, and up to
# three more or fewer where a distribution date moves to the next business day (the 15th
# of one month to the 17th of the next is 33 days). One actual count per class table; every
# other class of it counts 30 (30/360)
ACCRUAL_DAYS: Final = tuple(range(25, 36))
THIRTY: Final = 30
# interest paid = interest accrued (rate x balance x days / 360) - the interest shortfall
# (the part of the accrued interest not paid this month), where the shortfall is printed
INTEREST_SHORTFALL: Final = "interest_shortfall"
# a floating-rate class's rate = the index + its margin, unless a cap binds: then it is the
# cap, below index + margin, never above (class rate, class margin, the deal's index; the caps)
FLOATING_COUPON: Final = ("interest_rate", "margin", "index_rate")
RATE_CAPS: Final = ("cap_rate", "net_wac_rate")
# a balance the interest of a class that is not an IO class may accrue on besides its own
# (an IO class's balance is its notional; an O/C class X accrues on the pool's balance)
NOTIONAL_BASES: Final = (("collateral", "Total", "beginning_balance"),)

# class labels whose balance is not the sum of its flows (residual, O/C, prepayment-penalty
# classes); an IO class is recognised by its label (:func:`is_notional`)
NOT_ROLLED = frozenset({"P", "X", "R", "C", "CE", "OC"})


def notional_description(text: str) -> bool:
    """Does a class's description say it is interest-only: a part of it ``IO``, ``NTL`` or
    ``Notional`` (``SR/IO``, ``Senior/IO/Notional``, ``NTL``), or its words ``Interest Only``?

    >>> [notional_description(t) for t in ("SR/IO", "Senior/IO/Notional", "Interest Only", "Senior/Fixed", "RIO")]
    [True, True, True, False, False]
    """
    parts = [p for p in re.split(r"[^A-Z]+", text.upper()) if p]
    return any(p in ("IO", "NTL", "NOTIONAL") for p in parts) or "INTEREST ONLY" in " ".join(parts)


def is_notional(label: str) -> bool:
    """IO classes carry a notional balance: ``A-IO``, ``A-IO-INV``, ``B-IO``, ``BIO``.

    >>> is_notional("A-IO-INV"), is_notional("BIO"), is_notional("A-1")
    (True, True, False)
    """
    hit = _NOTIONAL.data.get(label)
    if hit is None:
        parts = [p for p in label.upper().replace(" ", "-").split("-") if p]
        hit = _NOTIONAL.put(label, "IO" in parts or class_key(label).endswith("IO"))
    return hit


_NOTIONAL: Final[Memo[str, bool]] = Memo("identities.is_notional")  # class label -> is_notional(label)
_ROLLS: Final[Memo[str, bool]] = Memo("identities.rolls")  # class label -> rolls(label)


def rolls(label: str) -> bool:
    """Does the class's balance follow its flows (ending = beginning - principal - loss)?

    A class named by a group's letter and one of those classes' names (``A-X``, ``2-CE``)
    is one of them.

    >>> rolls("M-1"), rolls("X"), rolls("B-IO"), rolls("R-II"), rolls("A-X"), rolls("1-A-1"), rolls("X(2)")
    (True, False, False, False, False, True, False)
    """
    hit = _ROLLS.data.get(label)
    if hit is None:
        up = without_note_mark(label).upper()  # a footnote's mark after its name ("X(2)") names nothing
        last = up.replace(" ", "-").split("-")[-1]
        hit = _ROLLS.put(label, not (is_notional(label) or up in NOT_ROLLED or last in NOT_ROLLED or up.startswith("R-")))
    return hit


def sums_rows_above(rows: list[list[Token | None]], optional: tuple[int, ...] = ()) -> bool:
    """Is the last row the sum of the rows above it, column by column (a Totals row printed
    with no label)? Every column where it prints a figure must add up, within the printed
    precision, and one of them to something other than zero. The rows ``optional`` (of
    classes whose balance does not roll: IO, X, P, R) may be left out of a column's sum, each
    column its own: a Total holds an IO class's interest and leaves its notional balance out.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [tokenize_line(t, 1).values for t in ("x  1.50  2", "x  2.25  3", "x  9.00  1", "x  3.75  6")]
    >>> sums_rows_above(rows), sums_rows_above(rows, optional=(2,)), sums_rows_above(rows, optional=(1,))
    (False, True, False)
    """
    if len(rows) < 3:
        return False
    *body, last = rows
    opt = set(optional)
    non_zero = False
    for ci, tok in enumerate(last):
        if tok is None or tok.kind != "num" or tok.value is None:
            continue
        held = _column_sum(body, ci, tok, opt)
        if held is None:
            return False
        non_zero = non_zero or held != 0
    return non_zero


#: the most rows of a column that may be left out of its sum, tried each way (more: all or none)
_MOST_LEFT_OUT: Final = 6


def _column_sum(body: list[list[Token | None]], ci: int, tok: Token, optional: set[int]) -> float | None:
    """The sum of column ``ci`` over the rows of ``body``, the rows ``optional`` left out or
    not (only those printing a figure other than zero matter), where it is ``tok``'s figure
    within the printed precision; else None."""
    total = 0.0
    tol = half_unit_of(tok.decimals)
    extra: list[Token] = []  # the optional rows' figures other than zero
    for i, r in enumerate(body):
        t = r[ci] if ci < len(r) else None
        if t is None or t.kind != "num" or t.value is None:
            continue
        if i in optional:
            if t.value != 0:
                extra.append(t)
            continue
        total += float(t.value)
        tol += half_unit_of(t.decimals)
    target = float(tok.value or 0)
    if abs(target - total) <= tol + 1e-9 * abs(total):
        return total  # every optional row left out (or none printed)
    ways = ([c for k in range(1, len(extra) + 1) for c in itertools.combinations(extra, k)]
            if len(extra) <= _MOST_LEFT_OUT else [tuple(extra)])
    for added in ways:
        more = sum(float(t.value) for t in added if t.value is not None)
        slack = sum(half_unit_of(t.decimals) for t in added)
        if abs(target - total - more) <= tol + slack + 1e-9 * abs(total + more):
            return total + more
    return None


def certificates(class_order: list[str], classes: dict[str, dict[str, object]], pool_end: float = math.nan) -> list[str]:
    """The classes the pool's balance backs: the first class table's classes less notional
    (IO) classes, ``X`` (the O/C itself) and residual ``R`` classes; ``P`` is included. With
    the pool's ending balance, the O/C class under another name is left out too, and so is a
    ``P`` class the pool does not back (:func:`oc_class`; with ``X``'s balance, where the
    classes and ``X`` add up to the pool without it and not with it).

    >>> certificates(["A-1", "A-IO", "P", "X", "R-II"], {"A-1": {}, "A-IO": {"notional": True}, "P": {}, "X": {}, "R-II": {}})
    ['A-1', 'P']
    >>> ends = {"A": {"ending_balance": 90.0}, "CE": {"ending_balance": 10.0}, "P": {"ending_balance": 100.0}}
    >>> certificates(["A", "CE", "P"], ends, 100.0)
    ['A']
    >>> ends = {"A": {"ending_balance": 90.0}, "X": {"ending_balance": 10.0}, "P": {"ending_balance": 100.0}}
    >>> certificates(["A", "P", "X"], ends, 100.0)
    ['A']
    """
    certs = [lab for lab in class_order
             if not classes[lab].get("notional") and lab.upper() not in ("X", "R") and not lab.upper().startswith("R-")
             and classes[lab].get("class_table", 1) == 1]
    x_end = next((classes[lab].get("ending_balance") for lab in class_order if lab.upper() == "X"), None)
    if isinstance(x_end, float) and not math.isnan(x_end):
        # with the O/C class's balance, the sum says whether the pool backs a P deposit
        found = _backed(certs, classes, pool_end - x_end, oc=False)
        return found[0] if found is not None else certs
    found = _backed(certs, classes, pool_end)
    return [lab for lab in found[0] if lab != found[1]] if found is not None else certs


#: the labels an O/C class is printed under where it is not ``X`` ("CE": certificated
#: equity); such a class is the O/C only where the numbers say so (:func:`oc_class`)
OC_LABELS: Final = frozenset({"C", "CE", "OC"})


def oc_class(certs: list[str], classes: dict[str, dict[str, object]], pool_end: float) -> str | None:
    """Of ``certs``, the class that holds the overcollateralization under a label of
    :data:`OC_LABELS`: with it, the classes' ending balances add up to the pool's (to half a
    cent each; a ``P`` class's deposit, which the pool may not back, in the sum or out of it),
    without it they do not; its balance is not zero (a zero proves nothing). None where no
    class is proven so.

    >>> oc_class(["A", "C"], {"A": {"ending_balance": 90.0}, "C": {"ending_balance": 10.0}}, 100.0)
    'C'
    >>> oc_class(["A", "B", "C"], {"A": {"ending_balance": 60.0}, "B": {"ending_balance": 30.0},
    ...                            "C": {"ending_balance": 10.0}}, 110.0) is None
    True
    """
    found = _backed(certs, classes, pool_end)
    return found[1] if found is not None else None


def _backed(certs: list[str], classes: dict[str, dict[str, object]],
            pool_end: float, oc: bool = True) -> tuple[list[str], str] | None:
    """The classes the pool backs and the O/C class among them, where the balances prove it
    (:func:`oc_class`); with ``oc`` False, the classes whose balances add up to ``pool_end``
    (a P deposit in the sum or out of it) and no O/C class ('')."""
    if math.isnan(pool_end):
        return None
    for backed in (certs, [lab for lab in certs if lab.upper() != "P"]):
        ends = [classes[lab].get("ending_balance") for lab in backed]
        if not all(isinstance(e, float) and not math.isnan(e) for e in ends):
            return None
        tol = 0.005 * (len(backed) + 1) + 1e-9 * abs(pool_end)
        if abs(sum(e for e in ends if isinstance(e, float)) - pool_end) > tol:
            continue
        if not oc:
            return backed, ""
        held = next((lab for lab, e in zip(backed, ends, strict=True)
                     if lab.upper() in OC_LABELS and isinstance(e, float) and abs(e) > tol), None)
        return (backed, held) if held is not None else None
    return None
