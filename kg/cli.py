"""The ``kg`` command: a thin layer that parses options, calls the library and formats results.

Exit status: 0 success; 1 the work ran but found problems (a file failed to
build, the graph does not validate); 2 a usage error (click's own) or a missing
build.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.buildfolder import GRAPH_TTL, STORE
from kg.parallel import DEFAULT_TIME_BUDGET
from kg.publish import DESCRIPTION_FILE

if TYPE_CHECKING:
    from kg.pipeline import DocumentReport
    from kg.progress import ProgressPrinter

__all__ = ["main"]

DEFAULT_OUT = Path("build")
DEFAULT_CORPUS = Path("corpus")


def out_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--out DIR``, shared by every command that reads or writes a build."""
    return click.option(
        "--out",
        "out",
        type=click.Path(file_okay=False, path_type=Path),
        default=DEFAULT_OUT,
        show_default=True,
        help="Folder of the build.",
    )(function)


def published_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--base URL`` and ``--endpoint URL``, where the dataset is published: given to the command as ``addresses``."""

    def addresses(context: click.Context, _parameter: click.Parameter, endpoint: str | None) -> Any:
        from kg.publish.dataset import PUBLISHED, Addresses

        try:
            return Addresses(context.params.pop("base", None) or PUBLISHED, endpoint or "")
        except ValueError as error:
            raise click.BadParameter(str(error)) from error

    base = click.option(
        "--base",
        metavar="URL",
        is_eager=True,  # read before --endpoint, whose callback makes the addresses of both
        help="Address the dataset is published under: its files under URL/data/ "
        "[default: https://w3id.org/policy-kg/].",
    )
    endpoint = click.option(
        "--endpoint",
        "addresses",
        metavar="URL",
        callback=addresses,
        help="Address of its SPARQL endpoint [default: URL/sparql of --base].",
    )
    return base(endpoint(function))


class UsageFailure(click.ClickException):
    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policy-kg")
def main() -> None:
    """Build and explore a knowledge graph of actors, instruments and commitments.

    \b
    Example:
      kg build corpus/ --out build/
      kg query commitments --format csv
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@out_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Build documents on this many processes.",
)
@click.option(
    "--dask",
    "scheduler",
    metavar="ADDRESS",
    default=None,
    help="Build documents on the Dask cluster whose scheduler is at ADDRESS (tcp://host:port); "
    "its workers must see the files at the same paths.",
)
@click.option("--rebuild", is_flag=True, help="Process every file again, ignoring the cache of --out.")
@click.option(
    "--time-budget",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_BUDGET,
    show_default=True,
    help="Seconds one file may take to be read and built (0: no limit); a file that takes longer fails.",
)
@click.option("--views/--no-views", default=True, show_default=True, help="Write the network views into --out/views/.")
@click.option("--verbose", "-v", is_flag=True, help="A line for each document built, with what was found in it.")
@click.option(
    "--progress",
    "progress_mode",
    type=click.Choice(["auto", "terminal", "plain", "none"]),
    default="auto",
    show_default=True,
    help="How progress is shown on stderr: one line rewritten in place (terminal), a line every "
    "10 s (plain, as in CI logs), or not at all; auto: terminal when stderr is one.",
)
@published_options
def build(
    paths: tuple[Path, ...],
    out: Path,
    workers: int,
    scheduler: str | None,
    rebuild: bool,
    time_budget: float,
    views: bool,
    verbose: bool,
    progress_mode: str,
    addresses: Any,
) -> None:
    """Read documents and write the graph, the store and a report into --out.

    PATHS are files (.txt, .html, .pdf) and folders; the default is corpus/.
    Only files new or changed since the last build into --out are processed
    again (the cache is kept in --out/cache/); the outputs are the same bytes
    as those of a clean build. Exit status 1 when some file failed (the others
    are built in full). A second build into the same --out waits for the first.

    \b
    Example:
      kg build corpus/ --out build/
      kg build report.pdf news.html --out my-build/
      kg build corpus/ --workers 4 --verbose
      kg build /data/un-documents --dask tcp://127.0.0.1:8786 --progress plain
      kg build corpus/ --base https://data.example.org/kg/
    """
    from kg.parallel import DaskUnavailable
    from kg.pipeline import build as run_build

    def waiting(message: str) -> None:
        click.echo(printable(message), err=True)

    printer = _progress_printer(progress_mode)
    try:
        report = run_build(
            list(paths) or [DEFAULT_CORPUS],
            out,
            workers=workers,
            scheduler=scheduler,
            rebuild=rebuild,
            time_budget=time_budget or None,
            on_wait=waiting,
            on_progress=printer,
            addresses=addresses,
        )
    except DaskUnavailable as error:
        raise UsageFailure(str(error)) from error
    except OSError as error:  # a cluster that cannot be reached, an output that cannot be written
        raise click.ClickException(str(error)) from error
    finally:
        if printer is not None:
            printer.close()
    _echo_documents(report.documents, verbose)
    built, reused = len(report.documents) - len(report.failed), len(report.documents) - len(report.processed)
    click.echo(
        f"{built} built, {len(report.failed)} failed ({len(report.processed)} processed, "
        f"{reused} from the cache); {report.quads} quads in {out}/"
    )
    if views:
        from kg.views import write_views

        pages = write_views(out)
        click.echo(f"{len(pages)} view pages in {out}/views/")
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("name", required=False)
@out_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="json is the W3C SPARQL 1.1 Query Results JSON format.",
)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and the question each answers.")
@click.option(
    "--param",
    "parameters",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a variable before the query runs (e.g. year=2030); repeatable.",
)
@click.option(
    "--sorted",
    "sort",
    is_flag=True,
    help="Sort the rows in the order the query's header states (# Order:); "
    "the first row then waits for the whole answer. Without it, rows stream as found.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Write the first LIMIT rows only.")
def query(
    name: str | None,
    out: Path,
    output_format: str,
    list_only: bool,
    parameters: tuple[str, ...],
    sort: bool,
    limit: int | None,
) -> None:
    """Run a named query (see --list) or a .rq file on the built graph.

    Rows are written as the store finds them, never gathered first.

    \b
    Example:
      kg query commitments
      kg query commitments --limit 1000 --format csv
      kg query mentions --sorted --format tsv
      kg query my-question.rq --format json --out build/
      kg query deadlines-in-year --param year=2030
      kg query --list
    """
    from kg import query as library

    if list_only:
        for query_name in library.query_names():
            click.echo(f"{query_name:24} {library.query_header(query_name).question}")
        return
    if not name:
        raise UsageFailure("give a query NAME or FILE.rq (kg query --list shows the names)")
    try:
        text = library.load_query(name)
        if sort:
            text = library.sorted_query(text, library.query_header(name).order)
        if limit is not None:
            text = library.limited_query(text, limit)
        library.answer_query(out, text, output_format, sys.stdout.buffer, parameters)
    except (LookupError, FileNotFoundError) as error:
        raise UsageFailure(str(error)) from error
    except BrokenPipeError:  # the reader stopped early (| head): not an error of the query
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing may be written to the closed pipe at exit
    except (SyntaxError, ValueError, OSError) as error:
        raise click.ClickException(f"{name}: {error}") from error


@main.command()
@out_option
@click.option("--no-reasoner", is_flag=True, help="Skip the ontology consistency check (HermiT).")
def validate(out: Path, no_reasoner: bool) -> None:
    """Check the built graph and the dataset's description against the SHACL shapes, and the ontology's consistency.

    Exit status 1 when the graph or the description (void.ttl) does not
    conform, or the ontology is inconsistent.

    \b
    Example:
      kg validate --out build/
    """
    from kg.validate import validate as run_validation

    graph = out / GRAPH_TTL
    if not graph.is_file():
        raise UsageFailure(f"no graph in {out}/: run 'kg build --out {out}' first")
    report = run_validation(graph, reasoner=not no_reasoner)
    for violation in report.violations:
        click.echo(f"violation  {violation}", err=True)
    click.echo(f"SHACL: {'conforms' if report.conforms else f'{len(report.violations)} violations'}")
    click.echo(f"ontology: {report.consistency}")
    described = _validate_description(out / DESCRIPTION_FILE)
    if not report.conforms or report.consistency.startswith("inconsistent") or not described:
        sys.exit(1)


def _validate_description(path: Path) -> bool:
    """Check a build's dataset description against the shapes; print what is wrong; whether it conforms."""
    from kg.validate import validate as run_validation

    if not path.is_file():
        click.echo(f"violation  {path}: no dataset description (run 'kg build' again)", err=True)
        return False
    report = run_validation(path, reasoner=False)
    for violation in report.violations:
        click.echo(f"violation  {path.name}: {violation}", err=True)
    verdict = "conforms" if report.conforms else f"{len(report.violations)} violations"
    click.echo(f"dataset description ({path.name}): {verdict}")
    return report.conforms


@main.command()
@click.argument("name", required=False)
@click.option("--explain", "explain_name", metavar="NAME", help="Show which rules joined the mentions of NAME.")
@click.option("--language", default=None, help="Language of NAME (ISO 639-1), to help matching.")
@out_option
def entities(name: str | None, explain_name: str | None, language: str | None, out: Path) -> None:
    """Look a name up in the gazetteers, or explain how its mentions in the build were joined.

    \b
    Example:
      kg entities "Đại hội đồng Liên hợp quốc"
      kg entities --explain "General Assembly" --out build/
    """
    from kg import entities as library
    from kg import resolve
    from kg.buildfolder import DamagedStoreError, open_store

    if explain_name:
        try:
            store = open_store(out)
        except FileNotFoundError:
            store = None  # the gazetteer can still say what it knows of the name
        except DamagedStoreError as error:
            raise click.ClickException(str(error)) from error
        lines = library.explain(store, explain_name, language)
        if not lines:
            raise click.ClickException(f"no entity known as {explain_name!r}")
        click.echo("\n".join(lines))
        return
    if not name:
        raise UsageFailure("give a NAME or --explain NAME")
    entity = resolve.lookup(name, language)
    if entity is None:
        raise click.ClickException(f"no entity known as {name!r}")
    click.echo(f"{entity.kind}\t{entity.key}\t{entity.name or ''}\t{entity.code or ''}")


@main.command()
@out_option
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query endpoint.")
@click.option(
    "--graph-store",
    metavar="URL",
    default=None,
    help="The server's Graph Store Protocol address (default: the endpoint).",
)
@click.option("--full", is_flag=True, help="Send every graph, changed or not.")
@click.option(
    "--user",
    metavar="NAME",
    default=None,
    help="User name for a server that asks for one (HTTP Basic or Digest); "
    "the password is read from KG_PUSH_PASSWORD, or asked for.",
)
def push(out: Path, endpoint: str, graph_store: str | None, full: bool, user: str | None) -> None:
    """Load the build's named graphs into a triple store, replacing each one whole.

    Each document's graph and the ontology's are sent with the SPARQL 1.1 Graph
    Store Protocol (HTTP PUT ?graph=IRI); pushing again replaces them, never
    duplicates them. A push sends only the graphs that changed since the last
    push to that server (or that the server lost), and deletes the graphs of
    documents that left the build. Then the triples of each graph on the server
    are counted. Exit status 1 when a graph did not arrive in full.

    \b
    Example:
      kg push --endpoint http://127.0.0.1:7878/query --graph-store http://127.0.0.1:7878/store
      KG_PUSH_PASSWORD=... kg push --user dba --endpoint http://localhost:8890/sparql \\
          --graph-store http://localhost:8890/sparql-graph-crud-auth
    """
    from kg.push import Credentials, PushError
    from kg.push import push as run_push

    credentials = Credentials(user, _push_password(user)) if user else None
    try:
        report = run_push(out, endpoint, graph_store, full=full, credentials=credentials)
    except FileNotFoundError as error:
        raise UsageFailure(str(error)) from error
    except (PushError, ValueError, OSError) as error:  # ValueError: a damaged graphs.json; OSError: store
        raise click.ClickException(str(error)) from error
    for graph in report.incomplete:
        click.echo(f"incomplete  {graph.graph}: {graph.found} of {graph.triples} triples on the server", err=True)
    click.echo(
        f"{len(report.graphs)} graphs ({report.triples} triples) on {report.graph_store}: "
        f"{len(report.sent)} sent, {len(report.graphs) - len(report.sent)} unchanged, {len(report.removed)} removed"
    )
    if report.incomplete:
        sys.exit(1)


def _progress_printer(mode: str) -> ProgressPrinter | None:
    from kg.progress import ProgressPrinter

    if mode == "none":
        return None
    terminal = mode == "terminal" or (mode == "auto" and sys.stderr.isatty())
    return ProgressPrinter(sys.stderr, terminal=terminal)


def _echo_documents(documents: list[DocumentReport], verbose: bool) -> None:
    """Failures always; each document built and its warnings with ``verbose``."""
    for document in documents:
        source = printable(document.source)
        if document.status == "failed":
            click.echo(f"failed  {source}: {printable(document.error or '')}", err=True)
        elif verbose:
            counts = ", ".join(f"{n} {kind}" for kind, n in document.counts.items() if n)
            click.echo(f"built   {source} [{document.language}, {document.builder}] {counts}")
            for warning in document.warnings:
                click.echo(f"warning {source}: {printable(warning)}", err=True)


def printable(text: str) -> str:
    """Text on one line of a terminal: a control character (a newline in a file name) as its escape.

    >>> printable("a\\nb.txt"), printable("Hà Nội")
    ('a\\\\nb.txt', 'Hà Nội')
    """
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _push_password(user: str) -> str:
    """From the environment, not the command line, where other users of the machine could read it."""
    password = os.environ.get("KG_PUSH_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageFailure(f"--user {user} needs a password: set KG_PUSH_PASSWORD")
    return click.prompt(f"password of {user}", hide_input=True)


@main.command()
@out_option
def view(out: Path) -> None:
    """Write the network views (HTML that works offline) into --out/views/.

    Actors and commitments, citations by year, one page per document, and an
    index linking them; open views/index.html in a browser.

    \b
    Example:
      kg view --out build/
      xdg-open build/views/index.html
    """
    from kg.views import write_views

    try:
        pages = write_views(out)
    except FileNotFoundError as error:
        raise UsageFailure(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{out}/views: {error}") from error
    click.echo(f"{len(pages)} pages in {out}/views/ (open {out}/views/index.html)")


def _limit(
    flag: str, default: float, kind: click.ParamType, text: str
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """An option of ``kg serve`` that bounds what a query or a client may take."""
    return click.option(flag, default=default, show_default=True, type=kind, help=text)


@main.command()
@out_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@_limit(
    "--timeout", 10.0, click.FloatRange(min=0, min_open=True), "Seconds a query may run before it is stopped (503)."
)
@_limit(
    "--max-rows",
    10_000,
    click.IntRange(min=1),
    "Rows (or triples) answered at most; a cut answer carries X-SPARQL-MaxRows.",
)
@_limit(
    "--max-bytes",
    32 * 2**20,
    click.IntRange(min=1024),
    "Bytes of an answer at most; a cut answer carries X-SPARQL-MaxBytes.",
)
@_limit(
    "--worker-memory",
    2048,
    click.IntRange(min=256),
    "Megabytes of address space a query worker may use; a query needing more is stopped (503).",
)
def serve(out: Path, host: str, port: int, timeout: float, max_rows: int, max_bytes: int, worker_memory: int) -> None:
    """Answer the SPARQL 1.1 protocol at /sparql, read-only, with a query page at /.

    Updates and SERVICE are refused (403); results come as JSON, XML, CSV or TSV
    (CONSTRUCT and DESCRIBE as Turtle, JSON-LD or N-Triples) by the Accept header.
    Only requests for this address and from its own pages are answered; each
    answer names the build generation it comes from (X-KG-Generation), and a new
    build is served by every worker together once it is complete.

    \b
    Example:
      kg serve --out build/ --port 8000
      curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=ASK%7B%7D'
    """
    from kg.serve import make_server

    try:
        server = make_server(
            out,
            host,
            port,
            timeout=timeout,
            max_rows=max_rows,
            max_bytes=max_bytes,
            worker_memory=worker_memory * 2**20,
        )
    except FileNotFoundError as error:
        raise UsageFailure(str(error)) from error
    except (OSError, RuntimeError) as error:
        raise click.ClickException(f"cannot serve {out}/{STORE} on {host}:{port}: {error}") from error
    click.echo(f"SPARQL endpoint at {server.url}sparql, query page at {server.url} (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@out_option
@click.option(
    "--site",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the static site into.",
)
@published_options
def publish(out: Path, site: Path, addresses: Any) -> None:
    """Write the build as a static Linked Data site: a page and a description per entity.

    For each entity, page/id/<path>.html for people and .ttl and .jsonld for
    machines (what 'kg serve' answers at /id/<path>), the ontology's page
    and Turtle, and the dataset's VoID/DCAT description; host the folder
    behind the w3id.org redirect of https://w3id.org/policy-kg/ (or at the
    address --base names, with the endpoint at --endpoint).

    \b
    Example:
      kg publish --out build/ --site site/
      kg publish --site site/ --base https://data.example.org/kg/ --endpoint https://sparql.example.org/kg
    """
    from kg.publish.site import write_site
    from kg.query import open_store

    try:
        count = write_site(open_store(out), site, addresses)
    except FileNotFoundError as error:
        raise UsageFailure(str(error)) from error
    except (OSError, ValueError) as error:
        raise click.ClickException(f"{site}: {error}") from error
    click.echo(f"{count} entities published in {site}/ (pages in {site}/page/id/)")


@main.command()
@out_option
def stats(out: Path) -> None:
    """Network analytics of the build, printed and written to --out/stats.json.

    The most-addressed actors, the most-cited instruments, the connected
    components and the longest citation chains.

    \b
    Example:
      kg stats --out build/
    """
    from kg.stats import summary, write_stats

    try:
        result, path = write_stats(out)
    except FileNotFoundError as error:
        raise UsageFailure(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{out}: {error}") from error
    click.echo(summary(result), nl=False)
    click.echo(f"written to {path}")


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@out_option
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the scores, with what was missed and what was extra, as JSON to this file.",
)
@click.option(
    "--corrections",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of corrected gold files, read in place of those of GOLD_DIR with the same name.",
)
def evaluate(gold_dir: Path, out: Path, json_path: Path | None, corrections: Path | None) -> None:
    """Score the build against the gold files of GOLD_DIR: recall and precision per document and fact type.

    Prints the means per family of documents (UN documents, legal texts, news
    and statements) and fact type, then the scores of each document. Exit
    status 1 when a gold file cannot be read (the others are still scored).

    \b
    Example:
      kg build ../shared/corpus-real/ --out build-eval/
      kg eval ../shared/gold-real/ --out build-eval/ --json build-eval/eval.json
    """
    import json

    from kg.eval import evaluate as run_evaluation
    from kg.eval import format_tables, to_json

    try:
        evaluation = run_evaluation(gold_dir, out, corrections=corrections)
    except FileNotFoundError as error:
        raise UsageFailure(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{out}: {error}") from error
    click.echo(format_tables(evaluation), nl=False)
    if json_path is not None:
        try:
            json_path.write_text(json.dumps(to_json(evaluation), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as error:
            raise click.ClickException(f"{json_path}: {error}") from error
        click.echo(f"written to {json_path}")
    if evaluation.problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
