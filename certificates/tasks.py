"""Background work of certificates: rendering a certificate's PDF after it is issued, and
building the ZIP of every certificate of a cohort for its trainer.

Both are enqueued from services after commit; the task arguments are ids so that any task
backend can carry them.
"""

from django_tasks import task


@task()
def certificate_render_task(certificate_id: int) -> bool:
    """Render the PDF of a certificate; False when it no longer exists."""
    from .models import Certificate
    from .services import certificate_render

    certificate = (
        Certificate.objects.select_related("sector", "template").filter(pk=certificate_id).first()
    )
    if certificate is None:
        return False
    certificate_render(certificate=certificate)
    return True


@task()
def certificate_archive_build_task(archive_id: int) -> str:
    from .models import CertificateArchive
    from .services import certificate_archive_build

    archive = CertificateArchive.objects.select_related("cohort").filter(pk=archive_id).first()
    if archive is None:
        return "missing"
    return certificate_archive_build(archive=archive).status
