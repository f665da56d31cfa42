"""Trainers and coordinators author their own sector's quizzes and questions in the admin.

Which rows they see and change is decided per row by the sector-scoped permission policy
(lms/sectors/viewsets.py); these model permissions only open the menu."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    "quiz",
    "singlechoicequestion",
    "multipleresponsequestion",
    "truefalsequestion",
    "matchingquestion",
    "orderingquestion",
    "shortanswerquestion",
    "scenariojudgementquestion",
    "essayquestion",
]
GROUPS = ["Sectortrainers", "Sectorcoördinatoren"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="assessments",
        codename__in=[f"{a}_{m}" for m in MODELS for a in ("add", "change", "delete", "view")],
    )


def forwards(apps, schema_editor):
    permissions = _permissions(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def backwards(apps, schema_editor):
    permissions = _permissions(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("assessments", "0004_attempt_sector")]

    operations = [migrations.RunPython(forwards, backwards)]
