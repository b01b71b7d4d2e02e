"""The command line: thin commands that parse, call the core and hand its answer to
:mod:`homsfacts.output`."""

from homsfacts.cli.commands import app, main

__all__ = ["app", "main"]
