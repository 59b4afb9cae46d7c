"""Surveillance across months: a deal's life by deal age.

- :mod:`abs_nb.surveillance.deal_history`: :func:`history`, one row per deal and distribution
  date (pool factor, SMM/CPR, MDR/CDR, severity, delinquency, cumulative loss, O/C, class
  factors), a missing month a row of NaN.
- :mod:`abs_nb.surveillance.rollrates`: :func:`roll_rates`, pool-level roll rates between
  delinquency buckets of consecutive months.
- :mod:`abs_nb.surveillance.triggers`: :func:`trigger_tests`, trigger figures the reports
  print, and O/C headroom.

Charts of these tables are in :mod:`abs_nb.display.history`.
"""

from abs_nb.surveillance.deal_history import history
from abs_nb.surveillance.rollrates import roll_rates
from abs_nb.surveillance.triggers import trigger_tests

__all__ = ["history", "roll_rates", "trigger_tests"]
