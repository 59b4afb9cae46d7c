"""The parties to a deal named in prose by their roles.

An agreement's parties are named once in a sentence, each followed by its roles ("among
Lakemont Mortgage Securities Corp., as Depositor, Lakemont Home Lending, Inc., as Servicer,
and U.S. Bank Trust National Association, as Trustee"); a certificate is signed "Ridgeway
Financial Corp., as Servicer". The roles are data (:data:`ROLES`, :data:`ROLE_PREFIXES`); a
party's name is the run of words right before ``, as <roles>``:

- capitalised words, and the words that join them inside a name (of, and, the, for, &);
- a comma inside the name only before a company's suffix (", Inc.", ", N.A.", ", LLC",
  ", National Association");
- ending at the first lower-case word ("among", "by", "solely"), a comma before a word that is
  no suffix, a sentence's end (a word ending in "." that is no abbreviation), a label's colon,
  an aside's closing bracket or quote, or a gap of a column; a word opening a bracket or a
  quote is the name's first ("(LaSalle Home Mortgage Corporation, as Servicer)");
- running on from the line above only where both lines are lines of one paragraph (the line
  above long, with no gap of a column, the two starting at one column);
- where the roles open their line, the cell of the line above that stands over them (a
  letterhead prints the trustee's city beside its name).

An agreement may name a party by a defined term instead: ``Lakeshore Acceptance Corporation
(the "Servicer")``, the name right before the bracket.

A role printed with no name before it ("not in its individual capacity but solely as Trustee",
"AS TRUSTEE" alone on its line) gives an empty name: the caller looks elsewhere.

>>> text = ('among Lakemont Mortgage Securities Corp., as Depositor, Lakemont Home Lending, Inc.,\\n'
...         'as Servicer, and U.S. Bank Trust National Association, as Trustee.')
>>> [(p.name, p.roles) for p in named_parties(text)]
[('Lakemont Mortgage Securities Corp.', ('depositor',)), ('Lakemont Home Lending, Inc.', ('servicer',)), ('U.S. Bank Trust National Association', ('trustee',))]
>>> [(p.name, p.roles) for p in named_parties("Norwest Bank Minnesota, N.A., as master servicer and as trustee.")]
[('Norwest Bank Minnesota, N.A.', ('master servicer', 'trustee'))]
>>> [(p.name, p.roles) for p in named_parties("National City Bank, Indenture Trustee      Collection Period: 09/00")]
[('National City Bank', ('indenture trustee',))]
>>> named_parties("Fees and Expenses, Indenture Trustee        1,250.00")
[]
>>> [(p.name, p.roles) for p in named_parties('among Lakeshore Auto Receivables Corp. (the "Seller"), Lakeshore Acceptance\\n'
...                                             'Corporation (the "Servicer") and Harris Trust and Savings Bank')]
[('Lakeshore Auto Receivables Corp.', ('seller',)), ('Lakeshore Acceptance Corporation', ('servicer',))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

#: the roles an agreement names its parties by
ROLES: Final = ("servicer", "trustee", "depositor", "seller", "originator", "sponsor", "custodian",
                "administrator", "issuer", "paying agent", "underwriter")
#: words that qualify a role ("Master Servicer", "Sub-Servicer", "Indenture Trustee")
ROLE_PREFIXES: Final = ("master", "sub", "special", "back-up", "backup", "indenture", "owner", "securities",
                        "certificate", "trust", "co")
#: the suffixes a company's name carries after a comma
SUFFIXES: Final = frozenset({"inc", "llc", "l.l.c", "n.a", "na", "corp", "ltd", "l.p", "lp", "co", "plc", "fsb",
                             "f.s.b", "s.a", "ag", "national association", "a national banking association"})
#: lower-case words that join the words of a name
JOINERS: Final = frozenset({"of", "and", "the", "for", "&", "de", "du"})
#: words opening an agreement's list of parties, or naming who did a thing ("prepared by"),
#: whatever their case: never a name's
_OPENERS: Final = frozenset({"among", "amongst", "between", "by"})
#: words of a name at most
MOST_WORDS: Final = 12

_ROLE = (r"(?:(?:" + "|".join(re.escape(p) for p in ROLE_PREFIXES) + r")[ \t-]*)?(?:"
         + "|".join(r"[ \t]+".join(w.split()) for w in ROLES) + r")s?")
# matched where "as " follows a blank (found with str.find: the pattern's search would cost
# an attempt at every character)
_AS_ROLES = re.compile(
    r"as\s+(?:the\s+)?(" + _ROLE + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:as\s+)?" + _ROLE + r")*)\b", re.I)
_ROLE_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:as\s+)?|\s+and\s+(?:as\s+)?", re.I)
# the capacity a party acts in, between its name and its role: "not in its individual
# capacity but solely", "in its capacity"
_CAPACITY = re.compile(r",?\s*(?:not\s+in\s+its\s+individual\s+capacity\s*(?:,\s*)?(?:but\s+)?|(?:in\s+)?its\s+"
                       r"(?:\w+\s+)?capacity\s*)?(?:solely\s*)?$", re.I)
_GAP = re.compile(r"[ \t]{3,}|\t|\|")
_DEFINED = re.compile(r"\((?:the\s+)?[\"\u201c](" + _ROLE + r")[\"\u201d]\)", re.I)  # (the "Servicer")
_ROLE_WORD = re.compile(r"\b" + _ROLE + r"\b", re.I)
_TITLED = re.compile(r",[ \t]+(" + _ROLE + r")[ \t]*(?=\n|$|[ \t]{3,}|\t|\|)", re.I)
# a capacity phrase broken across two lines: its tail alone on the line of the roles, its head
# ending the name's line; and a signature's "By:" before the name
_CAPACITY_TAIL = re.compile(r"^\s*(?:(?:individual\s+)?capacity\s*,?\s*(?:but\s+)?(?:solely\s*)?|(?:but\s+)?solely\s*)$",
                            re.I)
_CAPACITY_HEAD = re.compile(r",?\s*not\s+in\s+its(?:\s+individual)?(?:\s+capacity)?(?:\s+but)?\s*$", re.I)
_SIGNED_BY = re.compile(r"^\s*By:\s*", re.I)


@dataclass(frozen=True)
class Party:
    """A name and its roles (lower case, one space: ``master servicer``), and where the
    roles are printed (the offset of ``as`` in the text)."""

    name: str
    roles: tuple[str, ...]
    at: int


def named_parties(text: str, low: str | None = None) -> list[Party]:
    """Every ``<name>, as <roles>`` of ``text`` (``low``: its lower-cased copy, where the
    caller has one), in order (the name empty where none is printed before the roles)."""
    low = text.lower() if low is None or len(low) != len(text) else low
    out: list[Party] = []
    done = 0
    for i in sorted(offsets_of(low, "as ") + offsets_of(low, "as\n")):
        m = _AS_ROLES.match(text, i) if i >= done and i > 0 and text[i - 1] in " \t\n" else None
        if m:
            done = m.end()
            roles = tuple(dict.fromkeys(_role(r) for r in _ROLE_SPLIT.split(m.group(1)) if r.strip()))
            end = i
            while end > 0 and text[end - 1] in " \t\n":
                end -= 1
            end -= 1 if end > 0 and text[end - 1] == "," else 0
            name = _name_before(text, _above_roles(text, i, end))
            if not _ROLE_WORD.fullmatch(name):  # a role names no party: "Indenture Trustee in its capacity as trustee"
                out.append(Party(name, roles, i))
    # an agreement's defined term: '<name> (the "Servicer")'
    for i in offsets_of(low, "(the ") + offsets_of(low, '("') + offsets_of(low, "(\u201c"):
        if (m := _DEFINED.match(text, i)) is not None:
            end = i
            while end > 0 and text[end - 1] in " \t\n":
                end -= 1
            if name := _name_before(text, end):
                out.append(Party(name, (_role(m.group(1)),), i))
    # a title's "<name>, <role>" with nothing after the role but a column's gap or the line's
    # end ("National City Bank, Indenture Trustee      Collection Period: ..."); a figure after
    # the gap makes it a row of fees ("Fees and Expenses, Indenture Trustee    1,250.00")
    for m in _TITLED.finditer(text):
        eol = text.find("\n", m.end())
        after = text[m.end():eol if eol >= 0 else len(text)].strip(" \t|$(")
        if not after[:1].isdigit() and (name := _name_before(text, m.start())) and (
                _ROLE_WORD.search(name) is None):  # (a role is no name: "the Servicer, Trustee")
            out.append(Party(name, (_role(m.group(1)),), m.start()))
    return sorted(out, key=lambda p: p.at)


def _above_roles(text: str, at: int, end: int) -> int:
    """Where the name before roles printed at offset ``at`` ends: ``end``, but where the roles
    open their line and the line above prints cells apart (a letterhead: ``BANK ONE, N.A.
    <gap> Columbus, Ohio``), the end of the cell standing over them.

    >>> t = "BANK ONE, NATIONAL ASSOCIATION        Columbus, Ohio\\nas Trustee"
    >>> t[:_above_roles(t, t.index("as "), t.index("\\n"))]
    'BANK ONE, NATIONAL ASSOCIATION'
    """
    opens = text.rfind("\n", 0, at) + 1
    if text[opens:at].strip() or end >= opens:
        return end
    above = text.rfind("\n", 0, end) + 1
    col = at - opens
    gaps = list(_GAP.finditer(text, above, end))
    starts, ends = [above] + [m.end() for m in gaps], [m.start() for m in gaps] + [end]
    for first, last in zip(starts, ends, strict=True):
        if gaps and first - above <= col < last - above:
            return last
    return end


def offsets_of(low: str, word: str) -> list[int]:
    """The offsets of every ``word`` in ``low``, in order (a search of the text, no pattern).

    >>> offsets_of("as a b as", "as")
    [0, 7]
    """
    out: list[int] = []
    i = low.find(word)
    while i != -1:
        out.append(i)
        i = low.find(word, i + 1)
    return out


_JOINED_ROLE: Final = re.compile(r"\b(sub|master|special|backup)servicer")  # a qualifier joined on


def role_key(printed: str) -> str:
    """A role or a label of one as one names it: lower case, "(s)" a plural, one blank
    between its words ("Sub-Servicer" -> "sub servicer", "Back-up" -> "backup").

    >>> role_key("Sub-Servicer"), role_key("Servicer(s)"), role_key("BACK-UP SERVICER"), role_key("SUBSERVICER")
    ('sub servicer', 'servicers', 'backup servicer', 'sub servicer')
    """
    key = " ".join(printed.lower().replace("(s)", "s").replace("-", " ").split())
    return _JOINED_ROLE.sub(r"\1 servicer", key.replace("back up", "backup"))  # "SUBSERVICER"


def _role(printed: str) -> str:
    """A role printed after "as", singular ("Servicers": the servicers')."""
    words = role_key(printed).split()
    if words and words[-1].endswith("s") and words[-1][:-1] in {w.split()[-1] for w in ROLES}:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _name_before(text: str, end: int) -> str:
    """The name printed right before offset ``end`` of ``text`` (see the module's rules)."""
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if start > 0 and _CAPACITY_TAIL.match(line):  # "..., not in its" / "individual capacity but solely as Trustee"
        start = text.rfind("\n", 0, start - 1) + 1
        line = _CAPACITY_HEAD.sub("", text[start:text.rfind("\n", 0, end)])
    line = _SIGNED_BY.sub("", _CAPACITY.sub("", line))
    words: list[str] = []
    opening = False  # the line is a paragraph's first, indented more than the name's
    while True:
        gaps = list(_GAP.finditer(line.rstrip(), _indent(line)))  # (a paragraph's indent is no gap)
        part = line[gaps[-1].end():] if gaps else line
        kept = len(words)
        complete = _take(part.split(), words)
        if opening and complete:
            del words[:len(words) - kept]  # a name starts inside a sentence's first line, never with it (a title)
            break
        if not complete or gaps or start == 0 or len(words) >= MOST_WORDS:
            break
        above_end = start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end]
        opening = _indent(above) != _indent(text[start:end])
        if len(above.strip()) < 40 or _GAP.search(above.strip()) or _sentence_ends(above) \
                or opening and not _opens_paragraph(text, above_start, above, end):
            break
        line, start = above, above_start
    term = False
    # a name never starts with a joiner: lower case, or "and" of any case (a list's last party,
    # "..., AS SERVICER, AND FIRSTAR BANK, N.A., AS TRUSTEE")
    while words and words[0].lower() in JOINERS and (words[0].islower() or words[0].lower() in ("and", "&")):
        term = words.pop(0) == "the"
        if term and "and" in words:  # "between the Trust and Harris Trust ...": a defined term, then the name
            words = words[words.index("and") + 1:]
    return " ".join(words).rstrip(",;") if any(w[:1].isupper() for w in words) else ""


def _opens_paragraph(text: str, start: int, line: str, end: int) -> bool:
    """Is ``line`` (at offset ``start`` of ``text``) a paragraph's first line of prose (in
    lower case too: a title is in capitals), indented more than the line it runs on to (which
    ends at ``end``): a blank line or none above it?"""
    if _indent(line) <= _indent(text[text.rfind("\n", 0, end) + 1:end]) or line.isupper():
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]
    return start == 0 or not before.strip()


def _sentence_ends(line: str) -> bool:
    """Does ``line`` end a sentence (a period after a word no name ends with: ``... Distribution
    Date.``, not ``... Bank, N.A.``) or another party's role (``..., as Servicer``)? A name does
    not run on from it.

    >>> _sentence_ends("relating to the October 25, 2005 Distribution Date."), _sentence_ends("First Union National Bank, N.A.")
    (True, False)
    >>> _sentence_ends("Fairmount Ridge Motor Acceptance Corporation, as Servicer")
    True
    """
    words = line.split()
    if len(words) >= 2 and words[-2].lower() == "as" and _AS_ROLES.fullmatch(" ".join(words[-2:]).rstrip(".,;")):
        return True
    return bool(words) and words[-1].endswith(".") and words[-1].strip(".,").lower() not in SUFFIXES


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _take(line_words: list[str], name: list[str]) -> bool:
    """Put the words of a line, right to left, in front of ``name`` while they belong to it;
    True where every word of the line did (the name may run on from the line above)."""
    for w in reversed(line_words):
        if not name:
            w = w.rstrip("\"")  # a quoted name: "Bank One, N.A.", as Trustee
        core = w.strip("\"'()[],;:")
        lead = w.lstrip("\"'([")
        opens = lead != w  # an aside opening with the name: "(LaSalle Home ..., as Servicer)"
        if not core or len(name) >= MOST_WORDS or w.endswith(":") or any(c in lead for c in "\"()[]"):
            return False
        if not any(c.isalnum() for c in core) and core != "&":
            return False  # a rule ("=====") is no word of a name
        if name and name[0] == "and" and _is_suffix([core]):
            return False  # "... Servicing, LLC and Granite Peak ...": the suffix ends the name before
        if name and w.endswith((",", ";")) and (w.endswith(";") or not _is_suffix(name)):
            return False
        if core[0].islower() and core.lower() not in JOINERS or core[0].isdigit() or core.lower() in _OPENERS:
            return False  # (a word opening the list of parties ends a name in capitals too: "AMONG")
        if name and w.endswith(".") and not _abbreviation(core):
            return False  # the end of the sentence before the name
        name.insert(0, lead)
        if opens:
            return False
    return True


def _is_suffix(name: list[str]) -> bool:
    return " ".join(name).strip(".,").lower() in SUFFIXES


def _abbreviation(word: str) -> bool:
    """``Inc.``, ``N.A.``, ``U.S.``, ``Corp.``: a word with a period inside, or of four
    letters at most, but a company's suffix that is an initialism (``LLC``, ``LP``: printed
    with no period, so one after it ends a sentence)."""
    w = word.rstrip(".")
    return "." in w or len(w) <= 4 and not (w.lower() in SUFFIXES and w.lower() not in ABBREVIATED)


def without_address(name: str) -> str:
    """A name less the place printed after it (``GULF COAST MORTGAGE COMPANY, SAN ANTONIO,
    TEXAS``): after a word that says it is a firm, the first part after a comma that is no
    firm's suffix (``N.A.``, ``Inc.``, ``National Association``) begins an address.

    A full stop after a whole word (no abbreviation's) ends the sentence the name stands in.

    >>> without_address("Gulf Coast Mortgage Company, San Antonio, Texas"), without_address("HSBC Bank USA, N.A.")
    ('Gulf Coast Mortgage Company', 'HSBC Bank USA, N.A.')
    >>> without_address("Bayshore Mortgage Company."), without_address("Keystone Corp.")
    ('Bayshore Mortgage Company', 'Keystone Corp.')
    >>> without_address("Carrollton Home Loan Servicing, LP."), without_address("Keystone Co.")
    ('Carrollton Home Loan Servicing, LP', 'Keystone Co.')
    """
    words = name.split()
    if name.endswith(".") and words and not _abbreviation(words[-1]):
        name = name[:-1]
    parts = name.split(", ")
    if len(parts) < 2 or not _FIRM.search(parts[0]):
        return name
    k = 1
    while k < len(parts) and parts[k].strip(" .").lower() in SUFFIXES:
        k += 1
    return ", ".join(parts[:k])


_FIRM: Final = re.compile(r"\b(?:company|corporation|corp\.?|bank|inc\.?|llc|association|trust|co\.|fsb|l\.?p\.?)$", re.I)


def is_firm(name: str) -> bool:
    """Does ``name`` end in a word saying it is a firm's whole name (``Company``, ``Bank``,
    ``Inc.``, a suffix)?

    >>> is_firm("Mianus River Savings Bank"), is_firm("Mianus River"), is_firm("Tidemark Home Loans, FSB")
    (True, False, True)
    """
    words = name.rstrip(" .;,").split()
    return _FIRM.search(name.rstrip(" ;,")) is not None or bool(words) and words[-1].lower() in SUFFIXES


def without_aside(name: str) -> str:
    """A labelled name less an aside in brackets after it saying what it does, not who
    (``Kestrel Mortgage Servicing Corp. (Groups 3 and 4)``), a list's ``;`` or ``,`` kept.

    Each name of a list parted by ``;`` loses its own.

    >>> without_aside("Harborview Servicing, LLC (Group I / Group II);")
    'Harborview Servicing, LLC;'
    >>> without_aside("Ashcombe Home Loans, Inc. (Groups 1, 2 and 3); Colonial Shore (Group 3)")
    'Ashcombe Home Loans, Inc.; Colonial Shore'

    The full stop of a sentence ending in the aside goes with it:

    >>> without_aside("Ashmore Loan Servicing, Inc. (Group 3).")
    'Ashmore Loan Servicing, Inc.'
    """
    if ";" in name[:-1]:
        return ";".join(without_aside(part) for part in name.split(";"))
    return _ASIDE_AFTER.sub(r"\1", name) if name.endswith((")", ");", "),", ").")) else name


_ASIDE_AFTER = re.compile(r"\s*\([^()]*\)(?:([;,])|\.)?$")
#: the suffixes of a company's name that are words cut short, each with its full stop (the
#: others are initialisms, printed with none: ``LLC``, ``LP``, ``FSB``)
ABBREVIATED: Final = frozenset({"inc", "corp", "co", "ltd"})


__all__ = ["JOINERS", "MOST_WORDS", "Party", "ROLES", "ROLE_PREFIXES", "SUFFIXES", "named_parties", "offsets_of", "role_key",
           "without_address", "without_aside"]
