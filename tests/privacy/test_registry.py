"""THE coverage test: every model with a foreign key, one-to-one or many-to-many field to the user
model (the platform's apps and third-party ones: Wagtail, wagtail-localize, axes, django-tasks,
taggit...) has a rule for both the export and the erasure."""

from importlib import import_module

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.test.utils import isolate_apps

from lms.accounts import privacy_registry
from lms.privacy import registry
from lms.privacy.registry import (
    NOT_EXPORTED,
    REFERENCES,
    Erase,
    Rule,
    rules,
    section_files,
    uncovered_fields,
    user_reference_fields,
)


def test_every_user_reference_of_every_installed_model_is_covered():
    found = user_reference_fields()
    assert len(found) >= 30  # sanity: the walk sees the platform's and Wagtail's models
    assert ("wagtailcore.Page", "owner") in found  # page types inherit it: listed once
    assert ("cohorts.Cohort", "trainers") in found  # many-to-many counts too
    assert ("wagtailusers.UserProfile", "user") in found  # one-to-one too
    assert uncovered_fields() == [], (
        "Add a rule to the privacy.py of the app that owns the model (third-party apps: "
        "lms/privacy/third_party.py) for: " + ", ".join(uncovered_fields())
    )


def test_the_walk_includes_third_party_apps():
    labels = {model._meta.app_label for model in apps.get_models()}
    assert {"wagtailcore", "axes", "django_tasks_database", "taggit"} <= labels
    covered_apps = {rule.model.split(".")[0] for rule in rules()}
    assert {"wagtailcore", "wagtailadmin", "wagtail_localize", "wagtailusers"} <= covered_apps


def test_every_rule_says_what_export_and_erasure_do():
    for rule in rules():
        assert rule.export in (*section_files(), NOT_EXPORTED), rule
        assert rule.erase in Erase, rule
        assert rule.why, rule
        if rule.export == NOT_EXPORTED:
            assert rule.erase == Erase.DELETE, f"{rule}: kept data must be exported"
    assert section_files()[-1] == REFERENCES
    assert len(section_files()) == len(set(section_files()))


def test_no_rule_is_stale():
    assert registry.stale_rules() == []
    keys = [rule.key for rule in rules()]
    assert len(keys) == len(set(keys))


def test_each_user_reference_appears_once():
    found = user_reference_fields()
    assert len(found) == len(set(found))


@isolate_apps("tests")
def test_a_model_added_later_with_a_user_reference_fails_the_check():
    from lms.accounts.models import User

    class Note(models.Model):  # noqa: DJ008
        author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
        text = models.TextField()

        class Meta:
            app_label = "tests"

    class Badge(models.Model):  # noqa: DJ008
        holder = models.OneToOneField(User, on_delete=models.CASCADE, related_name="+")
        readers = models.ManyToManyField(User, related_name="+")

        class Meta:
            app_label = "tests"

    class Plain(models.Model):  # noqa: DJ008
        title = models.CharField(max_length=10)

        class Meta:
            app_label = "tests"

    known = [apps.get_model("courses", "ReflectionAnswer")]
    assert uncovered_fields(known) == []
    assert uncovered_fields([*known, Note, Badge, Plain]) == [
        "tests.Note.author",
        "tests.Badge.holder",
        "tests.Badge.readers",
    ]


@isolate_apps("tests")
def test_a_string_reference_to_the_user_model_is_seen_too():
    class Draft(models.Model):  # noqa: DJ008
        owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

        class Meta:
            app_label = "tests"

    assert uncovered_fields([Draft]) == ["tests.Draft.owner"]


PLATFORM_APPS = (
    "lms.accounts",
    "lms.sectors",
    "lms.cohorts",
    "lms.scheduling",
    "lms.reporting",
    "assessments",
    "courses",
    "certificates",
)


@pytest.mark.parametrize("app_name", PLATFORM_APPS)
def test_each_platform_app_declares_only_its_own_models(app_name, monkeypatch):
    """The rules are the union of every app's own declarations: an app's privacy.py names no
    model of another app (third-party apps are declared by lms/privacy, which sits on top)."""
    monkeypatch.setattr(privacy_registry, "_rules", {})
    import_module(f"{app_name}.privacy").register()
    label = apps.get_app_config(app_name.rsplit(".", 1)[-1]).label
    declared = {rule.model.split(".")[0] for rule in privacy_registry.registered_rules()}
    assert declared == {label}


def test_the_union_of_the_apps_rules_is_the_registry():
    from lms.privacy import third_party

    assert {rule.key for rule in third_party.RULES} <= {rule.key for rule in rules()}
    own = {rule.model.split(".")[0] for rule in rules()} - {
        rule.model.split(".")[0] for rule in third_party.RULES
    }
    assert own == {name.rsplit(".", 1)[-1] for name in PLATFORM_APPS}


def test_a_second_different_rule_for_the_same_field_is_refused():
    existing = rules()[0]
    clash = Rule(existing.model, existing.field, REFERENCES, Erase.SET_NULL, "another reading")
    assert clash != existing
    with pytest.raises(ImproperlyConfigured):
        privacy_registry.rules_register(clash)
    privacy_registry.rules_register(existing)  # registering the same rule again is harmless
    assert rules().count(existing) == 1
