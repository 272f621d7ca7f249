"""`python -m factrack.cli ...`: the `factrack` command without the installed script
(tests start real processes this way, with the interpreter that runs them)."""

from factrack.cli import main

if __name__ == "__main__":
    main(prog_name="factrack")
