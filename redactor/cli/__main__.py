"""`python -m redactor.cli ...` is the same as the `redactor` command."""

from redactor.cli import main

main()
