"""abs_nb.parse.vocabulary_entry: one row of fields.csv, as the vocabulary answers it."""

from __future__ import annotations

import dataclasses

import pytest

from abs_nb.parse.vocabulary import vocabulary
from abs_nb.parse.vocabulary_entry import Entry


def test_an_entry_is_the_row_a_lookup_answers_and_cannot_be_changed_in_place():
    e = vocabulary().lookup("Class A-IO Net WAC Rate", "*")
    assert isinstance(e, Entry) and e.capture == "a io"
    with pytest.raises(AttributeError):  # (dataclasses.FrozenInstanceError, compiled or not)
        e.field = "other"  # type: ignore[misc]
    # a capture is a copy of the row's entry, the row itself left as read
    assert dataclasses.replace(e, capture=None).capture is None and e.capture == "a io"
