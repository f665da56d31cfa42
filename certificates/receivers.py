"""Automatic issuance: a certificate when an enrollment completes in a cohort that issues them.

Connected to ``lms.cohorts.signals.enrollment_completed`` in ``CertificatesConfig.ready``; this is
the only trigger of automatic issuance. The signal is sent once after commit, and
``certificate_issue`` is idempotent, so a repeated signal still gives one certificate.
"""

import logging

from lms.cohorts.signals import enrollment_completed as enrollment_completed_signal

from .services import CertificateError, certificate_issue

logger = logging.getLogger(__name__)


def enrollment_completed(sender, enrollment, **kwargs):
    if not enrollment.cohort.issues_certificate:
        return None
    try:
        return certificate_issue(enrollment=enrollment)
    except CertificateError as exc:
        logger.warning("No certificate for enrollment %s: %s", enrollment.pk, exc)
        return None


def connect() -> None:
    enrollment_completed_signal.connect(
        enrollment_completed, dispatch_uid="certificates_enrollment_completed"
    )
