"""Entry script of the PyInstaller bundle: the same `healdesk` command the wheel installs."""

import sys

from healdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
