"""The `tidings` command: a thin shell over the library. Each verb parses arguments, makes library calls
and turns library errors into one-line messages with a non-zero exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from tidings import dating, pipeline, render, timex
from tidings.evaluate import evaluate
from tidings.pipeline import TidingsError
from tidings.read import InputError
from tidings.store import Store, StoreError

DEFAULT_DB = "tidings.db"
F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    raise click.ClickException(message)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date (YYYY-MM-DD)", param_hint=option) from None


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors become one-line messages; never a traceback for bad input."""
    try:
        yield
    except (TidingsError, InputError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from exc


@contextmanager
def _open_store(db: str, *, must_exist: bool = True) -> Iterator[Store]:
    if must_exist and db != ":memory:" and not Path(db).exists():
        _fail(f"store {db} does not exist: run `tidings ingest PATH... --db {db}` first")
    with _errors(), Store(db) as store:
        yield store


def db_option(func: F) -> F:
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        metavar="FILE",
        help="SQLite store to use.",
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tidings")
def main() -> None:
    """tidings answers questions from news documents that disagree, and says as of when."""


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--reference-date", metavar="YYYY-MM-DD", help="Latest date any document can have.")
def ingest(paths: tuple[str, ...], db: str, reference_date: str | None) -> None:
    """Read files and folders (.txt, .md, .html, .jsonl) into the store.

    Folders are read recursively. Documents already stored are left unchanged; unreadable inputs are
    rejected with a reason and counted in the summary.
    """
    reference = _parse_day(reference_date, "--reference-date")
    show = sys.stderr.isatty()
    count = 0

    def progress(_source: str) -> None:
        nonlocal count
        count += 1
        if show and count % 10 == 0:
            click.echo(f"\r  {count} inputs read", nl=False, err=True)

    with _open_store(db, must_exist=False) as store, _errors():
        summary = pipeline.ingest(list(paths), store, reference=reference, progress=progress)
    if show and count:
        click.echo(f"\r  {count} inputs read", err=True)
    for r in summary.rejected:
        click.echo(f"rejected {r.source}: {r.reason}", err=True)
    click.echo(f"{db}: {summary.line()}")
    if summary.rejected and summary.added == 0 and summary.unchanged == 0:
        sys.exit(1)


@main.command()
@click.argument("question")
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@db_option
@click.option("--as-of", metavar="YYYY-MM-DD", help="Answer as of this date; later evidence is set aside.")
@click.option("--choice", "choices", multiple=True, metavar="TEXT", help="A possible answer (repeatable).")
@click.option("--explain", is_flag=True, help="Show claims found, grouping, conflict type and rule.")
@json_option
def ask(
    question: str,
    paths: tuple[str, ...],
    db: str,
    as_of: str | None,
    choices: tuple[str, ...],
    explain: bool,
    as_json: bool,
) -> None:
    """Answer QUESTION with its as-of date, conflict type, citations and superseded values.

    With PATHs, the documents are read into a temporary in-memory store instead of --db.
    """
    when = _parse_day(as_of, "--as-of")
    if paths:
        with _open_store(":memory:", must_exist=False) as store, _errors():
            summary = pipeline.ingest(list(paths), store, reference=when)
            for r in summary.rejected:
                click.echo(f"rejected {r.source}: {r.reason}", err=True)
            result = pipeline.ask(store, question, as_of=when, choices=choices or None)
    else:
        with _open_store(db) as store, _errors():
            result = pipeline.ask(store, question, as_of=when, choices=choices or None)
    if as_json:
        _echo_json(result.to_dict())
    else:
        click.echo(render.answer_text(result, explain=explain))


@main.command()
@db_option
@json_option
def dates(db: str, as_json: bool) -> None:
    """List every document with its date, granularity, confidence and evidence."""
    with _open_store(db) as store, _errors():
        items = list(store.documents())
    if as_json:
        _echo_json(
            [
                {"id": a.doc.id, "external_id": a.doc.external_id, "source": a.doc.source, **a.date.to_dict()}
                for a in items
            ]
        )
        return
    reasons = {a.doc.id: dating.explain(a.date, a.doc) for a in items}
    click.echo(render.dates_text(items, reasons))


@main.command()
@click.argument("topic")
@db_option
@json_option
def timeline(topic: str, db: str, as_json: bool) -> None:
    """Dated entries relevant to TOPIC, oldest first, each with its source."""
    with _open_store(db) as store, _errors():
        entries = pipeline.topic_timeline(store, topic)
    if as_json:
        _echo_json([e.to_dict() for e in entries])
    else:
        click.echo(render.timeline_text(entries))


@main.command(name="timex")
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--dct", required=True, metavar="YYYY-MM-DD", help="Document creation date to resolve against.")
def timex_command(file: str, dct: str) -> None:
    """Print the temporal expressions of a text as JSON lines (start, end, text, type, value)."""
    when = _parse_day(dct, "--dct")
    with _errors():
        if file == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(file).read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise TidingsError(f"{file}: not valid UTF-8 (byte at offset {exc.start})") from exc
        for t in timex.tag(text, when):
            click.echo(
                json.dumps(
                    {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value},
                    ensure_ascii=False,
                )
            )


@main.command(name="eval")
@click.argument("cases", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="Predictions file to write."
)
def eval_command(cases: Path, output: Path) -> None:
    """Write predictions for question or timex CASES (.jsonl or .jsonl.gz) in the shared format."""
    with _errors():
        summary = evaluate(cases, output)
    click.echo(summary.line(str(output)))


@main.command()
@db_option
def doctor(db: str) -> None:
    """Check a store (integrity, schema version, orphaned rows, search indexes) and say how to repair it.

    Exits 1 when an error is found; never modifies the store.
    """
    from tidings.doctor import check, render_findings

    findings = check(db)
    click.echo(render_findings(findings))
    if any(f.severity == "error" for f in findings):
        sys.exit(1)


@main.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; other than loopback needs a token.",
)
@click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on.")
@click.option("--token", envvar="TIDINGS_TOKEN", help="Require this bearer token (default: $TIDINGS_TOKEN).")
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the HTTP API and the web page over the store (open the printed link)."""
    from tidings import api

    with _errors():
        api.serve(db, host, port, token)


if __name__ == "__main__":  # pragma: no cover
    main()
