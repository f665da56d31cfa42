"""Background work of the accounts app: sending emails outside the request."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def email_send_task(
    *,
    subject: str,
    body: str,
    to: list[str],
    html_body: str = "",
    attachments: list[list[str]] | None = None,
) -> int:
    """Send one email. ``attachments`` holds ``[filename, content, mimetype]`` triples of
    strings, so the arguments stay JSON-serialisable for the database task backend."""
    message = EmailMultiAlternatives(subject=subject, body=body, to=to)
    if html_body:
        message.attach_alternative(html_body, "text/html")
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    return message.send()
