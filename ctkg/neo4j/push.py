"""Write a projection into Neo4j: batched UNWIND ... MERGE in explicit write transactions.

Idempotent by construction: nodes MERGE on the unique ``uri`` (constraint created first),
properties are SET (not appended), labels are SET, relationships MERGE; so pushing the same store
twice changes nothing, and a push that was interrupted can simply be run again.

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

from ctkg.neo4j.projection import RESOURCE, Projection, Vocabulary, quote

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

    @property
    def per_second(self) -> float:
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0


def node_statement(labels: tuple[str, ...], replace: bool = False) -> str:
    """One statement per label combination: labels cannot be parameters, so they are quoted
    names from the ontology whitelist, never user text."""
    lines = ["UNWIND $rows AS row",
             f"MERGE (n:{RESOURCE} {{uri: row.uri}})",
             "SET n = row.props" if replace else "SET n += row.props"]
    if labels:
        lines.append("SET n:" + ":".join(quote(label) for label in labels))
    return "\n".join(lines)


def relationship_statement(rel_type: str) -> str:
    return "\n".join(["UNWIND $rows AS row",
                      f"MATCH (a:{RESOURCE} {{uri: row.from}})",
                      f"MATCH (b:{RESOURCE} {{uri: row.to}})",
                      f"MERGE (a)-[:{quote(rel_type)}]->(b)"])


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


def _write(session: Any, statement: str, rows: list[dict[str, Any]]) -> Any:
    def work(tx: Any) -> Any:
        return tx.run(statement, rows=rows).consume().counters

    return session.execute_write(work)


def push(driver: Any, database: str, projection: Projection, *, batch_size: int = DEFAULT_BATCH,
         replace: bool = False, vocabulary: Vocabulary | None = None,
         progress: Progress | None = None) -> PushResult:
    """Write every node, then every relationship, in batches of `batch_size` rows."""
    started = time.perf_counter()
    result = PushResult(projection.node_count, projection.relationship_count, 0, 0.0)
    total = result.nodes + result.relationships
    done = 0
    with driver.session(database=database) as session:
        ensure_schema(session)
        for labels, rows in projection.node_batches(batch_size):
            counters = _write(session, node_statement(labels, replace), rows)
            result.created_nodes += counters.nodes_created
            result.batches += 1
            done += len(rows)
            if progress:
                progress("nodes", done, total)
        for rel_type, rows in projection.relationship_batches(batch_size):
            counters = _write(session, relationship_statement(rel_type), rows)
            result.created_relationships += counters.relationships_created
            result.batches += 1
            done += len(rows)
            if progress:
                progress("relationships", done, total)
        if replace:
            result.removed = remove_stale(session, projection, vocabulary, batch_size)
    result.seconds = time.perf_counter() - started
    return result


def remove_stale(session: Any, projection: Projection, vocabulary: Vocabulary | None,
                 batch_size: int) -> dict[str, int]:
    """Delete what the store no longer has: Resource nodes, then ctkg labels and relationships.

    Labels and relationship types outside the ontology whitelist (ones a user added by hand)
    are left alone.
    """
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
            _write(session, statement, [{"id": i} for i in ids[start:start + batch_size]])
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
