"""Reading the privacy registry that the apps fill (lms/accounts/privacy_registry.py), and the
checks that it covers every reference to the user model.

``rules()`` is the union of every app's rules: the platform's apps declare their own models in
their ``privacy.py``; the third-party apps (Wagtail, wagtail-localize, django-otp) are declared
by this app in ``third_party.py``. tests/privacy/test_registry.py fails when a model gains a
user reference that no rule covers.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist

from lms.accounts.privacy_registry import (
    NOT_EXPORTED,
    REFERENCES,
    Erase,
    Rule,
    registered_rules,
    registered_sections,
)

__all__ = [
    "NOT_EXPORTED",
    "REFERENCES",
    "Erase",
    "Rule",
    "rules",
    "section_files",
    "stale_rules",
    "uncovered_fields",
    "user_reference_fields",
]


def rules() -> tuple[Rule, ...]:
    return registered_rules()


def section_files() -> tuple[str, ...]:
    """The JSON files of the export, in the order of the ZIP and its README."""
    return tuple(section.name for section in registered_sections())


def _is_user_model(model) -> bool:
    user_label = settings.AUTH_USER_MODEL.lower()
    if isinstance(model, str):
        return model.lower() == user_label
    return model is not None and model._meta.label_lower == user_label


def user_reference_fields(models=None) -> list[tuple[str, str]]:
    """(declaring model label, field name) of every FK, one-to-one and many-to-many field that
    points to the user model, in ``models`` (default: every installed model). A field that a
    page type inherits from wagtailcore.Page is reported once, on Page."""
    found: list[tuple[str, str]] = []
    for model in models if models is not None else apps.get_models():
        for field in model._meta.get_fields(include_hidden=True):
            if not field.is_relation or field.auto_created or field.concrete is False:
                continue
            if not (field.many_to_one or field.one_to_one or field.many_to_many):
                continue
            if not _is_user_model(field.related_model):
                continue
            key = (field.model._meta.label, field.name)
            if key not in found:
                found.append(key)
    return found


def uncovered_fields(models=None) -> list[str]:
    """ "app.Model.field" of each user reference that no rule covers (should be empty)."""
    covered = {rule.key for rule in rules()}
    return [
        f"{model}.{field}"
        for model, field in user_reference_fields(models)
        if (model, field) not in covered
    ]


def stale_rules() -> list[str]:
    """Rules whose model or field no longer exists or no longer points to the user model."""
    stale = []
    for rule in rules():
        try:
            field = rule.model_class()._meta.get_field(rule.field)
        except (LookupError, FieldDoesNotExist):
            stale.append(f"{rule.model}.{rule.field}")
            continue
        if not _is_user_model(getattr(field, "related_model", None)):
            stale.append(f"{rule.model}.{rule.field}")
    return stale
