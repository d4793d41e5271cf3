"""`ctkg serve`: the SPARQL 1.1 endpoint and web page over the store, on 127.0.0.1 by default.

Opens the store before binding (a missing store is one line and exit 2), binds the socket itself
so `--port 0` works and the printed URL is the real one, then hands the socket to uvicorn.
"""

from __future__ import annotations

import socket
import sys

import click

LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost"}


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or one clear error."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise click.ClickException(f"--host {host}: cannot resolve ({err.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as err:
        sock.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror}") from None
    sock.set_inheritable(True)
    return sock


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; keep 127.0.0.1 behind a reverse proxy.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port; the URL is printed).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, help="Seconds a query may run before the endpoint answers 503.")
@click.option("--max-results", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) per answer; longer answers are cut and flagged with the "
                   "header X-CTKG-Truncated: true.")
@click.option("--max-query-bytes", type=click.IntRange(min=1), default=100_000,
              show_default=True, help="Longest query text accepted (413, or 414 for GET).")
@click.option("--max-running", type=click.IntRange(min=1), default=4, show_default=True,
              help="Queries evaluated at once; others wait for a slot within their time limit, "
                   "then get 503.")
@click.option("--access-log", is_flag=True, help="Log every request on standard output.")
@click.pass_context
def command(ctx: click.Context, host: str, port: int, timeout: float, max_results: int,
            max_query_bytes: int, max_running: int, access_log: bool) -> None:
    """Serve the SPARQL 1.1 endpoint (/sparql) and the web page (/) over the store."""
    import uvicorn

    from ctkg.cli import store_dir as chosen_store
    from ctkg.web.app import Settings, create_app

    store_dir = chosen_store(ctx)
    generation = store_dir.current()
    generation.open_graph()
    app = create_app(store_dir, Settings(timeout, max_results, max_query_bytes, max_running))
    sock = _bind(host, port)
    url = _url(host, sock.getsockname()[1])
    click.echo(f"ctkg serve: {url} (SPARQL endpoint {url}sparql) over {store_dir.path}; "
               "Ctrl-C stops it")
    if host not in LOCAL_HOSTS:
        click.echo(f"ctkg serve: warning: listening on {host}, not only on this machine; "
                   "put a reverse proxy with TLS in front (docs/deployment.md)", err=True)
    sys.stdout.flush()
    config = uvicorn.Config(
        app, log_level="info" if access_log else "warning", access_log=access_log,
        timeout_graceful_shutdown=5,
        # a GET carries the query url-encoded in the request line: let it through to the app,
        # which answers 414 past --max-query-bytes
        h11_max_incomplete_event_size=max_query_bytes * 3 + 65536,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
