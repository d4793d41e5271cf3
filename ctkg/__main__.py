"""`python -m ctkg`: the same as the `ctkg` command."""

from ctkg.cli import main

main()
