"""The `redactor` command line: a thin typer layer over the library.

Each command group lives in its own module and is registered here. Errors are mapped to exit
codes in exactly one place, `main()`.
"""

from __future__ import annotations

import os
import sys

import typer

from redactor.errors import RedactorError

app = typer.Typer(
    name="redactor",
    help=(
        "Detect and mask PII and secrets in GitHub Copilot usage records, encrypt what must stay "
        "recoverable, and enforce retention.\n\n"
        "Start with: redactor run --policy policies/default.yaml samples/copilot-stream.jsonl"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# --- command registration: one line per module; each module owns its commands -------------
from redactor.cli import policy as _policy  # noqa: E402
from redactor.cli import run as _run  # noqa: E402

_run.register(app)
_policy.register(app)
from redactor.cli import (  # noqa: E402, I001
    decrypt as _decrypt,
    erase as _erase,
    hold as _hold,
    keys as _keys,
    ledger as _ledger,
    retention as _retention,
)

for _m in (_keys, _decrypt, _retention, _hold, _erase, _ledger):  # encryption, retention, evidence (issue 4)
    _m.register(app)
from redactor.cli import kafka as _kafka, pull as _pull, serve as _serve  # noqa: E402, I001

for _m in (_serve, _pull, _kafka):  # real transports (issue 5)
    _m.register(app)
from redactor.cli import workbench as _workbench  # noqa: E402  report, subject (issue 7)

_workbench.register(app)
from redactor.cli import spark as _spark  # noqa: E402  scale-out (issue 6)

_spark.register(app)
# --- end of registration -------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the app and map redactor errors to exit codes."""
    try:
        rc = app(args=argv, standalone_mode=False)
        if isinstance(rc, int) and rc:  # typer.Exit(n) is returned, not raised, in this mode
            sys.exit(rc)
    except RedactorError as e:
        typer.echo(f"error: {e}", err=True)
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as e:  # click usage errors carry their own exit code
        code = getattr(e, "exit_code", None)
        if code is not None and hasattr(e, "show"):
            e.show()
            sys.exit(code)
        if os.environ.get("REDACTOR_DEBUG"):
            raise
        # an unexpected error's message or traceback could quote the data being processed
        typer.echo(
            f"error: internal error ({type(e).__name__}); details are withheld because they may hold "
            "sensitive data. Rerun with REDACTOR_DEBUG=1 to see the traceback.",
            err=True,
        )
        sys.exit(1)
