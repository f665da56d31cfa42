"""The client's address, for rate limits and login lockouts.

Behind a load balancer REMOTE_ADDR is the balancer's address for everyone, which would make one
visitor's look-ups count for all. With TRUSTED_PROXY_COUNT proxies in front, the address is the
one the outermost trusted proxy saw: the entry that many places from the right of
X-Forwarded-For. Entries further left are whatever the client chose to send and never trusted.
"""

from ipaddress import ip_address

from django.conf import settings


def client_address(request) -> str:
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    if proxies <= 0:
        return remote
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [h for h in hops if h]
    if len(hops) < proxies:
        return remote
    candidate = hops[-proxies]
    try:
        return str(ip_address(candidate))
    except ValueError:
        return remote


def axes_client_ip(request) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: lockouts keyed on the same address as the rate limits (None
    when the request has none, e.g. a login made in code: axes stores it in an address field)."""
    address = client_address(request)
    return None if address == "unknown" else address
