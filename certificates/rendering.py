"""A certificate as an HTML document and as a PDF, from its snapshot and its template.

Only the snapshot on the certificate is printed (name, course, sector, hours, dates), never live
data, so a re-render gives the same certificate. The template's title and body are plain text
with {placeholders}; everything is HTML-escaped, so no text typed in the admin can add markup or
make the renderer fetch anything. The QR code points to the public verification page.
"""

import base64
import datetime
import re
from decimal import Decimal

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from . import pdf
from .dates import add_months
from .models import PLACEHOLDER_RE, Certificate, CertificateTemplate

PDF_TEMPLATE = "certificates/pdf/certificate.html"
# The design's stylesheet (in this app's static folder). The document links it, so that it is
# complete on its own; the renderer applies it from a parsed copy kept between renders instead.
STYLESHEET = "certificates/pdf.css"
STYLESHEET_LINK = f'<link rel="stylesheet" href="{STYLESHEET}">'
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_PRIMARY = "#1d4f91"
DEFAULT_ACCENT = "#f2b705"
IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}

# The sample certificate of the admin preview: clearly not a real one.
SAMPLE_MARK = "VOORBEELD"
SAMPLE_CODE = "VOORBEELD-0000-0000-0000-0000"
SAMPLE_LEARNER = "Voornaam Achternaam"


def certificate_verify_url(code: str) -> str:
    """The absolute URL of the public verification page of ``code``."""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/certificates/verify/{code}/"


def qr_svg(url: str) -> SafeString:
    """An inline SVG QR code of ``url`` on white, with a quiet zone of two modules (the layout
    keeps more space around it); no fixed size: the stylesheet sizes it."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(omitsize=True, border=2, dark="#111111", light="#ffffff")
    return mark_safe(svg)  # noqa: S308 - segno's own markup


def template_for(certificate: Certificate) -> CertificateTemplate | None:
    """The certificate's template, else its sector's default template, else None."""
    if certificate.template is not None:
        return certificate.template
    return CertificateTemplate.objects.filter(
        sector_id=certificate.sector_id, is_default=True
    ).first()


def neutral_template(certificate: Certificate) -> CertificateTemplate:
    """The built-in design for a sector without a template (texts in the active language)."""
    sector = certificate.sector if certificate.sector_id else None
    colour = getattr(sector, "colour", "") or DEFAULT_PRIMARY
    return CertificateTemplate(
        sector=sector,
        title=gettext("Certificate of participation"),
        body=gettext(
            "{learner_name} successfully completed the training {course} ({hours} hours), "
            "offered by the sector {sector}."
        ),
        primary_colour=colour if COLOUR_RE.match(colour) else DEFAULT_PRIMARY,
        accent_colour=DEFAULT_ACCENT,
        signatory_name="",
        signatory_function="",
        orientation=CertificateTemplate.Orientation.LANDSCAPE,
        is_default=False,
    )


def format_date(moment: datetime.datetime | datetime.date | None) -> str:
    """A date in words in the active language, e.g. "2 december 2026"."""
    if moment is None:
        return ""
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment) if timezone.is_aware(moment) else moment
        moment = moment.date()
    return formats.date_format(moment, "j F Y")


def format_hours(hours) -> str:
    value = Decimal(str(hours or 0))
    if value == value.to_integral_value():
        return str(int(value))
    return formats.number_format(value, decimal_pos=1)


def image_data_uri(field) -> str:
    """A PNG or JPEG FileField as a data: URI; "" when empty, unreadable or of another type."""
    if not field:
        return ""
    try:
        field.open("rb")
        try:
            data = field.read()
        finally:
            field.close()
    except (OSError, ValueError):
        return ""
    mime = next((m for magic, m in IMAGE_TYPES.items() if data.startswith(magic)), None)
    if mime is None:
        return ""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def fill(text: str, values: dict[str, str], *, mark_values: bool = False) -> SafeString:
    """Escape ``text`` and substitute its {placeholders} (unknown ones stay as typed)."""
    parts: list[str] = []
    position = 0
    for match in PLACEHOLDER_RE.finditer(text or ""):
        parts.append(escape(text[position : match.start()]))
        name = match.group(1).strip()
        if name in values:
            value = escape(values[name])
            parts.append(f'<span class="value">{value}</span>' if mark_values else value)
        else:
            parts.append(escape(match.group(0)))
        position = match.end()
    parts.append(escape((text or "")[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def paragraphs(text: str, values: dict[str, str]) -> list[SafeString]:
    """The body as escaped paragraphs: blank lines separate them, single newlines break lines."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", (text or "").replace("\r", ""))]
    return [
        mark_safe(  # noqa: S308 - fill() escapes
            "<br>".join(fill(line, values, mark_values=True) for line in block.split("\n"))
        )
        for block in blocks
        if block
    ]


def _colour(value: str, default: str) -> str:
    return value if value and COLOUR_RE.match(value) else default


def certificate_context(*, certificate: Certificate, sample: bool = False) -> dict:
    template = template_for(certificate) or neutral_template(certificate)
    issued = format_date(certificate.issued_at)
    expiry = format_date(certificate.expires_at) if certificate.expires_at else ""
    no_expiry = gettext("no expiry")
    values = {
        "learner_name": certificate.learner_name,
        "course": certificate.course_title,
        "sector": certificate.sector_name,
        "date": issued,
        "hours": format_hours(certificate.hours),
        "expiry": expiry or no_expiry,
        "cohort": certificate.cohort_name,
    }
    verify_url = certificate_verify_url(certificate.code)
    landscape = template.orientation != CertificateTemplate.Orientation.PORTRAIT
    return {
        "certificate": certificate,
        "language": certificate.language or settings.LANGUAGE_CODE,
        "landscape": landscape,
        "primary": _colour(template.primary_colour, DEFAULT_PRIMARY),
        "accent": _colour(template.accent_colour, DEFAULT_ACCENT),
        "title": fill(template.title, values),
        "body": paragraphs(template.body, values),
        "learner_name": certificate.learner_name,
        "course_title": certificate.course_title,
        "sector_name": certificate.sector_name,
        "cohort_name": certificate.cohort_name,
        "hours": values["hours"],
        "hours_count": hours_count(certificate.hours),
        "issued": issued,
        "expiry": expiry,
        "no_expiry": no_expiry,
        "signatory_name": template.signatory_name,
        "signatory_function": template.signatory_function,
        "logo": image_data_uri(template.logo),
        "signature": image_data_uri(template.signature),
        "code": certificate.code,
        "verify_url": verify_url,
        "qr": qr_svg(verify_url),
        "sample": sample,
        "sample_mark": SAMPLE_MARK,
        "stylesheet_link": mark_safe(STYLESHEET_LINK),  # noqa: S308 - a constant
    }


def certificate_html(*, certificate: Certificate, sample: bool = False) -> str:
    """The full HTML document of ``certificate``, in the certificate's language."""
    with translation.override(certificate.language or settings.LANGUAGE_CODE):
        context = certificate_context(certificate=certificate, sample=sample)
        return render_to_string(PDF_TEMPLATE, context)


def render_certificate_html(html: str) -> bytes:
    """PDF bytes of a certificate document (relative links resolve in this app's static)."""
    stylesheets: tuple[str, ...] = ()
    if STYLESHEET_LINK in html:
        html = html.replace(STYLESHEET_LINK, "", 1)
        stylesheets = (STYLESHEET,)
    return pdf.render_pdf(
        html,
        base_url=pdf.static_base_url(pdf.APP_STATIC),
        stylesheets=stylesheets,
        pdf_variant=pdf.PDF_VARIANT,
    )


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    """The certificate as PDF bytes."""
    return render_certificate_html(certificate_html(certificate=certificate))


def template_sample_certificate(*, template: CertificateTemplate) -> Certificate:
    """An unsaved certificate with sample data for previewing ``template``."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    issued_at = timezone.now()
    expires_at = None
    if template.validity_months:
        expires_at = add_months(issued_at, template.validity_months)
    with translation.override(language):
        course_title = gettext("Recognising signals of radicalisation (sample course)")
        cohort_name = gettext("Sample cohort")
    return Certificate(
        template=template,
        sector=template.sector,
        code=SAMPLE_CODE,
        issued_at=issued_at,
        expires_at=expires_at,
        learner_name=SAMPLE_LEARNER,
        course_title=course_title,
        sector_name=template.sector.name if template.sector_id else "",
        cohort_name=cohort_name,
        hours=Decimal("6"),
        language=language,
    )


def template_sample_pdf(*, template: CertificateTemplate) -> bytes:
    """A sample certificate of ``template`` for the admin preview, marked as a sample."""
    certificate = template_sample_certificate(template=template)
    return render_certificate_html(certificate_html(certificate=certificate, sample=True))


def hours_count(hours) -> int:
    """An integer to choose the plural form of a number of hours (1.5 hours is plural)."""
    value = Decimal(str(hours or 0))
    return int(value) if value == value.to_integral_value() else 2
