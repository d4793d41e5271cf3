"""The one error shape of the web layer: an HTTP status and a one-line message for the client."""

from __future__ import annotations


class StatusError(Exception):
    """Refused or failed request; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
