"""`python -m healdesk` behaves exactly like the `healdesk` command."""

import sys

from healdesk.cli import main

sys.exit(main())
