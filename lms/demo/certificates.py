"""Demo certificates: a template for four sectors, and issued, revoked and expired certificates
for demo learners. Issuance goes through certificates.services like real use (the demo cohorts'
completed learners already received theirs automatically on completion). Idempotent."""

import datetime

from django.utils import timezone

TEMPLATES = {
    "onderwijs": (
        "Attest van deelname",
        "{learner_name} volgde met succes de opleiding {course} ({hours} uur) binnen de groep "
        "{cohort}. Dit attest werd uitgereikt door de sector {sector} op {date} en is geldig "
        "tot {expiry}.",
        "Hilde Peeters",
        "Coördinator vorming Onderwijs",
        "#1d4f91",
        24,
    ),
    "jeugd": (
        "Attest jeugdwerk",
        "{learner_name} rondde de vorming {course} af ({hours} uur). Uitgereikt door de sector "
        "{sector} op {date}; geldig tot {expiry}.",
        "Pieter Claes",
        "Coördinator Jeugd",
        "#c2410c",
        36,
    ),
    "werk": (
        "Attest van deelname",
        "{learner_name} volgde de opleiding {course} ({hours} uur) voor consulenten. "
        "Sector {sector}, {date}. Geldig tot {expiry}.",
        "Nathalie Dubois",
        "Teamleider opleidingen",
        "#0f766e",
        None,
    ),
    "welzijn": (
        "Getuigschrift",
        "{learner_name} heeft de opleiding {course} ({hours} uur) met succes gevolgd. "
        "Uitgereikt door de sector {sector} op {date}; geldig tot {expiry}.",
        "Marleen Jacobs",
        "Coördinator Welzijn",
        "#7a3e9d",
        24,
    ),
}


def templates_ensure(changes: list[str]) -> None:
    """One default certificate template per demo sector (before cohorts complete)."""
    from certificates.models import CertificateTemplate
    from lms.sectors.models import Sector

    for slug, (title, body, name, function, colour, months) in TEMPLATES.items():
        sector = Sector.objects.filter(slug=slug).first()
        if sector is None or CertificateTemplate.objects.filter(sector=sector).exists():
            continue
        template = CertificateTemplate(
            sector=sector,
            title=title,
            body=body,
            signatory_name=name,
            signatory_function=function,
            primary_colour=colour,
            validity_months=months,
            is_default=True,
        )
        template.full_clean()
        template.save()
        changes.append(f"certificate template of {sector.name}")


def certificates_ensure(changes: list[str]) -> None:
    """Every completed demo enrollment has its certificate; one is revoked and one has expired
    (an older cohort's, issued two and a half years ago)."""
    from certificates.models import Certificate
    from certificates.services import CertificateError, certificate_issue, certificate_revoke
    from lms.cohorts.models import Enrollment

    completed = Enrollment.objects.filter(
        status=Enrollment.Status.COMPLETED, cohort__issues_certificate=True
    ).select_related("cohort", "user")
    for enrollment in completed.order_by("pk"):
        if Certificate.objects.filter(enrollment=enrollment).exists():
            continue
        try:
            certificate_issue(enrollment=enrollment)
        except CertificateError:
            continue
        changes.append(f"certificate for {enrollment.user.email}")

    if Certificate.objects.filter(revoked_at__isnull=False).exists():
        return
    current = list(
        Certificate.objects.filter(revoked_at__isnull=True, superseded_at__isnull=True)
        .exclude(user__email__endswith="@vorming.example")
        .order_by("pk")
    )
    if len(current) < 2:
        return
    revoked, expired = current[0], current[-1]
    certificate_revoke(
        certificate=revoked,
        reason="Uitgereikt aan de verkeerde deelnemer: de aanwezigheid werd verkeerd ingevoerd.",
    )
    changes.append(f"revoked certificate of {revoked.learner_name}")
    long_ago = timezone.now() - datetime.timedelta(days=913)
    Certificate.objects.filter(pk=expired.pk).update(
        issued_at=long_ago, expires_at=long_ago + datetime.timedelta(days=730)
    )
    changes.append(f"expired certificate of {expired.learner_name}")
