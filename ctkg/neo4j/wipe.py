"""Remove the projected graph: every node labelled Resource, in batches.

Batched with CALL { ... } IN TRANSACTIONS so a large graph never needs one huge transaction
(the heap of a small server). Other nodes in the database are not touched. The uniqueness
constraint stays; it costs nothing on an empty label and the next push needs it.
"""

from __future__ import annotations

from typing import Any

from ctkg.neo4j.projection import RESOURCE

DEFAULT_BATCH = 5000


def wipe(driver: Any, database: str, batch_size: int = DEFAULT_BATCH) -> int:
    """Delete every Resource node and its relationships; return how many nodes went."""
    with driver.session(database=database) as session:
        before = session.run(f"MATCH (n:{RESOURCE}) RETURN count(n) AS n").single()["n"]
        if before:
            # an auto-commit transaction: IN TRANSACTIONS commits each batch itself
            session.run(f"MATCH (n:{RESOURCE}) CALL (n) {{ DETACH DELETE n }} "
                        "IN TRANSACTIONS OF $size ROWS", size=batch_size).consume()
    return int(before)
