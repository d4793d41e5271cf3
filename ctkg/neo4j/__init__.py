"""The Neo4j side of ctkg: a labelled property graph projected from the RDF store.

projection.py  RDF (default graph of the store) -> nodes, labels, properties, relationships
push.py        batched, idempotent writes over Bolt (UNWIND ... MERGE, explicit transactions)
reading.py     the store's default graph streamed out of Oxigraph on another thread
catalogue.py   the Cypher twins of the SPARQL catalogue (queries/cypher/NAME.cypher), bound params
wipe.py        remove the projected nodes in batches
connection.py  settings (--uri/--user/--password/--database, NEO4J_* env) and the driver
errors.py      one clear line per failure (server down, credentials, database, Cypher)

The mapping itself is documented in docs/neo4j.md. The `neo4j` driver is imported only by the
modules that talk to the server, and those are imported only by `ctkg neo4j` sub-commands.
"""
