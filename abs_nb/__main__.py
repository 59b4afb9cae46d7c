"""``python -m abs_nb`` runs the command line (see :mod:`abs_nb.cli`)."""

import sys

from abs_nb.cli import main

sys.exit(main())
