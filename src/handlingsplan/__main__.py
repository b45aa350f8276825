"""`python -m handlingsplan` runs the same command line as the `hplan` script."""

from __future__ import annotations

from handlingsplan.cli import main

if __name__ == "__main__":
    main()
