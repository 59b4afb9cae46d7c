"""abs_nb.parse.labelled_names: names printed after a label (a trustee's, a depositor's, a servicer's)."""

from __future__ import annotations

from abs_nb.parse.labelled_names import labelled_name
from abs_nb.parse.meta import extract


def test_a_labelled_name_ends_where_another_label_begins_two_blanks_on():
    line = "  Trustee:              State Street Bank and Trust Company  Contact:    Kevin J. Moriarty  (617) 555-0164"
    assert labelled_name([line], "trustee") == "State Street Bank and Trust Company"


def test_a_column_s_heading_among_others_is_no_label():
    lines = ["LOAN NUMBER     SERVICER        STATE     PRIOR BALANCE    NET PROCEEDS   REALIZED LOSS",
             "2005-0012       TIDEWATER       VA           98,211.40       61,004.33       37,207.07"]
    assert labelled_name(lines, "servicer") is None
    assert labelled_name(["Servicer          Keystone Home Credit Corp."], "servicer") == "Keystone Home Credit Corp."


def test_a_servicer_s_name_after_its_label_s_cell_or_an_em_dash():
    cells = ["|Servicer|Meridian Bluff Loan Servicing, L.P.|Determination Date|03/17/2008"]
    assert labelled_name(cells, "servicer") == "Meridian Bluff Loan Servicing, L.P."
    dashed = ["Parties: Depositor \u2014 Pommeroy Glen Securities Corp.; Servicer \u2014 Glenmark Financial Services, Inc.;"]
    assert labelled_name(dashed, "servicer") == "Glenmark Financial Services, Inc."  # (the list's ";" no part of it)
    # a fee's cells beside a party's role name no party
    fees = ["|Servicer|Servicing Fee|1,250.00", "|Trustee|Trustee Fee|125.00"]
    assert labelled_name(fees, "servicer") is None and labelled_name(fees, "trustee") is None


def test_a_labelled_role_beside_a_fee_s_name_and_figure_names_no_party():
    # a fee table's row: the role, the fee's name, its figure: no trustee's name
    assert labelled_name(["Indenture Trustee      Annual Fee               1,250.00"], "indenture trustee") is None
    assert labelled_name(["Trustee         Deutsche Bank National Trust Company"], "trustee") == (
        "Deutsche Bank National Trust Company")


def test_a_servicer_s_label_with_another_role_or_an_aside_names_it():
    # "Seller and Servicer:" names the servicer, and the depositor's line below is no part of
    # its name; a servicer's label printed again with another aside names one more
    text = ("Distribution Date:        November 15, 1999\n\n"
            "  Seller and Servicer:      Etowah Home Credit Corporation\n"
            "  Depositor:                Etowah Home Credit Securities, Inc.\n"
            "  Trustee:                  Bank One, National Association\n")
    got = extract(text)
    assert got["servicers"] == ["Etowah Home Credit Corporation"]
    assert got["depositor"] == "Etowah Home Credit Securities, Inc."
    text = ("Servicer (Group I and Group II):     Pennant Loan Servicing LLC\n"
            "Servicer (Designated Loans):         Cordell Home Finance, Inc.\n"
            "Trustee:                             LaSalle Bank National Association\n")
    assert extract(text)["servicers"] == ["Pennant Loan Servicing LLC", "Cordell Home Finance, Inc."]


def test_a_name_wrapped_under_its_value_runs_on_and_a_list_s_names_lose_their_asides():
    # "Mianus River" is no firm's whole name: the line below finishes it; a whole name
    # ("... Bank, FSB") is followed by another of the list
    lines = ["Due Period:         July 1994               Servicer:     Mianus River",
             "                                                          Savings Bank"]
    assert labelled_name(lines, "servicer") == "Mianus River Savings Bank"
    lines = [" OWNER TRUSTEE:     WILMINGTON TRUST CO.   SERVICER:  BRAMHALL CONSUMER",
             "                                                      FINANCE COMPANY"]
    assert labelled_name(lines, "servicer") == "BRAMHALL CONSUMER FINANCE COMPANY"
    # a list's names each lose the aside saying which loans, and the sentence's full stop
    text = ("Servicers: Marlin Bay Mortgage Company (Groups 1 and 2); Ashmore Loan Servicing, Inc. (Group 3).\n"
            "Trustee: U.S. Bank National Association\n")
    assert extract(text)["servicers"] == ["Marlin Bay Mortgage Company", "Ashmore Loan Servicing, Inc."]
    # a name under the first, a column of the page beside it: the gap ends the name
    lines = [" Servicer(s)         Lockridge Falls Bank, FSB                    Accrual Period        10/27/2008",
             "                     Brookhaven Mortgage Servicing Corp.          Accrual Days          29 (Actual/360)"]
    assert labelled_name(lines, "servicers") == "Lockridge Falls Bank, FSB; Brookhaven Mortgage Servicing Corp."


def test_a_full_stop_after_an_initialism_ends_the_sentence():
    line = "    Servicer: Carrollton Home Loan Servicing, LP.   Trustee contact: Marcus J. Whitfield, (704) 555-0193."
    assert labelled_name([line], "servicer") == "Carrollton Home Loan Servicing, LP"
    assert labelled_name(["Servicer: Keystone Home Credit Co."], "servicer") == "Keystone Home Credit Co."


def test_a_label_dash_value_after_a_semicolon_ends_the_name_before_it():
    line = "            Trustee - LaSalle Bank National Association;  Cut-off Date - 01-Sep-06;  Closing Date - 28-Sep-06;"
    assert labelled_name([line], "trustee") == "LaSalle Bank National Association"
