"""Trainers, coordinators and platform administrators manage cohorts, enrolments, sessions,
registrations and attendance in the admin; rows are scoped by sector (lms/sectors/viewsets.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    ("cohorts", "cohort"),
    ("cohorts", "enrollment"),
    ("scheduling", "trainingsession"),
    ("scheduling", "registration"),
    ("scheduling", "attendance"),
]
GROUPS = ["Sectortrainers", "Sectorcoördinatoren", "Platformbeheerders"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.none()
    for app_label, model in MODELS:
        permissions |= Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{a}_{model}" for a in ("add", "change", "delete", "view")],
        )
    return permissions


def forwards(apps, schema_editor):
    permissions = list(_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def backwards(apps, schema_editor):
    permissions = list(_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0001_cohorts_and_enrollments"),
        ("scheduling", "0001_sessions_registrations_attendance"),
        ("accounts", "0002_create_role_groups"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
