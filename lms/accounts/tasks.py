"""Background work of the accounts app: sending emails outside the request."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def email_send_task(*, subject: str, body: str, to: list[str], html_body: str = "") -> int:
    message = EmailMultiAlternatives(subject=subject, body=body, to=to)
    if html_body:
        message.attach_alternative(html_body, "text/html")
    return message.send()
