"""Background work of certificates: rendering a certificate's PDF after it is issued, and
building the ZIP of every certificate of a cohort for its trainer.

Services queue this work through the ``*_enqueue`` functions below, after commit; the task
arguments are ids so that any task backend can carry them. Each task runs a service, so the task
bodies import the services where they run: services -> tasks -> services is this app's one
import cycle.
"""

from django.db import transaction
from django_tasks import task

from .models import Certificate, CertificateArchive


@task()
def certificate_render_task(certificate_id: int) -> bool:
    """Render the PDF of a certificate; False when it no longer exists."""
    from .services import certificate_render  # noqa: PLC0415 - cycle: services <-> tasks

    certificate = (
        Certificate.objects.select_related("sector", "template").filter(pk=certificate_id).first()
    )
    if certificate is None:
        return False
    certificate_render(certificate=certificate)
    return True


@task()
def certificate_archive_build_task(archive_id: int) -> str:
    from .services import certificate_archive_build  # noqa: PLC0415 - cycle: services <-> tasks

    archive = CertificateArchive.objects.select_related("cohort").filter(pk=archive_id).first()
    if archive is None:
        return "missing"
    return certificate_archive_build(archive=archive).status


def certificate_render_enqueue(certificate_id: int) -> None:
    """Queue the PDF of a new certificate once the issuing transaction holds. ``robust``: a
    failure to queue is logged, and the PDF is then rendered when it is first downloaded."""
    transaction.on_commit(lambda: certificate_render_task.enqueue(certificate_id), robust=True)


def certificate_archive_build_enqueue(archive_id: int) -> None:
    """Queue the ZIP of a cohort once the requesting transaction holds."""
    transaction.on_commit(lambda: certificate_archive_build_task.enqueue(archive_id))
