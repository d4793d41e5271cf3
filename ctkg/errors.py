"""Errors whose message is the whole story for the user (the CLI prints one line, exit 2)."""

from __future__ import annotations


class UserError(Exception):
    """A mistake the user can fix: a bad argument, an unwritable file, an empty selection."""

    user_facing = True  # the CLI prints the message alone, exit code 2
