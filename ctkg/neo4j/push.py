"""Write a projection into Neo4j: batched UNWIND statements in explicit write transactions.

Nodes first, one statement per label combination; each batch returns the element ids of its
nodes, so relationships are then written from ``[start id, end id]`` pairs: a node-by-id seek
is far cheaper for the server than two lookups of long ``uri`` strings in the index, and the
rows sent are a fraction of the size.

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

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ctkg.neo4j.errors import PushError
from ctkg.neo4j.projection import RESOURCE, Projection, quote

CONSTRAINT = ("CREATE CONSTRAINT ctkg_resource_uri IF NOT EXISTS "
              f"FOR (n:{RESOURCE}) REQUIRE n.uri IS UNIQUE")
DEFAULT_BATCH = 2000
Progress = Callable[[str, int, int], None]
"""progress(phase, rows written so far, rows in all) after each committed batch"""


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


def _execute(session: Any, statement: str, rows: list[Any]) -> tuple[Any, Any]:
    """Run one batch in its own write transaction (retried by the driver on transient errors):
    the statement's one record, or None if it returns nothing, and its counters."""
    def work(tx: Any) -> tuple[Any, Any]:
        result = tx.run(statement, rows=rows)
        record = result.single()
        return record, result.consume().counters

    return session.execute_write(work)


def _write_nodes(session: Any, statement: str, rows: list[dict[str, Any]]
                 ) -> tuple[dict[str, str], int]:
    """Write one node batch; its uri -> element id map and the number of nodes created."""
    record, counters = _execute(session, statement, rows)
    ids = dict(zip(record["uris"], record["ids"], strict=True))
    if len(ids) != len(rows):
        raise PushError(f"Neo4j returned {len(ids)} node ids for a batch of {len(rows)}")
    return ids, counters.nodes_created


def _write_relationships(session: Any, statement: str, rows: list[list[str]]) -> int:
    """Write one relationship batch; the number of relationships created."""
    record, counters = _execute(session, statement, rows)
    if record["written"] != len(rows):
        raise PushError(f"{len(rows) - record['written']} of {len(rows)} relationships lost a "
                        "node that this push had written (deleted while it ran?); run the push "
                        "again")
    return int(counters.relationships_created)


def push(driver: Any, database: str, projection: Projection, *, batch_size: int = DEFAULT_BATCH,
         replace: bool = False, progress: Progress | None = None) -> PushResult:
    """Write every node, then every relationship, in batches of `batch_size` rows."""
    from neo4j.exceptions import ConstraintError

    started = time.perf_counter()
    result = PushResult(projection.node_count, projection.relationship_count, 0, 0.0)
    total = result.nodes + result.relationships
    done = 0
    with driver.session(database=database) as session:
        ensure_schema(session)
        result.mode = "replace" if replace else "merge" if has_resources(session) else "create"
        ids: dict[str, str] = {}
        for labels, rows in projection.node_batches(batch_size):
            try:
                written, created = _write_nodes(session, node_statement(labels, result.mode),
                                                rows)
            except ConstraintError:
                if result.mode != "create":
                    raise
                # another writer put ctkg nodes in since the check: merge from here on
                result.mode = "merge"
                written, created = _write_nodes(session, node_statement(labels, result.mode),
                                                rows)
            ids.update(written)
            result.created_nodes += created
            result.batches += 1
            done += len(rows)
            if progress:
                progress("nodes", done, total)
        create = result.mode == "create"
        for rel_type, pairs in projection.relationship_batches(batch_size):
            result.created_relationships += _write_relationships(
                session, relationship_statement(rel_type, create),
                [[ids[start], ids[end]] for start, end in pairs])
            result.batches += 1
            done += len(pairs)
            if progress:
                progress("relationships", done, total)
        if replace:
            result.removed = remove_stale(session, projection, batch_size)
    result.seconds = time.perf_counter() - started
    return result


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
            _execute(session, statement, [{"id": i} for i in ids[start:start + batch_size]])
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
