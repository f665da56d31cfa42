"""Authentication helpers: django-axes keys lockouts on the normalised email."""

from .models import normalise_email


def axes_username(request, credentials) -> str | None:
    """Lock "Ann@School.be" and "ann@school.be" as one account, as login treats them."""
    username = (credentials or {}).get("username")
    if username is None and request is not None:
        username = request.POST.get("username")
    return normalise_email(username) if username else None
