"""Benchmark: rendering 1,000 certificate PDFs through the real path, against bare WeasyPrint.

The real path is what the render task does: ``certificate_render`` (the certificate's HTML from
its snapshot and template, with its QR code, rendered by ``certificates.pdf`` and stored on
``certificate.pdf``). The baseline is a bare ``weasyprint.HTML(string=html).write_pdf()`` of the
same HTML with the same URL fetcher and base URL, timed on every fifth certificate, interleaved
with the real renders so that both see the same load on a shared machine.

Figures are printed, never asserted; what is asserted is the outcome. Target: per certificate,
the real path costs at most 1.3 times the bare render. Run with `make bench`; set
BENCH_CERTIFICATES for a shorter run.
"""

import datetime
import io
import os
import statistics
import time

import pytest
from django.db import connection
from django.utils import timezone
from pypdf import PdfReader

from certificates import pdf
from certificates.models import Certificate
from certificates.rendering import certificate_html
from certificates.services import certificate_render
from tests.factories import CertificateTemplateFactory

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

CERTIFICATES = int(os.environ.get("BENCH_CERTIFICATES", "1000"))
BASELINE_EVERY = 5
TARGET = 1.3


def bare_render(html: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(
        string=html, base_url=pdf.static_base_url(pdf.APP_STATIC), url_fetcher=pdf.url_fetcher()
    ).write_pdf()


def test_bench_render_1000_certificates(sector):
    template = CertificateTemplateFactory(sector=sector, validity_months=24)
    issued_at = timezone.now()
    Certificate.objects.bulk_create(
        Certificate(
            sector=sector,
            template=template,
            learner_name=f"Zoë Van den Bossche-Çelik {number}",
            course_title="Signalen van radicalisering herkennen",
            sector_name=sector.name,
            cohort_name="Groep Onderwijs najaar",
            hours=6,
            issued_at=issued_at,
            expires_at=issued_at + datetime.timedelta(days=730),
        )
        for number in range(CERTIFICATES)
    )
    certificates = list(
        Certificate.objects.filter(sector=sector).select_related("template", "sector")
    )
    assert len(certificates) == CERTIFICATES

    # Warm both paths (imports, font loading) before timing.
    bare_render(certificate_html(certificate=certificates[0]))
    certificate_render(certificate=certificates[0], force=True)

    real: list[float] = []
    bare: list[float] = []
    start = time.perf_counter()
    for index, certificate in enumerate(certificates):
        began = time.perf_counter()
        certificate_render(certificate=certificate, force=True)
        real.append(time.perf_counter() - began)
        if index % BASELINE_EVERY == 0:
            html = certificate_html(certificate=certificate)
            began = time.perf_counter()
            data = bare_render(html)
            bare.append(time.perf_counter() - began)
            assert data.startswith(b"%PDF-")
    wall = time.perf_counter() - start

    rendered = Certificate.objects.filter(sector=sector, rendered_at__isnull=False)
    assert rendered.count() == CERTIFICATES
    assert rendered.exclude(pdf="").count() == CERTIFICATES
    last = Certificate.objects.get(pk=certificates[-1].pk)
    with last.pdf.open("rb") as stored:
        text = PdfReader(io.BytesIO(stored.read())).pages[0].extract_text()
    assert last.learner_name in text and last.code in text

    real_mean, bare_mean = statistics.fmean(real), statistics.fmean(bare)
    real_median, bare_median = statistics.median(real), statistics.median(bare)
    print(
        f"\n{CERTIFICATES:,} certificates on {connection.vendor}, {wall:.1f} s in all"
        f"\nreal path (certificate_render): mean {real_mean * 1000:.1f} ms, "
        f"median {real_median * 1000:.1f} ms per certificate"
        f"\nbare WeasyPrint ({len(bare)} renders of the same HTML): mean "
        f"{bare_mean * 1000:.1f} ms, median {bare_median * 1000:.1f} ms"
        f"\nratio real / bare: mean x{real_mean / bare_mean:.2f}, "
        f"median x{real_median / bare_median:.2f} (target <= x{TARGET})"
    )
