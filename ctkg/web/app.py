"""The Starlette app behind `ctkg serve`: SPARQL endpoint, web page, contact and catalogue APIs.

Routes: `/` (page), `/sparql` (SPARQL 1.1 Protocol, read-only), `/api/contact?q=&limit=`
(contact-point lookup), `/api/queries` (the catalogue) and `/api/queries/NAME?PARAM=...` (a
catalogue query with bound parameters), `/health`. The store is re-read from the store folder's
CURRENT pointer on every request, so a rebuild is picked up without a restart.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ctkg.store import Generation, StoreDir, StoreError
from ctkg.web.engine import Answer, Formats, QueryFailed, Runner
from ctkg.web.negotiation import GRAPH_TYPES, RESULT_TYPES, choose
from ctkg.web.protocol import ProtocolError, read_operation

HERE = Path(__file__).resolve().parent
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
]
MAX_CONTACT_LIMIT = 50


@dataclass(frozen=True)
class Settings:
    """The endpoint's limits (see docs/deployment.md)."""

    timeout: float = 10.0
    max_results: int = 10_000
    max_query_bytes: int = 100_000
    max_running: int = 4


class GraphSource:
    """The live generation and its read-only store, reopened when a rebuild replaces it."""

    def __init__(self, store_dir: StoreDir) -> None:
        self.store_dir = store_dir
        self._lock = threading.Lock()
        self._generation: Generation | None = None
        self._store: Any = None

    def current(self) -> tuple[Generation, Any]:
        generation = self.store_dir.current()
        with self._lock:
            if generation != self._generation:
                self._store = generation.open_graph()
                self._generation = generation
            return generation, self._store


class SecurityHeaders:
    """Adds a strict Content-Security-Policy and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def prefixes() -> dict[str, str]:
    """Namespace prefixes for Turtle answers and for the page's compact IRIs."""
    from loaders.mapping import BINDINGS

    table = {k: str(v) for k, v in BINDINGS.items()}
    table |= {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
              "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
              "xsd": "http://www.w3.org/2001/XMLSchema#",
              "owl": "http://www.w3.org/2002/07/owl#"}
    return table


def _text(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


def _answer(answer: Answer) -> Response:
    headers = {"Vary": "Accept", "Cache-Control": "no-cache",
               "X-CTKG-Result-Count": str(answer.rows)}
    if answer.truncated:
        headers["X-CTKG-Truncated"] = "true"
    media_type = answer.media_type
    if media_type.startswith("text/") or media_type.endswith(("+json", "/json")):
        media_type += "; charset=utf-8"
    return Response(answer.body, headers=headers, media_type=media_type)


def _formats(request: Request) -> Formats:
    accept = request.headers.get("accept")
    return Formats(choose(accept, RESULT_TYPES), choose(accept, GRAPH_TYPES))


def _dataset(default_graphs: list[str], named_graphs: list[str]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    except ValueError as err:
        raise ProtocolError(400, f"default-graph-uri/named-graph-uri: {err}") from None
    return options


def _catalogue_entry(query: Any) -> dict[str, Any]:
    return {"name": query.name, "title": query.title, "answers": query.answers,
            "text": query.text,
            "params": [{"name": p.name, "type": p.type, "example": p.example, "doc": p.doc}
                       for p in query.params]}


def create_app(store_dir: StoreDir, settings: Settings | None = None) -> Starlette:
    """The web app over the store folder `store_dir`."""
    settings = settings or Settings()
    source = GraphSource(store_dir)
    table = prefixes()
    runner = Runner(settings.timeout, settings.max_results, settings.max_running,
                    {k: v for k, v in table.items() if k != "id"})
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    def live() -> tuple[Generation, Any]:
        try:
            return source.current()
        except StoreError as err:
            raise QueryFailed(503, str(err)) from None

    async def sparql(request: Request) -> Response:
        try:
            operation = await read_operation(request, settings.max_query_bytes)
            options = _dataset(operation.default_graphs, operation.named_graphs)
            formats = _formats(request)
            if formats.results is None and formats.graph is None:
                return _text(406, "none of the media types in Accept is supported; use one of "
                             + ", ".join(t for t, _ in RESULT_TYPES + GRAPH_TYPES))
            _, store = live()
            answer = await runner.run(store, operation.query, formats, options)
        except (ProtocolError, QueryFailed) as err:
            return _text(err.status, err.message)
        return _answer(answer)

    async def named_query(request: Request) -> Response:
        from ctkg.query import QueryError, bind, catalogue

        name = request.path_params["name"]
        known = {q.name: q for q in catalogue()}
        if name not in known:
            return JSONResponse({"error": f"no catalogue query named {name!r}"}, 404)
        query = known[name]
        values = {k: v for k, v in request.query_params.items() if v != ""}
        try:
            substitutions = bind(query, values)
            _, store = live()
            answer = await runner.run(store, query.text, _formats(request),
                                      {"substitutions": substitutions or None})
        except QueryError as err:
            return JSONResponse({"error": str(err)}, 400)
        except QueryFailed as err:
            return JSONResponse({"error": err.message}, err.status)
        return _answer(answer)

    async def queries(request: Request) -> Response:
        from ctkg.query import catalogue

        return JSONResponse([_catalogue_entry(q) for q in catalogue()])

    async def contact(request: Request) -> Response:
        from ctkg.contact import ContactLookupError, lookup

        q = request.query_params.get("q", "")
        try:
            limit = int(request.query_params.get("limit", "10"))
        except ValueError:
            return JSONResponse({"error": "limit must be a whole number"}, 400)
        if not 1 <= limit <= MAX_CONTACT_LIMIT:
            return JSONResponse({"error": f"limit must be between 1 and {MAX_CONTACT_LIMIT}"},
                                400)
        try:
            generation, _ = live()
            results = await run_in_threadpool(lookup, generation.contacts_path, q, limit)
        except ContactLookupError as err:
            return JSONResponse({"error": str(err)}, 400)
        except QueryFailed as err:
            return JSONResponse({"error": err.message}, err.status)
        return JSONResponse(results)

    async def health(request: Request) -> Response:
        try:
            generation, _ = live()
            manifest = generation.manifest()
        except QueryFailed as err:
            return JSONResponse({"ok": False, "error": err.message}, 503)
        stats = manifest.get("stats", {})
        return JSONResponse({"ok": True, "generation": generation.path.name,
                             "built": manifest.get("built"), "reports": stats.get("reports"),
                             "triples": stats.get("triples")})

    async def index(request: Request) -> Response:
        from ctkg.query import catalogue

        try:
            generation, _ = live()
            stats = generation.manifest().get("stats", {})
        except QueryFailed as err:
            return _text(503, err.message)
        entries = [_catalogue_entry(q) for q in catalogue()]
        return templates.TemplateResponse(request, "index.html", {
            "stats": stats, "catalogue": entries, "prefixes": table, "settings": settings,
            "generation": generation.path.name,
        })

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/api/contact", contact, methods=["GET"]),
        Route("/api/queries", queries, methods=["GET"]),
        Route("/api/queries/{name}", named_query, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(SecurityHeaders)
    return app
