"""The only module that imports WeasyPrint: HTML in, PDF bytes out.

Rendering never reaches the network or files outside the project's static folders: the URL
fetcher refuses everything else, and a refused resource stops the rendering (a certificate with a
missing logo or font is never handed out). WeasyPrint is imported lazily because importing it
costs about half a second, which Django start-up should not pay.

What every render would otherwise repeat is kept per thread: the font configuration (building it
scans every system font, and ``@font-face`` fonts are then written and registered once) and the
bytes of static files (fonts, stylesheets). Pango font maps are not thread-safe, hence per thread.
"""

import atexit
import mimetypes
import threading
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings

APP_STATIC = Path(__file__).resolve().parent / "static"

# PDF/A-3b: the archival profile (fonts embedded, sRGB output intent, XMP metadata). Checked to
# render the certificate design with WeasyPrint 70; set to None to write plain PDF.
PDF_VARIANT = "pdf/a-3b"


class ForbiddenResource(ValueError):
    """A PDF template referred to something outside the project's static files."""


def static_roots() -> list[Path]:
    roots = [Path(p).resolve() for p in settings.STATICFILES_DIRS]
    roots.append(APP_STATIC)
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT).resolve())
    return roots


@lru_cache(maxsize=64)
def _static_bytes(path: Path, mtime_ns: int, size: int) -> bytes:
    return path.read_bytes()


def static_file_bytes(url: str) -> bytes:
    """The bytes of a ``file:`` URL inside the static folders; ForbiddenResource otherwise."""
    path = Path(unquote(urlsplit(url).path)).resolve()
    if any(path.is_relative_to(root) for root in static_roots()) and path.is_file():
        stat = path.stat()
        return _static_bytes(path, stat.st_mtime_ns, stat.st_size)
    raise ForbiddenResource(f"PDF resources must be project static files, not {url!r}")


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyURLFetcher(URLFetcher):
        """Serves data: URLs and files inside the static folders; refuses anything else."""

        def __init__(self, **kwargs):
            kwargs.setdefault("fail_on_errors", True)
            super().__init__(**kwargs)

        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                content_type = mimetypes.guess_type(url)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, body=static_file_bytes(url), headers={"Content-Type": content_type}
                )
            raise ForbiddenResource(f"PDF resources must be project static files, not {url!r}")

    return StaticOnlyURLFetcher


def url_fetcher():
    """A fetcher that serves data: URLs and static files and stops the rendering otherwise."""
    return _fetcher_class()()


def static_base_url(root: Path | None = None) -> str:
    """The ``file:`` URL relative links in a PDF template resolve against."""
    from weasyprint.urls import path2url

    url = path2url(str(root or static_roots()[0]))
    return url if url.endswith("/") else url + "/"


_local = threading.local()


@atexit.register
def forget_caches() -> None:
    """Drop this thread's font configuration and parsed stylesheets (also done at exit, so that
    FontConfiguration deletes its temporary font folder while the interpreter still can)."""
    _local.__dict__.clear()


def _font_config():
    config = getattr(_local, "font_config", None)
    if config is None:
        from weasyprint.text.fonts import FontConfiguration

        config = _local.font_config = FontConfiguration()
    return config


def _stylesheet(url: str):
    """The parsed stylesheet at ``url`` (a static file), parsed once per thread and version."""
    from weasyprint import CSS

    source = static_file_bytes(url)
    cache = getattr(_local, "stylesheets", None)
    if cache is None:
        cache = _local.stylesheets = {}
    if (url, source) not in cache:
        cache[(url, source)] = CSS(
            string=source.decode("utf-8"),
            base_url=url,
            url_fetcher=url_fetcher(),
            font_config=_font_config(),
        )
    return cache[(url, source)]


def render_pdf(
    html: str,
    *,
    base_url: str | None = None,
    stylesheets: tuple[str, ...] = (),
    pdf_variant: str | None = None,
) -> bytes:
    """Render an HTML document to PDF bytes.

    Relative URLs resolve in ``base_url`` (by default the project's static folder).
    ``stylesheets`` are static files (relative to ``base_url``) applied to the document and kept
    parsed between renders. A resource outside the static files raises ForbiddenResource instead
    of leaving a hole in the PDF.
    """
    from weasyprint import HTML
    from weasyprint.urls import FatalURLFetchingError

    base_url = base_url or static_base_url()
    try:
        css = [_stylesheet(urljoin(base_url, name)) for name in stylesheets]
        return HTML(string=html, base_url=base_url, url_fetcher=url_fetcher()).write_pdf(
            stylesheets=css, font_config=_font_config(), pdf_variant=pdf_variant
        )
    except FatalURLFetchingError as exc:
        cause = exc.__cause__
        if isinstance(cause, ForbiddenResource):
            raise ForbiddenResource(str(cause)) from cause
        raise ForbiddenResource(str(exc)) from cause
