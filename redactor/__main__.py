"""`python -m redactor ...` is the same as the `redactor` command (and `python -m redactor.cli`)."""

from redactor.cli import main

main()
