"""abs_nb.errors: every error says what was expected, what was found and where, in one
line, and survives a process pool (pickle) whole."""

from __future__ import annotations

import pickle

import pytest

from abs_nb import errors
from abs_nb.errors import AbsNbError, EdgarHTTPError, InputError, ParseError

ALL = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, AbsNbError)]


def test_the_message_says_where_then_what_was_expected_and_found():
    assert str(AbsNbError("a report", "nothing")) == "expected a report, found nothing"
    assert str(InputError("a report", "nothing", source="x.txt")) == "x.txt: expected a report, found nothing"
    assert str(ParseError("a class table", "no header", line=7)) == "line 7: expected a class table, found no header"
    hinted = InputError("one statement", "3 statements", source="m.txt", line=1, hint="pick one")
    assert str(hinted) == "m.txt, line 1: expected one statement, found 3 statements (pick one)"
    assert "\n" not in str(hinted)


@pytest.mark.parametrize("cls", ALL, ids=lambda c: c.__name__)
def test_every_error_pickles_with_its_fields_and_message(cls):
    err = cls("a thing", "another", source="s.txt", hint="try this")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is cls and str(again) == str(err)
    assert (again.expected, again.found, again.source, again.hint) == ("a thing", "another", "s.txt", "try this")


def test_an_http_error_keeps_its_status_and_url_across_a_pickle():
    err = EdgarHTTPError("a 200 response", "HTTP 503", source="https://www.sec.gov/x", status=503)
    again = pickle.loads(pickle.dumps(err))
    assert (again.status, again.url, str(again)) == (503, "https://www.sec.gov/x", str(err))


def test_the_kinds_of_error_are_told_apart_by_class():
    assert all(issubclass(c, AbsNbError) for c in ALL) and issubclass(AbsNbError, Exception)
    for cls in (errors.EmptyInput, errors.BinaryInput, errors.InputTooLarge):
        assert issubclass(cls, InputError)
    for cls in (errors.MissingIdentity, EdgarHTTPError, errors.UnknownTrust):
        assert issubclass(cls, errors.EdgarError)
    assert not issubclass(ParseError, InputError) and not issubclass(errors.NotADistributionReport, InputError)


def test_an_http_error_keeps_its_line_across_a_pickle():
    err = EdgarHTTPError("an index line", "a cut line", source="https://www.sec.gov/x", line=12, status=200)
    back = pickle.loads(pickle.dumps(err))
    assert (back.line, back.status, str(back)) == (12, 200, str(err))
