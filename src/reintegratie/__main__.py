"""``python -m reintegratie``: the command line (:mod:`reintegratie.cli`)."""

import sys

from reintegratie.cli import main

if __name__ == "__main__":
    sys.exit(main())
