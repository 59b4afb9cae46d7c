"""abs_nb.parse.pool_prose: a pool's figures in sentences, read where its roll-forward holds."""

from __future__ import annotations

import pandas as pd
import pytest

import abs_nb
from abs_nb.parse.pool_prose import prose_amounts
from abs_nb.parse.tokens import tokenize

LETTER = ("MONTHLY SERVICER'S REPORT\n\nII.  THE MORTGAGE LOANS\n\n"
          "    (a) The Pool Principal Balance as of the opening of business on June 1, 1996\n"
          "        was $94,117,502.36, representing 2,142 Mortgage Loans.\n\n"
          "    (b) During the Due Period the Servicer received scheduled payments of\n"
          "        principal of $310,224.81 and Principal Prepayments of $1,402,339.17.\n\n"
          "    (c) Net Liquidation Proceeds of $41,206.55 were received, resulting in a\n"
          "        Realized Loss of {loss}. Cumulative Realized Losses since the Cut-off\n"
          "        Date total $58,230.47.\n\n"
          "    (d) The aggregate amount of principal collected and distributable (the sum of\n"
          "        items (b) and (c) above) was $1,753,770.53. The Pool Principal Balance at\n"
          "        the close of business on June 30, 1996 was $92,341,058.19.\n")


def test_the_balances_the_principal_and_the_losses_of_sentences_by_the_roll_forward():
    f = abs_nb.load_text(LETTER.format(loss="$22,673.64"))
    t = f.collateral.loc["Total"]
    # 94,117,502.36 - 1,753,770.53 - 22,673.64 = 92,341,058.19; the cumulative losses do not hold
    assert (t["beginning_balance"], t["total_principal"]) == (94_117_502.36, 1_753_770.53)
    assert (t["realized_losses"], t["ending_balance"]) == (22_673.64, 92_341_058.19)
    roles = f.checks[(f.checks.check == "row_role") & f.checks.detail.str.contains("in a sentence")]
    assert len(roles) == 4 and set(roles.status) == {"pass"}
    # the principal's parts are not read: the words alone would name them
    assert pd.isna(t.get("scheduled_principal"))


def test_amounts_no_roll_forward_joins_stay_unread():
    # a dollar off: nothing read, and the letter is then no report this library reads
    with pytest.raises(abs_nb.NotADistributionReport):
        abs_nb.load_text(LETTER.format(loss="$22,674.64"))


def test_an_amount_s_label_is_its_sentence_s_words_back_to_the_amount_before_it():
    lines = tokenize("    (a) The Servicer received principal of $10.00 and interest of\n"
                     "        $5.25. Losses were $1.00 today.\n"
                     "Class        Balance        Interest\n")
    got = [(ln.label, ln.values[0].text) for ln in prose_amounts(lines)]
    assert got == [("The Servicer received principal of", "$10.00"), ("and interest of", "$5.25"),
                   ("Losses were", "$1.00")]
