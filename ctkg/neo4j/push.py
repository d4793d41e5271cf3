"""Write a projection into Neo4j: batched UNWIND statements in explicit write transactions.

Nodes first, one statement per label combination, written by one thread while the store is
still being read and projected (``push_generation``); each batch returns the element ids of its
nodes, so relationships are then written from ``[start id, end id]`` pairs: a node-by-id seek
is far cheaper for the server than two lookups of long ``uri`` strings in the index, and the
rows sent are a fraction of the size. Relationships go out in RELATIONSHIP_WRITERS sessions at
once, each with its own relationship types, so that no two write the same relationship; the
server's deadlock detection (a transient error, retried at once by ``_execute``) covers the
nodes they share.

Idempotent by construction: when the database already holds ``Resource`` nodes, nodes MERGE on
the unique ``uri`` (constraint created first), properties are SET (not appended), labels are
SET, and relationships MERGE; so pushing the same store twice changes nothing, and a push that
was interrupted can simply be run again. When it holds none (a first push, or after a wipe),
there is nothing to merge with, so nodes and relationships are CREATEd; the uniqueness
constraint still guards against a second writer doing the same at the same time.

Default mode merges: what another store (another report) put there stays, and the entities two
stores share (same IRI) are one node. ``replace=True`` makes the ctkg graph in Neo4j equal to
this store afterwards: node properties are replaced instead of merged, and Resource nodes,
whitelisted labels and whitelisted relationship types that the store no longer has are removed.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ctkg.neo4j.errors import PushError
from ctkg.neo4j.projection import (
    RESOURCE,
    NodeCallback,
    Projection,
    Vocabulary,
    project_quads,
    quote,
)
from ctkg.neo4j.reading import generation_quads

if TYPE_CHECKING:
    from ctkg.store import Generation

CONSTRAINT = ("CREATE CONSTRAINT ctkg_resource_uri IF NOT EXISTS "
              f"FOR (n:{RESOURCE}) REQUIRE n.uri IS UNIQUE")
DEFAULT_BATCH = 2000
RELATIONSHIP_WRITERS = 2
"""Sessions writing relationships at once: on a 2-core machine 2 cut that phase by a quarter."""
Part = tuple[tuple[str, ...], list[dict[str, Any]], bool]
"""(labels, node property maps, announced again) — one statement of a node batch"""
Progress = Callable[[str, int, int], None]
"""progress(phase, rows written so far, rows in all or 0 if not known yet) after each
committed batch; called from the writing threads"""


@dataclass
class PushResult:
    nodes: int
    relationships: int
    batches: int
    seconds: float
    created_nodes: int = 0
    created_relationships: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    mode: str = "merge"
    """'create' (the database had no Resource node), 'merge' or 'replace'"""
    reading_seconds: float = 0.0
    """until the store was read and projected (node writes ran meanwhile)"""
    skipped: dict[str, int] = field(default_factory=dict)
    """the projection's triples left out, by undeclared term"""
    read_from: str = ""
    """push_generation: the N-Triples file the store keeps, or 'database'"""


def node_statement(labels: tuple[str, ...], mode: str = "merge") -> str:
    """One statement per label combination: labels cannot be parameters (dynamic labels cost
    the server more), so they are quoted names from the ontology whitelist, never user text.

    Each row is the node's property map (its ``uri`` included); the statement returns the
    uris and element ids of the batch, in matching order.
    """
    names = "".join(f":{quote(label)}" for label in labels)
    if mode == "create":
        lines = ["UNWIND $rows AS props", f"CREATE (n:{RESOURCE}{names})", "SET n = props"]
    else:
        lines = ["UNWIND $rows AS props", f"MERGE (n:{RESOURCE} {{uri: props.uri}})",
                 "SET n = props" if mode == "replace" else "SET n += props"]
        if names:
            lines.append(f"SET n{names}")
    lines.append("RETURN collect(n.uri) AS uris, collect(elementId(n)) AS ids")
    return "\n".join(lines)


def relationship_statement(rel_type: str, create: bool = False) -> str:
    """Rows are ``[start element id, end element id]`` of nodes this push wrote; the count
    returned tells whether every row found both its nodes."""
    verb = "CREATE" if create else "MERGE"
    return "\n".join(["UNWIND $rows AS row",
                      "MATCH (a) WHERE elementId(a) = row[0]",
                      "MATCH (b) WHERE elementId(b) = row[1]",
                      f"{verb} (a)-[:{quote(rel_type)}]->(b)",
                      "RETURN count(*) AS written"])


def ensure_schema(session: Any) -> None:
    """The uniqueness constraint that makes MERGE on uri fast and safe (an equivalent one,
    e.g. n10s_unique_uri from neosemantics or rdflib-neo4j, is fine too)."""
    existing = session.run(
        "SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' AND entityType = 'NODE' "
        f"AND labelsOrTypes = ['{RESOURCE}'] AND properties = ['uri'] RETURN count(*) AS n"
    ).single()["n"]
    if not existing:
        session.run(CONSTRAINT).consume()
    session.run("CALL db.awaitIndexes(300)").consume()


def has_resources(session: Any) -> bool:
    return session.run(f"MATCH (n:{RESOURCE}) RETURN n LIMIT 1").single() is not None


DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected"
RETRY_SECONDS = 30.0
"""How long a batch is retried on transient errors (the driver's own default budget)."""


def _execute(session: Any, statements: list[tuple[str, list[Any]]]) -> list[tuple[Any, Any]]:
    """Run (statement, rows) batches in one write transaction: each statement's one record,
    or None if it returns nothing, and its counters.

    Retried like the driver's managed transactions (errors it calls retryable, for up to
    RETRY_SECONDS), with one difference: the relationship writers of a push deadlock now and
    then on the nodes they share, and the server may say so only at commit; such a batch is
    run again after milliseconds, not after the driver's one-second wait and warning.
    """
    from neo4j.exceptions import DriverError, Neo4jError

    deadline = time.monotonic() + RETRY_SECONDS
    attempt = 0
    while True:
        try:
            with session.begin_transaction() as tx:
                outcomes = []
                for statement, rows in statements:
                    result = tx.run(statement, rows=rows)
                    outcomes.append((result.single(), result.consume().counters))
                tx.commit()
            return outcomes
        except (Neo4jError, DriverError) as err:
            if not err.is_retryable() or time.monotonic() > deadline:
                raise
            first = 0.005 if getattr(err, "code", None) == DEADLOCK else 1.0
            time.sleep(first * 2 ** min(attempt, 5) * random.uniform(0.8, 1.2))
            attempt += 1


def _write_relationships(session: Any, statement: str, rows: list[list[str]]) -> int:
    """Write one relationship batch; the number of relationships created."""
    [(record, counters)] = _execute(session, [(statement, rows)])
    if record["written"] != len(rows):
        raise PushError(f"{len(rows) - record['written']} of {len(rows)} relationships lost a "
                        "node that this push had written (deleted while it ran?); run the push "
                        "again")
    return int(counters.relationships_created)


class _NodeWriter(threading.Thread):
    """In its own session: makes sure of the schema, tells a first push (create) from a merge,
    then writes node batches in the order they are put while the caller goes on reading the
    store; keeps the element id of every node it wrote.

    When the store has been read, the caller lends a hand with a second session: what is queued
    then (the rest of every label combination, a quarter of the nodes or more) is written twice
    as fast. Batches that must follow others (nodes announced again) wait for ``later``.
    """

    def __init__(self, driver: Any, database: str, mode: str, counter: _Counter) -> None:
        """`mode` 'replace', or 'merge' to be told from 'create' once the schema is there."""
        super().__init__(name="ctkg-node-writer", daemon=True)
        self.driver, self.database, self.mode, self.counter = driver, database, mode, counter
        self.batches: queue.SimpleQueue[list[Part] | None] = queue.SimpleQueue()
        self.later: list[list[Part]] = []
        """batches written once all the queued ones are"""
        self.ready = threading.Event()
        """set once the mode is known (or the writer failed)"""
        self.lock = threading.Lock()
        self.ids: dict[str, str] = {}
        self.created = 0
        self.written = 0
        """batches written"""
        self.error: BaseException | None = None

    def put(self, parts: list[Part]) -> None:
        """Queue a batch: parts written in one transaction. Raises the writer's error, if it
        has stopped, so that reading stops too."""
        if self.error is not None:
            raise self.error
        self.batches.put(parts)

    def close(self) -> None:
        """Write what is queued, with a second session alongside the writer's, then what had
        to wait; raise what stopped the writer."""
        self.batches.put(None)
        self.ready.wait()
        try:
            with self.driver.session(database=self.database) as session:
                self._consume(session)
                self.join()
                for parts in self.later if self.error is None else []:
                    self._write(session, parts)
        except BaseException as err:
            self.error = self.error or err
            self.abandon()
        if self.error is not None:
            raise self.error

    def abandon(self) -> None:
        """Stop after the batch in hand (the caller failed)."""
        self.error = self.error or _Abandoned()
        self.batches.put(None)
        self.join()

    def run(self) -> None:
        try:
            with self.driver.session(database=self.database) as session:
                try:
                    ensure_schema(session)
                    if self.mode != "replace":
                        self.mode = "merge" if has_resources(session) else "create"
                finally:
                    self.ready.set()
                self._consume(session)
        except BaseException as err:  # handed to the reading thread by put() and close()
            self.error = self.error or err

    def _consume(self, session: Any) -> None:
        """Write queued batches until the end mark, which is left for the other consumer."""
        while self.error is None:
            parts = self.batches.get()
            if parts is None:
                self.batches.put(None)
                return
            self._write(session, parts)

    def _write(self, session: Any, parts: list[Part]) -> None:
        from neo4j.exceptions import ConstraintError

        mode = self.mode
        try:
            outcomes = _execute(session, self._statements(parts, mode))
        except ConstraintError:
            if mode != "create":
                raise
            # another writer put ctkg nodes in since the check: merge from here on
            self.mode = "merge"
            outcomes = _execute(session, self._statements(parts, "merge"))
        for (_, rows, again), (record, counters) in zip(parts, outcomes, strict=True):
            ids = dict(zip(record["uris"], record["ids"], strict=True))
            if len(ids) != len(rows):
                raise PushError(f"Neo4j returned {len(ids)} node ids for a batch of {len(rows)}")
            with self.lock:
                self.ids.update(ids)
                self.created += counters.nodes_created
            self.counter.add("nodes", 0 if again else len(rows))
        with self.lock:
            self.written += 1

    @staticmethod
    def _statements(parts: list[Part], mode: str) -> list[tuple[str, list[Any]]]:
        """Nodes announced again are merged into what is there, even in a first push."""
        return [(node_statement(labels, "merge" if again and mode == "create" else mode), rows)
                for labels, rows, again in parts]


class _Abandoned(Exception):
    """The reading side failed; its own error is the one to report."""


class _Counter:
    """Rows written so far, for progress reports from several writing threads."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        self.lock = threading.Lock()

    def add(self, phase: str, rows: int) -> None:
        with self.lock:
            self.done += rows
            if self.progress:
                self.progress(phase, self.done, self.total)


class _NodeBatcher:
    """Collects complete nodes by label combination (labels cannot be parameters) and hands
    each full batch to the writer; nodes announced again are merged after all the others.

    (Handing the writer smaller batches early, whenever it is idle, was slower: on 2 cores
    the extra transactions take CPU from the reading, which is the slower side.)
    """

    def __init__(self, size: int, writer: _NodeWriter) -> None:
        self.size, self.writer = size, writer
        self.rows: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        self.again: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {}

    def add(self, uri: str, labels: tuple[str, ...], props: dict[str, Any], again: bool) -> None:
        if again:
            self.again[uri] = (labels, props)
            return
        rows = self.rows[labels]
        rows.append(props)
        if len(rows) >= self.size:
            self.writer.put([(labels, rows, False)])
            self.rows[labels] = []

    def flush(self) -> None:
        """Hand over what is left, the small combinations together in as few transactions as
        the batch size allows (a transaction's commit costs more than a statement)."""
        parts = [(labels, rows, False) for labels, rows in sorted(self.rows.items()) if rows]
        for job in self._pack(parts):
            self.writer.put(job)
        late: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for labels, props in self.again.values():
            late[labels].append(props)
        again = [(labels, rows[i:i + self.size], True)
                 for labels, rows in sorted(late.items()) for i in range(0, len(rows), self.size)]
        self.writer.later = self._pack(again)

    def _pack(self, parts: list[Part]) -> list[list[Part]]:
        """Parts gathered into jobs of at most the batch size (a part is never split)."""
        jobs: list[list[Part]] = []
        held = self.size
        for part in parts:
            if held + len(part[1]) > self.size:
                jobs.append([])
                held = 0
            jobs[-1].append(part)
            held += len(part[1])
        return jobs


def push(driver: Any, database: str, projection: Projection, *, batch_size: int = DEFAULT_BATCH,
         replace: bool = False, progress: Progress | None = None) -> PushResult:
    """Write a projection made beforehand: every node, then every relationship."""
    total = projection.node_count + projection.relationship_count

    def feed(on_node: NodeCallback) -> Projection:
        for uri in sorted(projection.nodes):
            node = projection.nodes[uri]
            on_node(uri, node["labels"], node["props"], False)
        return projection

    return _push(driver, database, feed, batch_size=batch_size, replace=replace,
                 counter=_Counter(progress, total))


def push_generation(driver: Any, database: str, generation: Generation, store: Any = None, *,
                    batch_size: int = DEFAULT_BATCH, replace: bool = False,
                    progress: Progress | None = None) -> PushResult:
    """What `ctkg neo4j push` does: the generation's default graph, from the N-Triples it
    keeps or else out of its database (`store`, opened here if not given; reading.py), with
    the vocabulary of its ontology graph."""
    started = time.perf_counter()
    store = store if store is not None else generation.open_graph()
    quads, source = generation_quads(generation, store)
    checking = time.perf_counter() - started
    result = push_quads(driver, database, quads, Vocabulary.from_store(store),
                        batch_size=batch_size, replace=replace, progress=progress)
    result.read_from = source
    result.seconds += checking
    result.reading_seconds += checking
    return result


def push_quads(driver: Any, database: str, quads: Iterable[Any], vocabulary: Vocabulary, *,
               batch_size: int = DEFAULT_BATCH, replace: bool = False,
               progress: Progress | None = None) -> PushResult:
    """Project and write at once: each node is queued for writing as soon as its subject's
    triples have all come, so the writes overlap the reading; then every relationship. The
    progress total is 0 until the last quad has been read."""
    return _push(driver, database,
                 lambda on_node: project_quads(quads, vocabulary, on_node),
                 batch_size=batch_size, replace=replace, counter=_Counter(progress, 0))


def _push(driver: Any, database: str, feed: Callable[[NodeCallback], Projection], *,
          batch_size: int, replace: bool, counter: _Counter) -> PushResult:
    """`feed` announces every node to the callback it is given, as soon as it has it, and
    returns the whole projection; nodes are written meanwhile, relationships after."""
    started = time.perf_counter()
    writer = _NodeWriter(driver, database, "replace" if replace else "merge", counter)
    writer.start()
    try:
        batcher = _NodeBatcher(batch_size, writer)
        projection = feed(batcher.add)
        batcher.flush()
    except BaseException:
        writer.abandon()
        raise
    reading = time.perf_counter() - started
    counter.total = projection.node_count + projection.relationship_count
    writer.close()
    result = PushResult(projection.node_count, projection.relationship_count, 0, 0.0,
                        mode=writer.mode, reading_seconds=reading, skipped=projection.skipped,
                        created_nodes=writer.created)
    result.created_relationships, rel_batches = _write_all_relationships(
        driver, database, projection, writer.ids, create=writer.mode == "create",
        batch_size=batch_size, counter=counter)
    result.batches = writer.written + rel_batches
    if replace:
        with driver.session(database=database) as session:
            result.removed = remove_stale(session, projection, batch_size)
    result.seconds = time.perf_counter() - started
    return result


def _write_all_relationships(driver: Any, database: str, projection: Projection,
                             ids: dict[str, str], *, create: bool, batch_size: int,
                             counter: _Counter) -> tuple[int, int]:
    """Write every relationship from element ids, RELATIONSHIP_WRITERS sessions at once, each
    with its own relationship types; (relationships created, batches)."""
    groups = _split(projection.relationships, RELATIONSHIP_WRITERS)
    stop = threading.Event()

    def write(types: list[str]) -> tuple[int, int]:
        created = batches = 0
        with driver.session(database=database) as session:
            for rel_type, batch in projection.relationship_batches(batch_size, types):
                if stop.is_set():
                    break
                created += _write_relationships(session, relationship_statement(rel_type, create),
                                                [[ids[a], ids[b]] for a, b in batch])
                batches += 1
                counter.add("relationships", len(batch))
        return created, batches

    pool = ThreadPoolExecutor(len(groups) or 1, thread_name_prefix="ctkg-rel-writer")
    try:
        futures = [pool.submit(write, group) for group in groups]
        wait(futures, return_when=FIRST_EXCEPTION)
        for future in futures:
            failure = future.exception() if future.done() else None
            if failure is not None:
                raise failure
        done = [future.result() for future in futures]
    except BaseException:  # a writer failed, or Ctrl-C: the others stop after their batch
        stop.set()
        raise
    finally:
        pool.shutdown()
    return sum(c for c, _ in done), sum(b for _, b in done)


def _split(relationships: dict[str, list[tuple[str, str]]], parts: int) -> list[list[str]]:
    """Relationship types dealt to `parts` writers, biggest first to the least loaded, so the
    writers finish together; each writer's types in name order."""
    loads = [0] * parts
    groups: list[list[str]] = [[] for _ in range(parts)]
    for rel_type in sorted(relationships, key=lambda t: (-len(relationships[t]), t)):
        least = loads.index(min(loads))
        loads[least] += len(relationships[rel_type])
        groups[least].append(rel_type)
    return [sorted(group) for group in groups if group]


def remove_stale(session: Any, projection: Projection, batch_size: int) -> dict[str, int]:
    """Delete what the store no longer has: Resource nodes, then ctkg labels and relationships.

    Labels and relationship types outside the ontology whitelist of the projection's vocabulary
    (ones a user added by hand) are left alone.
    """
    vocabulary = projection.vocabulary
    wanted_labels = set(vocabulary.labels.values()) if vocabulary else None
    wanted_types = set(vocabulary.relationships.values()) if vocabulary else None
    stale_nodes: list[str] = []
    stale_labels: dict[str, list[str]] = defaultdict(list)
    for record in session.run(f"MATCH (n:{RESOURCE}) "
                              "RETURN elementId(n) AS id, n.uri AS uri, labels(n) AS labels"):
        node = projection.nodes.get(record["uri"]) if record["uri"] is not None else None
        if node is None:
            stale_nodes.append(record["id"])
            continue
        for label in set(record["labels"]) - set(node["labels"]) - {RESOURCE}:
            if wanted_labels is None or label in wanted_labels:
                stale_labels[label].append(record["id"])
    wanted = {(t, a, b) for t, pairs in projection.relationships.items() for a, b in pairs}
    seen: set[tuple[str, str, str]] = set()
    stale_rels: list[str] = []
    for record in session.run(f"MATCH (a:{RESOURCE})-[r]->(b:{RESOURCE}) RETURN elementId(r) AS id,"
                              " type(r) AS type, a.uri AS a, b.uri AS b"):
        key = (record["type"], record["a"], record["b"])
        if wanted_types is not None and key[0] not in wanted_types:
            continue
        if key not in wanted or key in seen:  # gone from the store, or a duplicate
            stale_rels.append(record["id"])
        seen.add(key)

    def run_batches(statement: str, ids: list[str]) -> int:
        for start in range(0, len(ids), batch_size):
            _execute(session, [(statement, [{"id": i} for i in ids[start:start + batch_size]])])
        return len(ids)

    removed = {
        "relationships": run_batches(
            "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id DELETE r",
            stale_rels),
        "nodes": run_batches(
            "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id DETACH DELETE n",
            stale_nodes),
        "labels": 0,
    }
    for label, ids in sorted(stale_labels.items()):
        removed["labels"] += run_batches(
            f"UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id REMOVE n:{quote(label)}",
            ids)
    return removed


def graph_counts(driver: Any, database: str) -> dict[str, int]:
    """Resource nodes and the relationships between them (what push writes and wipe removes)."""
    with driver.session(database=database) as session:
        nodes = session.run(f"MATCH (n:{RESOURCE}) RETURN count(n) AS n").single()["n"]
        rels = session.run(f"MATCH (:{RESOURCE})-[r]->(:{RESOURCE}) RETURN count(r) AS n"
                           ).single()["n"]
    return {"nodes": nodes, "relationships": rels}
