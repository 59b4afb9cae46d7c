"""One row of ``fields.csv``: what a printed label means in a section of a report.

>>> e = Entry("pool", "sched prin", "collateral", "scheduled_principal", "money", {})
>>> e.target, e.field, e.capture
('collateral', 'scheduled_principal', None)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """``scope``: the section the label is read in (``*``: any); ``label``: its normalised
    words (``*`` captures a class or group name); ``target`` and ``field``: where its figure
    goes (a ``heading`` entry's field is the section it opens); ``type``: the figure's kind;
    ``context``: more the row says (``unlabeled=...``); ``capture``: what ``*`` matched."""

    scope: str
    label: str
    target: str
    field: str
    type: str
    context: dict[str, str]
    capture: str | None = None
