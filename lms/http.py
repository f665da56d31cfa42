"""How views answer domain errors (``lms.errors``): one mapping from error kind to status code.

Services never carry status codes; a view that catches an ``ApplicationError`` asks here which
status to answer with, or lets ``error_response`` build the JSON answer.
"""

from django.http import HttpRequest, JsonResponse

from .errors import ApplicationError, Conflict, NotAllowed, NotFound, ValidationFailed

STATUS_CODES: dict[type[ApplicationError], int] = {
    ValidationFailed: 400,
    NotAllowed: 403,
    NotFound: 404,
    Conflict: 409,
    ApplicationError: 400,
}


def error_status(exc: ApplicationError) -> int:
    """The status code of the most specific error kind ``exc`` is (its class order decides)."""
    for cls in type(exc).__mro__:
        if cls in STATUS_CODES:
            return STATUS_CODES[cls]
    return 400


def error_response(request: HttpRequest, exc: ApplicationError, **extra) -> JsonResponse:
    """The JSON answer to a refused request: ``{"status": "error", "error": <message>}``."""
    return JsonResponse({"status": "error", "error": str(exc), **extra}, status=error_status(exc))
