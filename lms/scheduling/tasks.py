"""Background work of scheduling: the 48-hour session reminders.

django-tasks has no periodic scheduler: a timer (cron or a systemd timer) runs
``manage.py send_session_reminders`` every 15 minutes, or enqueues ``session_reminders_send_task``
for the ``db_worker`` to pick up. Both call the same service, which reminds each session once.
"""

from django_tasks import task

from .services import reminders_send


@task()
def session_reminders_send_task() -> int:
    return reminders_send()
