"""Domain errors: what a service raises when it refuses a request, without any HTTP in it.

Every app's service exceptions derive from ``ApplicationError`` and, where the refusal is of a
kind a client can tell apart, from one of the kinds below; ``str()`` is the message for the
user. Views turn them into responses in one place (``lms.http``), so the services stay usable
from tasks, commands and the admin alike. This module sits below every app and imports nothing.
"""


class ApplicationError(Exception):
    """A request the domain refuses; a plain one means the request itself cannot be carried out."""


class ValidationFailed(ApplicationError):
    """What was sent does not fit (a missing choice, an answer that does not fit its question)."""


class NotAllowed(ApplicationError):
    """This person may not do this (not enrolled, no attempts left)."""


class NotFound(ApplicationError):
    """What the request is about does not exist (for this person)."""


class Conflict(ApplicationError):
    """The state changed under the request (already registered, closed, a stale submission)."""
