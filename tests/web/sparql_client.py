"""SPARQLWrapper, the real client, turned into plain rows and HTTP statuses for assertions."""

from __future__ import annotations

import csv
import io
import urllib.error
from typing import Any

from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    POST,
    POSTDIRECTLY,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

FORMATS = {"json": JSON, "xml": XML, "csv": CSV, "turtle": TURTLE, "jsonld": JSONLD}
# (HTTP method, request encoding): GET, POST form, POST application/sparql-query
METHODS = {"get": (GET, URLENCODED), "post-form": (POST, URLENCODED),
           "post-body": (POST, POSTDIRECTLY)}
STATUS = {QueryBadFormed: 400, Unauthorized: 401, EndPointNotFound: 404, URITooLong: 414,
          EndPointInternalError: 500}


def client(endpoint: str, query: str, fmt: str = "json", method: str = "get") -> SPARQLWrapper:
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(FORMATS[fmt])
    http_method, encoding = METHODS[method]
    wrapper.setMethod(http_method)
    wrapper.setRequestMethod(encoding)
    wrapper.setTimeout(60)
    return wrapper


def rows(converted: Any, fmt: str) -> list[dict[str, str]]:
    """SELECT results from any of the formats as rows of lexical values (unbound left out)."""
    if fmt == "json":
        return [{v: b[v]["value"] for v in b} for b in converted["results"]["bindings"]]
    if fmt == "xml":
        out = []
        for result in converted.getElementsByTagName("result"):
            row = {}
            for binding in result.getElementsByTagName("binding"):
                value = binding.firstChild
                while value is not None and value.nodeType != value.ELEMENT_NODE:
                    value = value.nextSibling
                assert value is not None
                row[binding.getAttribute("name")] = "".join(
                    n.data for n in value.childNodes if n.nodeType == n.TEXT_NODE)
            out.append(row)
        return out
    if fmt == "csv":
        text = converted.decode("utf-8") if isinstance(converted, bytes) else converted
        return [{k: v for k, v in r.items() if v != ""} for r in csv.DictReader(io.StringIO(text))]
    raise ValueError(fmt)


def boolean(converted: Any, fmt: str) -> bool:
    if fmt == "json":
        return bool(converted["boolean"])
    if fmt == "xml":
        return converted.getElementsByTagName("boolean")[0].firstChild.data == "true"
    raise ValueError(fmt)


def failure(err: BaseException) -> tuple[int, str]:
    """The HTTP status and body of a refused request, whichever way SPARQLWrapper raised it."""
    if isinstance(err, urllib.error.HTTPError):
        return err.code, err.read().decode("utf-8", "replace")
    if isinstance(err, SPARQLWrapperException):
        for kind, status in STATUS.items():
            if isinstance(err, kind):
                return status, str(err)
    raise AssertionError(f"not an HTTP failure: {err!r}")
