"""Pushing the store to a real Neo4j: the mapping, idempotence, merging, replacing, resuming."""

from __future__ import annotations

import datetime
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ctkg.neo4j.projection import Projection, project
from ctkg.store import StoreDir
from tests.helpers import ROOT, run_ctkg
from tests.neo4j.conftest import ctkg_push, ctkg_wipe, cypher

pytestmark = pytest.mark.neo4j

ID = "https://w3id.org/ctkg/id/"


def projection_of(store: Path) -> Projection:
    return project(StoreDir(store).current().open_graph())


def counts(driver: Any) -> tuple[int, int]:
    nodes = cypher(driver, "MATCH (n:Resource) RETURN count(n) AS n")[0]["n"]
    rels = cypher(driver, "MATCH (:Resource)-[r]->(:Resource) RETURN count(r) AS n")[0]["n"]
    return nodes, rels


def fingerprint(driver: Any) -> str:
    """A checksum of the whole ctkg graph: uris with labels and properties, and every edge."""
    nodes = cypher(driver, "MATCH (n:Resource) RETURN n.uri AS uri, labels(n) AS labels, "
                           "properties(n) AS props ORDER BY uri")
    rels = cypher(driver, "MATCH (a:Resource)-[r]->(b:Resource) "
                          "RETURN a.uri AS a, type(r) AS t, b.uri AS b ORDER BY a, t, b")
    digest = hashlib.sha256()
    for node in nodes:
        props = sorted((k, repr(v)) for k, v in node["props"].items())
        digest.update(repr((node["uri"], sorted(node["labels"]), props)).encode())
    for rel in rels:
        digest.update(repr((rel["a"], rel["t"], rel["b"])).encode())
    return digest.hexdigest()


def test_the_projection_reads_like_the_report(bundled_in_neo4j: Path, neo4j_driver: Any) -> None:
    """Exact values of the bundled report, asked in plain Cypher."""
    sct = cypher(neo4j_driver, """
        MATCH (c:ContactPoint)-[:MEMBER_OF]->(a:Agency)
        WHERE 'SCT' IN a.acronym
        RETURN c.fn AS name, c.email AS email ORDER BY name""")
    assert sct == [
        {"name": "Carlos Espinosa Schillinger", "email": "cschillinger@sct.gob.mx"},
        {"name": "Manuel Fernando Gutierrez Gallardo", "email": "mgutierg@sct.gob.mx"},
        {"name": "Sergio Romero Orozco", "email": "sromero@sct.gob.mx"},
    ]
    sergio = cypher(neo4j_driver, "MATCH (c {uri: $uri}) RETURN labels(c) AS labels, "
                                  "c.telephone AS tel, c.telephoneText AS text, c.role AS role",
                    uri=ID + "contact/mexico-2012/a-3/sergio-romero-orozco")
    assert sorted(sergio[0]["labels"]) == ["ContactPoint", "Individual", "Resource"]
    assert sergio[0]["tel"] == "+525557239300;ext=18000"
    assert sergio[0]["text"] == "+52 55 57239300 Ext. 18000"
    assert sergio[0]["role"] == "ContactPointRole"

    by_label = {r["label"]: r["n"] for r in cypher(
        neo4j_driver, "MATCH (n:Resource) UNWIND labels(n) AS label "
                      "RETURN label, count(*) AS n")}
    assert (by_label["PolicyArea"], by_label["ContactPoint"], by_label["Commitment"]) == (7, 8, 38)
    assert not [label for label in by_label if "__" in label or ":" in label]

    memberships = cypher(neo4j_driver, """
        MATCH (m:Membership)-[:REGIME]->(i:Instrument), (m)-[:MEMBER]->(e:Economy)
        RETURN i.label AS regime, m.membershipStatus AS status, m.statusDate AS date,
               e.label AS economy ORDER BY regime""")
    assert memberships == [
        {"regime": "Australia Group", "status": "Applicant",
         "date": datetime.date(2012, 6, 5), "economy": "Mexico"},
        {"regime": "Missile Technology Control Regime", "status": "Prospective", "date": None,
         "economy": "Mexico"},
        {"regime": "Nuclear Suppliers Group", "status": "Member", "date": "2012-10",
         "economy": "Mexico"},
        {"regime": "Wassenaar Arrangement", "status": "Member", "date": "2012-01",
         "economy": "Mexico"},
    ]

    steps = cypher(neo4j_driver, """
        MATCH (b:Bill:LegalResource)-[:LEGISLATIVE_EVENT]->(e)-[:ACTOR]->(actor)
        WHERE b.title = 'Bill of a Federal Law for the Prevention and Identification of '
                        + 'Transactions with Criminal Proceeds'
        RETURN e.eventDate AS date, e.action AS action, actor.label AS actor ORDER BY date""")
    assert steps == [
        {"date": datetime.date(2010, 8, 26), "action": "Presented", "actor": "Federal Executive"},
        {"date": datetime.date(2011, 4, 28), "action": "Approved",
         "actor": "Senate of the Republic"},
        {"date": datetime.date(2012, 4, 30), "action": "ApprovedWithChanges",
         "actor": "Chamber of Deputies"},
    ]

    report = cypher(neo4j_driver, "MATCH (r:Report) RETURN r.identifier AS id, "
                                  "r.calendarYear AS year, r.lastUpdated AS updated")
    assert report == [{"id": "2013/SOM1/CTTF/012", "year": "2012", "updated": "2012-09"}]

    provenance = cypher(neo4j_driver, """
        MATCH ({uri: $uri})-[:WAS_DERIVED_FROM]->(s:SourceSpan)-[:IN_REPORT]->(r:Report)
        RETURN s.startLine AS start, s.endLine AS end, r.sourceFile AS file""",
                        uri=ID + "membership/mexico-2012/wassenaar-arrangement")
    assert len(provenance) == 1 and provenance[0]["file"] == "apec-ctap-2012-mexico.md"
    assert isinstance(provenance[0]["start"], int)


def test_every_node_has_a_unique_uri_under_a_constraint(bundled_in_neo4j: Path,
                                                        neo4j_driver: Any) -> None:
    constraints = cypher(neo4j_driver, "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
                                       "RETURN type, labelsOrTypes, properties")
    assert {"type": "UNIQUENESS", "labelsOrTypes": ["Resource"], "properties": ["uri"]} \
        in constraints
    missing = cypher(neo4j_driver, "MATCH (n:Resource) WHERE n.uri IS NULL RETURN count(n) AS n")
    assert missing == [{"n": 0}]
    expected = projection_of(bundled_in_neo4j)
    assert counts(neo4j_driver) == (expected.node_count, expected.relationship_count)


def test_pushing_twice_changes_nothing(bundled_in_neo4j: Path, neo4j_env: dict[str, str],
                                       neo4j_driver: Any) -> None:
    before = counts(neo4j_driver), fingerprint(neo4j_driver)
    again = ctkg_push(bundled_in_neo4j, neo4j_env)
    assert (again["mode"], again["created_nodes"], again["created_relationships"]) == \
        ("merge", 0, 0)
    assert (counts(neo4j_driver), fingerprint(neo4j_driver)) == before


def test_a_first_push_creates_everything_it_reports(built_store: Path,
                                                   neo4j_env: dict[str, str],
                                                   neo4j_driver: Any) -> None:
    """Into a database without ctkg nodes the push CREATEs; what it says it made is there."""
    expected = projection_of(built_store)
    ctkg_wipe(neo4j_env)
    first = ctkg_push(built_store, neo4j_env)
    assert (first["mode"], first["read_from"]) == ("create", "default-graph.nt")
    assert (first["created_nodes"], first["created_relationships"]) == \
        (expected.node_count, expected.relationship_count) == counts(neo4j_driver)
    text = run_ctkg("--store", str(built_store), "neo4j", "push", env=neo4j_env)
    assert text.returncode == 0, text.stderr
    assert "(merged); new: 0 nodes, 0 relationships." in text.stdout


def test_a_writer_that_got_there_first_turns_create_into_merge(
        bundled_in_neo4j: Path, neo4j_driver: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another push filled the database between the emptiness check and the first write: the
    uniqueness constraint stops the CREATE, and the push merges instead of failing."""
    from ctkg.neo4j import push as push_module

    before = counts(neo4j_driver), fingerprint(neo4j_driver)
    monkeypatch.setattr(push_module, "has_resources", lambda session: False)
    result = push_module.push(neo4j_driver, "neo4j", projection_of(bundled_in_neo4j))
    assert (result.mode, result.created_nodes, result.created_relationships) == ("merge", 0, 0)
    assert (counts(neo4j_driver), fingerprint(neo4j_driver)) == before


def test_a_node_deleted_while_the_push_runs_stops_it_with_a_clear_error(
        built_store: Path, neo4j_env: dict[str, str], neo4j_driver: Any) -> None:
    """Relationships are written by element id; one whose node is gone is reported, not lost
    in silence, and running the push again repairs the graph."""
    from ctkg.neo4j.errors import PushError, explain
    from ctkg.neo4j.push import push

    projection = projection_of(built_store)
    wassenaar = ID + "instrument/wassenaar-arrangement"

    def delete_a_node_after_the_nodes(phase: str, done: int, total: int) -> None:
        if phase == "nodes" and done == projection.node_count:
            cypher(neo4j_driver, "MATCH (n {uri: $uri}) DETACH DELETE n", uri=wassenaar)

    ctkg_wipe(neo4j_env)
    with pytest.raises(PushError) as caught:
        push(neo4j_driver, "neo4j", projection, progress=delete_a_node_after_the_nodes)
    line = explain(caught.value, "bolt://x", "neo4j", "neo4j", "the push").format_message()
    # two writers go through the relationship types at once: whichever batch touching the
    # node comes first stops the push
    touching = [batch for _, batch in projection.relationship_batches(2000)
                if any(wassenaar in pair for pair in batch)]
    assert line in {f"the push stopped: {sum(wassenaar in pair for pair in batch)} of "
                    f"{len(batch)} relationships lost a node that this push had written "
                    "(deleted while it ran?); run the push again" for batch in touching}
    again = ctkg_push(built_store, neo4j_env)
    assert again["mode"] == "merge"
    assert counts(neo4j_driver) == (projection.node_count, projection.relationship_count)


def test_a_store_read_out_of_subject_order_pushes_the_same_graph(
        bundled_in_neo4j: Path, neo4j_env: dict[str, str], neo4j_driver: Any) -> None:
    """Oxigraph gives each subject's triples together, so a node is written once complete;
    should a subject come back later, its node is merged again with everything it has."""
    import pyoxigraph as ox

    from ctkg.neo4j.projection import Vocabulary
    from ctkg.neo4j.push import push_quads

    reference = counts(neo4j_driver), fingerprint(neo4j_driver)
    store = StoreDir(bundled_in_neo4j).current().open_graph()
    quads = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    random.Random(7).shuffle(quads)
    ctkg_wipe(neo4j_env)
    result = push_quads(neo4j_driver, "neo4j", quads, Vocabulary.from_store(store), batch_size=50)
    assert (result.mode, result.created_nodes, result.created_relationships) == \
        ("create", *reference[0])
    assert (counts(neo4j_driver), fingerprint(neo4j_driver)) == reference


def test_a_store_without_its_n_triples_file_pushes_the_same_graph_from_its_database(
        bundled_in_neo4j: Path, neo4j_env: dict[str, str], neo4j_driver: Any,
        tmp_path: Path) -> None:
    """A store built before default-graph.nt was kept, or with it damaged, is read out of the
    Oxigraph database instead, into the same graph."""
    reference = counts(neo4j_driver), fingerprint(neo4j_driver)
    store = tmp_path / "store"
    shutil.copytree(bundled_in_neo4j, store)
    StoreDir(store).current().default_graph_path.unlink()
    ctkg_wipe(neo4j_env)
    summary = ctkg_push(store, neo4j_env)
    assert (summary["mode"], summary["read_from"]) == ("create", "database")
    assert (counts(neo4j_driver), fingerprint(neo4j_driver)) == reference
    text = run_ctkg("--store", str(store), "neo4j", "push", env=neo4j_env)
    assert text.returncode == 0, text.stderr
    assert "(the store read from its database in " in text.stdout


def test_a_cypher_injection_through_a_parameter_is_just_a_value(
        bundled_in_neo4j: Path, neo4j_env: dict[str, str], neo4j_driver: Any) -> None:
    before = counts(neo4j_driver), fingerprint(neo4j_driver)
    attack = "SCT'}) DETACH DELETE n //"
    result = run_ctkg("neo4j", "query", "contact_for_agency", "--param", f"acronym={attack}",
                      "--format", "json", env=neo4j_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    result = run_ctkg("neo4j", "query", "-e", "MATCH (a:Agency) WHERE $x IN a.acronym "
                      "RETURN a.uri AS uri", "--param", "x=x' OR 1=1 MATCH (n) DETACH DELETE n //",
                      "--format", "json", env=neo4j_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert (counts(neo4j_driver), fingerprint(neo4j_driver)) == before
    # and the same query with an honest value still answers
    honest = run_ctkg("neo4j", "query", "contact_for_agency", "--param", "acronym=SCT",
                      "--format", "csv", env=neo4j_env)
    assert honest.returncode == 0, honest.stderr
    assert "Sergio Romero Orozco" in honest.stdout


def test_a_second_report_merges_the_entities_they_share(
        built_store: Path, second_store: Path, synthetic_store: Path,
        neo4j_env: dict[str, str], neo4j_driver: Any) -> None:
    mexico, zubrowka, both = (projection_of(s) for s in (built_store, synthetic_store,
                                                          second_store))
    shared = set(mexico.nodes) & set(zubrowka.nodes)
    wassenaar = ID + "instrument/wassenaar-arrangement"
    assert wassenaar in shared

    ctkg_wipe(neo4j_env)
    ctkg_push(built_store, neo4j_env)
    ctkg_push(synthetic_store, neo4j_env)
    union_rels = {(t, a, b) for p in (mexico, zubrowka)
                  for t, pairs in p.relationships.items() for a, b in pairs}
    assert counts(neo4j_driver) == (len(set(mexico.nodes) | set(zubrowka.nodes)), len(union_rels))
    members = cypher(neo4j_driver, """
        MATCH (i:Instrument {uri: $uri})<-[:REGIME]-(m:Membership)-[:MEMBER]->(e:Economy)
        RETURN e.label AS economy, m.membershipStatus AS status, m.statusDate AS date
        ORDER BY economy""", uri=wassenaar)
    assert members == [{"economy": "Mexico", "status": "Member", "date": "2012-01"},
                       {"economy": "Zubrowka", "status": "Member", "date": "2009-01"}]
    assert cypher(neo4j_driver, "MATCH (i {uri: $uri}) RETURN count(i) AS n",
                  uri=wassenaar) == [{"n": 1}]

    # the store with both reports adds nothing new: it is the same union
    ctkg_push(second_store, neo4j_env)
    assert counts(neo4j_driver) == (both.node_count, both.relationship_count)


def test_replace_removes_what_the_store_no_longer_has(
        built_store: Path, second_store: Path, neo4j_env: dict[str, str],
        neo4j_driver: Any) -> None:
    ctkg_wipe(neo4j_env)
    cypher(neo4j_driver, "MERGE (:Note {text: 'not ctkg data'})")
    try:
        ctkg_push(second_store, neo4j_env)
        summary = ctkg_push(built_store, neo4j_env, "--replace")
        mexico = projection_of(built_store)
        assert counts(neo4j_driver) == (mexico.node_count, mexico.relationship_count)
        assert summary["removed"]["nodes"] == projection_of(second_store).node_count \
            - mexico.node_count
        assert cypher(neo4j_driver, "MATCH (e:Economy {label: 'Zubrowka'}) RETURN count(e) AS n"
                      ) == [{"n": 0}]
        ctkg_wipe(neo4j_env)
        assert counts(neo4j_driver) == (0, 0)
        assert cypher(neo4j_driver, "MATCH (n:Note) RETURN n.text AS text") == \
            [{"text": "not ctkg data"}]
    finally:
        cypher(neo4j_driver, "MATCH (n:Note) DETACH DELETE n")


def test_an_interrupted_push_can_be_run_again(built_store: Path, neo4j_env: dict[str, str],
                                              neo4j_driver: Any) -> None:
    expected = projection_of(built_store)
    ctkg_wipe(neo4j_env)
    ctkg_push(built_store, neo4j_env)
    reference = counts(neo4j_driver), fingerprint(neo4j_driver)

    ctkg_wipe(neo4j_env)
    env = {k: v for k, v in os.environ.items() if k != "CTKG_STORE"} | neo4j_env
    process = subprocess.Popen(
        [sys.executable, "-m", "ctkg", "--store", str(built_store), "neo4j", "push",
         "--batch-size", "2"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while counts(neo4j_driver)[0] == 0:  # wait for the first committed batch
            assert process.poll() is None, "the push ended before it could be interrupted"
            assert time.monotonic() < deadline, "the push wrote nothing within 120 s"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    partial = counts(neo4j_driver)
    assert partial[0] < expected.node_count and partial[1] < expected.relationship_count, \
        "the push was not interrupted mid-way"

    ctkg_push(built_store, neo4j_env)
    assert (counts(neo4j_driver), fingerprint(neo4j_driver)) == reference


def test_a_batch_chosen_to_break_a_deadlock_runs_again_at_once(
        neo4j_driver: Any, caplog: pytest.LogCaptureFixture) -> None:
    """Two transactions lock two nodes in opposite orders; the server rolls back the one that
    would close the cycle, here a push batch. The batch runs again as soon as the other has
    committed, without the driver's one-second wait and its warning."""
    import logging
    import threading

    from ctkg.neo4j.push import _execute

    cypher(neo4j_driver, "MERGE (:DeadlockTest {k: 'a'}) MERGE (:DeadlockTest {k: 'b'})")
    batch = ("MATCH (b:DeadlockTest {k: 'b'}) SET b.by = 'batch' WITH b "
             "CALL (b) { UNWIND range(1, 2000000) AS i RETURN count(*) AS busy } "
             "MATCH (a:DeadlockTest {k: 'a'}) SET a.by = 'batch' RETURN busy")
    failures: list[BaseException] = []

    def run_batch() -> None:
        try:
            with neo4j_driver.session(database="neo4j") as session:
                _execute(session, [(batch, [])])
        except BaseException as err:
            failures.append(err)

    caplog.set_level(logging.INFO, logger="neo4j")
    try:
        with neo4j_driver.session(database="neo4j") as other:
            tx = other.begin_transaction()
            tx.run("MATCH (a:DeadlockTest {k: 'a'}) SET a.by = 'other'").consume()
            thread = threading.Thread(target=run_batch)
            thread.start()
            deadline = time.monotonic() + 30
            while not cypher(neo4j_driver, "SHOW TRANSACTIONS YIELD currentQuery "
                                           "WHERE currentQuery CONTAINS 'busy' RETURN 1 AS n"):
                assert time.monotonic() < deadline, "the batch never started"
                time.sleep(0.005)
            # the batch holds b and is busy; this waits for b, and the batch, asking for a,
            # closes the cycle
            tx.run("MATCH (b:DeadlockTest {k: 'b'}) SET b.by = 'other'").consume()
            tx.commit()
            thread.join(timeout=60)
        assert failures == []
        assert cypher(neo4j_driver, "MATCH (n:DeadlockTest) RETURN n.k AS k, n.by AS by "
                                    "ORDER BY k") == [{"k": "a", "by": "batch"},
                                                      {"k": "b", "by": "batch"}]
        assert not [r for r in caplog.records if "retried" in r.getMessage()]
    finally:
        cypher(neo4j_driver, "MATCH (n:DeadlockTest) DETACH DELETE n")
