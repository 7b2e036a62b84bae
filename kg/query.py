"""Named SPARQL queries over a build: find them, run them, format their results.

Queries live in ``queries/NAME.rq``; each starts with a header comment giving
the question it answers, its variables and an example. The store is opened
read-only; its default graph is the merge of every document's graph (each
triple once), so a query sees every document without naming graphs, and
``GRAPH ?g`` still reaches one document's graph.

The contract queries end in no ``ORDER BY``: a sort needs the whole answer
before its first row (and on the store every comparison decodes its terms), so
their rows stream in the store's order, the same for the same build. Each
states the order it can be sorted in (``# Order:``); :func:`sorted_query` adds it.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pyoxigraph import Literal, NamedNode, QueryResultsFormat, QuerySolutions, Store, Variable

from kg.buildfolder import DamagedStoreError, damaged_store_message, open_store

__all__ = [
    "FORMATS",
    "QUERIES_DIR",
    "DamagedStoreError",
    "QueryHeader",
    "answer_query",
    "format_results",
    "limited_query",
    "load_query",
    "open_store",
    "parse_parameter",
    "query_header",
    "query_names",
    "readme_table",
    "result_rows",
    "run_query",
    "run_query_with_parameters",
    "sorted_query",
    "write_results",
]

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class QueryHeader:
    name: str
    question: str
    variables: str
    example: str
    order: str = ""  # the variables a --sorted answer is ordered by; empty when the query sorts itself


def query_names() -> list[str]:
    """Names of the queries of the library, sorted."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def load_query(name_or_path: str) -> str:
    """The text of a named query or of a ``.rq`` file; the error lists the known names."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return path.read_text(encoding="utf-8")
    named = QUERIES_DIR / f"{name_or_path}.rq"
    if named.is_file():
        return named.read_text(encoding="utf-8")
    raise LookupError(f"no query {name_or_path!r}: not a .rq file, nor one of {', '.join(query_names())}")


def query_header(name: str) -> QueryHeader:
    """The question, variables and example stated in a query's header comment."""
    fields = {"question": "", "variables": "", "example": "", "order": ""}
    for line in load_query(name).splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"#\s*(Question|Variables|Example|Order)\s*:\s*(.*)", line, re.IGNORECASE)
        if match:
            fields[match.group(1).lower()] = match.group(2).strip()
    fields["order"] = " ".join(re.findall(r"\?\w+", fields["order"].split("(", 1)[0]))  # its comment left out
    return QueryHeader(name=name, **fields)


#: A solution modifier after the query's last brace: the query sorts or cuts its answer itself.
_TRAILING_MODIFIER = re.compile(r"\b(ORDER\s+BY|LIMIT|OFFSET)\b[^{}]*\Z", re.IGNORECASE)
_TRAILING_CUT = re.compile(r"\b(LIMIT|OFFSET)\b[^{}]*\Z", re.IGNORECASE)


def sorted_query(text: str, order: str) -> str:
    """``text`` sorted by ``order`` (``?doc ?start``): the whole answer is found before its first row."""
    if not order:
        return text
    if _TRAILING_MODIFIER.search(text):
        raise ValueError("the query orders, limits or offsets its rows itself: it cannot be sorted again")
    return f"{text.rstrip()}\nORDER BY {order}\n"


def limited_query(text: str, limit: int) -> str:
    """``text`` answering its first ``limit`` rows only; unsorted, they come as soon as they are found."""
    if _TRAILING_CUT.search(text):
        raise ValueError("the query limits or offsets its rows itself: leave out --limit")
    return f"{text.rstrip()}\nLIMIT {limit}\n"


def run_query(store: Store, text: str) -> QuerySolutions:
    results = store.query(text)
    if not isinstance(results, QuerySolutions):
        raise ValueError("only SELECT queries can be formatted as a table; use 'kg serve' for others")
    return results


def result_rows(results: QuerySolutions) -> list[dict[str, str]]:
    """The rows of a SELECT result as dicts of variable name → plain string; unbound variables are absent."""
    names = [variable.value for variable in results.variables]
    table = []
    for solution in results:
        row = {}
        for name in names:
            term = solution[name]
            if isinstance(term, NamedNode | Literal):
                row[name] = term.value
        table.append(row)
    return table


def write_results(results: QuerySolutions, output_format: str, sink: BinaryIO) -> None:
    """Write results as a table for people, or as W3C SPARQL results in CSV, TSV or JSON.

    Rows go out as they are found, never gathered first: a million-row answer
    costs the memory of one row (the table's, of its first rows).
    """
    if output_format == "table":
        _write_table(results, sink)
    else:
        results.serialize(sink, format=_RESULT_FORMATS[output_format])


def format_results(results: QuerySolutions, output_format: str) -> str:
    """:func:`write_results` into a string."""
    buffer = io.BytesIO()
    write_results(results, output_format, buffer)
    return buffer.getvalue().decode("utf-8")


_RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV, "json": QueryResultsFormat.JSON}
#: Rows whose cells set the widths of a table's columns; later rows with longer cells stick out.
_TABLE_SAMPLE = 1000
#: Characters of a cell a table shows, so that a row stays on one line.
_CELL_WIDTH = 60


def _write_table(results: QuerySolutions, sink: BinaryIO) -> None:
    """Columns padded to the widest cell of the first rows, a row a line, and the count of rows."""
    variables = [variable.value for variable in results.variables]
    rows = ([_cell(solution[variable]) for variable in variables] for solution in results)
    first = list(itertools.islice(rows, _TABLE_SAMPLE))
    widths = [max(map(len, column)) for column in zip(variables, *first, strict=True)]
    sink.write(_table_line(variables, widths) + _table_line(["-" * width for width in widths], widths))
    count = 0
    for row in itertools.chain(first, rows):
        sink.write(_table_line(row, widths))
        count += 1
    sink.write(f"({count} rows)\n".encode())


def _cell(term: object) -> str:
    if term is None:
        text = ""
    elif isinstance(term, (NamedNode, Literal)):
        text = term.value
    else:
        text = str(term)
    return " ".join(text.split())[:_CELL_WIDTH]


def _table_line(cells: list[str], widths: list[int]) -> bytes:
    return ("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip() + "\n").encode()


# --- parameters, the README's table of queries, ``python -m kg.query --readme`` ---------------------------

README_BEGIN = "<!-- queries:begin -->"
README_END = "<!-- queries:end -->"


def parse_parameter(assignment: str) -> tuple[Variable, NamedNode | Literal]:
    """``name=value`` as a variable and the term it stands for.

    Digits give an xsd:integer, ``<...>`` or an http(s) address an IRI, anything
    else a plain string, which is how a query's parameter header tells a user to
    write them.

    >>> parse_parameter("year=2030")
    (<Variable value=year>, <Literal value=2030 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>)
    >>> parse_parameter("symbol=A/RES/70/1")[1].value
    'A/RES/70/1'
    """
    name, separator, value = assignment.partition("=")
    if not separator or not name.strip():
        raise ValueError(f"a parameter is NAME=VALUE, not {assignment!r}")
    return Variable(name.strip().lstrip("?$")), _parameter_term(value.strip())


def _parameter_term(value: str) -> NamedNode | Literal:
    if re.fullmatch(r"-?\d+", value):
        return Literal(int(value))
    if value.startswith("<") and value.endswith(">"):
        return NamedNode(value[1:-1])
    if re.match(r"https?://", value):
        return NamedNode(value)
    return Literal(value)


def run_query_with_parameters(store: Store, text: str, assignments: list[str]) -> QuerySolutions:
    """Like :func:`run_query`, with variables bound beforehand (SPARQL SEP-0007 substitutions).

    A substituted variable joins with the query's own binding of it, so a query
    that binds ``?year`` from its data returns only the rows of that year.
    """
    substitutions: dict[Variable, Any] = dict(parse_parameter(assignment) for assignment in assignments)
    _check_parameters(text, substitutions)
    results = store.query(text, substitutions=substitutions)
    if not isinstance(results, QuerySolutions):
        raise ValueError("only SELECT queries can be formatted as a table; use 'kg serve' for others")
    return results


def _check_parameters(text: str, substitutions: dict[Variable, Any]) -> None:
    """Refuse a parameter that names no variable the query returns (pyoxigraph says so with a RuntimeError).

    The query runs first on an empty store: that costs nothing and tells its variables.
    """
    probe = Store().query(text)
    if not isinstance(probe, QuerySolutions):
        raise ValueError("parameters can be given to SELECT queries only")
    returned = [variable.value for variable in probe.variables]
    unknown = [variable.value for variable in substitutions if variable.value not in returned]
    if unknown:
        names = ", ".join(unknown)
        raise ValueError(f"the query returns no variable {names} to bind; it returns ?{' ?'.join(returned)}")


def answer_query(out: Path, text: str, output_format: str, sink: BinaryIO, assignments: Sequence[str] = ()) -> None:
    """Run a query on the build in ``out`` and write its results to ``sink``.

    A store that fails while it answers (RocksDB finds a damaged block only
    when it reads it) is reported as damaged, with the way to repair it.
    """
    store = open_store(out)
    try:
        results = run_query_with_parameters(store, text, list(assignments)) if assignments else run_query(store, text)
        write_results(results, output_format, sink)
    except BrokenPipeError:
        raise
    except (OSError, RuntimeError) as error:  # what the store raises on damage; bad queries raise SyntaxError
        raise DamagedStoreError(damaged_store_message(out, error)) from error


def readme_table() -> str:
    """The README's table of queries (name, question, variables), generated from their headers."""
    lines = ["| name | question | variables |", "|---|---|---|"]
    for name in query_names():
        header = query_header(name)
        question = header.question.replace("|", "\\|")
        lines.append(f"| `{name}` | {question} | `{header.variables}` |")
    return "\n".join(lines) + "\n"


def readme_section(readme: str) -> str:
    """The part of the README between the two markers, as written there."""
    start = readme.index(README_BEGIN) + len(README_BEGIN)
    return readme[start : readme.index(README_END)].strip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.query --readme`` prints the README's table of queries."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kg.query", description=main.__doc__)
    parser.add_argument("--readme", action="store_true", help="print the README's table of queries")
    arguments = parser.parse_args(argv)
    if not arguments.readme:
        parser.print_help()
        return 2
    print(readme_table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
