"""Certificate PDFs through the real renderer (WeasyPrint), read back with pypdf, poppler and zbar:
text, QR code, page size, colours, escaping, fonts and the static-only fetcher."""

import datetime
import io
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader

from certificates import pdf, rendering
from certificates.pdf import ForbiddenResource, render_pdf
from certificates.rendering import (
    certificate_html,
    certificate_pdf_bytes,
    certificate_verify_url,
    render_certificate_html,
)
from tests.factories import CertificateFactory, CertificateTemplateFactory

BRUSSELS = ZoneInfo("Europe/Brussels")
ISSUED = datetime.datetime(2026, 12, 2, 10, 30, tzinfo=BRUSSELS)
EXPIRES = datetime.datetime(2028, 12, 2, 10, 30, tzinfo=BRUSSELS)
A4 = (595.28, 841.89)  # points


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def pdftoppm(data: bytes, tmp_path, dpi: int) -> Path:
    """The page rendered to PNG by poppler (not by WeasyPrint or pypdf)."""
    source = tmp_path / "certificate.pdf"
    source.write_bytes(data)
    command = [shutil.which("pdftoppm"), "-r", str(dpi), "-png", "-singlefile"]
    subprocess.run([*command, source, tmp_path / "page"], check=True)
    return tmp_path / "page.png"


def page_png(data: bytes, tmp_path, dpi: int) -> Image.Image:
    return Image.open(pdftoppm(data, tmp_path, dpi)).convert("RGB")


def qr_payload(data: bytes, tmp_path) -> str:
    """What zbar reads from the QR code on the page rendered at 200 dpi."""
    result = subprocess.run(
        [shutil.which("zbarimg"), "--raw", "-q", pdftoppm(data, tmp_path, 200)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def page_size(data: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return float(box.width), float(box.height)


def png_bytes(colour=(200, 30, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def issued(certificate):
    certificate.issued_at = ISSUED
    certificate.expires_at = EXPIRES
    certificate.save()
    return certificate


def test_the_pdf_carries_the_accented_name_course_code_and_dates(issued):
    data = certificate_pdf_bytes(certificate=issued)
    assert data.startswith(b"%PDF-")
    text = flat(pdf_text(data))
    assert "Zoë Van den Bossche-Çelik" in text
    assert "Signalen van radicalisering herkennen" in text
    assert issued.code in text  # printed in full, on one line
    # The body's placeholders are filled in, in the certificate's language (nl).
    assert "Attest van deelname" in text
    assert "1,5 uur" in text
    assert "aangeboden door de sector Onderwijs" in text
    assert "Uitgereikt op 2 december 2026; geldig tot 2 december 2028" in text
    assert "{" not in text and "}" not in text


def test_the_qr_code_decodes_to_the_verification_url(issued, settings, tmp_path):
    settings.WAGTAILADMIN_BASE_URL = "https://vorming.example.be/"
    data = certificate_pdf_bytes(certificate=issued)
    expected = f"https://vorming.example.be/certificates/verify/{issued.code}/"
    assert certificate_verify_url(issued.code) == expected
    assert qr_payload(data, tmp_path) == expected
    assert expected in flat(pdf_text(data))


@pytest.mark.parametrize(
    ("orientation", "size"),
    [("portrait", A4), ("landscape", (A4[1], A4[0]))],
)
def test_portrait_and_landscape_give_one_a4_page(issued, template, orientation, size):
    template.orientation = orientation
    template.save()
    data = certificate_pdf_bytes(certificate=issued)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    width, height = page_size(data)
    assert width == pytest.approx(size[0], abs=0.5)
    assert height == pytest.approx(size[1], abs=0.5)


def test_the_template_colours_are_drawn(issued, template, tmp_path):
    def pixels_near(image, rgb):
        return sum(
            count
            for count, (r, g, b) in image.getcolors(maxcolors=1 << 20)
            if abs(r - rgb[0]) + abs(g - rgb[1]) + abs(b - rgb[2]) < 30
        )

    template.primary_colour = "#0a8f3c"
    template.accent_colour = "#c2185b"
    template.save()
    image = page_png(certificate_pdf_bytes(certificate=issued), tmp_path, dpi=60)
    green, magenta, blue = (10, 143, 60), (194, 24, 91), (29, 79, 145)
    assert pixels_near(image, green) > 1500  # the frame, the title, the name
    assert pixels_near(image, magenta) > 150  # the accent line and the rule
    assert pixels_near(image, blue) == 0  # the default colour is gone


def test_markup_in_names_and_template_texts_is_escaped(issued, template):
    issued.learner_name = "Zoë <b>& Co"
    issued.save()
    template.body = "Voor {learner_name}. <img src='http://127.0.0.1:9/x.png'> & {course}"
    template.save()
    html = certificate_html(certificate=issued)
    assert "Zoë &lt;b&gt;&amp; Co" in html
    assert "<b>&" not in html
    assert "&lt;img src=" in html and "<img src='http" not in html
    # No fetch is attempted (it would raise), and the text shows what was typed.
    text = flat(pdf_text(certificate_pdf_bytes(certificate=issued)))
    assert "Zoë <b>& Co" in text
    assert "<img src='http://127.0.0.1:9/x.png'> & Signalen van radicalisering herkennen" in text


def test_a_template_without_validity_prints_no_expiry(issued, template):
    template.validity_months = None
    template.save()
    issued.expires_at = None
    issued.save()
    text = flat(pdf_text(certificate_pdf_bytes(certificate=issued)))
    with translation.override("nl"):
        no_expiry = gettext("no expiry")
    assert f"geldig tot {no_expiry}" in text
    assert "2028" not in text


def test_dates_follow_the_certificate_language(issued):
    issued.language = "fr"
    issued.save()
    text = flat(pdf_text(certificate_pdf_bytes(certificate=issued)))
    assert "2 décembre 2026" in text
    assert "2 décembre 2028" in text


def test_unknown_placeholders_stay_as_typed(issued, template):
    template.body = "{learner_name} en {ploeg}"  # save() does not run clean(), the admin does
    template.save()
    text = flat(pdf_text(certificate_pdf_bytes(certificate=issued)))
    assert "Zoë Van den Bossche-Çelik en {ploeg}" in text


def test_without_a_template_the_sector_default_or_a_neutral_design_is_used(
    completed_enrollment, sector
):
    certificate = CertificateFactory(
        enrollment=completed_enrollment, template=None, issued_at=ISSUED
    )
    neutral = flat(pdf_text(certificate_pdf_bytes(certificate=certificate)))
    assert "Zoë Van den Bossche-Çelik" in neutral and certificate.code in neutral
    assert "Attest van deelname" not in neutral
    CertificateTemplateFactory(sector=sector, title="Attest Onderwijs", is_default=True)
    default = flat(pdf_text(certificate_pdf_bytes(certificate=certificate)))
    assert "Attest Onderwijs" in default


def test_logo_and_signature_are_embedded(issued, template):
    template.logo.save("logo.png", ContentFile(png_bytes()), save=False)
    template.signature.save("signature.png", ContentFile(png_bytes((20, 20, 20))), save=False)
    template.signatory_name = "Karim El Idrissi"
    template.save()
    html = certificate_html(certificate=issued)
    assert html.count('src="data:image/png;base64,') == 2
    data = certificate_pdf_bytes(certificate=issued)
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 2
    assert "Karim El Idrissi" in flat(pdf_text(data))


def test_only_the_shipped_static_files_are_fetched(issued, monkeypatch):
    fetched = []
    original = pdf.static_file_bytes

    def recording(url):
        fetched.append(url)
        return original(url)

    monkeypatch.setattr(pdf, "static_file_bytes", recording)
    pdf.forget_caches()  # load the stylesheet and fonts afresh
    data = certificate_pdf_bytes(certificate=issued)
    static = pdf.static_base_url(pdf.APP_STATIC)
    assert sorted(url.removeprefix(static) for url in fetched) == [
        "certificates/fonts/DejaVuSans-Bold.ttf",
        "certificates/fonts/DejaVuSans.ttf",
        "certificates/pdf.css",
    ]
    fonts = {
        str(font["/BaseFont"])
        for font in PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    # The embedded (subset) fonts are the @font-face ones, not a system fallback.
    assert {name.split("+", 1)[1] for name in fonts} == {
        "Certificate-Sans",
        "Certificate-Sans-Bold",
    }, fonts
    # PDF/A-3b: the archival profile's metadata and sRGB output intent.
    reader = PdfReader(io.BytesIO(data))
    xmp = reader.xmp_metadata.stream.get_data()
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp
    assert "/OutputIntents" in reader.trailer["/Root"]


@pytest.mark.parametrize(
    "outside",
    [
        '<link rel="stylesheet" href="https://fonts.example.com/font.css">',
        '<link rel="stylesheet" href="file:///etc/passwd">',
        "<style>@font-face { font-family: X; src: url(http://127.0.0.1:9/x.ttf) } "
        "p { font-family: X }</style>",
        "<style>body { background: url(../../../../etc/hostname) }</style>",
    ],
)
def test_a_certificate_document_referring_outside_static_files_is_refused(issued, outside):
    html = certificate_html(certificate=issued).replace("</head>", f"{outside}</head>")
    with pytest.raises(ForbiddenResource, match="must be project static files"):
        render_certificate_html(html)


def test_render_pdf_refuses_images_outside_static_files():
    with pytest.raises(ForbiddenResource):
        render_pdf("<html><body><img src='http://127.0.0.1:9/x.png' alt=''><p>ok</p></body></html>")


def test_render_pdf_reads_back_plain_html():
    data = render_pdf(
        "<html><head><link rel='stylesheet' href='css/site.css'></head>"
        "<body><h1>Attest</h1><p>Élise Ümit-Vandenbroucke</p></body></html>"
    )
    assert data.startswith(b"%PDF-")
    assert "Élise Ümit-Vandenbroucke" in pdf_text(data)


def test_the_sample_certificate_is_marked(template, tmp_path):
    data = rendering.template_sample_pdf(template=template)
    text = flat(pdf_text(data))
    assert "Voornaam Achternaam" in text
    assert rendering.SAMPLE_CODE in text
    assert qr_payload(data, tmp_path).endswith(f"/certificates/verify/{rendering.SAMPLE_CODE}/")
