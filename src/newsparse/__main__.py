"""Run the command line: ``python -m newsparse FILE...``."""

from newsparse.cli import main

raise SystemExit(main())
