"""The command line: thin commands that parse, call the core and hand its complete answer to
:mod:`homsfacts.output`. :mod:`~homsfacts.cli.app` holds the application and the session,
:mod:`~homsfacts.cli.exits` the one mapping from errors to exit codes, and
:mod:`~homsfacts.cli.queries` and :mod:`~homsfacts.cli.files` the commands."""

from homsfacts.cli import files, queries  # noqa: F401  (each registers its commands)
from homsfacts.cli.app import app, main

__all__ = ["app", "main"]
