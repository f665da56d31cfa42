from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from wagtail.signals import page_published

        from assessments.signals import attempt_graded

        from . import (
            locales,  # noqa: F401 - connects the locale cache invalidation
            privacy,
            receivers,
        )

        page_published.connect(receivers.page_published, dispatch_uid="courses-lesson-quizzes")
        attempt_graded.connect(receivers.attempt_graded, dispatch_uid="courses-quiz-passed")
        privacy.register()
