"""The learner's own data as a ZIP of JSON files, with a README in their language.

Each app registers the sections (files) about its own models (lms/accounts/privacy_registry.py);
this module writes them, plus ``references.json``: every record that names the user only as
author, trainer, grader, uploader... by the rules marked ``REFERENCES``. Every section reads only
rows of the one user, in a fixed number of queries (a learner's data is small: the ZIP is built
within the request, see README.md "Privacy").
"""

import io
import json
import zipfile

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.accounts.privacy_registry import (
    REFERENCES,
    export_section_register,
    registered_export_files,
    registered_rules,
    registered_sections,
)


def _describe(obj) -> str:
    for attribute in ("title", "label", "object_str", "name", "original_filename", "report"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(obj)


def references(user) -> list[dict]:
    """Records that name the user only as author, trainer, grader, uploader and the like."""
    data = []
    for rule in registered_rules():
        if rule.export != REFERENCES:
            continue
        model = rule.model_class()
        for obj in model._default_manager.filter(**{rule.field: user}).order_by("pk"):
            data.append(
                {
                    "record": str(model._meta.verbose_name),
                    "model": rule.model,
                    "field": rule.field,
                    "id": str(obj.pk),
                    "description": _describe(obj)[:300],
                }
            )
    return data


def register() -> None:
    export_section_register(
        REFERENCES,
        references,
        order=1000,  # last: after every app's own sections
        description=gettext_lazy(
            "Other records that name you, for example as trainer, grader or author of content."
        ),
    )


def _readme(user, generated_at) -> str:
    lines = [
        _("Your data on %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
        _("Exported on %(date)s for %(email)s.")
        % {
            "date": timezone.localtime(generated_at).strftime("%Y-%m-%d %H:%M"),
            "email": user.email,
        },
        "",
        _("Each file is JSON (UTF-8). Dates are in ISO 8601 with their time zone."),
        "",
    ]
    lines += [f"{section.name}.json: {section.description}" for section in registered_sections()]
    lines += [f"{files.pattern}: {files.description}" for files in registered_export_files()]
    lines += [
        "",
        _(
            "To have your data erased, ask a platform administrator. Your name and email are "
            "then removed everywhere; anonymous figures (for example how many people completed "
            "a course) stay."
        ),
    ]
    return "\n".join(lines) + "\n"


def user_data_export(*, user) -> bytes:
    """Every file of the learner's export, as the bytes of a ZIP."""
    generated_at = timezone.now()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for section in registered_sections():
            payload = json.dumps(
                section.build(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
            )
            archive.writestr(f"{section.name}.json", payload)
        for files in registered_export_files():
            for path, content in files.build(user):
                archive.writestr(path, content)
        with translation.override(user.preferred_language):
            archive.writestr("README.txt", _readme(user, generated_at))
    return buffer.getvalue()
