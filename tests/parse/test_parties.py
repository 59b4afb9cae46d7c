"""abs_nb.parse.parties: the parties an agreement names in prose, each before its roles."""

from __future__ import annotations

import pytest

from abs_nb.parse.parties import named_parties


def _pairs(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.roles) for p in named_parties(text)]


def test_an_agreements_parties_wrapped_over_the_lines_of_a_paragraph():
    text = ("Pooling and Servicing Agreement dated as of September 1, 1997 among Harborstone\n"
            "Mortgage Securities Corp., as Depositor, Harborstone Home Funding, Inc., as\n"
            "Seller and Servicer, and The First National Bank of Chicago, as Trustee.  The\n")
    assert _pairs(text) == [("Harborstone Mortgage Securities Corp.", ("depositor",)),
                            ("Harborstone Home Funding, Inc.", ("seller", "servicer")),
                            ("The First National Bank of Chicago", ("trustee",))]


def test_one_party_in_several_roles_and_roles_in_lower_case():
    text = "among Prairie Asset Securities Corporation,\nas depositor, Norwest Bank Minnesota, N.A., as master servicer and as trustee."
    assert _pairs(text) == [("Prairie Asset Securities Corporation", ("depositor",)),
                            ("Norwest Bank Minnesota, N.A.", ("master servicer", "trustee"))]


@pytest.mark.parametrize(("text", "name"), [
    # a lower-case word ends the name: "prepared by"
    ("This statement has been prepared by Wells Fargo Bank Minnesota, N.A. as Trustee based on", "Wells Fargo Bank Minnesota, N.A."),
    # a sentence's end: a word ending in a period that is no abbreviation
    ("issued under the Agreement. Lakemont Home Lending, Inc., as Servicer, certifies", "Lakemont Home Lending, Inc."),
    # a comma before a word that is no company's suffix
    ("Depositor, Ridgeway Financial Corp., as Servicer", "Ridgeway Financial Corp."),
    ("HSBC Bank USA, National Association, as Trustee", "HSBC Bank USA, National Association"),
    # a word that joins a name's words stays inside it
    ("and State Street Bank and Trust Company, as Trustee, the Trustee reports", "State Street Bank and Trust Company"),
    # an aside opening with the name
    ("(LaSalle Home Mortgage Corporation, as Servicer)", "LaSalle Home Mortgage Corporation"),
    # a column's gap: the left column of the page is no part of the name
    ("Distribution Date:  25-Sep-06      U.S. Bank Trust National Association, as Trustee", "U.S. Bank Trust National Association"),
])
def test_the_name_is_the_run_of_words_right_before_its_roles(text, name):
    assert _pairs(text)[0][0] == name


def test_a_role_with_no_name_before_it_gives_an_empty_name():
    assert _pairs("NORWEST BANK MINNESOTA, N.A.,\nnot in its individual capacity but solely as Trustee\n") == [("", ("trustee",))]
    assert _pairs("LASALLE BANK N.A.\nITS CAPACITY AS TRUSTEE\n") == [("", ("trustee",))]


def test_a_line_that_is_no_prose_does_not_run_on_into_the_name():
    # a heading above a signature line: not the same paragraph
    text = "Statement to Certificateholders\nJPMORGAN CHASE BANK, AS TRUSTEE\n"
    assert _pairs(text) == [("JPMORGAN CHASE BANK", ("trustee",))]


def test_words_that_are_no_role_name_no_party():
    assert _pairs("interest accrues as described, as provided in the Agreement; as of March 1") == []
    assert [p.roles for p in named_parties("Keystone Corp., as Sub-Servicer; Ocwen, as Back-up Servicer")] == \
        [("sub servicer",), ("backup servicer",)]


def test_a_defined_term_after_the_is_no_part_of_the_party_named_after_its_and():
    from abs_nb.parse.parties import named_parties

    text = "an Indenture dated as of March 1, 1999 between the Trust and Harris Trust and Savings Bank, as Indenture Trustee."
    assert [p.name for p in named_parties(text)] == ["Harris Trust and Savings Bank"]
    assert [p.name for p in named_parties("between the Depositor and the Bank of the West, as Trustee")] == ["Bank of the West"]
    # an "and" inside the name itself stays
    assert [p.name for p in named_parties("Harris Trust and Savings Bank, as Trustee")] == ["Harris Trust and Savings Bank"]


def test_an_indented_paragraph_runs_a_name_on_from_the_line_above():
    # the paragraph's indent is no gap between columns: the name wraps as in any paragraph
    text = ("   among Sandpiper Asset Securities Corporation, as Depositor, Tidewater Loan Servicing, LLC and Granite Peak\n"
            "   Mortgage Services, Inc., as Servicers, and PNC Bank, National\n"
            "   Association, as Trustee.\n")
    pairs = _pairs(text)
    assert ("PNC Bank, National Association", ("trustee",)) in pairs
    # a company's suffix before "and" ends the name before it
    assert ("Granite Peak Mortgage Services, Inc.", ("servicer",)) in pairs


def test_a_rule_above_a_name_is_no_word_of_it():
    text = "=" * 60 + "\nHSBC BANK USA, NATIONAL ASSOCIATION, AS TRUSTEE\n"
    assert _pairs(text) == [("HSBC BANK USA, NATIONAL ASSOCIATION", ("trustee",))]


def test_a_firm_s_name_less_the_place_printed_after_it():
    from abs_nb.parse.parties import without_address
    assert without_address("GULF COAST CONSUMER MORTGAGE COMPANY, SAN ANTONIO, TEXAS") == (
        "GULF COAST CONSUMER MORTGAGE COMPANY")
    # a suffix after the comma is the name's; a name that says no firm is kept whole
    assert without_address("HSBC Bank USA, National Association") == "HSBC Bank USA, National Association"
    assert without_address("Harborstone Home Funding, Inc.") == "Harborstone Home Funding, Inc."
    assert without_address("Smith, Jones and Partners") == "Smith, Jones and Partners"


@pytest.mark.parametrize("signed", [
    "By:  Deutsche Bank National Trust Company, not in its\n      individual capacity but solely as Trustee",
    "By: Deutsche Bank National Trust Company, not in its individual capacity but solely as Trustee",
    "Deutsche Bank National Trust Company, not in its individual\n     capacity but solely as Trustee",
    "By: Deutsche Bank National Trust Company, not in its individual capacity\n     but solely as Trustee",
])
def test_a_signature_s_by_and_a_capacity_broken_across_lines_are_no_part_of_the_name(signed):
    assert [(p.name, p.roles) for p in named_parties("SABLEWOOD MORTGAGE LOAN TRUST 2005-OA2\n" + signed + "\n")] == [
        ("Deutsche Bank National Trust Company", ("trustee",))]


def test_in_capitals_a_list_s_opening_word_and_its_last_and_are_no_part_of_a_name():
    text = ("AMONG GREENMOOR ACCEPTANCE SECURITIES CORP., AS DEPOSITOR, GREENMOOR HOME CREDIT, INC., AS SERVICER,"
            " AND FIRSTAR BANK, N.A.,\nAS TRUSTEE.")
    assert [(p.name, p.roles) for p in named_parties(text)] == [
        ("GREENMOOR ACCEPTANCE SECURITIES CORP.", ("depositor",)), ("GREENMOOR HOME CREDIT, INC.", ("servicer",)),
        ("FIRSTAR BANK, N.A.", ("trustee",))]
    # "THE" opens a name in capitals as "The" does in mixed case
    assert [p.name for p in named_parties("BETWEEN THE BANK OF NEW YORK, AS TRUSTEE")] == ["THE BANK OF NEW YORK"]


def test_a_name_runs_on_from_a_paragraph_s_indented_first_line_but_not_from_a_title():
    prose = ("Item 5.  Other Events.\n\n"
             "         On November 15, 1996 (the \"Distribution Date\"), Marine Midland\n"
             "Bank, as trustee (the \"Trustee\") under the Pooling and Servicing Agreement\n")
    assert [(p.name, p.roles) for p in named_parties(prose)] == [("Marine Midland Bank", ("trustee",))]
    title = ("\n                         INDENTURE TRUSTEE'S MONTHLY PAYMENT STATEMENT\n"
             "Wachovia Bank, National Association, as Indenture Trustee\n")
    assert [p.name for p in named_parties(title)] == ["Wachovia Bank, National Association"]
    titled = "\n\n          Monthly Servicing Report of Chase Home Equity Loan Trust\nBankers Trust Company, as Trustee\n"
    assert [p.name for p in named_parties(titled)] == ["Bankers Trust Company"]


def test_an_agreements_defined_terms_name_its_parties():
    # the parties named by defined terms in brackets after their names, straight or curly quotes
    text = ("Pursuant to Section 4.9 of the Sale and Servicing Agreement dated as of\n"
            "October 1, 1997 among Lakeshore Auto Owner Trust (the \"Issuer\"),\n"
            "Lakeshore Auto Receivables Corp. (the \"Seller\"), Lakeshore Acceptance\n"
            "Corporation (the \u201cServicer\u201d) and Harris Trust and Savings Bank, as\n"
            "Indenture Trustee, the following information is furnished.\n")
    assert _pairs(text) == [("Lakeshore Auto Owner Trust", ("issuer",)),
                            ("Lakeshore Auto Receivables Corp.", ("seller",)),
                            ("Lakeshore Acceptance Corporation", ("servicer",)),
                            ("Harris Trust and Savings Bank", ("indenture trustee",))]
    # a bracket that is no defined term of a role names nobody
    assert _pairs('Ridgeway Financial Corp. (the "Company") and Group I (the "Loans")') == []


def test_a_party_over_its_roles_in_a_letterhead_and_in_capitals_after_by():
    # the roles open their line: the name is the cell of the line above standing over them,
    # never the place beside it
    text = ("BANK ONE, NATIONAL ASSOCIATION                                   Columbus, Ohio\n"
            "as Trustee under the Pooling and Servicing Agreement dated as of February 1, 2001\n")
    assert _pairs(text) == [("BANK ONE, NATIONAL ASSOCIATION", ("trustee",))]
    # in capitals, "BY" ends a name as "by" does
    text = "  THIS STATEMENT HAS BEEN PREPARED BY BANKERS TRUST COMPANY, AS TRUSTEE, FROM INFORMATION FURNISHED"
    assert _pairs(text) == [("BANKERS TRUST COMPANY", ("trustee",))]


def test_a_capacity_broken_after_but_and_a_role_standing_for_a_name():
    text = ("Deutsche Bank National Trust Company, not in its individual capacity but\n"
            "solely as Trustee under the Pooling and Servicing Agreement dated as of\n")
    assert _pairs(text) == [("Deutsche Bank National Trust Company", ("trustee",))]
    # "the Indenture Trustee in its capacity as trustee": a role, not a party's name
    assert _pairs("as reported to the\nIndenture Trustee in its capacity as trustee of the Underlying Trust.\n") == []
