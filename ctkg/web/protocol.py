"""What a SPARQL 1.1 Protocol request asks for: the query text, its dataset, or an update to refuse.

Reads GET parameters, url-encoded form bodies and `application/sparql-query` bodies, with a hard
cap on their size, so a client cannot make the server hold an arbitrarily large body in memory.
Standard library plus Starlette's Request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.requests import Request

from ctkg.web.errors import StatusError

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
READ_ONLY = ("this SPARQL endpoint is read-only: updates (INSERT, DELETE, LOAD, CLEAR, CREATE, "
             "DROP, COPY, MOVE, ADD) are refused")

UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                   "WITH"}
_TOKEN = re.compile(
    r"""(?P<iri><[^<>"{}|^`\\\s]*>)|(?P<comment>\#[^\n]*)|(?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
    r"""|(?P<word>[A-Za-z_][\w-]*:?|[\w-]*:)|(?P<other>\S)""",
    re.VERBOSE,
)


class ProtocolError(StatusError):
    """A request the endpoint refuses; carries the HTTP status and a one-line message."""


@dataclass
class Operation:
    """A query request: its text and the dataset the protocol parameters name."""

    query: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def looks_like_update(text: str) -> bool:
    """Whether `text` is a SPARQL Update: its first keyword after the prologue is an update verb."""
    tokens = [m for m in _TOKEN.finditer(text) if m.lastgroup != "comment"]
    i = 0
    while i < len(tokens):
        word = tokens[i].group().upper()
        if word == "PREFIX":
            i += 3
        elif word == "BASE":
            i += 2
        else:
            return word in UPDATE_KEYWORDS
    return False


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it grows past `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProtocolError(413, f"request body of {declared} bytes is over the limit of "
                                 f"{limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProtocolError(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the request is not UTF-8 ({err.reason} at byte "
                                 f"{err.start})") from None


async def read_operation(request: Request, max_query_bytes: int) -> Operation:
    """The query a GET or POST asks for, or ProtocolError (update, too long, malformed)."""
    params: dict[str, list[str]] = {}
    body_query: str | None = None
    if request.method == "GET" or request.method == "HEAD":
        params = parse_qs(request.url.query, keep_blank_values=True)
        if any(len(v.encode("utf-8")) > max_query_bytes for v in params.get("query", [])):
            raise ProtocolError(414, f"the query is over the limit of {max_query_bytes} bytes")
    else:
        media_type = _media_type(request)
        params = parse_qs(request.url.query, keep_blank_values=True)
        if media_type == UPDATE_BODY:
            raise ProtocolError(403, READ_ONLY)
        # a form body carries the query url-encoded, which can take up to 3 bytes per byte
        limit = max_query_bytes * 3 + 4096 if media_type == FORM else max_query_bytes
        body = await _body(request, limit)
        if media_type == FORM:
            form = parse_qs(_decode(body), keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif media_type == QUERY_BODY:
            body_query = _decode(body)
        else:
            raise ProtocolError(415, f"POST a query as {FORM} (query=...) or as {QUERY_BODY}, "
                                     f"not {media_type or 'an untyped body'}")
    if "update" in params:
        raise ProtocolError(403, READ_ONLY)
    queries = params.get("query", [])
    if body_query is not None:
        if queries:
            raise ProtocolError(400, "give the query once: in the body or in ?query=, not both")
        queries = [body_query]
    if len(queries) != 1:
        raise ProtocolError(400, "missing query: send one query parameter (GET ?query=... or a "
                                 "POST body)" if not queries else "give exactly one query")
    text = queries[0]
    if len(text.encode("utf-8")) > max_query_bytes:
        raise ProtocolError(413, f"the query is over the limit of {max_query_bytes} bytes")
    if not text.strip():
        raise ProtocolError(400, "the query is empty")
    if looks_like_update(text):
        raise ProtocolError(403, READ_ONLY)
    return Operation(text, params.get("default-graph-uri", []),
                     params.get("named-graph-uri", []))
