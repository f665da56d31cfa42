"""The only module that imports WeasyPrint: HTML in, PDF bytes out.

Rendering never reaches the network or files outside the project's static folders: the URL
fetcher refuses everything else. WeasyPrint is imported lazily because importing it costs
about half a second, which Django start-up should not pay.
"""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings


class ForbiddenResource(ValueError):
    """A PDF template referred to something outside the project's static files."""


def static_roots() -> list[Path]:
    roots = [Path(p).resolve() for p in settings.STATICFILES_DIRS]
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT).resolve())
    return roots


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyURLFetcher(URLFetcher):
        """Serves data: URLs and files inside the static folders; refuses anything else."""

        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(unquote(urlsplit(url).path)).resolve()
                if any(path.is_relative_to(root) for root in static_roots()) and path.is_file():
                    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    return URLFetcherResponse(
                        url, body=path.read_bytes(), headers={"Content-Type": content_type}
                    )
            raise ForbiddenResource(f"PDF resources must be project static files, not {url!r}")

    return StaticOnlyURLFetcher


def render_pdf(html: str) -> bytes:
    """Render an HTML document to PDF bytes; relative URLs resolve in the static folder."""
    from weasyprint import HTML
    from weasyprint.urls import path2url

    base_url = path2url(str(static_roots()[0])) + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=_fetcher_class()()).write_pdf()
