"""abs_nb.parse.engine: the walk; what it takes for a servicer's name."""

from __future__ import annotations

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nDelinquency Information\n"


def test_names_over_delinquency_columns_are_servicers_words_of_a_header_are_not():
    rows = ("                  Count      Balance       Count     Balance\n"
            "30-59 Days           3     1,000.00           1      500.00\n"
            "Foreclosure          1       200.00           0        0.00\n")
    named = abs_nb.load_text(HEAD + "                  Fairbanks                 Long Beach\n" + rows)
    assert named.meta["servicers"] == ["Fairbanks", "Long Beach"]
    # the same table under words every label of the vocabulary is made of: no servicer
    worded = abs_nb.load_text(HEAD + "                  Beginning Balance         Ending Principal\n" + rows)
    assert worded.meta["servicers"] == []
