"""Sub-commands that live in their own modules (validate, serve, neo4j, viz).

Each module defines one click command or group and imports its heavy libraries inside the
command body, so registering it here costs nothing on the CLI hot path.
"""
