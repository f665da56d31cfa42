"""THE coverage test: every model with a foreign key, one-to-one or many-to-many field to the user
model (the platform's apps and third-party ones: Wagtail, wagtail-localize, axes, django-tasks,
taggit...) has a rule for both the export and the erasure."""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test.utils import isolate_apps

from lms.accounts.privacy import registry
from lms.accounts.privacy.export import SECTIONS
from lms.accounts.privacy.registry import (
    NOT_EXPORTED,
    REFERENCES,
    RULES,
    SECTION_FILES,
    Erase,
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
        "Add a rule to lms/accounts/privacy/registry.py for: " + ", ".join(uncovered_fields())
    )


def test_the_walk_includes_third_party_apps():
    labels = {model._meta.app_label for model in apps.get_models()}
    assert {"wagtailcore", "axes", "django_tasks_database", "taggit"} <= labels
    covered_apps = {rule.model.split(".")[0] for rule in RULES}
    assert {"wagtailcore", "wagtailadmin", "wagtail_localize", "wagtailusers"} <= covered_apps


def test_every_rule_says_what_export_and_erasure_do():
    for rule in RULES:
        assert rule.export in (*SECTION_FILES, NOT_EXPORTED), rule
        assert rule.erase in Erase, rule
        assert rule.why, rule
        if rule.export == NOT_EXPORTED:
            assert rule.erase == Erase.DELETE, f"{rule}: kept data must be exported"
    assert tuple(SECTIONS) == SECTION_FILES
    assert REFERENCES in SECTION_FILES


def test_no_rule_is_stale():
    assert registry.stale_rules() == []
    keys = [rule.key for rule in RULES]
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


@pytest.mark.parametrize("rule", [r for r in RULES if r.optional], ids=lambda r: r.model)
def test_optional_rules_resolve_when_their_app_is_installed(rule):
    app_label = rule.model.split(".")[0]
    if any(config.label == app_label for config in apps.get_app_configs()):
        assert rule.model_class() is not None
