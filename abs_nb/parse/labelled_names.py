"""Names printed after a label: ``Trustee:``, ``Seller and Servicer:``, ``Servicer (Group I):``,
``Depositor ........``, ``SERVICER - LAKESHORE``, a parties' block listing several under one.

>>> labelled_names(["Trustee:  Deutsche Bank", "Servicer (Group I):  A Co.", "Servicer (Group II):  B Co."],
...                ("trustee", "servicer"))
{'trustee': 'Deutsche Bank', 'servicer': 'A Co.; B Co.'}
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.months import DATE_AT_START
from abs_nb.parse.parties import SUFFIXES, is_firm, role_key, without_address, without_aside
from abs_nb.parse.tokens import kind_of

#: three blanks, a bar: no name holds them, its cell ends there
CELL_GAP: Final = re.compile(r"[ \t]{3,}|[ \t]*\|[ \t]*")
# a role, not a name: "In its capacity as Trustee", "as Indenture Trustee"
_ROLE_ONLY = re.compile(r"^(?:in\s+)?(?:its(?:\s+\w+)?\s+capacity\s+)?as\s+(?:\w+\s+)?trustee\W*$", re.I)
# a label: a servicer's qualified or not ("Sub-Servicer", "Master Servicer", "Servicer(s)"), a
# role besides ("Seller and Servicer", "Seller/Servicer"), an aside saying which loans
# ("Servicer (Group I):"); at the line's start, three blanks on, or with its colon two blanks
# after a full stop; its value after its colon, a wide gap, a dash, or its cell's bar
# ("SERVICER - LAKESHORE")
_LABEL_THEN_VALUE = re.compile(
    r"(?:^[ \t|]*|[ \t]{3}|(?<=\.)[ \t]{2}(?=[A-Za-z /()-]{4,30}:)|(?<=;)[ \t]+)(?:[a-z]+(?:[ \t]+and[ \t]+|[ \t]*/[ \t]*))?"
    r"((?:indenture[ \t]+)?trustee|deal name|depositor|(?:(?:sub|master|special|back-?up)[ \t-]*)?servicer(?:\(s\)|s)?)"
    r"(?:[ \t]*(\([^()\n]{1,40}\)))?(?:[ \t]*:|[ \t]*\.{3,}[ \t]*(?=[A-Za-z])|[ \t]{2,}(?=[A-Za-z])|[ \t]+[-\u2013\u2014][ \t]+(?=[A-Za-z])"
    r"|[ \t]*\|[ \t]*(?=[A-Za-z]))", re.I)
#: the words of the labels :func:`labelled_names` reads, searched in lower-cased text
LABEL_WORDS: Final = ("trustee", "servicer", "deal name", "depositor")
#: the labels of those who service the loans, as :func:`labelled_names` names them
SERVICER_LABELS: Final = ("servicer", "servicers", "master servicer", "sub servicer", "special servicer", "backup servicer")
#: the next label on the line, a wide gap or a ";" before it, its colon or a dash after it
#: ("Cut-off Date - 01-Sep-06"), where a labelled value ends (a gap is tried from its first
#: blank only: linear in a line of blanks)
NEXT_LABEL: Final = re.compile(r"(?:(?<![ \t])[ \t]{2,}|;[ \t]*)[A-Z][A-Za-z .&/()-]{0,40}(?::|[ \t]+[-\u2013\u2014][ \t]+(?=[A-Za-z0-9]))")
_AND_MORE = re.compile(r"^[ \t]*and[ \t]+([A-Z].*)$")  # a list run on after a whole name: "A Co." / "and B LLC;"


def labelled_name(lines: list[str], label: str) -> str | None:
    """The name printed after ``label:`` (``trustee``, ``depositor``, ``deal name``, a servicer's label:
    :data:`SERVICER_LABELS`) on its line, or alone on the next non-blank line when the label ends its line
    (a report printed one cell per line). None when no such label, or when what follows is no name (no
    letter, a date, another label, a role: ``In its capacity as Trustee``, a fee's figure after it).

    >>> labelled_name(["|Trustee:", "|Lasalle Bank, Na.", "|Main Telephone:"], "trustee")
    'Lasalle Bank, Na.'
    >>> labelled_name(["Trustee:  Deutsche Bank"], "trustee"), labelled_name(["Trustee:", "09/25/2007"], "trustee")
    ('Deutsche Bank', None)
    >>> labelled_name(["Depositor: Keystone Corp.      Servicer: Keystone Home Credit      Trustee: BTC"], "servicer")
    'Keystone Home Credit'
    """
    return labelled_names(lines, (label,)).get(label)


def labelled_names(lines: list[str], labels: tuple[str, ...], rows: list[int] | None = None) -> dict[str, str]:
    """The names :func:`labelled_name` finds for each of ``labels``, in one pass over the
    lines (``rows``: the indexes of those holding a label's word, where the caller found
    them: :data:`LABEL_WORDS`): the first time a label is printed decides it (a label
    followed by no name gives none), but for a servicer's label printed again with another
    aside saying which loans it services, which names one more.

    >>> labelled_names(["Servicer: A Co.", "Master Servicer:  B Bank", "Servicer: C"], ("servicer", "master servicer"))
    {'servicer': 'A Co.', 'master servicer': 'B Bank'}
    >>> labelled_names(["  Depositor ........ D Corp.", "  Servicer ......... S Co."], ("depositor", "servicer"))
    {'depositor': 'D Corp.', 'servicer': 'S Co.'}
    >>> labelled_names(["Servicer (Groups I and II):  A Co.", "Servicer (Designated Loans):  B Co."], ("servicer",))
    {'servicer': 'A Co.; B Co.'}
    >>> labelled_names(["Parties:  Depositor - D Corp.;  Servicers - A Home Loans, Inc.",
    ...                 "and B Mortgage Servicing LLC;  Trustee - T Bank, N.A."], ("servicers",))
    {'servicers': 'A Home Loans, Inc.; B Mortgage Servicing LLC'}
    """
    found: dict[str, str | None] = {}
    asides: dict[str, set[str]] = {}  # a servicer's label is printed again for other loans
    for i in rows if rows is not None else range(len(lines)):
        ln = lines[i]
        if rows is None and not any(w in ln.lower() for w in LABEL_WORDS):
            continue  # no label this looks for: the pattern's search costs more than this one
        for m in _LABEL_THEN_VALUE.finditer(ln):
            label = role_key(m.group(1))
            gap = m.group(0).rstrip()[-1:].isalpha()  # a parties' block: "Depositor     A Corp."
            cells = CELL_GAP.split(ln[m.end():].strip(" \t|"))
            # there its value is one cell; cells beyond it are another label's and its figure or
            # date, or a table's columns' names ("SERVICER    STATE    PRIOR BALANCE": no label)
            aside = (m.group(2) or "").lower()
            again = label in SERVICER_LABELS and found.get(label) is not None and aside and aside not in asides[label]
            if label not in labels or label in found and not again or any(ch.isdigit() for ch in cells[0]) and gap or gap and len(
                    cells) > 1 and not any(ch.isdigit() for ch in "".join(cells[1:])) or (ln[m.end() - 1:m.end()] == "|" or gap) and len(
                    cells) > 1 and kind_of(cells[1].strip()).kind == "num":  # a fee's cells ("Trustee   Annual Fee   1,250.00")
                continue
            value = without_aside(NEXT_LABEL.split(cells[0])[0].strip(" \t|"))
            value = value if label == "deal name" else without_address(value)  # a party's, not its place
            if value and (gap or label in SERVICER_LABELS):  # a label that may list several
                col = m.end() + len(ln[m.end():]) - len(ln[m.end():].lstrip(" \t|"))
                # the label's cell starts at its first word (a role joined before it: "Seller and Servicer")
                label_col = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t|"))
                # a list the line leaves open (";", ",") runs on under its label, or under its value
                start = label_col if value.endswith((";", ",")) else col
                names = [value]
                for below in _continued(lines, i, label_col, col, start):
                    if names[-1].endswith((";", ",")) or is_firm(names[-1]):
                        names.append(below)
                    else:  # a name wrapped onto the line below: "Mianus River" / "Savings Bank"
                        names[-1] = f"{names[-1]} {below}"
                value = "; ".join(names)
                whole = value.endswith(".") or value.split()[-1].strip(".,").lower() in SUFFIXES  # "Inc.", "LLC"
                more = _AND_MORE.match(lines[i + 1]) if i + 1 < len(lines) and whole else None
                if more:  # "Servicers - A Co." / "and B LLC;  Trustee - ...": the list runs on
                    value = f"{value}; {NEXT_LABEL.split(more.group(1))[0].strip(' ;,')}"
            if not value:
                k = next((j for j in range(i + 1, len(lines)) if lines[j].strip(" \t|")), len(lines))
                value = lines[k].strip(" \t|") if k < len(lines) else ""
            value = value.rstrip(" ;,")  # (a list's separator after its last name)
            named = value and value[-1] != ":" and len(value) <= 100 and any(c.isalpha() for c in value) \
                and DATE_AT_START.match(value) is None and _ROLE_ONLY.match(value) is None
            if again:
                found[label] = f"{found[label]}; {value}" if named and value not in str(found[label]) else found[label]
            else:
                found[label] = value if named else None
            asides.setdefault(label, set()).add(aside)
        if len(found) == len(labels) and not any(a - {""} for a in asides.values()):
            break
    return {k: v for k, v in found.items() if v is not None}


def _continued(lines: list[str], i: int, label_col: int, col: int, start: int = -1) -> list[str]:
    """The names printed below line ``i``'s value at its column ``col``, the label's cell
    (from ``label_col``) blank beside them (a parties' block listing two servicers under one
    label; what stands left of the label is another column of the page); or, from ``start``
    (a column from the label's to the value's), where the list runs on from that column.

    >>> _continued(["Servicers: A Co.;", "           B Co."], 0, 0, 11), _continued(["Servicers: A Co.;", "B Co."], 0, 0, 11, 0)
    (['B Co.'], ['B Co.'])
    """
    out: list[str] = []
    start = col if start < 0 else start
    for ln in lines[i + 1:i + MAX_CONTINUED + 1]:
        at = len(ln) - len(ln.lstrip(" \t"))
        at = at if start <= at <= col else col
        if len(ln) <= at or ln[label_col:at].strip() or ln[at] in " \t" or at and not ln[at - 1:at].isspace():
            break
        name = without_aside(CELL_GAP.split(NEXT_LABEL.split(ln[at:])[0].strip(" \t|"))[0])  # (no name holds a gap)
        if not name or ":" in name:
            break
        out.append(name)
    return out


MAX_CONTINUED = 4  # names a parties' block lists under one label


__all__ = ["CELL_GAP", "LABEL_WORDS", "NEXT_LABEL", "SERVICER_LABELS", "labelled_name", "labelled_names"]
