from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "lms.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from . import routing
        from .context_processors import forget_section_pages

        def forget(**kwargs):
            forget_section_pages()
            routing.forget()

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(forget, dispatch_uid=f"forget-sections-{id(signal)}", weak=False)
        post_delete.connect(forget, sender=Page, dispatch_uid="forget-sections-del", weak=False)
        post_save.connect(forget, sender=Site, dispatch_uid="forget-sites-save", weak=False)
        post_delete.connect(forget, sender=Site, dispatch_uid="forget-sites-del", weak=False)
