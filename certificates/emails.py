"""The emails about certificates, written in each learner's own language (Dutch by default).

Services call these from ``transaction.on_commit``; each message is rendered here and handed to
the email task, whose arguments are plain strings so any task backend can carry them.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from lms.accounts.tasks import email_send_task

from .models import Certificate


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificate_expiry_reminder_send(*, certificate_id: int) -> bool:
    """Tell the learner that a certificate expires soon and how to renew it."""
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.user is None or not certificate.user.email:
        return False
    user = certificate.user
    language = user.preferred_language or certificate.language or settings.LANGUAGE_CODE
    with translation.override(language):
        subject = _("Your certificate expires soon: %(course)s") % {
            "course": certificate.course_title
        }
        body = render_to_string(
            "certificates/email/expiry_reminder.txt",
            {
                "user": user,
                "certificate": certificate,
                "verify_url": _absolute(reverse("certificates:verify", args=[certificate.code])),
                "list_url": _absolute(reverse("certificates:mine")),
            },
        )
    email_send_task.enqueue(
        subject=" ".join(subject.splitlines()).strip(), body=body, to=[user.email]
    )
    return True
