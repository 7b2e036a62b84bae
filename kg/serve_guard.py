"""The endpoint's defences: which queries it runs, which requests it answers, the walls around a worker.

The query engine executes ``SERVICE`` by fetching from the host it names, and
offers no switch to turn that off. So a query is read by a real SPARQL parser
(rdflib's) and refused when its syntax tree holds a ``SERVICE`` anywhere
(``FILTER EXISTS``, subqueries, ``MINUS``...); a query that parser cannot read
is not run at all. A keyword search over the text cannot do this: the spellings
that escaped it (``SERVICE:x`` after ``PREFIX :``, a comment ended by a
carriage return, a string ending in an escaped quote) are all plain to a parser.

Two parsers can still disagree about a text, so the worker that runs a query
is cut off from the network as well (a network namespace of its own with no
interface up, on Linux): whatever a query names, it cannot reach another host.
Its address space is bounded too, so that a query growing strings without end
is stopped by the kernel rather than the machine.

A request is answered only when it names the address served (``Host``: no page
of another site can then reach the endpoint through a rebound DNS name) and,
when it comes from a page, from one of the endpoint's own (``Origin``,
``Sec-Fetch-Site``).
"""

from __future__ import annotations

import ctypes
import functools
import ipaddress
import logging
import os
import resource
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from pyparsing import ParseResults
from rdflib.plugins.sparql import parser
from rdflib.plugins.sparql.parserutils import CompValue

__all__ = [
    "READ_ONLY",
    "QueryRefusedError",
    "Refusal",
    "checked_query",
    "cut_off_network",
    "host_refusal",
    "limit_memory",
    "served_names",
]

log = logging.getLogger(__name__)

READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
NO_SERVICE = "SERVICE is refused: this endpoint never fetches from other endpoints"

#: Queries up to this length are checked once per worker (the named queries are under 3,500).
CACHED_QUERY_LENGTH = 20_000

# From <sched.h>: the flags of unshare(2).
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000


@dataclass(frozen=True)
class Refusal:
    """A request the endpoint will not answer: the HTTP status and the message that says why."""

    status: HTTPStatus
    message: str


class QueryRefusedError(Exception):
    """A query the endpoint will not run, with the HTTP status and message that say why."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def checked_query(text: str) -> str:
    """The text to run for a query the endpoint accepts; raises :class:`QueryRefusedError` otherwise.

    >>> checked_query("ASK {}")
    'ASK {}'
    >>> checked_query("PREFIX : <http://h/> SELECT * WHERE { SERVICE:x { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.serve_guard.QueryRefusedError: SERVICE is refused: this endpoint never fetches from other endpoints
    """
    # rdflib ends a comment at a line feed only, the engine at a carriage return too; with one
    # line end, both read the same text (and a lone CR is in no SPARQL string but a long one).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) <= CACHED_QUERY_LENGTH:
        _check_cached(text)
    else:
        _check(text)
    return text


def _check(text: str) -> None:
    if "ServiceGraphPattern" in _node_names(_parsed(text)):
        raise QueryRefusedError(HTTPStatus.FORBIDDEN, NO_SERVICE)


# Parsing takes 15 to 150 ms for a named query, and the same queries come again and again (a
# refusal is not remembered: lru_cache keeps no exception).
_check_cached = functools.lru_cache(maxsize=256)(_check)


def _parsed(text: str) -> Any:
    try:
        return parser.parseQuery(text)
    # Fail closed: whatever stops the parser (a syntax error, nesting too deep for its
    # recursion, a bad escape) means the query is not run.
    except Exception as error:
        if _is_update(text):
            raise QueryRefusedError(HTTPStatus.FORBIDDEN, READ_ONLY) from error
        message = str(error) or type(error).__name__
        raise QueryRefusedError(HTTPStatus.BAD_REQUEST, f"malformed query: {message}") from error


def _is_update(text: str) -> bool:
    return _accepts(parser.parseUpdate, text)


def _accepts(check: Callable[[str], object], text: str) -> bool:
    """Whether ``check`` takes ``text`` without raising."""
    try:
        check(text)
    except Exception:
        return False
    return True


def _node_names(tree: Any) -> set[str]:
    return set(_walk(tree))


def _walk(tree: Any) -> Iterator[str]:
    """The name of every node of a parse tree, however deep (iteratively: queries can nest deeply)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node.name
            stack.extend(dict.values(node))
        elif isinstance(node, ParseResults | list | tuple):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def cut_off_network() -> bool:
    """Move this process into a network namespace of its own, with no interface up; False if it cannot.

    It must be called before the process starts a thread (the kernel refuses
    ``unshare`` to a threaded process), so before the store is opened.
    Without root, a user namespace comes with it, as unprivileged users may make one.
    """
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    flags = CLONE_NEWNET if os.geteuid() == 0 else CLONE_NEWUSER | CLONE_NEWNET
    if libc.unshare(flags) != 0:
        log.warning("a query worker could not leave the network: %s", os.strerror(ctypes.get_errno()))
        return False
    return True


def limit_memory(limit: int) -> None:
    """Bound this process's address space to ``limit`` bytes; an allocation past it fails."""
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


# --- which requests are answered: the address served, from its own pages ------------------------------


def served_names(host: str) -> frozenset[str]:
    """The host names a request may carry in ``Host`` (besides any IP address, which no DNS can rebind)."""
    names = {host.lower(), "localhost"}
    if host in ("", "0.0.0.0", "::"):
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    return frozenset(names)


def _is_ip_address(name: str) -> bool:
    return _accepts(ipaddress.ip_address, name)


def host_refusal(
    host: str | None, origin: str | None, fetch_site: str | None, names: frozenset[str], port: int
) -> Refusal | None:
    """The answer refusing a request that came by a name not served, or from a page of another origin.

    A page whose name an attacker points at this address (DNS rebinding) sends
    that name as ``Host``: only the names served, and IP addresses, pass. A page
    of another origin can make a browser POST a form here: its ``Origin`` is not
    this endpoint's, and ``Sec-Fetch-Site`` says ``cross-site`` even on a GET.
    """
    if host is not None and not _is_served(host, names, port):
        return Refusal(HTTPStatus.MISDIRECTED_REQUEST, f"this endpoint does not answer for the host {host!r}")
    if origin is not None and (host is None or origin.lower() != f"http://{host.lower()}"):
        return Refusal(HTTPStatus.FORBIDDEN, f"requests from pages of {origin!r} are refused")
    if fetch_site == "cross-site":
        return Refusal(HTTPStatus.FORBIDDEN, "requests from pages of other sites are refused")
    return None


def _is_served(host: str, names: frozenset[str], port: int) -> bool:
    parts = urlsplit("//" + host)
    try:
        given_port = parts.port or 80
    except ValueError:
        return False
    name = (parts.hostname or "").lower()
    return given_port == port and (name in names or _is_ip_address(name))
