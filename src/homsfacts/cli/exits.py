"""The one place that turns errors into messages on stderr and exit codes (see
:class:`~homsfacts.errors.ExitStatus`): no traceback reaches the user."""

import contextlib
import functools
import io
import os
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import typer

from homsfacts.cli.app import session_of
from homsfacts.errors import ExitStatus, FactBaseError, HomsfactsError, NotFoundError, OutputError
from homsfacts.output.environment import Environment
from homsfacts.output.text import safe_text
from homsfacts.vocabulary import WHERE_KINDS

MAX_FINDINGS_SHOWN = 5


def say(env: Environment, message: str) -> None:
    # With stderr closed or gone (`2>&-`) there is no one to tell; the exit status still says.
    with contextlib.suppress(OSError, ValueError):
        env.stderr.write(safe_text(message) + "\n")
        env.stderr.flush()


def fail(env: Environment, error: HomsfactsError) -> NoReturn:
    say(env, f"homsfacts: {error.message}")
    if isinstance(error, FactBaseError):
        for finding in error.findings[:MAX_FINDINGS_SHOWN]:
            say(env, f"  {finding}")
        hidden = len(error.findings) - MAX_FINDINGS_SHOWN
        if hidden > 0:
            say(env, f"  ... and {hidden} more")
        if error.findings:
            say(env, "Run `homsfacts validate PATH` to list every problem.")
    if isinstance(error, NotFoundError) and error.wrong_kind is not None:
        # The name is right and the command wrong: point at the command, not at the name.
        other = "where" if error.wrong_kind in WHERE_KINDS else "who"
        say(env, f"Try: homsfacts {other} {error.suggestions[0].id}")
    elif isinstance(error, NotFoundError) and error.suggestions:
        names = ", ".join(f"{item.label} ({item.id})" for item in error.suggestions)
        say(env, ("one of: " if error.ambiguous else "did you mean: ") + names + "?")
    for hint in error.hints:
        say(env, hint)
    raise typer.Exit(int(error.exit_status))


F = TypeVar("F", bound=Callable[..., None])


def reports_errors(command: F) -> F:
    """Run a command so that no traceback reaches the user."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        env = session_of(kwargs["ctx"]).env
        try:
            command(*args, **kwargs)
            env.stdout.flush()
        except OutputError as error:
            discard_output(env)
            fail(env, error)
        except HomsfactsError as error:
            fail(env, error)
        except KeyboardInterrupt:
            say(env, "homsfacts: interrupted")
            raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
        except BrokenPipeError:
            # The reader has gone (`| head -1`): leave quietly with the conventional status.
            discard_output(env)
            raise typer.Exit(int(ExitStatus.BROKEN_PIPE)) from None

    return run  # type: ignore[return-value]


def discard_output(env: Environment) -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be
    written cannot fail again and print an error of its own."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, env.stdout.fileno())
