"""Build EDGAR full-submission files around real report text, the way EDGAR prints them.

The header below is shaped like EDGAR's for accession 0001019965-03-000548 (ABSC Home Equity
Loan Trust 2003-HE4, CIK 1258736, the deal of seed 001): tab-aligned ``KEY:`` lines,
nested FILER / COMPANY DATA blocks, then one ``<DOCUMENT>`` per file of the filing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "sample_filings").glob("*.txt"))
SEED_001 = REPO / "sample_filings" / "001_21e012ce03d1908d.txt"

PEM_HEAD = [
    "-----BEGIN PRIVACY-ENHANCED MESSAGE-----",
    "Proc-Type: 2001,MIC-CLEAR",
    "Originator-Name: webmaster@www.sec.gov",
    "Originator-Key-Asymmetric:",
    " MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen",
    " TWSM7vrzLADbmYQaionwg5sDW3P6oaM5D3tdezXMm7z1T+B+twIDAQAB",
    "MIC-Info: RSA-MD5,RSA,",
    " Kx3tWqxqXNgFU0wmJsPlEsL+N9Zh4R7TILkIhxPdyS0U4tgEfCFc+ZWeaEJTcVIO",
    " 5uSKFQW/dNqpBhzvCgIgDQ==",
    "",
]
PEM_TAIL = ["-----END PRIVACY-ENHANCED MESSAGE-----"]


def sec_header(form: str = "8-K", accession: str = "0001019965-03-000548", *,
               name: str = "ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE4", cik: int = 1258736,
               filed: str = "20031117") -> list[str]:
    """The ``<SEC-DOCUMENT>`` line and the ``<SEC-HEADER>`` block, one str per line
    (``filed``: YYYYMMDD, also the period of report)."""
    return [
        f"<SEC-DOCUMENT>{accession}.txt : {filed}",
        f"<SEC-HEADER>{accession}.hdr.sgml : {filed}",
        f"<ACCEPTANCE-DATETIME>{filed}101435",
        f"ACCESSION NUMBER:\t\t{accession}",
        f"CONFORMED SUBMISSION TYPE:\t{form}",
        "PUBLIC DOCUMENT COUNT:\t\t2",
        f"CONFORMED PERIOD OF REPORT:\t{filed}",
        "ITEM INFORMATION:\t\tOther events",
        "ITEM INFORMATION:\t\tFinancial statements and exhibits",
        f"FILED AS OF DATE:\t\t{filed}",
        f"DATE AS OF CHANGE:\t\t{filed}",
        "",
        "FILER:",
        "",
        "\tCOMPANY DATA:\t",
        f"\t\tCOMPANY CONFORMED NAME:\t\t\t{name}",
        f"\t\tCENTRAL INDEX KEY:\t\t\t{cik:010d}",
        "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tASSET-BACKED SECURITIES [6189]",
        "\t\tIRS NUMBER:\t\t\t\t000000000",
        "\t\tSTATE OF INCORPORATION:\t\t\tNY",
        "\t\tFISCAL YEAR END:\t\t\t1231",
        "",
        "\tFILING VALUES:",
        f"\t\tFORM TYPE:\t\t{form}",
        "\t\tSEC ACT:\t\t1934 Act",
        "\t\tSEC FILE NUMBER:\t333-86750-05",
        "\t\tFILM NUMBER:\t\t031006834",
        "",
        "\tBUSINESS ADDRESS:\t",
        "\t\tSTREET 1:\t\t11 MADISON AVENUE",
        "\t\tSTREET 2:\t\t5TH FLOOR",
        "\t\tCITY:\t\t\tNEW YORK",
        "\t\tSTATE:\t\t\tNY",
        "\t\tZIP:\t\t\t10010",
        "\t\tBUSINESS PHONE:\t\t2123252000",
        "</SEC-HEADER>",
    ]


def document(
    type_: str, sequence: int, filename: str, text_lines: list[str], description: str | None = None
) -> list[str]:
    """One ``<DOCUMENT>`` block."""
    out = ["<DOCUMENT>", f"<TYPE>{type_}", f"<SEQUENCE>{sequence}", f"<FILENAME>{filename}"]
    if description is not None:
        out.append(f"<DESCRIPTION>{description}")
    return [*out, "<TEXT>", *text_lines, "</TEXT>", "</DOCUMENT>"]


@dataclass
class Submission:
    """A built submission: its lines, where the exhibit text starts, what it should read as."""

    lines: list[str]
    exhibit_start: int  # 0-based line of the exhibit's first text line
    expected_text: str  # exhibit text after layout tags are blanked
    tag_lines: list[int] = field(default_factory=list)  # 0-based lines (in the exhibit) blanked

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def seed_split(seed: Path = SEED_001) -> tuple[list[str], list[str]]:
    """The seed's 8-K cover lines and its report lines (from the trust-name line before
    ``STATEMENT TO CERTIFICATEHOLDERS``)."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    statement = lines.index("STATEMENT TO CERTIFICATEHOLDERS")
    return lines[: statement - 3], lines[statement - 3 :]


def tagged_exhibit(report_lines: list[str]) -> tuple[list[str], list[int]]:
    """Insert EDGAR layout tags around the report's first table, as EDGAR text exhibits have.

    Returns the new lines and the indexes of the inserted tag lines.
    """
    out: list[str] = ["<PAGE>"]
    tags = [0]
    for line in report_lines:
        if line.strip() == "DISTRIBUTION SUMMARY":
            out.append(line)
            for tag in (
                "<TABLE>",
                "<CAPTION>",
                "<S>             <C>              <C>           <C>",
            ):
                tags.append(len(out))
                out.append(tag)
            continue
        if line.strip().startswith("Total") and "</TABLE>" not in out:
            out.append(line)
            tags.append(len(out))
            out.append("</TABLE>")
            continue
        out.append(line)
    return out, tags


def build_submission(form: str = "8-K", *, pem: bool = False, seed: Path = SEED_001) -> Submission:
    """An 8-K submission: the seed's cover page as the 8-K document, its report (with layout
    tags) as EX-99.1."""
    cover, report = seed_split(seed)
    exhibit, tags = tagged_exhibit(report)
    lines = PEM_HEAD[:] if pem else []
    lines += sec_header(form)
    lines += document(form, 1, "absc03he4_1103.txt", cover, "ABSC 2003-HE4 NOVEMBER 2003")
    lines += ["<DOCUMENT>", "<TYPE>EX-99.1", "<SEQUENCE>2", "<FILENAME>ex991_1103.txt"]
    lines += ["<DESCRIPTION>MONTHLY DISTRIBUTION REPORT", "<TEXT>"]
    start = len(lines)
    lines += exhibit
    lines += ["</TEXT>", "</DOCUMENT>", "</SEC-DOCUMENT>"]
    if pem:
        lines += PEM_TAIL
    expected = [("" if i in tags else line) for i, line in enumerate(exhibit)]
    return Submission(lines, start, "\n".join(expected) + "\n", tags)


def wrap_report(report_text: str, *, form: str = "8-K", accession: str, name: str, cik: int,
                filed: str) -> str:
    """A full submission around a whole report document: a one-line cover as the form's
    document and the report, as it is, as EX-99.1 (what EDGAR serves at
    ``/Archives/edgar/data/{cik}/{accession without dashes}/{accession}.txt``)."""
    lines = sec_header(form, accession, name=name, cik=cik, filed=filed)
    lines += document(form, 1, "form.txt", [f"{name}: monthly distribution report, see EX-99.1."])
    lines += document("EX-99.1", 2, "ex991.txt", report_text.rstrip("\n").split("\n"),
                      "MONTHLY DISTRIBUTION REPORT")
    lines += ["</SEC-DOCUMENT>"]
    return "\n".join(lines) + "\n"
