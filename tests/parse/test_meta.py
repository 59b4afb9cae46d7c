"""abs_nb.parse.meta: the metadata a report prints (trust, series, dates, form, trustee,
servicers, depositor, revised), read from its 8-K cover and heading: every field is what the
text prints or None. Expected values are read off the hand-written texts and the seeds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import abs_nb
from abs_nb.parse import meta
from abs_nb.parse.labelled_names import labelled_name
from abs_nb.parse.meta import extract, parse_date, series_of, signing_institution

CLASS_TABLE = ("CLASS     BEGINNING     PRINCIPAL     INTEREST        ENDING\n"
               "A-1    1,000,000.00    100,000.00     5,000.00    900,000.00\n"
               "A-2    2,000,000.00          0.00    10,000.00  2,000,000.00\n")


SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
T000 = (SEEDS / "000_2d551bf597d89db6.txt").read_text()
T002 = (SEEDS / "002_c10342e102d7429b.txt").read_text()
D = dt.date


# ---- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("15-Oct-03", D(2003, 10, 15)),
    ("November 15, 2002", D(2002, 11, 15)),
    ("Sept. 5 2004", D(2004, 9, 5)),
    ("Feburary 25, 2005", D(2005, 2, 25)),  # a misspelling the reports print
    ("7/17/00", D(2000, 7, 17)),
    ("2005-08-25", D(2005, 8, 25)),
    ("20050825", D(2005, 8, 25)),
    ("12/25/69", D(2069, 12, 25)),  # a two-digit year below 70 is this century's
    ("12/25/70", D(1970, 12, 25)),
])

def test_the_date_formats_reports_print(text, date):
    assert parse_date(f"Distribution Date: {text}  ") == date


def test_the_first_date_in_the_text_and_no_date_that_is_none():
    assert parse_date("paid 2005-08-25 for the period ended 7/31/05") == D(2005, 8, 25)
    assert parse_date("for the period ended 7/31/05, paid 2005-08-25") == D(2005, 7, 31)
    assert parse_date("2/30/2005") is None  # no 30 February
    assert parse_date("Foo 12, 2003") is None  # no month
    assert parse_date("no date here") is None


# ---- series ----------------------------------------------------------------------------------


def test_the_series_a_report_prints():
    assert series_of("Home Equity Loan Trust, Series 2003-HE2\n") == "2003-HE2"
    assert series_of("Series Number: 2004-he4\n") == "2004-HE4"
    assert series_of("Banc One Home Equity Loan Trust 1999-2     Page 1\n") == "1999-2"
    assert series_of("STATEMENT\n  2003-HE1   \n") == "2003-HE1"  # alone on its line, in capitals
    assert series_of("Series 1975-1\n") is None  # no year of these reports
    assert series_of("Distribution Date: 2005-08-25\n") is None  # a date is no series
    assert series_of("no series here") is None


SERIESISH = st.lists(st.sampled_from(["trust", "tr", "corp", "corp.", "corporation", "series", "number", "2003-he1",
                                      "1999-2", "x", "_", "\u00e9", " ", ",", ":", "-", "\n", "str", "2003-tr"]),
                     max_size=14).map("".join)


@given(SERIESISH)
@example("str 2003-he1 tr 2004-he2")
@example("xtr 2003-tr 2004-he1")
def test_word_matches_are_the_matches_of_the_pattern_after_a_word_boundary(text):
    for rx in (meta._SERIES_LABELLED, meta._SERIES_AFTER_NAME):
        bounded = re.compile(r"\b" + rx.pattern)
        got = [(m.span(), m.groups()) for m in meta._word_matches(rx, text)]
        assert got == [(m.span(), m.groups()) for m in bounded.finditer(text)], text


# ---- a whole cover and heading ---------------------------------------------------------------

COVER = """\
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

Date of Report (Date of earliest event reported): October 15, 2003

Example Home Equity Loan Trust, Series 2003-HE2
(Exact name of registrant as specified in its charter)

Depositor: Example Securities Corp.

On October 15, 2003 a distribution was made to holders of the certificates.

STATEMENT TO CERTIFICATEHOLDERS
Previous Distribution Date:   09/15/2003
Distribution Date:            10/15/2003
Record Date:                  09/30/2003
Determination Date:           10/10/2003

Has Example Servicing LLC failed the Termination Test?   NO

U.S. Bank National Association, as Trustee
"""


def test_a_cover_and_heading_read_field_by_field():
    m = extract(COVER)
    assert m["form"] == "8-K"
    assert m["trust"] == "Example Home Equity Loan Trust"  # the registrant, its series apart
    assert m["series"] == "2003-HE2"
    assert m["report_date"] == D(2003, 10, 15)
    assert m["distribution_date"] == D(2003, 10, 15)  # not the previous one
    assert m["stated_distribution_dates"] == [D(2003, 10, 15)]
    assert (m["record_date"], m["determination_date"]) == (D(2003, 9, 30), D(2003, 10, 10))
    assert m["trustee"] == "U.S. Bank National Association"
    assert m["servicers"] == ["Example Servicing LLC"]
    assert m["depositor"] == "Example Securities Corp."
    assert m["revised"] is False


def test_fields_not_printed_are_none():
    m = extract("STATEMENT TO CERTIFICATEHOLDERS\nPrevious Distribution Date: 09/15/2003\n")
    assert {k: m[k] for k in ("form", "trust", "series", "distribution_date", "record_date", "trustee",
                              "depositor")} == dict.fromkeys(("form", "trust", "series", "distribution_date",
                                                              "record_date", "trustee", "depositor"))
    assert (m["servicers"], m["stated_distribution_dates"], m["revised"]) == ([], [], False)


def test_the_form_starts_its_line():
    assert extract("  Form 10-D/A\n")["form"] == "10-D/A"
    assert extract("FORM 10-D\n")["form"] == "10-D"
    assert extract("as reported on form 8-K last month\n")["form"] is None


def test_a_date_alone_under_the_statement_heading_is_its_distribution_date():
    assert extract("XYZ Auto Trust\nSTATEMENT TO NOTEHOLDERS\n   March 15, 2004\n")["distribution_date"] == D(2004, 3, 15)
    text = "STATEMENT TO CERTIFICATEHOLDERS DATED NOVEMBER 17, 2003\n"
    assert extract(text)["distribution_date"] == D(2003, 11, 17)


def test_the_trustee_by_its_capacity_its_label_or_its_signature():
    assert extract("LASALLE BANK N.A.\nIN ITS CAPACITY AS TRUSTEE\n")["trustee"] == "LASALLE BANK N.A."
    assert extract("|Trustee:\n|Deutsche Bank National Trust Company\n")["trustee"] == (
        "Deutsche Bank National Trust Company")
    assert labelled_name(["Deal Name: Some Trust, 2007-KS4"], "deal name") == "Some Trust, 2007-KS4"
    assert labelled_name(["Trustee:", "Deal Name:"], "trustee") is None  # another label is no name
    signed = ["By: /s/ Jane Roe", "Name: Jane Roe", "Title: Vice President", "Wells Fargo Bank, N.A."]
    assert signing_institution(signed) == "Wells Fargo Bank, N.A."
    assert signing_institution([*signed[:3], "Jane Roe's Consulting"]) is None  # no bank signs


def test_a_revised_or_amended_statement_is_marked():
    assert extract("AMENDED STATEMENT TO CERTIFICATEHOLDERS\n")["revised"] is True
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n")["revised"] is False


def test_revised_statement_is_marked():
    text = T000.replace("STATEMENT TO CERTIFICATEHOLDERS", "REVISED STATEMENT TO CERTIFICATEHOLDERS", 1)
    assert abs_nb.load_text(text).meta["revised"] is True
    assert abs_nb.load_text(T000).meta["revised"] is False


# ---- the seeds -------------------------------------------------------------------------------


def test_seed_000():
    # lines 4, 12, 14, 33, 76, 232 and 357 of the seed
    m = extract(T000)
    assert m["form"] == "8-K"
    assert m["trust"] == "Asset Backed Securities Corporation, Home Equity Loan Trust"
    assert m["series"] == "2003-HE2"
    assert m["report_date"] == m["distribution_date"] == D(2003, 10, 15)  # "15-Oct-03"
    assert m["stated_distribution_dates"] == [D(2003, 10, 15)]
    assert m["trustee"] == "US Bank, NA"  # "US Bank, NA, as Trustee"
    assert m["servicers"] == ["Fairbanks"]  # "Has Fairbanks failed the Termination Test"
    assert (m["record_date"], m["depositor"], m["revised"]) == (None, None, False)


def test_seed_002_names_its_trustee_only_under_its_signature():
    m = extract(T002)
    assert "as trustee" not in T002.lower() and "trustee:" not in T002.lower()
    assert m["trustee"] == "US Bank, NA"  # By: / Name: / Title: then the bank
    assert m["trust"] == "Asset Backed Securities Corporation Mortgage-Backed Pass-Through Certificates"
    assert m["series"] == "2002-HE1"
    assert m["distribution_date"] == D(2002, 11, 15)  # "November 15, 2002"
    assert m["servicers"] == []


# ---- real documents (../shared/corpus) -------------------------------------------------------


@needs_corpus
def test_a_cover_without_blank_lines_names_the_registrant_and_the_trustee_above_its_capacity():
    # 022: "SECURITIES AND EXCHANGE COMMISSION" ... "ABN AMRO Mortgage Corporation" / "(Sponsor)"
    # ... "(Exact name of registrant ...)", no blank line between; "LASALLE BANK N.A." /
    # "ITS CAPACITY AS TRUSTEE"
    meta = abs_nb.load(CORPUS / "022_abnamro-mtg-1998-3-2000-03-lasalle-header.txt").meta
    assert (meta["trust"], meta["trustee"], meta["series"]) == ("ABN AMRO Mortgage Corporation", "LASALLE BANK N.A.", "1998-3")


def test_a_trustee_named_in_its_capacity_is_the_line_above():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 03/27/00\nBeginning Balance   1,000.00\n\n"
            "LASALLE BANK N.A.\nITS CAPACITY AS TRUSTEE\n")
    assert abs_nb.load_text(text).meta["trustee"] == "LASALLE BANK N.A."
    assert abs_nb.load_text(text.replace("LASALLE BANK N.A.\nITS CAPACITY", "Wells Fargo Bank, N.A.")).meta["trustee"] == "Wells Fargo Bank, N.A."


@needs_corpus
@pytest.mark.parametrize("name, trust, trustee", [
    # "CC MASTER CREDIT CARD TRUST II" alone on its line (048-050, line 5)
    ("048_ccmct2-1998a-2003-monthly-stmt-malformed-number.txt", "CC MASTER CREDIT CARD TRUST II", None),
    ("049_ccmct2-1998a-2003-monthly-stmt-a.txt", "CC MASTER CREDIT CARD TRUST II", None),
    # one cell per line: "|Deal Name:" / "|Residential Asset Securities Corp, 2007-KS4" and
    # "|Trustee:" / "|Lasalle Bank, Na." (054 lines 5-6 and 33-34)
    ("054_rasc-2007ks4-2007-09-gmacrfc-statement.txt", "Residential Asset Securities Corp", "Lasalle Bank, Na."),
])
def test_a_trust_and_a_trustee_printed_as_labels_or_with_a_numeral(name, trust, trustee):
    m = abs_nb.load(CORPUS / name).meta
    assert m["trust"] == trust and m["trustee"] == trustee


def test_a_role_after_the_trustee_label_names_no_trustee():
    # "Trustee:" then only the capacity it acts in: no name is printed, none is taken
    assert extract("Trustee:\nIN ITS CAPACITY AS TRUSTEE\n")["trustee"] is None
    assert extract("Trustee:   as Indenture Trustee\n")["trustee"] is None
    assert extract("Trustee:\nWells Fargo Bank, N.A.\n")["trustee"] == "Wells Fargo Bank, N.A."


def test_the_trustee_signing_not_in_its_individual_capacity_is_named_above():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/98\n\nSIGNATURES\n\n"
            "                   NORWEST BANK MINNESOTA, NATIONAL ASSOCIATION,\n"
            "                   not in its individual capacity but solely as Trustee\n")
    assert extract(text)["trustee"] == "NORWEST BANK MINNESOTA, NATIONAL ASSOCIATION"


def test_the_role_alone_under_a_name_names_the_line_above():
    text = "                MANUFACTURERS AND TRADERS TRUST COMPANY\n                          AS TRUSTEE\n\nKEYSTONE\n"
    assert extract(text)["trustee"] == "MANUFACTURERS AND TRADERS TRUST COMPANY"


def test_a_labelled_servicer_is_a_servicer_and_a_group_of_loans_is_not():
    text = "DISTRIBUTION DATE:   NOVEMBER 17, 1997\nSERVICER:            KEYSTONE HOME FUNDING CORPORATION\n"
    assert extract(text)["servicers"] == ["KEYSTONE HOME FUNDING CORPORATION"]
    assert extract("Master Servicer:  Ocwen Federal Bank FSB\n")["servicers"] == ["Ocwen Federal Bank FSB"]
    # names over a pool table's columns: groups of loans by their own word; a name cut short
    # is the one printed whole
    named = extract("x\n", ["FIXED RATE GROUP", "Fairbanks", "Fairbanks Cap.", "Fairbanks Capital"])["servicers"]
    assert named == ["Fairbanks", "Fairbanks Capital"]


def test_labels_side_by_side_on_one_line_each_name_their_own_value():
    text = ("DISTRIBUTION DATE:   25-Jun-99\n"
            "Depositor: Keystone Mortgage Securities Corp.      Servicer: Keystone Home Credit Corporation"
            "      Trustee: Bankers Trust Company\n"
            "Servicers: Stonegate Home Loan Servicing LP; Tidewater Servicing Corporation\n")
    m = extract(text)
    assert m["depositor"] == "Keystone Mortgage Securities Corp."
    assert m["servicers"] == ["Keystone Home Credit Corporation", "Stonegate Home Loan Servicing LP",
                              "Tidewater Servicing Corporation"]
    assert m["trustee"] == "Bankers Trust Company"


def test_a_parties_block_with_its_labels_set_apart_by_blanks():
    from abs_nb.parse.meta import extract

    text = "\n".join([
        "Parties to the Transaction",
        "",
        "    Depositor               Harborstone Mortgage Investors, Inc.",
        "    Servicer(s)             Crestline Mortgage Servicing Corp.",
        "                            Ridgeline Loan Servicing, LLC",
        "    Trustee                 LaSalle Bank National Association",
        "",
        "    Servicer Advances       1,234.56",
    ])
    meta = extract(text, [])
    assert meta["servicers"] == ["Crestline Mortgage Servicing Corp.", "Ridgeline Loan Servicing, LLC"]
    assert meta["trustee"] == "LaSalle Bank National Association"


def test_names_that_say_what_loans_a_group_holds_are_no_servicers():
    # "FIXED" and "ARM" head a pool's columns that add up to its Total: the kinds of the
    # loans, not who services them; a servicer's name beside them stays one
    named = extract("x\n", ["FIXED", "ARM", "Second Lien", "Adjustable", "Long Beach"])["servicers"]
    assert named == ["Long Beach"]


def test_parties_named_in_prose_by_their_roles():
    text = ("Pursuant to the Agreement among Fairhaven Contract Securities Corp.,\n"
            "as Depositor, Fairhaven Acceptance Corporation, as Seller and Servicer, and\n"
            "State Street Bank and Trust Company, as Trustee, the Trustee reports the following\n")
    m = extract(text)
    assert (m["trustee"], m["servicers"], m["depositor"]) == (
        "State Street Bank and Trust Company", ["Fairhaven Acceptance Corporation"], "Fairhaven Contract Securities Corp.")
    # the role's name is no more than the words before it: not the sentence they stand in
    m = extract("This statement has been prepared by Wells Fargo Bank Minnesota, N.A. as Trustee based on\n")
    assert m["trustee"] == "Wells Fargo Bank Minnesota, N.A."


def test_the_form_an_exhibit_says_it_is_filed_with():
    assert extract("EX-99.1  Monthly Statement to Certificateholders (Exhibit 99.1 to Form 10-D)\n")["form"] == "10-D"
    assert extract("Filed as an exhibit to the Current Report on Form 8-K of Keystone Funding LLC\n")["form"] == "8-K"
    # below the document's head, or in prose that is no exhibit's, a form is no form of its own
    assert extract("x\n" * 60 + "Exhibit 99.1 to Form 10-D\n")["form"] is None


def test_servicers_listed_under_one_label_beside_another_column_and_qualified_labels():
    text = "\n".join([
        "Contents                                    Page    Issuance Information",
        "Distribution Summary ......................  2      Depositor:                 Lakemont Asset Securities Corporation",
        "Principal Distribution Detail .............  5      Servicer(s):               Brightwater Mortgage Servicing, LLC",
        "Collateral Statement ......................  6                                 Cordell Loan Servicing Corp.",
        "Delinquency Report ........................  7      Trustee:                   HSBC Bank USA, National Association",
        "   Sub-Servicer:        Allegheny Loan Servicing Corporation",
    ])
    m = extract(text)
    assert m["servicers"] == ["Brightwater Mortgage Servicing, LLC", "Cordell Loan Servicing Corp.",
                              "Allegheny Loan Servicing Corporation"]
    assert m["depositor"] == "Lakemont Asset Securities Corporation"
    assert m["trustee"] == "HSBC Bank USA, National Association"


def test_labels_set_apart_by_a_dash_and_labels_printed_late_in_the_report():
    m = extract("PARTIES:   DEPOSITOR - LAKESHORE HOME EQUITY FUNDING CORP.      SERVICER - LAKESHORE NATIONAL BANK\n")
    assert (m["depositor"], m["servicers"]) == ("LAKESHORE HOME EQUITY FUNDING CORP.", ["LAKESHORE NATIONAL BANK"])
    m = extract("Class A-1    1,000.00\n" * 250 + "Servicers:  Prairie Home Mortgage, Inc.;  Great Lakes Residential Funding Corp.\n")
    assert m["servicers"] == ["Prairie Home Mortgage, Inc.", "Great Lakes Residential Funding Corp."]


def test_the_trust_a_depositors_cover_files_for_and_a_trust_in_a_banners_cells():
    cover = ("SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\n\nSUMMIT ASSET SECURITIES CORPORATION\n"
             "(Exact name of registrant as specified in its charter)\n"
             "(on behalf of Summit Home Equity Loan Trust 2002-1)\n\n"
             "          Asset-Backed Certificates of Summit Home Equity Loan Trust 2002-1, Series 2002-1\n")
    assert extract(cover)["trust"] == "Summit Home Equity Loan Trust"
    # a registrant that names no trust, and a report that names none by its series: the registrant
    assert extract(cover.split("(on behalf")[0])["trust"] == "SUMMIT ASSET SECURITIES CORPORATION"
    banner = ("|WELLS FARGO BANK, N.A. Corporate Trust Services 9062 Old Annapolis Road|Cardinal Point Home Equity "
              "Trust 2006-HE3 Asset-Backed Pass-Through Certificates Series 2006-HE3|Distribution Date: 3/26/2007\n"
              "|Monthly Statement to Certificateholders\n")
    assert extract(banner)["trust"] == "Cardinal Point Home Equity Trust"


def test_a_registrants_name_wrapped_onto_the_next_line():
    cover = ("SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\n\nASSET BACKED SECURITIES CORPORATION HOME EQUITY\n"
             "LOAN TRUST, SERIES 2003-HE2\n(Exact name of registrant as specified in its charter)\n")
    assert extract(cover)["trust"] == "ASSET BACKED SECURITIES CORPORATION HOME EQUITY LOAN TRUST"


def test_a_distribution_date_under_an_abbreviated_label_and_names_less_their_asides():
    m = extract("BLUESTEM MORTGAGE LOAN TRUST 2004-HE3                DIST DATE: 09/27/04    PAGE 1 OF 3\n")
    assert m["distribution_date"] == dt.date(2004, 9, 27)
    assert extract("Dist. Date:  11/25/2005\n")["distribution_date"] == dt.date(2005, 11, 25)
    text = ("  Determination Date:  10/20/2003      Servicers:   Fenwick Park Home Loans, Inc. (Groups 1 and 2)\n"
            "  Interest Period:     09/25/2003                   Kestrel Mortgage Servicing Corp. (Groups 3 and 4)\n")
    assert extract(text)["servicers"] == ["Fenwick Park Home Loans, Inc.", "Kestrel Mortgage Servicing Corp."]


def test_a_role_printed_beside_another_labels_its_party():
    line = "  Seller and Servicer:  Westbury Mortgage Company           Depositor:  Westbury Mortgage Securities Corp."
    assert labelled_name([line], "servicer") == "Westbury Mortgage Company"
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n\n" + line + "\n")["servicers"] == ["Westbury Mortgage Company"]


def test_a_list_of_servicers_left_open_runs_on_under_its_label():
    lines = ["One-Month LIBOR: 3.86875%        Servicers: Tidewater Loan Servicing, LLC;",
             "                                  Granite Peak Mortgage Services, Inc."]
    text = "STATEMENT TO CERTIFICATEHOLDERS\n\n" + "\n".join(lines) + "\n"
    assert extract(text)["servicers"] == ["Tidewater Loan Servicing, LLC", "Granite Peak Mortgage Services, Inc."]
    # a list the line closes does not: the next line is another column's
    closed = [lines[0].rstrip(";"), lines[1]]
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n\n" + "\n".join(closed) + "\n")["servicers"] == [
        "Tidewater Loan Servicing, LLC"]


def test_a_party_beside_another_label_and_its_date_is_its_name_alone():
    # a parties' block beside a block of dates: the name is one cell, the next label's beyond it
    lines = ["  DEPOSITOR      Conestoga Valley Securities Corp.         CUT-OFF DATE         01-Jun-2000",
             "  SUBSERVICER    Lancaster Pike Loan Servicing, Inc.       RECORD DATE          30-Nov-2000",
             "  TRUSTEE        Manufacturers and Traders Trust Company   DETERMINATION DATE   18-Dec-2000"]
    assert labelled_name(lines, "trustee") == "Manufacturers and Traders Trust Company"
    assert labelled_name(lines, "sub servicer") == "Lancaster Pike Loan Servicing, Inc."
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n" + "\n".join(lines) + "\n\n" + CLASS_TABLE)
    assert (f.meta["depositor"], f.meta["servicers"]) == ("Conestoga Valley Securities Corp.",
                                                           ["Lancaster Pike Loan Servicing, Inc."])
    # a table's columns' names beside the word: no party's
    assert labelled_name(["   GROSS      SERVICING      TRUSTEE  NET INTEREST   PREPAYMENT"], "trustee") is None


def test_the_trust_printed_with_the_report_s_series_before_a_department_s_name():
    text = ("CHASE BANK OF TEXAS, NATIONAL ASSOCIATION                          PAGE 1 OF 4\n"
            "  STRUCTURED FINANCE SERVICES - CORPORATE TRUST\n"
            "                             PECOS RIVER HOME EQUITY LOAN TRUST 1999-2\n"
            "                     HOME EQUITY LOAN ASSET BACKED CERTIFICATES, SERIES 1999-2\n"
            "                                  STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "  SERVICER:  GULF COAST CONSUMER MORTGAGE COMPANY, SAN ANTONIO, TEXAS\n")
    m = extract(text)
    assert m["trust"] == "PECOS RIVER HOME EQUITY LOAN TRUST"
    assert m["servicers"] == ["GULF COAST CONSUMER MORTGAGE COMPANY"]


def test_a_role_joined_by_a_slash_and_a_label_after_a_sentence_s_full_stop_name_servicers():
    line = "  SELLER/SERVICER: GREENBRIAR FINANCIAL CORPORATION, ST. PAUL, MINNESOTA"
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n\n" + line + "\n")["servicers"] == [
        "GREENBRIAR FINANCIAL CORPORATION"]
    # a label's colon two blanks after a full stop; the full stop after the name is the sentence's
    line = "   Amounts in parentheses are deductions.  Servicer: Bayshore Mortgage Company."
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n\n" + line + "\n")["servicers"] == ["Bayshore Mortgage Company"]
    # an aside on whose loans it services goes, the list's ";" kept for the name under it
    lines = ["  Prepayment Period: 10/16/2004 - 11/15/2004.  Servicers: Harborview Loan Servicing, LLC (Group I);",
             "                                                          Meadowlark Loan Servicing, L.P."]
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n\n" + "\n".join(lines) + "\n")["servicers"] == [
        "Harborview Loan Servicing, LLC", "Meadowlark Loan Servicing, L.P."]
    # words two blanks after a full stop with no colon are no label
    line = "   The report is final.  Servicer reports were received on time and reconciled."
    assert extract("STATEMENT TO CERTIFICATEHOLDERS\n\n" + line + "\n")["servicers"] == []


def test_each_servicer_of_a_list_loses_the_aside_after_its_name():
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2000\n"
            "Servicers:  Ashcombe Home Loans, Inc. (Groups 1, 2 and 3); Colonial Shore Mortgage Company (Group 3, "
            "sub-serviced loans)\n")
    assert abs_nb.load_text(text).meta["servicers"] == ["Ashcombe Home Loans, Inc.", "Colonial Shore Mortgage Company"]


def _leaders(dots: int) -> str:
    return (f"  Depositor {'.' * dots} Quincy Harbor Mortgage Securities, Inc.\n"
            f"  Servicer {'.' * (dots + 1)} Quincy Harbor Home Loans, Inc.\n"
            f"  Trustee {'.' * (dots + 2)} State Street Bank and Trust Company\n")


def _clauses(sep: str) -> str:
    return (f"Depositor{sep}Quincy Harbor Mortgage Securities, Inc.;  Sponsor{sep}Windmere Home Loans, Inc.; "
            f"Servicers{sep}Quincy Harbor Home Loans, Inc.\n"
            f"and Pelham Mortgage Servicing LLC;  Trustee{sep}State Street Bank and Trust Company\n")


@pytest.mark.parametrize("parties,servicers", [
    # a dot leader between a party's label and its name is no part of the name
    (_leaders(3), ["Quincy Harbor Home Loans, Inc."]),
    (_leaders(9), ["Quincy Harbor Home Loans, Inc."]),
    (_leaders(20), ["Quincy Harbor Home Loans, Inc."]),
    # clauses parted by semicolons, each name ending at the next clause, a list run on with "and"
    (_clauses(" - "), ["Quincy Harbor Home Loans, Inc.", "Pelham Mortgage Servicing LLC"]),
    (_clauses(": "), ["Quincy Harbor Home Loans, Inc.", "Pelham Mortgage Servicing LLC"]),
])
def test_a_party_s_name_is_what_its_label_leads_to_and_no_more(parties, servicers):
    meta = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: October 25, 2001\n\n" + parties).meta
    assert meta["depositor"] == "Quincy Harbor Mortgage Securities, Inc."
    assert meta["servicers"] == servicers
    assert meta["trustee"] == "State Street Bank and Trust Company"


def test_a_column_s_figures_never_name_a_servicer():
    from abs_nb.parse.meta import extract

    meta = extract("STATEMENT TO CERTIFICATEHOLDERS\nServicer: Orchard Crest Servicing LLC\n",
                   ["0.00", "(41,220.18 )", "Fairbanks"])
    assert meta["servicers"] == ["Orchard Crest Servicing LLC", "Fairbanks"]


def test_a_date_a_wide_gap_after_its_label_is_its_own_and_never_the_next_label_s():
    # a spreadsheet's columns laid out: each label's date well over a hundred columns away
    pairs = [("Payment Date:", "11/25/2005"), ("Prior Payment:", "10/25/2005"), ("Next Payment:", "12/27/2005"),
             ("Record Date:", "10/31/2005"), ("Rated Final Payment Date:", "8/25/2035")]
    text = "Sterling Crest Alternative Loan Trust 2005-7\n\n" + "".join(f"{k:<140}{v}\n" for k, v in pairs)
    meta = extract(text)
    assert meta["distribution_date"] == dt.date(2005, 11, 25)
    assert meta["record_date"] == dt.date(2005, 10, 31)


def test_a_bar_ends_a_labelled_name_as_three_blanks_do():
    # parties and dates printed as two label/value columns parted by a bar: each name ends at it
    text = ("MONTHLY STATEMENT TO NOTEHOLDERS\n\n"
            "Depositor:          Pinemoor Mortgage Securities, Inc. | Collection Period:    01-Sep-2006 - 30-Sep-2006\n"
            "Sponsor/Servicer:   Pinemoor Home Loans, Inc.         | Accrual Period:       25-Sep-2006 - 24-Oct-2006\n"
            "Indenture Trustee:  U.S. Bank National Association    | Days in Accrual:      30\n")
    got = extract(text)
    assert got["depositor"] == "Pinemoor Mortgage Securities, Inc."
    assert got["servicers"] == ["Pinemoor Home Loans, Inc."]


def test_a_trust_s_name_a_paragraph_wraps_is_read_where_it_is_printed_whole():
    text = ("FORM 8-K\n\n   CHESTERBROOK MORTGAGE SECURITIES, INC.\n(Exact name of registrant as specified in its charter)\n\n"
            "Item 5.  Other Events.\n"
            "    On November 26, 2001, a distribution was made to holders of Chesterbrook Home\n"
            "    Equity Loan Trust 2000-1, Asset-Backed Certificates, Series 2000-1, issued\n"
            "    under the Pooling and Servicing Agreement.\n\n"
            "State Street Bank and Trust Company - Corporate Trust            Page 1 of 4\n"
            "Chesterbrook Home Equity Loan Trust 2000-1, Asset-Backed Certificates, Series 2000-1\n"
            "MONTHLY STATEMENT TO CERTIFICATEHOLDERS\n")
    assert extract(text)["trust"] == "Chesterbrook Home Equity Loan Trust"


def test_a_labelled_name_ends_at_three_blanks_whatever_ends_its_label():
    # a boxed banner: the servicers' list runs on in the right-hand cell of the depositor's row
    text = ("MONTHLY DISTRIBUTION REPORT\n"
            "| Trustee:    Wells Fargo Bank, National Association                Servicers:  Brannock Mortgage Corp. |\n"
            "| Depositor:  Tenbrook Asset Receivables Corp.                                  Ellery Loan Servicing, L.P. |\n")
    assert extract(text)["depositor"] == "Tenbrook Asset Receivables Corp."


def test_a_party_s_name_does_not_run_on_from_a_sentence_ended_on_the_line_above():
    text = ("Item 9.01. Exhibits. Monthly Statement to Certificateholders relating to the October 25, 2005 Distribution Date.\n"
            "JPMORGAN CHASE BANK, N.A., not in its individual capacity but solely as Trustee.\n")
    assert extract(text)["trustee"] == "JPMORGAN CHASE BANK, N.A."


def test_a_party_s_name_does_not_run_on_from_another_party_s_role_on_the_line_above():
    text = ("MONTHLY SERVICER'S CERTIFICATE\n\n"
            "Fairmount Ridge Motor Acceptance Corporation, as Servicer\n"
            "The Bank of New York Trust Company, N.A., as Indenture Trustee\n")
    assert extract(text)["trustee"] == "The Bank of New York Trust Company, N.A."


def test_columns_of_a_revolving_pool_s_interests_are_no_servicers():
    import abs_nb
    rows = [("Beginning Balance", ("271,884,310.52", "11,521,807.41", "283,406,117.93")),
            ("Principal Collections", ("11,324,328.20", "479,897.97", "11,804,226.17")),
            ("Charge-Off Amounts", ("192,998.68", "8,178.82", "201,177.50")),
            ("Ending Balance", ("260,366,983.64", "11,033,730.62", "271,400,714.26"))]
    text = ("STATEMENT TO NOTEHOLDERS\nPayment Date: 06/16/2003\nServicer: Brantley Hills Bank\n\n"
            + " " * 30 + "".join(f"{n:>20}" for n in ("INVESTOR", "TRANSFEROR", "TOTAL")) + "\n"
            + "".join(f"{label:<30}" + "".join(f"{c:>20}" for c in cells) + "\n" for label, cells in rows))
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "beginning_balance"] == 283_406_117.93  # the table was read
    assert not {"INVESTOR", "TRANSFEROR"} & set(f.meta["servicers"])


def test_a_date_after_the_word_distribution_alone_is_the_distribution_date():
    m = extract("WILMINGTON TRUST COMPANY                         DISTRIBUTION: 09/25/98\n"
                "                   MONTHLY REPORT TO CERTIFICATEHOLDERS\n"
                " RECORD DATE: 08/31/98   DUE PERIOD: 08/02/98-09/01/98\n")
    assert (m["distribution_date"], m["record_date"]) == (dt.date(1998, 9, 25), dt.date(1998, 8, 31))
    assert extract("REDISTRIBUTION: 09/25/98\n")["distribution_date"] is None
    assert extract("PRIOR DISTRIBUTION: 08/25/98   CURRENT DISTRIBUTION: 09/25/98\n")["distribution_date"] == dt.date(1998, 9, 25)
    assert extract("NEXT DISTRIBUTION: 10/26/98\n")["distribution_date"] is None


def test_a_trust_s_name_drawn_inside_a_title_s_framing_is_the_name_alone():
    text = ("****** Wraxall Home Equity Trust 2005-2 ******\n   Asset-Backed Certificates, Series 2005-2\n\n"
            "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/26/2005\n")
    assert extract(text)["trust"] == "Wraxall Home Equity Trust 2005-2"


def test_the_notes_indenture_trustee_is_the_trustee_and_a_title_s_name_then_its_role_names_a_party():
    # an owner trust's report labels its indenture trustee (the notes') and its owner trustee:
    # the trustee is the indenture trustee; a title line "<name>, <role>" names a party too
    text = ("QUABBIN AUTO OWNER TRUST 2003-A\nDistribution Date: 07/15/2003\n"
            "Owner Trustee:            Wilmington Trust Company\n"
            "Indenture Trustee:        Deutsche Bank Trust Company Americas\n")
    assert extract(text)["trustee"] == "Deutsche Bank Trust Company Americas"
    text = ("CUYAHOGA AUTO OWNER TRUST 2000-B                         MONTHLY SERVICER REPORT\n"
            "Buckeye Motor Credit Corporation, Servicer      Distribution Date:      10/16/00\n"
            "National City Bank, Indenture Trustee          Collection Period: 09/01-09/30/00\n")
    meta = extract(text)
    assert (meta["trustee"], meta["servicers"]) == ("National City Bank", ["Buckeye Motor Credit Corporation"])


def test_a_fee_row_naming_a_role_names_no_party_and_leaves_the_labelled_trustee():
    # "Fees and Expenses, Indenture Trustee   1,250.00" is a row of fees (a figure after the
    # role), no title naming a party; "Lakemont Funding Corp., Depositor   First Bank, Trustee"
    # names two
    text = ("HOME EQUITY LOAN TRUST 1998-1\nDistribution Date: 07/15/1998\n"
            "Trustee:   First National Bank of Lakemont\n\n"
            "Fees and Expenses, Indenture Trustee             1,250.00\n")
    assert extract(text)["trustee"] == "First National Bank of Lakemont"
    meta = extract("Distribution Date: 07/15/1998\nLakemont Funding Corp., Depositor      First Bank, Trustee\n")
    assert (meta["depositor"], meta["trustee"]) == ("Lakemont Funding Corp.", "First Bank")


