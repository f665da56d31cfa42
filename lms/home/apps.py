from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "lms.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from .context_processors import forget_section_pages

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(forget_section_pages, dispatch_uid=f"forget-sections-{id(signal)}")
        post_delete.connect(forget_section_pages, sender=Page, dispatch_uid="forget-sections-del")
