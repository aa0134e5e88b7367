"""Entry point for `python -m driehoek_app`."""

import sys

from driehoek_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
