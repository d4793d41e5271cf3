"""Push speed to Neo4j: `ctkg neo4j push` against the rdflib-neo4j store, same triples, same run.

Run on demand, with the development server up (`scripts/neo4j start`):

    .venv/bin/python benchmarks/neo4j_push.py [--reports 100] [--repeat 1] [--uri bolt://...]

1. writes 100 synthetic reports (tests.synthetic_reports.generate(100, seed=0)) and builds a
   store from them with `ctkg build --no-validate`;
2. wipes the database and pushes the store with ctkg's projection (read from Oxigraph, batched
   UNWIND ... MERGE); the time includes reading the triples from the store;
3. wipes again and streams the same default-graph triples, grouped by subject as a Turtle parse
   would give them, into rdflib_neo4j.Neo4jStore (handle_vocab_uri_strategy=IGNORE,
   batching=True, as its documentation shows); the rdflib terms are built before the clock
   starts, so only the store's own work is timed;
4. prints nodes+relationships per second for both and the ratio (issue 5 asks for >= 3x).

The database is left wiped. Both sides run against the same server, each after a wipe and a
pause; with --repeat they take turns going first, and the best run of each counts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_store(tmp: Path, reports: int, seed: int) -> Path:
    from tests.synthetic_reports import generate, write

    outdir = tmp / "reports"
    write(generate(reports, seed=seed), outdir, forms=("md",))
    store = tmp / "store"
    # `ctkg build` refuses two reports of one economy and year; keep the first of each
    files: dict[str, str] = {}
    for path in sorted(outdir.glob("*.md")):
        files.setdefault(path.stem.split("-", 2)[-1], str(path))
    started = time.perf_counter()
    built = subprocess.run([sys.executable, "-m", "ctkg", "--store", str(store), "build",
                            "--no-validate", *files.values()], capture_output=True, text=True,
                           cwd=ROOT, check=False)
    if built.returncode != 0:
        sys.exit(f"ctkg build failed: {built.stderr.strip()}")
    skipped = reports - len(files)
    print(f"built a store of {len(files)} synthetic reports in "
          f"{time.perf_counter() - started:.1f} s"
          + (f" ({skipped} skipped: a second report of the same economy and year)"
             if skipped else ""))
    return store


def graph_counts(driver: Any) -> tuple[int, int]:
    with driver.session(database="neo4j") as session:
        nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
    return int(nodes), int(rels)


def wipe_all(driver: Any) -> None:
    """Empty the database, then let the server settle before the next timed push."""
    with driver.session(database="neo4j") as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
                    ).consume()
    time.sleep(2)


def push_ctkg(driver: Any, store: Path, batch_size: int) -> tuple[float, float, int, int, int]:
    """Wall seconds, client CPU seconds, nodes, relationships, triples read."""
    from ctkg.neo4j.projection import Vocabulary, project
    from ctkg.neo4j.push import push
    from ctkg.store import StoreDir

    started, cpu = time.perf_counter(), time.process_time()
    graph = StoreDir(store).current().open_graph()
    vocabulary = Vocabulary.from_store(graph)
    projection = project(graph, vocabulary)
    push(driver, "neo4j", projection, batch_size=batch_size, vocabulary=vocabulary)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    nodes, rels = graph_counts(driver)
    return seconds, cpu, nodes, rels, projection.triples


def rdflib_triples(store: Path) -> tuple[list[tuple[Any, Any, Any]], float]:
    """The store's default graph as rdflib terms, grouped by subject, and the seconds that took
    (what a user of rdflib-neo4j pays on top to get triples out of a store or file)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from ctkg.store import StoreDir

    started = time.perf_counter()
    data = StoreDir(store).current().open_graph().dump(format=ox.RdfFormat.N_TRIPLES,
                                                       from_graph=ox.DefaultGraph())
    graph = Graph()
    graph.parse(data=data, format="nt")
    triples = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    return triples, time.perf_counter() - started


def push_rdflib_neo4j(uri: str, user: str, password: str,
                      triples: list[tuple[Any, Any, Any]]) -> tuple[float, float]:
    """Wall seconds and client CPU seconds of streaming `triples` into Neo4jStore."""
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    config = Neo4jStoreConfig(
        auth_data={"uri": uri, "database": "neo4j", "user": user, "pwd": password},
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    with redirect_stdout(StringIO()):  # it prints progress chatter
        started, cpu = time.perf_counter(), time.process_time()
        graph = Graph(store=Neo4jStore(config=config))
        for triple in triples:
            graph.add(triple)
        graph.close(True)
        return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs for each side")
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--user", default=os.environ.get("NEO4J_USER", "neo4j"))
    parser.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", "neo4j"))
    args = parser.parse_args()

    from neo4j import GraphDatabase

    with tempfile.TemporaryDirectory(prefix="ctkg-neo4j-bench-") as tmp, \
            GraphDatabase.driver(args.uri, auth=(args.user, args.password)) as driver:
        driver.verify_connectivity()
        store = build_store(Path(tmp), args.reports, args.seed)
        triples, to_rdflib = rdflib_triples(store)
        ours: list[tuple[float, float, int, int, int]] = []
        again: list[float] = []
        theirs: list[tuple[float, float, int, int]] = []
        for run in range(args.repeat):
            # alternate which side goes first, so neither always gets the warmer server
            for side in ("ours", "theirs") if run % 2 == 0 else ("theirs", "ours"):
                wipe_all(driver)
                if side == "ours":
                    ours.append(push_ctkg(driver, store, args.batch_size))
                    again.append(push_ctkg(driver, store, args.batch_size)[0])
                else:
                    theirs.append((*push_rdflib_neo4j(args.uri, args.user, args.password,
                                                      triples), *graph_counts(driver)))
        wipe_all(driver)

    o_seconds, o_cpu, o_nodes, o_rels, o_triples = min(ours)
    t_seconds, t_cpu, t_nodes, t_rels = min(theirs)
    print(f"triples in the default graph: {o_triples} (rdflib-neo4j got {len(triples)})")
    print(f"ctkg neo4j push : {o_nodes:7d} nodes {o_rels:7d} relationships in {o_seconds:6.2f} s"
          f" = {(o_nodes + o_rels) / o_seconds:8.0f} nodes+relationships/s,"
          f" {o_triples / o_seconds:8.0f} triples/s (client CPU {o_cpu:.2f} s)")
    print(f"  pushing the same store again (nothing to change): {min(again):.2f} s")
    print(f"rdflib-neo4j    : {t_nodes:7d} nodes {t_rels:7d} relationships in {t_seconds:6.2f} s"
          f" = {(t_nodes + t_rels) / t_seconds:8.0f} nodes+relationships/s,"
          f" {len(triples) / t_seconds:8.0f} triples/s (client CPU {t_cpu:.2f} s)")
    print(f"  plus {to_rdflib:.2f} s to get the store's triples as rdflib terms (dump + parse)")
    print(f"ratio, same triples, store work only: ctkg is {t_seconds / o_seconds:.1f}x faster; "
          f"from the store on disk: {(t_seconds + to_rdflib) / o_seconds:.1f}x "
          f"(issue target >= 3x; best of {args.repeat})")


if __name__ == "__main__":
    main()
