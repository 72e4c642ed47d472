"""`python -m normalize` runs the docnorm command."""

from .cli import main

main()
