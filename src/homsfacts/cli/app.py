"""The Typer application: its global options, the session of one run, and the entry point.
Commands register themselves on :data:`app` from :mod:`homsfacts.cli.queries` and
:mod:`homsfacts.cli.files`."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand

from homsfacts import __version__
from homsfacts.errors import ExitStatus
from homsfacts.output.environment import Environment

if TYPE_CHECKING:  # kept out of start-up
    from homsfacts.base.store import FactBase


class Command(TyperCommand):
    """A command whose usage line reads ``who [OPTIONS] NAME``, as the README writes it,
    rather than Typer's ``{NAME}``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece.replace("{", "").replace("}", "")
                for piece in super().collect_usage_pieces(ctx)]


app = typer.Typer(
    name="homsfacts",
    help="Sourced, checkable facts about the Syrian city of Homs.\n\n"
    "Every answer cites the paragraphs of the source that support it.",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="markdown",
)


# -- the session: global options, the environment, the base --------------------------------


class Session:
    """One run: the global options, the environment output goes to, and the base they
    select, opened on first use."""

    def __init__(self, env: Environment, data: Path | None = None,
                 use_cache: bool = True) -> None:
        self.env = env
        self.data = data
        self.use_cache = use_cache
        self._base: FactBase | None = None

    def base(self) -> "FactBase":
        if self._base is None:
            from homsfacts.base.loader import load

            with Progress(self.env) as progress:
                self._base = load(self.data, use_cache=self.use_cache, progress=progress)
        return self._base


class Progress:
    """A Rich status line on stderr while a base is built; silent when stderr is a pipe."""

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._status: Any = None

    def __call__(self, stage: str) -> None:
        if not self._env.stderr_isatty:
            return
        from rich.text import Text

        # One line however narrow the terminal: a status that wraps leaves its first line
        # behind at every update. The spinner and its space take two cells.
        line = Text(f"homsfacts: {stage}…")
        line.truncate(self._env.width - 2, overflow="ellipsis")
        if self._status is None:
            from rich.console import Console

            console = Console(file=self._env.stderr, force_terminal=True,
                              no_color=not self._env.color, width=self._env.width)
            self._status = console.status(line)
            self._status.start()
        else:
            self._status.update(line)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.stop()


def session_of(ctx: typer.Context) -> Session:
    root = ctx.find_root()
    if not isinstance(root.obj, Session):
        # Tests pass the parts of the environment they fix (``obj={"width": 80}``).
        overrides = root.obj if isinstance(root.obj, dict) else {}
        root.obj = Session(Environment.detect(**overrides))
    return root.obj


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"homsfacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option("--data", envvar="HOMSFACTS_DATA", metavar="PATH",
                     help="Read this fact base instead of the one that ships with homsfacts.",
                     show_envvar=True),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", envvar="HOMSFACTS_NO_CACHE",
                     help="Validate the base on every run instead of using the cache.",
                     show_envvar=True),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option("--no-pager",
                     help="Print a long answer straight to the terminal instead of through "
                     "the pager (HOMSFACTS_PAGER, else PAGER, else less -FRX).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True,
                           help="Print the version and exit.")
    ] = False,
) -> None:
    """Sourced, checkable facts about the Syrian city of Homs."""
    session = session_of(ctx)
    session.data, session.use_cache = (Path(data) if data else None), not no_cache
    if no_pager:
        session.env.pager = None
    if ctx.invoked_subcommand is None:
        # As gh does: with no command, the help is the answer (on stdout, exit 0).
        typer.echo(ctx.get_help())
        raise typer.Exit()


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="homsfacts")
    except KeyboardInterrupt:  # pragma: no cover - raised outside a command, while parsing
        sys.stderr.write("homsfacts: interrupted\n")
        sys.exit(int(ExitStatus.INTERRUPTED))
    finally:
        # The process is about to end. Shutting down runs a full garbage collection over
        # every object Typer and the core created, about 6 ms of a 60 ms lookup (issue 4);
        # frozen objects are skipped. Nothing of ours relies on a collector finaliser: output
        # is flushed at exit as usual, and the cache connection is read-only.
        import gc

        gc.freeze()
